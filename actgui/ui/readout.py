"""The crosshair readout: x, f, f', f'' of every curve, and an exact x entry.

The dock is as tall as its rows (up to :data:`ROWS_WITHOUT_SCROLLING` of them),
the curve column as wide as its labels (up to a cap, then elided with the full
label as tool tip) and the value columns share the rest, never narrower than
the widest number :func:`fmt` writes, so a number is never elided.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.compare import Compare
from ..core.state import Change, Curve, ExplorerState
from . import theme
from .function_list import SAMPLE_SIZE, line_sample

#: rows shown without a scroll bar; more curves than this scroll
ROWS_WITHOUT_SCROLLING = 8
#: the widest texts fmt() writes (16 characters: sign, 10 digits or an exponent)
_WIDEST_NUMBERS = ("-0.0008888888888", "-8.88888888e-308", "-888888.8888")
_LOOK_ROLE = Qt.ItemDataRole.UserRole


def fmt(v: float) -> str:
    if math.isnan(v):
        return "—"
    if v == 0:
        return "0"
    a = abs(v)
    if 1e-4 <= a < 1e6:
        return f"{v:.10g}"
    return f"{v:.8e}"


class _Table(QTableWidget):
    """A QTableWidget that tells its readout when its viewport changes width."""

    def __init__(self, readout: Readout) -> None:
        super().__init__(0, 4)
        self._readout = readout

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._readout.balance_columns()


class Readout(QWidget):
    """Shows the state's exact values at the crosshair's x (or a typed x)."""

    #: the user typed an x: move the crosshair there
    sigXEntered = Signal(float)

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        #: the x the table shows (NaN: none)
        self.shown_x = math.nan
        #: how many times show_x has filled the table (a typed x fills it once)
        self.shows = 0
        #: the text of the last refused x entry ("" when none), said again in a new language
        self._refused = ""
        self.x_label = QLabel("x =")
        self.entry = QLineEdit()
        self.entry.returnPressed.connect(self._on_entry)
        self.error = QLabel()
        self.table = _Table(self)
        table = self.table
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setIconSize(SAMPLE_SIZE)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh = table.horizontalHeader()
        hh.setStretchLastSection(False)
        hh.setHighlightSections(False)
        for i in range(4):
            # widths are set by balance_columns: measuring every row on each update is slow
            hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        self._entry_row = QHBoxLayout()
        self._entry_row.addWidget(self.x_label)
        self._entry_row.addWidget(self.entry)
        self._entry_row.addWidget(self.error, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(4)
        lay.addLayout(self._entry_row)
        lay.addWidget(table)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(50)
        self._refresh_timer.timeout.connect(lambda: self.show_x(self.shown_x))
        #: the labels shown (the curve column is sized to them)
        self._labels: list[str] = []
        #: (label, colour, style, visible) of each row as last styled
        self._row_keys: list[tuple[str, str, str, bool]] = []
        self._apply_metrics()
        self._apply_colours()
        self._retranslate()
        state.subscribe(self._on_change)
        self.show_x(math.nan)

    # --- texts, colours, sizes -------------------------------------------------------

    def _retranslate(self) -> None:
        """Every text of the readout in the current language (also on a live switch)."""
        self.entry.setPlaceholderText(self.tr("type x, Enter"))
        self.entry.setToolTip(self.tr("Read exact values at this x (any float, e.g. 1e-3)"))
        self.x_label.setToolTip(self.entry.toolTip())
        headers = [self.tr("curve"), "f(x)", "f′(x)", "f″(x)"]
        for j, text in enumerate(headers):
            item = self.table.horizontalHeaderItem(j)
            if item is None:
                item = QTableWidgetItem()
                self.table.setHorizontalHeaderItem(j, item)
            item.setText(text)
            align = Qt.AlignmentFlag.AlignLeft if j == 0 else Qt.AlignmentFlag.AlignRight
            item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        if self._refused:
            self._say_refused(self._refused)
        self._row_keys = []  # hidden-row tool tips are texts too: restyle every row
        self.show_x(self.shown_x)
        self.balance_columns()  # the header "curve" may be wider in another language

    def _apply_colours(self) -> None:
        # a style sheet, not a palette: the app's style sheet would restore an old palette
        self.error.setStyleSheet(f"color: {theme.error_colour()};")

    def _apply_metrics(self) -> None:
        """Compact rows: the text's height and a little air, never less than the line sample."""
        fm = self.table.fontMetrics()
        self._row_height = max(fm.height() + 4, SAMPLE_SIZE.height() + 6)
        self.table.verticalHeader().setDefaultSectionSize(self._row_height)
        self.table.verticalHeader().setMinimumSectionSize(self._row_height)
        # the entry shows any x fmt() writes, e.g. -1.23456789e-308
        efm = self.entry.fontMetrics()
        widest = max(efm.horizontalAdvance(t) for t in _WIDEST_NUMBERS)
        self.entry.setFixedWidth(widest + 2 * efm.horizontalAdvance("M"))

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
        elif kind == QEvent.Type.PaletteChange:
            self._apply_colours()
            self._row_keys = []  # the grey of hidden rows follows the palette
            self.show_x(self.shown_x)
        elif kind == QEvent.Type.FontChange:
            self._apply_metrics()
            self.balance_columns()
            self.updateGeometry()
        super().changeEvent(event)

    def preferred_height(self, rows: int | None = None) -> int:
        """Height that shows ``rows`` rows (default: every curve, up to
        :data:`ROWS_WITHOUT_SCROLLING`) with the header and the x entry, no scrolling."""
        if rows is None:
            rows = len(self.state.drawn())
        rows = max(1, min(rows, ROWS_WITHOUT_SCROLLING))
        lay = self.layout()
        assert lay is not None  # set in __init__
        m = lay.contentsMargins()
        entry = self._entry_row.sizeHint().height()
        header = self.table.horizontalHeader().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        scroll = 0
        if self._needs_horizontal_scroll():
            scroll = self.table.horizontalScrollBar().sizeHint().height()
        body = rows * self._row_height
        return m.top() + m.bottom() + entry + lay.spacing() + frame + header + body + scroll

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.preferred_height())

    def minimumSizeHint(self) -> QSize:
        # three rows at least; the window gives it every row (up to eight) where the
        # screen has room (MainWindow._size_docks), and the user may drag it smaller
        return QSize(super().minimumSizeHint().width(), self.preferred_height(3))

    def _number_width(self) -> int:
        fm = self.table.fontMetrics()
        pad = 2 * fm.horizontalAdvance("M")
        widest = max(fm.horizontalAdvance(t) for t in _WIDEST_NUMBERS)
        headers = [self.table.horizontalHeaderItem(j) for j in (1, 2, 3)]
        head = max(fm.horizontalAdvance(h.text()) for h in headers if h is not None)
        return max(widest, head) + pad

    def _curve_width(self) -> int:
        """What the curve column needs to show every label whole."""
        fm = self.table.fontMetrics()
        item = self.table.horizontalHeaderItem(0)
        texts = [*self._labels, item.text() if item is not None else ""]
        widest = max(fm.horizontalAdvance(t) for t in texts)
        return widest + SAMPLE_SIZE.width() + 3 * fm.horizontalAdvance("M")

    def _curve_cap(self, available: int) -> int:
        """The curve column is never wider than this (longer labels are elided)."""
        return max(self.table.fontMetrics().horizontalAdvance("M") * 16, int(available * 0.45))

    def _needs_horizontal_scroll(self) -> bool:
        available = self.table.viewport().width()
        floor = self.table.fontMetrics().horizontalAdvance("M") * 8
        return min(self._curve_width(), floor) + 3 * self._number_width() > available

    def balance_columns(self) -> None:
        """Curve column fits its labels (up to a cap); the value columns share the rest."""
        available = self.table.viewport().width()
        if available <= 0:
            return
        number = self._number_width()
        curve = min(self._curve_width(), self._curve_cap(available))
        # a narrow dock squeezes the labels (elided, full text in the tool tip), never a number
        floor = self.table.fontMetrics().horizontalAdvance("M") * 8
        curve = max(min(curve, available - 3 * number), min(floor, curve))
        value = max(number, (available - curve) // 3)
        widths = [curve, value, value, max(number, available - curve - 2 * value)]
        for j, w in enumerate(widths):
            if self.table.columnWidth(j) != w:
                self.table.setColumnWidth(j, w)

    # --- state -> table --------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.kind in ("curves", "params", "style", "preset", "visibility", "custom"):
            # a dragged slider or a play button changes params at 30-60 Hz: refresh the
            # table at most every 50 ms while it goes on (restarting the timer at each
            # change would leave it stale until the run stops)
            if not self._refresh_timer.isActive():
                self._refresh_timer.start()

    def _on_entry(self) -> None:
        text = self.entry.text().strip()
        try:
            x = float(text)
            if not math.isfinite(x):
                raise ValueError
        except ValueError:
            self._refused = text
            self._say_refused(text)
            # said: the crosshair may take the box back (typing again keeps it)
            self.entry.setModified(False)
            return
        self._refused = ""
        self.error.setText("")
        self.entry.setModified(False)  # done: the crosshair may move it again
        shown = self.shows
        self.sigXEntered.emit(x)
        if self.shows == shown:  # no crosshair echoed x back to show_x (a lone readout)
            self.show_x(x)

    def _say_refused(self, text: str) -> None:
        self.error.setText(
            self.tr("not a finite number: {text} (type a number such as 0.5, -2 or 1e-3)").format(
                text=repr(text)
            )
        )

    def show_x(self, x: float) -> None:
        """Show f, f', f'' of every curve at ``x`` (NaN: none) and remember x.

        A typed x goes out by ``sigXEntered``; in the window the canvas moves its
        crosshair and sends x back here, so the table is filled once, not twice.
        """
        self.shows += 1
        self.shown_x = x
        if not (self.entry.hasFocus() and self.entry.isModified()):
            # the box says which x the table shows (unless the user is typing one)
            self.entry.setText("" if math.isnan(x) else fmt(x))
            if self._refused and not math.isnan(x):
                # the refused text is gone from the box: so is what was said of it
                self._refused = ""
                self.error.setText("")
        values: dict[int, tuple[float, float, float]] = {}
        if not math.isnan(x):
            values = {c.uid: (f, d1, d2) for c, f, d1, d2 in self.state.readout(x)}
        curves = list(self.state.drawn())
        table = self.table
        labels = [self.state.label_of(c) for c in curves]
        keys = [(label, c.color, c.style, c.visible) for label, c in zip(labels, curves)]
        table.setUpdatesEnabled(False)
        try:
            if table.rowCount() != len(curves):
                table.setRowCount(len(curves))
                self.updateGeometry()
            restyle = keys != self._row_keys
            for i, c in enumerate(curves):
                # a hidden curve keeps its row, greyed, like its legend entry: rows do not jump
                f, d1, d2 = values.get(c.uid, (math.nan, math.nan, math.nan))
                texts = (labels[i], fmt(f), fmt(d1), fmt(d2))
                for j, text in enumerate(texts):
                    item = table.item(i, j)
                    if item is None:
                        item = QTableWidgetItem(text)
                        if j:
                            item.setTextAlignment(
                                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                            )
                        table.setItem(i, j, item)
                    elif item.text() != text:
                        item.setText(text)
                if restyle:
                    self._style_row(i, c, labels[i])
        finally:
            table.setUpdatesEnabled(True)
        if restyle:
            self._row_keys = keys
            if labels != self._labels:
                self._labels = labels
                self.balance_columns()

    def _item(self, i: int, j: int) -> QTableWidgetItem:
        """The table's cell (i, j), which show_x has filled."""
        item = self.table.item(i, j)
        assert item is not None, (i, j)
        return item

    def _style_row(self, i: int, c: Curve | Compare, label: str) -> None:
        name = self._item(i, 0)
        look = f"{c.color} {c.style} {c.visible}"
        if name.data(_LOOK_ROLE) != look:
            name.setIcon(line_sample(c.color, c.style))
            name.setData(_LOOK_ROLE, look)
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        tip = label if c.visible else self.tr("{label}: hidden in the plot").format(label=label)
        for j in range(4):
            item = self._item(i, j)
            item.setToolTip(tip)
            item.setForeground(QBrush() if c.visible else QBrush(grey))
            font = QFont(item.font())
            font.setItalic(not c.visible)
            item.setFont(font)

    def values(self) -> list[tuple[str, str, str, str]]:
        """The table's text, row by row (for tests)."""
        if self._refresh_timer.isActive():
            self._refresh_timer.stop()
            self.show_x(self.shown_x)
        out = []
        for i in range(self.table.rowCount()):
            f, d1, d2 = (self._item(i, j).text() for j in (1, 2, 3))
            out.append((self._item(i, 0).text(), f, d1, d2))
        return out
