"""The crosshair readout: x, f, f', f'' of every visible curve, and an exact x entry."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
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
            hh.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        row = QHBoxLayout()
        row.addWidget(QLabel("x ="))
        row.addWidget(self.entry)
        row.addWidget(self.error, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(row)
        lay.addWidget(self.table)
        state.subscribe(self._on_change)
        self.show_x(math.nan)

    def _on_change(self, change: Change) -> None:
        if change.kind in ("curves", "params", "style", "preset"):
            self.show_x(self.x)

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
        rows = (
            self.state.readout(x)
            if not math.isnan(x)
            else [(c, math.nan, math.nan, math.nan) for c in self.state.curves if c.visible]
        )
        self.table.setRowCount(len(rows))
        for i, (c, f, d1, d2) in enumerate(rows):
            name = QTableWidgetItem(swatch(c.color), c.label())
            self.table.setItem(i, 0, name)
            for j, v in enumerate((f, d1, d2), start=1):
                self.table.setItem(i, j, QTableWidgetItem(fmt(v)))

    def values(self) -> list[tuple[str, str, str, str]]:
        """The table's text, row by row (for tests)."""
        out = []
        for i in range(self.table.rowCount()):
            out.append(tuple(self.table.item(i, j).text() for j in range(4)))  # type: ignore[arg-type]
        return out  # type: ignore[return-value]
