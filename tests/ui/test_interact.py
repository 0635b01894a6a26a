"""Issue 13: pick and hover, comparisons, parameter families, animation, export preview."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtWidgets import QApplication

from actgui.core import catalog, export_data
from actgui.core.state import ExplorerState
from actgui.ui import theme
from actgui.ui.plot_canvas import COMPARE_ROW, PlotCanvas


@pytest.fixture
def canvas(qtbot):  # type: ignore[no-untyped-def]
    st = ExplorerState()
    for fid in ("relu", "tanh", "sigmoid"):
        st.add_curve(fid)
    st.select(st.curves[0].uid)
    c = PlotCanvas(st)
    qtbot.addWidget(c)
    c.resize(900, 700)
    c.show()
    qtbot.waitExposed(c)
    QApplication.processEvents()
    return c


def _click(canvas: PlotCanvas, pos: QPointF) -> None:
    from PySide6.QtTest import QTest

    view = canvas.layout_widget
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(pos))
    QApplication.processEvents()


def test_hover_names_the_nearest_curve_and_a_click_selects_it(canvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    st = canvas.state
    relu, tanh, sigmoid = st.curves
    for c, x in ((tanh, -2.5), (sigmoid, 3.0), (relu, 4.0)):
        pos = canvas.scene_point(c.uid, 0, x)
        assert canvas.pick(pos) == (c.uid, 0)
        canvas.hover_at(pos + QPointF(0, 3))  # a few pixels off the line still counts
        assert canvas.hovered == (c.uid, 0)
        assert canvas.hover_text.startswith(st.label_of(c) + "\n")
        value = catalog.evaluate(c.function_id, [x], c.params)[0]
        assert f"f(x) = {value:.4g}"[:12] in canvas.hover_text or "f(x) =" in canvas.hover_text
        assert canvas._hover_items[0].isVisible()
    # far from every curve: nothing
    vb = canvas.plots[0].getViewBox()
    far = vb.mapViewToScene(QPointF(-5.0, 5.0))
    assert canvas.pick(far) is None
    canvas.hover_at(far)
    assert canvas.hovered is None and canvas.hover_text == ""
    # a click on tanh selects it (Parameters and Info follow the state) and draws it on top
    _click(canvas, canvas.scene_point(tanh.uid, 0, -2.5))
    assert st.selected == tanh.uid
    assert canvas._live_uid == tanh.uid
    # f′ row too
    pos = canvas.scene_point(sigmoid.uid, 1, 0.0)
    assert canvas.pick(pos) == (sigmoid.uid, 1)


def test_a_click_right_on_the_line_selects_it_under_the_crosshair_dot(canvas) -> None:  # type: ignore[no-untyped-def]
    """The crosshair follows the pointer, so its dot on the curve lies under the click:
    the dot must not take the click for itself."""
    st = canvas.state
    relu, tanh, _sigmoid = st.curves
    assert st.selected == relu.uid
    for order in (0, 1):
        st.select(relu.uid)
        canvas.set_cursor(-0.8)  # what moving the mouse there does
        _click(canvas, canvas.scene_point(tanh.uid, order, -0.8))
        assert st.selected == tanh.uid, order


def test_the_hover_ends_when_the_pointer_leaves_the_plots(canvas) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent

    st = canvas.state
    tanh = st.curves[1]
    canvas.hover_at(canvas.scene_point(tanh.uid, 0, -2.5))
    assert canvas.hovered == (tanh.uid, 0) and canvas._hover_items[0].isVisible()
    QApplication.sendEvent(canvas.layout_widget.viewport(), QEvent(QEvent.Type.Leave))
    assert canvas.hovered is None and not canvas._hover_items[0].isVisible()


def test_comparison_row_draws_the_core_difference(canvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    st = canvas.state
    st.set_row_visible(1, False)
    a = st.add_curve("gelu")
    b = st.add_curve("gelu", {"approximate": "tanh"})
    k = st.add_compare(a.uid, b.uid)
    assert canvas.plots[COMPARE_ROW].isVisible()
    x, y = canvas.plotted(k.uid, 0)
    want = catalog.evaluate("gelu", x, a.params) - catalog.evaluate("gelu", x, b.params)
    np.testing.assert_array_equal(y, want)
    # its y axis is its own: the difference (~1e-4) fills the row
    lo, hi = canvas.plots[COMPARE_ROW].getViewBox().viewRange()[1]
    assert hi - lo < 1e-2
    # hover and readout like any curve
    pos = canvas.scene_point(k.uid, 0, -1.2)
    assert canvas.pick(pos) == (k.uid, 0)
    canvas.set_cursor(-1.2)
    _xs, ys = canvas.markers(COMPARE_ROW)
    assert ys.size == 1 and ys[0] == pytest.approx(st.readout(-1.2)[-1][1])
    # an edit of b moves the difference
    st.set_param(b.uid, "approximate", "none")
    np.testing.assert_array_equal(canvas.plotted(k.uid, 0)[1], 0.0)
    # export: its columns follow the curves'
    header, data = export_data.table(export_data.state_curves(st), x[:50], (0,))
    assert header[-1] == "diff(gelu, gelu)"
    np.testing.assert_array_equal(data[:, -1], 0.0)
    # hidden: the row goes
    st.set_curve_visible(k.uid, False)
    assert not canvas.plots[COMPARE_ROW].isVisible()
    st.set_curve_visible(k.uid, True)
    st.remove_curve(a.uid)
    assert not st.compares and not canvas.plots[COMPARE_ROW].isVisible()


def test_sweep_makes_n_curves_with_the_requested_values_and_one_legend_entry(canvas) -> None:  # type: ignore[no-untyped-def]
    st = canvas.state
    lr = st.add_curve("leaky_relu")
    members = st.add_sweep(lr.uid, "negative_slope", 0.05, 0.25, 5)
    assert [m.params["negative_slope"] for m in members] == [0.05, 0.1, 0.15, 0.2, 0.25]
    for m in members:
        x, y = canvas.plotted(m.uid, 0)
        np.testing.assert_array_equal(y, catalog.evaluate("leaky_relu", x, m.params))
    entries = [e for e in canvas.legend.entries if e.colors]
    assert len(entries) == 1 and len(entries[0].colors) == 5
    assert entries[0].colors == tuple(m.color for m in members)
    assert len(canvas.legend.entries) == 3 + 1
    # a click on the entry hides the family
    canvas._toggle_curve(entries[0].uid, False)
    assert not any(m.visible for m in members)
    canvas._toggle_curve(entries[0].uid, True)
    assert all(m.visible for m in members)


def test_sweep_and_compare_dialogs(qtbot) -> None:  # type: ignore[no-untyped-def]
    from actgui.ui.families import CompareDialog, SweepDialog

    st = ExplorerState()
    elu = st.add_curve("elu")
    st.add_curve("relu")
    d = SweepDialog(st, elu.uid)
    qtbot.addWidget(d)
    d.lo.setValue(0.1)
    d.hi.setValue(10)
    d.count.setValue(3)
    d.log.setChecked(True)
    assert d.apply()
    assert [c.params["alpha"] for c in st.curves if c.group] == [0.1, 1.0, 10.0]
    c = CompareDialog(st)
    qtbot.addWidget(c)
    c.b.setCurrentIndex(c.a.currentIndex())
    assert not c.apply() and c.error.text()
    c.b.setCurrentIndex((c.a.currentIndex() + 1) % c.b.count())
    c.mode.setCurrentIndex(c.mode.findData("ratio"))
    assert c.apply()
    assert st.compares[0].mode == "ratio"
    for w in (d, c):
        QApplication.sendEvent(w, QEvent(QEvent.Type.LanguageChange))


def test_play_runs_the_parameter_to_both_ends_and_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    lr = st.curves_of("leaky_relu")[0]
    st.select(lr.uid)
    editor = window.parameter_editor
    ed = editor.editors["negative_slope"]
    ed.play.click()
    assert editor.animating == "negative_slope"
    seen = []
    for _ in range(400):
        editor.animation_step(0.05)
        seen.append(st.curve(lr.uid).params["negative_slope"])
    assert min(seen) == 0.0 and max(seen) == 1.0
    top = seen.index(1.0)
    assert seen[top + 1] < 1.0  # and back
    # the speed doubles the step
    editor.speed_combo.setCurrentIndex(editor.speed_combo.findData(2.0))
    a = st.curve(lr.uid).params["negative_slope"]
    editor.animation_step(0.05)
    b = st.curve(lr.uid).params["negative_slope"]
    assert abs(b - a) == pytest.approx(0.05 * 2 / 4.0, abs=1e-9)
    ed.play.click()
    assert editor.animating is None
    # the timer drives it too
    ed.play.click()
    before = st.curve(lr.uid).params["negative_slope"]
    qtbot.waitUntil(lambda: st.curve(lr.uid).params["negative_slope"] != before, timeout=2000)
    st.select(st.curves[0].uid)  # another curve: the animation stops
    assert editor.animating is None


def test_new_widgets_retranslate_and_follow_the_theme(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A language switch sends LanguageChange: every new text is set again through tr()."""
    editor = window.parameter_editor
    st = window.state
    st.select(st.curves_of("leaky_relu")[0].uid)
    ed = editor.editors["negative_slope"]
    actions = window.family_actions
    for obj in (editor, ed, actions):
        obj.tr = lambda text, *a: "«" + text + "»"  # type: ignore[method-assign]
    for target in (editor, ed, window):
        QApplication.sendEvent(target, QEvent(QEvent.Type.LanguageChange))
    assert editor.sweep_button.text() == "«Sweep…»"
    assert editor.speed_label.text() == "«Speed»"
    assert actions.act_compare.text() == "«Compare two curves…»"
    assert ed.play.toolTip().startswith("«Play")
    app = QApplication.instance()
    try:
        theme.apply(app, "dark")
        qtbot.waitUntil(lambda: window.canvas.theme_name == "dark")
        assert window.canvas.legend.text_color.lightness() > 128
    finally:
        theme.apply(app, "light")


def test_export_preview_follows_the_state_and_names_the_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    from actgui.ui.export_dialog import ExportDialog

    st = ExplorerState.first_launch()
    d = ExportDialog(st)
    qtbot.addWidget(d)
    d.format.setCurrentIndex(d.format.findData(".png"))
    assert d.preview_caption.text().endswith("rows: f, f′")
    st.set_row_visible(2, True)
    k = st.add_compare(st.curves[0].uid, st.curves[1].uid)
    assert d.preview_caption.text().endswith("rows: f, f′, f″, a − b")
    d.show()
    qtbot.waitExposed(d)
    st.set_compare_mode(k.uid, "ratio")
    qtbot.waitUntil(lambda: not d.preview.pixmap().isNull(), timeout=5000)
    assert d.preview_caption.text().endswith("a / b")
    d.reject()
    assert not d.subscription.active
    assert d._state_changed not in st._listeners


def test_points_under_counts_curves_with_infinite_values_quietly(canvas) -> None:  # type: ignore[no-untyped-def]
    """A comparison's ratio can overflow to inf: counting the points under a panel
    (presentation's overlay, the legend) skips such points and raises no
    RuntimeWarning (the monkey test found inf times the transform's zero term)."""
    from actgui.core.state import Samples

    st = canvas.state
    relu = st.curves[0]
    QApplication.processEvents()
    everything = canvas.layout_widget.sceneRect()
    before = canvas.points_under(everything)
    s = canvas._samples[relu.uid]
    y = s.y.copy()
    y[0, ::2] = np.inf  # as a ratio's overflow would give
    canvas._samples[relu.uid] = Samples(s.x, y)
    after = canvas.points_under(everything)  # warnings are errors in this suite
    assert 0 < after < before
    # x out to 1e308 (the monkey's extreme ranges): pixel coordinates overflow
    x = s.x.copy()
    x[1::2] = np.linspace(1e300, 1.7e308, x[1::2].size)
    canvas._samples[relu.uid] = Samples(x, s.y)
    assert 0 < canvas.points_under(everything) < before
