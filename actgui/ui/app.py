"""Creating the QApplication and the main window (shared by the GUI and `screenshot`)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import cast

# pyqtgraph picks PyQt if it is installed; actgui is built on PySide6.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ..core.state import ExplorerState

# Qt platforms that draw on a display server, and the variable naming it
_DISPLAY_PLATFORMS = {
    "xcb": "DISPLAY",
    "wayland": "WAYLAND_DISPLAY",
    "wayland-egl": "WAYLAND_DISPLAY",
}

# what the commands can do without a display (the end of every no-display line)
_NO_DISPLAY_HINT: str = cast(
    str,
    QT_TRANSLATE_NOOP(
        "App",
        "set DISPLAY to open the window, or use the command line, which runs offscreen (QT_QPA_PLATFORM=offscreen) with no display: e.g. actgui export fig.png -f relu",  # noqa: E501
    ),
)


def _x_socket_reachable(display: str) -> bool | None:
    """Whether a local X server listens for ``display`` (``:0``, ``unix:1.0``);
    None when the display is remote (TCP) and not checked here."""
    host, sep, rest = display.rpartition(":")
    if not sep or host not in ("", "unix"):
        return None
    number = rest.split(".", 1)[0]
    if not number.isdigit():
        return None
    import socket

    path = f"/tmp/.X11-unix/X{number}"
    # libxcb tries Linux's abstract socket first, then the file
    candidates = (["\0" + path] if sys.platform.startswith("linux") else []) + [path]
    for address in candidates:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(1.0)
            try:
                sock.connect(address)
            except OSError:
                continue
            return True
    return False


_NO_DISPLAY: str = cast(
    str, QT_TRANSLATE_NOOP("App", "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)")
)
_NO_DISPLAY_FOR: str = cast(
    str,
    QT_TRANSLATE_NOOP(
        "App", "no display found ({variables} not set, needed by QT_QPA_PLATFORM={platform})"
    ),
)
_NO_X_SERVER: str = cast(
    str, QT_TRANSLATE_NOOP("App", "no display found (no X server answers on DISPLAY={display})")
)
_PROBLEM_AND_HINT: str = cast(str, QT_TRANSLATE_NOOP("App", "{problem}; {hint}"))
_NO_CONNECTION: str = cast(
    str, QT_TRANSLATE_NOOP("App", "no display found (cannot connect to DISPLAY={display})")
)


def display_problem(environ: Mapping[str, str] | None = None) -> tuple[str, dict[str, str]] | None:
    """Why the window cannot open here, as (English template, fields); None if it can.

    Only Linux and the BSDs are checked, and only for Qt's xcb and wayland
    platforms: without a display server Qt aborts (exit 134) with a misleading
    note about libxcb-cursor0.  A local X display whose socket refuses
    connections is caught too; a remote one (``host:10``) is left to Qt, and
    ``ensure_app`` turns Qt's failure into the same one line.
    """
    env = os.environ if environ is None else environ
    if not (sys.platform.startswith("linux") or "bsd" in sys.platform):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    # "wayland;xcb" is a list of fallbacks; "xcb:option=value" carries options
    names = [n.split(":", 1)[0].strip() for n in chosen.split(";") if n.strip()]
    if not names:
        names = ["wayland", "xcb"]  # Qt's choice when unset: whichever display exists
    if any(n not in _DISPLAY_PLATFORMS for n in names):
        return None  # offscreen, vnc, eglfs...: no display server needed
    needed = sorted({_DISPLAY_PLATFORMS[n] for n in names})
    if not any(env.get(var) for var in needed):
        if not chosen:
            return _NO_DISPLAY, {}
        return _NO_DISPLAY_FOR, {"variables": " / ".join(needed), "platform": chosen}
    wayland_ok = any(env.get(_DISPLAY_PLATFORMS[n]) for n in names if n != "xcb")
    display = env.get("DISPLAY", "")
    if not wayland_ok and display and _x_socket_reachable(display) is False:
        return _NO_X_SERVER, {"display": display}
    return None


def check_display(lang: str | None = None) -> bool:
    """True if the window can open; else print one line in the user's language."""
    problem = display_problem()
    if problem is None:
        return True
    _say_no_display(*problem, lang=lang)
    return False


def _say_no_display(template: str, fields: dict[str, str], lang: str | None = None) -> None:
    """One line on stderr: what is missing and what works without a display."""
    try:
        line = _tr_before_app(_PROBLEM_AND_HINT, lang).format(
            problem=_tr_before_app(template, lang).format(**fields),
            hint=_tr_before_app(_NO_DISPLAY_HINT, lang),
        )
    except Exception:  # a broken translation: the English line is still right
        line = _PROBLEM_AND_HINT.format(problem=template.format(**fields), hint=_NO_DISPLAY_HINT)
    sys.stderr.write(f"actgui: error: {line}\n")
    sys.stderr.flush()


def _tr_before_app(text: str, lang: str | None) -> str:
    """``text`` (context App) in the user's language, with no QCoreApplication yet:
    --lang, else the terminal's locale, else the saved choice or the system's."""
    from PySide6.QtCore import QTranslator

    from . import i18n

    code = lang
    if code is None:
        for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(var, "")
            if value:
                code = "zh_CN" if value.startswith("zh") else "en"
                break
    if code is None:
        QCoreApplication.setOrganizationName("actgui")
        QCoreApplication.setApplicationName("actgui")
        code = i18n.choose_language(None)
    if code not in i18n.LANGUAGES or code == "en":
        return text
    tr = QTranslator()
    if not tr.load(str(i18n.QM_DIR / f"actgui_{code}.qm")):
        return text
    return tr.translate("App", text) or text


def _install_message_handler() -> None:
    """Qt's messages reach stderr, except two:

    - the offscreen platform's note that it cannot resize native windows;
    - while the QApplication is being made on a display platform, Qt's
      messages are held: if Qt then gives up (it would abort with exit 134 and
      a note about libxcb-cursor0 even when the display is only unreachable),
      one clear line is printed instead and the process exits with status 1.
    """
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    previous = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "does not support propagateSizeHints" in message:
            return
        if _held is not None:
            _held.append(message)
            if mode == QtMsgType.QtFatalMsg:
                _give_up(_held)
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


# Qt's messages held while the QApplication is made (None: not holding)
_held: list[str] | None = None


def _give_up(held: list[str]) -> None:
    text = "\n".join(held)
    if "could not connect to display" in text:
        _say_no_display(_NO_CONNECTION, {"display": os.environ.get("DISPLAY", "")})
    else:  # a real problem (a missing library): Qt's own words say which
        sys.stderr.write(text.rstrip() + "\n")
        sys.stderr.write("actgui: error: Qt could not open the window (see above)\n")
    sys.stderr.flush()
    os._exit(1)


def offscreen_font_dir(env: MutableMapping[str, str], system: str = sys.platform) -> str | None:
    """Point Qt's offscreen platform at the system's fonts on Windows.

    On Windows the offscreen platform uses Qt's FreeType font database, which
    reads fonts only from ``QT_QPA_FONTDIR`` or ``PySide6/lib/fonts`` (a folder
    PySide6 does not ship), so without this every letter of ``actgui export`` and
    ``actgui screenshot`` is drawn as an empty box, in English and Chinese alike.
    ``%WINDIR%\\Fonts`` holds Segoe UI and, on every Windows 10 and 11, Microsoft
    YaHei for Chinese.  A ``QT_QPA_FONTDIR`` the user set is kept.  Linux
    (fontconfig) and macOS (Core Text) find the system's fonts themselves.
    Returns the folder set, or None.
    """
    if system != "win32" or env.get("QT_QPA_FONTDIR"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if not platform.startswith(("offscreen", "minimal")):
        return None
    windir = env.get("WINDIR") or env.get("SystemRoot") or "C:\\Windows"
    folder = os.path.join(windir, "Fonts")
    if not os.path.isdir(folder):
        return None
    env["QT_QPA_FONTDIR"] = folder
    return folder


#: Chinese fonts in the order they are looked for: Microsoft YaHei (every Windows 10
#: and 11), SimSun, and Noto Sans CJK (what the Wine build gives its prefix).
CJK_COLLECTIONS = ("msyh.ttc", "simsun.ttc", "NotoSansCJK-Regular.ttc")


def add_offscreen_cjk_font(folder: str) -> str | None:
    """Add the first Chinese font collection of ``folder`` to the font database.

    Qt's FreeType font database reads .ttf and .otf files from QT_QPA_FONTDIR
    but skips font collections (.ttc), and every Chinese font of Windows is a
    collection: without this, Chinese would still be boxes on Windows.  Once
    added, Qt falls back to it for Chinese characters by itself.  Returns the
    collection's first family, or None when the folder has none of them.
    """
    from PySide6.QtGui import QFontDatabase

    for name in CJK_COLLECTIONS:
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            continue
        font_id = QFontDatabase.addApplicationFont(path)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            continue
        return str(families[0])
    return None


def ensure_app(headless: bool = False) -> QApplication:
    """The process's QApplication, created on first use (offscreen if headless)."""
    app = QApplication.instance()
    if app is not None:
        return cast(QApplication, app)  # the process's app is a QApplication
    if headless and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    font_dir = offscreen_font_dir(os.environ)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    _install_message_handler()
    global _held
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    _held = None if platform.startswith(("offscreen", "minimal")) else []
    try:
        app = QApplication(sys.argv[:1])
    finally:
        held, _held = _held, None
    for message in held or []:
        sys.stderr.write(message + "\n")
    if font_dir:
        add_offscreen_cjk_font(font_dir)
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


def storage_paths() -> dict[str, str]:
    """Where the settings and the autosaved session live on this system.

    ``settings``: QSettings' native store (the registry key
    ``HKEY_CURRENT_USER\\Software\\actgui\\actgui`` on Windows, a .plist in
    ~/Library/Preferences on macOS, ~/.config/actgui/actgui.conf on Linux);
    ``autosave``: the session written on quitting (%APPDATA%\\actgui\\actgui on
    Windows, ~/Library/Application Support/actgui on macOS,
    ~/.local/share/actgui/actgui on Linux), in the system's own notation.
    """
    from PySide6.QtCore import QDir, QSettings

    ensure_app(headless=True)
    return {
        "settings": QDir.toNativeSeparators(QSettings().fileName()),
        "autosave": QDir.toNativeSeparators(autosave_path()),
    }


def autosave_path() -> str:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return str(Path(folder) / "autosave.actgui.json")


def main(session_file: str | None = None, lang: str | None = None) -> int:
    """The window: on ``session_file``, else on what was there last time."""
    from ..core import session
    from . import i18n
    from .main_window import MainWindow

    if QApplication.instance() is None and not check_display(lang):
        return 1
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
    # the first frame is the settled one: shown unpainted, the window takes its size
    # and the axes their labels' width (fit_axes measures them without painting, as
    # screenshot does) before anything is drawn. Painted as it settled, the canvas
    # was drawn three times in its first ~150 ms, its axes changing width in between
    win.setUpdatesEnabled(False)
    win.show()
    app.processEvents()
    win.canvas.flush_view()
    win.canvas.fit_axes()
    win.setUpdatesEnabled(True)
    from .._startup import resume_gc

    resume_gc()  # start-up is over: what it made is frozen, collection resumes
    if session_file is not None and win.open_session(session_file):
        # the session named on the command line is where this run starts: not a step
        # that Undo could take back to the first-launch curves
        win.history.clear()
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
    # nobody sees the window settle: its layouts, timers and axes settle unpainted
    # and grab() paints it once. Painted, the canvas drew it four times on the way
    # (~25 ms each): before its layout took the window's size, then again when the
    # axes took their labels' width, which pyqtgraph learns only by painting them;
    # fit_axes measures them without painting, as for a figure
    win.setUpdatesEnabled(False)
    win.show()
    for _ in range(5):
        app.processEvents()
    win.canvas.flush_view()
    win.info_panel.flush()
    app.processEvents()
    win.canvas.fit_axes()
    win.setUpdatesEnabled(True)
    image = win.grab().toImage()
    from .._startup import resume_gc

    resume_gc()  # the window is drawn: start-up is over (actgui._startup)
    from ..core.io_atomic import atomic_write_with
    from .png_writer import write_png

    # the exports' PNG writer: the same pixels, RGB, one light zlib pass (~10 ms here,
    # Qt's writer ~45 ms and a larger file)
    atomic_write_with(path, lambda tmp: write_png(image, tmp))
    win.close()
