"""The main window itself: docks, tabs, toolbar, title, live language switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from actgui.core.state import ExplorerState
from actgui.ui import i18n
from actgui.ui.main_window import _DEPTH_TAB, MainWindow


def _start(qtbot, auto: Path, size=(1088, 680)) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as actgui.ui.app.main starts it: on the autosave if there is one."""
    from actgui.core import session

    state = session.load(auto) if auto.exists() else ExplorerState.first_launch()
    win = MainWindow(state, autosave_path=str(auto))
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.mark.parametrize("tab", [0, _DEPTH_TAB])
def test_quitting_on_any_tab_keeps_the_docks(qtbot, tmp_path: Path, tab: int) -> None:  # type: ignore[no-untyped-def]
    auto = tmp_path / "autosave.actgui.json"
    win = _start(qtbot, auto)
    win.info_dock.hide()  # the user's own choice survives the restart
    win.tabs.setCurrentIndex(tab)
    win.close()
    again = _start(qtbot, auto)
    assert again.tabs.currentIndex() == 0
    assert again.functions_dock.isVisible()
    assert again.params_dock.isVisible()
    assert again.readout_dock.isVisible()
    assert not again.info_dock.isVisible()
    assert again.toolbar.isVisible()


def test_depth_tab_hides_and_restores_docks_and_toolbar(window) -> None:  # type: ignore[no-untyped-def]
    window.readout_dock.hide()
    window.tabs.setCurrentIndex(_DEPTH_TAB)
    assert not any(d.isVisible() for d in window.docks)
    assert not window.toolbar.isVisible()
    assert not window.act_overlay.isEnabled()
    assert not window.functions_dock.toggleViewAction().isEnabled()
    window.tabs.setCurrentIndex(0)
    assert window.functions_dock.isVisible() and window.info_dock.isVisible()
    assert not window.readout_dock.isVisible()
    assert window.toolbar.isVisible() and window.act_overlay.isEnabled()


def test_reset_layout_brings_every_dock_back(window) -> None:  # type: ignore[no-untyped-def]
    for d in window.docks:
        d.hide()
    window.params_dock.setFloating(True)
    window.act_reset_layout.trigger()
    assert all(d.isVisible() and not d.isFloating() for d in window.docks)
    # the keyboard is left with the canvas, not the x-min box a key would overwrite
    assert window.focusWidget() is window.canvas


def test_reset_layout_on_the_depth_tab_keeps_it_clear(window) -> None:  # type: ignore[no-untyped-def]
    window.tabs.setCurrentIndex(_DEPTH_TAB)
    window.reset_layout()
    assert not any(d.isVisible() for d in window.docks)
    window.tabs.setCurrentIndex(0)
    assert all(d.isVisible() for d in window.docks)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(1088, 680), (1280, 800)])
def test_toolbar_fits_without_overflow(qtbot, lang: str, size) -> None:  # type: ignore[no-untyped-def]
    i18n.install(lang)
    try:
        win = MainWindow(ExplorerState.first_launch(), lang=lang)
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        hidden = [
            a.iconText()
            for a in win.toolbar.actions()
            if not a.isSeparator() and not win.toolbar.widgetForAction(a).isVisible()
        ]
        assert not hidden, f"in the toolbar's overflow at {size}: {hidden}"
    finally:
        i18n.install("en")


def test_toolbar_range_follows_zoom(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.state.set_view(-2.5, 3.25)
    assert window.x_min.value() == -2.5 and window.x_max.value() == 3.25
    window.state.reset_view()
    assert (window.x_min.value(), window.x_max.value()) == (-6.0, 6.0)
    # typing a range in the toolbar sets the curves' range
    window.x_max.setValue(4.0)
    assert window.state.x_max == 4.0 and window.state.view is None


def test_title_names_the_app_once(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert "actgui" not in window.windowTitle().lower()
    path = tmp_path / "lecture.actgui.json"
    from actgui.core import session

    session.save(window.state, path)
    window.open_session(str(path))
    assert window.windowTitle() == "lecture.actgui.json"


def test_language_switches_while_running(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    english = (window.m_file.title(), window.tabs.tabText(0), window.info_dock.windowTitle())
    try:
        window.set_language("zh_CN")
        assert window.m_file.title() == "文件(&F)"
        assert window.tabs.tabText(0) == "曲线"
        assert window.info_dock.windowTitle() == "信息"
        assert window.act_export.toolTip().startswith("保存图像")
        assert window.act_languages["zh_CN"].isChecked()
        assert window.info_panel.lang == "zh_CN"
        # Qt's own dialogs' words follow too (qtbase translator)
        assert QCoreApplication.translate("MainWindow", "Reset layout") == "重置布局"
    finally:
        window.set_language("en")
    assert (window.m_file.title(), window.tabs.tabText(0), window.info_dock.windowTitle()) == (
        english
    )


def test_unknown_language_is_refused(window) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=r"unknown language .xx.*system, en, zh_CN"):
        window.set_language("xx")


def _rows_fill_the_canvas(window) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    canvas = window.canvas
    shown = [p for p in canvas.plots if p.isVisible()]
    boxes = [p.getViewBox().sceneBoundingRect().height() for p in shown]
    assert max(boxes) - min(boxes) <= 2, f"rows of unequal height: {boxes}"
    used = sum(p.sceneBoundingRect().height() for p in shown)
    if canvas.legend.isVisible():
        used += canvas.legend.sceneBoundingRect().height()
    view = canvas.layout_widget.viewport().height()
    assert used >= 0.9 * view, f"the plots use {used:.0f} of {view} px"


def test_rows_fill_the_canvas_after_every_rearrangement(window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+3, Ctrl+D, a theme switch, legend off and on: the plots were left as a strip."""
    _rows_fill_the_canvas(window)
    steps = [
        window.act_rows[2].trigger,
        window.act_overlay.trigger,
        window.act_overlay.trigger,
        lambda: window.set_theme("dark"),
        window.act_legend.trigger,
        window.act_legend.trigger,
        window.act_rows[0].trigger,
        window.act_shade_dead.trigger,
        lambda: window.set_theme("light"),
    ]
    for step in steps:
        step()
        _rows_fill_the_canvas(window)


def test_a_zoomed_view_comes_back_as_it_was(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Zoom, quit, start again: the axes show the zoomed range the curves are sampled on."""
    auto = tmp_path / "autosave.actgui.json"
    win = _start(qtbot, auto)
    win.state.set_view(-0.341, 0.274)
    win.close()
    again = _start(qtbot, auto)
    lo, hi = again.canvas.plots[0].getViewBox().viewRange()[0]
    assert (round(lo, 6), round(hi, 6)) == (-0.341, 0.274)
    s = again.state.sample(again.state.curves[0].uid)
    assert (s.x[0], s.x[-1]) == (-0.341, 0.274)
    assert (again.x_min.value(), again.x_max.value()) == (-0.341, 0.274)
    # no SI prefix in the axis titles: the tick labels carry any ×10ⁿ
    for plot in again.canvas.plots:
        title = plot.getAxis("left").labelString()
        assert "(x0" not in title and "(x1" not in title, title


def test_opening_a_session_shows_its_view(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from actgui.core import session

    other = ExplorerState.first_launch()
    other.set_view(1.5, 2.5)
    path = tmp_path / "zoomed.actgui.json"
    session.save(other, path)
    assert window.open_session(str(path))
    lo, hi = window.canvas.plots[0].getViewBox().viewRange()[0]
    assert (round(lo, 9), round(hi, 9)) == (1.5, 2.5)


def test_readout_box_and_status_bar_say_what_they_show(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A typed x, then the crosshair moves: the box follows the table; the status bar
    names the pointer's position and is cleared when the pointer leaves."""
    readout = window.readout
    readout.entry.setFocus()
    qtbot.keyClicks(readout.entry, "0.5")
    qtbot.keyClick(readout.entry, Qt.Key.Key_Return)
    assert readout.entry.text() == "0.5"
    window.canvas.set_cursor(-1.25)
    assert readout.entry.text() == "-1.25"
    sigmoid = readout.values()[0]
    assert sigmoid[1].startswith("0.2227")  # sigmoid(-1.25) = 0.22270...
    window._on_mouse_at(1.5, 0.25, 1)
    assert window.coords.text() == "pointer in f′: x = 1.5, y = 0.25"
    window.canvas.set_cursor(float("nan"))
    assert window.coords.text() == ""


def test_language_can_follow_the_system_again(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    monkeypatch.setattr(i18n, "system_language", lambda: "zh_CN")
    try:
        window.set_language("en")
        assert QSettings().value("ui/language") == "en"
        window.act_languages["system"].trigger()
        assert QSettings().value("ui/language") == ""  # each start asks the system
        assert window.lang == "zh_CN" and window.tabs.tabText(0) == "曲线"
        assert window.act_languages["system"].isChecked()
        assert i18n.choose_language() == "zh_CN"
    finally:
        window.set_language("en")


def test_pointer_over_the_comparison_row_is_named_in_the_status_bar(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from actgui.ui.plot_canvas import COMPARE_ROW

    st = window.state
    a, b = st.curves[0], st.curves[1]
    k = st.add_compare(a.uid, b.uid)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    canvas = window.canvas
    canvas.fit_axes()
    pos = canvas.scene_point(k.uid, 0, 0.5)
    assert canvas.plots[COMPARE_ROW].sceneBoundingRect().contains(pos)
    canvas._on_mouse_moved((pos,))  # what the scene's rate-limited mouse signal calls
    assert window.coords.text().startswith("pointer in a − b: x = 0.5")
    st.add_compare(b.uid, a.uid, "ratio")
    canvas._on_mouse_moved((canvas.scene_point(k.uid, 0, 0.5),))
    assert window.coords.text().startswith("pointer in a vs b: x = 0.5")


def test_readout_keeps_its_rows_whole_across_a_language_switch(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Chinese header text is taller: the readout dock grows so that the rows it
    showed whole (five at 1280x800) stay whole, no scroll bar appears."""
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    table = window.readout.table
    QApplication.processEvents()
    assert table.rowCount() == 5 and not table.verticalScrollBar().isVisible()
    try:
        for lang in ("zh_CN", "en", "zh_CN"):
            window.set_language(lang)
            for _ in range(5):
                QApplication.processEvents()
            assert not table.verticalScrollBar().isVisible(), lang
    finally:
        window.set_language("en")  # the translator is the application's: later tests read English


def _rows_high(win: MainWindow) -> float:
    table = win.readout.table
    return table.viewport().height() / table.verticalHeader().defaultSectionSize()


def test_the_readout_shows_every_curve_as_curves_come_and_go(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A readout showing every row keeps doing so, up to eight, by whole rows (a
    tester added two curves and got five rows and a scroll bar)."""
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: _rows_high(window) == 5)
    a = window.state.add_curve("silu")
    window.state.add_curve("gelu")
    qtbot.waitUntil(lambda: _rows_high(window) == 7)
    assert not window.readout.table.verticalScrollBar().isVisible()
    window.state.remove_curve(a.uid)
    qtbot.waitUntil(lambda: _rows_high(window) == 6)
    for fid in ("mish", "softplus", "selu", "celu"):
        window.state.add_curve(fid)
    qtbot.waitUntil(lambda: window.readout.table.rowCount() == 10)
    qtbot.waitUntil(lambda: _rows_high(window) == 8)  # eight, then a scroll bar


def test_a_readout_the_user_made_smaller_keeps_its_height(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: _rows_high(window) == 5)
    window.resizeDocks(
        [window.readout_dock], [window._readout_dock_height(3)], Qt.Orientation.Vertical
    )
    qtbot.waitUntil(lambda: _rows_high(window) == 3)
    height = window.readout_dock.height()
    window.state.add_curve("silu")
    qtbot.waitUntil(lambda: window.readout.table.rowCount() == 6)
    qtbot.wait(100)
    assert window.readout_dock.height() == height


def test_a_restored_layout_shows_whole_readout_rows(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A saved readout height cutting a row in part (another version, another
    window size) comes back as whole rows."""
    auto = tmp_path / "autosave.actgui.json"
    win = _start(qtbot, auto, size=(1280, 800))
    half = (win._readout_dock_height(4) + win._readout_dock_height(5)) // 2
    win.resizeDocks([win.readout_dock], [half], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: 4.2 < _rows_high(win) < 4.8)
    win.close()
    again = _start(qtbot, auto, size=(1280, 800))
    qtbot.waitUntil(lambda: _rows_high(again) in (4, 5))


def test_a_language_switch_leaves_no_part_of_a_row(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Back from Chinese (taller headers) to English, the readout shows whole rows:
    a part of the next row showed under the shorter header (found by a tester)."""
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: _rows_high(window) == 5)
    window.state.add_curve("silu")
    qtbot.waitUntil(lambda: _rows_high(window) == 6)
    try:
        for lang in ("zh_CN", "en"):
            window.set_language(lang)
            qtbot.wait(50)
            assert _rows_high(window) == 6, lang
    finally:
        window.set_language("en")


def test_a_short_window_cuts_the_readout_to_five_rows_and_a_tall_one_gives_them_back(
    window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Eight curves at 1600x918, then 1000x560: five whole rows (the plots had shrunk
    to ~90 px beside 7½ rows); back to 1600x918: all eight again (found by a tester)."""
    window.resize(1600, 918)
    for fid in ("silu", "gelu", "mish"):
        window.state.add_curve(fid)
    qtbot.waitUntil(lambda: _rows_high(window) == 8)
    window.resize(1000, 560)
    qtbot.waitUntil(lambda: _rows_high(window) == 5)
    window.resize(1600, 918)
    qtbot.waitUntil(lambda: _rows_high(window) == 8)


def test_the_status_bar_says_where_the_pointer_is_in_the_new_language(window) -> None:  # type: ignore[no-untyped-def]
    """It stayed English after a switch to Chinese until the pointer moved (found by a
    tester)."""
    window._on_mouse_at(1.5, 0.25, 1)
    assert window.coords.text().startswith("pointer in f′")
    try:
        window.set_language("zh_CN")
        assert window.coords.text() and "pointer" not in window.coords.text()
    finally:
        window.set_language("en")
    assert window.coords.text().startswith("pointer in f′")
