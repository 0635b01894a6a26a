from __future__ import annotations

import pytest

from actgui.core.state import ExplorerState
from actgui.ui.app import ensure_app


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory):  # type: ignore[no-untyped-def]
    """QSettings in a temporary folder: tests never touch the user's settings."""
    from PySide6.QtCore import QSettings

    ensure_app()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )
    QSettings().clear()


@pytest.fixture(autouse=True)
def _free_closed_widgets():  # type: ignore[no-untyped-def]
    """Delete what each test's windows left behind.

    pytest-qt closes a test's widgets with deleteLater, which outside an event loop
    never runs; pyqtgraph's context menus have no parent at all. Left alone, every
    window of the suite stayed in memory, and every theme switch or new window after
    it walked them all: the suite slowed quadratically (a window took 1.5 s to make at
    the start and over 3 s a few hundred tests later)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for w in QApplication.topLevelWidgets():
        if w not in before and not w.isVisible():
            w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    ensure_app()
    from actgui.ui.main_window import MainWindow

    win = MainWindow(ExplorerState.first_launch())
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    return win
