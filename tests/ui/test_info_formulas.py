"""The Info panel shows every formula whole: any function, any order, any start."""

from __future__ import annotations

import math
import random

import pytest
from PySide6.QtWidgets import QScrollArea

from actgui.core import catalog, texts
from actgui.core.export_data import CurveSpec
from actgui.core.state import ExplorerState
from actgui.ui.info_latex import expression_latex
from actgui.ui.info_panel import InfoPanel
from actgui.ui.math_view import MathView, layout

from .helpers import settle as _settle


def _ids() -> list[str]:
    return [fid for fid in catalog.ids() if texts.has_text(fid)]


def _assert_whole(panel: InfoPanel, view: MathView, where: str) -> None:
    """The view's visible part holds its laid-out formula; a wide one can scroll."""
    if not view.latex():
        return
    area = view.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea), where
    assert area.isVisibleTo(panel), f"{where}: formula area hidden"
    need_h = view.heightForWidth(view.width())
    box_h = view.formula_rect().height()
    assert need_h >= 0.8 * box_h - 1, f"{where}: shrunk below 80%"
    visible_h = min(view.height(), area.viewport().height())
    assert visible_h >= need_h, f"{where}: {visible_h} px shown of {need_h} px: {view.latex()}"
    assert area.height() >= area.viewport().height()
    # the formula fits its width at the smallest scale, and the area scrolls to it
    assert view.width() >= math.ceil(view.formula_rect().width() * 0.8), where
    if view.width() > area.viewport().width():
        bar = area.horizontalScrollBar()
        assert bar.isVisibleTo(area) and bar.maximum() > 0, f"{where}: wide, no scroll bar"


def _assert_all_whole(panel: InfoPanel, where: str) -> None:
    assert panel.formula.latex(), f"{where}: no formula"
    _assert_whole(panel, panel.formula, where + " f")
    _assert_whole(panel, panel.derivative, where + " f'")


def _height(fid: str) -> float:
    from PySide6.QtGui import QFont

    box = layout(texts.for_function(fid).derivative, QFont())
    return box.ascent + box.descent


def _orders() -> list[list[str]]:
    ids = _ids()
    rng = random.Random(11)
    shuffled = [rng.sample(ids, len(ids)) for _ in range(3)]
    by_height = sorted(ids, key=_height)
    # tall after short and short after tall: a stale height shows either way
    zigzag = [f for pair in zip(by_height, reversed(by_height), strict=True) for f in pair]
    return [ids, list(reversed(ids)), zigzag, *shuffled]


@pytest.fixture
def panel(qtbot):  # type: ignore[no-untyped-def]
    state = ExplorerState()
    p = InfoPanel(state)
    qtbot.addWidget(p)
    p.resize(380, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_catalog_is_covered() -> None:
    assert len(_ids()) >= 45


@pytest.mark.parametrize("order", range(6))
def test_every_formula_whole_in_any_order(panel, order) -> None:  # type: ignore[no-untyped-def]
    for fid in _orders()[order]:
        panel.show_function(fid)
        _settle()
        _assert_all_whole(panel, fid)


def test_sigmoid_then_leaky_relu_and_relu_general(panel) -> None:  # type: ignore[no-untyped-def]
    """The reported cases: f′ of Leaky ReLU after Sigmoid, ReLU (Keras general)'s third case."""
    for fid in ("sigmoid", "leaky_relu", "sigmoid", "relu_general", "relu", "relu_general"):
        panel.show_function(fid)
        _settle()
        _assert_all_whole(panel, fid)
    assert "\\\\ 0 & \\text{otherwise}" in panel.derivative.latex()


def test_narrow_and_wide_panels(panel) -> None:  # type: ignore[no-untyped-def]
    for width in (240, 380, 900, 300):
        panel.resize(width, 700)
        for fid in ("gelu", "sigmoid", "relu_general", "mish"):
            panel.show_function(fid)
            _settle()
            _assert_all_whole(panel, f"{fid} at {width}px")


def test_custom_then_catalog(panel) -> None:  # type: ignore[no-untyped-def]
    state = panel.state
    custom = state.add_spec(CurveSpec.parse("expr:where(x > 0, x, a*(exp(x) - 1)); a=1"))
    state.select(custom.uid)
    _settle()
    assert "cases" in panel.formula.latex() and not panel.formula.is_plain()
    _assert_whole(panel, panel.formula, "custom")
    for fid in ("relu_general", "sigmoid", "gelu"):
        c = state.add_curve(fid)
        state.select(c.uid)
        _settle()
        _assert_all_whole(panel, f"{fid} after custom")
        state.select(custom.uid)
        _settle()
        _assert_whole(panel, panel.formula, f"custom after {fid}")


def test_panel_built_hidden_then_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = ExplorerState.first_launch()
    p = InfoPanel(state)
    qtbot.addWidget(p)
    for fid in ("sigmoid", "relu_general", "gelu", "leaky_relu"):
        p.show_function(fid)
    p.resize(380, 700)
    p.show()
    qtbot.waitExposed(p)
    _settle()
    _assert_all_whole(p, "first show")


def test_window_started_with_info_hidden(qtbot) -> None:  # type: ignore[no-untyped-def]
    from actgui.ui.main_window import MainWindow

    state = ExplorerState.first_launch()
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.info_dock.hide()
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    custom = state.add_spec(CurveSpec.parse("expr:x*sigmoid(1.702*x)"))
    state.select(custom.uid)
    _settle()
    state.select(state.curves_of("leaky_relu")[0].uid)
    _settle()
    win.info_dock.show()
    _settle()
    _assert_all_whole(win.info_panel, "leaky_relu after showing the dock")
    for fid in ("sigmoid", "relu", "elu"):
        state.select(state.curves_of(fid)[0].uid)
        _settle()
        _assert_all_whole(win.info_panel, fid)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x * sigmoid(1.702*x)", "x \\sigma\\left(1.702 x\\right)"),
        ("x**2 - 3*x/(1+x)", "x^{2} - \\frac{3 x}{1 + x}"),
        ("max(x, 0.1*x)", "\\max\\left(x, 0.1 x\\right)"),
        ("2*3*x", "2 \\cdot 3 x"),
        ("x - (x - 1)", "x - \\left(x - 1\\right)"),
        ("-(x + 1)**2", "-\\left(x + 1\\right)^{2}"),
        ("sqrt(abs(x))", "\\sqrt{\\left|x\\right|}"),
        ("exp(-x)", "e^{-x}"),
        ("alpha*x", "\\alpha x"),
        (
            "leaky_relu(x, negative_slope=0.2)",
            "\\operatorname{leaky_relu}\\left(x, \\text{negative_slope} = 0.2\\right)",
        ),
    ],
)
def test_custom_expression_latex(text: str, expected: str) -> None:
    assert expression_latex(text) == expected


def test_untypesettable_expression_shows_as_text(panel) -> None:  # type: ignore[no-untyped-def]
    assert expression_latex("x[0]") is None
    panel.formula.set_text("f(x) = x[0]")
    _settle()
    assert panel.formula.is_plain()
    _assert_whole(panel, panel.formula, "plain")


def test_the_panel_shows_the_formula_of_the_variant_plotted(qtbot) -> None:  # type: ignore[no-untyped-def]
    """GELU's approximate = none | tanh: the Info panel typesets the chosen variant's
    f and f′ (it showed both, with the choice as a condition; found by a tester), and
    follows a change of the choice."""
    st = ExplorerState()
    c = st.add_curve("gelu")
    st.select(c.uid)
    panel = InfoPanel(st)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    _settle()
    assert panel.formula.latex() == r"f(x) = x \Phi(x)"
    assert "approximate" not in panel.derivative.latex() and "tanh" not in panel.derivative.latex()
    st.set_params(c.uid, {"approximate": "tanh"})
    _settle()
    assert panel.formula.latex().startswith(r"f(x) = \frac{x}{2}\left(1 + \tanh")
    assert "Phi" not in panel.formula.latex() and "approximate" not in panel.derivative.latex()
