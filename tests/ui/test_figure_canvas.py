"""A figure's canvas, built held and sized once, draws what a canvas laid out in the
open draws; rows rearranged in place share the height as before."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QApplication

from actgui.core.state import ExplorerState
from actgui.ui.app import ensure_app

if TYPE_CHECKING:
    from actgui.ui.plot_canvas import PlotCanvas

FIVE = ["sigmoid", "tanh", "relu", "leaky_relu", "elu"]


def _state(**options: bool) -> ExplorerState:
    st = ExplorerState()
    for fid in FIVE:
        st.add_curve(fid)
    st.rows = [True, True, True]
    st.select(st.curves[2].uid)  # a selected curve: drawn live on a window's canvas
    for name, on in options.items():
        st.set_option(name, on)
    return st


def _picture(canvas: PlotCanvas, width: int, height: int) -> bytes:
    view = canvas.layout_widget
    img = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(QColor(canvas.theme["background"]))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    source = view.mapToScene(view.viewport().rect()).boundingRect()
    view.scene().render(p, QRectF(0, 0, width, height), source)
    p.end()
    return bytes(img.constBits())


def _laid_out_in_the_open(state: ExplorerState, width: int, height: int, style: str) -> PlotCanvas:
    """A canvas built at its default size and laid out again at the figure's, as
    figures were made before they were built held."""
    from actgui.ui.plot_canvas import PlotCanvas

    canvas = PlotCanvas(
        state, publication=style == "publication", follow_app_theme=False, list_hidden=False
    )
    canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    canvas.layout_widget.viewport().setUpdatesEnabled(False)
    canvas.resize(width, height)
    canvas.show()
    for _ in range(3):
        QApplication.processEvents()
    canvas.flush_view()
    canvas.set_live(None)
    canvas.fit_axes()
    canvas.update_overlaps()
    QApplication.processEvents()
    return canvas


@pytest.mark.parametrize(
    ("options", "style"),
    [
        ({}, "publication"),
        ({"legend": False, "shade_dead": True}, "screen"),
        ({"overlay": True}, "screen"),
    ],
)
def test_figure_draws_what_a_canvas_laid_out_in_the_open_draws(
    qtbot: Any, options: dict[str, bool], style: str
) -> None:
    ensure_app()
    from actgui.ui.figure import Figure

    state = _state(**options)
    w, h = 900, 640
    with Figure(state, w, h, style=style) as fig:
        assert fig.canvas._live_uid is None  # the selected curve is in the layers
        mine = _picture(fig.canvas, w, h)
    other = _laid_out_in_the_open(state, w, h, style)
    qtbot.addWidget(other)
    try:
        assert _picture(other, w, h) == mine
    finally:
        other.dispose()


def test_rearranged_rows_share_the_height(qtbot: Any) -> None:
    """Rows moved between cells (not taken out and put back) still share the height:
    the axes' titles move with the last row before the rows are shared."""
    ensure_app()
    from actgui.ui.plot_canvas import PlotCanvas

    st = ExplorerState()
    for fid in FIVE[:3]:
        st.add_curve(fid)
    canvas = PlotCanvas(st)
    qtbot.addWidget(canvas)
    canvas.resize(900, 700)
    canvas.show()

    def heights() -> list[float]:
        QApplication.processEvents()
        shown = [p for p in canvas.plots if p.isVisible()]
        return [p.getViewBox().sceneBoundingRect().height() for p in shown]

    steps = [
        lambda: st.set_row_visible(2, True),
        lambda: st.set_option("overlay", True),
        lambda: st.set_option("overlay", False),
        lambda: st.set_option("legend", False),
        lambda: st.set_option("legend", True),
        lambda: st.set_row_visible(0, False),
        lambda: st.set_row_visible(0, True),
    ]
    for step in steps:
        step()
        got = heights()
        assert max(got) - min(got) <= 2, got
        assert canvas.legend.isVisible() == st.legend
    # every plot on screen has its own row, in order, below the legend
    ci = canvas.layout_widget.ci
    first = 1 if canvas.legend.isVisible() else 0
    shown = [p for p in canvas.plots if p.isVisible()]
    assert [ci.getItem(first + i, 0) for i in range(len(shown))] == shown
    canvas.dispose()


def test_thin_paths_draw_the_same_line_with_fewer_points(qtbot: Any) -> None:
    """Vector output writes flat stretches with their ends and one inner sample: the
    same strokes (pixel for pixel), not 2,000 number pairs for ReLU's f′."""
    ensure_app()
    import numpy as np
    from PySide6.QtGui import QPen, QTransform

    from actgui.ui.curve_layer import _path

    x = np.linspace(-6.0, 6.0, 2000)
    y = np.where(x > 0, 1.0, 0.0)  # ReLU's f′: two flat stretches
    y[700:710] = np.nan  # a gap: the stretch on each side stays apart
    full, thin = _path(x, y, False), _path(x, y, True)
    assert thin.elementCount() < 30 and full.elementCount() > 1900
    assert len(thin.toSubpathPolygons()) == len(full.toSubpathPolygons()) == 2

    def pixels(path: QPainterPath) -> bytes:
        img = QImage(640, 240, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(0)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor("#4e79a7"), 2.4))
        p.drawPath(QTransform(50.0, 0, 0, -100.0, 320.0, 170.0).map(path))
        p.end()
        return bytes(img.constBits())

    assert pixels(thin) == pixels(full)
    # x not increasing: the samples are not a stretch of one line; nothing dropped
    back = np.array([0.0, 2.0, 1.0, 3.0, 4.0])
    assert _path(back, np.zeros(5), True).elementCount() == 5
