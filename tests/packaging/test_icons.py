"""The app icon: the script renders valid PNG, ICO and ICNS files from the SVG master."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

ICONS = ROOT / "resources" / "icons"


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The script run as a maintainer runs it, into a temporary folder (its own process:
    it makes a QGuiApplication, which must not become this test process's application)."""
    out = tmp_path_factory.mktemp("icons")
    result = subprocess.run(
        [sys.executable, str(ROOT / "resources" / "make_icons.py"), "--out-dir", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return out


def _check_set(icons, folder: Path) -> None:  # type: ignore[no-untyped-def]
    for size in icons.PNG_SIZES:
        data = (folder / "png" / f"actgui-{size}.png").read_bytes()
        assert icons.png_size(data) == (size, size)

    ico = icons.read_ico(folder / "actgui.ico")
    assert [image["size"] for image in ico] == list(icons.ICO_SIZES)
    assert {image["size"] for image in ico} >= {16, 32, 48, 256}
    assert [image["format"] for image in ico if image["size"] == 256] == ["png"]
    assert all(image["format"] == "dib" for image in ico if image["size"] < 256)
    assert all(image["bpp"] == 32 for image in ico)

    icns = icons.read_icns(folder / "actgui.icns")
    assert [(e["type"], e["size"]) for e in icns] == [(t.decode(), s) for t, s in icons.ICNS_TYPES]


def test_script_output_is_valid(icons, made: Path) -> None:
    _check_set(icons, made)


def test_committed_icons_are_valid(icons) -> None:
    assert (ICONS / "actgui.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    _check_set(icons, ICONS)


def test_icons_are_not_blank(icons, made: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    image = QImage(str(made / "png" / "actgui-256.png"))
    assert not image.isNull() and image.hasAlphaChannel()
    corner = image.pixelColor(2, 2)
    centre = image.pixelColor(128, 128)
    assert corner.alpha() == 0  # the rounded tile leaves the corners transparent
    assert centre.alpha() == 255
    colours = {image.pixel(x, y) for x in range(0, 256, 8) for y in range(0, 256, 8)}
    assert len(colours) > 30


def test_macos_icon_sits_on_apples_grid(icons, made: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """The .icns art is inset (824/1024), the others fill the canvas."""
    from PySide6.QtGui import QImage

    entry = next(e for e in icons.read_icns(made / "actgui.icns") if e["type"] == "ic10")
    mac = QImage.fromData(entry["data"])
    full = QImage(str(made / "png" / "actgui-1024.png"))
    assert mac.width() == full.width() == 1024
    assert mac.pixelColor(512, 80).alpha() == 0  # above the inset tile
    assert full.pixelColor(512, 80).alpha() == 255


def test_qt_reads_the_containers(made: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's own ico/icns readers, when the wheel has them, agree with ours."""
    from PySide6.QtGui import QImageReader

    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    for name, fmt, count in (("actgui.ico", "ico", 9), ("actgui.icns", "icns", 10)):
        if fmt not in formats:
            continue
        reader = QImageReader(str(made / name))
        assert reader.imageCount() == count
        assert not reader.read().isNull()


def test_ico_and_icns_writers_round_trip(icons) -> None:
    png = (ICONS / "png" / "actgui-16.png").read_bytes()
    rows = [bytes(range(64))] * 16
    ico = icons.ico_bytes([(16, icons.dib_bytes(16, rows)), (256, png)])
    icns = icons.icns_bytes([(b"icp4", png)])
    assert ico[:6] == b"\0\0\1\0\2\0"
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)
