"""The spec, build script, CI script and smoke test parse and do what they say (no build here)."""

from __future__ import annotations

import ast
import os
import shutil
import stat
import struct
import subprocess
import sys
import tarfile
import zipfile
import zlib
from pathlib import Path

import pytest

from .conftest import PACKAGING, ROOT


def test_spec_is_valid_python_with_the_expected_targets() -> None:
    source = (PACKAGING / "actgui.spec").read_text(encoding="utf-8")
    tree = ast.parse(source, filename="actgui.spec")
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= calls
    # the pieces the issue asks for, by name
    for needle in (
        'copy_metadata("actgui")',  # the version comes from the package metadata
        'collect_data_files("actgui")',
        "rules.CLI_NAME",  # Windows console companion
        "console=True",
        "macos_info_plist",
        "bundle_identifier",
        "windows_version_info",
        "EXCLUDED_MODULES",
        "orphaned_libraries",
        "is_interpreter_binary",
    ):
        assert needle in source, needle


def test_entry_script_calls_the_same_main() -> None:
    source = (PACKAGING / "actgui_entry.py").read_text(encoding="utf-8")
    ast.parse(source)
    assert "from actgui.__main__ import main" in source


def test_no_packaging_package() -> None:
    # an __init__.py would make packaging/ shadow PyPI's `packaging` for tools run from the repo
    assert not (PACKAGING / "__init__.py").exists()


def test_build_script_help() -> None:
    out = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    for flag in ("--smoke-test", "--dmg", "--reuse-venv", "--no-archive"):
        assert flag in out.stdout


def test_build_requirements_are_pinned() -> None:
    lines = [
        line.strip()
        for line in (PACKAGING / "requirements-build.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert any(line.startswith("pyinstaller==") for line in lines)
    assert all("==" in line for line in lines)


def _fake_app(root: Path) -> Path:
    app = root / "actgui"
    (app / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms").mkdir(parents=True)
    (app / "_internal" / "numpy.libs").mkdir(parents=True)
    exe = app / "actgui"
    exe.write_bytes(b"\x7fELF" + b"x" * 2000)
    exe.chmod(0o755)
    (app / "_internal" / "libpython3.11.so.1.0").write_bytes(b"p" * 5000)
    (app / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so").write_bytes(
        b"q" * 300
    )
    (app / "_internal" / "numpy.libs" / "libscipy_openblas64_.so").write_bytes(b"o" * 4000)
    if hasattr(os, "symlink") and sys.platform != "win32":
        os.symlink("libpython3.11.so.1.0", app / "_internal" / "libpython3.11.so")
    return app


def test_tar_xz_keeps_modes_and_links(build, tmp_path: Path) -> None:
    app = _fake_app(tmp_path)
    out = tmp_path / "actgui-9.9-linux-x86_64.tar.xz"
    build.make_tar_xz(app, out, "actgui-9.9-linux-x86_64")
    with tarfile.open(out) as tar:
        names = tar.getnames()
        assert names[0] == "actgui-9.9-linux-x86_64"
        assert all(n.startswith("actgui-9.9-linux-x86_64") for n in names)
        exe = tar.getmember("actgui-9.9-linux-x86_64/actgui")
        assert exe.mode & stat.S_IXUSR and exe.uid == 0
        if sys.platform != "win32":
            link = tar.getmember("actgui-9.9-linux-x86_64/_internal/libpython3.11.so")
            assert link.issym() and link.linkname == "libpython3.11.so.1.0"


def test_zip_has_one_root_folder(build, tmp_path: Path) -> None:
    app = _fake_app(tmp_path)
    out = tmp_path / "actgui-9.9-windows-x86_64.zip"
    build.make_zip(app, out, "actgui-9.9-windows-x86_64")
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None
        assert {n.split("/")[0] for n in zf.namelist()} == {"actgui-9.9-windows-x86_64"}
        assert "actgui-9.9-windows-x86_64/actgui" in zf.namelist()


def test_size_report_and_bench_row(build, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    app = _fake_app(tmp_path)
    report = build.size_report(app, None, "linux-x86_64", 12.0)
    assert report["onedir_bytes"] == 2004 + 5000 + 300 + 4000  # the symlink is not counted
    assert report["parts"]["Qt plugins"] == 300
    assert report["parts"]["numpy's OpenBLAS + gfortran"] == 4000
    assert report["largest_files"][0] == ("_internal/libpython3.11.so.1.0", 5000)
    printed = capsys.readouterr().out
    assert "largest files" in printed and "parts" in printed
    row = build.bench_row(report)
    assert row.startswith("BENCH packaging-size linux-x86_64")
    assert "budget 150 MB" in row
    assert build.check_limits(report) == []
    big = dict(report, onedir_bytes=151_000_000, archive_bytes=42_000_000)
    assert len(build.check_limits(big)) == 2
    assert build.check_limits(dict(big, platform="windows-x86_64")) == []


@pytest.mark.parametrize(
    ("rel", "part"),
    [
        ("actgui", "executables (bootloader + all Python bytecode)"),
        ("actgui-cli.exe", "executables (bootloader + all Python bytecode)"),
        ("Contents/MacOS/actgui", "executables (bootloader + all Python bytecode)"),
        ("_internal/PySide6/Qt/lib/libicudata.so.73", "ICU (Unicode data for QtCore)"),
        ("_internal/PySide6/Qt/lib/libQt6Gui.so.6", "Qt libraries"),
        ("_internal/PySide6/Qt6Gui.dll", "Qt libraries"),
        ("_internal/PySide6/Qt/plugins/platforms/libqxcb.so", "Qt plugins"),
        ("_internal/PySide6/QtWidgets.abi3.so", "PySide6 + shiboken6 bindings"),
        ("_internal/numpy.libs/libgfortran-1.so.5", "numpy's OpenBLAS + gfortran"),
        ("_internal/numpy/_core/_multiarray_umath.so", "numpy"),
        (
            "_internal/libpython3.11.so.1.0",
            "Python runtime (libpython, stdlib extensions, base_library.zip)",
        ),
        (
            "_internal/python311.dll",
            "Python runtime (libpython, stdlib extensions, base_library.zip)",
        ),
        ("_internal/libX11.so.6", "system libraries"),
        ("_internal/resources/icons/actgui.svg", "actgui resources (icons)"),
    ],
)
def test_part_of(build, rel: str, part: str) -> None:
    assert build.part_of(rel) == part


def test_ci_build_script_is_valid_bash() -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    script = PACKAGING / "ci_build.sh"
    out = subprocess.run([bash, "-n", str(script)], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    text = script.read_text(encoding="utf-8")
    assert "packaging/build.py" in text
    assert "packaging/smoke_test.py dist/actgui --expect-version" in text


# --- the smoke test's own logic -----------------------------------------------------------


def _png(path: Path, width: int, height: int, pixel) -> None:  # type: ignore[no-untyped-def]
    rows = b"".join(
        b"\0" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height)
    )

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_check_png_tells_blank_from_drawn(smoke, tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    _png(blank, 64, 48, lambda x, y: (255, 255, 255))
    with pytest.raises(smoke.SmokeFailure, match="blank"):
        smoke.check_png(blank, 64, 48)
    drawn = tmp_path / "drawn.png"
    _png(drawn, 64, 48, lambda x, y: (x * 4 % 256, y * 5 % 256, (x * y) % 256))
    assert "64x48" in smoke.check_png(drawn, 64, 48)
    with pytest.raises(smoke.SmokeFailure, match="asked for"):
        smoke.check_png(drawn, 65, 48)


def test_png_reader_matches_qt(smoke, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """The stdlib PNG decoder in the smoke test (all five filters) reads Qt's PNGs exactly."""
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(97, 61, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#1f77b4"))
    painter.drawEllipse(5, 5, 80, 45)
    painter.drawLine(0, 60, 96, 0)
    painter.end()
    path = tmp_path / "qt.png"
    assert image.save(str(path), "PNG")
    width, height, bpp, rows = smoke.read_png(path)
    assert (width, height) == (97, 61)
    for x, y in ((0, 0), (48, 30), (5, 30), (96, 0), (40, 5)):
        pixel = image.pixelColor(x, y)
        got = rows[y][x * bpp : x * bpp + bpp]
        assert tuple(got[:3]) == (pixel.red(), pixel.green(), pixel.blue())


@pytest.mark.skipif(sys.platform == "win32", reason="the fake app is a shell script")
def test_smoke_checks_against_actgui_from_source(smoke, tmp_path: Path) -> None:
    """version, list --json and bad input, run through the smoke test's own runner."""
    app_dir = tmp_path / "actgui"
    app_dir.mkdir()
    exe = app_dir / "actgui"
    env_path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    exe.write_text(
        f'#!/bin/sh\nPYTHONPATH="{env_path}" exec "{sys.executable}" -m actgui "$@"\n',
        encoding="utf-8",
    )
    exe.chmod(0o755)
    app = smoke.FrozenApp(app_dir)
    work = tmp_path / "work"
    work.mkdir()
    assert smoke.check_version(app, work, None).startswith("actgui ")
    assert "functions" in smoke.check_list(app, work)
    assert "error" in smoke.check_bad_input(app, work)
    with pytest.raises(smoke.SmokeFailure, match="no actgui/ package folder"):
        smoke.check_bundle_files(app)
