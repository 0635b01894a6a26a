"""The info panel: typeset formula, explanation, live properties, framework code."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import catalog, texts
from ..core import properties as props
from ..core.spec import ParamValue
from ..core.state import Change, ExplorerState
from .i18n import property_rows
from .info_latex import expression_latex, localise_cases
from .math_view import FormulaArea, MathView


class InfoPanel(QScrollArea):
    """Describes one function: the selected curve's, or one clicked in the list."""

    def __init__(
        self, state: ExplorerState, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.lang = lang
        self.function_id: str | None = None
        self.params: dict[str, ParamValue] = {}
        body = QWidget()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title = _ElidedLabel()
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title.setFont(f)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # a custom function's definition: may be one long word, so it wraps anywhere
        self.definition = _CodeView()
        self.definition.hide()
        self.formula = MathView()
        self.derivative = MathView()
        # a formula wider than the panel scrolls sideways rather than shrinking to dust
        self.formula_area = FormulaArea(self.formula)
        self.derivative_area = FormulaArea(self.derivative)
        self.symbols = QLabel()
        self.symbols.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(self.details.textFormat().RichText)
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.code = _CodeView()
        self.copy_torch = QPushButton()
        self.copy_keras = QPushButton()
        self.copy_torch.clicked.connect(lambda: self._copy("pytorch"))
        self.copy_keras.clicked.connect(lambda: self._copy("keras"))
        self.copied = QLabel()
        self.copied.setEnabled(False)
        self.copied.hide()  # shown after a copy: no empty band before the details
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_torch)
        buttons.addWidget(self.copy_keras)
        buttons.addStretch(1)
        from .copy_code import CopyCodeRow

        # copy as matplotlib / LaTeX / pgfplots (actgui.core.codegen)
        self.copy_more = CopyCodeRow(
            state,
            lambda: (self.function_id, self.params),
            lambda what: (self.copied.setText(self.tr("Copied: ") + what), self.copied.show()),
        )
        lay = QVBoxLayout(body)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.title)
        lay.addWidget(self.summary)
        lay.addWidget(self.definition)
        lay.addWidget(self.formula_area)
        lay.addWidget(self.derivative_area)
        lay.addWidget(self.symbols)
        self.props_heading = self._heading()
        lay.addWidget(self.props_heading)
        lay.addWidget(self.table)
        self.code_heading = self._heading()
        lay.addWidget(self.code_heading)
        lay.addWidget(self.code)
        lay.addLayout(buttons)
        lay.addWidget(self.copy_more)
        lay.addWidget(self.copied)
        lay.addWidget(self.details)
        lay.addStretch(1)
        # properties take a few ms: recompute once after a burst of slider moves
        self._props_timer = QTimer(self)
        self._props_timer.setSingleShot(True)
        self._props_timer.setInterval(60)
        self._props_timer.timeout.connect(self._refresh_properties)
        self._retranslate()
        state.subscribe(self._on_change)
        self.follow_selection()

    def _retranslate(self) -> None:
        """Set every text again in the current language (Qt's LanguageChange)."""
        self.table.setHorizontalHeaderLabels([self.tr("Property"), self.tr("Value")])
        self.copy_torch.setText(self.tr("Copy as PyTorch"))
        self.copy_keras.setText(self.tr("Copy as Keras"))
        self.props_heading.setText(self.tr("Properties (current parameters)"))
        self.code_heading.setText(self.tr("Code"))
        if self.function_id is not None:
            self._fill_texts()
            self._refresh_properties()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _heading(self) -> QLabel:
        label = QLabel()
        f = label.font()
        f.setBold(True)
        label.setFont(f)
        return label

    def _on_change(self, change: Change) -> None:
        if change.kind in ("selection", "curves"):
            self.follow_selection()
        elif change.kind in ("params", "preset") and (
            change.uid is None or change.uid == self.state.selected
        ):
            self.follow_selection(full=False)

    def follow_selection(self, full: bool = True) -> None:
        c = self.state.selected_curve
        if c is None:
            if self.function_id is None:
                self._show("relu")
            return
        self._show(c.function_id, c.params, full=full)

    def show_function(
        self, function_id: str, params: dict[str, ParamValue] | None = None, full: bool = True
    ) -> None:
        """Describe a function that is not plotted (a click in the function list)."""
        self._show(function_id, params, full)

    def _show(
        self, function_id: str, params: dict[str, ParamValue] | None = None, full: bool = True
    ) -> None:
        act = catalog.get(function_id)
        changed_function = act.id != self.function_id
        self.function_id = act.id
        self.params = dict(
            params if params is not None else catalog.defaults(act, self.state.preset)
        )
        if full or changed_function:
            self._fill_texts()
        if changed_function:
            self._refresh_properties()
        else:
            self._props_timer.start()  # code and properties once a slider pauses

    def set_language(self, lang: str) -> None:
        """The language of the function texts (the catalog's, not Qt's): the main
        window calls this and installs the translator, in either order."""
        self.lang = lang
        if self.function_id:
            self._fill_texts()

    def _fill_texts(self) -> None:
        act = catalog.get(self.function_id or "relu")
        self.title.setText(act.name)
        custom = self.state.custom.get(act.id)
        self.definition.setVisible(custom is not None)
        if custom is not None:
            self.summary.setText(
                self.tr("Custom function: f′ and f″ are computed exactly from the expression.")
            )
            self.definition.setText(custom.definition())
            latex = expression_latex(custom.text)
            if latex is not None:
                self.formula.set_latex(localise_cases(f"f(x) = {latex}"))
            else:
                self.formula.set_text(f"f(x) = {custom.text}")
            self.derivative.set_latex("")
            self.symbols.setText("")
            self.symbols.hide()
            self.details.setText(
                f"<b>{html.escape(self.tr('At kinks'))}</b>"
                f"<p>{html.escape(custom.activation.convention)}</p>"
            )
            return
        if not texts.has_text(act.id):
            self.summary.setText("")
            self.formula.set_latex("")
            self.derivative.set_latex("")
            self.details.setText("")
            self.symbols.setText("")
            self.symbols.hide()
            return
        t = texts.for_function(act.id, self.lang)
        self.summary.setText(t.summary)
        self.formula.set_latex(localise_cases(_with_lhs("f(x)", t.formula)))
        self.derivative.set_latex(localise_cases(_with_lhs("f'(x)", t.derivative)))
        if t.symbols:
            parts = [
                f"{_symbol(sym)} = <code>{html.escape(name)}</code>"
                for sym, name in t.symbols.items()
                if _symbol(sym) != html.escape(name)  # \text{approximate} needs no key
            ]
            self.symbols.setText(", ".join(parts))
            self.symbols.setVisible(bool(parts))
        else:
            self.symbols.hide()
        labels = (
            self.tr("Pros"),
            self.tr("Cons"),
            self.tr("Typical uses"),
            self.tr("Origin"),
            self.tr("At kinks"),
        )
        self.details.setText(_details_html(t, labels, act.convention))

    def _show_code(self) -> None:
        torch = catalog.framework_code(self.function_id or "relu", self.params, "pytorch")
        keras = catalog.framework_code(self.function_id or "relu", self.params, "keras")
        none = self.tr("no built-in")
        self.code.setText(f"PyTorch: {torch or none}\nKeras:   {keras or none}")
        self.copy_torch.setEnabled(torch is not None)
        self.copy_keras.setEnabled(keras is not None)
        self.copied.setText("")
        self.copied.hide()

    def _copy(self, framework: str) -> None:
        code = catalog.framework_code(self.function_id or "relu", self.params, framework)
        if code:
            QGuiApplication.clipboard().setText(code)
            # the code itself is shown just above (and may be long): name what was copied
            self.copied.setText(
                self.tr("Copied: ") + ("PyTorch" if framework == "pytorch" else "Keras")
            )
            self.copied.show()

    def flush(self) -> None:
        """Apply a pending refresh now (tests, screenshots)."""
        if self._props_timer.isActive():
            self._props_timer.stop()
            self._refresh_properties()

    def _refresh_properties(self) -> None:
        if self.function_id is None:
            return
        self._show_code()
        act = catalog.get(self.function_id)
        custom = self.state.custom.get(act.id)
        if custom is not None and not custom.defined_everywhere(self.params):
            # properties need f everywhere; say where it is undefined instead
            import numpy as np

            notes = custom.undefined(np.linspace(-50, 50, 20001), self.params) or [
                self.tr("f is undefined somewhere on the real line")
            ]
            self.table.setRowCount(len(notes))
            for i, note in enumerate(notes):
                self.table.setItem(i, 0, QTableWidgetItem(self.tr("undefined")))
                self.table.setItem(i, 1, QTableWidgetItem(note))
            self._fit_table()
            return
        pr = props.compute(act, catalog.resolve_params(act, self.params))
        rows = property_rows(pr)
        self.table.setRowCount(len(rows))
        for i, (k, v) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(k))
            self.table.setItem(i, 1, QTableWidgetItem(v))
        self.current_properties = pr
        self._fit_table()

    def _fit_table(self) -> None:
        """Property names as wide as they need, up to half the table; both columns
        wrap, and the table is as tall as its rows (the panel scrolls, not the table)."""
        table = self.table
        room = table.viewport().width()
        if room <= 0:
            return
        names = table.sizeHintForColumn(0)
        values = table.sizeHintForColumn(1)
        first = names if names + values <= room else max(room // 3, min(names, room // 2))
        table.setColumnWidth(0, first)
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(i) for i in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit_table()


class _ElidedLabel(QLabel):
    """One line that never widens the panel: cut with "…" (whole in the tool tip)."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # QLabel's name: one API for callers
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()


class _CodeView(QTextEdit):
    """Framework code, selectable, wrapped anywhere (a long call has no spaces to
    break at), always as tall as its text: never wider than the panel."""

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)  # the panel's background shows through
        self.document().setDocumentMargin(0)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(mono)
        self.document().contentsChanged.connect(self._fit)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # QLabel's name: one API for callers
        self.setPlainText(text)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.height())

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = math.ceil(self.document().size().height()) + 2 * self.frameWidth()
        self.setFixedHeight(max(height, self.fontMetrics().height()))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit()


def _with_lhs(lhs: str, formula: str) -> str:
    """'f(x) = ...' unless the text already has its own left-hand side."""
    return (
        formula if formula.lstrip().startswith(("f(x)", "f'(x)", "f’(x)")) else f"{lhs} = {formula}"
    )


def _symbol(latex_symbol: str) -> str:
    from .math_view import SYMBOLS

    text = latex_symbol.strip()
    for wrapper in ("\\text{", "\\mathrm{", "\\operatorname{", "\\mathit{"):
        if text.startswith(wrapper) and text.endswith("}"):
            text = text[len(wrapper) : -1]
    name = text.lstrip("\\")
    return html.escape(SYMBOLS.get(name, name))


def _details_html(t: texts.FunctionText, labels: tuple[str, ...], convention: str) -> str:
    """Pros, cons, uses, origin and the kink convention under ``labels``' headings."""
    labels = tuple(html.escape(label) for label in labels)

    def ul(items: tuple[str, ...]) -> str:
        return (
            "<ul style='margin-left:-20px'>"
            + "".join(f"<li>{html.escape(i)}</li>" for i in items)
            + "</ul>"
        )

    parts = [
        f"<b>{labels[0]}</b>{ul(t.pros)}",
        f"<b>{labels[1]}</b>{ul(t.cons)}",
        f"<b>{labels[2]}</b>{ul(t.uses)}",
        f"<b>{labels[3]}</b><p>{html.escape(t.origin)}</p>",
    ]
    if convention:
        parts.append(f"<b>{labels[4]}</b><p>{html.escape(convention)}</p>")
    return "".join(parts)
