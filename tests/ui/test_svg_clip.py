"""The vectorised clip_polyline cuts where the per-segment Liang-Barsky does."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPolygonF

from actgui.ui import svg_export


def _reference(poly: QPolygonF, rect: QRectF) -> list[list[tuple[float, float]]]:
    """The former loop over _clip_segment, one segment at a time."""
    pieces: list[list[QPointF]] = []
    current: list[QPointF] = []
    for i in range(len(poly) - 1):
        seg = svg_export._clip_segment(poly[i], poly[i + 1], rect)
        if seg is None:
            if len(current) >= 2:
                pieces.append(current)
            current = []
            continue
        a, b, cut_start, cut_end = seg
        if cut_start or not current:
            if len(current) >= 2:
                pieces.append(current)
            current = [a]
        current.append(b)
        if cut_end:
            pieces.append(current)
            current = []
    if len(current) >= 2:
        pieces.append(current)
    return [[(p.x(), p.y()) for p in piece] for piece in pieces]


def test_clip_polyline_matches_segment_by_segment() -> None:
    rng = np.random.default_rng(5)
    rect = QRectF(-1.0, -2.0, 3.0, 4.0)
    for n in (2, 3, 10, 400):
        for _ in range(25):
            xy = rng.normal(0.0, 2.0, (n, 2))
            xy[rng.random(n) < 0.1] = 0.5  # repeated points: zero-length segments
            if n > 3:
                xy[n // 2, 0] = rect.right()  # a point on the edge
            poly = QPolygonF([QPointF(float(x), float(y)) for x, y in xy])
            got = [
                [(p.x(), p.y()) for p in piece] for piece in svg_export.clip_polyline(poly, rect)
            ]
            want = _reference(poly, rect)
            # the same pieces; a polyline wholly inside keeps its own points, where the
            # loop wrote a + 1.0 * (b - a), which can differ from b in the last bit
            assert [len(p) for p in got] == [len(p) for p in want]
            for g, w in zip(got, want, strict=True):
                assert np.allclose(g, w, rtol=0.0, atol=1e-15)


def test_clip_polyline_inside_and_degenerate() -> None:
    rect = QRectF(0, 0, 10, 10)
    whole = QPolygonF([QPointF(1, 1), QPointF(2, 2), QPointF(3, 1)])
    assert [list(p) for p in svg_export.clip_polyline(whole, rect)] == [list(whole)]
    assert svg_export.clip_polyline(QPolygonF([QPointF(1, 1)]), rect) == []
    assert svg_export.clip_polyline(QPolygonF(), rect) == []
