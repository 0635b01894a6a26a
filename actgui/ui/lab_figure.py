"""A lab's plots laid out offscreen at a given size and saved as PNG, SVG or PDF.

The depth lab and the training lab export their figures the same way: their
plot widget (anything with ``render_to(painter, rect)``, ``theme``,
``layout_widget`` and ``fit_scene()``) is shown without appearing on screen at
the asked size, then painted into an image, an SVG or a PDF page of that size.

Their scatter plots use :class:`VectorScatter`: pyqtgraph's ``ScatterPlotItem``
draws its points as fragments of one sheet of pre-rendered sprites, which an
SVG or PDF stores as one embedded image per point (the whole sheet each time,
squeezed to the point's size).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from pyqtgraph import functions as fn
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QApplication

from ..core.io_atomic import atomic_write_with
from . import svg_export

#: paint engines that keep shapes as shapes: a scatter painted into one is drawn as paths
VECTOR_ENGINES = frozenset(
    {QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf, QPaintEngine.Type.Picture}
)


class VectorScatter(pg.ScatterPlotItem):
    """A ``ScatterPlotItem`` whose points are vector shapes in SVG, PDF and QPicture.

    On screen and in images it paints as pyqtgraph does (sprites, fast).  Into a
    vector engine (:data:`VECTOR_ENGINES`), a scatter in pixel mode draws its points
    grouped by style (symbol, size, pen, brush), in the order each style first
    appears: circles as ``drawEllipse`` calls under one pen and brush (an SVG
    ``<ellipse>`` each, in one group), other symbols as one path per style.  Within
    a style the points keep their order; where points of different styles overlap,
    the later style is on top (the sprites follow the data order).
    """

    def paint(self, p: QPainter, option: Any, widget: Any = None) -> None:
        engine = p.paintEngine()
        if engine is None or engine.type() not in VECTOR_ENGINES or not self.opts["pxMode"]:
            super().paint(p, option, widget)
            return
        self.paint_vector(p)

    def paint_vector(self, p: QPainter) -> None:
        """Draw the points in view as shapes, at their pixel size (see the class)."""
        mask = self._maskAt(self.viewRect())
        if not np.any(mask):
            return
        pts = np.vstack([self.data["x"][mask], self.data["y"][mask]])
        pts = fn.clip_array(fn.transformCoordinates(p.transform(), pts), -(2**30), 2**30)
        symbols, sizes, pens, brushes = self._style(["symbol", "size", "pen", "brush"], idx=mask)
        groups: dict[tuple[Any, ...], list[int]] = {}
        for i, (symbol, size, pen, brush) in enumerate(zip(symbols, sizes, pens, brushes)):
            if symbol is None:
                continue
            key = (
                symbol if isinstance(symbol, (str, int, np.integer)) else id(symbol),
                float(size),
                pen.color().rgba(),
                pen.widthF(),
                pen.style(),
                pen.isCosmetic(),
                brush.color().rgba(),
                brush.style(),
            )
            groups.setdefault(key, []).append(i)
        p.save()
        try:
            p.resetTransform()
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for members in groups.values():
                first = members[0]
                symbol, size = symbols[first], float(sizes[first])
                pen = QPen(pens[first])
                if not pen.isCosmetic():  # pyqtgraph scales the pen with the symbol
                    pen.setWidthF(pen.widthF() * size)
                p.setPen(pen)
                p.setBrush(QBrush(brushes[first]))
                xs, ys = pts[0, members], pts[1, members]
                if isinstance(symbol, str) and symbol == "o":
                    r = size / 2.0
                    for x, y in zip(xs.tolist(), ys.tolist()):
                        p.drawEllipse(QPointF(x, y), r, r)
                    continue
                shape = _symbol_path(symbol)
                path = QPainterPath()
                for x, y in zip(xs.tolist(), ys.tolist()):
                    path.addPath(QTransform(size, 0, 0, size, x, y).map(shape))
                p.drawPath(path)
        finally:
            p.restore()


def _symbol_path(symbol: Any) -> QPainterPath:
    """pyqtgraph's path of ``symbol`` (a name, an index or a path), one pixel across."""
    if isinstance(symbol, QPainterPath):
        return symbol
    if isinstance(symbol, str):
        return Symbols[symbol]
    return list(Symbols.values())[int(symbol) % len(Symbols)]


class LabFigure:
    """``plots`` at ``width`` x ``height`` pixels, offscreen, filled by ``fill()``
    once it has that size (so the data are laid out for it).

    Subclasses name the lab (``KIND``: "depth", "training"), the formats they
    write (``SUFFIXES``) and the figure's description (:meth:`description`).
    """

    KIND = "lab"
    SUFFIXES: tuple[str, ...] = (".png", ".svg", ".pdf")

    def __init__(self, plots: Any, width: int, height: int, fill: Callable[[], object]) -> None:
        self.width, self.height = width, height
        self.plots = plots
        plots.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        plots.resize(width, height)
        fill()
        plots.show()
        for _ in range(3):
            QApplication.processEvents()
        plots.fit_scene()
        QApplication.processEvents()

    def close(self) -> None:
        self.plots.close()
        self.plots.deleteLater()

    def description(self) -> str:
        return ""

    def image(self) -> QImage:
        img = QImage(QSize(self.width, self.height), QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor(self.plots.theme["background"]))
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.plots.render_to(p, QRectF(0, 0, self.width, self.height))
        p.end()
        dots_per_metre = round(svg_export.SVG_DPI / 0.0254)
        img.setDotsPerMeterX(dots_per_metre)
        img.setDotsPerMeterY(dots_per_metre)
        return img

    def save(self, path: str | Path) -> None:
        suffix = Path(path).suffix.lower()
        title = f"actgui {self.KIND} lab"
        if suffix not in self.SUFFIXES:
            got = suffix or "a file without suffix"
            allowed = " or ".join([", ".join(self.SUFFIXES[:-1]), self.SUFFIXES[-1]])
            raise ValueError(f"cannot export the {self.KIND} figure as {got!r}; use {allowed}")
        if suffix == ".png":
            img = self.image()

            def write_png(tmp: str) -> None:
                if not img.save(tmp, "PNG"):  # type: ignore[call-overload]  # the stub wants bytes; PySide6 takes only str
                    raise OSError(f"could not write PNG to {path}")

            atomic_write_with(path, write_png)
        elif suffix == ".svg":
            svg_export.write_svg(
                path,
                self.width,
                self.height,
                self.plots.render_to,
                scene=self.plots.layout_widget.scene(),
                background=self.plots.theme["background"],
                title=title,
                description=self.description(),
            )
        else:
            dpi = svg_export.SVG_DPI

            def write_pdf(tmp: str) -> None:
                pdf = QPdfWriter(tmp)
                pdf.setTitle(title)
                pdf.setCreator("actgui")
                pdf.setResolution(dpi)
                size_pt = QSizeF(self.width * 72.0 / dpi, self.height * 72.0 / dpi)
                page = QPageSize(
                    size_pt, QPageSize.Unit.Point, "figure", QPageSize.SizeMatchPolicy.ExactMatch
                )
                pdf.setPageLayout(
                    QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
                )
                p = QPainter(pdf)
                target = QRectF(0, 0, pdf.width(), pdf.height())
                p.fillRect(target, QColor(self.plots.theme["background"]))
                self.plots.render_to(p, target)
                p.end()

            atomic_write_with(path, write_pdf)
