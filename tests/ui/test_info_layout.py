"""The Info dock in the window at small and large screens, both themes and
languages: every catalog function's panel fits its width, and nothing is cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from actgui.core import catalog
from actgui.core.state import ExplorerState
from actgui.ui import i18n, theme
from tests.ui.test_info_formulas import _assert_all_whole, _assert_whole

from .helpers import settle as _settle
from .sources import sources_fixture  # noqa: F401  (the fixture "sources")


@pytest.mark.parametrize(
    ("size", "lang", "theme_name"),
    [((1088, 680), "en", "light"), ((1088, 680), "zh_CN", "dark"), ((1920, 1080), "en", "dark")],
)
def test_every_function_fits_the_info_dock(qtbot, sources, size, lang, theme_name) -> None:  # type: ignore[no-untyped-def]
    """(With sources: gelu a short one, silu three, snake a long one and module code.)"""
    from actgui.ui.main_window import MainWindow

    i18n.install(lang)
    try:
        win = MainWindow(ExplorerState.first_launch(), lang=lang, theme=theme_name)
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        panel = win.info_panel
        for fid in catalog.ids():
            panel.show_function(fid)
            panel.flush()
            _settle()
            where = f"{fid} at {size} {lang}"
            _assert_all_whole(panel, where)
            body = panel.widget()
            # the panel never scrolls sideways: wider content would be cut at the right
            assert body.width() <= panel.viewport().width(), where
            for label in body.findChildren(QLabel):
                if label.isVisibleTo(panel) and not label.wordWrap() and label.text():
                    need = label.fontMetrics().horizontalAdvance(label.text())
                    assert need <= label.width(), f"{where}: {label.text()!r} cut"
            for button in body.findChildren(QPushButton):
                need = button.fontMetrics().horizontalAdvance(button.text())
                assert need < button.width(), f"{where}: button {button.text()!r} cut"
            assert panel.code.height() >= panel.code.document().size().height(), where
            module = panel.module
            assert module.isVisibleTo(panel) == (fid == "snake") or (
                catalog.get(fid).torch_module is not None
            ), where
            if module.isVisibleTo(panel):
                # every line in sight (a wide one scrolls sideways inside the view)
                lines = module.document().blockCount()
                assert module.viewport().height() >= lines * module.fontMetrics().lineSpacing()
                assert not module.verticalScrollBar().isVisible(), where
                right = module.mapTo(panel.viewport(), module.rect().topRight()).x()
                assert right <= panel.viewport().width(), where
    finally:
        i18n.install("en")
        app = QApplication.instance()
        theme.apply(app, "light")
        app.setStyleSheet("")


def test_long_custom_name_and_expression_never_widen_the_panel(qtbot) -> None:  # type: ignore[no-untyped-def]
    from actgui.core.expressions import compile_expression
    from actgui.ui.info_panel import InfoPanel

    state = ExplorerState()
    panel = InfoPanel(state)
    qtbot.addWidget(panel)
    panel.resize(360, 700)
    panel.show()
    qtbot.waitExposed(panel)
    text = "+".join(f"{k}*tanh({k}*x)" for k in range(1, 12))  # no space to break at
    name = "a_very_long_name_without_any_space_" * 2
    c = state.add_custom(compile_expression(text, [], name))
    state.select(c.uid)
    panel.flush()
    _settle()
    assert panel.widget().width() <= panel.viewport().width()
    assert panel.title.full_text() == name and panel.title.toolTip() == name
    assert panel.title.fontMetrics().horizontalAdvance(panel.title.text()) <= panel.title.width()
    assert panel.definition.isVisibleTo(panel) and text in panel.definition.text()
    _assert_whole(panel, panel.formula, "long custom")  # typeset, scrolls sideways
    state.add_curve("relu")
    state.select(state.curves_of("relu")[0].uid)
    _settle()
    assert not panel.definition.isVisibleTo(panel)
    assert panel.title.text() == "ReLU" and not panel.title.toolTip()
