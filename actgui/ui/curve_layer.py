"""One cached picture of the curves that are not being edited.

Repainting 150 antialiased curves of 2,000 points costs most of a second; a
parameter change touches one curve. So each plot draws its unchanged curves
into one image, kept until a curve in it, the view or the widget size changes,
and the curve being edited is drawn live on top.
"""

from __future__ import annotations

from collections.abc import Hashable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPaintEngine, QPainter, QPainterPath, QPen, QTransform

_RASTER_ENGINES = (QPaintEngine.Type.Raster, QPaintEngine.Type.OpenGL2, QPaintEngine.Type.OpenGL)


def _path(x: np.ndarray, y: np.ndarray, thin: bool) -> QPainterPath:
    """The polyline through the finite points (x, y); ``thin``: a flat stretch (samples
    in a row, x increasing, with the very same y) keeps its ends and one sample inside.

    A thin path is the same line with fewer points (ReLU's f′ six instead of 2,000):
    an SVG writes every point out as text, ~30,000 for five functions' rows.  The one
    inner sample keeps a stretch from being a lone two-point line, which renderers
    (QSvgRenderer) antialias by another method, a few levels apart."""
    if thin and len(y) > 2:
        with np.errstate(invalid="ignore"):
            flat = (y[1:] == y[:-1]) & (x[1:] > x[:-1])
        inner = flat[:-1] & flat[1:]
        if inner.any():
            keep = np.ones(len(y), dtype=bool)
            first = inner.copy()
            first[1:] &= ~inner[:-1]
            keep[1:-1] = ~inner | first
            x, y = x[keep], y[keep]
    return pg.functions.arrayToQPath(x, y, connect="finite")


def _inside(rect: QRectF, box: QRectF) -> bool:
    """Whether ``rect`` lies in ``box``, edges included, also when ``rect`` has no
    height or width (a flat stretch of a curve, which QRectF.contains refuses)."""
    return (
        box.left() <= rect.left()
        and rect.right() <= box.right()
        and box.top() <= rect.top()
        and rect.bottom() <= box.bottom()
    )


class CurveLayer(pg.GraphicsObject):
    """Curves in data coordinates, painted from a cached device-resolution image."""

    def __init__(self) -> None:
        super().__init__()
        #: x, y, pen and the y drawn solid (NaN where the dashed part takes over)
        self._curves: dict[Hashable, tuple[np.ndarray, np.ndarray, QPen, np.ndarray]] = {}
        #: the dashed part of a curve where it lies on earlier ones: (its y, dash pattern)
        self._dashed: dict[Hashable, tuple[np.ndarray, list[float]]] = {}
        #: the curves' paths (solid, dashed part) by (key, thin), made when first painted:
        #: a canvas being laid out places a curve several times before it is drawn once;
        #: thin ones (see _path) for vector output, full ones for pixels, as before
        self._paths: dict[tuple[Hashable, bool], tuple[QPainterPath, QPainterPath | None]] = {}
        self._order: list[Hashable] = []
        #: draw order: lower ranks first (under), ties in insertion order
        self._rank: dict[Hashable, object] = {}
        self._image: QImage | None = None
        self._key: tuple | None = None
        self._version = 0
        self.setZValue(0)

    # --- content -----------------------------------------------------------------

    def set_curve(
        self,
        key: Hashable,
        x: np.ndarray,
        y: np.ndarray,
        pen: QPen,
        rank: object = None,
        dashed: tuple[np.ndarray, list[float]] | None = None,
    ) -> None:
        """Add or replace a curve; ``rank`` (comparable) fixes its place in the draw order.

        ``dashed`` = (mask, pattern): where ``mask`` is true the curve is drawn with the
        dash ``pattern`` (it lies on earlier curves there, which show through the gaps).
        """
        self._dashed.pop(key, None)
        self._drop_paths(key)
        solid = y
        if dashed is not None and dashed[0].any():
            mask = dashed[0]
            # the dashed stretch takes one sample more on each side: no hole at the seams
            wide = mask.copy()
            wide[1:] |= mask[:-1]
            wide[:-1] |= mask[1:]
            solid = np.where(mask, np.nan, y)
            self._dashed[key] = (np.where(wide, y, np.nan), list(dashed[1]))
        if key not in self._curves:
            self._order.append(key)
        if rank is not None and self._rank.get(key) != rank:
            self._rank[key] = rank
            self._order.sort(key=lambda k: (self._rank.get(k) is None, self._rank.get(k, 0)))
        self._curves[key] = (x, y, QPen(pen), solid)
        self._changed()

    def set_pen(self, key: Hashable, pen: QPen) -> None:
        if key in self._curves:
            x, y, _old, solid = self._curves[key]
            self._curves[key] = (x, y, QPen(pen), solid)
            self._changed(bounds=False)

    def remove_curve(self, key: Hashable) -> None:
        if key in self._curves:
            del self._curves[key]
            self._dashed.pop(key, None)
            self._drop_paths(key)
            self._order.remove(key)
            self._rank.pop(key, None)
            self._changed()

    def keys(self) -> list[Hashable]:
        return list(self._order)

    def dash_pattern(self, key: Hashable) -> list[float] | None:
        """The dash pattern of the curve's stretches over earlier curves, if it has any."""
        d = self._dashed.get(key)
        return None if d is None else d[1]

    def _drop_paths(self, key: Hashable) -> None:
        self._paths.pop((key, False), None)
        self._paths.pop((key, True), None)

    def _strokes(self, key: Hashable, thin: bool = False) -> list[tuple[QPen, QPainterPath]]:
        x, _y, pen, solid = self._curves[key]
        paths = self._paths.get((key, thin))
        if paths is None:
            dashed = self._dashed.get(key)
            paths = (
                _path(x, solid, thin),
                None if dashed is None else _path(x, dashed[0], thin),
            )
            self._paths[key, thin] = paths
        out = [(pen, paths[0])]
        if paths[1] is not None:
            dash = QPen(pen)
            dash.setDashPattern(self._dashed[key][1])
            out.append((dash, paths[1]))
        return out

    def data(self, key: Hashable) -> tuple[np.ndarray, np.ndarray]:
        x, y, _pen, _solid = self._curves[key]
        return x, y

    def _changed(self, bounds: bool = True) -> None:
        self._version += 1
        if bounds:
            self.informViewBoundsChanged()
        self.update()

    # --- geometry for the ViewBox ------------------------------------------------

    def dataBounds(
        self, ax: int, frac: float = 1.0, orthoRange: tuple[float, float] | None = None
    ) -> tuple[float, float] | tuple[None, None]:
        lo, hi = np.inf, -np.inf
        for x, y, _pen, _solid in self._curves.values():
            d = x if ax == 0 else y
            if orthoRange is not None and ax == 1:
                sel = (x >= orthoRange[0]) & (x <= orthoRange[1])
                d = d[sel]
            d = d[np.isfinite(d)]
            if d.size:
                lo, hi = min(lo, float(d.min())), max(hi, float(d.max()))
        return (None, None) if lo > hi else (lo, hi)

    def boundingRect(self) -> QRectF:
        vb = self.getViewBox()
        if vb is None:
            return QRectF()
        return vb.viewRect()

    def viewRangeChanged(self) -> None:
        self.prepareGeometryChange()
        self.update()

    # --- painting ----------------------------------------------------------------

    def paint(self, p: QPainter, *args: object) -> None:
        if not self._curves:
            return
        engine = p.paintEngine()
        if engine is not None and engine.type() not in _RASTER_ENGINES:
            # SVG, PDF, printing: curves stay vector paths, one per curve, written
            # in output coordinates with a plain stroke (a cosmetic pen inside a
            # 30x-scaled group becomes vector-effect:non-scaling-stroke, which
            # SVG renderers draw misplaced or filled)
            # SVG has no clip paths from QSvgGenerator: cut the curves at the plot's
            # edges here, or a curve past the y range runs across the figure
            from .svg_export import clip_polyline

            to_device = p.transform()
            box = to_device.mapRect(self.boundingRect())
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.resetTransform()
            p.setBrush(Qt.BrushStyle.NoBrush)
            for k in self._order:
                # flat stretches without their inner points: the same strokes, fewer
                # numbers written (raster output keeps every sample, as on screen)
                for pen, path in self._strokes(k, thin=True):
                    clipped = QPainterPath()
                    for poly in to_device.map(path).toSubpathPolygons():
                        if poly.size() >= 2 and _inside(poly.boundingRect(), box):
                            clipped.addPolygon(poly)  # nothing to cut
                            continue
                        for part in clip_polyline(poly, box):
                            clipped.addPolygon(part)
                    if clipped.isEmpty():
                        continue
                    flat = QPen(pen)
                    flat.setCosmetic(False)
                    p.setPen(flat)
                    p.drawPath(clipped)
            p.restore()
            return
        # world transform: item -> the painter's widget coordinates (deviceTransform
        # would add the offset of a redirected paint, as in QWidget.grab)
        to_device = p.transform()
        dev = to_device.mapRect(self.boundingRect()).toAlignedRect()
        device = p.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        if dev.width() <= 0 or dev.height() <= 0:
            return
        m = to_device
        key = (
            m.m11(),
            m.m12(),
            m.m21(),
            m.m22(),
            m.dx(),
            m.dy(),
            dev.x(),
            dev.y(),
            dev.width(),
            dev.height(),
            dpr,
            self._version,
        )
        if key != self._key or self._image is None:
            self._image = self._render(to_device, dev.x(), dev.y(), dev.width(), dev.height(), dpr)
            self._key = key
        p.save()
        p.resetTransform()
        p.drawImage(QPointF(dev.x(), dev.y()), self._image)
        p.restore()

    def _render(
        self, to_device: QTransform, x0: int, y0: int, w: int, h: int, dpr: float
    ) -> QImage:
        img = QImage(
            max(1, round(w * dpr)),
            max(1, round(h * dpr)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        img.setDevicePixelRatio(dpr)
        img.fill(0)
        q = QPainter(img)
        q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        q.setTransform(to_device * QTransform.fromTranslate(-x0, -y0))
        for k in self._order:
            for pen, path in self._strokes(k):
                q.setPen(pen)
                q.drawPath(path)
        q.end()
        return img
