"""The legend above the plots: even columns that wrap with the width, never over data.

A legend inside a plot hides curves whatever corner it takes (long labels, eight
curves, 1280x800, zoom). This one is a row of the canvas' layout above the plots, so
it can cover nothing; as many columns fit side by side as the canvas is wide (all as
wide as the longest label where that fits, else each as wide as its own). Clicking
an entry hides or shows its curve; hidden curves stay listed, greyed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintEngine, QPainter, QPen

if TYPE_CHECKING:  # pyqtgraph is untyped: these names document the events
    from pyqtgraph.GraphicsScene.mouseEvents import HoverEvent, MouseClickEvent

_SAMPLE = 22.0  # length of the line drawn before each label
_GAP = 6.0  # between the line and its label
_COL_GAP = 16.0  # between columns
_PAD = 3.0  # above and below the rows
_RASTER_ENGINES = (QPaintEngine.Type.Raster, QPaintEngine.Type.OpenGL2, QPaintEngine.Type.OpenGL)


def _columns(widths: list[float], room: float, even_cost: int = 1) -> tuple[int, list[float]]:
    """Rows and column widths for entries of ``widths`` filled down the columns.

    Even columns (all as wide as the widest entry) read best; columns each as wide
    as their own widest entry fit more side by side.  The even layout is taken
    unless the other one saves more than ``even_cost`` rows (a figure affords one
    row for aligned columns; the window, whose plots need the height, none); one
    column at the least."""

    def fewest_rows(even: bool) -> tuple[int, list[float]]:
        n = len(widths)
        widest = max(widths)
        last = 0
        for cols in range(n, 1, -1):
            rows = math.ceil(n / cols)
            if rows == last:
                continue  # the same layout as the step before: only ~2 sqrt(n) differ
            last = rows
            cols = math.ceil(n / rows)
            if even:
                col_ws = [widest] * cols
            else:
                col_ws = [max(widths[c * rows : (c + 1) * rows]) for c in range(cols)]
            if sum(col_ws) <= room:
                return rows, col_ws
        return n, [min(max(widths), room)]

    even, own = fewest_rows(True), fewest_rows(False)
    return even if even[0] <= own[0] + even_cost else own


@dataclass
class LegendEntry:
    uid: int | None  # None: an explanation (overlay's solid/dashed/dotted), not clickable
    text: str
    pen: QPen
    visible: bool = True
    #: a parameter family's colours, low to high: drawn as a colour bar, not a line
    colors: tuple[str, ...] = ()


def _sample_width(e: LegendEntry) -> float:
    return 2 * _SAMPLE if e.colors else _SAMPLE


class CanvasLegend(pg.GraphicsWidget):
    """Entries in even columns; ``on_toggle(uid, visible)`` when one is clicked."""

    def __init__(
        self, on_toggle: Callable[[int, bool], None] | None = None, even_cost: int = 0
    ) -> None:
        super().__init__()
        self.on_toggle = on_toggle
        #: rows the legend may add to keep its columns even (see :func:`_columns`)
        self.even_cost = even_cost
        self.entries: list[LegendEntry] = []
        self._font = QFont()
        self._font.setPointSizeF(9.0)
        self.text_color = QColor("#222222")
        self._cols = 1
        self._col_w = 0.0
        self._row_h = 16.0
        self._left = 0.0
        self._rows = 0
        self._key_w: list[float] = []
        self._width = 400.0
        self._advance: dict[str, float] = {}  # text widths, for the current font
        self._cache: QImage | None = None
        self._cache_key: tuple | None = None
        self._dirty: list[tuple[LegendEntry, QRectF]] = []
        self.setAcceptHoverEvents(True)
        self.setFlag(self.GraphicsItemFlag.ItemClipsToShape, False)
        self._retranslate()

    def _retranslate(self) -> None:
        self._tip = self.tr("Click an entry to hide or show its curve")

    def retranslate(self) -> None:
        self._retranslate()
        self.setToolTip(self._tip if any(e.uid is not None for e in self.entries) else "")

    # --- content -------------------------------------------------------------------

    def set_entries(self, entries: list[LegendEntry]) -> None:
        self.entries = list(entries)
        self.setToolTip(self._tip if any(e.uid is not None for e in entries) else "")
        self.relayout()

    def set_look(self, font: QFont, text_color: QColor) -> None:
        self._font = QFont(font)
        self._advance = {}
        self.text_color = QColor(text_color)
        self.relayout()

    def texts_changed(self, changed: list[LegendEntry]) -> None:
        """Some entries' texts changed in place: repaint only them if the layout holds.

        While a slider is dragged a label grows and shrinks by a digit; as long as
        every entry still fits its column the columns stay put (no relayout, no
        repaint of every label), as the y axes do; the next relayout (a resize,
        new entries) lays them out afresh."""
        if not self._still_fits():
            before = (self._cols, self._rows, self._col_w, self._key_w, self._left)
            self.relayout(keep_cache=True)
            if before != (self._cols, self._rows, self._col_w, self._key_w, self._left):
                self._cache = None
                self.update()
                return
        for e, r in self.entry_rects():
            if any(e is c for c in changed):
                self._dirty.append((e, r))
                self.update(r.adjusted(-2, -2, 2, 2))

    def _still_fits(self) -> bool:
        """Every entry's text fits the column it is laid out in."""
        curves = [e for e in self.entries if e.uid is not None]
        if not curves or self._rows <= 0 or len(curves) > self._rows * len(self._col_ws):
            return False
        fm = QFontMetricsF(self._font)
        for i, e in enumerate(curves):
            need = _SAMPLE + _GAP + self._width_of(fm, e.text) + _COL_GAP
            if need > self._col_ws[i // self._rows]:
                return False
        return True

    def _width_of(self, fm: QFontMetricsF, text: str) -> float:
        w = self._advance.get(text)
        if w is None:
            if len(self._advance) > 2000:
                self._advance.clear()
            w = self._advance[text] = fm.horizontalAdvance(text)
        return w

    # --- geometry ------------------------------------------------------------------

    def relayout(self, width: float | None = None, keep_cache: bool = False) -> None:
        """Columns for ``width`` (default: the last one given); fixes the height.

        The canvas passes its width when it is resized: no resizeEvent override here
        (Qt calls one while the application shuts down, after Python is gone)."""
        if width is None:
            width = self._width
        self._width = width
        fm = QFontMetricsF(self._font)
        self._row_h = math.ceil(fm.height() * 1.25)
        curves = [e for e in self.entries if e.uid is not None]
        key = [e for e in self.entries if e.uid is None]
        n = len(curves)
        usable = max(1.0, width - 8)
        self._cols, self._col_w, self._rows = 1, 0.0, 0
        self._col_ws: list[float] = []
        if n:
            widths = [
                _sample_width(e) + _GAP + self._width_of(fm, e.text) + _COL_GAP for e in curves
            ]
            self._rows, self._col_ws = _columns(widths, usable + _COL_GAP, self.even_cost)
            self._cols = len(self._col_ws)
            self._col_w = max(self._col_ws)
        # the overlay's key (solid f, dashed f′, dotted f″): one row of its own below
        self._key_w = [_SAMPLE + _GAP + self._width_of(fm, e.text) + _COL_GAP for e in key]
        block = max(sum(self._col_ws), sum(self._key_w)) - _COL_GAP
        self._left = max(0.0, (width - block) / 2)
        rows = self._rows + (1 if key else 0)
        height = rows * self._row_h + 2 * _PAD if rows else 0.0
        if not keep_cache:
            self._cache = None
        if height != self.maximumHeight() or height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.setPreferredHeight(height)
        self.update()

    @property
    def items(self) -> list[tuple[LegendEntry, LegendEntry]]:
        """(sample, label) pairs like pyqtgraph's LegendItem.items; ``label.text``."""
        return [(e, e) for e in self.entries]

    def entry_rects(self) -> list[tuple[LegendEntry, QRectF]]:
        """Each entry with its rectangle in item coordinates."""
        out = []
        curves = [e for e in self.entries if e.uid is not None]
        key = [e for e in self.entries if e.uid is None]
        starts = [self._left + sum(self._col_ws[:c]) for c in range(len(self._col_ws))]
        for i, e in enumerate(curves):
            col, row = divmod(i, self._rows)  # down the columns, like a list
            r = QRectF(
                starts[col], _PAD + row * self._row_h, self._col_ws[col] - _COL_GAP, self._row_h
            )
            out.append((e, r))
        x = self._left
        for e, w in zip(key, self._key_w):
            out.append((e, QRectF(x, _PAD + self._rows * self._row_h, w - _COL_GAP, self._row_h)))
            x += w
        return out

    def content_rect(self) -> QRectF:
        """The rectangle the entries take (item coordinates); empty without entries."""
        rect = QRectF()
        for _e, r in self.entry_rects():
            rect = rect | r
        return rect

    def entry_at(self, pos: QPointF) -> LegendEntry | None:
        for e, r in self.entry_rects():
            if r.contains(pos):
                return e
        return None

    # --- painting ------------------------------------------------------------------

    def paint(self, p: QPainter, option: object = None, *args: object) -> None:
        if not self.entries:
            return
        engine = p.paintEngine()
        if engine is None or engine.type() not in _RASTER_ENGINES:
            self._draw(p, self.entry_rects())  # SVG, PDF: text stays text
            return
        # on screen: a cached picture, redrawn where an entry changed (a slider drag
        # changes one label per step; 50 labels cost ~2 ms to draw)
        dpr = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        size = self.size()
        key = (round(size.width()), round(size.height()), dpr)
        if self._cache is None or self._cache_key != key:
            img = QImage(
                max(1, round(size.width() * dpr)),
                max(1, round(size.height() * dpr)),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            img.setDevicePixelRatio(dpr)
            img.fill(0)
            q = QPainter(img)
            self._draw(q, self.entry_rects())
            q.end()
            self._cache, self._cache_key = img, key
            self._dirty = []
        elif self._dirty:
            q = QPainter(self._cache)
            q.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
            for _e, r in self._dirty:
                q.fillRect(r.adjusted(-2, 0, 2, 0), Qt.GlobalColor.transparent)
            q.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            self._draw(q, self._dirty)
            q.end()
            self._dirty = []
        p.drawImage(QPointF(0, 0), self._cache)

    def _draw(self, p: QPainter, entries: list[tuple[LegendEntry, QRectF]]) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        p.setFont(self._font)
        fm = QFontMetricsF(self._font)
        muted = QColor(self.text_color)
        muted.setAlphaF(0.38)
        for e, r in entries:
            mid = r.center().y()
            pen = QPen(e.pen)
            pen.setCosmetic(False)
            pen.setWidthF(min(max(pen.widthF(), 1.5), 3.0))
            if not e.visible:
                c = QColor(pen.color())
                c.setAlphaF(0.3)
                pen.setColor(c)
            if e.colors:  # a colour bar: the family's colours from low to high
                bar_h = max(4.0, round(r.height() * 0.45))
                seg = _sample_width(e) / len(e.colors)
                for i, name in enumerate(e.colors):
                    c = QColor(name)
                    if not e.visible:
                        c.setAlphaF(0.3)
                    p.fillRect(QRectF(r.left() + i * seg, mid - bar_h / 2, seg + 0.5, bar_h), c)
            else:
                p.setPen(pen)
                p.drawLine(QLineF(r.left(), mid, r.left() + _SAMPLE, mid))
            p.setPen(QPen(self.text_color if e.visible else muted))
            left = r.left() + _sample_width(e) + _GAP
            text_rect = QRectF(left, r.top(), r.right() - left, r.height())
            text = e.text
            if self._width_of(fm, text) > text_rect.width() + 1:
                text = fm.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width() + 1)
            align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            p.drawText(text_rect, int(align), text)
        p.restore()

    # --- mouse ---------------------------------------------------------------------

    def mouseClickEvent(self, ev: MouseClickEvent) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        e = self.entry_at(ev.pos())
        if e is None or e.uid is None:
            return
        ev.accept()
        if self.on_toggle is not None:
            self.on_toggle(e.uid, not e.visible)

    def hoverEvent(self, ev: HoverEvent) -> None:
        if ev.isExit():
            self.unsetCursor()
            return
        e = self.entry_at(ev.pos())
        if e is not None and e.uid is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
