"""The function list: every catalog function by family, with a filter and checkboxes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import catalog
from ..core.spec import Family
from ..core.state import Change, ExplorerState
from .i18n import family_title

_ID_ROLE = Qt.ItemDataRole.UserRole
#: the (colour, style) its line sample shows, to redraw only on a change
_LOOK_ROLE = Qt.ItemDataRole.UserRole + 1


#: the curve's line style as Qt draws it (the plot uses the same names)
PEN_STYLES = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}
#: size of a line sample: wide enough to show a dash-dot pattern
SAMPLE_SIZE = QSize(24, 12)


def line_sample(color: str | None, style: str = "solid") -> QIcon:
    """A short stroke in the curve's colour and line style, as in the legend;
    nothing (a blank of the same size) for a function that is not plotted, so
    that only the check box looks like something to tick."""
    w, h = SAMPLE_SIZE.width(), SAMPLE_SIZE.height()
    pm = QPixmap(w * 2, h * 2)  # drawn at 2x: crisp on high-dpi screens
    pm.setDevicePixelRatio(2.0)
    pm.fill(Qt.GlobalColor.transparent)
    if color:
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(color), 2.5)
        pen.setStyle(PEN_STYLES.get(style, Qt.PenStyle.SolidLine))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLine(1, h // 2, w - 1, h // 2)
        p.end()
    return QIcon(pm)


class _RowDelegate(QStyledItemDelegate):
    """Rows a little taller than the text: check boxes with a frame never touch."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height() + 4, option.fontMetrics.height() + 6))


class FunctionList(QWidget):
    """Tick a function to show it, untick to remove its curves; click to select it."""

    #: a function was clicked (id): select its curve or show its description
    sigFunctionClicked = Signal(str)

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.filter_edit.installEventFilter(self)
        #: said when the filter hides every function
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.setEnabled(False)
        self.no_match.hide()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(SAMPLE_SIZE)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(14)  # room for the names beside the line sample
        self._delegate = _RowDelegate(self.tree)
        self.tree.setItemDelegate(self._delegate)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.filter_edit)
        lay.addWidget(self.no_match)
        lay.addWidget(self.tree)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._families: dict[Family, QTreeWidgetItem] = {}
        self._updating = False
        self._custom_group: QTreeWidgetItem | None = None
        self._build()
        self._sync_custom()
        self._retranslate()
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemClicked.connect(self._on_clicked)
        #: the item whose box the current click toggled (its click is not a selection)
        self._toggled: QTreeWidgetItem | None = None
        state.subscribe(self._on_change)

    def _retranslate(self) -> None:
        """Every text of the list in the current language (also on a live switch)."""
        self.filter_edit.setPlaceholderText(self.tr("Filter functions…"))
        self.filter_edit.setToolTip(
            self.tr("Type part of a name, id or alias (e.g. swish); Esc clears the filter")
        )
        for fam, top in self._families.items():
            top.setText(0, family_title(fam.title))
        if self._custom_group is not None:
            self._custom_group.setText(0, self.tr("Custom"))
        self.apply_filter(self.filter_edit.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc in the filter box clears it (and goes on to the window when it is empty)
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.filter_edit.text()
        ):
            self.filter_edit.clear()
            return True
        return super().eventFilter(watched, event)

    def preferred_width(self) -> int:
        """Width that shows every function's name whole (check box, line sample,
        indentation, scroll bar and margins included)."""
        tree = self.tree
        fm = tree.fontMetrics()
        bold = QFont(tree.font())
        bold.setBold(True)
        bfm = QFontMetrics(bold)
        names = max(fm.horizontalAdvance(item.text(0)) for item in self._items.values())
        groups = [*self._families.values(), self._custom_group]
        titles = max(bfm.horizontalAdvance(g.text(0)) for g in groups if g is not None)
        indicator = 12 + 2 + 8  # the style sheet's box, its frame and the gaps around it
        row = max(names + indicator + SAMPLE_SIZE.width() + 8 + tree.indentation(), titles)
        scroll = tree.verticalScrollBar().sizeHint().width()
        m = self.layout().contentsMargins()
        return tree.indentation() + row + 12 + scroll + 2 * tree.frameWidth() + m.left() + m.right()

    def sizeHint(self) -> QSize:
        return QSize(self.preferred_width(), super().sizeHint().height())

    def _build(self) -> None:
        self._updating = True
        for fam in Family:
            top = QTreeWidgetItem([family_title(fam.title)])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            self._families[fam] = top
        for act in catalog.CATALOG.values():
            item = QTreeWidgetItem([act.name])
            item.setData(0, _ID_ROLE, act.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setToolTip(0, f"{act.name}  ({act.id})")
            self._families[act.family].addChild(item)
            self._items[act.id] = item
        self.tree.expandAll()
        self._updating = False
        self.refresh()

    def item(self, function_id: str) -> QTreeWidgetItem:
        return self._items[catalog.get(function_id).id]

    def refresh(self) -> None:
        """Checkboxes and line samples from the state."""
        self._updating = True
        try:
            for fid, item in self._items.items():
                curves = self.state.curves_of(fid)
                item.setCheckState(0, Qt.CheckState.Checked if curves else Qt.CheckState.Unchecked)
                color, style = (curves[0].color, curves[0].style) if curves else (None, "")
                look = f"{color} {style}" if color else "none"
                if item.data(0, _LOOK_ROLE) != look:
                    item.setIcon(0, line_sample(color, style))
                    item.setData(0, _LOOK_ROLE, look)
                extra = f"  ×{len(curves)}" if len(curves) > 1 else ""
                item.setText(0, catalog.get(fid).name + extra)
        finally:
            self._updating = False

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        nothing_shown = True
        for fam, top in self._families.items():
            any_shown = False
            for i in range(top.childCount()):
                child = top.child(i)
                fid = child.data(0, _ID_ROLE)
                act = catalog.get(fid)
                hay = " ".join(
                    [fid, act.name, *act.aliases, fam.value, fam.title, family_title(fam.title)]
                ).lower()
                shown = not needle or needle in hay
                child.setHidden(not shown)
                any_shown |= shown
            top.setHidden(not any_shown)
            nothing_shown &= not any_shown
        group = self._custom_group
        if group is not None:
            any_custom = False
            for i in range(group.childCount()):
                child = group.child(i)
                fid = child.data(0, _ID_ROLE)
                hay = " ".join([fid, child.text(0), child.toolTip(0)]).lower()
                shown = not needle or needle in hay
                child.setHidden(not shown)
                any_custom |= shown
            group.setHidden(not any_custom)
            nothing_shown &= not any_custom
        if needle and nothing_shown:
            self.no_match.setText(
                self.tr("No function matches “{text}”. Esc clears the filter.").format(
                    text=text.strip()
                )
            )
            self.no_match.show()
        else:
            self.no_match.hide()

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._updating:
            return
        fid = item.data(0, _ID_ROLE)
        if fid is None:
            return
        self._toggled = item
        self.state.set_ticked(fid, item.checkState(0) == Qt.CheckState.Checked)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        if self._updating or current is None:
            return
        fid = current.data(0, _ID_ROLE)
        if fid is not None:
            self.sigFunctionClicked.emit(fid)

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        toggled, self._toggled = self._toggled, None
        if toggled is item:
            # the click ticked or unticked the box: that is the whole action (an
            # unticked function's curves are gone, and the selection moved on)
            return
        fid = item.data(0, _ID_ROLE)
        if fid is not None:
            self.sigFunctionClicked.emit(fid)

    def _sync_custom(self) -> None:
        """The Custom group lists the state's custom functions."""
        if self._custom_group is None:
            self._custom_group = QTreeWidgetItem([self.tr("Custom")])
            self._custom_group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = self._custom_group.font(0)
            font.setBold(True)
            self._custom_group.setFont(0, font)
            self.tree.addTopLevelItem(self._custom_group)
        group = self._custom_group
        self._updating = True
        for fid in [
            f for f in self._items if f.startswith("custom:") and f not in self.state.custom
        ]:
            group.removeChild(self._items.pop(fid))
        for fid, fn in self.state.custom.items():
            if fid not in self._items:
                item = QTreeWidgetItem([fn.activation.name])
                item.setData(0, _ID_ROLE, fid)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setToolTip(0, fn.definition())
                group.addChild(item)
                self._items[fid] = item
        group.setExpanded(True)
        self._updating = False
        self.refresh()
        self.apply_filter(self.filter_edit.text())

    def _on_change(self, change: Change) -> None:
        if change.kind == "custom":
            self._sync_custom()
        elif change.kind in ("curves", "style"):
            self.refresh()
        elif change.kind == "selection":
            c = self.state.selected_curve
            if c is not None:
                self._updating = True
                self.tree.setCurrentItem(self._items[c.function_id])
                self._updating = False
