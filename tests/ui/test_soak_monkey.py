"""Long runs through the window's real update path: soak and monkey tests."""

from __future__ import annotations

import gc
import math
import random
import sys

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication, QComboBox

from actgui.core import catalog
from actgui.ui.parameter_editor import NumberEditor

#: Whether a binding that drops references to None can be seen, and can do harm.
#: PySide6 6.12.0 returns None from every wrapped method that returns nothing without
#: taking a reference (measured on 3.11: -1 per call of QGraphicsItem.update, setPos,
#: QWidget.update, ...; about -10 per PlotDataItem.setData, one per repaint), and
#: Python 3.10/3.11 abort ("none_dealloc") when None's count reaches 0, after ~1,500
#: curve updates. On 3.12+ None is immortal (PEP 683): no reference is ever taken from
#: it, so the bug is harmless there and leaves no trace (measured: getrefcount(None)
#: stays level under 6.12.0 on 3.12), and no count of another object shows it either
#: (6.12.0 keeps the references to the objects it returns). CI's Python 3.10 jobs are
#: the ones that can catch it.
NONE_IS_MORTAL = sys.version_info < (3, 12)
IMMORTAL = "None is immortal on Python 3.12+: a binding cannot drop references to it"


def _none_refs() -> int:
    gc.collect()
    return sys.getrefcount(None)


def _assert_none_kept(before: int, after: int, calls: int, what: str) -> None:
    """A sound binding keeps None's count level or raises it (caches); fails when it
    fell by ``calls`` or more over ``calls`` calls (see :data:`NONE_IS_MORTAL`)."""
    assert after - before > -calls, (
        f"{what}: sys.getrefcount(None) fell from {before} to {after} in {calls} calls; "
        "the Qt binding drops references to None (PySide6 6.12.0 does, see README)"
    )


@pytest.mark.skipif(not NONE_IS_MORTAL, reason=IMMORTAL)
def test_qt_calls_keep_their_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The calls pyqtgraph makes for one curve update, 300 times: fast, and long before
    a leaking binding could take None's count to 0 (each drops at most ~20)."""
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    item = plot.plot([0.0, 1.0], [0.0, 1.0])
    x = np.linspace(-1.0, 1.0, 50)
    before = _none_refs()
    for i in range(300):
        item.setData(x, x * i)  # update, prepareGeometryChange, ...: methods returning None
        item.setPos(0.0, 0.0)
    after = _none_refs()
    _assert_none_kept(before, after, 300, "PlotDataItem.setData and setPos")


@pytest.mark.slow
def test_soak_20000_parameter_changes(window) -> None:  # type: ignore[no-untyped-def]
    """20,000 slider steps through the window's real update path: the drawn curve is
    exact at the end, and (on Python 3.10/3.11, see :data:`NONE_IS_MORTAL`) None's
    reference count does not fall, checked first after 100 steps (before a leaking
    binding could abort the process: 6.12.0 does after ~1,500) and again at the end."""
    st = window.state
    leaky = st.curves_of("leaky_relu")[0]
    st.select(leaky.uid)
    editor = window.parameter_editor.editors["negative_slope"]
    assert isinstance(editor, NumberEditor)
    app = QApplication.instance()
    before = _none_refs()
    for i in range(20_000):
        editor.slider.setValue(i % 1000)  # the slider drag path: editor -> state -> canvas
        if i % 200 == 0:
            app.processEvents()  # repaint too
        if i == 100 and NONE_IS_MORTAL:
            _assert_none_kept(before, _none_refs(), 100, "100 slider steps")
    app.processEvents()
    if NONE_IS_MORTAL:
        _assert_none_kept(before, _none_refs(), 20_000, "20,000 slider steps")
    x, y = window.canvas.plotted(leaky.uid, 0)
    np.testing.assert_array_equal(y, catalog.evaluate("leaky_relu", x, leaky.params))


def _breaks(curve) -> set[float]:  # type: ignore[no-untyped-def]
    act = curve.activation
    return {float(k) for k in (*act.kinks(**curve.params), *act.jumps(**curve.params))}


@pytest.mark.slow
def test_monkey_2000_random_actions(window) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(20261126)
    st = window.state
    canvas = window.canvas
    ids = catalog.ids()
    app = QApplication.instance()
    extremes = [0.0, -1e308, 1e308, 1e-300, -5e-324, 1e6, -1e6, 3.5, -2.25]

    def tick() -> None:
        fid = rng.choice(ids)
        item = window.function_list.item(fid)
        item.setCheckState(0, item.checkState(0).__class__(2 - item.checkState(0).value))

    def select_curve() -> None:
        if st.curves:
            st.select(rng.choice(st.curves).uid)

    def drag() -> None:
        eds = [e for e in window.parameter_editor.editors.values() if isinstance(e, NumberEditor)]
        if eds:
            ed = rng.choice(eds)
            for v in range(rng.randrange(0, 1000), 1000, 97):
                ed.slider.setValue(v)

    def type_extreme() -> None:
        eds = list(window.parameter_editor.editors.values())
        if not eds:
            return
        ed = rng.choice(eds)
        if isinstance(ed, QComboBox):
            ed.setCurrentIndex(rng.randrange(ed.count()))
        else:
            ed.spin.setValue(rng.choice(extremes))

    def zoom() -> None:
        c = rng.uniform(-50, 50)
        w = 10 ** rng.uniform(-8, 3)
        canvas.plots[0].setXRange(c - w, c + w, padding=0)
        canvas.flush_view()

    def add_curve() -> None:
        if st.selected_curve is not None and len(st.curves) < 40:
            window.parameter_editor.add_button.click()

    def remove_curve() -> None:
        if st.curves:
            st.select(rng.choice(st.curves).uid)
            window.parameter_editor.remove_button.click()

    def rows() -> None:
        window.act_rows[rng.randrange(3)].trigger()

    def toggles() -> None:
        rng.choice(
            [
                window.act_overlay,
                window.act_grid,
                window.act_legend,
                window.act_shade_sat,
                window.act_shade_dead,
            ]
        ).trigger()

    def preset() -> None:
        combo = window.parameter_editor.preset_combo
        combo.setCurrentIndex(1 - combo.currentIndex())

    def x_range() -> None:
        window.x_min.setValue(rng.choice([-10.0, -1e6, 5.0, 0.0]))
        window.x_max.setValue(rng.choice([10.0, 1e6, -5.0, 0.0, 3.0]))

    def cursor() -> None:
        canvas.set_cursor(rng.choice([rng.uniform(-10, 10), *extremes]))

    def reset() -> None:
        window.act_reset_view.trigger()

    def sweep() -> None:
        from actgui.ui.families import SweepDialog

        sel = st.selected_curve
        if (
            sel is None
            or len(st.curves) > 30
            or not window.parameter_editor.sweep_button.isEnabled()
        ):
            return
        d = SweepDialog(st, sel.uid)
        d.param.setCurrentIndex(rng.randrange(d.param.count()))
        d.lo.setValue(rng.uniform(d.lo.minimum(), d.lo.maximum()))
        d.hi.setValue(rng.uniform(d.hi.minimum(), d.hi.maximum()))
        d.count.setValue(rng.randrange(2, 7))
        d.log.setChecked(rng.random() < 0.3)
        d.apply()  # refused (equal ends, log of 0) or done
        d.deleteLater()

    def compare() -> None:
        from actgui.ui.families import CompareDialog

        if len(st.curves) < 2 or len(st.compares) > 4:
            return
        d = CompareDialog(st)
        d.a.setCurrentIndex(rng.randrange(d.a.count()))
        d.b.setCurrentIndex(rng.randrange(d.b.count()))
        d.mode.setCurrentIndex(rng.randrange(d.mode.count()))
        d.apply()
        d.deleteLater()

    def remove_family_or_comparisons() -> None:
        fam = window.family_actions
        fam._enable()
        rng.choice([fam.act_remove_family, fam.act_remove_compares]).trigger()

    def hover_and_pick() -> None:
        drawn = [c for c in st.drawn() if c.visible and canvas.has_curve(c.uid)]
        if not drawn:
            return
        c = rng.choice(drawn)
        lo, hi = st.visible_range()
        x = rng.uniform(lo, hi)
        pos = canvas.scene_point(c.uid, rng.randrange(3), x)
        canvas.hover_at(pos)
        hit = canvas.pick(pos)
        if hit is not None and st.is_plain(hit[0]) and rng.random() < 0.5:
            st.select(hit[0])  # what a click does

    def play() -> None:
        editor = window.parameter_editor
        eds = [e for e in editor.editors.values() if isinstance(e, NumberEditor)]
        if eds:
            rng.choice(eds).play.click()
            for _ in range(rng.randrange(1, 30)):
                editor.animation_step(rng.uniform(0.01, 0.5))
            editor.stop_animation()

    def undo() -> None:
        window.edit_menu.act_undo.trigger()

    def redo() -> None:
        window.edit_menu.act_redo.trigger()

    def present() -> None:
        window.presentation.act_toggle.trigger()  # F11: in, or out again

    actions = [
        sweep,
        compare,
        remove_family_or_comparisons,
        hover_and_pick,
        play,
        tick,
        select_curve,
        drag,
        type_extreme,
        zoom,
        add_curve,
        remove_curve,
        rows,
        toggles,
        preset,
        x_range,
        cursor,
        reset,
        undo,
        undo,
        redo,
        present,
    ]
    for step in range(2000):
        rng.choice(actions)()
        if step % 25 == 0:
            app.processEvents()
        if step % 100 == 0:
            for c in st.curves:
                x, y = canvas.plotted(c.uid, 0)
                if x.size:
                    bad = ~np.isfinite(y)
                    assert set(x[bad].tolist()) <= _breaks(c), (c.function_id, c.params)
            for row in window.readout.values():
                assert "nan" not in " ".join(row).lower()
    app.processEvents()
    assert all(math.isfinite(v) for v in (st.x_min, st.x_max))
    if window.presentation.active:
        window.presentation.act_leave.trigger()
    assert all(d.isVisible() for d in window.docks) and window.toolbar.isVisible()
    while window.edit_menu.act_undo.isEnabled():
        window.edit_menu.act_undo.trigger()  # every step undoes cleanly


@pytest.mark.slow
def test_training_lab_monkey_150_random_actions(window) -> None:  # type: ignore[no-untyped-def]
    """Random edits, runs, cancels, theme and language switches in the Training lab tab:
    nothing crashes, a run never blocks the window, and the buttons say what is possible."""
    import time

    from actgui.ui.main_window import _TRAIN_TAB

    rng = random.Random(20261129)
    app = QApplication.instance()
    window.tabs.setCurrentIndex(_TRAIN_TAB)
    lab = window.training_lab
    lab.set_config(lab.config().with_(points=200, test_points=50, epochs=400))
    specs = ["relu", "tanh", "prelu", "gelu", "silu(beta=2)", "expr:x*tanh(x)", "relux", "elu"]

    def spin() -> None:
        w = rng.choice(list(lab._spins().values()))
        lo, hi = w.minimum(), w.maximum()
        w.setValue(rng.choice([lo, hi, lo + (hi - lo) * rng.random() / 1000]))
        # keep runs short: a monkey that sets 100,000 points and epochs waits forever
        lab.points_spin.setValue(min(lab.points_spin.value(), 300))
        lab.test_spin.setValue(min(lab.test_spin.value(), 200))
        lab.epochs_spin.setValue(min(lab.epochs_spin.value(), 150))
        lab.width_spin.setValue(min(lab.width_spin.value(), 32))

    def combo() -> None:
        w = rng.choice(list(lab._combos().values()))
        w.setCurrentIndex(rng.randrange(w.count()))

    def add() -> None:
        lab.function_edit.setEditText(rng.choice(specs))
        lab._on_add()

    def remove() -> None:
        lab._on_remove()

    def learn() -> None:
        lab.learn_edit.setText(rng.choice(["", "beta", "alpha", "negative_slope", "nope"]))

    def start() -> None:
        lab.start()

    def cancel() -> None:
        lab.cancel()

    def theme() -> None:
        window.set_theme(rng.choice(["light", "dark"]))

    def language() -> None:
        window.set_language(rng.choice(["en", "zh_CN"]))

    def tab() -> None:
        window.tabs.setCurrentIndex(rng.choice([0, _TRAIN_TAB, _TRAIN_TAB]))

    # theme and language switches re-style the whole window: rarer than the lab's own actions
    actions = [spin, spin, combo, add, remove, learn, start, start, cancel, cancel] * 3
    actions += [theme, language, tab]
    try:
        for step in range(150):
            rng.choice(actions)()
            t0 = time.perf_counter()
            app.processEvents()
            assert time.perf_counter() - t0 < 2.0  # the event loop is never held up
            assert lab.train_button.isEnabled() == (not lab.running)
            assert lab.cancel_button.isEnabled() == lab.running
            if step % 50 == 0 and lab.snapshot is not None:
                for h in lab.snapshot.histories:
                    assert h.loss.shape == (lab.snapshot.epoch + 1,)
    finally:
        lab.cancel()
        assert lab.wait(60.0)
        window.set_language("en")
        window.set_theme("light")
    assert not lab.running and lab.train_button.isEnabled()
