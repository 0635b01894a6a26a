"""Curve > New custom function…: type an expression, see f and f′ as you type."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.expressions import (
    FUNCTIONS,
    CustomFunction,
    ExpressionError,
    compile_expression,
    parse_parameter,
)

EXAMPLES = (
    "x * sigmoid(1.702*x)",
    "x * tanh(softplus(x))",
    "where(x > 0, x, a*(exp(x) - 1))",
    "max(x, 0.1*x)",
    "leaky_relu(x, negative_slope=0.2) + 0.1*gelu(x)",
)


class CustomFunctionDialog(QDialog):
    """Checks the expression on every keystroke; the last valid curve stays in the preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New custom function"))
        self.function: CustomFunction | None = None
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. quick GELU"))
        self.expression = QLineEdit()
        self.expression.setFont(mono)
        self.expression.setPlaceholderText(EXAMPLES[0])
        self.expression.setToolTip(
            self.tr("Functions: ")
            + ", ".join(sorted(FUNCTIONS))
            + self.tr("; and any catalog id, e.g. gelu(x), leaky_relu(x, negative_slope=0.2)")
        )
        self.params = QPlainTextEdit()
        self.params.setFont(mono)
        self.params.setPlaceholderText(self.tr("one per line, e.g.\na = 1.0 in [0, 5]"))
        self.params.setFixedHeight(80)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(mono)
        self.preview = pg.PlotWidget(background="w")
        self.preview.setMinimumHeight(180)
        self.preview.showGrid(x=True, y=True, alpha=0.25)
        self.preview.addLegend(offset=(6, 6))
        self._f = self.preview.plot(
            pen=pg.mkPen(QColor("#4E79A7"), width=2), name="f", connect="finite"
        )
        self._df = self.preview.plot(
            pen=pg.mkPen(QColor("#F28E2B"), width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
            name="f′",
            connect="finite",
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("f(x) ="), self.expression)
        form.addRow(self.tr("Parameters"), self.params)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.preview)
        lay.addWidget(self.buttons)
        for signal in (self.name.textChanged, self.expression.textChanged, self.params.textChanged):
            signal.connect(self.check)
        self.resize(640, 520)
        self.check()

    def _parameters(self) -> list:  # type: ignore[type-arg]
        out = []
        offset = 0
        for line in self.params.toPlainText().splitlines():
            if line.strip():
                try:
                    out.append(parse_parameter(line, offset))
                except ExpressionError as exc:
                    raise ExpressionError(self.tr("parameters: ") + exc.message, None) from None
            offset += len(line) + 1
        return out

    def check(self) -> bool:
        """Compile what is typed; say what is wrong and where, keep the last good preview."""
        text = self.expression.text()
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not text.strip():
            self.message.setText(self.tr("Type an expression in x, e.g. ") + EXAMPLES[0])
            ok_button.setEnabled(False)
            return False
        try:
            fn = compile_expression(text, self._parameters(), self.name.text().strip())
        except ExpressionError as exc:
            pointer = ""
            if exc.position is not None and exc.position <= len(text) <= 200:
                pointer = "\n" + text + "\n" + " " * exc.position + "^"
            self.message.setStyleSheet("color: #C0392B;")
            self.message.setText(str(exc) + pointer)
            ok_button.setEnabled(False)
            return False
        self.function = fn
        x = np.linspace(-6, 6, 601)
        f, d1, _d2 = fn.evaluate_all(x)
        self._f.setData(x, f)
        self._df.setData(x, d1)
        problems = fn.undefined(x)
        self.message.setStyleSheet("color: #B9770E;" if problems else "")
        self.message.setText(
            "\n".join(problems) if problems else self.tr("OK: f′ and f″ are computed exactly.")
        )
        ok_button.setEnabled(True)
        return True
