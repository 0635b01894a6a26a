"""Presentation mode: full screen for a projector, saved views, and an exact way back."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication

from actgui.core import session
from actgui.core.state import ExplorerState
from actgui.ui.presentation import FONT_SCALE, LINE_SCALE, short

from .helpers import MarkingTranslator, settle


def _look(window) -> dict:  # type: ignore[no-untyped-def]
    """What presentation mode changes and must give back."""
    canvas = window.canvas
    uid = window.state.curves[0].uid
    return {
        "layout": bytes(window.saveState()),
        "rect": window.geometry(),
        "state": window.windowState(),
        "docks": [d.isVisible() for d in window.docks],
        "toolbar": window.toolbar.isVisible(),
        "menu": window.menuBar().isVisible(),
        "status": window.statusBar().isVisible(),
        "tabbar": window.tabs.tabBar().isVisible(),
        "tab": window.tabs.currentIndex(),
        "pen": canvas._pen(uid, 0).widthF(),
        "tick": canvas.plots[0].getAxis("left").style["tickFont"].pointSizeF(),
        "label": canvas._label_css["font-size"],
    }


def test_f11_enters_and_esc_leaves_exactly(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    settle()
    before = _look(window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    settle()
    p = window.presentation
    assert p.active and p.act_toggle.isChecked() and window.isFullScreen()
    now = _look(window)
    assert now["docks"] == [False] * 4
    assert not now["toolbar"] and not now["menu"] and not now["status"] and not now["tabbar"]
    assert math.isclose(now["pen"], before["pen"] * LINE_SCALE)
    assert math.isclose(now["tick"], before["tick"] * FONT_SCALE)
    # the readout as a large overlay at the crosshair
    window.canvas.set_cursor(0.5)
    assert p.overlay.isVisible()
    text = p.overlay.text()
    for c, f, df, _ in window.state.readout(0.5):
        assert window.state.label_of(c) in text
        assert short(f) in text and short(df) in text
    assert window.canvas.rect().contains(p.overlay.geometry())
    assert p.overlay.font().pointSizeF() > window.font().pointSizeF() * 1.5
    window.canvas.set_cursor(math.nan)
    assert not p.overlay.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    settle()
    assert not p.active and not window.isFullScreen()
    assert _look(window) == before


def test_a_crosshair_already_placed_is_read_out_at_once(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.canvas.set_cursor(-0.25)
    settle()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    settle()
    p = window.presentation
    assert p.active and p.overlay.isVisible() and short(-0.25) in p.overlay.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    settle()
    assert not p.overlay.isVisible()


def test_the_overlay_sits_where_it_hides_least_and_r_hides_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QRect

    window.resize(1280, 800)
    settle()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    settle()
    p = window.presentation
    canvas, view = window.canvas, window.canvas.layout_widget
    canvas.set_cursor(0.5)
    settle()
    overlay = p.overlay
    assert overlay.isVisible()

    def hidden(spot: tuple[int, int]) -> int:
        rect = QRect(view.mapFrom(canvas, QPoint(*spot)), overlay.size())
        return canvas.points_under(view.mapToScene(rect).boundingRect())

    counts = [hidden(s) for s in overlay.candidates()]
    here = (overlay.pos().x(), overlay.pos().y())
    assert here in overlay.candidates()
    assert hidden(here) == min(counts), counts
    # a crosshair move does not make it jump
    canvas.set_cursor(-0.5)
    assert (overlay.pos().x(), overlay.pos().y()) == here
    # R hides it and shows it again; leaving forgets that
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert not overlay.isVisible()
    canvas.set_cursor(0.25)
    assert not overlay.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert overlay.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_R)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    settle()
    assert overlay.wanted and not p.act_readout.isEnabled()


def test_f11_leaves_too_and_a_theme_switch_keeps_the_scale(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1200, 760)
    window.state.set_row_visible(2, True)
    settle()
    before = _look(window)
    p = window.presentation
    p.act_toggle.trigger()
    window.set_theme("dark")
    assert math.isclose(_look(window)["tick"], before["tick"] * FONT_SCALE)
    window.set_theme("light")
    p.act_toggle.trigger()
    settle()
    assert _look(window) == before


def test_from_the_depth_lab_and_back(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(1)
    settle()
    before = _look_without_pens(window)
    window.presentation.act_toggle.trigger()
    assert window.tabs.currentIndex() == 0
    window.presentation.act_leave.trigger()
    settle()
    assert _look_without_pens(window) == before
    window.tabs.setCurrentIndex(0)
    settle()
    assert all(d.isVisible() for d in window.docks)


def _look_without_pens(window) -> dict:  # type: ignore[no-untyped-def]
    look = _look(window)
    del look["pen"], look["tick"], look["label"]
    return look


def test_page_down_and_up_step_through_the_folders_sessions(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    names = ["03-gelu", "01-sigmoid", "02-relu"]
    for name in names:
        st = ExplorerState()
        st.add_curve(name.split("-")[1])
        session.save(st, tmp_path / f"{name}.actgui.json")
    (tmp_path / "notes.txt").write_text("not a session")
    assert window.open_session(str(tmp_path / "01-sigmoid.actgui.json"))
    p = window.presentation
    p.act_toggle.trigger()
    shown = lambda: [c.function_id for c in window.state.curves]
    assert shown() == ["sigmoid"]
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert shown() == ["relu"]
    assert p.banner.isVisible() and "2 / 3" in p.banner.text()
    p.act_next.trigger()
    assert shown() == ["gelu"]
    p.act_next.trigger()
    assert shown() == ["gelu"] and p.banner.text() == "Last saved view"
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert shown() == ["relu"]
    window.edit_menu.act_undo.trigger()  # stepping is undoable like opening
    assert shown() == ["gelu"]
    p.act_leave.trigger()
    # outside presentation mode Page Down belongs to the widgets
    assert not p.act_next.isEnabled() and not p.act_leave.isEnabled()


def test_with_no_session_open_the_recent_list_is_stepped(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = window.presentation
    p.act_toggle.trigger()
    p.act_next.trigger()
    assert p.banner.text() == "No saved sessions to step through: open one first"
    p.act_leave.trigger()
    paths = []
    for fid in ("tanh", "elu"):
        st = ExplorerState()
        st.add_curve(fid)
        path = tmp_path / "sub" / f"{fid}.actgui.json"
        path.parent.mkdir(exist_ok=True)
        session.save(st, path)
        paths.append(str(path))
    QSettings().setValue("sessions/recent", paths)
    p.act_toggle.trigger()
    p.act_next.trigger()
    assert [c.function_id for c in window.state.curves] == ["tanh"]
    p.act_next.trigger()
    assert [c.function_id for c in window.state.curves] == ["elu"]
    p.act_leave.trigger()


def test_menu_item_retranslates(window) -> None:  # type: ignore[no-untyped-def]
    act = window.presentation.act_toggle
    assert act in window.m_view.actions() and act.text() == "Presentation mode"
    assert "F11" in act.toolTip()
    tr = MarkingTranslator()
    app = QApplication.instance()
    app.installTranslator(tr)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert act.text() == "«Presentation mode»"
    finally:
        app.removeTranslator(tr)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert act.text() == "Presentation mode"


def test_closing_while_presenting_saves_the_normal_layout(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from actgui.ui.main_window import MainWindow

    win = MainWindow(ExplorerState.first_launch(), autosave_path=str(tmp_path / "a.json"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.presentation.act_toggle.trigger()
    win.close()
    assert not win.presentation.active
    win2 = MainWindow(ExplorerState.first_launch(), autosave_path=str(tmp_path / "a.json"))
    qtbot.addWidget(win2)
    assert not win2.isFullScreen()
    assert all(d.isVisibleTo(win2) for d in win2.docks)


def test_banner_sits_under_the_legend(window) -> None:  # type: ignore[no-untyped-def]
    p = window.presentation
    p.act_toggle.trigger()
    settle()
    p.say("3 / 7   relu.actgui.json")
    legend = window.canvas.legend
    view = window.canvas.layout_widget
    bottom = view.mapTo(
        window.canvas, view.mapFromScene(legend.sceneBoundingRect()).boundingRect().bottomLeft()
    ).y()
    assert p.banner.y() > bottom
    assert window.canvas.rect().contains(p.banner.geometry())
    p.act_leave.trigger()
