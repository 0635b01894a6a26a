"""Coinciding curves stay visible whichever curve is selected: the selected curve,
drawn above the others, is dashed where it lies on them, in the window, in
``actgui screenshot`` (the same window) and in exported figures."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from actgui.core.state import ExplorerState
from actgui.ui.app import ensure_app

from .helpers import settle as _settle


def _relu_family() -> ExplorerState:
    st = ExplorerState()
    for fid in ("relu", "leaky_relu", "elu"):
        st.add_curve(fid)
    st.select(st.curves[0].uid)  # ReLU: first, selected, drawn on top
    return st


def _seen(img: QImage, canvas, color: str) -> int:  # type: ignore[no-untyped-def]
    """Points of y = x (x in 1..5) where ``color`` shows on the f row."""
    vb = canvas.plots[0].getViewBox()
    want = QColor(color)
    seen = 0
    for x in np.linspace(1.0, 5.0, 400):
        p = canvas.layout_widget.mapFromScene(vb.mapViewToScene(QPointF(x, x)))
        for dy in (-1, 0, 1):
            c = img.pixelColor(p.x(), p.y() + dy)
            if (
                abs(c.red() - want.red())
                + abs(c.green() - want.green())
                + abs(c.blue() - want.blue())
                < 90
            ):
                seen += 1
                break
    return seen


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    ensure_app()
    from actgui.ui.main_window import MainWindow

    win = MainWindow(_relu_family())
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    _settle()
    win.canvas.flush_view()
    _settle()
    return win


def test_curves_under_the_selected_one_show_through(window) -> None:  # type: ignore[no-untyped-def]
    canvas, state = window.canvas, window.state
    relu, leaky, elu = (c.uid for c in state.curves)
    assert canvas._live_uid == relu
    assert canvas._live_dash[0].isVisible()  # ReLU dashed over Leaky ReLU and ELU on x > 0
    x, y = canvas.plotted(relu, 0)
    assert np.allclose(y, np.maximum(x, 0))  # the whole curve, solid and dashed parts
    img = canvas.layout_widget.grab().toImage()
    for uid in (leaky, elu):
        assert _seen(img, canvas, state.curve(uid).color) >= 20, state.curve(uid).function_id
    # another selection: the dashes follow it, and the first curve is solid again
    state.select(elu)
    _settle()
    assert canvas._live_uid == elu and canvas._live_dash[0].isVisible()
    assert canvas._layers[0].dash_pattern((relu, 0)) is None
    img = canvas.layout_widget.grab().toImage()
    for uid in (relu, leaky):
        assert _seen(img, canvas, state.curve(uid).color) >= 20, state.curve(uid).function_id


def test_the_screenshot_dashes_the_selected_curve(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from actgui.ui import app, main_window

    windows = []

    original = main_window.MainWindow

    class Keep(original):  # type: ignore[misc, valid-type]
        def close(self) -> bool:  # keep it for a look after the PNG is written
            windows.append(self)
            return True

    main_window.MainWindow = Keep
    try:
        app.screenshot(str(tmp_path / "shot.png"), 1280, 800, _relu_family())
    finally:
        main_window.MainWindow = original
    [win] = windows
    img = QImage(str(tmp_path / "shot.png"))
    canvas = win.canvas
    top_left = canvas.layout_widget.mapTo(win, canvas.layout_widget.rect().topLeft())
    img = img.copy(
        top_left.x(), top_left.y(), canvas.layout_widget.width(), canvas.layout_widget.height()
    )
    for c in win.state.curves[1:]:
        assert _seen(img, canvas, c.color) >= 20, c.function_id
    win.deleteLater()


def test_exported_figures_dash_coinciding_curves() -> None:
    from actgui.ui.figure import Figure

    state = _relu_family()
    with Figure(state, 800, 500) as fig:
        layer = fig.canvas._layers[0]
        leaky, elu = (c.uid for c in state.curves[1:])
        assert layer.dash_pattern((leaky, 0)) is not None
        assert layer.dash_pattern((elu, 0)) is not None
        img = fig.image()
        for c in state.curves:
            assert _seen(img, fig.canvas, c.color) >= 20, c.function_id


def test_the_selected_curve_takes_its_colour_in_every_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Selecting a curve whose f lies on another one (SiLU on ReLU's x > 0 line) draws
    all its rows in its own colour: f′ stayed in the previously selected curve's
    colour (found by a tester)."""
    from actgui.ui.plot_canvas import PlotCanvas

    ensure_app()
    st = ExplorerState.first_launch()  # sigmoid, tanh, relu, leaky_relu, elu
    st.set_row_visible(2, True)
    canvas = PlotCanvas(st)
    qtbot.addWidget(canvas)
    canvas.resize(900, 700)
    canvas.show()
    _settle()
    tanh = next(c for c in st.curves if c.function_id == "tanh")
    st.select(tanh.uid)
    _settle()
    silu = st.add_curve("silu")
    st.select(silu.uid)
    canvas.update_overlaps()
    _settle()
    assert canvas._live_dashed(0), "SiLU's f should lie on ReLU's for x > 0 (dashed there)"
    want = QColor(silu.color).name()
    assert [item.opts["pen"].color().name() for item in canvas._live] == [want] * 3
