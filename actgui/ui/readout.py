"""The crosshair readout: x, f, f', f'' of every visible curve, and an exact x entry."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
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

from ..core.state import Change, ExplorerState
from .function_list import swatch


def fmt(v: float) -> str:
    if math.isnan(v):
        return "—"
    if v == 0:
        return "0"
    a = abs(v)
    if 1e-4 <= a < 1e6:
        return f"{v:.10g}"
    return f"{v:.8e}"


class Readout(QWidget):
    """Shows the state's exact values at the crosshair's x (or a typed x)."""

    #: the user typed an x: move the crosshair there
    sigXEntered = Signal(float)

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.x = math.nan
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("type x, Enter"))
        self.entry.setToolTip(self.tr("Read exact values at this x (any float, e.g. 1e-3)"))
        self.entry.setMaximumWidth(160)
        self.entry.returnPressed.connect(self._on_entry)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C0392B;")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("curve"), "f(x)", "f′(x)", "f″(x)"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i in (1, 2, 3):
            # fixed widths: re-measuring every row on each update is slow
            hh.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(i, 150)
        row = QHBoxLayout()
        row.addWidget(QLabel("x ="))
        row.addWidget(self.entry)
        row.addWidget(self.error, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(row)
        lay.addWidget(self.table)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(50)
        self._refresh_timer.timeout.connect(lambda: self.show_x(self.x))
        state.subscribe(self._on_change)
        self.show_x(math.nan)

    def _on_change(self, change: Change) -> None:
        if change.kind in ("curves", "params", "style", "preset"):
            # a dragged slider changes params at 60 Hz: refresh the table once it pauses
            self._refresh_timer.start()

    def _on_entry(self) -> None:
        text = self.entry.text().strip()
        try:
            x = float(text)
            if not math.isfinite(x):
                raise ValueError
        except ValueError:
            self.error.setText(self.tr("not a finite number: ") + repr(text))
            return
        self.error.setText("")
        self.sigXEntered.emit(x)
        self.show_x(x)

    def show_x(self, x: float) -> None:
        self.x = x
        if not self.entry.hasFocus():
            self.entry.setText("" if math.isnan(x) else fmt(x))
        curves = [c for c in self.state.curves if c.visible]
        if math.isnan(x):
            rows = [(c, math.nan, math.nan, math.nan) for c in curves]
        else:
            rows = self.state.readout(x)
        table = self.table
        table.setUpdatesEnabled(False)
        try:
            if table.rowCount() != len(rows):
                table.setRowCount(len(rows))
            for i, (c, f, d1, d2) in enumerate(rows):
                texts = (self.state.label_of(c), fmt(f), fmt(d1), fmt(d2))
                for j, text in enumerate(texts):
                    item = table.item(i, j)
                    if item is None:
                        item = QTableWidgetItem(text)
                        table.setItem(i, j, item)
                    elif item.text() != text:
                        item.setText(text)
                name = table.item(i, 0)
                if name.data(Qt.ItemDataRole.UserRole) != c.color:
                    name.setIcon(swatch(c.color))
                    name.setData(Qt.ItemDataRole.UserRole, c.color)
        finally:
            table.setUpdatesEnabled(True)

    def values(self) -> list[tuple[str, str, str, str]]:
        """The table's text, row by row (for tests)."""
        if self._refresh_timer.isActive():
            self._refresh_timer.stop()
            self.show_x(self.x)
        out = []
        for i in range(self.table.rowCount()):
            out.append(tuple(self.table.item(i, j).text() for j in range(4)))  # type: ignore[arg-type]
        return out  # type: ignore[return-value]
