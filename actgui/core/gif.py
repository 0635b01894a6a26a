"""A small animated-GIF (GIF89a) writer, numpy only.

Qt reads GIF but cannot write it, and an imaging library would grow the frozen
app; a figure needs little: one global palette of the frames' most frequent
colours (:func:`quantize`), LZW-compressed frames (:func:`lzw_encode`, the
variable-length-code LZW of the GIF89a specification, appendix F), each frame
after the first only where it differs from the one before, and the NETSCAPE2.0
extension that loops the animation.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

MAX_COLORS = 256


def quantize(
    frames: Sequence[np.ndarray], max_colors: int = MAX_COLORS
) -> tuple[np.ndarray, list[np.ndarray]]:
    """RGB frames (h x w x 3, uint8) -> (palette k x 3 uint8, index frames h x w uint8).

    The palette holds the ``max_colors`` most frequent colours of all frames (a plot
    has a few flat colours and their anti-aliased blends); every other colour takes
    the nearest palette colour."""
    keys = [_keys(f) for f in frames]
    uniq_all, counts_all = [], []
    for k in keys:
        u, c = np.unique(k, return_counts=True)
        uniq_all.append(u)
        counts_all.append(c)
    u = np.concatenate(uniq_all)
    c = np.concatenate(counts_all)
    colors, inverse = np.unique(u, return_inverse=True)
    totals = np.bincount(inverse, weights=c)
    top = colors[np.argsort(-totals, kind="stable")[:max_colors]]
    palette_keys = np.sort(top)
    palette = np.stack(
        [(palette_keys >> 16) & 255, (palette_keys >> 8) & 255, palette_keys & 255], axis=1
    ).astype(np.uint8)
    out = []
    pal = palette.astype(np.int32)
    for k, fu in zip(keys, uniq_all):
        pos = np.searchsorted(palette_keys, fu)
        pos = np.minimum(pos, palette_keys.size - 1)
        exact = palette_keys[pos] == fu
        index = np.where(exact, pos, 0)
        miss = np.flatnonzero(~exact)
        if miss.size:
            rgb = np.stack([(fu[miss] >> 16) & 255, (fu[miss] >> 8) & 255, fu[miss] & 255], 1)
            for start in range(0, miss.size, 4096):
                part = rgb[start : start + 4096].astype(np.int32)
                d = ((part[:, None, :] - pal[None, :, :]) ** 2).sum(axis=2)
                index[miss[start : start + 4096]] = d.argmin(axis=1)
        lookup = np.searchsorted(fu, k)
        out.append(index[lookup].astype(np.uint8).reshape(k.shape))
    return palette, out


def _keys(frame: np.ndarray) -> np.ndarray:
    f = np.asarray(frame, dtype=np.uint8)
    if f.ndim != 3 or f.shape[2] < 3:
        raise ValueError(f"expected an h x w x 3 RGB frame, got shape {f.shape}")
    f = f[:, :, :3].astype(np.uint32)
    return (f[:, :, 0] << 16) | (f[:, :, 1] << 8) | f[:, :, 2]


def lzw_encode(indices: bytes, min_code_size: int) -> bytes:
    """GIF's LZW code stream of ``indices`` (bytes below 2**min_code_size), packed
    least significant bit first, starting with a clear code and ending with the
    end-of-information code (not yet cut into sub-blocks)."""
    clear = 1 << min_code_size
    eoi = clear + 1
    out = bytearray()
    cur = 0  # bits not yet written
    shift = 0
    size = min_code_size + 1
    next_code = eoi + 1
    table: dict[int, int] = {}
    cur |= clear << shift
    shift += size
    if not indices:
        cur |= eoi << shift
        shift += size
    else:
        prefix = indices[0]
        for k in indices[1:]:
            key = (prefix << 8) | k
            code = table.get(key)
            if code is not None:
                prefix = code
                continue
            cur |= prefix << shift
            shift += size
            while shift >= 8:
                out.append(cur & 255)
                cur >>= 8
                shift -= 8
            if next_code == 4096:  # the table is full: start again
                cur |= clear << shift
                shift += size
                next_code = eoi + 1
                size = min_code_size + 1
                table = {}
            else:
                if next_code >= (1 << size):
                    size += 1
                table[key] = next_code
                next_code += 1
            prefix = k
        cur |= prefix << shift
        shift += size
        while shift >= 8:
            out.append(cur & 255)
            cur >>= 8
            shift -= 8
        if next_code < 4096 and next_code >= (1 << size):
            # the decoder, a code behind, widens its codes here too
            size += 1
        cur |= eoi << shift
        shift += size
    while shift > 0:
        out.append(cur & 255)
        cur >>= 8
        shift -= 8
    return bytes(out)


def _sub_blocks(data: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 255):
        part = data[i : i + 255]
        out.append(len(part))
        out += part
    out.append(0)
    return bytes(out)


def _changed_box(prev: np.ndarray, cur: np.ndarray) -> tuple[int, int, int, int]:
    """(left, top, width, height) of the pixels that differ; 1 x 1 when none do."""
    diff = prev != cur
    rows = np.flatnonzero(diff.any(axis=1))
    if rows.size == 0:
        return 0, 0, 1, 1
    cols = np.flatnonzero(diff.any(axis=0))
    return int(cols[0]), int(rows[0]), int(cols[-1] - cols[0] + 1), int(rows[-1] - rows[0] + 1)


def encode(
    frames: Sequence[np.ndarray],
    palette: np.ndarray,
    delay_cs: int = 5,
    loop: int = 0,
) -> bytes:
    """A GIF89a of index frames (h x w uint8) with a global ``palette`` (k x 3 uint8,
    k <= 256); ``delay_cs`` hundredths of a second per frame; ``loop`` 0: for ever."""
    if not frames:
        raise ValueError("a GIF needs at least one frame")
    pal = np.asarray(palette, dtype=np.uint8).reshape(-1, 3)
    if not 1 <= len(pal) <= MAX_COLORS:
        raise ValueError(f"a GIF palette has 1 to 256 colours, got {len(pal)}")
    h, w = frames[0].shape
    if not (1 <= w <= 65535 and 1 <= h <= 65535):
        raise ValueError(f"a GIF is 1 to 65535 pixels a side, got {w} x {h}")
    bits = max(1, int(np.ceil(np.log2(len(pal)))))
    table = np.zeros((1 << bits, 3), dtype=np.uint8)
    table[: len(pal)] = pal
    out = bytearray(b"GIF89a")
    out += w.to_bytes(2, "little") + h.to_bytes(2, "little")
    out += bytes([0x80 | 0x70 | (bits - 1), 0, 0])
    out += table.tobytes()
    out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01" + int(loop).to_bytes(2, "little") + b"\x00"
    min_code_size = max(2, bits)
    prev: np.ndarray | None = None
    for frame in frames:
        f = np.asarray(frame, dtype=np.uint8)
        if f.shape != (h, w):
            raise ValueError(f"every frame must be {w} x {h}, got {f.shape[1]} x {f.shape[0]}")
        if int(f.max(initial=0)) >= len(pal):
            raise ValueError("a frame uses a colour index beyond the palette")
        if prev is None:
            left, top, fw, fh = 0, 0, w, h
        else:
            left, top, fw, fh = _changed_box(prev, f)
        prev = f
        # graphic control: leave the frame in place (disposal 1), no transparency
        out += b"\x21\xf9\x04" + bytes([1 << 2]) + int(delay_cs).to_bytes(2, "little")
        out += b"\x00\x00"
        out += b"\x2c" + b"".join(v.to_bytes(2, "little") for v in (left, top, fw, fh))
        out += b"\x00"
        out.append(min_code_size)
        part = np.ascontiguousarray(f[top : top + fh, left : left + fw])
        out += _sub_blocks(lzw_encode(part.tobytes(), min_code_size))
    out.append(0x3B)
    return bytes(out)


def write_rgb_frames(frames: Sequence[np.ndarray], delay_cs: int = 5, loop: int = 0) -> bytes:
    """Quantize RGB frames to one palette and encode them as a looping GIF."""
    palette, indexed = quantize(frames)
    return encode(indexed, palette, delay_cs, loop)
