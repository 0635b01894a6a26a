"""A fast PNG writer for rendered figures (numpy + zlib, no Qt image plug-in).

Qt's PNG writer (libpng) stores every pixel as RGBA when the image format has
alpha, un-premultiplies each row and chooses a row filter per row by trying
them all: for a 3840x2160 figure that is ~0.5 s, most of an export.  A figure
is opaque unless asked to be transparent, and mostly flat background, so here
the pixels go out as RGB (RGBA only when transparent), unfiltered, through one
zlib pass at a light level: the same pixels (PNG is lossless), about as small
as Qt's file at its light setting, several times faster.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np
from PySide6.QtGui import QImage

#: zlib level: 1 is ~3x faster than the default 6 on a 4K figure, the file ~1.5x larger
#: (~390 KB, as Qt's writer at its light setting)
LEVEL = 1


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(img: QImage, alpha: bool = False, level: int = LEVEL) -> bytes:
    """The PNG file of ``img``: 8-bit RGB, or RGBA (straight alpha) with ``alpha``."""
    fmt = QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888
    channels = 4 if alpha else 3
    im = img if img.format() == fmt else img.convertToFormat(fmt)
    w, h = im.width(), im.height()
    bpl = im.bytesPerLine()
    pixels = np.frombuffer(im.constBits(), dtype=np.uint8, count=bpl * h).reshape(h, bpl)
    rows = np.zeros((h, 1 + w * channels), dtype=np.uint8)  # filter byte 0: None
    rows[:, 1:] = pixels[:, : w * channels]
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 6 if alpha else 2, 0, 0, 0)
    parts = [b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", ihdr)]
    dpm_x, dpm_y = img.dotsPerMeterX(), img.dotsPerMeterY()
    if dpm_x > 0 and dpm_y > 0:
        parts.append(_chunk(b"pHYs", struct.pack(">IIB", dpm_x, dpm_y, 1)))
    parts.append(_chunk(b"IDAT", zlib.compress(rows.data, level)))
    parts.append(_chunk(b"IEND", b""))
    return b"".join(parts)


def write_png(img: QImage, path: str, alpha: bool = False, level: int = LEVEL) -> None:
    with open(path, "wb") as fh:
        fh.write(png_bytes(img, alpha, level))
