from __future__ import annotations

import pytest

from actgui.core.state import ExplorerState
from actgui.ui.app import ensure_app


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
