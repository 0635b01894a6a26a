"""The function list: every catalog function by family, with a filter and checkboxes.

Family headers show how many functions they hold (and, while filtering, how many
match); families can be collapsed, and which are is kept in the settings
(``functions/collapsed``).  The filter matches ids, names, aliases and family titles,
ignoring case, spaces, ``_`` and ``-`` (``quick gelu`` finds ``quick_gelu``), opens
the families with hits, and names the alias that matched beside the function's name
("SiLU — swish").  Families without members are not shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QShortcut,
)
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

from ..core import catalog, texts
from ..core.spec import Family
from ..core.state import Change, ExplorerState
from .i18n import family_title

_ID_ROLE = Qt.ItemDataRole.UserRole
#: the (colour, style) its line sample shows, to redraw only on a change
_LOOK_ROLE = Qt.ItemDataRole.UserRole + 1
#: a group header's key in the settings: the family's value, or "custom"
_GROUP_ROLE = Qt.ItemDataRole.UserRole + 2

#: the settings key of the collapsed groups (a list of family values and "custom")
COLLAPSED_KEY = "functions/collapsed"
CUSTOM_GROUP = "custom"

_SEPARATORS = re.compile(r"[\s_\-]+")


def _squeeze(text: str) -> str:
    """Lower case without spaces, ``_`` and ``-``: 'Quick GELU' ~ 'quick_gelu'."""
    return _SEPARATORS.sub("", text.lower())


def matches(needle: str, hay: str) -> bool:
    """``needle`` (already stripped and lower-cased) in ``hay``: as typed anywhere, or
    squeezed (spaces, ``_`` and ``-`` not counted) from the start of a word, so that
    "quickgelu" finds "Quick GELU" but "ncu" not the squeezed "sinc unit"."""
    if needle in hay.lower():
        return True
    squeezed = _squeeze(needle)
    if not squeezed:
        return False
    starts = [0] + [m.end() for m in _SEPARATORS.finditer(hay)]
    return any(_squeeze(hay[i:]).startswith(squeezed) for i in starts)


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


def _children(item: QTreeWidgetItem) -> Iterator[QTreeWidgetItem]:
    """The item's children in order (``child(i)`` is None only past ``childCount()``)."""
    for i in range(item.childCount()):
        child = item.child(i)
        if child is not None:
            yield child


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
        # a name with the alias the filter matched may not fit: cut in the middle,
        # so that both the name's start and the alias that was typed stay in sight
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
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
        #: function id -> the alias the filter matched (shown beside the name)
        self._alias_hits: dict[str, str] = {}
        #: groups the user collapsed (family values, "custom"), as saved in the settings
        self._collapsed: set[str] = self._load_collapsed()
        #: expanding or collapsing from code (filter, selection): not the user's choice
        self._auto_expanding = False
        #: the filter was not empty at the last apply_filter
        self._filtering = False
        self._build()
        self._sync_custom()
        self._retranslate()
        self.tree.itemExpanded.connect(lambda item: self._on_expanded(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._on_expanded(item, False))
        self.tree.installEventFilter(self)
        # Ctrl+F (the platform's Find) goes to the filter
        self._find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self._find.setContext(Qt.ShortcutContext.WindowShortcut)
        self._find.activated.connect(self.focus_filter)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemClicked.connect(self._on_clicked)
        #: the item whose box the current click toggled (its click is not a selection)
        self._toggled: QTreeWidgetItem | None = None
        self._ticking = False
        state.subscribe(self._on_change)

    def _retranslate(self) -> None:
        """Every text of the list in the current language (also on a live switch)."""
        self.filter_edit.setPlaceholderText(self.tr("Filter functions…"))
        self.filter_edit.setToolTip(
            self.tr("Type part of a name, id or alias (e.g. swish); Esc clears the filter")
        )
        for fid, item in self._items.items():
            if not fid.startswith("custom:"):
                item.setToolTip(0, self._tooltip(fid))
        self.apply_filter(self.filter_edit.text())  # the group titles and their counts
        self.refresh()  # names that read differently in this language (texts.display_name)

    def _tooltip(self, fid: str) -> str:
        act = self.state.resolve(fid)
        name = texts.display_name(act)
        tip = f"{name}  ({act.id})" if name == act.name else f"{name}  ({act.name}, {act.id})"
        if act.aliases:
            tip += "\n" + self.tr("also: {aliases}").format(aliases=", ".join(act.aliases))
        return tip

    def _group_title(self, item: QTreeWidgetItem, shown: int | None = None) -> str:
        """'ReLU family (14)', or '(3 of 14)' while the filter hides some."""
        key = item.data(0, _GROUP_ROLE)
        title = self.tr("Custom") if key == CUSTOM_GROUP else family_title(Family(key).heading)
        count = item.childCount()
        if shown is None or shown == count:
            return self.tr("{family} ({count})").format(family=title, count=count)
        return self.tr("{family} ({shown} of {count})").format(
            family=title, shown=shown, count=count
        )

    def focus_filter(self) -> None:
        """Put the cursor in the filter, its text selected (Ctrl+F)."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if watched is self.filter_edit:
            # Esc clears the filter (and goes on to the window when it is empty)
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
            # Down or Enter: on to the first function shown
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if plain and (key == Qt.Key.Key_Down or enter):
                first = self._first_function()
                if first is not None:
                    self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                    self.tree.setCurrentItem(first)
                    return True
        elif watched is self.tree and plain:
            current = self.tree.currentItem()
            # Space or Enter on a family header opens or closes it
            if (
                current is not None
                and current.data(0, _GROUP_ROLE) is not None
                and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ):
                current.setExpanded(not current.isExpanded())
                return True
            # Up from the first row goes back to the filter
            if key == Qt.Key.Key_Up and current is not None:
                if self.tree.itemAbove(current) is None:
                    self.focus_filter()
                    return True
        return super().eventFilter(watched, event)

    def _first_function(self) -> QTreeWidgetItem | None:
        """The top row the filter shows that is a function (not a group)."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None or top.isHidden():
                continue
            for j in range(top.childCount()):
                child = top.child(j)
                if child is not None and not child.isHidden():
                    return child
        return None

    def preferred_width(self) -> int:
        """Width that shows every function's name whole (check box, line sample,
        indentation, scroll bar and margins included)."""
        tree = self.tree
        fm = tree.fontMetrics()
        bold = QFont(tree.font())
        bold.setBold(True)
        bfm = QFontMetrics(bold)
        names = max(fm.horizontalAdvance(item.text(0)) for item in self._items.values())
        # group titles with their counts, also while filtering ("(3 of 14)")
        titles = max(
            bfm.horizontalAdvance(self._group_title(g, max(g.childCount() - 1, 1)))
            for g in self._groups()
            if g.childCount() or g is self._families[Family.SIGMOIDAL]
        )
        indicator = 12 + 2 + 8  # the style sheet's box, its frame and the gaps around it
        row = max(names + indicator + SAMPLE_SIZE.width() + 8 + tree.indentation(), titles)
        scroll = tree.verticalScrollBar().sizeHint().width()
        lay = self.layout()
        assert lay is not None  # set in __init__
        m = lay.contentsMargins()
        return tree.indentation() + row + 12 + scroll + 2 * tree.frameWidth() + m.left() + m.right()

    def sizeHint(self) -> QSize:
        return QSize(self.preferred_width(), super().sizeHint().height())

    def _group(self, key: str) -> QTreeWidgetItem:
        """A bold group header; it can take the keyboard focus (to open and close it)
        but is never selected or ticked."""
        top = QTreeWidgetItem([key])
        top.setData(0, _GROUP_ROLE, key)
        top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        return top

    def _build(self) -> None:
        self._updating = True
        for fam in Family:
            top = self._group(fam.value)
            self.tree.addTopLevelItem(top)
            self._families[fam] = top
        for act in catalog.CATALOG.values():
            item = QTreeWidgetItem([texts.display_name(act)])
            item.setData(0, _ID_ROLE, act.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setToolTip(0, self._tooltip(act.id))
            self._families[act.family].addChild(item)
            self._items[act.id] = item
        self._restore_expansion()
        self._updating = False
        self.refresh()

    # -- collapsed groups, kept in the settings ------------------------------------------

    @staticmethod
    def _load_collapsed() -> set[str]:
        value = QSettings().value(COLLAPSED_KEY, [])
        if isinstance(value, str):  # one entry reads back as a plain string
            return {value} if value else set()
        if isinstance(value, (list, tuple)):
            return {str(v) for v in value}
        return set()

    def _groups(self) -> list[QTreeWidgetItem]:
        groups = list(self._families.values())
        if self._custom_group is not None:
            groups.append(self._custom_group)
        return groups

    def _restore_expansion(self) -> None:
        """Every group as the user left it (open unless collapsed)."""
        self._auto_expanding = True
        try:
            for top in self._groups():
                top.setExpanded(top.data(0, _GROUP_ROLE) not in self._collapsed)
        finally:
            self._auto_expanding = False

    def _on_expanded(self, item: QTreeWidgetItem, expanded: bool) -> None:
        key = item.data(0, _GROUP_ROLE)
        if self._auto_expanding or key is None or self.filter_edit.text().strip():
            return  # the filter's view is not the user's layout
        if expanded:
            self._collapsed.discard(key)
        else:
            self._collapsed.add(key)
        QSettings().setValue(COLLAPSED_KEY, sorted(self._collapsed))

    def is_collapsed(self, group: Family | str) -> bool:
        """Whether the user collapsed a family (or "custom"), whatever the filter shows."""
        key = group.value if isinstance(group, Family) else group
        return key in self._collapsed

    def item(self, function_id: str) -> QTreeWidgetItem:
        return self._items[self.state.resolve(function_id).id]

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
                alias = self._alias_hits.get(fid)
                hit = f" — {alias}" if alias else ""
                item.setText(0, texts.display_name(self.state.resolve(fid)) + extra + hit)
        finally:
            self._updating = False

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        nothing_shown = True
        alias_hits: dict[str, str] = {}
        for fam, top in self._families.items():
            shown_here = 0
            family_hit = bool(needle) and any(
                matches(needle, t) for t in (fam.value, fam.heading, family_title(fam.heading))
            )
            for child in _children(top):
                fid = child.data(0, _ID_ROLE)
                act = self.state.resolve(fid)
                shown = (
                    not needle
                    or matches(needle, act.name)
                    or matches(needle, texts.display_name(act))
                    or matches(needle, fid)
                )
                if needle and not shown:
                    # the alias typed in full, else the shortest that contains it
                    hits = sorted((a for a in act.aliases if matches(needle, a)), key=len)
                    alias = hits[0] if hits else None
                    if alias is not None:
                        alias_hits[fid] = alias
                        shown = True
                shown = shown or family_hit
                child.setHidden(not shown)
                shown_here += shown
            # a family without members (or without hits) is not shown
            top.setHidden(shown_here == 0)
            top.setText(0, self._group_title(top, shown_here if needle else None))
            nothing_shown &= shown_here == 0
        group = self._custom_group
        if group is not None:
            shown_here = 0
            for child in _children(group):
                fid = child.data(0, _ID_ROLE)
                hay = " ".join([fid, child.text(0), child.toolTip(0)])
                shown = not needle or matches(needle, hay)
                child.setHidden(not shown)
                shown_here += shown
            group.setHidden(shown_here == 0)
            group.setText(0, self._group_title(group, shown_here if needle else None))
            nothing_shown &= shown_here == 0
        if alias_hits != self._alias_hits:
            self._alias_hits = alias_hits
            self.refresh()
        if needle:
            # open every group with hits (the user's own layout comes back when cleared)
            self._auto_expanding = True
            try:
                for top in self._groups():
                    if not top.isHidden():
                        top.setExpanded(True)
            finally:
                self._auto_expanding = False
        elif self._filtering:
            self._restore_expansion()
        self._filtering = bool(needle)
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
        # the row stays current (Space again undoes it), even when unticking moves
        # the selection to a curve of another function, perhaps hidden by the filter
        self._ticking = True
        try:
            self.state.set_ticked(fid, item.checkState(0) == Qt.CheckState.Checked)
        finally:
            self._ticking = False

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
        new_group = self._custom_group is None
        if self._custom_group is None:
            self._custom_group = self._group(CUSTOM_GROUP)
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
        if new_group:
            self._auto_expanding = True
            group.setExpanded(CUSTOM_GROUP not in self._collapsed)
            self._auto_expanding = False
        self._updating = False
        self.refresh()
        self.apply_filter(self.filter_edit.text())

    def _on_change(self, change: Change) -> None:
        if change.kind == "custom":
            self._sync_custom()
        elif change.kind in ("curves", "style"):
            self.refresh()
        elif change.kind == "selection" and not self._ticking:
            c = self.state.selected_curve
            if c is not None:
                self._updating = True
                self._auto_expanding = True  # Qt opens the family to show it: not saved
                try:
                    self.tree.setCurrentItem(self._items[c.function_id])
                finally:
                    self._auto_expanding = False
                    self._updating = False
