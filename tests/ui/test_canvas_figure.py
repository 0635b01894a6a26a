"""Figures' legend (publication style) and the canvas' language switch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from actgui.core.state import ExplorerState
from actgui.ui.app import ensure_app

SPECS = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu"]


def _state() -> ExplorerState:
    st = ExplorerState()
    for fid in SPECS:
        st.add_curve(fid)
    st.set_param(st.curves_of("leaky_relu")[0].uid, "negative_slope", 0.2)
    st.set_row_visible(2, True)
    return st


def test_publication_legend_size_columns_and_no_band(qtbot) -> None:  # type: ignore[no-untyped-def]
    ensure_app()
    from actgui.ui.figure import Figure

    with Figure(_state(), 1000, 700, style="publication") as fig:
        canvas = fig.canvas
        tick = canvas.plots[0].getAxis("left").style["tickFont"]
        assert canvas.legend._font.pointSizeF() == tick.pointSizeF()
        rects = [r for e, r in canvas.legend.entry_rects() if e.uid is not None]
        assert len({round(r.left(), 3) for r in rects}) >= 2  # side by side, not one list
        if len({round(r.top(), 3) for r in rects}) > 1:
            assert len({round(r.width(), 3) for r in rects}) == 1  # rows: even columns
        legend = canvas.legend_rect_in_scene()
        first = canvas.plots[0].sceneBoundingRect()
        assert legend.top() < 12  # no band above
        assert 0 <= first.top() - legend.bottom() < 16  # and none between legend and plot
        assert canvas.points_under_legend() == 0


def test_figure_axes_fit_large_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    """exponential on [0, 20]: 4×10⁸-style labels, and room for them before the title."""
    ensure_app()
    from actgui.ui.figure import Figure

    st = ExplorerState()
    st.add_curve("exponential")
    st.set_x_range(0, 20)
    with Figure(st, 700, 450) as fig:
        axis = fig.canvas.plots[0].getAxis("left")
        assert any("×10" in s for s in axis.last_strings)
        assert not any("e+" in s for s in axis.last_strings)
        from PySide6.QtGui import QFontMetricsF

        fm = QFontMetricsF(axis.style["tickFont"])
        widest = max(fm.horizontalAdvance(s) for s in axis.last_strings)
        label_h = axis.label.boundingRect().height() * 0.8
        assert axis.width() >= widest + label_h


def test_legend_tooltip_follows_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    ensure_app()
    from actgui.ui import i18n
    from actgui.ui.plot_canvas import PlotCanvas

    canvas = PlotCanvas(ExplorerState.first_launch())
    qtbot.addWidget(canvas)
    canvas.show()
    english = canvas.legend.toolTip()
    assert english.startswith("Click")
    try:
        i18n.install("zh_CN")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        want = QCoreApplication.translate(
            "CanvasLegend", "Click an entry to hide or show its curve"
        )
        assert want != english  # the translation exists: the check below can fail
        assert canvas.legend.toolTip() == want
    finally:
        i18n.install("en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert canvas.legend.toolTip() == english
    canvas.dispose()


def test_legend_columns_fit_the_width() -> None:
    """Even columns unless columns as wide as their own entries save more than a row."""
    from actgui.ui.canvas_legend import _columns

    assert _columns([100.0] * 6, 700) == (1, [100.0] * 6)
    assert _columns([100.0] * 6, 350) == (2, [100.0] * 3)
    # two columns fit only with their own widths (the window at 1088 px, eight curves)
    widths = [80.0, 60.0, 60.0, 260.0, 50.0, 100.0, 250.0, 190.0]
    assert _columns(widths, 515) == (4, [260.0, 250.0])
    assert _columns(widths, 200) == (8, [200.0])
    # even (3 rows) rather than uneven (2 rows): one row more buys aligned columns
    eight = [60.0, 40.0, 40.0, 260.0, 35.0, 85.0, 230.0, 165.0]
    assert _columns(eight, 900) == (3, [260.0] * 3)
    # the window keeps the height: uneven columns when even ones cost a row
    assert _columns(eight, 900, even_cost=0) == (2, [60.0, 260.0, 85.0, 230.0])


def test_a_figure_leaves_hidden_curves_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Hidden in the window (legend click): not drawn and not listed in an exported figure."""
    ensure_app()
    from actgui.ui.figure import Figure

    st = _state()
    tanh = st.curves_of("tanh")[0].uid
    st.set_curve_visible(tanh, False)
    with Figure(st, 1000, 700, style="publication") as fig:
        listed = [e.uid for e in fig.canvas.legend.entries if e.uid is not None]
        assert tanh not in listed and len(listed) == len(SPECS) - 1
        for layer in fig.canvas._layers:
            assert all(key[0] != tanh for key in layer.keys())


def test_a_png_at_twice_the_scale_has_lines_twice_as_thick() -> None:
    """A PNG at --scale 2 is the figure at twice the size, its lines too: the curves'
    and the axes' pens are cosmetic, and were left as thin as at scale 1 (found by a
    tester: hairlines at 2x)."""
    from PySide6.QtGui import QColor

    from actgui.ui.figure import Figure

    ensure_app()
    st = ExplorerState()
    st.add_curve("relu")
    blue = QColor(st.curves[0].color)

    def thickness(scale: float) -> int:
        """ReLU's f = 0 line at x = -3 (a quarter of the way in): its pixels, top to bottom."""
        with Figure(st, 600, 400, style="publication") as fig:
            img = fig.image(scale)
            vb = fig.canvas.plots[0].getViewBox()
            from PySide6.QtCore import QPointF

            p = fig.canvas.layout_widget.mapFromScene(vb.mapViewToScene(QPointF(-3.0, 0.0)))
        x = round(p.x() * scale)
        near = 0
        for y in range(img.height()):
            c = img.pixelColor(x, y)
            if (
                abs(c.red() - blue.red())
                + abs(c.green() - blue.green())
                + abs(c.blue() - blue.blue())
                < 120
            ):
                near += 1
        return near

    one, two = thickness(1.0), thickness(2.0)
    assert one >= 2 and 1.6 * one <= two <= 2.4 * one, (one, two)
