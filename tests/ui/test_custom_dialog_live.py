"""The custom-function dialog: where the cursor starts, a stale preview marked as
such, colours that follow the theme and texts that follow the language, live."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from actgui.ui import i18n, theme
from actgui.ui.custom_dialog import LOOKS, CustomFunctionDialog

from .helpers import MarkingTranslator
from .helpers import settle as _settle


@pytest.fixture
def light():  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    theme.apply(app, "light")
    yield app
    theme.apply(app, "light")
    app.setStyleSheet("")


@pytest.fixture
def dialog(qtbot, light):  # type: ignore[no-untyped-def]
    d = CustomFunctionDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_cursor_starts_in_the_expression(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    _settle()
    assert dialog.focusWidget() is dialog.expression
    qtbot.keyClicks(dialog.focusWidget(), "x*tanh(x)")
    assert dialog.expression.text() == "x*tanh(x)"
    assert dialog.name.text() == ""


def test_invalid_text_greys_and_marks_the_last_valid_curve(dialog) -> None:  # type: ignore[no-untyped-def]
    look = LOOKS["light"]
    dialog.expression.setText("x * sigmoid(x)")
    assert dialog.check() and not dialog.stale
    assert dialog._f.opts["pen"].color().name().lower() == look["f"].lower()
    assert dialog._f.opts["pen"].style() == Qt.PenStyle.SolidLine
    title = dialog.preview.getPlotItem().titleLabel
    assert not title.isVisible()
    dialog.expression.setText("x * sigmoid(")
    assert not dialog.check() and dialog.stale
    pen = dialog._f.opts["pen"]
    assert pen.color().name().lower() == look["stale"].lower()
    assert pen.style() == Qt.PenStyle.DashLine
    assert title.isVisible() and "last valid expression" in title.text
    assert not dialog.formula.view.isEnabled()  # the typeset formula is greyed too
    dialog.expression.setText("x * sigmoid(2*x)")
    assert dialog.check() and not dialog.stale
    assert dialog._f.opts["pen"].color().name().lower() == look["f"].lower()
    assert not title.isVisible()
    assert dialog.formula.view.isEnabled()


def test_nothing_valid_yet_is_not_called_stale(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.expression.setText("x * (")
    assert not dialog.check()
    assert not dialog.stale and dialog.function is None


def test_preview_follows_the_theme_live(qtbot, light) -> None:  # type: ignore[no-untyped-def]
    theme.apply(light, "dark")
    d = CustomFunctionDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.expression.setText("x*tanh(x)")
    d.expression.setText("x*tanh(")  # an error message, in the theme's red

    def colours() -> tuple[str, str, str]:
        bg = d.preview.backgroundBrush().color().name()
        axis = d.preview.getAxis("bottom").textPen().color().name()
        return bg, axis, d.message.styleSheet()

    bg, axis, css = colours()
    assert bg == LOOKS["dark"]["background"] and axis == LOOKS["dark"]["foreground"]
    assert LOOKS["dark"]["error"] in css
    theme.apply(light, "light")
    _settle()
    bg, axis, css = colours()
    assert bg == LOOKS["light"]["background"] and axis == LOOKS["light"]["foreground"]
    assert LOOKS["light"]["error"] in css
    assert d.palette().color(QPalette.ColorRole.Window).lightness() > 128


def test_texts_and_parser_errors_follow_a_live_language_switch(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.expression.setText("a * x")
    dialog.params.setPlainText("a = oops")
    assert not dialog.check()
    before = dialog.message.text()
    assert before.startswith("parameters: ")
    marking = MarkingTranslator()
    QCoreApplication.installTranslator(marking)
    try:
        _settle()
        assert dialog.windowTitle() == "«New custom function»"
        assert dialog.name_label.text() == "«Name»"
        assert dialog.params_label.text() == "«Parameters»"
        assert dialog.name.placeholderText() == "«e.g. quick GELU»"
        assert dialog.message.text().startswith("«parameters: »")  # checked again
    finally:
        QCoreApplication.removeTranslator(marking)
    _settle()
    assert dialog.windowTitle() == "New custom function"
    assert dialog.message.text() == before


def test_chinese_installed_while_open(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.expression.setText("")
    try:
        i18n.install("zh_CN")
        _settle()
        assert dialog.windowTitle() == "新建自定义函数"
        assert dialog.name_label.text() == "名称"
        assert dialog.message.text().startswith("输入关于 x 的表达式")
    finally:
        i18n.install("en")
    _settle()
    assert dialog.windowTitle() == "New custom function"
