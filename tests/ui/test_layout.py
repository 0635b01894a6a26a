"""Every main view laid out at the screen sizes people have, in both themes and languages,
checked for what a person would see as broken (tests/ui/layout_checks.py): clipped or
elided texts, children cut off by a squeezed layout, a readout that hides its rows, a
formula cut in half, a legend over the curves.

The window sizes are 1088x680 (the default window on a 1280x800 screen), 1280x800,
1600x1000 and 1920x1080.  The same checks run under a real X server in CI
(``.ci/run`` runs this file once more with QT_QPA_PLATFORM=xcb under Xvfb).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from actgui.core import catalog, session
from actgui.ui import i18n
from actgui.ui import theme as themes
from actgui.ui.main_window import _DEPTH_TAB, SHORT_WINDOW, SHORT_WINDOW_ROWS, MainWindow

from .layout_checks import layout_problems
from .sources import sources_fixture  # noqa: F401  (the fixture "sources")

SIZES = [(1088, 680), (1280, 800), (1600, 1000), (1920, 1080)]
EIGHT = Path(__file__).with_name("eight_curves.actgui.json")


@pytest.fixture
def language():  # type: ignore[no-untyped-def]
    """Install a language for one test and go back to English after it."""
    yield lambda lang: i18n.install(lang)
    i18n.install("en")


def _window(qtbot, size, lang: str, theme: str) -> MainWindow:  # type: ignore[no-untyped-def]
    state = session.load(EIGHT)
    win = MainWindow(state, lang=lang, theme=theme)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    for _ in range(3):
        QApplication.processEvents()
    win.canvas.flush_view()
    win.info_panel.flush()
    return win


def _readout_hides_rows(win: MainWindow) -> list[str]:
    """Every row (up to eight) where the window has room, five in a short window."""
    table = win.readout.table
    rows = min(table.rowCount(), 8 if win.height() >= SHORT_WINDOW else SHORT_WINDOW_ROWS)
    need = sum(table.rowHeight(i) for i in range(rows))
    have = table.viewport().height()
    if need > have + 1:
        return [f"readout shows {have} px of its first {rows} rows' {need} px"]
    return []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_curves_tab_with_eight_curves(qtbot, language, size, theme: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    language(lang)
    win = _window(qtbot, size, lang, theme)
    try:
        problems = layout_problems(win) + _readout_hides_rows(win)
        assert not problems, "\n".join(problems)
    finally:
        themes.apply(QApplication.instance(), "light")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_info_panel_for_every_function(qtbot, language, sources, lang: str) -> None:  # type: ignore[no-untyped-def]
    """Sources (a long one, several), module code and a learnable parameter included."""
    language(lang)
    win = _window(qtbot, (1088, 680), lang, "light")
    problems = []
    panel = win.info_panel
    for fid in catalog.ids():
        panel.show_function(fid)
        panel.flush()
        QApplication.processEvents()
        # and the notes a copy shows
        if panel.bib_row.isVisibleTo(panel):
            panel.copy_bibtex.click()
        if panel.copy_torch.isEnabled():
            panel.copy_torch.click()
        QApplication.processEvents()
        problems += [f"{fid}: {p}" for p in layout_problems(panel)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", [(1088, 680), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_depth_lab_before_a_run(qtbot, language, size, lang: str) -> None:  # type: ignore[no-untyped-def]
    language(lang)
    win = _window(qtbot, size, lang, "light")
    win.tabs.setCurrentIndex(_DEPTH_TAB)
    QApplication.processEvents()
    problems = layout_problems(win.depth_lab)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", [(1088, 680), (1920, 1080)], ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_depth_lab_after_a_run(qtbot, language, size, lang: str) -> None:  # type: ignore[no-untyped-def]
    from actgui.core import depth

    language(lang)
    win = _window(qtbot, size, lang, "dark")
    try:
        win.tabs.setCurrentIndex(_DEPTH_TAB)
        lab = win.depth_lab
        lab.set_functions(["sigmoid", "relu", "leaky_relu(negative_slope=0.2)", "gelu"])
        lab.set_config(depth.DepthConfig(layers=20, width=32, batch=32))
        assert lab.start()
        assert lab.wait(120.0)
        for _ in range(3):
            QApplication.processEvents()
        problems = layout_problems(win.depth_lab)
        assert not problems, "\n".join(problems)
    finally:
        themes.apply(QApplication.instance(), "light")


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_dialogs(qtbot, language, theme: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The export and custom-function dialogs at their opening size, over a 1088x680 window."""
    from actgui.ui.custom_dialog import CustomFunctionDialog
    from actgui.ui.export_dialog import ExportDialog

    language(lang)
    win = _window(qtbot, (1088, 680), lang, theme)
    try:
        for dialog in (ExportDialog(win.state, theme=theme, parent=win), CustomFunctionDialog(win)):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            QApplication.processEvents()
            assert dialog.width() <= win.width() and dialog.height() <= win.height()
            problems = layout_problems(dialog)
            assert not problems, f"{type(dialog).__name__}:\n" + "\n".join(problems)
            dialog.close()
    finally:
        themes.apply(QApplication.instance(), "light")
