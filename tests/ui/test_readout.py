"""The readout dock: every row shows, columns balanced, numbers never elided,
hidden curves greyed, live language switch."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyle, QTableWidget

from actgui.core import session
from actgui.core.state import ExplorerState
from actgui.ui import i18n
from actgui.ui.function_list import SAMPLE_SIZE
from actgui.ui.readout import ROWS_WITHOUT_SCROLLING, Readout, fmt

#: the issue's eight-curve session (long labels, two Leaky ReLU copies)
EIGHT = """{"format": "actgui-session", "version": 1, "x_range": [-6.0, 6.0], "points": 2000,
 "view": null, "rows": [true, true, true], "preset": "pytorch",
 "options": {"overlay": false, "grid": true, "legend": true, "shade_saturation": false,
             "saturation_eps": 0.01, "shade_dead": false},
 "curves": [
  {"function": "sigmoid", "params": {}, "color": "#4E79A7", "style": "solid", "visible": true},
  {"function": "tanh", "params": {}, "color": "#F28E2B", "style": "solid", "visible": true},
  {"function": "relu", "params": {}, "color": "#E15759", "style": "solid", "visible": true},
  {"function": "leaky_relu", "params": {"negative_slope": 0.83}, "color": "#76B7B2",
   "style": "solid", "visible": true},
  {"function": "elu", "params": {}, "color": "#59A14F", "style": "solid", "visible": true},
  {"function": "log_sigmoid", "params": {}, "color": "#EDC948", "style": "solid",
   "visible": true},
  {"function": "leaky_relu", "params": {"negative_slope": 0.1}, "color": "#B07AA1",
   "style": "solid", "visible": true},
  {"function": "gelu", "params": {"approximate": "tanh"}, "color": "#FF9DA7",
   "style": "solid", "visible": true}],
 "selected": 3}
"""


def eight_curves(tmp_path) -> ExplorerState:  # type: ignore[no-untyped-def]
    path = tmp_path / "eight.actgui.json"
    path.write_text(EIGHT, encoding="utf-8")
    return session.load(path)


def open_window(qtbot, state, width, height, theme="light"):  # type: ignore[no-untyped-def]
    from actgui.ui.main_window import MainWindow

    win = MainWindow(state, theme=theme)
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(20)  # let the dock layout settle
    return win


def text_margin(table: QTableWidget) -> int:
    """Room the item view keeps on each side of a cell's text."""
    return table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1


def assert_nothing_elided(readout: Readout) -> None:
    table = readout.table
    fm = table.fontMetrics()
    m = text_margin(table)
    for i in range(table.rowCount()):
        for j in range(4):
            text = table.item(i, j).text()
            need = fm.horizontalAdvance(text) + 2 * m
            if j == 0:
                need += SAMPLE_SIZE.width() + 2 * m  # the line sample and its gap
            assert need <= table.columnWidth(j), (i, j, text, need, table.columnWidth(j))


def assert_rows_visible(readout: Readout, rows: int) -> None:
    table = readout.table
    assert table.rowCount() == rows
    viewport = table.viewport().rect()
    for i in range(rows):
        rect = table.visualRect(table.model().index(i, 0, QModelIndex()))
        assert viewport.contains(rect), (i, rect, viewport)
    assert table.verticalScrollBar().maximum() == 0
    assert not table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_eight_rows_show_whole_in_the_main_window(qtbot, tmp_path, size) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, eight_curves(tmp_path), *size)
    readout = win.readout
    for x in (math.nan, 0.5, -1e-7, -3.0e-5, 123456.789):
        readout.show_x(x)
        readout.values()
        assert_rows_visible(readout, ROWS_WITHOUT_SCROLLING)
        assert_nothing_elided(readout)


def test_columns_are_balanced(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, eight_curves(tmp_path), 1280, 800)
    table = win.readout.table
    widths = [table.columnWidth(j) for j in range(4)]
    available = table.viewport().width()
    assert sum(widths) <= available
    assert sum(widths) >= available - 3  # no empty band at the right
    # the curve column is sized to its labels, not most of the width
    fm = table.fontMetrics()
    longest = max(fm.horizontalAdvance(r[0]) for r in win.readout.values())
    assert widths[0] < longest + SAMPLE_SIZE.width() + 6 * fm.horizontalAdvance("M")
    assert widths[0] < 0.45 * available
    # the value columns share the rest
    assert max(widths[1:]) - min(widths[1:]) <= 3


def test_narrow_readout_elides_labels_not_numbers(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    readout = Readout(eight_curves(tmp_path))
    qtbot.addWidget(readout)
    readout.resize(560, readout.preferred_height())
    readout.show()
    qtbot.waitExposed(readout)
    readout.show_x(-1e-7)
    table = readout.table
    fm = table.fontMetrics()
    m = text_margin(table)
    for i in range(table.rowCount()):
        for j in (1, 2, 3):
            text = table.item(i, j).text()
            assert fm.horizontalAdvance(text) + 2 * m <= table.columnWidth(j), text
        # a label too long for its column tells the whole of it in the tool tip
        assert table.item(i, 0).toolTip() == table.item(i, 0).text()
    long_label = "Leaky ReLU (negative_slope=0.83)"
    assert any(table.item(i, 0).text() == long_label for i in range(table.rowCount()))
    assert table.columnWidth(0) < fm.horizontalAdvance(long_label) + SAMPLE_SIZE.width()


def test_size_hint_asks_for_every_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = ExplorerState()
    readout = Readout(state)
    qtbot.addWidget(readout)
    one = readout.sizeHint().height()
    for fid in ("sigmoid", "tanh", "relu", "elu", "gelu", "selu", "mish", "silu"):
        state.add_curve(fid)
    readout.values()
    eight = readout.sizeHint().height()
    assert eight == readout.preferred_height() == readout.preferred_height(8)
    assert eight - one == 7 * readout.table.verticalHeader().defaultSectionSize()
    # the user may drag the dock down to three rows (a short screen needs the plots)
    assert readout.minimumSizeHint().height() == readout.preferred_height(3) < eight
    # compact rows: about a line of text each
    assert readout.table.verticalHeader().defaultSectionSize() <= readout.fontMetrics().height() + 8
    state.add_curve("celu")  # a ninth scrolls
    readout.values()
    assert readout.sizeHint().height() == eight


def test_hidden_curve_keeps_a_greyed_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    state = ExplorerState.first_launch()
    readout = Readout(state)
    qtbot.addWidget(readout)
    readout.show_x(1.0)
    relu = state.curves_of("relu")[0]
    row = state.curves.index(relu)
    assert readout.values()[row] == ("ReLU", "1", "1", "0")
    state.set_curve_visible(relu.uid, False)
    assert readout.values()[row] == ("ReLU", "—", "—", "—")
    item = readout.table.item(row, 0)
    grey = readout.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert item.foreground().color() == grey
    assert item.font().italic()
    assert "hidden" in item.toolTip()
    state.set_curve_visible(relu.uid, True)
    assert readout.values()[row] == ("ReLU", "1", "1", "0")
    assert not readout.table.item(row, 0).font().italic()
    assert readout.table.item(row, 0).toolTip() == "ReLU"


def test_language_switch_retranslates(qtbot) -> None:  # type: ignore[no-untyped-def]
    readout = Readout(ExplorerState.first_launch())
    qtbot.addWidget(readout)
    readout.show()
    header = readout.table.horizontalHeaderItem(0)
    assert header.text() == "curve"
    try:
        assert i18n.install("zh_CN")
        qtbot.waitUntil(lambda: readout.table.horizontalHeaderItem(0).text() != "curve")
        assert readout.table.horizontalHeaderItem(0).text() == "曲线"
        assert readout.entry.placeholderText() == "输入 x 后回车"
        assert readout.entry.toolTip().startswith("读取")
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: readout.table.horizontalHeaderItem(0).text() == "curve")
    assert readout.entry.placeholderText() == "type x, Enter"


def test_refused_entry_is_said_with_what_is_allowed(qtbot) -> None:  # type: ignore[no-untyped-def]
    readout = Readout(ExplorerState.first_launch())
    qtbot.addWidget(readout)
    readout.entry.setText("abc")
    readout.entry.returnPressed.emit()
    assert "'abc'" in readout.error.text() and "1e-3" in readout.error.text()
    readout.entry.setText("0.25")
    readout.entry.returnPressed.emit()
    assert readout.error.text() == ""
    assert readout.values()[0][1] == fmt(1 / (1 + math.exp(-0.25)))


def test_a_refusal_is_forgotten_once_the_crosshair_fills_the_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The error about a refused x goes when the crosshair puts another x in the box
    (it stayed, under values it no longer spoke of; found by a tester)."""
    readout = Readout(ExplorerState.first_launch())
    qtbot.addWidget(readout)
    readout.entry.setText("abc")
    readout.entry.returnPressed.emit()
    assert "'abc'" in readout.error.text()
    readout.show_x(float("nan"))  # the pointer leaving the plots: the box is empty
    assert "'abc'" in readout.error.text()
    readout.show_x(0.5)  # the crosshair at 0.5
    assert readout.entry.text() == fmt(0.5) and readout.error.text() == ""


def test_a_refusal_is_forgotten_even_with_the_box_still_focused(qtbot) -> None:  # type: ignore[no-untyped-def]
    """After Enter on a refused x the box keeps the focus; the crosshair still takes it
    back (the box kept 'abc' and its error beside the crosshair's values; found by a
    tester), while a box being typed in again is left alone."""
    from PySide6.QtCore import Qt

    readout = Readout(ExplorerState.first_launch())
    qtbot.addWidget(readout)
    readout.entry.hasFocus = lambda: True  # type: ignore[method-assign]  # the user's box
    qtbot.keyClicks(readout.entry, "abc")
    qtbot.keyClick(readout.entry, Qt.Key.Key_Return)
    assert "'abc'" in readout.error.text()
    readout.show_x(0.5)
    assert readout.entry.text() == fmt(0.5) and readout.error.text() == ""
    qtbot.keyClicks(readout.entry, "7")  # typing again: the crosshair leaves the box alone
    readout.show_x(0.25)
    assert readout.entry.text() == fmt(0.5) + "7"


def error_colour(readout: Readout):  # type: ignore[no-untyped-def]
    """The colour the error text is drawn in."""
    readout.error.setText("not a finite number")
    image = readout.error.grab().toImage()
    background = image.pixelColor(0, 0)
    far = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60
    ]
    assert far, "no text drawn"
    return max(far, key=lambda c: c.saturation())


def test_error_colour_follows_the_theme(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from actgui.ui import theme

    readout = Readout(ExplorerState.first_launch())
    qtbot.addWidget(readout)
    app = QApplication.instance()
    try:
        theme.apply(app, "dark")
        qtbot.waitUntil(
            lambda: error_colour(readout).lightness() > 140
        )  # readable on the dark window
        theme.apply(app, "light")
        qtbot.waitUntil(lambda: error_colour(readout).lightness() < 130)
    finally:
        theme.apply(app, "light")
    assert Qt.AlignmentFlag.AlignRight & readout.table.item(0, 1).textAlignment()


def test_values_follow_a_parameter_that_keeps_changing(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A play button changes a parameter every 30 ms: the table is refreshed at most
    50 ms after the first change of a run, not once the changes stop (a timer
    restarted at every change never fired while a parameter played)."""
    import time

    from PySide6.QtWidgets import QApplication

    st = ExplorerState.first_launch()
    for c in list(st.curves):
        st.remove_curve(c.uid)
    lr = st.add_curve("leaky_relu")
    readout = Readout(st)
    qtbot.addWidget(readout)
    readout.show_x(-1.0)
    timer = readout._refresh_timer
    st.set_param(lr.uid, "negative_slope", 0.02)
    assert timer.isActive()
    time.sleep(0.03)
    st.set_param(lr.uid, "negative_slope", 0.03)  # the next change does not push it back
    assert timer.remainingTime() <= 25
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=1000)
    QApplication.processEvents()
    assert float(readout.table.item(0, 1).text()) == -0.03  # as drawn (values() flushes)


def test_a_typed_x_fills_the_table_once_and_moves_the_crosshair(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, eight_curves(tmp_path), 1200, 800)
    readout, canvas = win.readout, win.canvas
    readout.entry.setText("0.5")
    before = readout.shows
    readout.entry.returnPressed.emit()
    assert readout.shows == before + 1  # not once from the entry and again from the canvas
    assert readout.shown_x == 0.5 and canvas.cursor_x() == 0.5
    assert readout.values()[0][1] == fmt(1 / (1 + math.exp(-0.5)))


def test_a_lone_readout_shows_a_typed_x_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    readout = Readout(ExplorerState.first_launch())
    qtbot.addWidget(readout)
    readout.entry.setText("-2")
    before = readout.shows
    readout.entry.returnPressed.emit()
    assert readout.shows == before + 1 and readout.shown_x == -2.0
