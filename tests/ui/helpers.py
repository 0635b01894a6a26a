"""Small helpers shared by the UI tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication


def settle() -> None:
    """Let posted events (layout, language, palette changes) be delivered."""
    for _ in range(3):
        QApplication.processEvents()


class MarkingTranslator(QTranslator):
    """Translates every string of every context to «text»: shows what was not set again."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return f"«{source}»"

    def isEmpty(self) -> bool:
        return False


def svg_image(path: Path, width: int, height: int) -> QImage:
    """The SVG file at ``path`` rendered by Qt's SVG renderer on white."""
    from PySide6.QtSvg import QSvgRenderer

    img = QImage(width, height, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    QSvgRenderer(str(path)).render(p)
    p.end()
    return img
