"""The explorer window driven as a user drives it (offscreen)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from actgui.core import catalog
from actgui.ui.parameter_editor import NumberEditor


def core_arrays(curve, x):  # type: ignore[no-untyped-def]
    act = catalog.get(curve.function_id)
    return [k(np.asarray(x), **curve.params) for k in (act.f, act.df, act.d2f)]


def test_first_launch(window) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    assert [c.function_id for c in st.curves] == ["sigmoid", "tanh", "relu", "leaky_relu", "elu"]
    assert (st.x_min, st.x_max) == (-6.0, 6.0)
    assert st.rows == [True, True, False]
    assert window.canvas.plots[0].isVisible() and window.canvas.plots[1].isVisible()
    assert not window.canvas.plots[2].isVisible()
    lo, hi = window.canvas.plots[0].getViewBox().viewRange()[0]
    assert lo == pytest.approx(-6.0) and hi == pytest.approx(6.0)
    for c in st.curves:
        assert window.function_list.item(c.function_id).checkState(0) == Qt.CheckState.Checked


def test_tick_and_untick(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    item = window.function_list.item("gelu")
    item.setCheckState(0, Qt.CheckState.Checked)
    assert window.state.is_ticked("gelu")
    uid = window.state.curves_of("gelu")[0].uid
    x, y = window.canvas.plotted(uid, 0)
    np.testing.assert_array_equal(y, core_arrays(window.state.curve(uid), x)[0])
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert not window.state.is_ticked("gelu")
    assert not window.canvas.has_curve(uid)


def test_parameter_change_redraws_exactly(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    leaky = st.curves_of("leaky_relu")[0]
    st.select(leaky.uid)
    editor = window.parameter_editor.editors["negative_slope"]
    assert isinstance(editor, NumberEditor)
    editor.spin.setValue(0.2)
    assert leaky.params["negative_slope"] == pytest.approx(0.2)
    st.set_row_visible(2, True)
    for order in range(3):
        x, y = window.canvas.plotted(leaky.uid, order)
        expected = core_arrays(leaky, x)[order]
        # NaN breaks the line at the kink x = 0 in f' and f'' and nowhere else: every
        # other sample is drawn, and drawn exactly (an all-NaN plot fails here)
        gaps = x[np.isnan(y)]
        np.testing.assert_array_equal(gaps, [] if order == 0 else [0.0])
        ok = ~np.isnan(y)
        assert ok.sum() == len(x) - len(gaps) > 1000
        np.testing.assert_array_equal(y[ok], expected[ok])
    # the slider drives the same path
    editor.slider.setValue(500)
    assert leaky.params["negative_slope"] == pytest.approx(0.5)
    assert "negative_slope=0.5" in leaky.label()


def test_spin_box_cannot_hold_rejected_value(window) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    st.set_ticked("isru", True)
    ed = window.parameter_editor.editors["alpha"]
    ed.spin.setValue(0.0)  # (0, 10] is open at 0: the spin box stops above it
    assert st.selected_curve.params["alpha"] > 0
    assert ed.spin.minimum() > 0
    st.set_ticked("hardtanh", True)
    ed_min = window.parameter_editor.editors["min_val"]
    ed_min.spin.setValue(5.0)  # above max_val = 1: refused with a message
    assert st.selected_curve.params["min_val"] == -1.0
    assert "min_val" in window.parameter_editor.message.text()
    assert ed_min.spin.value() == -1.0


def test_choice_parameter_is_a_combo(window) -> None:  # type: ignore[no-untyped-def]
    window.state.set_ticked("gelu", True)
    combo = window.parameter_editor.editors["approximate"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentText("tanh")
    assert window.state.selected_curve.params["approximate"] == "tanh"


def test_add_and_remove_duplicate_curve(window) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    leaky = st.curves_of("leaky_relu")[0]
    st.select(leaky.uid)
    window.parameter_editor.add_button.click()
    assert len(st.curves_of("leaky_relu")) == 2
    second = st.selected_curve
    assert second.uid != leaky.uid and second.color != leaky.color
    window.parameter_editor.editors["negative_slope"].spin.setValue(0.3)
    assert leaky.params["negative_slope"] == 0.01 and second.params["negative_slope"] == 0.3
    labels = [text.text for _s, text in window.canvas.legend.items]
    # copies of one function show all their parameters, so they can be told apart
    assert "Leaky ReLU (negative_slope=0.3)" in labels
    assert "Leaky ReLU (negative_slope=0.01)" in labels
    window.parameter_editor.remove_button.click()
    assert [c.uid for c in st.curves_of("leaky_relu")] == [leaky.uid]
    assert not window.canvas.has_curve(second.uid)


def test_crosshair_readout(window) -> None:  # type: ignore[no-untyped-def]
    window.canvas.set_cursor(0.5)
    rows = window.readout.values()
    assert len(rows) == 5
    sig = next(r for r in rows if r[0] == "Sigmoid")
    s = 1 / (1 + math.exp(-0.5))
    assert float(sig[1]) == pytest.approx(s, rel=1e-9)
    assert float(sig[2]) == pytest.approx(s * (1 - s), rel=1e-9)
    # typed x
    window.readout.entry.setText("-2")
    window.readout.entry.returnPressed.emit()
    relu = next(r for r in window.readout.values() if r[0] == "ReLU")
    assert relu[1:] == ("0", "0", "0")
    window.readout.entry.setText("abc")
    window.readout.entry.returnPressed.emit()
    assert "not a finite number" in window.readout.error.text()


def test_zoom_resamples_visible_range(window) -> None:  # type: ignore[no-untyped-def]
    window.canvas.plots[0].setXRange(-0.01, 0.01, padding=0)
    window.canvas.flush_view()
    relu = window.state.curves_of("relu")[0]
    x, _y = window.canvas.plotted(relu.uid, 0)
    inside = (x >= -0.01) & (x <= 0.01)
    assert inside.sum() >= window.state.points
    assert 0.0 in x  # the kink itself is a sample
    window.state.reset_view()
    lo, hi = window.canvas.plots[0].getViewBox().viewRange()[0]
    assert (lo, hi) == pytest.approx((-6.0, 6.0))


def test_jump_is_not_a_slanted_line(window) -> None:  # type: ignore[no-untyped-def]
    window.state.set_ticked("binary_step", True)
    c = window.state.curves_of("binary_step")[0]
    x, y = window.canvas.plotted(c.uid, 0)
    i = int(np.flatnonzero(x == 0.0)[0])
    assert math.isnan(y[i]) and y[i - 1] == 0.0 and y[i + 1] == 1.0


def test_preset_switch(window) -> None:  # type: ignore[no-untyped-def]
    combo = window.parameter_editor.preset_combo
    combo.setCurrentIndex(combo.findData("keras"))
    leaky = window.state.curves_of("leaky_relu")[0]
    assert leaky.params["negative_slope"] == 0.3
    combo.setCurrentIndex(combo.findData("pytorch"))
    assert leaky.params["negative_slope"] == 0.01


def test_shortcuts(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert st.rows[2] and window.canvas.plots[2].isVisible()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert st.overlay
    window.canvas.plots[0].setXRange(1, 2, padding=0)
    window.canvas.flush_view()
    assert st.view is not None
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert st.view is None


def test_filter(window) -> None:  # type: ignore[no-untyped-def]
    window.function_list.filter_edit.setText("shrink")
    visible = [fid for fid, item in window.function_list._items.items() if not item.isHidden()]
    assert set(visible) == {"hardshrink", "softshrink", "tanhshrink"}


def test_info_panel_follows_selection(window) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    st.set_ticked("gelu", True)
    panel = window.info_panel
    assert panel.title.text() == "GELU"
    assert panel.formula.latex()
    rows = {
        panel.table.item(i, 0).text(): panel.table.item(i, 1).text()
        for i in range(panel.table.rowCount())
    }
    assert rows["range"] == "[-0.169971, ∞)"
    assert "torch.nn.GELU" in panel.code.text()
    panel.copy_torch.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text().startswith("torch.nn.GELU(")


def _pixel_near(image, x: float, y: float, color: str, radius: int = 3) -> bool:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    want = QColor(color)
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            c = image.pixelColor(round(x) + dx, round(y) + dy)
            if (
                abs(c.red() - want.red())
                + abs(c.green() - want.green())
                + abs(c.blue() - want.blue())
                < 60
            ):
                return True
    return False


def test_cached_curves_are_drawn_where_their_data_is(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Unselected curves come from a cached image: check pixels, not only arrays."""
    from PySide6.QtCore import QPointF

    st = window.state
    canvas = window.canvas
    st.select(st.curves_of("sigmoid")[0].uid)  # tanh and ELU are in the cache
    qtbot.wait(50)
    # grab the whole window: the view then paints through a redirected, offset painter
    image = window.grab().toImage()
    dpr = image.devicePixelRatio()
    vb = canvas.plots[0].getViewBox()
    for fid, x in (("tanh", 2.0), ("elu", 4.0), ("tanh", -3.0)):
        c = st.curves_of(fid)[0]
        y = float(catalog.evaluate(fid, [x], c.params)[0])
        scene = vb.mapViewToScene(QPointF(x, y))
        pos = canvas.layout_widget.viewport().mapTo(
            window, canvas.layout_widget.mapFromScene(scene)
        )
        assert _pixel_near(image, pos.x() * dpr, pos.y() * dpr, c.color), (fid, x)
    # and nothing of tanh where it is not (above it at x = 2)
    c = st.curves_of("tanh")[0]
    pos = canvas.layout_widget.viewport().mapTo(
        window, canvas.layout_widget.mapFromScene(vb.mapViewToScene(QPointF(2.0, 3.0)))
    )
    assert not _pixel_near(image, pos.x() * dpr, pos.y() * dpr, c.color)


def test_shading_zones_follow_epsilon(window) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    st.select(st.curves_of("sigmoid")[0].uid)
    window.act_shade_sat.trigger()
    assert st.shade_saturation
    spans = [r.getRegion() for _p, r in window.canvas._zones]
    # sigmoid' < 0.01 for |x| > 4.59: two zones per row, the tails
    assert len(spans) == 2 * 3  # in every row, shown or not
    left = min(spans, key=lambda ab: ab[0])
    assert left[1] == pytest.approx(-4.595, abs=0.02)
    window.eps.setValue(0.1)
    spans = [r.getRegion() for _p, r in window.canvas._zones]
    assert min(spans, key=lambda ab: ab[0])[1] == pytest.approx(-2.0634, abs=0.02)
    st.select(st.curves_of("relu")[0].uid)
    window.act_shade_sat.trigger()
    window.act_shade_dead.trigger()
    spans = [r.getRegion() for _p, r in window.canvas._zones]
    assert spans and all(b <= 0 for _a, b in spans)  # ReLU is dead for x < 0


def test_theme_switch_applies_to_window_and_plots(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    window.set_theme("dark")
    assert window.canvas.theme_name == "dark"
    bg = QApplication.instance().palette().color(QPalette.ColorRole.Window)
    assert bg.lightness() < 80
    assert window.canvas.layout_widget.backgroundBrush().color().lightness() < 80
    assert QSettings().value("ui/theme") == "dark"
    window.set_theme("light")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 180
    assert window.act_themes["light"].isChecked()


def test_depth_lab_tab_gets_the_room(window) -> None:  # type: ignore[no-untyped-def]
    assert window._depth_lab is None  # not built at start-up
    window.tabs.setCurrentIndex(1)  # the user clicks the tab: built then
    assert window.tabs.currentWidget() is window.depth_lab
    window.tabs.setCurrentIndex(0)
    window.readout_dock.hide()  # the user's own choice is kept
    window.tabs.setCurrentWidget(window.depth_lab)
    assert not window.functions_dock.isVisible() and not window.info_dock.isVisible()
    window.tabs.setCurrentWidget(window.canvas)
    assert window.functions_dock.isVisible() and window.info_dock.isVisible()
    assert not window.readout_dock.isVisible()
