"""Run a frozen actgui headless and check that it works; exit 1 on any failure.

    python packaging/smoke_test.py dist/actgui            # Linux / Windows onedir folder
    python packaging/smoke_test.py dist/actgui.app        # macOS bundle
    python packaging/smoke_test.py dist/actgui --xcb      # Linux: also an X11 window (xvfb-run)

Standard library only, so any Python can run it against any build. Every
command runs with QT_QPA_PLATFORM=offscreen (no screen needed), in an empty
folder, without PYTHONPATH/PYTHONHOME, with a timeout. Checks:

- `--version` prints `actgui VERSION` (and --expect-version VERSION if given);
- `list --json` is a JSON list of functions with id, name and params;
- `screenshot out.png --width W --height H` writes a W x H PNG that is not blank,
  in English and in Chinese (and the two differ);
- `export` writes .svg (well-formed XML), .png (not blank), .pdf and .csv;
- bad input exits 2 with one line on stderr;
- letters are drawn as letters, not as the empty boxes Qt draws when it finds
  no font: two labels made of the same letters in another order (Latin, and
  Chinese) must give different pictures (`export`, and the windowed app);
- an export into a folder whose path has spaces and Chinese letters works
  (on Windows: backslashes, as C:\\Users\\Some One\\Documents\\fig.png);
- `paths` names the system's own places for settings and the autosaved session
  (the registry and %APPDATA% on Windows, ~/.config and ~/.local/share on Linux,
  ~/Library on macOS);
- frozen only: the icons, Qt's platform/SVG plugins, the package data and
  metadata, and a compiled .qm for every resources/translations/*.ts are in the
  bundle; on macOS the Info.plist has the keys the issue asks for;
- on macOS the .app renders the glyph pairs in a real window too (Qt's `cocoa`
  platform, --gui-platform);
- on Windows, the windowed actgui.exe also renders a screenshot (on Qt's
  `windows` platform, --gui-platform), the console companion actgui-cli.exe
  runs the command-line checks, actgui.exe is a GUI-subsystem program (no
  console window) and actgui-cli.exe a console one, both carry the icon and a
  version resource, and the bundle holds no Wine-only shim (icuuc.dll,
  version.dll: packaging/wine/).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"
TIMEOUT = 120  # seconds per command; a cold start on a CI runner takes a few


class SmokeFailure(Exception):
    pass


# --- PNG reading (stdlib) --------------------------------------------------------------


def read_png(path: Path) -> tuple[int, int, int, list[bytes]]:
    """(width, height, bytes per pixel, rows) of an 8-bit RGB/RGBA/grey PNG, unfiltered."""
    data = path.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise SmokeFailure(f"{path.name} is not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None:
        raise SmokeFailure(f"{path.name} has no IHDR chunk")
    width, height, depth, color, _comp, _filt, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(color)
    if depth != 8 or channels is None or interlace:
        raise SmokeFailure(f"{path.name}: unexpected PNG format (depth {depth}, colour {color})")
    raw = zlib.decompress(b"".join(idat))
    bpp, stride = channels, width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 0xFF
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        elif ftype != 0:
            raise SmokeFailure(f"{path.name}: bad PNG filter {ftype} on row {y}")
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def check_png(path: Path, width: int | None = None, height: int | None = None) -> str:
    """Fails unless path is a PNG (of the given size) with real content: many colours, no
    single colour covering nearly all of it."""
    if not path.is_file() or path.stat().st_size == 0:
        raise SmokeFailure(f"{path.name} was not written")
    w, h, bpp, rows = read_png(path)
    if width is not None and (w, h) != (width, height):
        raise SmokeFailure(f"{path.name} is {w}x{h}, asked for {width}x{height}")
    counts: dict[bytes, int] = {}
    step = max(1, h // 200)
    for row in rows[::step]:
        for x in range(0, len(row), bpp * max(1, w // 300)):
            px = row[x : x + bpp]
            counts[px] = counts.get(px, 0) + 1
    sampled = sum(counts.values())
    top = max(counts.values())
    if len(counts) < 8 or top / sampled > 0.97:
        raise SmokeFailure(
            f"{path.name} looks blank: {len(counts)} colours, the commonest covers "
            f"{100 * top / sampled:.0f}% of it"
        )
    return f"{w}x{h}, {len(counts)} colours sampled"


# --- running the app -------------------------------------------------------------------------


class FrozenApp:
    def __init__(self, path: Path):
        path = path.resolve()
        if path.suffix == ".app":
            self.bundle: Path | None = path
            self.gui = path / "Contents" / "MacOS" / "actgui"
            self.cli = self.gui
            self.data_dirs = [path / "Contents" / "Resources", path / "Contents" / "Frameworks"]
        else:
            if path.is_file():
                path = path.parent
            self.bundle = None
            exe = ".exe" if IS_WIN else ""
            self.gui = path / f"actgui{exe}"
            cli = path / f"actgui-cli{exe}"
            self.cli = cli if cli.exists() else self.gui
            self.data_dirs = [path / "_internal", path]
        if not self.gui.exists():
            raise SmokeFailure(f"no executable at {self.gui}")
        self.data_dir = next((d for d in self.data_dirs if (d / "actgui").is_dir()), None)

    def env(self, platform: str = "offscreen") -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
        env["QT_QPA_PLATFORM"] = platform
        env["PYTHONNOUSERSITE"] = "1"
        return env

    def run(
        self,
        args: list[str],
        cwd: Path,
        exe: Path | None = None,
        platform: str = "offscreen",
        wrapper: list[str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        cmd = [*(wrapper or []), str(exe or self.cli), *args]
        started = time.monotonic()
        try:
            result = subprocess.run(
                cmd,
                cwd=str(cwd),
                env=self.env(platform),
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(f"`{' '.join(args)}` did not finish in {TIMEOUT} s") from exc
        result.seconds = time.monotonic() - started  # type: ignore[attr-defined]
        return result


def expect_ok(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        tail = (result.stderr or "").strip().splitlines()[-15:]
        raise SmokeFailure(f"{what} exited {result.returncode}:\n    " + "\n    ".join(tail))


# --- the checks --------------------------------------------------------------------------------


def check_version(app: FrozenApp, tmp: Path, expect: str | None) -> str:
    result = app.run(["--version"], tmp)
    expect_ok(result, "--version")
    text = result.stdout.strip()
    if not text.startswith("actgui "):
        raise SmokeFailure(f"--version printed {text!r}")
    version = text.split()[1]
    if version.startswith("0.0.0+unknown"):
        raise SmokeFailure("the frozen app cannot read its own version (package metadata missing)")
    if expect and version != expect:
        raise SmokeFailure(f"--version says {version}, the build was {expect}")
    return f"{text} ({result.seconds:.2f} s)"  # type: ignore[attr-defined]


def check_list(app: FrozenApp, tmp: Path) -> str:
    result = app.run(["list", "--json"], tmp)
    expect_ok(result, "list --json")
    try:
        data = json.loads(result.stdout)
    except json.JSONDecodeError as exc:
        raise SmokeFailure(f"list --json is not JSON: {exc}") from exc
    if not isinstance(data, list) or len(data) < 10:
        raise SmokeFailure(f"list --json gave {type(data).__name__} of {len(data)} items")
    for entry in data:
        missing = {"id", "name", "params"} - set(entry)
        if missing:
            raise SmokeFailure(f"list --json entry {entry.get('id')!r} lacks {sorted(missing)}")
    ids = {e["id"] for e in data}
    if not {"relu", "sigmoid"} <= ids:
        raise SmokeFailure("list --json lacks relu or sigmoid")
    return f"{len(data)} functions"


def check_screenshot(
    app: FrozenApp,
    tmp: Path,
    exe: Path | None = None,
    name: str = "window.png",
    lang: str = "en",
    **run_kw,
) -> str:
    out = tmp / name
    width, height = 900, 620
    result = app.run(
        ["screenshot", str(out), "--width", str(width), "--height", str(height), "--lang", lang],
        tmp,
        exe=exe,
        **run_kw,
    )
    expect_ok(result, f"screenshot ({run_kw.get('platform', 'offscreen')})")
    detail = check_png(out, width, height)
    return f"{detail} in {result.seconds:.2f} s"  # type: ignore[attr-defined]


def check_chinese_window(app: FrozenApp, tmp: Path) -> str:
    """The window in zh_CN renders, and differently from English (its translation loaded)."""
    detail = check_screenshot(app, tmp, name="window-zh_CN.png", lang="zh_CN")
    english = tmp / "window.png"
    if english.is_file() and (tmp / "window-zh_CN.png").read_bytes() == english.read_bytes():
        raise SmokeFailure("the zh_CN window is identical to the English one")
    return detail


def check_exports(app: FrozenApp, tmp: Path) -> str:
    notes = []
    svg = tmp / "relu.svg"
    expect_ok(app.run(["export", str(svg), "-f", "relu"], tmp), "export .svg")
    try:
        root = ET.parse(svg).getroot()
    except (ET.ParseError, OSError) as exc:
        raise SmokeFailure(f"export .svg did not write well-formed SVG: {exc}") from exc
    if not root.tag.endswith("svg") or len(list(root.iter())) < 10:
        raise SmokeFailure(f"export .svg wrote <{root.tag}> with {len(list(root.iter()))} elements")
    notes.append(f"svg {svg.stat().st_size // 1024} KB")

    png = tmp / "curves.png"
    expect_ok(
        app.run(
            ["export", str(png), "-f", "relu", "-f", "gelu", "--width", "500", "--height", "350"],
            tmp,
        ),
        "export .png",
    )
    check_png(png, 500, 350)
    notes.append("png")

    pdf = tmp / "relu.pdf"
    expect_ok(
        app.run(["export", str(pdf), "-f", "leaky_relu(negative_slope=0.2)"], tmp), "export .pdf"
    )
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise SmokeFailure("export .pdf did not write a PDF")
    notes.append("pdf")

    table = tmp / "relu.csv"
    expect_ok(app.run(["export", str(table), "-f", "relu", "--points", "11"], tmp), "export .csv")
    with open(table, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    if rows[0][:2] != ["x", "relu"] or len(rows) != 12 or float(rows[-1][1]) != 6.0:
        raise SmokeFailure(f"export .csv wrote {rows[:2]}... ({len(rows)} rows)")
    notes.append("csv")
    return ", ".join(notes)


def check_bad_input(app: FrozenApp, tmp: Path) -> str:
    result = app.run(["export", str(tmp / "x.txt"), "-f", "relu"], tmp)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    if result.returncode != 2 or len(lines) != 1:
        raise SmokeFailure(
            f"bad input: exit {result.returncode} (want 2) with {len(lines)} stderr lines (want 1)"
        )
    return lines[0][:70]


#: label pairs made of the same letters in another order: drawn as empty boxes
#: (no font found), both members of a pair give the same picture
GLYPH_PAIRS = (
    ("Latin", "Glyph check AB", "Glyph check BA"),
    ("Chinese", "cjk 激活函数", "cjk 函数激活"),
)


def glyph_session(name: str) -> dict:  # type: ignore[type-arg]
    """A session showing one custom function y = x named ``name`` (its legend label)."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:40]
    return {
        "format": "actgui-session",
        "version": 1,
        "x_range": [-3.0, 3.0],
        "points": 50,
        "rows": [True, False, False],
        "curves": [{"function": f"custom:{slug}", "params": {}}],
        "custom": [{"version": 1, "name": name, "text": "x", "params": []}],
        "selected": 0,
    }


def check_glyphs(
    app: FrozenApp, tmp: Path, exe: Path | None = None, platform: str = "offscreen"
) -> str:
    """Text is drawn with real glyphs: each pair of labels gives two different pictures.

    With no usable font Qt draws every character as the same empty box, so
    "AB" and "BA" (or 激活函数 and 函数激活) look alike; with fonts they differ.
    ``exe`` None: the command-line exe's ``export``; else that exe's ``screenshot``
    (the whole window, on ``platform``)."""
    notes = []
    for script, *names in GLYPH_PAIRS:
        pictures = []
        for i, name in enumerate(names):
            session = tmp / f"glyphs-{script}-{i}.actgui.json"
            session.write_text(json.dumps(glyph_session(name), ensure_ascii=False), "utf-8")
            stem = f"glyphs-{script}-{i}-{'window' if exe else 'export'}"
            out = tmp / f"{stem}-{platform}.png"
            if exe is None:
                cmd = ["export", str(out), "--session", str(session), "--width", "500",
                       "--height", "300"]  # fmt: skip
                size: tuple[int, int] = (500, 300)
            else:
                cmd = ["screenshot", str(out), "--session", str(session), "--width", "900",
                       "--height", "620"]  # fmt: skip
                size = (900, 620)
            expect_ok(app.run(cmd, tmp, exe=exe, platform=platform), f"{cmd[0]} of {name!r}")
            check_png(out, *size)
            pictures.append(out.read_bytes())
        if pictures[0] == pictures[1]:
            raise SmokeFailure(
                f"{script} letters are drawn as empty boxes: the labels {names[0]!r} and "
                f"{names[1]!r} give the same picture (Qt found no font with these letters)"
            )
        notes.append(script)
    return " and ".join(notes) + " labels drawn with real glyphs"


def check_awkward_path(app: FrozenApp, tmp: Path) -> str:
    """Export into a folder whose path has spaces and non-ASCII letters."""
    folder = tmp / "Some One" / "Documents" / "图 figures"
    folder.mkdir(parents=True)
    out = folder / "fig.png"
    expect_ok(
        app.run(["export", str(out), "-f", "relu", "--width", "400", "--height", "300"], tmp),
        f"export to {out}",
    )
    check_png(out, 400, 300)
    return str(out)


def expected_places() -> dict[str, tuple[str, ...]]:
    """Fragments the settings and autosave places must contain on this system."""
    if IS_WIN:
        return {
            "settings": ("\\HKEY_CURRENT_USER\\Software\\actgui\\actgui",),
            "autosave": ("\\AppData\\Roaming\\actgui\\", "autosave.actgui.json"),
        }
    if IS_MAC:
        return {
            "settings": ("/Library/Preferences/",),
            "autosave": ("/Library/Application Support/actgui", "autosave.actgui.json"),
        }
    return {"settings": ("/actgui/actgui.conf",), "autosave": ("/actgui/", "autosave.actgui.json")}


def check_paths(app: FrozenApp, tmp: Path) -> str:
    result = app.run(["paths"], tmp)
    expect_ok(result, "paths")
    places = dict(line.split("\t", 1) for line in result.stdout.splitlines() if "\t" in line)
    problems = []
    for name, fragments in expected_places().items():
        place = places.get(name, "")
        missing = [f for f in fragments if f.lower() not in place.lower()]
        if missing:
            problems.append(f"{name} is {place!r}, expected it to contain {missing}")
    if problems:
        raise SmokeFailure("; ".join(problems))
    return "; ".join(f"{k} {v}" for k, v in places.items())


# --- Windows executables (PE headers, read with the standard library) ----------------------

PE_SUBSYSTEMS = {2: "GUI", 3: "console"}
RT_ICON, RT_GROUP_ICON, RT_VERSION, RT_MANIFEST = 3, 14, 16, 24


def pe_info(path: Path) -> tuple[int, set[int]]:
    """(subsystem, resource type ids) of a PE32+ executable."""
    data = path.read_bytes()
    if data[:2] != b"MZ":
        raise SmokeFailure(f"{path.name} is not a Windows executable")
    (pe,) = struct.unpack_from("<I", data, 0x3C)
    if data[pe : pe + 4] != b"PE\0\0":
        raise SmokeFailure(f"{path.name} has no PE signature")
    sections, opt_size = struct.unpack_from("<H12xH", data, pe + 6)
    opt = pe + 24
    magic, subsystem = (
        struct.unpack_from("<H", data, opt)[0],
        struct.unpack_from("<H", data, opt + 68)[0],
    )
    if magic != 0x20B:
        raise SmokeFailure(f"{path.name} is not a 64-bit (PE32+) executable")
    res_rva, res_size = struct.unpack_from("<II", data, opt + 112 + 8 * 2)
    types: set[int] = set()
    if res_rva and res_size:
        table = opt + opt_size
        for i in range(sections):
            vsize, vaddr, _raw_size, raw = struct.unpack_from("<IIII", data, table + 40 * i + 8)
            if vaddr <= res_rva < vaddr + max(vsize, _raw_size):
                base = raw + (res_rva - vaddr)
                named, ids = struct.unpack_from("<HH", data, base + 12)
                for k in range(named + ids):
                    name, _offset = struct.unpack_from("<II", data, base + 16 + 8 * k)
                    if not name & 0x80000000:
                        types.add(name)
                break
    return subsystem, types


def check_windows_exes(app: FrozenApp) -> str:
    notes = []
    for exe, want in ((app.gui, 2), (app.cli, 3)):
        subsystem, types = pe_info(exe)
        problems = []
        if subsystem != want:
            problems.append(
                f"subsystem {PE_SUBSYSTEMS.get(subsystem, subsystem)}, want {PE_SUBSYSTEMS[want]}"
            )
        for kind, label in ((RT_GROUP_ICON, "icon"), (RT_ICON, "icon images"),
                            (RT_VERSION, "version resource")):  # fmt: skip
            if kind not in types:
                problems.append(f"no {label}")
        if problems:
            raise SmokeFailure(f"{exe.name}: " + ", ".join(problems))
        notes.append(f"{exe.name} {PE_SUBSYSTEMS[want]} with icon and version")
    shims = sorted(
        p.relative_to(app.gui.parent).as_posix()
        for p in app.gui.parent.rglob("*")
        if p.name.lower() in WINE_ONLY_DLLS
    )
    if shims:
        raise SmokeFailure(f"Wine-only shims in the bundle: {shims}")
    return "; ".join(notes) + "; no Wine-only shim"


#: built in packaging/wine/ for the Wine prefix only; a Windows bundle must never hold them
WINE_ONLY_DLLS = frozenset({"icuuc.dll", "version.dll"})


def check_bundle_files(app: FrozenApp) -> str:
    if app.data_dir is None:
        raise SmokeFailure(f"no actgui/ package folder in any of {app.data_dirs}")
    data = app.data_dir
    missing = []
    wanted = [
        "resources/icons/actgui.svg",
        "resources/icons/actgui.ico",
        "resources/icons/png/actgui-256.png",
        "actgui/core/data/texts.json",
    ]
    for rel in wanted:
        if not any((d / rel).is_file() for d in app.data_dirs):
            missing.append(rel)
    if not list(data.glob("actgui-*.dist-info/METADATA")):
        missing.append("actgui-*.dist-info/METADATA")

    qt_roots = [q for d in app.data_dirs for q in (d / "PySide6" / "Qt", d / "PySide6")]
    plugins = {
        p.relative_to(q / "plugins").as_posix()
        for q in qt_roots
        if (q / "plugins").is_dir()
        for p in (q / "plugins").rglob("*")
    }
    platform_plugin = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    for kind, name in (
        ("platforms", platform_plugin),
        ("platforms", "qoffscreen"),
        ("imageformats", "qsvg"),
    ):
        if not any(re.fullmatch(rf"{kind}/(lib)?{name}\.(so|dll|dylib)", p) for p in plugins):
            missing.append(f"Qt plugin {kind}/{name}")

    # actgui's compiled translations ship in the package (actgui/ui/i18n.py loads
    # them from there), Qt's own from PySide6's translations folder
    translations = sorted((ROOT / "resources" / "translations").glob("actgui_*.ts"))
    for ts in translations:
        lang = ts.stem.removeprefix("actgui_")
        qm = f"actgui/translations/{ts.stem}.qm"
        if not any((d / qm).is_file() for d in app.data_dirs):
            missing.append(qm)
        if not any((q / "translations" / f"qtbase_{lang}.qm").is_file() for q in qt_roots):
            missing.append(f"Qt's qtbase_{lang}.qm")
    if missing:
        raise SmokeFailure("missing from the bundle: " + ", ".join(missing))
    return f"icons, package data, metadata, Qt plugins, {len(translations)} translations"


def check_info_plist(app: FrozenApp, expect: str | None) -> str:
    assert app.bundle is not None
    with open(app.bundle / "Contents" / "Info.plist", "rb") as fh:
        plist = plistlib.load(fh)
    problems = []
    for key, want in (
        ("CFBundleIdentifier", None),
        ("CFBundleShortVersionString", None),
        ("NSPrincipalClass", "NSApplication"),
        ("NSHighResolutionCapable", True),
        ("CFBundleIconFile", None),
    ):
        if key not in plist or (want is not None and plist[key] != want):
            problems.append(f"{key}={plist.get(key)!r}")
    icon = plist.get("CFBundleIconFile", "")
    if icon and not (app.bundle / "Contents" / "Resources" / icon).is_file():
        problems.append(f"icon file {icon} missing")
    if problems:
        raise SmokeFailure("Info.plist: " + ", ".join(problems))
    return f"{plist['CFBundleIdentifier']} {plist['CFBundleShortVersionString']}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path, help="dist/actgui, dist/actgui.app, or an executable")
    parser.add_argument("--expect-version", help="fail unless --version reports this")
    parser.add_argument(
        "--xcb",
        action="store_true",
        help="Linux: also render a screenshot with the xcb platform under xvfb-run",
    )
    parser.add_argument("--keep", type=Path, help="copy the files the app wrote here")
    parser.add_argument(
        "--gui-platform",
        default="windows" if IS_WIN else ("cocoa" if IS_MAC else "offscreen"),
        help="Qt platform for the windowed app's checks (default: windows on Windows, "
        "cocoa on macOS: a real window, which needs a desktop session, or Xvfb under Wine)",
    )
    args = parser.parse_args(argv)
    # a Windows console (or pipe) in cp1252 cannot print the Chinese labels of a failure
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")

    try:
        app = FrozenApp(args.app)
    except SmokeFailure as exc:
        print(f"FAIL  {exc}")
        return 1
    print(f"smoke test of {app.gui} (commands via {app.cli.name})", flush=True)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="actgui-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        checks = [
            ("version", lambda: check_version(app, tmp, args.expect_version)),
            ("list --json", lambda: check_list(app, tmp)),
            ("screenshot", lambda: check_screenshot(app, tmp)),
            ("screenshot --lang zh_CN", lambda: check_chinese_window(app, tmp)),
            ("export", lambda: check_exports(app, tmp)),
            ("letters, not boxes", lambda: check_glyphs(app, tmp)),
            ("path with spaces", lambda: check_awkward_path(app, tmp)),
            ("settings and autosave places", lambda: check_paths(app, tmp)),
            ("bad input", lambda: check_bad_input(app, tmp)),
            ("bundle files", lambda: check_bundle_files(app)),
        ]
        if app.cli != app.gui or app.bundle is not None:
            gui = args.gui_platform
            checks += [
                (
                    f"windowed exe ({gui})",
                    lambda: check_screenshot(app, tmp, exe=app.gui, name="gui.png", platform=gui),
                ),
                (
                    f"windowed exe: letters, not boxes ({gui})",
                    lambda: check_glyphs(app, tmp, exe=app.gui, platform=gui),
                ),
            ]
        if IS_WIN:
            checks.append(("Windows executables", lambda: check_windows_exes(app)))
        if app.bundle is not None:
            checks.append(("Info.plist", lambda: check_info_plist(app, args.expect_version)))
        if args.xcb:
            xvfb = shutil.which("xvfb-run")

            def xcb_check() -> str:
                if not xvfb:
                    raise SmokeFailure("--xcb needs xvfb-run (Debian/Ubuntu package xvfb)")
                return check_screenshot(
                    app,
                    tmp,
                    name="xcb.png",
                    platform="xcb",
                    wrapper=[xvfb, "-a", "-s", "-screen 0 1280x1024x24"],
                )

            checks.append(("screenshot on X11 (xcb)", xcb_check))
        for name, check in checks:
            try:
                detail = check()
                print(f"ok    {name}: {detail}", flush=True)
            except SmokeFailure as exc:
                failures += 1
                print(f"FAIL  {name}: {exc}", flush=True)
            except Exception as exc:  # a bug in a check is a failure too, never a pass
                failures += 1
                print(f"FAIL  {name}: {type(exc).__name__}: {exc}", flush=True)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for path in tmp.iterdir():
                if path.is_file():
                    shutil.copy2(path, args.keep / path.name)
    passed = len(checks) - failures
    print(f"smoke: {passed} passed, {failures} failed", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
