"""The GIF writer: decoded again by a small reader written from the GIF89a spec."""

from __future__ import annotations

import numpy as np
import pytest

from actgui.core import gif


def _lzw_decode(data: bytes, min_code_size: int) -> list[int]:
    """Variable-length-code LZW as the GIF89a spec's appendix F describes it."""
    clear, eoi = 1 << min_code_size, (1 << min_code_size) + 1
    size = min_code_size + 1
    table: list[list[int]] = []

    def reset() -> None:
        nonlocal size, table
        size = min_code_size + 1
        table = [[i] for i in range(clear)] + [[], []]

    reset()
    bits = int.from_bytes(data, "little")
    pos, total = 0, len(data) * 8
    out: list[int] = []
    prev: list[int] | None = None
    while pos + size <= total:
        code = (bits >> pos) & ((1 << size) - 1)
        pos += size
        if code == clear:
            reset()
            prev = None
            continue
        if code == eoi:
            return out
        if code < len(table):
            entry = table[code]
            if prev is not None:
                table.append([*prev, entry[0]])
        else:
            assert prev is not None and code == len(table), (code, len(table))
            entry = [*prev, prev[0]]
            table.append(entry)
        out += entry
        prev = entry
        if len(table) == (1 << size) and size < 12:
            size += 1
    raise AssertionError("no end-of-information code")


def _decode_gif(
    blob: bytes,
) -> tuple[int, int, np.ndarray, list[np.ndarray], int | None, list[int]]:
    """(width, height, palette, full frames as index arrays, loop count, delays)."""
    assert blob[:6] == b"GIF89a"
    w = int.from_bytes(blob[6:8], "little")
    h = int.from_bytes(blob[8:10], "little")
    packed = blob[10]
    assert packed & 0x80, "a global colour table"
    n = 2 ** ((packed & 7) + 1)
    pos = 13
    palette = np.frombuffer(blob[pos : pos + 3 * n], dtype=np.uint8).reshape(n, 3)
    pos += 3 * n
    canvas = np.zeros((h, w), dtype=np.uint8)
    frames, delays, loop = [], [], None
    while True:
        tag = blob[pos]
        if tag == 0x3B:
            assert pos == len(blob) - 1
            break
        if tag == 0x21:
            label = blob[pos + 1]
            pos += 2
            body = b""
            while blob[pos]:
                body += blob[pos + 1 : pos + 1 + blob[pos]]
                pos += 1 + blob[pos]
            pos += 1
            if label == 0xFF and body.startswith(b"NETSCAPE2.0"):
                loop = int.from_bytes(body[-2:], "little")
            elif label == 0xF9:
                delays.append(int.from_bytes(body[1:3], "little"))
            continue
        assert tag == 0x2C, hex(tag)
        left, top, fw, fh = (
            int.from_bytes(blob[pos + 1 + 2 * i : pos + 3 + 2 * i], "little") for i in range(4)
        )
        assert blob[pos + 9] & 0x80 == 0
        pos += 10
        mcs = blob[pos]
        pos += 1
        data = b""
        while blob[pos]:
            data += blob[pos + 1 : pos + 1 + blob[pos]]
            pos += 1 + blob[pos]
        pos += 1
        pixels = _lzw_decode(data, mcs)
        assert len(pixels) == fw * fh
        canvas[top : top + fh, left : left + fw] = np.array(pixels, dtype=np.uint8).reshape(fh, fw)
        frames.append(canvas.copy())
    return w, h, palette, frames, loop, delays


@pytest.mark.parametrize("colors", [2, 3, 16, 200, 256])
@pytest.mark.parametrize("shape", [(1, 1), (7, 13), (120, 97)])
def test_lzw_round_trip(colors: int, shape: tuple[int, int]) -> None:
    rng = np.random.default_rng(colors * 1000 + shape[0])
    bits = max(2, int(np.ceil(np.log2(colors))))
    for data in (
        rng.integers(0, colors, size=shape, dtype=np.uint8).tobytes(),  # no runs: table fills
        np.repeat(rng.integers(0, colors, size=shape[0]), shape[1]).astype(np.uint8).tobytes(),
        bytes([colors - 1]) * (shape[0] * shape[1]),
    ):
        assert bytes(_lzw_decode(gif.lzw_encode(data, bits), bits)) == data


def test_lzw_table_resets_and_long_streams() -> None:
    rng = np.random.default_rng(3)
    data = rng.integers(0, 256, size=50_000, dtype=np.uint8).tobytes()
    assert bytes(_lzw_decode(gif.lzw_encode(data, 8), 8)) == data
    # every length around the points where the code size grows
    for n in range(1, 700):
        d = bytes((i * 7 + i // 5) % 4 for i in range(n))
        assert bytes(_lzw_decode(gif.lzw_encode(d, 2), 2)) == d, n


def test_animation_round_trip_with_changed_boxes() -> None:
    h, w = 40, 60
    frames = []
    for i in range(6):
        rgb = np.full((h, w, 3), 255, dtype=np.uint8)
        rgb[5 + i * 4 : 10 + i * 4, 10:30] = (78, 121, 167)
        rgb[:, 50] = (30, 31, 34)
        frames.append(rgb)
    frames.append(frames[-1].copy())  # a frame like the one before
    blob = gif.write_rgb_frames(frames, delay_cs=7, loop=0)
    width, height, palette, decoded, loop, delays = _decode_gif(blob)
    assert (width, height, loop) == (w, h, 0)
    assert delays == [7] * len(frames)
    assert len(decoded) == len(frames)
    for rgb, idx in zip(frames, decoded):
        np.testing.assert_array_equal(palette[idx], rgb)


def test_quantize_keeps_frequent_colours_and_maps_the_rest_to_the_nearest() -> None:
    rng = np.random.default_rng(0)
    frame = rng.integers(0, 256, size=(64, 64, 3), dtype=np.uint8)
    frame[:32] = (10, 20, 30)
    palette, (idx,) = gif.quantize([frame], max_colors=16)
    assert len(palette) == 16
    assert (10, 20, 30) in {tuple(p) for p in palette}
    got = palette[idx].astype(int)
    d = ((frame[:, :, None, :].astype(int) - palette[None, None].astype(int)) ** 2).sum(-1)
    np.testing.assert_array_equal(((got - frame) ** 2).sum(-1), d.min(-1))


def test_qt_reads_it_too() -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QBuffer, QByteArray
    from PySide6.QtGui import QImageReader

    if b"gif" not in [bytes(f) for f in QImageReader.supportedImageFormats()]:
        pytest.skip("this Qt has no GIF reader")
    frames = [np.full((20, 30, 3), (i * 40, 100, 200 - i * 30), dtype=np.uint8) for i in range(5)]
    data = QByteArray(gif.write_rgb_frames(frames))
    buf = QBuffer(data)
    reader = QImageReader(buf, b"gif")
    assert reader.imageCount() == 5
    for f in frames:
        img = reader.read()
        assert not img.isNull(), reader.errorString()
        c = img.pixelColor(3, 3)
        assert (c.red(), c.green(), c.blue()) == tuple(int(v) for v in f[0, 0])
