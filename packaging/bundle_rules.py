"""What goes into the frozen actgui, decided in one place.

Plain Python with no PyInstaller import at module level, so the spec
(`actgui.spec`), the build script and the unit tests share these rules. The spec
applies them to PyInstaller's tables of contents: lists of
``(dest_name, src_name, typecode)`` tuples.
"""

from __future__ import annotations

import os
import posixpath
import re
import struct
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

APP_NAME = "actgui"
CLI_NAME = "actgui-cli"  # Windows only: the console companion of the windowed actgui.exe
BUNDLE_ID = "org.actgui.actgui"
COPYRIGHT = "Copyright (c) the actgui developers. MIT License."
DESCRIPTION = "actgui: explorer for neural-network activation functions"

# Languages the app ships; Qt's own catalogs are kept for these only.
LANGUAGES = ("en", "zh_CN")
# Languages whose ICU locale data stays in the Linux app (icu_trim.py): the shipped
# ones, and Cantonese, whose spell-out rules zh_Hant_HK's point to.
ICU_LANGUAGES = ("en", "zh", "yue")
QT_TRANSLATION_CATALOGS = ("qt", "qtbase")  # qt_XX is the meta catalog that loads qtbase_XX

# Qt's Python modules actgui loads at run time (checked with sys.modules after a
# screenshot and an export of each format); QtSvg writes SVG. Every other PySide6
# module is excluded, which also drops its Qt plugins and translations.
# pyqtgraph imports QtOpenGL and QtOpenGLWidgets at import time but uses them
# only to draw with OpenGL, which actgui never turns on: the runtime hook
# rthook_no_opengl.py puts stand-ins in their place (QtOpenGL.abi3.so alone is
# 8.9 MB). Its import of QtTest is guarded (a missing QtTest is fine).
# libQt6OpenGL itself stays: Qt's Wayland plugins link it.
QT_MODULES_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg"})
QT_MODULES_STUBBED = ("QtOpenGL", "QtOpenGLWidgets")
RUNTIME_HOOKS = ("rthook_no_opengl.py",)

# Python packages the app never imports. Some are optional imports of
# pyqtgraph or numpy that a dirty build environment would drag in whole
# (matplotlib alone is ~40 MB with its fonts); the stdlib ones pull native
# libraries (ssl and _hashlib: OpenSSL, ~5 MB; readline: libreadline + libtinfo).
# Not excluded although it looks unused: pydoc (pyqtgraph imports it),
# multiprocessing/socket (pyqtgraph.multiprocess), unittest (numpy.testing).
EXCLUDED_MODULES = (
    # other GUI toolkits and Qt bindings
    "tkinter",
    "_tkinter",
    "turtle",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "wx",
    # heavy optional dependencies of pyqtgraph / numpy
    "matplotlib",
    "PIL",
    "scipy",
    "pandas",
    "h5py",
    "numba",
    "cupy",
    "OpenGL",
    "colorcet",
    "IPython",
    "ipykernel",
    "jupyter_rfb",
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "yaml",
    # build and packaging tools
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    "pip",
    "wheel",
    "PyInstaller",
    # stdlib parts that bring native libraries or are plainly unused
    "ssl",
    "_ssl",
    "_hashlib",
    "readline",
    "curses",
    "_curses",
    "sqlite3",
    "_sqlite3",
    "dbm",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "venv",
    "test",
)

# Qt plugins, by plugin type (the folder under plugins/). A set keeps only the
# named plugins (names without lib prefix, debug suffix or extension), ALL keeps
# the folder, NONE drops it. A type not listed here is kept (and reported), so a
# new Qt release cannot silently lose something it needs.
ALL = "all"
NONE = "none"
QT_PLUGIN_RULES: dict[str, str | frozenset[str]] = {
    # xcb: a real X11 (or XWayland) window; wayland: native Wayland sessions;
    # offscreen/minimal: headless (CI, `actgui screenshot`/`export`); windows/cocoa: the other OSes.
    # Dropped: eglfs, linuxfb, vnc, vkkhrdisplay, minimalegl (embedded), direct2d (experimental).
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "styles": ALL,  # the native Windows 11 / macOS widget styles
    "iconengines": ALL,  # qsvgicon: QIcon from an SVG file (the window icon)
    "imageformats": frozenset({"qsvg"}),  # PNG is built into QtGui; nothing else is read
    "platforminputcontexts": frozenset(  # compose keys, and ibus for Chinese input methods
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "platformthemes": frozenset({"qxdgdesktopportal"}),  # qgtk3 would bundle half of GTK
    "xcbglintegrations": ALL,
    # every desktop compositor speaks xdg-shell; ivi, qt-shell and fullscreen are for embedded
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": ALL,  # client-side title bars on GNOME
    "wayland-graphics-integration-client": ALL,
    "wayland-graphics-integration-server": NONE,  # compositor side
    "egldeviceintegrations": NONE,
    "generic": NONE,  # evdev/tuio input, for eglfs/linuxfb
    "networkinformation": NONE,
    "tls": NONE,
    "sqldrivers": NONE,
    "printsupport": NONE,
    "qmltooling": NONE,
    "qmllint": NONE,
    "designer": NONE,
    "vectorimageformats": NONE,
    "multimedia": NONE,
    "position": NONE,
    "sensors": NONE,
    "texttospeech": NONE,
    "virtualkeyboard": NONE,
}

# Files dropped wherever they are: Qt's software OpenGL (Mesa llvmpipe, ~20 MB on
# Windows) is only loaded when an OpenGL context is requested without a GPU
# driver, and actgui paints with QPainter's raster engine.
DROPPED_FILES = frozenset({"opengl32sw.dll"})

# Linux: libraries that every desktop distribution has, and that are safer
# taken from the system than from the (older) build machine. A bundled
# libstdc++ older than the system's breaks Mesa's OpenGL drivers, which load
# into the process and need the newer one; libdbus-1 drags in libsystemd,
# libgcrypt, liblz4 and libcap (3.5 MB). PySide6 and numpy wheels are
# manylinux builds, so any distribution from 2018 on has what they need.
HOST_LIBRARIES_LINUX = frozenset({"libstdc++.so.6", "libgcc_s.so.1", "libdbus-1.so.3"})

# Data files of dependencies that actgui never reads: pyqtgraph's own app icon
# (1 MB, only set by pyqtgraph.mkQApp, which actgui does not call).
DROPPED_DATA_PREFIXES = ("pyqtgraph/icons/peegee/",)

_PLUGIN_NAME = re.compile(r"^(?:lib)?(?P<name>.+?)(?:\.(?:so|dll|dylib)(?:\.\d+)*)$", re.IGNORECASE)


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def plugin_of(dest: str) -> tuple[str, str] | None:
    """(plugin type, plugin name) when dest is a Qt plugin in the bundle, else None."""
    parts = _parts(dest)
    if "PySide6" not in parts or len(parts) < 3 or parts[-3] != "plugins":
        return None
    match = _PLUGIN_NAME.match(parts[-1])
    return (parts[-2], match.group("name")) if match else None


def keep_plugin(plugin_type: str, name: str) -> bool:
    rule = QT_PLUGIN_RULES.get(plugin_type, ALL)
    if rule == ALL:
        return True
    if rule == NONE:
        return False
    assert isinstance(rule, frozenset)
    return name in rule


def translation_of(dest: str) -> str | None:
    """The file name when dest is one of Qt's own .qm catalogs in the bundle, else None."""
    parts = _parts(dest)
    if "PySide6" in parts and len(parts) >= 2 and parts[-2] == "translations":
        if parts[-1].endswith(".qm"):
            return parts[-1]
    return None


def keep_translation(filename: str) -> bool:
    return any(
        filename == f"{catalog}_{lang}.qm"
        for catalog in QT_TRANSLATION_CATALOGS
        for lang in LANGUAGES
    )


def keep_entry(dest: str, platform: str = sys.platform) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle (see the rules above)."""
    parts = _parts(dest)
    if parts and parts[-1].lower() in DROPPED_FILES:
        return False
    if platform.startswith("linux") and len(parts) == 1 and parts[0] in HOST_LIBRARIES_LINUX:
        return False
    if "/".join(parts).startswith(DROPPED_DATA_PREFIXES):
        return False
    plugin = plugin_of(dest)
    if plugin is not None:
        return keep_plugin(*plugin)
    translation = translation_of(dest)
    if translation is not None:
        return keep_translation(translation)
    return True


def excluded_qt_modules(pyside_dir: Path | None) -> list[str]:
    """``PySide6.QtX`` for every binding module installed that actgui does not use."""
    if pyside_dir is None or not pyside_dir.is_dir():
        return []
    names = set()
    for path in pyside_dir.iterdir():
        match = re.match(
            r"^(Qt\w+?)(?:\.abi3|\.cpython-[-\w]+|\.cp\d+[-\w]*)?\.(?:so|pyd)$", path.name
        )
        if match:
            names.add(match.group(1))
    return sorted(f"PySide6.{name}" for name in names - QT_MODULES_USED)


Toc = list[tuple[str, str, str]]


def split_toc(toc: Iterable[tuple[str, str, str]], platform: str = sys.platform) -> tuple[Toc, Toc]:
    """(kept, dropped) entries of a table of contents."""
    kept: Toc = []
    dropped: Toc = []
    for entry in toc:
        (kept if keep_entry(entry[0], platform) else dropped).append(entry)
    return kept, dropped


def orphaned_libraries(
    binaries: Toc, dropped: Toc, needs: Callable[[str], Iterable[str]]
) -> set[str]:
    """Destinations in ``binaries`` that only dropped entries needed.

    PyInstaller collected the link-time dependencies of everything, dropped
    plugins and libraries included (qgtk3 alone pulls cairo, pango, gdk-pixbuf;
    libdbus-1 pulls libsystemd and libgcrypt). A library reachable from a dropped
    entry is removed unless something kept reaches it without passing through a
    dropped one. ``needs(dest)`` gives the destinations that dest links against
    directly. Libraries never reachable from a dropped entry are left alone, so
    those loaded with dlopen rather than linked stay in.
    """
    gone = {dest for dest, _, kind in dropped if kind != "SYMLINK"}

    def closure(roots: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            for dep in needs(todo.pop()):
                if dep not in gone and dep not in seen:
                    seen.add(dep)
                    todo.append(dep)
        return seen

    suspects = closure(gone)
    roots = [d for d, _, kind in binaries if kind != "SYMLINK" and d not in suspects]
    return suspects - closure(roots)


def elf_needed(path: str) -> list[str]:
    """The DT_NEEDED names of an ELF shared object or executable ([] if not ELF)."""
    with open(path, "rb") as fh:
        data = fh.read()
    if data[:4] != b"\x7fELF":
        return []
    is64 = data[4] == 2
    end = "<" if data[5] == 1 else ">"
    if is64:
        shoff, shentsize, shnum = (
            struct.unpack_from(end + "Q", data, 0x28)[0],
            *struct.unpack_from(end + "HH", data, 0x3A),
        )
        sh_fmt, dyn_fmt = end + "IIQQQQIIQQ", end + "qQ"
    else:
        shoff, shentsize, shnum = (
            struct.unpack_from(end + "I", data, 0x20)[0],
            *struct.unpack_from(end + "HH", data, 0x2E),
        )
        sh_fmt, dyn_fmt = end + "IIIIIIIIII", end + "iI"
    sections = [struct.unpack_from(sh_fmt, data, shoff + i * shentsize) for i in range(shnum)]
    names = []
    for _name, sh_type, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if sh_type != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link]
        str_off = strtab[4]
        for pos in range(offset, offset + size, entsize or struct.calcsize(dyn_fmt)):
            tag, value = struct.unpack_from(dyn_fmt, data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                stop = data.index(b"\0", str_off + value)
                names.append(data[str_off + value : stop].decode())
    return names


def drop_symlinks_to(toc: Toc, removed: Iterable[str]) -> Toc:
    """toc without the SYMLINK entries that point at a removed destination.

    A SYMLINK entry's source is its target, relative to the link's folder. Links
    to anything else (macOS framework links through Versions/Current) stay.
    """
    gone = {dest.replace("\\", "/") for dest in removed}
    kept: Toc = []
    for entry in toc:
        dest, target, kind = entry
        if kind == "SYMLINK":
            parent = posixpath.dirname(dest.replace("\\", "/"))
            resolved = posixpath.normpath(posixpath.join(parent, target.replace("\\", "/")))
            if resolved in gone:
                continue
        kept.append(entry)
    return kept


def is_interpreter_binary(src: str, base_prefix: str = sys.base_prefix) -> bool:
    """libpython and the stdlib's extension modules: built with debug info on some machines.

    Only these are stripped. Wheels' libraries are left alone: stripping the
    patchelf-edited libraries that auditwheel grafts into `numpy.libs` (OpenBLAS)
    breaks numpy's import.
    """
    real = os.path.realpath(src)
    base = os.path.realpath(base_prefix)
    parts = _parts(real)
    return (
        real.startswith(base + os.sep)
        and "site-packages" not in parts
        and "dist-packages" not in parts
        and not any(p.endswith(".libs") for p in parts)
    )


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows' FILEVERSION from the release part: '1.2.3rc1+g5' -> (1, 2, 3, 0)."""
    match = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(n) for n in match.group(0).split(".")[:4]] if match else []
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def bundle_version(version: str) -> str:
    """CFBundleVersion: at most three dot-separated integers."""
    return ".".join(str(n) for n in version_tuple(version)[:3])


def windows_version_info(version: str, internal_name: str, description: str) -> str:
    """The text of a Windows version resource, in the format PyInstaller's `version=` reads."""
    v = version_tuple(version)
    strings = {
        "CompanyName": "actgui developers",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": internal_name,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{internal_name}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {val!r})" for k, val in strings.items())
    return f"""# Generated by packaging/bundle_rules.py; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={v!r},
    prodvers={v!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def macos_info_plist(version: str) -> dict[str, object]:
    """Info.plist keys beyond those BUNDLE writes itself (name, identifier, executable, icon)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": bundle_version(version),
        "CFBundleVersion": bundle_version(version),
        "NSHumanReadableCopyright": COPYRIGHT,
        "NSPrincipalClass": "NSApplication",  # without it: blurry text on retina screens
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "LSApplicationCategoryType": "public.app-category.education",
    }


def platform_tag() -> str:
    """'linux-x86_64', 'windows-x86_64', 'macos-arm64', ...: the artifacts' platform part."""
    import platform

    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    if system.startswith("linux"):
        system = "linux"
    return f"{system}-{machine}"
