"""Build the standalone actgui for the platform this runs on, from a clean virtual environment.

    python packaging/build.py [--smoke-test] [--dmg] [--reuse-venv] [--no-archive]
    python packaging/build.py --wine [--smoke-test]     # the Windows app, on Linux

With --wine, packaging/wine_build.py builds the Windows app under Wine instead
(see its docstring): dist/actgui/actgui.exe, actgui-cli.exe and
actgui-VERSION-windows-x86_64.zip, as release.yml's Windows job makes them.

Steps:
 1. make a fresh venv (build/venv) with `python -m venv --clear`, and install
    actgui (not editable) and the pinned PyInstaller into it;
 2. run PyInstaller on packaging/actgui.spec: dist/actgui/ (Linux, Windows:
    actgui + actgui-cli) or dist/actgui.app (macOS);
 3. archive it: actgui-VERSION-linux-x86_64.tar.xz, actgui-VERSION-windows-x86_64.zip,
    actgui-VERSION-macos-arm64.zip (and .dmg with --dmg);
 4. print the size of each part and a benchmark row, write them to
    dist/actgui-VERSION-PLATFORM-sizes.json, and fail if the Linux build is over
    its size budget (onedir 150 MB, archive 41 MB);
 5. with --smoke-test, run packaging/smoke_test.py on the result (--xcb: also
    a real X11 window under xvfb-run).

dist/build-info.json tells the version, platform, app and archive paths.
The version comes from the installed package's metadata (pyproject.toml), read
in the build venv. On GitHub Actions the script also writes version, platform,
app and archive to $GITHUB_OUTPUT.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_rules as rules  # noqa: E402

REQUIREMENTS = HERE / "requirements-build.txt"
SPEC = HERE / "actgui.spec"
SIZE_LIMITS_MB = {"linux": {"onedir": 150.0, "archive": 41.0}}
XZ_PRESET = 9
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"


_STARTED = time.monotonic()


def log(message: str) -> None:
    print(f"[build {time.monotonic() - _STARTED:5.0f} s] {message}", flush=True)


def run(cmd: list[str | Path], **kwargs) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    log("$ " + " ".join(str(c) for c in cmd))
    return subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def venv_bin(venv: Path, name: str) -> Path:
    if IS_WIN:
        return venv / "Scripts" / (name + ".exe")
    return venv / "bin" / name


# --- 1. environment ---------------------------------------------------------------------


def make_venv(venv: Path, python: str, reuse: bool) -> Path:
    py = venv_bin(venv, "python")
    if reuse and py.exists():
        log(f"reusing {venv} (--reuse-venv): reinstalling actgui only")
        run([py, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", ROOT])
        return py
    run([python, "-m", "venv", "--clear", venv])
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1")
    run([py, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], env=env)
    # non-editable: the frozen app gets site-packages' copy and real metadata
    run([py, "-m", "pip", "install", "--quiet", ROOT, "-r", REQUIREMENTS], env=env)
    run([py, "-m", "pip", "check"], env=env)
    return py


def installed_version(py: Path) -> str:
    out = subprocess.run(
        [str(py), "-c", "import importlib.metadata as m; print(m.version('actgui'))"],
        check=True,
        capture_output=True,
        text=True,
        cwd=str(py.parent),  # not the repo: its actgui/ must not shadow the installed one
    )
    return out.stdout.strip()


def pip_freeze(py: Path) -> list[str]:
    out = subprocess.run(
        [str(py), "-m", "pip", "freeze", "--all"], check=True, capture_output=True, text=True
    )
    return [line for line in out.stdout.splitlines() if line]


# --- 2. PyInstaller -------------------------------------------------------------------------


def freeze(py: Path, dist: Path, work: Path) -> Path:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    work.mkdir(parents=True, exist_ok=True)
    run(
        [
            py,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            dist,
            "--workpath",
            work,
            SPEC,
        ],
        env=env,
        cwd=str(work),  # keeps the repo's actgui/ and packaging/ off the analysis path
    )
    app = dist / (f"{rules.APP_NAME}.app" if IS_MAC else rules.APP_NAME)
    if not app.exists():
        raise SystemExit(f"PyInstaller finished but {app} is missing")
    return app


# --- 3. archives ----------------------------------------------------------------------------


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_tar_xz(app: Path, out: Path, root_name: str) -> None:
    """tar.xz of app/ as root_name/, xz preset 9 (xz when there is one, else lzma).

    Preset 9 (a 64 MiB dictionary) makes the archive 1.1 MB smaller than preset 6
    with 3 threads' blocks (39.1 vs 40.2 MB): the app's libraries repeat far apart.
    It compresses in one thread (~2 min on this machine) and unpacks with 65 MiB."""
    xz = shutil.which("xz")
    tmp = out.with_suffix(out.suffix + ".part")
    if xz:
        with open(tmp, "wb") as sink:
            proc = subprocess.Popen([xz, f"-{XZ_PRESET}", "-c"], stdin=subprocess.PIPE, stdout=sink)
            assert proc.stdin is not None
            with tarfile.open(fileobj=proc.stdin, mode="w|", format=tarfile.PAX_FORMAT) as tar:
                _add_sorted(tar, app, root_name)
            proc.stdin.close()
            if proc.wait() != 0:
                raise SystemExit("xz failed")
    else:
        with tarfile.open(tmp, mode="w:xz", preset=XZ_PRESET, format=tarfile.PAX_FORMAT) as tar:
            _add_sorted(tar, app, root_name)
    tmp.replace(out)


def _add_sorted(tar: tarfile.TarFile, app: Path, root_name: str) -> None:
    tar.add(app, arcname=root_name, recursive=False, filter=_tar_filter)
    for path in sorted(app.rglob("*")):
        arcname = f"{root_name}/{path.relative_to(app).as_posix()}"
        tar.add(path, arcname=arcname, recursive=False, filter=_tar_filter)


def make_zip(app: Path, out: Path, root_name: str) -> None:
    tmp = out.with_suffix(".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(app.rglob("*")):
            if path.is_file():
                zf.write(path, f"{root_name}/{path.relative_to(app).as_posix()}")
    tmp.replace(out)


def make_mac_zip(app: Path, out: Path) -> None:
    # ditto keeps the bundle's symlinks, permissions and code signature; zipfile would not
    run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", app, out])


def make_dmg(app: Path, out: Path, volume: str) -> None:
    staging = out.parent / "dmg-staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    run(["ditto", app, staging / app.name])
    (staging / "Applications").symlink_to("/Applications")
    out.unlink(missing_ok=True)
    for attempt in range(1, 4):  # hdiutil on CI runners sometimes fails with "Resource busy"
        result = subprocess.run(
            [
                *("hdiutil", "create", "-volname", volume, "-srcfolder", str(staging), "-ov"),
                *("-format", "UDZO", "-fs", "HFS+", str(out)),
            ]
        )
        if result.returncode == 0:
            break
        log(f"hdiutil failed (attempt {attempt}); retrying")
        time.sleep(5 * attempt)
    else:
        raise SystemExit("hdiutil could not make the disk image")
    shutil.rmtree(staging, ignore_errors=True)


# --- 4. size report -------------------------------------------------------------------------


def files_of(app: Path) -> list[tuple[str, int]]:
    """(relative posix path, bytes) of every regular file; symlinks are not counted twice."""
    out = []
    for path in app.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        out.append((path.relative_to(app).as_posix(), path.stat().st_size))
    return out


def part_of(rel: str) -> str:
    """Which part of the app a file belongs to (for the size report)."""
    parts = rel.split("/")
    name = parts[-1]
    low = rel.lower()
    if len(parts) == 1 or (len(parts) >= 3 and parts[-2] == "MacOS"):
        return "executables (bootloader + all Python bytecode)"
    if "/translations/" in low and "pyside6" in low:
        return "Qt translations"
    if "/plugins/" in low and "pyside6" in low:
        return "Qt plugins"
    if "icudata" in name or "icui18n" in name or "icuuc" in name or name.startswith("icu"):
        return "ICU (Unicode data for QtCore)"
    if "pyside6" in low and (
        "/qt/lib/" in low or ".framework/" in low or name.lower().startswith("qt6")
    ):
        return "Qt libraries"
    if low.startswith(("_internal/pyside6", "_internal/shiboken6")) or (
        "pyside6" in low or "shiboken6" in low
    ):
        return "PySide6 + shiboken6 bindings"
    if "numpy.libs" in low or "/numpy/.dylibs/" in low or "openblas" in low:
        return "numpy's OpenBLAS + gfortran"
    if "/numpy/" in low or "numpy-" in low:
        return "numpy"
    if "/pyqtgraph/" in low:
        return "pyqtgraph data files"
    if "/resources/" in low:
        return "actgui resources (icons)"
    if "/actgui/" in low or "actgui-" in low:
        return "actgui package data + metadata"
    if (
        "libpython" in name
        or name.lower().startswith(("python3", "vcruntime", "msvcp", "ucrtbase", "api-ms-"))
        or "/lib-dynload/" in low
        or name == "base_library.zip"
        or name.endswith(".pyd")
        or low.startswith("_internal/python3")
        or "/python.framework/" in low
    ):
        return "Python runtime (libpython, stdlib extensions, base_library.zip)"
    if ".so" in name or name.endswith((".dll", ".dylib")):
        return "system libraries"
    return "other"


def size_report(app: Path, archive: Path | None, tag: str, build_seconds: float) -> dict:  # type: ignore[type-arg]
    files = files_of(app)
    total = sum(size for _, size in files)
    parts: dict[str, int] = {}
    for rel, size in files:
        parts[part_of(rel)] = parts.get(part_of(rel), 0) + size
    dirs: dict[str, int] = {}
    for rel, size in files:
        segments = rel.split("/")[:-1]
        for depth in range(1, min(len(segments), 5) + 1):
            key = "/".join(segments[:depth])
            if key not in ("_internal", "Contents", "Contents/Frameworks", "Contents/Resources"):
                dirs[key] = dirs.get(key, 0) + size
    mb = 1e6
    report = {
        "platform": tag,
        "app": str(app),
        "onedir_bytes": total,
        "files": len(files),
        "archive": str(archive) if archive else None,
        "archive_bytes": archive.stat().st_size if archive else None,
        "build_seconds": round(build_seconds, 1),
        "parts": dict(sorted(parts.items(), key=lambda kv: -kv[1])),
        "largest_files": sorted(files, key=lambda f: -f[1])[:15],
        "largest_dirs": sorted(dirs.items(), key=lambda kv: -kv[1])[:15],
    }
    print()
    print(f"== size of {app.name} ({tag}): {total / mb:.1f} MB in {len(files)} files")
    if archive:
        print(f"   archive {archive.name}: {archive.stat().st_size / mb:.1f} MB")
    print("-- parts")
    for name, size in report["parts"].items():
        print(f"   {size / mb:7.1f} MB  {100 * size / total:4.1f}%  {name}")
    print("-- largest files")
    for rel, size in report["largest_files"]:
        print(f"   {size / mb:7.1f} MB  {rel}")
    print("-- largest folders")
    for rel, size in report["largest_dirs"]:
        print(f"   {size / mb:7.1f} MB  {rel}/")
    print()
    return report


def bench_row(report: dict) -> str:  # type: ignore[type-arg]
    """One line, like the other benchmarks: measured value, budget, and their ratio."""
    system = report["platform"].split("-")[0]
    limits = SIZE_LIMITS_MB.get(system, {})
    onedir = report["onedir_bytes"] / 1e6
    cells = [f"BENCH packaging-size {report['platform']}", f"onedir {onedir:.1f} MB"]
    if "onedir" in limits:
        cells[-1] += f" / budget {limits['onedir']:.0f} MB = {onedir / limits['onedir']:.2f}x"
    if report["archive_bytes"]:
        arch = report["archive_bytes"] / 1e6
        cells.append(f"archive {arch:.1f} MB")
        if "archive" in limits:
            cells[-1] += f" / budget {limits['archive']:.0f} MB = {arch / limits['archive']:.2f}x"
    cells.append(f"build {report['build_seconds']:.0f} s")
    return " | ".join(cells)


def check_limits(report: dict) -> list[str]:  # type: ignore[type-arg]
    system = report["platform"].split("-")[0]
    limits = SIZE_LIMITS_MB.get(system, {})
    problems = []
    onedir = report["onedir_bytes"] / 1e6
    if "onedir" in limits and onedir > limits["onedir"]:
        problems.append(f"onedir is {onedir:.1f} MB, over its {limits['onedir']:.0f} MB budget")
    if report["archive_bytes"] and "archive" in limits:
        arch = report["archive_bytes"] / 1e6
        if arch > limits["archive"]:
            problems.append(f"archive is {arch:.1f} MB, over its {limits['archive']:.0f} MB budget")
    return problems


def github_output(values: dict[str, str]) -> None:
    path = os.environ.get("GITHUB_OUTPUT")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            for key, value in values.items():
                fh.write(f"{key}={value}\n")


# --- driver -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="interpreter for the build venv")
    parser.add_argument("--venv", type=Path, default=ROOT / "build" / "venv", help="build venv")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument(
        "--reuse-venv", action="store_true", help="keep an existing build venv (quick rebuilds)"
    )
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.xz/.zip/.dmg")
    parser.add_argument("--dmg", action="store_true", help="macOS: also make a .dmg")
    parser.add_argument(
        "--no-size-limits", action="store_true", help="report sizes but do not enforce budgets"
    )
    parser.add_argument(
        "--smoke-test", action="store_true", help="run packaging/smoke_test.py on the result"
    )
    parser.add_argument(
        "--xcb", action="store_true", help="with --smoke-test: also on X11 under xvfb-run (Linux)"
    )
    parser.add_argument(
        "--wine",
        action="store_true",
        help="Linux: build the Windows app under Wine (packaging/wine_build.py)",
    )
    args = parser.parse_args(argv)
    if args.wine:
        import wine_build

        work = ROOT / "build" / "wine" if args.work == parser.get_default("work") else args.work
        return wine_build.main(args.dist.resolve(), work.resolve(), args.smoke_test)

    started = time.monotonic()
    tag = rules.platform_tag()
    log(f"building actgui for {tag} with {args.python}")
    py = make_venv(args.venv.resolve(), args.python, args.reuse_venv)
    version = installed_version(py)
    log(f"actgui {version}; build venv: " + ", ".join(pip_freeze(py)))

    dist = args.dist.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    app = freeze(py, dist, args.work.resolve())
    if sys.platform.startswith("linux"):
        # the icon and a desktop entry next to the binary, for menu integration by hand
        shutil.copy2(ROOT / "resources" / "icons" / "png" / "actgui-256.png", app / "actgui.png")
        shutil.copy2(HERE / "linux" / "actgui.desktop", app / "actgui.desktop")

    archive = None
    stem = f"{rules.APP_NAME}-{version}-{tag}"
    if not args.no_archive:
        log("archiving")
        if IS_MAC:
            archive = dist / f"{stem}.zip"
            make_mac_zip(app, archive)
            if args.dmg:
                make_dmg(app, dist / f"{stem}.dmg", f"{rules.APP_NAME} {version}")
        elif IS_WIN:
            archive = dist / f"{stem}.zip"
            make_zip(app, archive, stem)
        else:
            archive = dist / f"{stem}.tar.xz"
            make_tar_xz(app, archive, stem)
    elapsed = time.monotonic() - started

    report = size_report(app, archive, tag, elapsed)
    report["version"] = version
    report["build_env"] = pip_freeze(py)
    (dist / f"{stem}-sizes.json").write_text(json.dumps(report, indent=1) + "\n", "utf-8")
    print(bench_row(report), flush=True)
    info = {
        "version": version,
        "platform": tag,
        "app": str(app),
        "archive": str(archive) if archive else "",
        "stem": stem,
    }
    (dist / "build-info.json").write_text(json.dumps(info, indent=1) + "\n", "utf-8")
    github_output(info)

    problems = [] if args.no_size_limits else check_limits(report)
    for problem in problems:
        log(f"SIZE BUDGET: {problem}")

    status = 1 if problems else 0
    if args.smoke_test:
        smoke = subprocess.run(
            [sys.executable, str(HERE / "smoke_test.py"), str(app), "--expect-version", version]
            + (["--xcb"] if args.xcb else [])
        )
        status = status or smoke.returncode
    log(f"done in {time.monotonic() - started:.0f} s: {app}" + (f", {archive}" if archive else ""))
    return status


if __name__ == "__main__":
    sys.exit(main())
