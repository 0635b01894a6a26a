"""The Info panel's copy as matplotlib / LaTeX / pgfplots, and LaTeX through the typesetter."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont, QGuiApplication

from actgui.core import catalog, codegen
from actgui.core.expressions import compile_definition
from actgui.core.state import ExplorerState
from actgui.ui import math_view
from actgui.ui.info_latex import expression_latex

from .helpers import settle
from .layout_checks import layout_problems


def _unknown_commands(node: math_view.Node) -> list[str]:
    """LaTeX commands the typesetter did not know (it shows them as text)."""
    out = []
    if isinstance(node, math_view.Glyphs) and node.text.startswith("\\"):
        out.append(node.text)
    for child in vars(node).values():
        kids = child if isinstance(child, list) else [child]
        for k in kids:
            if isinstance(k, tuple):
                for part in k:
                    out += _unknown_commands(part)
            elif isinstance(k, math_view.Node):
                out += _unknown_commands(k)
    return out


def _typeset(snippet: str, qapp) -> int:  # type: ignore[no-untyped-def]
    """Typeset every display of a snippet with the app's own typesetter; how many."""
    bodies = re.findall(r"\\\[ (.*?) \\\]", snippet)
    assert bodies, snippet
    for body in bodies:
        assert _unknown_commands(math_view.parse(body)) == [], body
        box = math_view.layout(body, QFont())
        assert box.width > 20 and box.ascent + box.descent > 5, body
    return len(bodies)


def test_latex_of_every_function_compiles_through_the_typesetter(qapp) -> None:  # type: ignore[no-untyped-def]
    for fid in catalog.ids():
        snippet = codegen.latex(fid, None, orders=(0, 1))
        assert _typeset(snippet, qapp) == 2, fid
    fn = compile_definition("where(x > 0, x, alpha*expm1(x)) * sigmoid(b*x); alpha=1; b=2")
    st = ExplorerState()
    st.add_custom(fn)
    snippet = codegen.latex(fn.activation.id, None, state=st, expression_latex=expression_latex)
    assert _typeset(snippet, qapp) == 1
    assert "\\alpha = 1.0" in snippet and "b = 2.0" in snippet


def test_buttons_copy_the_figure_and_the_formula(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.info_panel
    row = panel.copy_more
    st = window.state
    leaky = st.curves_of("leaky_relu")[0]
    st.set_param(leaky.uid, "negative_slope", 0.2)
    st.select(leaky.uid)
    settle()
    clipboard = QGuiApplication.clipboard()
    row.copy_matplotlib.click()
    assert clipboard.text() == codegen.matplotlib_script(st)
    assert panel.copied.isVisible() and panel.copied.text() == "Copied: matplotlib"
    row.copy_pgfplots.click()
    assert clipboard.text() == codegen.pgfplots(st)
    row.copy_latex.click()
    assert clipboard.text() == codegen.latex("leaky_relu", leaky.params, orders=(0, 1))
    assert "\\alpha = 0.2" in clipboard.text()
    assert panel.copied.text() == "Copied: LaTeX"
    # nothing shown: nothing to draw
    for c in st.curves:
        st.set_curve_visible(c.uid, False)
    assert not row.copy_matplotlib.isEnabled() and not row.copy_pgfplots.isEnabled()
    assert row.copy_latex.isEnabled()


@pytest.mark.parametrize(("lang", "theme_name"), [("en", "light"), ("zh_CN", "dark")])
def test_buttons_fit_at_1280x800(qtbot, lang, theme_name) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from actgui.ui import i18n, theme
    from actgui.ui.main_window import MainWindow

    i18n.install(lang)
    try:
        win = MainWindow(ExplorerState.first_launch(), lang=lang, theme=theme_name)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        settle()
        panel = win.info_panel
        row = panel.copy_more
        for b in (row.copy_matplotlib, row.copy_latex, row.copy_pgfplots):
            assert b.isVisibleTo(panel)
            assert b.fontMetrics().horizontalAdvance(b.text()) < b.width(), b.text()
            assert row.rect().contains(b.geometry()), b.text()
        assert layout_problems(panel) == []
    finally:
        i18n.install("en")
        app = QApplication.instance()
        theme.apply(app, "light")
        app.setStyleSheet("")


def test_buttons_retranslate(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from .helpers import MarkingTranslator

    row = window.info_panel.copy_more
    tr = MarkingTranslator()
    app = QApplication.instance()
    app.installTranslator(tr)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert row.copy_matplotlib.text() == "«Copy as matplotlib»"
        assert row.copy_pgfplots.toolTip().startswith("«")
    finally:
        app.removeTranslator(tr)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert row.copy_latex.text() == "Copy as LaTeX"
