"""The info panel: typeset formula, explanation, live properties, framework code."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QGuiApplication,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import bibtex, catalog, conventions, texts
from ..core import properties as props
from ..core.spec import Activation, ChoiceParam, ParamValue, Reference
from ..core.state import Change, ExplorerState
from .i18n import property_rows
from .info_latex import expression_latex, localise_cases
from .info_widgets import CodeView, ElidedLabel, LinkLabel, ModuleView, PropertyTable
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
        #: the choice parameters' values shown (a formula per variant: GELU's approximate)
        self._choices: dict[str, str] = {}
        body = QWidget()
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title = ElidedLabel()
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title.setFont(f)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # a custom function's definition: may be one long word, so it wraps anywhere
        self.definition = CodeView()
        self.definition.hide()
        self.formula = MathView()
        self.derivative = MathView()
        # a formula wider than the panel scrolls sideways rather than shrinking to dust
        self.formula_area = FormulaArea(self.formula)
        self.derivative_area = FormulaArea(self.derivative)
        self.symbols = QLabel()
        self.symbols.setWordWrap(True)
        self.symbols.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(self.details.textFormat().RichText)
        # the sources, under the origin: links open in the browser
        self.reference = LinkLabel()
        self.see_also = LinkLabel()
        self.copy_bibtex = QPushButton()
        self.copy_bibtex.clicked.connect(self._copy_bibtex)
        self.bib_copied = QLabel()
        self.bib_copied.setEnabled(False)
        self.bib_copied.setWordWrap(True)
        self.bib_copied.hide()
        self.bib_row = QWidget()  # hidden as a whole where there is no source
        bib_lay = QHBoxLayout(self.bib_row)
        bib_lay.setContentsMargins(0, 0, 0, 0)
        bib_lay.addWidget(self.copy_bibtex)
        bib_lay.addWidget(self.bib_copied, 1)
        bib_lay.addStretch(0)
        for w in (self.reference, self.see_also, self.bib_row):
            w.hide()
        #: what f' and f'' are at kinks (after the sources)
        self.kinks = QLabel()
        self.kinks.setWordWrap(True)
        self.kinks.setTextFormat(self.kinks.textFormat().RichText)
        #: fits its columns itself whenever its width changes (see PropertyTable)
        self.table = PropertyTable()
        self.code = CodeView()
        #: a module to paste where PyTorch has no built-in
        self.module = ModuleView()
        self.module.hide()
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
            self._say_copied,
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
        lay.addWidget(self.module)
        lay.addLayout(buttons)
        lay.addWidget(self.copy_more)
        lay.addWidget(self.copied)
        lay.addWidget(self.details)
        lay.addWidget(self.reference)
        lay.addWidget(self.see_also)
        lay.addWidget(self.bib_row)
        lay.addWidget(self.kinks)
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
        self.copy_bibtex.setText(self.tr("Copy BibTeX"))
        self.copy_bibtex.setToolTip(
            self.tr("Copy the BibTeX entries of this function's sources to the clipboard")
        )
        self.module.setToolTip(
            self.tr("PyTorch has no built-in for this function: a module to paste")
        )
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
        act = self.state.resolve(function_id)
        changed_function = act.id != self.function_id
        self.function_id = act.id
        self.params = dict(
            params if params is not None else catalog.defaults(act, self.state.preset)
        )
        if changed_function:
            self.verticalScrollBar().setValue(0)  # another function: read from its top
        choices = {
            p.name: str(self.params.get(p.name, p.default))
            for p in act.params
            if isinstance(p, ChoiceParam)
        }
        if full or changed_function or choices != self._choices:
            self._choices = choices
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
        act = self.state.resolve(self.function_id or "relu")
        self.title.setText(texts.display_name(act, self.lang))
        self._fill_sources(act)
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
            self._set_details("", self._kinks_html(custom.activation))
            return
        if not texts.has_text(act.id):
            self.summary.setText("")
            self.formula.set_latex("")
            self.derivative.set_latex("")
            self._set_details("", self._kinks_html(act))
            self.symbols.setText("")
            self.symbols.hide()
            return
        t = texts.for_function(act.id, self.lang)
        self.summary.setText(t.summary)
        # GELU's approximate = none | tanh: the formula of the variant plotted
        formula, _ = texts.chosen_variant(t.formula, self._choices)
        derivative, _ = texts.chosen_variant(t.derivative, self._choices)
        self.formula.set_latex(localise_cases(texts.with_lhs("f(x)", formula)))
        self.derivative.set_latex(localise_cases(texts.with_lhs("f'(x)", derivative)))
        if t.symbols:
            parts = [
                f"{_symbol_html(sym)} = <code>{html.escape(name)}</code>"
                for sym, name in t.symbols.items()
                if _symbol(sym) != html.escape(name)  # \text{approximate} needs no key
            ]
            self.symbols.setText(", ".join(parts))
            self.symbols.setVisible(bool(parts))
        else:
            self.symbols.hide()
        labels = (self.tr("Pros"), self.tr("Cons"), self.tr("Typical uses"), self.tr("Origin"))
        self._set_details(_details_html(t, labels), self._kinks_html(act))

    def _kinks_html(self, act: Activation) -> str:
        text = conventions.convention(act, self.lang)  # the Chinese where translated
        if not text:
            return ""
        heading = html.escape(self.tr("At kinks"))  # (lupdate skips f-strings)
        return f"<b>{heading}</b><p>{html.escape(text)}</p>"

    def _set_details(self, details: str, kinks: str) -> None:
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.kinks.setText(kinks)
        self.kinks.setVisible(bool(kinks))

    def _fill_sources(self, act: Activation) -> None:
        """The function's source under its origin, further sources, and Copy BibTeX;
        nothing at all (no empty row) for a function without one."""
        self.bib_copied.hide()
        ref = act.reference
        self.reference.setText(f"<p>{self._citation(ref)}</p>" if ref is not None else "")
        self.reference.setVisible(ref is not None)
        if act.see_also:
            items = "".join(f"<li>{self._citation(r)}</li>" for r in act.see_also)
            heading = html.escape(self.tr("See also"))
            self.see_also.setText(f"<b>{heading}</b><ul style='margin-left:-20px'>{items}</ul>")
        else:
            self.see_also.setText("")
        self.see_also.setVisible(bool(act.see_also))
        self.bib_row.setVisible(ref is not None or bool(act.see_also))

    def _citation(self, ref: Reference) -> str:
        """Hendrycks & Gimpel (2016). Title. Venue. <link>arXiv:1606.08415</link>"""
        names = [_family(a) for a in ref.authors]
        if len(names) == 1:
            who = names[0]
        elif len(names) == 2:
            who = self.tr("{first} & {second}").format(first=names[0], second=names[1])
        else:
            who = self.tr("{first} et al.").format(first=names[0])
        title = ref.title.strip()
        if not title.endswith((".", "?", "!")):
            title += "."
        parts = [f"{_breakable(who)} ({ref.year}).", _breakable(title)]
        if bibtex.entry_type(ref) != "misc" and ref.venue.strip():
            venue = ref.venue.strip()
            parts.append(_breakable(venue if venue.endswith(".") else venue + "."))
        if ref.url:
            href = html.escape(ref.url, quote=True)
            parts.append(f'<a href="{href}">{_link_text(ref.url)}</a>')
        return " ".join(parts)

    def _copy_bibtex(self) -> None:
        act = self.state.resolve(self.function_id or "relu")
        entries = bibtex.entries(act)
        if not entries:
            return
        QGuiApplication.clipboard().setText("\n".join(entries))
        self.bib_copied.setText(
            self.tr("Copied: BibTeX entry")
            if len(entries) == 1
            else self.tr("Copied: {n} BibTeX entries").format(n=len(entries))
        )
        self.bib_copied.show()

    def _torch_module(self) -> str | None:
        """The module to paste, where PyTorch has no built-in and the catalog has one."""
        act = self.state.resolve(self.function_id or "relu")
        if act.torch_module is None or act.id in self.state.custom:
            return None
        if catalog.framework_code(act, self.params, "pytorch") is not None:
            return None
        return act.torch_module(**catalog.resolve_params(act, self.params))

    def _show_code(self) -> None:
        act = self.state.resolve(self.function_id or "relu")
        torch = catalog.framework_code(act, self.params, "pytorch")
        keras = catalog.framework_code(act, self.params, "keras")
        module = self._torch_module() if torch is None else None
        none = self.tr("no built-in")
        shown = torch or (self.tr("module below (no built-in)") if module else none)
        self.code.setText(f"PyTorch: {shown}\nKeras:   {keras or none}")
        self.module.setVisible(module is not None)
        if module is not None and module.rstrip() != self.module.toPlainText():
            self.module.setPlainText(module.rstrip())
        self.copy_torch.setEnabled(torch is not None or module is not None)
        self.copy_keras.setEnabled(keras is not None)
        self.copied.setText("")
        self.copied.hide()

    def _say_copied(self, what: str) -> None:
        """Shows "Copied: <what>" below the copy buttons."""
        self.copied.setText(self.tr("Copied: ") + what)
        self.copied.show()

    def _copy(self, framework: str) -> None:
        act = self.state.resolve(self.function_id or "relu")
        code = catalog.framework_code(act, self.params, framework)
        if code is None and framework == "pytorch":
            code = self._torch_module()
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
        act = self.state.resolve(self.function_id)
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
        learnable = [n for n in act.learnable if any(p.name == n for p in act.params)]
        if learnable:
            rows.append((self.tr("learnable parameters"), ", ".join(learnable)))
        self.table.setRowCount(len(rows))
        for i, (k, v) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(k))
            self.table.setItem(i, 1, QTableWidgetItem(v))
        if learnable:
            tip = self.tr(
                "Trained with the network's weights in the paper; the values set here are "
                "where training starts"
            )
            for col in (0, 1):
                cell = self.table.item(len(rows) - 1, col)
                if cell is not None:
                    cell.setToolTip(tip)
        self.current_properties = pr
        self._fit_table()

    def _fit_table(self) -> None:
        """The columns share the table's width; the table as tall as its rows."""
        self.table.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_table()


def _symbol(latex_symbol: str) -> str:
    from .math_view import SYMBOLS

    text = latex_symbol.strip()
    for wrapper in ("\\text{", "\\mathrm{", "\\operatorname{", "\\mathit{"):
        if text.startswith(wrapper) and text.endswith("}"):
            text = text[len(wrapper) : -1]
    name = text.lstrip("\\")
    return html.escape(SYMBOLS.get(name, name))


def _symbol_html(latex_symbol: str) -> str:
    """A symbol of the key as rich text, typeset as in the formula: a letter in
    italics, a Greek letter as itself, ``_{…}`` as a real subscript (``p₁``)."""
    from .math_view import GREEK_LETTERS, SYMBOLS

    text = latex_symbol.strip()
    for wrapper in ("\\text{", "\\mathrm{", "\\operatorname{"):
        if text.startswith(wrapper) and text.endswith("}"):
            return html.escape(text[len(wrapper) : -1])  # a word: upright, as typeset
    if text.startswith("\\mathit{") and text.endswith("}"):
        text = text[len("\\mathit{") : -1]
    base, _, sub = text.partition("_")
    sub = sub[1:-1] if sub.startswith("{") and sub.endswith("}") else sub

    def part(tex: str) -> str:
        out = []
        for m in re.finditer(r"\\([A-Za-z]+)|(.)", tex.strip()):
            name, ch = m.group(1), m.group(2)
            if name is not None:
                glyph = html.escape(SYMBOLS.get(name, name))
                out.append(f"<i>{glyph}</i>" if name in GREEK_LETTERS else glyph)
            elif ch.isalpha():
                out.append(f"<i>{html.escape(ch)}</i>")
            elif not ch.isspace():
                out.append(html.escape(ch))
        return "".join(out)

    return part(base) + (f"<sub>{part(sub)}</sub>" if sub else "")


def _details_html(t: texts.FunctionText, labels: tuple[str, ...]) -> str:
    """Pros, cons, uses and origin under ``labels``' headings."""
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
    return "".join(parts)


def _family(author: str) -> str:
    """'Hendrycks, Dan' -> 'Hendrycks'; an organisation stays whole."""
    return author.split(",")[0].strip() if "," in author else author.strip()


#: a break is allowed after these in a long word (a DOI wraps, never widens the panel)
_BREAK_AFTER = "/._-:"
#: a word longer than this gets a break opportunity every _CHUNK characters
_LONG_WORD = 20
_CHUNK = 10


def _breakable(text: str) -> str:
    """``text`` HTML-escaped, with zero-width spaces where a long word may wrap."""

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) <= _LONG_WORD:
            return w
        out, run = [], 0
        for ch in w:
            out.append(ch)
            run += 1
            if ch in _BREAK_AFTER or run >= _CHUNK:
                out.append("\u200b")
                run = 0
        return "".join(out).rstrip("\u200b")

    return html.escape(re.sub(r"\S+", word, text))


def _link_text(url: str) -> str:
    """arXiv:1606.08415, doi:10.1016/..., or the address without its scheme."""
    arxiv = bibtex.arxiv_id(url)
    if arxiv:
        text = f"arXiv:{arxiv}"
    else:
        doi = bibtex.doi(url)
        text = f"doi:{doi}" if doi else url.split("://", 1)[-1].rstrip("/")
    return _breakable(text)
