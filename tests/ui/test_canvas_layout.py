"""The canvas: legend never over data, clickable legend, crosshair dots, axes, overlay."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from actgui.core import catalog, session
from actgui.core.state import ExplorerState
from actgui.ui.app import ensure_app
from actgui.ui.axis import MINUS, format_ticks, nice_ticks

EIGHT = Path("/work/wt/briefs/eight.actgui.json")


def _eight() -> ExplorerState:
    """The eight-curve session of the issue (long labels, twins), or one like it."""
    if EIGHT.exists():
        return session.load(EIGHT)
    st = ExplorerState.first_launch()
    st.add_curve("log_sigmoid")
    st.add_curve("gelu", {"approximate": "tanh"})
    st.add_curve("leaky_relu", {"negative_slope": 0.83})
    return st


def _settle(qtbot, canvas) -> None:  # type: ignore[no-untyped-def]
    canvas.flush_view()
    qtbot.wait(30)
    canvas.flush_view()


@pytest.fixture
def make_window(qtbot):  # type: ignore[no-untyped-def]
    ensure_app()
    from actgui.ui.main_window import MainWindow

    made = []

    def make(state: ExplorerState, width: int, height: int, theme: str = "light"):  # type: ignore[no-untyped-def]
        win = MainWindow(state)
        qtbot.addWidget(win)
        win.resize(width, height)
        win.show()
        qtbot.waitExposed(win)
        if theme != "light":
            win.set_theme(theme)
        _settle(qtbot, win.canvas)
        made.append(win)
        return win

    yield make
    from PySide6.QtWidgets import QApplication

    from actgui.ui import theme as themes

    themes.apply(QApplication.instance(), "light")


@pytest.mark.parametrize("size", [(1088, 680), (1280, 800), (1920, 1080)])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_legend_covers_no_data(make_window, qtbot, size, theme) -> None:  # type: ignore[no-untyped-def]
    state = _eight()
    win = make_window(state, *size, theme)
    canvas = win.canvas
    rect = canvas.legend_rect_in_scene()
    assert not rect.isEmpty()
    assert len(canvas.legend.entries) == len(state.curves)
    assert canvas.points_under_legend() == 0
    # and with f'' on, and after zooming into the middle
    state.set_row_visible(2, True)
    _settle(qtbot, canvas)
    assert canvas.points_under_legend() == 0
    canvas.plots[0].setXRange(-1.5, 1.0, padding=0)
    _settle(qtbot, canvas)
    assert canvas.points_under_legend() == 0
    # its rectangle lies outside every plot's view box
    for plot in canvas.plots:
        if plot.isVisible():
            assert not plot.getViewBox().sceneBoundingRect().intersects(rect)


def test_legend_text_visible_after_theme_switch(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window(ExplorerState.first_launch(), 1280, 800)
    win.set_theme("dark")
    qtbot.wait(20)
    bg = win.canvas.layout_widget.backgroundBrush().color()
    fg = win.canvas.legend.text_color
    assert abs(fg.lightness() - bg.lightness()) > 120
    # the legend's pixels hold light text on the dark background
    img = win.canvas.layout_widget.grab().toImage()
    rect = win.canvas.layout_widget.mapFromScene(win.canvas.legend_rect_in_scene()).boundingRect()
    light = 0
    for x in range(rect.left(), rect.right(), 2):
        for y in range(rect.top(), rect.bottom(), 2):
            if img.pixelColor(x, y).lightness() > 170:
                light += 1
    assert light > 30
    win.set_theme("light")
    assert win.canvas.legend.text_color.lightness() < 100


def test_clicking_a_legend_entry_hides_and_shows_the_curve(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    state = ExplorerState.first_launch()
    win = make_window(state, 1280, 800)
    canvas = win.canvas
    relu = state.curves_of("relu")[0]
    view = canvas.layout_widget
    entry_rect = next(r for e, r in canvas.legend.entry_rects() if e.uid == relu.uid)
    pos = view.mapFromScene(canvas.legend.mapToScene(entry_rect.center()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert not state.curve(relu.uid).visible
    assert not canvas.is_drawn(relu.uid, 0)
    entry = next(e for e in canvas.legend.entries if e.uid == relu.uid)
    assert not entry.visible  # still listed, greyed
    assert len(canvas.legend.entries) == len(state.curves)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert state.curve(relu.uid).visible and canvas.is_drawn(relu.uid, 0)


def test_hidden_curve_not_fitted(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    state = ExplorerState.first_launch()
    exp = state.add_curve("exponential")
    win = make_window(state, 1280, 800)
    uid = exp.uid
    top = win.canvas.plots[0].getViewBox().viewRange()[1][1]
    assert top > 300  # e^6
    state.set_curve_visible(uid, False)
    win.canvas.fit_y(force=True)
    assert win.canvas.plots[0].getViewBox().viewRange()[1][1] < 10


def test_markers_sit_on_every_visible_curve(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    state = ExplorerState.first_launch()
    state.set_row_visible(2, True)
    win = make_window(state, 1280, 800)
    canvas = win.canvas
    repaints = [layer._version for layer in canvas._layers]
    canvas.set_cursor(0.7)
    for order in (0, 1, 2):
        xs, ys = canvas.markers(order)
        want = sorted(
            float(catalog.evaluate(c.function_id, [0.7], c.params, order)[0]) for c in state.curves
        )
        assert np.allclose(xs, 0.7)
        assert np.allclose(sorted(ys), want)
    canvas.set_cursor(-2.5)
    qtbot.wait(20)
    # the cached layers were not re-rendered by the cursor
    assert [layer._version for layer in canvas._layers] == repaints
    # hidden curves get no dot
    state.set_curve_visible(state.curves[0].uid, False)
    assert len(canvas.markers(0)[0]) == len(state.curves) - 1
    canvas.set_cursor(math.nan)
    assert len(canvas.markers(0)[0]) == 0


def test_ticks_density_ends_and_minus() -> None:
    step, values = nice_ticks(-6, 6, 600, horizontal=True, prefer_ends=True)
    assert values[0] == -6 and values[-1] == 6
    step, values = nice_ticks(-10, 10, 600, horizontal=True, prefer_ends=True)
    assert step in (2, 5) and 5 <= len(values) <= 11
    step, values = nice_ticks(-3, 10, 250, horizontal=False)
    assert len(values) >= 5
    labels = format_ticks([-2.0, 0.0, 2.0], 2.0)
    assert labels == [MINUS + "2", "0", "2"] and "-" not in "".join(labels)
    big = format_ticks([0.0, 1e8, 2e8], 1e8)
    assert big[-1] == "2×10⁸" and "e+" not in "".join(big)
    # 1/x's f' spans ~1e12: several ticks, not one
    step, values = nice_ticks(-1e12, -1.0, 200, horizontal=False)
    assert len(values) >= 3


def test_window_axes_label_both_ends(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = make_window(ExplorerState.first_launch(), 1280, 800)
    canvas = win.canvas
    bottom = canvas.plots[1].getAxis("bottom")
    canvas.layout_widget.grab()  # paint: the axis generates its labels
    assert bottom.last_strings[0] == MINUS + "6" and bottom.last_strings[-1] == "6"
    from PySide6.QtGui import QImage, QPainter

    img = QImage(10, 10, QImage.Format.Format_ARGB32)
    p = QPainter(img)
    specs = bottom.generateDrawSpecs(p)
    p.end()
    texts = [t for _r, _f, t in specs[2]]
    assert MINUS + "6" in texts and "6" in texts
    # left axes of all rows share one width
    widths = {p.getAxis("left").width() for p in canvas.plots if p.isVisible()}
    assert len(widths) == 1


def test_overlay_labels_and_rows(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    state = ExplorerState.first_launch()
    win = make_window(state, 1280, 800)
    canvas = win.canvas
    state.set_option("overlay", True)
    assert "f′" in canvas.plots[0].getAxis("left").labelText
    assert not canvas.plots[1].isVisible()  # f′ is on the f plot now
    assert state.rows[1]  # the user's choice is kept
    texts = [e.text for e in canvas.legend.entries if e.uid is None]
    assert texts == ["f", "f′", "f″"]
    styles = [e.pen.style() for e in canvas.legend.entries if e.uid is None]
    assert styles == [Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine]
    state.set_option("overlay", False)
    assert canvas.plots[1].isVisible()
    assert canvas.plots[0].getAxis("left").labelText == "f(x)"


def test_relu_shows_under_leaky_relu_and_elu(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    state = ExplorerState.first_launch()
    win = make_window(state, 1280, 800)
    canvas = win.canvas
    state.select(state.curves_of("sigmoid")[0].uid)
    qtbot.wait(20)
    relu = state.curves_of("relu")[0].uid
    leaky = state.curves_of("leaky_relu")[0].uid
    elu = state.curves_of("elu")[0].uid
    layer = canvas._layers[0]
    assert layer.dash_pattern((leaky, 0)) is not None  # over ReLU on x > 0: dashed there
    assert layer.dash_pattern((elu, 0)) not in (None, layer.dash_pattern((leaky, 0)))
    # ReLU's colour is seen on x > 0
    img = canvas.layout_widget.grab().toImage()
    vb = canvas.plots[0].getViewBox()
    want = state.curve(relu).color.lower()
    seen = 0
    for x in np.linspace(1.0, 5.0, 400):
        p = canvas.layout_widget.mapFromScene(vb.mapViewToScene(QPointF(x, x)))
        for dy in (-1, 0, 1):
            c = img.pixelColor(p.x(), p.y() + dy)
            from PySide6.QtGui import QColor

            w = QColor(want)
            if abs(c.red() - w.red()) + abs(c.green() - w.green()) + abs(c.blue() - w.blue()) < 90:
                seen += 1
                break
    assert seen >= 80, seen  # a fifth of the points (the bound of 8 in 40 before), in the dash gaps
