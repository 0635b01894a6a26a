"""The function list: check boxes readable in both themes and after a switch,
line samples that do not look like check boxes, the filter's note and Esc,
live language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyleOptionViewItem,
    QTreeWidgetItem,
)

from actgui.core.expressions import compile_expression
from actgui.core.state import ExplorerState
from actgui.ui import i18n, theme
from actgui.ui.function_list import FunctionList


@pytest.fixture
def flist(qtbot):  # type: ignore[no-untyped-def]
    state = ExplorerState.first_launch()
    widget = FunctionList(state)
    qtbot.addWidget(widget)
    widget.resize(260, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    theme.apply(QApplication.instance(), "light")


def indicator_rect(widget: FunctionList, item: QTreeWidgetItem) -> QRect:
    tree = widget.tree
    index = tree.indexFromItem(item)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    tree.itemDelegate().initStyleOption(option, index)
    rect = tree.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree
    )
    assert rect.width() >= 10 and rect.height() >= 10, rect
    return rect


def pixels(image: QImage, rect: QRect) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    ]


def distance(a: QColor, b: QColor) -> float:
    return float(
        ((a.red() - b.red()) ** 2 + (a.green() - b.green()) ** 2 + (a.blue() - b.blue()) ** 2)
        ** 0.5
    )


def check_boxes(qtbot, widget: FunctionList, name: str) -> None:  # type: ignore[no-untyped-def]
    """Checked and unchecked boxes, selected or not, are told apart on sight."""
    app = QApplication.instance()
    theme.apply(app, name)
    qtbot.wait(20)
    tree = widget.tree
    checked, unchecked = widget.item("relu"), widget.item("softsign")
    assert checked.checkState(0) == Qt.CheckState.Checked
    assert unchecked.checkState(0) == Qt.CheckState.Unchecked
    highlight = tree.palette().color(QPalette.ColorRole.Highlight)
    base = tree.palette().color(QPalette.ColorRole.Base)
    for selected in (None, checked):
        tree.setCurrentItem(selected)
        tree.clearSelection() if selected is None else selected.setSelected(True)
        qtbot.wait(10)
        image = tree.viewport().grab().toImage()
        on = pixels(image, indicator_rect(widget, checked))
        off = pixels(image, indicator_rect(widget, unchecked))
        # a frame on the unchecked box: pixels that stand out from the base colour
        assert sum(distance(c, base) > 90 for c in off) >= 20, name
        # a check mark: the checked box differs from the unchecked one inside
        assert sum(distance(a, b) > 90 for a, b in zip(on, off)) >= 8, name
        # and is neither a plain square nor the selection highlight
        inner = indicator_rect(widget, checked).adjusted(3, 3, -3, -3)
        inside = pixels(image, inner)
        lightness = [c.lightness() for c in inside]
        assert max(lightness) - min(lightness) > 100, name
        like_highlight = sum(distance(c, highlight) < 60 for c in inside)
        assert like_highlight < len(inside) / 4, (name, selected)


def test_check_boxes_in_both_themes_and_after_switches(qtbot, flist) -> None:  # type: ignore[no-untyped-def]
    for name in ("light", "dark", "light", "dark"):
        check_boxes(qtbot, flist, name)


def test_line_sample_only_for_plotted_functions(flist) -> None:  # type: ignore[no-untyped-def]
    state = flist.state
    relu = flist.item("relu").icon(0).pixmap(24, 12).toImage()
    softsign = flist.item("softsign").icon(0).pixmap(24, 12).toImage()
    drawn = [relu.pixelColor(x, 6).alpha() for x in range(24)]
    assert sum(a > 200 for a in drawn) >= 18  # a line across
    assert all(softsign.pixelColor(x, y).alpha() == 0 for x in range(24) for y in range(12))
    # a dashed curve shows a dashed sample: gaps along the line
    gelus = [state.add_curve("gelu") for _ in range(6)]  # ten colours, then dashes
    assert gelus[-1].style == "dash"
    for c in gelus[:-1]:
        state.remove_curve(c.uid)
    sample = flist.item("gelu").icon(0).pixmap(24, 12).toImage()
    row = [sample.pixelColor(x, 6).alpha() for x in range(1, 23)]
    assert any(a < 50 for a in row) and any(a > 200 for a in row)
    ink = max((sample.pixelColor(x, 6) for x in range(24)), key=lambda c: c.alpha())
    assert ink.blue() > ink.red() + 40  # the first colour again, #4E79A7, is blue


def test_no_match_note_and_esc(qtbot, flist) -> None:  # type: ignore[no-untyped-def]
    edit = flist.filter_edit
    qtbot.keyClicks(edit, "zzq")
    assert all(item.isHidden() for item in flist._items.values())
    assert flist.no_match.isVisible()
    assert "zzq" in flist.no_match.text()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    assert not flist.no_match.isVisible()
    assert not any(item.isHidden() for item in flist._items.values())
    # aliases match: Swish is SiLU
    qtbot.keyClicks(edit, "swish")
    shown = [fid for fid, item in flist._items.items() if not item.isHidden()]
    assert "silu" in shown
    assert not flist.no_match.isVisible()


def test_custom_functions_are_filtered_too(qtbot, flist) -> None:  # type: ignore[no-untyped-def]
    fn = compile_expression("x * sigmoid(1.702*x)", name="quick gelu")
    flist.state.add_custom(fn)
    flist.filter_edit.setText("quick")
    shown = [fid for fid, item in flist._items.items() if not item.isHidden()]
    assert shown == [fn.activation.id]
    assert not flist._custom_group.isHidden()
    flist.filter_edit.setText("relu")
    assert flist._custom_group.isHidden()


def test_language_switch(qtbot, flist) -> None:  # type: ignore[no-untyped-def]
    fn = compile_expression("x * tanh(x)", name="mine")
    flist.state.add_custom(fn)
    sigmoidal = flist.tree.topLevelItem(0)
    count = sigmoidal.childCount()
    assert sigmoidal.text(0) == f"Sigmoidal ({count})"
    try:
        assert i18n.install("zh_CN")
        qtbot.waitUntil(lambda: flist.filter_edit.placeholderText() == "筛选函数…")
        assert sigmoidal.text(0).startswith("S 型") and str(count) in sigmoidal.text(0)
        assert flist._custom_group.text(0).startswith("自定义")
        # the filter searches the family titles in the language shown
        flist.filter_edit.setText("S 型")
        assert not flist.item("tanh").isHidden()
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: flist.filter_edit.placeholderText() == "Filter functions…")
    assert sigmoidal.isHidden()  # "S 型" is not an English title: nothing matches
    assert sigmoidal.text(0) == f"Sigmoidal (0 of {count})"
    flist.filter_edit.setText("tanh")
    assert sigmoidal.text(0).startswith("Sigmoidal (") and " of " in sigmoidal.text(0)
    flist.filter_edit.clear()
    assert sigmoidal.text(0) == f"Sigmoidal ({count})"
    assert flist._custom_group.text(0) == "Custom (1)"


def test_preferred_width_shows_every_name_whole(qtbot, flist) -> None:  # type: ignore[no-untyped-def]
    theme.apply(QApplication.instance(), "light")
    flist.state.add_curve("leaky_relu")  # "Leaky ReLU  ×2"
    flist.resize(flist.preferred_width(), 600)
    qtbot.wait(20)
    tree = flist.tree
    fm = tree.fontMetrics()
    assert tree.verticalScrollBar().isVisible()
    for item in flist._items.values():
        index = tree.indexFromItem(item)
        option = QStyleOptionViewItem()
        tree.initViewItemOption(option)
        option.rect = tree.visualRect(index)
        tree.itemDelegate().initStyleOption(option, index)
        text = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
        end = text.left() + fm.horizontalAdvance(item.text(0))
        assert end <= tree.viewport().width(), (item.text(0), end, tree.viewport().width())
    assert flist.sizeHint().width() == flist.preferred_width()
