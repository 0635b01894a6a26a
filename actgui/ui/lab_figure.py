"""A lab's plots laid out offscreen at a given size and saved as PNG, SVG or PDF.

The depth lab and the training lab export their figures the same way: their
plot widget (anything with ``render_to(painter, rect)``, ``theme``,
``layout_widget`` and ``fit_scene()``) is shown without appearing on screen at
the asked size, then painted into an image, an SVG or a PDF page of that size.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from ..core.io_atomic import atomic_write_with
from . import svg_export


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
