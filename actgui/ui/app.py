"""Creating the QApplication and the main window (shared by the GUI and `screenshot`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# pyqtgraph picks PyQt if it is installed; actgui is built on PySide6.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ..core.state import ExplorerState


def _quiet_offscreen_note() -> None:
    """Drop the offscreen platform's note that it cannot resize native windows;
    every other Qt message still reaches stderr."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message):  # type: ignore[no-untyped-def]
        if "does not support propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def ensure_app(headless: bool = False) -> QApplication:
    """The process's QApplication, created on first use (offscreen if headless)."""
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if headless and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    _quiet_offscreen_note()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("actgui")
    app.setOrganizationName("actgui")
    app.setApplicationDisplayName("actgui")
    from PySide6.QtGui import QIcon

    icon = Path(__file__).resolve().parent / "icons" / "actgui.svg"
    if icon.exists():  # the window icon on Linux (Windows and macOS take the bundle's)
        app.setWindowIcon(QIcon(str(icon)))
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="#222222")
    return app


def autosave_path() -> str:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return str(Path(folder) / "autosave.actgui.json")


def main(session_file: str | None = None, lang: str | None = None) -> int:
    """The window: on ``session_file``, else on what was there last time."""
    from ..core import session
    from . import i18n
    from .main_window import MainWindow

    app = ensure_app()
    lang = i18n.choose_language(lang)
    i18n.install(lang)
    auto = autosave_path()
    state, note = None, ""
    if session_file is None and Path(auto).exists():
        try:
            state = session.load(auto)
            note = QCoreApplication.translate(
                "App", "Restored what was open last time (autosaved)."
            )
        except session.SessionError as exc:
            note = QCoreApplication.translate(
                "App", "Could not restore the last session: {error}"
            ).format(error=exc)
    win = MainWindow(state or ExplorerState.first_launch(), lang=lang, autosave_path=auto)
    win.show()
    if session_file is not None:
        win.open_session(session_file)
    elif note:
        win.statusBar().showMessage(note, 10000)
    return int(app.exec())


def screenshot(
    path: str,
    width: int,
    height: int,
    state: ExplorerState | None = None,
    lang: str = "en",
    theme: str = "light",
) -> None:
    """Render the whole main window to a PNG without a screen."""
    app = ensure_app(headless=True)
    from . import i18n
    from .main_window import MainWindow

    i18n.install(lang)
    win = MainWindow(state, lang=lang, theme=theme)
    win.resize(width, height)
    win.show()
    for _ in range(5):
        app.processEvents()
    win.canvas.flush_view()
    win.info_panel.flush()
    app.processEvents()
    image = win.grab().toImage()
    from ..io_atomic import atomic_write_with

    def save(tmp: str) -> None:
        if not image.save(tmp, "PNG"):
            raise OSError(f"could not write PNG to {path}")

    atomic_write_with(path, save)
    win.close()
