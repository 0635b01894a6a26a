"""The Info panel's properties table: its columns share its width whenever it changes,
so a value that fits is never cut (found by a tester: after a restart, with the window
layout restored, 'increasing' showed as 'increasin' until a language switch)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from actgui.core.state import ExplorerState
from actgui.ui.info_panel import InfoPanel
from actgui.ui.info_widgets import PropertyTable

from .helpers import settle

ROWS = [
    ("range", "(0, 1)"),
    ("monotonic", "increasing"),
    ("zero-centred (f(0) = 0, both signs)", "no"),
    ("saturates (f′ → 0)", "x → -∞, x → +∞"),
    ("smoothness", "C∞"),
]


def cut_words(table: QTableWidget) -> list[str]:
    """The words of the cells wider than their column (a word does not wrap: it is cut)."""
    fm = table.fontMetrics()
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    cut = []
    for row in range(table.rowCount()):
        for col in (0, 1):
            room = (
                table.columnWidth(col)
                if col == 0
                else table.viewport().width() - table.columnWidth(0)
            )
            cut += [
                w
                for w in table.item(row, col).text().split()
                if fm.horizontalAdvance(w) + margin > room
            ]
    return cut


def one_line(table: QTableWidget) -> bool:
    """Every cell on one line: every row as tall as a one-line row."""
    one = table.fontMetrics().height()
    return all(table.rowHeight(r) < 2 * one for r in range(table.rowCount()))


@pytest.fixture
def host(qtbot):  # type: ignore[no-untyped-def]
    w = QWidget()
    QVBoxLayout(w).addWidget(table := PropertyTable())
    table.setHorizontalHeaderLabels(["Property", "Value"])
    table.setRowCount(len(ROWS))
    for i, (k, v) in enumerate(ROWS):
        table.setItem(i, 0, QTableWidgetItem(k))
        table.setItem(i, 1, QTableWidgetItem(v))
    qtbot.addWidget(w)
    w.resize(560, 400)
    w.show()
    qtbot.waitExposed(w)
    settle()
    w.table = table
    return w


def test_the_columns_are_shared_again_when_the_table_narrows_or_widens(host) -> None:  # type: ignore[no-untyped-def]
    table = host.table
    assert one_line(table) and not cut_words(table)
    names = max(table.fontMetrics().horizontalAdvance(k) for k, _v in ROWS)
    assert names < table.columnWidth(0) < names + 30  # the names' width: the values stretch
    for width in (300, 240, 200, 560):  # narrower than both on one line, then wide again
        host.resize(width, 400)
        settle()
        assert not cut_words(table), width
        rows = sum(table.rowHeight(i) for i in range(table.rowCount()))
        assert table.height() == table.horizontalHeader().height() + rows + 2 * table.frameWidth()
    assert one_line(table)


def test_the_values_stay_whole_while_the_names_wrap(host) -> None:  # type: ignore[no-untyped-def]
    table = host.table
    host.resize(300, 400)
    settle()
    values = max(table.fontMetrics().horizontalAdvance(v) for _k, v in ROWS)
    assert table.viewport().width() - table.columnWidth(0) > values
    assert not one_line(table)  # the long names wrap instead


def test_the_panel_keeps_its_values_whole_after_a_hidden_resize(qtbot) -> None:  # type: ignore[no-untyped-def]
    """As when a restart restores the window layout: the panel laid out wide, then
    hidden, made narrower and shown again (its table was told of no width change)."""
    panel = InfoPanel(ExplorerState.first_launch())
    if not isinstance(panel.table, PropertyTable):
        pytest.skip("the info panel does not use PropertyTable yet")
    qtbot.addWidget(panel)
    panel.resize(640, 480)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_function("sigmoid")
    panel.flush()
    settle()
    assert not cut_words(panel.table)
    panel.hide()
    panel.resize(290, 500)
    settle()
    panel.show()
    settle()
    assert not cut_words(panel.table)
