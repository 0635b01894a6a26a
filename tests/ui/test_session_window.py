"""Sessions in the window: open, save, refuse, autosave and restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from actgui.core import session
from actgui.core.state import ExplorerState
from actgui.ui.main_window import MainWindow


def test_save_then_open(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    st.set_param(st.curves_of("leaky_relu")[0].uid, "negative_slope", 0.2)
    path = tmp_path / "a.actgui.json"
    window.session_path = str(path)
    assert window.save_session()
    saved = session.to_dict(st)
    st.set_ticked("gelu", True)
    st.set_x_range(-1, 1)
    assert window.open_session(str(path))
    assert session.to_dict(st) == saved
    assert not st.is_ticked("gelu")
    x, _y = window.canvas.plotted(st.curves_of("leaky_relu")[0].uid, 0)
    assert x.min() == -6.0 and x.max() == 6.0


def test_bad_session_keeps_state(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    before = session.to_dict(window.state)
    bad = tmp_path / "bad.actgui.json"
    bad.write_text('{"format": "actgui-session", "version": 7}')
    assert not window.open_session(str(bad))
    assert "schema version 7" in warnings[0]
    assert session.to_dict(window.state) == before
    assert bad.read_text() == '{"format": "actgui-session", "version": 7}'  # untouched


def test_autosave_and_restore(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    auto = tmp_path / "autosave.actgui.json"
    win = MainWindow(ExplorerState.first_launch(), autosave_path=str(auto))
    qtbot.addWidget(win)
    win.state.set_ticked("mish", True)
    qtbot.waitUntil(auto.exists, timeout=6000)  # a few seconds after the change
    restored = session.load(auto)
    assert [c.function_id for c in restored.curves][-1] == "mish"
    win.state.set_ticked("selu", True)
    win.close()  # saves on exit too
    assert "selu" in [c.function_id for c in session.load(auto).curves]


def test_a_session_named_at_launch_is_not_an_undo_step(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`actgui FILE` starts on FILE: Undo does not take it back to the first-launch curves."""
    from PySide6.QtWidgets import QApplication

    from actgui.core import session
    from actgui.core.state import ExplorerState
    from actgui.ui import app as app_module
    from actgui.ui.main_window import MainWindow

    st = ExplorerState.first_launch()
    st.add_curve("mish")
    path = tmp_path / "lecture.actgui.json"
    session.save(st, path)
    monkeypatch.setattr(app_module, "autosave_path", lambda: str(tmp_path / "none.json"))
    seen: list[MainWindow] = []

    def fake_exec(*_args):  # type: ignore[no-untyped-def]
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.main(str(path)) == 0
    win = seen[-1]
    try:
        assert [c.function_id for c in win.state.curves] == [c.function_id for c in st.curves]
        assert len(win.history) == 0 and not win.edit_menu.act_undo.isEnabled()
    finally:
        win.autosave_path = None
        win.close()
        win.deleteLater()


def test_the_window_opens_on_its_settled_canvas_painted_once(tmp_path, monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Start-up lays the canvas out and sizes its axes before the first paint: the
    canvas was painted three times on the way (~50 ms apart, the axes changing width
    between them), now once, as it stays."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from actgui.ui import app as app_module
    from actgui.ui.main_window import MainWindow

    monkeypatch.setattr(app_module, "autosave_path", lambda: str(tmp_path / "none.json"))
    paints: list[int] = []

    class Count(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    seen: list[MainWindow] = []
    counter = Count()

    def fake_exec(*_args):  # type: ignore[no-untyped-def]
        win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen.append(win)
        win.canvas.layout_widget.viewport().installEventFilter(counter)
        qtbot.wait(500)  # the event loop's first half second
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.main() == 0
    win = seen[-1]
    try:
        assert win.canvas.isVisible()
        assert len(paints) == 1
    finally:
        win.autosave_path = None
        win.close()
        win.deleteLater()
