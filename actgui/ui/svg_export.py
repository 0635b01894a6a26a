"""SVG files of pyqtgraph scenes that look like their PNGs.

Two things go wrong when a pyqtgraph scene is rendered into a QSvgGenerator
as it is:

* at the generator's default 72 dpi, the axes (which pyqtgraph records as
  QPictures at the screen's 96 dpi) replay scaled by 0.75: grids doubled and
  shifted off the plots;
* curves are drawn in data coordinates under the view's scaling transform with
  a cosmetic pen, which QSvgGenerator writes as a scaled group holding a
  ``vector-effect="non-scaling-stroke"`` path: renderers draw it misplaced,
  too thick or filled.  And QSvgGenerator ignores clipping, so a curve that
  leaves its view box is drawn over the titles.

:func:`write_svg` sets the generator up at :data:`SVG_DPI` and, with
:func:`plain_strokes`, has every visible pyqtgraph curve (``PlotCurveItem``,
also the one inside each ``PlotDataItem``) written as a plain stroke in output
coordinates, clipped to its view box, exactly where the PNG shows it.  Fills
(bands, areas under curves) are left as Qt writes them: a filled path scales
correctly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ..core.io_atomic import atomic_write_with

#: pyqtgraph lays out and records its axes at the screen's 96 dpi: the SVG must match
SVG_DPI = 96


def svg_generator(
    filename: str, width: int, height: int, title: str = "", description: str = ""
) -> QSvgGenerator:
    """A generator of ``width`` x ``height`` user units at :data:`SVG_DPI`."""
    gen = QSvgGenerator()
    gen.setFileName(filename)
    gen.setResolution(SVG_DPI)
    gen.setSize(QSize(width, height))
    gen.setViewBox(QRectF(0, 0, width, height))
    if title:
        gen.setTitle(title)
    if description:
        gen.setDescription(description)
    return gen


def write_svg(
    path: str | Path,
    width: int,
    height: int,
    render: Callable[[QPainter, QRectF], None],
    *,
    scene: QGraphicsScene | None = None,
    background: QColor | str | None = None,
    title: str = "",
    description: str = "",
) -> None:
    """Write an SVG of ``width`` x ``height`` by calling ``render(painter, target)``.

    ``scene``: the pyqtgraph scene that ``render`` draws; its curves are written
    as plain strokes (:func:`plain_strokes`).  ``background``: filled first
    (None: transparent).  The file is written to a temporary file and renamed:
    a failure leaves nothing behind.
    """

    def write(tmp: str) -> None:
        gen = svg_generator(tmp, width, height, title, description)
        target = QRectF(0, 0, width, height)
        p = QPainter(gen)
        try:
            if background is not None:
                p.fillRect(target, QColor(background))
            if scene is None:
                render(p, target)
            else:
                with plain_strokes(scene):
                    render(p, target)
        finally:
            p.end()

    atomic_write_with(path, write)


# --- curves as plain strokes ----------------------------------------------------------


class _PlainStroke(QGraphicsItem):
    """Draws its parent curve's path with the curve's pen, in output coordinates.

    Lives as a child of the curve (so it has the curve's transform) only while
    :func:`plain_strokes` is active; the curve's own pens are off meanwhile.
    """

    def __init__(self, curve: pg.PlotCurveItem, pens: list[QPen]) -> None:
        super().__init__(curve)
        self._curve = curve
        self._pens = pens

    def boundingRect(self) -> QRectF:
        return self._curve.boundingRect()

    def paint(self, p: QPainter, *args: object) -> None:
        path = self._curve.getPath()
        if path.isEmpty():
            return
        to_device = p.transform()
        clip = to_device.mapRect(p.clipBoundingRect()) if p.hasClipping() else None
        # the ViewBox's shape: QSvgGenerator writes no clip paths, so clip here
        vb = self._curve.getViewBox()
        if vb is not None:
            box = to_device.mapRect(self._curve.mapRectFromItem(vb, vb.rect()))
            clip = box if clip is None else clip.intersected(box)
        polylines = [to_device.map(poly) for poly in path.toSubpathPolygons()]
        if clip is not None:
            polylines = [part for poly in polylines for part in clip_polyline(poly, clip)]
        out = QPainterPath()
        for poly in polylines:
            if len(poly) >= 2:
                out.addPolygon(poly)
        if out.isEmpty():
            return
        p.save()
        p.resetTransform()
        p.setClipping(False)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for pen in self._pens:
            flat = QPen(pen)
            flat.setCosmetic(False)  # width in output units: what the screen shows
            p.setPen(flat)
            p.drawPath(out)
        p.restore()


def _visible(item: QGraphicsItem) -> bool:
    return item.isVisible() and item.effectiveOpacity() > 0.0


@contextmanager
def plain_strokes(scene: QGraphicsScene) -> Iterator[None]:
    """While active, every visible pyqtgraph curve of ``scene`` strokes in output units.

    Use it around rendering the scene to a vector device (SVG; PDF does not
    need it but is not harmed).  The scene is as before afterwards.
    """
    swapped: list[tuple[pg.PlotCurveItem, dict[str, QPen | None], _PlainStroke]] = []
    try:
        for item in scene.items():
            if not isinstance(item, pg.PlotCurveItem) or not _visible(item):
                continue
            pens = [
                QPen(item.opts[kind])
                for kind in ("shadowPen", "pen")
                if item.opts.get(kind) is not None and item.opts[kind].style() != Qt.PenStyle.NoPen
            ]
            if not pens:
                continue
            saved = {kind: item.opts.get(kind) for kind in ("shadowPen", "pen")}
            # the curve keeps drawing its fill (if any); the stand-in draws its line
            item.opts["pen"] = QPen(Qt.PenStyle.NoPen)
            item.opts["shadowPen"] = None
            swapped.append((item, saved, _PlainStroke(item, pens)))
        yield
    finally:
        for item, saved, stand_in in swapped:
            item.opts.update(saved)
            stand_in.setParentItem(None)  # type: ignore[arg-type]  # PySide's stub: None detaches
            if stand_in.scene() is not None:
                stand_in.scene().removeItem(stand_in)


# --- clipping a polyline to a rectangle -----------------------------------------------


def _clip_segment(a: QPointF, b: QPointF, r: QRectF) -> tuple[QPointF, QPointF, bool, bool] | None:
    """Liang-Barsky: the part of a-b inside r, and whether each end was cut."""
    x0, y0, dx, dy = a.x(), a.y(), b.x() - a.x(), b.y() - a.y()
    t0, t1 = 0.0, 1.0
    for p, q in (
        (-dx, x0 - r.left()),
        (dx, r.right() - x0),
        (-dy, y0 - r.top()),
        (dy, r.bottom() - y0),
    ):
        if p == 0.0:
            if q < 0.0:
                return None
            continue
        t = q / p
        if p < 0.0:
            if t > t1:
                return None
            t0 = max(t0, t)
        else:
            if t < t0:
                return None
            t1 = min(t1, t)
    return (
        QPointF(x0 + t0 * dx, y0 + t0 * dy),
        QPointF(x0 + t1 * dx, y0 + t1 * dy),
        t0 > 0.0,
        t1 < 1.0,
    )


def _to_array(poly: QPolygonF) -> np.ndarray:
    """The points of ``poly`` as an (n, 2) float64 array (through QDataStream: no
    Python object per point)."""
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)
    stream << poly
    return np.frombuffer(data.data(), dtype="<f8", offset=4).reshape(-1, 2)


def _to_polygon(points: np.ndarray) -> QPolygonF:
    raw = np.uint32(len(points)).tobytes() + np.ascontiguousarray(points, "<f8").tobytes()
    stream = QDataStream(QByteArray(raw))
    stream.setByteOrder(QDataStream.ByteOrder.LittleEndian)
    poly = QPolygonF()
    stream >> poly
    return poly


def clip_polyline(poly: QPolygonF, rect: QRectF) -> list[QPolygonF]:
    """The pieces of an open polyline that lie inside ``rect`` (in order).

    :func:`_clip_segment` on every segment at once (numpy): a curve of a few
    thousand points takes a millisecond, not a tenth of a second."""
    if poly.size() < 2:
        return []
    if rect.contains(poly.boundingRect()):
        return [QPolygonF(poly)]  # nothing to cut
    pts = _to_array(poly)
    x0, y0 = pts[:-1, 0], pts[:-1, 1]
    dx, dy = pts[1:, 0] - x0, pts[1:, 1] - y0
    t0 = np.zeros_like(x0)
    t1 = np.ones_like(x0)
    out = np.zeros(x0.shape, dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in (
            (-dx, x0 - rect.left()),
            (dx, rect.right() - x0),
            (-dy, y0 - rect.top()),
            (dy, rect.bottom() - y0),
        ):
            out |= (p == 0.0) & (q < 0.0)
            t = q / p
            np.maximum(t0, t, out=t0, where=p < 0.0)
            np.minimum(t1, t, out=t1, where=p > 0.0)
    keep = ~out & (t0 <= t1)
    cut_start = t0 > 0.0
    cut_end = t1 < 1.0
    a = np.stack([x0 + t0 * dx, y0 + t0 * dy], axis=1)
    b = np.stack([x0 + t1 * dx, y0 + t1 * dy], axis=1)
    # a piece starts at a kept segment after a dropped one, a cut start or a cut end
    prev_breaks = np.ones_like(keep)
    prev_breaks[1:] = ~keep[:-1] | cut_end[:-1]
    starts = np.flatnonzero(keep & (prev_breaks | cut_start))
    ends = np.flatnonzero(keep & (np.append(~keep[1:] | cut_start[1:], True) | cut_end))
    pieces = []
    for i, j in zip(starts, ends, strict=True):
        pieces.append(_to_polygon(np.concatenate([a[i : i + 1], b[i : j + 1]])))
    return pieces
