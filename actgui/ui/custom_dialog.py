"""Curve > New custom function…: type an expression, see f and f′ as you type."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
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
from ..core.spec import NumberParam
from . import theme
from .info_latex import expression_latex, localise_cases
from .math_view import FormulaArea

#: preview and message colours per theme
LOOKS = {
    "light": {
        "background": "#ffffff",
        "foreground": "#222222",
        "f": "#4E79A7",
        "df": "#F28E2B",
        "stale": "#9a9a9a",
        "error": "#C0392B",
        "warning": "#9A6200",
    },
    "dark": {
        "background": "#1e1f22",
        "foreground": "#dcdcdc",
        "f": "#76A5D8",
        "df": "#F5A45B",
        "stale": "#7c7e84",
        "error": "#FF8A7A",
        "warning": "#F0C060",
    },
}

EXAMPLES = (
    "x * sigmoid(1.702*x)",
    "x * tanh(softplus(x))",
    "where(x > 0, x, a*(exp(x) - 1))",
    "max(x, 0.1*x)",
    "leaky_relu(x, negative_slope=0.2) + 0.1*gelu(x)",
)


class CustomFunctionDialog(QDialog):
    """Checks the expression on every keystroke.

    While the text is invalid the preview keeps the last valid curve, greyed and
    dashed under the note "last valid expression", so it is never taken for the
    current one.  Colours follow the theme, texts and parser errors the language,
    both live.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.function: CustomFunction | None = None
        #: True while the preview shows an earlier, valid expression
        self.stale = False
        self._message_kind = ""  # "", "error" or "warning": its colour follows the theme
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.name = QLineEdit()
        self.expression = QLineEdit()
        self.expression.setFont(mono)
        self.expression.setPlaceholderText(EXAMPLES[0])
        self.params = QPlainTextEdit()
        self.params.setFont(mono)
        self.params.setFixedHeight(80)
        self.formula = FormulaArea()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(mono)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = pg.PlotWidget()
        self.preview.setMinimumHeight(180)
        self.preview.showGrid(x=True, y=True, alpha=0.25)
        self.legend = self.preview.addLegend(offset=(6, 6))
        self._f = self.preview.plot(name="f", connect="finite")
        self._df = self.preview.plot(name="f′", connect="finite")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_label = QLabel()
        self.expression_label = QLabel()
        self.params_label = QLabel()
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.expression_label, self.expression)
        form.addRow(self.params_label, self.params)
        for label, field in (
            (self.name_label, self.name),
            (self.expression_label, self.expression),
            (self.params_label, self.params),
        ):
            label.setBuddy(field)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.formula)
        lay.addWidget(self.message)
        lay.addWidget(self.preview, 1)
        lay.addWidget(self.buttons)
        for signal in (self.name.textChanged, self.expression.textChanged, self.params.textChanged):
            signal.connect(self.check)
        self.resize(640, 560)
        self._apply_theme()
        self._retranslate()
        # the expression is what one comes here to type; the name can follow
        self.expression.setFocus(Qt.FocusReason.OtherFocusReason)

    def _retranslate(self) -> None:
        """Set every text again in the current language (and re-check: the parser's
        message follows the language too)."""
        self.setWindowTitle(self.tr("New custom function"))
        self.name.setPlaceholderText(self.tr("e.g. quick GELU"))
        self.expression.setToolTip(
            self.tr("Functions: ")
            + ", ".join(sorted(FUNCTIONS))
            + self.tr("; and any catalog id, e.g. gelu(x), leaky_relu(x, negative_slope=0.2)")
        )
        self.params.setPlaceholderText(self.tr("one per line, e.g.\na = 1.0 in [0, 5]"))
        self.name_label.setText(self.tr("Name"))
        self.expression_label.setText(self.tr("f(x) ="))
        self.params_label.setText(self.tr("Parameters"))
        self.check()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_theme()

    def _look(self) -> dict[str, str]:
        return LOOKS.get(theme.current(), LOOKS["light"])

    def _apply_theme(self) -> None:
        """Preview and message colours for the current theme (theme.current())."""
        look = self._look()
        self.preview.setBackground(look["background"])
        fg = QColor(look["foreground"])
        for name in ("left", "bottom"):
            axis = self.preview.getAxis(name)
            axis.setPen(pg.mkPen(fg))
            axis.setTextPen(pg.mkPen(fg))
        self.legend.setLabelTextColor(fg)
        self.legend.setBrush(pg.mkBrush(QColor(look["background"])))
        self._style_curves()
        self._style_message()

    def _style_curves(self) -> None:
        look = self._look()
        dash = Qt.PenStyle.DashLine
        if self.stale:
            grey = QColor(look["stale"])
            self._f.setPen(pg.mkPen(grey, width=1.5, style=dash))
            self._df.setPen(pg.mkPen(grey, width=1.5, style=Qt.PenStyle.DotLine))
            self.preview.setTitle(
                self.tr("last valid expression (the text above has an error)"),
                color=look["stale"],
                size="9pt",
            )
        else:
            self._f.setPen(pg.mkPen(QColor(look["f"]), width=2))
            self._df.setPen(pg.mkPen(QColor(look["df"]), width=2, style=dash))
            self.preview.setTitle(None)
        # the legend samples copy the pens: re-add the entries
        self.legend.clear()
        self.legend.addItem(self._f, "f")
        self.legend.addItem(self._df, "f′")

    def _style_message(self) -> None:
        colour = self._look().get(self._message_kind)
        self.message.setStyleSheet(f"color: {colour};" if colour else "")

    def _set_message(self, text: str, kind: str = "") -> None:
        self._message_kind = kind
        self.message.setText(text)
        self._style_message()

    def _set_stale(self, stale: bool) -> None:
        stale = stale and self.function is not None
        # the typeset formula is the last valid one too: grey (the palette's disabled text)
        self.formula.view.setEnabled(not stale)
        if stale != self.stale:
            self.stale = stale
            self._style_curves()

    def _parameters(self) -> list[NumberParam]:
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
        """Compile what is typed; say what is wrong and where, keep the last good
        preview (greyed, marked) while the text is invalid."""
        text = self.expression.text()
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not text.strip():
            self._set_message(self.tr("Type an expression in x, e.g. ") + EXAMPLES[0])
            self.formula.view.set_latex("")
            self._set_stale(True)
            ok_button.setEnabled(False)
            return False
        try:
            fn = compile_expression(text, self._parameters(), self.name.text().strip())
        except ExpressionError as exc:
            pointer = ""
            if exc.position is not None and exc.position <= len(text) <= 200:
                pointer = "\n" + text + "\n" + " " * exc.position + "^"
            self._set_message(str(exc) + pointer, "error")
            self._set_stale(True)
            ok_button.setEnabled(False)
            return False
        self.function = fn
        self._set_stale(False)
        latex = expression_latex(fn.text)
        if latex is not None:
            self.formula.view.set_latex(localise_cases(f"f(x) = {latex}"))
        else:
            self.formula.view.set_text(f"f(x) = {fn.text}")
        x = np.linspace(-6, 6, 601)
        f, d1, _d2 = fn.evaluate_all(x)
        self._f.setData(x, f)
        self._df.setData(x, d1)
        problems = fn.undefined(x)
        self._set_message(
            "\n".join(problems) if problems else self.tr("OK: f′ and f″ are computed exactly."),
            "warning" if problems else "",
        )
        ok_button.setEnabled(True)
        return True
