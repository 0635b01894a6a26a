"""The function list: every catalog function by family, with a filter and checkboxes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QLineEdit,
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


def swatch(color: str | None, size: int = 12) -> QIcon:
    """A filled square of the curve's colour, or an empty outline when not shown."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if color:
        p.setBrush(QColor(color))
        p.setPen(QColor(color).darker(130))
    else:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QColor(150, 150, 150))
    p.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
    p.end()
    return QIcon(pm)


class FunctionList(QWidget):
    """Tick a function to show it, untick to remove its curves; click to select it."""

    #: a function was clicked (id): select its curve or show its description
    sigFunctionClicked = Signal(str)

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter functions…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(QSize(12, 12))
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.filter_edit)
        lay.addWidget(self.tree)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._families: dict[Family, QTreeWidgetItem] = {}
        self._updating = False
        self._custom_group: QTreeWidgetItem | None = None
        self._build()
        self._sync_custom()
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemClicked.connect(self._on_clicked)
        state.subscribe(self._on_change)

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
        """Checkboxes and swatches from the state."""
        self._updating = True
        try:
            for fid, item in self._items.items():
                curves = self.state.curves_of(fid)
                item.setCheckState(0, Qt.CheckState.Checked if curves else Qt.CheckState.Unchecked)
                item.setIcon(0, swatch(curves[0].color if curves else None))
                extra = f"  ×{len(curves)}" if len(curves) > 1 else ""
                item.setText(0, catalog.get(fid).name + extra)
        finally:
            self._updating = False

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for fam, top in self._families.items():
            any_shown = False
            for i in range(top.childCount()):
                child = top.child(i)
                fid = child.data(0, _ID_ROLE)
                act = catalog.get(fid)
                hay = " ".join(
                    [fid, act.name, *act.aliases, fam.value, family_title(fam.title)]
                ).lower()
                shown = not needle or needle in hay
                child.setHidden(not shown)
                any_shown |= shown
            top.setHidden(not any_shown)

    def _on_item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._updating:
            return
        fid = item.data(0, _ID_ROLE)
        if fid is None:
            return
        self.state.set_ticked(fid, item.checkState(0) == Qt.CheckState.Checked)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        if self._updating or current is None:
            return
        fid = current.data(0, _ID_ROLE)
        if fid is not None:
            self.sigFunctionClicked.emit(fid)

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
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
        group.setHidden(group.childCount() == 0)
        group.setExpanded(True)
        self._updating = False
        self.refresh()

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
