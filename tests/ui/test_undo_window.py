"""The Edit menu: Undo/Redo of the window's edits, texts, shortcuts, drags as one step."""

from __future__ import annotations

import random
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from actgui.core import session
from actgui.ui.parameter_editor import NumberEditor


def _menus(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in window.menuBar().actions()]


def test_edit_menu_sits_after_file_and_starts_greyed(window) -> None:  # type: ignore[no-untyped-def]
    assert _menus(window)[:3] == ["&File", "&Edit", "&View"]
    menu = window.edit_menu
    assert menu.act_undo.text() == "&Undo" and not menu.act_undo.isEnabled()
    assert menu.act_redo.text() == "&Redo" and not menu.act_redo.isEnabled()
    assert menu.act_undo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    assert menu.act_redo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert QKeySequence("Ctrl+Z") in menu.act_undo.shortcuts()


def test_untick_undo_redo_through_the_menu(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    start = session.to_dict(st)
    item = window.function_list.item("relu")
    item.setCheckState(0, Qt.CheckState.Unchecked)
    removed = session.to_dict(st)
    menu = window.edit_menu
    assert menu.act_undo.text() == "&Undo remove ReLU" and menu.act_undo.isEnabled()
    menu.act_undo.trigger()
    assert session.to_dict(st) == start
    assert window.function_list.item("relu").checkState(0) == Qt.CheckState.Checked
    assert menu.act_redo.text() == "&Redo remove ReLU" and not menu.act_undo.isEnabled()
    menu.act_redo.trigger()
    assert session.to_dict(st) == removed
    assert window.canvas.has_curve(st.curves[0].uid)


def test_shortcuts_undo_and_redo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    window.act_grid.trigger()
    assert not st.grid
    window.activateWindow()
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert st.grid and window.act_grid.isChecked()
    redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)[0]
    combo = redo[0]
    qtbot.keyClick(window.canvas, combo.key(), combo.keyboardModifiers())
    assert not st.grid and not window.act_grid.isChecked()


def test_a_slider_drag_is_one_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    leaky = st.curves_of("leaky_relu")[0]
    st.select(leaky.uid)
    window.history.clear()
    start = session.to_dict(st)
    editor = window.parameter_editor.editors["negative_slope"]
    assert isinstance(editor, NumberEditor)
    slider = editor.slider
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=QPoint(5, slider.height() // 2))
    for v in range(100, 900, 37):
        slider.setValue(v)
        qtbot.wait(1)
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(60, slider.height() // 2))
    assert len(window.history) == 1
    assert window.edit_menu.act_undo.text() == "&Undo change negative_slope of Leaky ReLU"
    # a second drag is a second step
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=QPoint(60, slider.height() // 2))
    slider.setValue(10)
    slider.setValue(20)
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(8, slider.height() // 2))
    assert len(window.history) == 2
    window.edit_menu.act_undo.trigger()
    window.edit_menu.act_undo.trigger()
    assert session.to_dict(st) == start


def test_a_play_button_run_is_one_step(window) -> None:  # type: ignore[no-untyped-def]
    """Running a parameter with its play button, however long, is undone at once."""
    st = window.state
    leaky = st.curves_of("leaky_relu")[0]
    st.select(leaky.uid)
    window.history.clear()
    window.history.coalesce_seconds = 0.0  # only the run itself may join the ticks
    start = session.to_dict(st)
    editor = window.parameter_editor
    play = editor.editors["negative_slope"].play
    play.click()
    assert editor.animating == "negative_slope"
    for _ in range(25):
        editor.animation_step(0.2)
    play.click()
    assert editor.animating is None
    assert session.to_dict(st) != start
    assert len(window.history) == 1
    window.state.set_param(leaky.uid, "negative_slope", 0.2)  # after the run: a new step
    assert len(window.history) == 2
    window.edit_menu.act_undo.trigger()
    window.edit_menu.act_undo.trigger()
    assert session.to_dict(st) == start


def test_opening_a_session_is_one_step(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from actgui.core.state import ExplorerState

    other = ExplorerState()
    other.add_curve("gelu")
    path = tmp_path / "talk.actgui.json"
    session.save(other, path)
    start = session.to_dict(window.state)
    assert window.open_session(str(path))
    assert window.edit_menu.act_undo.text() == "&Undo open talk.actgui.json"
    window.edit_menu.act_undo.trigger()
    assert session.to_dict(window.state) == start


class _Chinese(QTranslator):
    TABLE: ClassVar[dict[tuple[str, str], str]] = {
        ("EditMenu", "&Edit"): "编辑(&E)",
        ("EditMenu", "&Undo {action}"): "撤销{action}(&U)",
        ("EditMenu", "&Redo {action}"): "重做{action}(&R)",
        ("EditMenu", "&Undo"): "撤销(&U)",
        ("EditMenu", "&Redo"): "重做(&R)",
        ("Messages", "add {name}"): "添加 {name}",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        return self.TABLE.get((context, source))

    def isEmpty(self) -> bool:
        return False


def test_texts_follow_a_language_switch(window) -> None:  # type: ignore[no-untyped-def]
    from actgui.core import messages
    from actgui.ui import i18n

    window.state.add_curve("relu")
    tr = _Chinese()
    app = QCoreApplication.instance()
    messages.set_translator(i18n._translate_message)
    app.installTranslator(tr)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        menu = window.edit_menu
        assert menu.title() == "编辑(&E)"
        assert menu.act_undo.text() == "撤销添加 ReLU(&U)"
        assert menu.act_redo.text() == "重做(&R)"
    finally:
        app.removeTranslator(tr)
        messages.set_translator(None)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert window.edit_menu.act_undo.text() == "&Undo add ReLU"


@pytest.mark.slow
def test_window_undo_redo_after_200_random_actions(window) -> None:  # type: ignore[no-untyped-def]
    """Through the widgets: every undo then every redo gives back each state exactly."""
    rng = random.Random(1313)
    st = window.state
    window.history.limit = 10_000
    app = QApplication.instance()
    ids = ["relu", "gelu", "elu", "silu", "hardtanh", "softplus", "sigmoid", "srelu"]

    def tick() -> None:
        item = window.function_list.item(rng.choice(ids))
        on = item.checkState(0) == Qt.CheckState.Checked
        item.setCheckState(0, Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)

    def slider() -> None:
        eds = [e for e in window.parameter_editor.editors.values() if isinstance(e, NumberEditor)]
        if eds:
            rng.choice(eds).slider.setValue(rng.randrange(0, 1000))

    def select() -> None:
        if st.curves:
            st.select(rng.choice(st.curves).uid)

    def add() -> None:
        if st.selected_curve is not None and len(st.curves) < 20:
            window.parameter_editor.add_button.click()

    def toggle() -> None:
        rng.choice(
            [*window.act_rows, window.act_overlay, window.act_grid, window.act_legend]
        ).trigger()

    def x_range() -> None:
        window.x_min.setValue(rng.choice([-10.0, -3.0, 0.0]))
        window.x_max.setValue(rng.choice([1.0, 4.0, 12.0]))

    def preset() -> None:
        combo = window.parameter_editor.preset_combo
        combo.setCurrentIndex(1 - combo.currentIndex())

    actions = [tick, slider, slider, select, add, toggle, x_range, preset]
    states = []
    for i in range(200):
        rng.choice(actions)()
        window.history.seal()
        states.append(session.to_dict(st))
        if i % 20 == 0:
            app.processEvents()
    seen = [session.to_dict(st)]
    while window.edit_menu.act_undo.isEnabled():
        window.edit_menu.act_undo.trigger()
        seen.append(session.to_dict(st))
    assert len(seen) > 100
    for expected in reversed(seen[:-1]):
        window.edit_menu.act_redo.trigger()
        assert session.to_dict(st) == expected
    assert seen[0] == states[-1]
    app.processEvents()
    for c in st.curves:
        assert window.canvas.has_curve(c.uid)


def test_undo_and_redo_keep_the_comparison_row_in_step(window) -> None:  # type: ignore[no-untyped-def]
    """The a − b row, its legend entry and readout follow its curves through undo/redo."""
    import numpy as np

    from actgui.core import catalog

    st, canvas = window.state, window.canvas
    a = st.add_curve("leaky_relu", {"negative_slope": 0.01})
    b = st.add_curve("leaky_relu", {"negative_slope": 0.2})
    k = st.add_compare(a.uid, b.uid)
    window.history.clear()

    def in_step() -> None:
        x, y = canvas.plotted(k.uid, 0)
        want = catalog.evaluate("leaky_relu", x, a.params) - catalog.evaluate(
            "leaky_relu", x, b.params
        )
        np.testing.assert_array_equal(y, want)
        texts = [e.text for e in canvas.legend.entries]
        assert st.label_of(k) in texts, texts
        assert str(a.params["negative_slope"]) in st.label_of(k)

    st.set_param(a.uid, "negative_slope", 0.5)
    in_step()
    window.edit_menu.act_undo.trigger()
    assert a.params["negative_slope"] == 0.01
    in_step()
    window.edit_menu.act_redo.trigger()
    assert a.params["negative_slope"] == 0.5
    in_step()


def test_ctrl_z_in_a_spin_box_undoes_the_entered_value(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Type 0.7, Enter, Ctrl+Z while the box still has the focus: the app's Undo."""
    st = window.state
    leaky = st.curves_of("leaky_relu")[0]
    st.select(leaky.uid)
    window.history.clear()
    before = leaky.params["negative_slope"]
    spin = window.parameter_editor.editors["negative_slope"].spin
    window.activateWindow()
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0.7")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert leaky.params["negative_slope"] == 0.7
    undo = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[0][0]
    qtbot.keyClick(spin.lineEdit(), undo.key(), undo.keyboardModifiers())
    assert leaky.params["negative_slope"] == before
    redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)[0][0]
    qtbot.keyClick(spin.lineEdit(), redo.key(), redo.keyboardModifiers())
    assert leaky.params["negative_slope"] == 0.7
