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
    """Delete the widgets each test closed.

    pytest-qt closes a test's widgets with deleteLater, which never runs outside an
    event loop: every window of the suite stayed alive, and every later window and
    theme switch walked them all (the suite slowed quadratically: a window took
    1.5 s to make at the start and 15 s a few hundred tests later on a loaded
    machine). pyqtgraph's parentless context menus are left alone: deleting them
    here crashed the interpreter at exit."""
    from PySide6.QtCore import QCoreApplication, QEvent

    yield
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
