"""The Info panel follows a live language switch, a live theme switch, and the
selection after a function is unticked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from actgui.core import texts
from actgui.core.state import ExplorerState
from actgui.ui import i18n, theme
from actgui.ui.info_panel import InfoPanel

from .helpers import MarkingTranslator
from .helpers import settle as _settle


@pytest.fixture
def panel(qtbot):  # type: ignore[no-untyped-def]
    state = ExplorerState.first_launch()
    p = InfoPanel(state)
    qtbot.addWidget(p)
    p.resize(380, 900)
    p.show()
    qtbot.waitExposed(p)
    yield p
    i18n.install("en")


def _texts(p: InfoPanel) -> list[str]:
    header = p.table.horizontalHeader().model()
    return [
        header.headerData(0, Qt.Orientation.Horizontal),
        header.headerData(1, Qt.Orientation.Horizontal),
        p.copy_torch.text(),
        p.copy_keras.text(),
        p.props_heading.text(),
        p.code_heading.text(),
        p.table.item(0, 0).text(),
    ]


def test_every_own_text_is_set_again_on_language_change(panel) -> None:  # type: ignore[no-untyped-def]
    state = panel.state
    state.select(state.curves_of("leaky_relu")[0].uid)
    _settle()
    before = _texts(panel)
    assert "Pros" in panel.details.text() and "«" not in panel.details.text()
    marking = MarkingTranslator()
    QCoreApplication.installTranslator(marking)
    try:
        _settle()
        after = _texts(panel)
        for old, new in zip(before, after, strict=True):
            assert new == f"«{old}»", (old, new)
        for heading in ("Pros", "Cons", "Typical uses", "Origin"):
            assert f"«{heading}»" in panel.details.text()
        # the words of the cases in the formulas too
        assert "\\text{«if» }" in panel.formula.latex()
        assert "\\text{«otherwise»}" in panel.derivative.latex()
    finally:
        QCoreApplication.removeTranslator(marking)
    _settle()
    assert _texts(panel) == before


@pytest.mark.parametrize("code_first", [True, False])
def test_switch_to_chinese_and_back_in_either_order(panel, code_first) -> None:  # type: ignore[no-untyped-def]
    state = panel.state
    state.select(state.curves_of("sigmoid")[0].uid)
    _settle()
    en_summary = panel.summary.text()
    zh_summary = texts.for_function("sigmoid", "zh_CN").summary
    if code_first:
        panel.set_language("zh_CN")
        i18n.install("zh_CN")
    else:
        i18n.install("zh_CN")
        _settle()
        panel.set_language("zh_CN")
    _settle()
    assert panel.summary.text() == zh_summary != en_summary
    assert panel.copy_torch.text() == "复制 PyTorch 代码"
    assert panel.props_heading.text() == "性质（当前参数）"
    rows = [panel.table.item(i, 0).text() for i in range(panel.table.rowCount())]
    assert "值域" in rows and "range" not in rows
    assert zh_summary in panel.summary.text()  # (the headings: test above, with any .qm)
    if code_first:
        i18n.install("en")
        panel.set_language("en")
    else:
        panel.set_language("en")
        i18n.install("en")
    _settle()
    assert panel.summary.text() == en_summary
    assert panel.copy_torch.text() == "Copy as PyTorch"
    assert panel.table.item(0, 0).text() == "range"
    assert "Pros" in panel.details.text()


def test_formula_colour_follows_the_palette(panel) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    app = QApplication.instance()
    old_palette = app.palette()
    try:
        for name in ("dark", "light"):
            theme.apply(app, name)
            _settle()
            img = panel.formula.grab().toImage()
            text = panel.formula.palette().color(panel.formula.foregroundRole())
            background = panel.formula.palette().color(panel.formula.backgroundRole())
            inked = [
                img.pixelColor(x, y)
                for x in range(img.width())
                for y in range(img.height())
                if img.pixelColor(x, y) != background
            ]
            darkest = min(inked, key=lambda c: abs(c.lightness() - text.lightness()))
            assert abs(darkest.lightness() - text.lightness()) < 40, name
            assert (QColor(text).lightness() > 128) == (name == "dark")
    finally:
        app.setStyleSheet("")
        app.setPalette(old_palette)
        theme.apply(app, "light")


def test_unticking_the_selected_function_moves_info_with_the_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A click on the check box is also a click on the row; Info follows Parameters."""
    from PySide6.QtTest import QTest

    from actgui.ui.main_window import MainWindow

    state = ExplorerState.first_launch()
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    old = state.selected_curve.function_id
    tree = win.function_list.tree
    item = win.function_list.item(old)
    tree.scrollToItem(item)
    opt = QStyleOptionViewItem()
    opt.rect = tree.visualItemRect(item)
    opt.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, tree)
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box.center()
    )
    _settle()
    assert not state.is_ticked(old)
    now = state.selected_curve
    assert now is not None and now.function_id != old
    assert win.info_panel.function_id == now.function_id
    # a later click on the unticked row still describes it (browsing the catalog)
    rect = tree.visualItemRect(item)
    QTest.mouseClick(
        tree.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )
    _settle()
    assert win.info_panel.function_id == old
