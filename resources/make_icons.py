"""Render the app icon from its SVG master: PNG sizes, a Windows .ico and a macOS .icns.

    python resources/make_icons.py [--svg resources/icons/actgui.svg] [--out-dir resources/icons]

Uses only PySide6 (QtSvg renders the drawing) and the standard library: the
ICO and ICNS containers are written here by hand. Output, next to the master:

    png/actgui-{16..1024}.png   Linux hicolor sizes, the window icon, README
    actgui.ico                  16-256 px; 32-bit DIBs below 256, PNG at 256
                                (the layout Windows' own icons use)
    actgui.icns                 16-1024 px PNG entries, drawn on Apple's 824/1024
                                grid so the icon sits at the size of its Dock
                                neighbours

`read_ico` and `read_icns` parse the containers back (used by the tests).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SVG = HERE / "icons" / "actgui.svg"
DEFAULT_OUT = HERE / "icons"

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# (OSType, pixel size) in the order iconutil writes them; the @2x types hold the
# same pixels as the next size up.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16@2x
    (b"icp5", 32),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)
# Apple's icon grid: the tile is 824 of 1024 px, centred.
MACOS_TILE_FRACTION = 824 / 1024

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# --- rendering (Qt) ---------------------------------------------------------


def _qt():  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        # kept referenced on the function so it outlives the renders
        _qt.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    return QRectF, QImage, QPainter, QSvgRenderer


def render(svg: Path, size: int, fraction: float = 1.0):  # type: ignore[no-untyped-def]
    """The drawing as a size x size QImage (ARGB32, straight alpha), scaled by fraction."""
    QRectF, QImage, QPainter, QSvgRenderer = _qt()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG drawing")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    side = size * fraction
    offset = (size - side) / 2
    renderer.render(painter, QRectF(offset, offset, side, side))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    # QImage.save to a real file: the simplest way that needs no QBuffer/QByteArray dance
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "icon.png"
        if not image.save(str(path), "PNG"):
            raise OSError("Qt could not encode a PNG")
        return path.read_bytes()


def bgra_rows(image) -> list[bytes]:  # type: ignore[no-untyped-def]
    """Rows of 32-bit pixels, top first. Format_ARGB32 in little-endian memory is B, G, R, A."""
    width, height = image.width(), image.height()
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    if sys.byteorder != "little":  # pragma: no cover - every platform we ship on is little-endian
        raise RuntimeError("ICO writing assumes a little-endian machine")
    return [data[y * stride : y * stride + width * 4] for y in range(height)]


# --- containers (stdlib only) -------------------------------------------------


def dib_bytes(size: int, rows_top_down: list[bytes]) -> bytes:
    """An ICO image entry as a DIB: BITMAPINFOHEADER, 32-bit BGRA rows bottom-up, AND mask."""
    header = struct.pack(
        "<IiiHHIIiiII",
        40,  # header size
        size,
        size * 2,  # XOR bitmap + AND mask, as ICO requires
        1,  # planes
        32,  # bits per pixel
        0,  # BI_RGB
        size * size * 4,
        0,
        0,
        0,
        0,
    )
    pixels = b"".join(reversed(rows_top_down))
    mask_stride = ((size + 31) // 32) * 4  # 1 bit per pixel, rows padded to 32 bits
    mask = bytes(mask_stride * size)  # all 0: the alpha channel decides
    return header + pixels + mask


def ico_bytes(entries: list[tuple[int, bytes]]) -> bytes:
    """An .ico file from (pixel size, PNG or DIB image data) pairs."""
    count = len(entries)
    out = [struct.pack("<HHH", 0, 1, count)]
    offset = 6 + 16 * count
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256
        out.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    out.extend(data for _, data in entries)
    return b"".join(out)


def icns_bytes(entries: list[tuple[bytes, bytes]]) -> bytes:
    """An .icns file from (OSType, PNG data) pairs; big-endian lengths count the 8-byte headers."""
    body = b"".join(ostype + struct.pack(">I", 8 + len(data)) + data for ostype, data in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def png_size(data: bytes) -> tuple[int, int]:
    if not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def read_ico(path: Path) -> list[dict[str, object]]:
    """The images of an .ico file: size, format ('png' or 'dib'), checked against their headers."""
    data = Path(path).read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1 or count == 0:
        raise ValueError(
            f"{path}: not an icon file (reserved={reserved}, type={kind}, count={count})"
        )
    images = []
    for i in range(count):
        w, h, _colors, _res, _planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        w, h = w or 256, h or 256
        if offset + length > len(data):
            raise ValueError(f"{path}: image {i} runs past the end of the file")
        blob = data[offset : offset + length]
        if blob.startswith(PNG_SIGNATURE):
            fmt, real = "png", png_size(blob)
        else:
            hsize, dw, dh, _planes2, dbpp = struct.unpack_from("<IiiHH", blob, 0)
            if hsize != 40 or dh != 2 * dw or dbpp != 32:
                raise ValueError(f"{path}: image {i} is not a 32-bit DIB")
            mask_stride = ((dw + 31) // 32) * 4
            if length != 40 + dw * dw * 4 + mask_stride * dw:
                raise ValueError(f"{path}: image {i} has the wrong length for {dw} px")
            fmt, real = "dib", (dw, dh // 2)
        if real != (w, h):
            raise ValueError(f"{path}: image {i} says {w}x{h} in the directory, {real} inside")
        images.append({"size": w, "format": fmt, "bpp": bpp, "data": blob})
    return images


def read_icns(path: Path) -> list[dict[str, object]]:
    """The entries of an .icns file: OSType and pixel size of each PNG inside."""
    data = Path(path).read_bytes()
    if data[:4] != b"icns":
        raise ValueError(f"{path}: no 'icns' magic")
    (total,) = struct.unpack_from(">I", data, 4)
    if total != len(data):
        raise ValueError(f"{path}: header says {total} bytes, file has {len(data)}")
    entries, pos = [], 8
    while pos < total:
        ostype = data[pos : pos + 4]
        (length,) = struct.unpack_from(">I", data, pos + 4)
        if length < 8 or pos + length > total:
            raise ValueError(f"{path}: entry {ostype!r} at {pos} has a bad length {length}")
        blob = data[pos + 8 : pos + length]
        width, height = png_size(blob)
        entries.append({"type": ostype.decode("ascii"), "size": width, "data": blob})
        if width != height:
            raise ValueError(f"{path}: entry {ostype!r} is not square")
        pos += length
    return entries


# --- driver -------------------------------------------------------------------


def make_icons(svg: Path, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "png").mkdir(exist_ok=True)
    written: list[Path] = []

    full: dict[int, object] = {}
    for size in sorted(set(PNG_SIZES) | set(ICO_SIZES)):
        full[size] = render(svg, size)
    for size in PNG_SIZES:
        path = out_dir / "png" / f"actgui-{size}.png"
        path.write_bytes(png_bytes(full[size]))
        written.append(path)

    ico_entries = []
    for size in ICO_SIZES:
        image = full[size]
        data = png_bytes(image) if size >= 256 else dib_bytes(size, bgra_rows(image))
        ico_entries.append((size, data))
    ico = out_dir / "actgui.ico"
    ico.write_bytes(ico_bytes(ico_entries))
    written.append(ico)

    mac_png: dict[int, bytes] = {}
    for size in sorted({s for _, s in ICNS_TYPES}):
        mac_png[size] = png_bytes(render(svg, size, MACOS_TILE_FRACTION))
    icns = out_dir / "actgui.icns"
    icns.write_bytes(icns_bytes([(ostype, mac_png[size]) for ostype, size in ICNS_TYPES]))
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG, help="the master drawing")
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT, help="where to write")
    args = parser.parse_args(argv)
    for path in make_icons(args.svg, args.out_dir):
        print(f"{path.stat().st_size:>9,} B  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
