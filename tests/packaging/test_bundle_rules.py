"""What the frozen app keeps and drops (packaging/bundle_rules.py), without building it."""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqminimal.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6\\plugins\\imageformats\\qsvg.dll",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/some-future-type/libqnew.so",  # unknown types are kept
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/translations/qt_zh_CN.qm",
        "PySide6/translations/qtbase_en.qm",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",  # Qt's Wayland plugins link it
        "numpy.libs/libscipy_openblas64_-32a4b2a6.so",
        "libpython3.11.so.1.0",
        "actgui/translations/actgui_zh_CN.qm",
        "pyqtgraph/colors/maps/viridis.csv",
        "resources/icons/actgui.svg",
    ],
)
def test_kept(rules, dest: str) -> None:
    assert rules.keep_entry(dest, "linux")


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
        "PySide6/plugins/platforms/qdirect2d.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/imageformats/libqwebp.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-x11-integration.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_zh_CN.qm",
        "PySide6/translations/qtbase_zh_TW.qm",
        "PySide6/opengl32sw.dll",
        "libstdc++.so.6",
        "libgcc_s.so.1",
        "libdbus-1.so.3",
        "pyqtgraph/icons/peegee/peegee_512px.png",
    ],
)
def test_dropped(rules, dest: str) -> None:
    assert not rules.keep_entry(dest, "linux")


def test_host_libraries_are_dropped_on_linux_only(rules) -> None:
    assert not rules.keep_entry("libstdc++.so.6", "linux")
    assert rules.keep_entry("libstdc++.so.6", "darwin")
    # a copy inside a wheel's own folder is that wheel's business
    assert rules.keep_entry("numpy.libs/libstdc++.so.6", "linux")


def test_plugin_of(rules) -> None:
    assert rules.plugin_of("PySide6/Qt/plugins/platforms/libqxcb.so") == ("platforms", "qxcb")
    assert rules.plugin_of("PySide6\\plugins\\platforms\\qwindows.dll") == ("platforms", "qwindows")
    assert rules.plugin_of("PySide6/Qt/plugins/platforms/libqcocoa.dylib") == (
        "platforms",
        "qcocoa",
    )
    assert rules.plugin_of("PySide6/Qt/lib/libQt6Core.so.6") is None
    assert rules.plugin_of("numpy/plugins/x/libfoo.so") is None


def test_every_wanted_platform_plugin_is_named_in_the_rules(rules) -> None:
    platforms = rules.QT_PLUGIN_RULES["platforms"]
    assert {"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"} <= platforms


def test_split_toc(rules) -> None:
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
    ]
    kept, dropped = rules.split_toc(toc, "linux")
    assert [e[0] for e in kept] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert [e[0] for e in dropped] == ["PySide6/Qt/plugins/platforms/libqvnc.so"]


def test_excluded_qt_modules(rules, tmp_path: Path) -> None:
    for name in (
        "QtCore.abi3.so",
        "QtGui.abi3.so",
        "QtNetwork.abi3.so",
        "QtQml.pyd",
        "QtOpenGL.abi3.so",
        "QtDBus.cpython-311-x86_64-linux-gnu.so",
        "libpyside6.abi3.so.6.11",
        "__init__.py",
    ):
        (tmp_path / name).write_bytes(b"")
    assert rules.excluded_qt_modules(tmp_path) == [
        "PySide6.QtDBus",
        "PySide6.QtNetwork",
        "PySide6.QtOpenGL",  # the runtime hook stands in for it
        "PySide6.QtQml",
    ]
    assert rules.excluded_qt_modules(None) == []


def test_the_modules_actgui_uses_are_not_excluded(rules) -> None:
    excluded = set(rules.EXCLUDED_MODULES)
    for needed in ("pydoc", "multiprocessing", "unittest", "numpy", "pyqtgraph", "PySide6"):
        assert needed not in excluded
    assert {"matplotlib", "PIL", "tkinter"} <= excluded
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} <= rules.QT_MODULES_USED
    assert not {"QtOpenGL", "QtOpenGLWidgets", "QtTest"} & rules.QT_MODULES_USED


def test_orphaned_libraries_follow_direct_links_only(rules) -> None:
    # qgtk3 (dropped) -> cairo -> pixman; QtGui (kept) -> fontconfig -> freetype; cairo -> freetype
    # QtDBus (kept) -> dbus (dropped: taken from the system) -> systemd -> gcrypt
    links = {
        "plugins/libqgtk3.so": ["libcairo.so.2"],
        "libcairo.so.2": ["libpixman-1.so.0", "libfreetype.so.6"],
        "libQt6Gui.so.6": ["libfontconfig.so.1"],
        "libfontconfig.so.1": ["libfreetype.so.6"],
        "libQt6DBus.so.6": ["libdbus-1.so.3"],
        "libdbus-1.so.3": ["libsystemd.so.0"],
        "libsystemd.so.0": ["libgcrypt.so.20"],
    }
    names = [
        "libcairo.so.2",
        "libpixman-1.so.0",
        "libfreetype.so.6",
        "libQt6Gui.so.6",
        "libfontconfig.so.1",
        "libQt6DBus.so.6",
        "libsystemd.so.0",
        "libgcrypt.so.20",
        "libloaded_with_dlopen.so",
    ]
    kept = [(n, "/src/" + n, "BINARY") for n in names]
    kept.append(("libQt6Gui.so.6.link", "libQt6Gui.so.6", "SYMLINK"))
    dropped = [
        ("plugins/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libdbus-1.so.3", "/src/libdbus-1.so.3", "BINARY"),
    ]
    orphans = rules.orphaned_libraries(kept, dropped, lambda dest: links.get(dest, []))
    assert orphans == {"libcairo.so.2", "libpixman-1.so.0", "libsystemd.so.0", "libgcrypt.so.20"}


def test_drop_symlinks_to(rules) -> None:
    toc = [
        (
            "libQt6EglFSDeviceIntegration.so.6",
            "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
            "SYMLINK",
        ),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("QtCore.framework/QtCore", "Versions/Current/QtCore", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
    ]
    kept = rules.drop_symlinks_to(toc, ["PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6"])
    assert [e[0] for e in kept] == [
        "libQt6Core.so.6",
        "QtCore.framework/QtCore",
        "PySide6/Qt/lib/libQt6Core.so.6",
    ]


def test_elf_needed_reads_a_real_library(rules) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("ELF only")
    import _ctypes  # a stdlib extension module, always present

    needed = rules.elf_needed(_ctypes.__file__)
    assert any(name.startswith("libc.so") for name in needed)
    assert rules.elf_needed(str(ROOT / "pyproject.toml")) == []


def test_only_the_interpreters_own_binaries_are_stripped(rules, tmp_path: Path) -> None:
    base = tmp_path / "python"
    (base / "lib" / "python3.11" / "lib-dynload").mkdir(parents=True)
    (base / "lib" / "python3.11" / "site-packages" / "numpy.libs").mkdir(parents=True)
    libpython = base / "lib" / "libpython3.11.so.1.0"
    dynload = base / "lib" / "python3.11" / "lib-dynload" / "_ctypes.so"
    openblas = base / "lib" / "python3.11" / "site-packages" / "numpy.libs" / "libopenblas.so"
    for f in (libpython, dynload, openblas):
        f.write_bytes(b"")
    assert rules.is_interpreter_binary(str(libpython), str(base))
    assert rules.is_interpreter_binary(str(dynload), str(base))
    assert not rules.is_interpreter_binary(str(openblas), str(base))
    assert not rules.is_interpreter_binary("/usr/lib/x86_64-linux-gnu/libz.so.1", str(base))


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("2.0", (2, 0, 0, 0)),
        ("1.4.0.dev3+g1234abc", (1, 4, 0, 0)),
        ("1.4.0rc1", (1, 4, 0, 0)),
        ("unknown", (0, 0, 0, 0)),
    ],
)
def test_version_tuple(rules, version: str, expected: tuple[int, ...]) -> None:
    assert rules.version_tuple(version) == expected


def test_windows_version_info_is_what_pyinstaller_reads(rules) -> None:
    text = rules.windows_version_info("1.4.2", "actgui-cli", "actgui (command line)")
    tree = ast.parse(text, mode="exec")
    call = tree.body[0].value  # type: ignore[attr-defined]
    assert isinstance(call, ast.Call) and call.func.id == "VSVersionInfo"  # type: ignore[union-attr]

    # evaluate with stand-ins for PyInstaller's classes, as its loader does with the real ones
    def record(kind):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    info = eval(text, {n: record(n) for n in names})
    fixed = info[2]["ffi"][2]
    assert fixed["filevers"] == (1, 4, 2, 0) == fixed["prodvers"]
    strings = dict(s[1] for s in info[2]["kids"][0][1][0][0][1][1])
    assert strings["ProductVersion"] == "1.4.2"
    assert strings["OriginalFilename"] == "actgui-cli.exe"
    assert strings["FileDescription"] == "actgui (command line)"


def test_macos_info_plist(rules) -> None:
    plist = rules.macos_info_plist("1.4.0.dev3+gabc")
    assert plist["NSPrincipalClass"] == "NSApplication"
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == "1.4.0"
    assert rules.BUNDLE_ID.count(".") >= 2


def test_platform_tag(rules) -> None:
    system, machine = rules.platform_tag().split("-", 1)
    assert system in {"linux", "windows", "macos"} or system == sys.platform
    assert machine and os.sep not in machine


def test_pyqtgraph_draws_with_the_opengl_stand_ins(tmp_path: Path) -> None:
    """The frozen app's runtime hook: pyqtgraph imports, plots and exports without
    PySide6.QtOpenGL and QtOpenGLWidgets (their stand-ins are what it gets)."""
    import subprocess
    import sys

    hook = Path(__file__).resolve().parents[2] / "packaging" / "rthook_no_opengl.py"
    script = f"""
import runpy, sys
runpy.run_path({str(hook)!r})
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication
import numpy as np
assert sys.modules["PySide6.QtOpenGL"].__doc__.startswith("PySide6.QtOpenGL is not bundled")
app = QApplication([])
w = pg.PlotWidget()
w.plot(np.linspace(0, 1, 50), np.linspace(0, 1, 50) ** 2)
w.resize(300, 200)
w.show()
app.processEvents()
assert not w.grab().toImage().isNull()
try:
    sys.modules["PySide6.QtOpenGL"].QOpenGLBuffer
except ImportError as exc:
    assert "not bundled" in str(exc)
else:
    raise AssertionError("the stand-in has no QOpenGLBuffer")
print("ok")
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr
