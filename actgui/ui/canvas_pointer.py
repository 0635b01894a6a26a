"""The canvas under the pointer: the crosshair and its dots on the curves, the curve
under the mouse (highlighted and named in a tip), picking a curve by a click.

:class:`CanvasPointer` is the third layer of :class:`~actgui.ui.plot_canvas.PlotCanvas`
(rows, then curves, then pointer, then the canvas itself); it is not used alone.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor

from .canvas_curves import CanvasCurves
from .canvas_rows import COMPARE_ROW, Y_CAP


def _distance_to_polyline(sx: np.ndarray, sy: np.ndarray) -> float:
    """Distance from (0, 0) to the polyline through (sx, sy), skipping non-finite points."""
    ok = np.isfinite(sx) & np.isfinite(sy)
    best = math.inf
    if ok.any():
        best = float(np.hypot(sx[ok], sy[ok]).min())
    if sx.size < 2:
        return best
    ax, ay, bx, by = sx[:-1], sy[:-1], sx[1:], sy[1:]
    seg = ok[:-1] & ok[1:]
    if not seg.any():
        return best
    ax, ay, bx, by = ax[seg], ay[seg], bx[seg], by[seg]
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = np.clip(-(ax * dx + ay * dy) / np.where(length > 0, length, 1.0), 0.0, 1.0)
    d = np.hypot(ax + t * dx, ay + t * dy)
    return min(best, float(d.min()))


class CursorDots(pg.ScatterPlotItem):
    """The crosshair's dots on the curves. The crosshair follows the pointer, so a dot
    lies right under every click on a curve: the click goes through to the curve."""

    def mouseClickEvent(self, ev: MouseClickEvent) -> None:
        ev.ignore()


class CanvasPointer(CanvasCurves):
    """Crosshair, hover and pick (see the module's docstring)."""

    #: x under the mouse (NaN when the mouse leaves the plots)
    sigCursorMoved = Signal(float)
    #: (x, y, row) under the mouse, for the status bar
    sigMouseAt = Signal(float, float, int)

    _cross: list[pg.InfiniteLine]
    _markers: list[CursorDots]
    _hover_items: list[pg.PlotDataItem]
    #: (uid, row) of the curve under the mouse, None when there is none
    hovered: tuple[int, int] | None
    #: the hover tool tip's text (for tests)
    hover_text: str

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave and self.hovered is not None:
            self.hover_at(None)
        return super().eventFilter(watched, event)

    def _on_mouse_moved(self, event: tuple[QPointF]) -> None:
        pos = event[0]
        for order, plot in enumerate(self.plots):
            if plot.isVisible() and plot.sceneBoundingRect().contains(pos):
                p = plot.getViewBox().mapSceneToView(pos)
                self.set_cursor(p.x())
                self.sigMouseAt.emit(p.x(), p.y(), order)
                self.hover_at(pos)
                return
        self.set_cursor(math.nan)
        self.hover_at(None)

    # --- hover and pick ----------------------------------------------------------------

    def pick(self, pos: QPointF, tolerance: float = 6.0) -> tuple[int, int] | None:
        """(uid, row) of the visible curve or comparison drawn within ``tolerance``
        pixels of the scene position ``pos``; the selected curve, then the ones drawn
        last (on top), win a tie.  None when no curve is that near."""
        for order, plot in enumerate(self.plots):
            if not plot.isVisible():
                continue
            vb = plot.getViewBox()
            if not vb.sceneBoundingRect().contains(pos):
                continue
            p = vb.mapSceneToView(pos)
            px = vb.viewPixelSize()
            if not (px[0] > 0 and px[1] > 0):
                return None
            rows = self._sample_rows(order)
            compares = self._compare_uids()
            drawn = list(reversed(self.state.drawn()))
            drawn.sort(key=lambda c: c.uid != self.state.selected)
            best: tuple[float, int, int] | None = None
            for c in drawn:
                if not c.visible or c.uid not in self._samples:
                    continue
                if (c.uid in compares) != (order == COMPARE_ROW):
                    continue
                s = self._samples[c.uid]
                lo = max(0, int(np.searchsorted(s.x, p.x() - tolerance * px[0])) - 1)
                hi = min(s.x.size, int(np.searchsorted(s.x, p.x() + tolerance * px[0])) + 1)
                if hi <= lo:
                    continue
                sx = (s.x[lo:hi] - p.x()) / px[0]
                for r in rows:
                    sy = (s.y[r][lo:hi] - p.y()) / px[1]
                    d = _distance_to_polyline(sx, sy)
                    if d <= tolerance and (best is None or d < best[0] - 0.75):
                        best = (d, c.uid, r)
            return None if best is None else (best[1], best[2])
        return None

    def hover_at(self, pos: QPointF | None) -> None:
        """Highlight the curve near ``pos`` (scene) and name it with (x, f(x)) in a tip."""
        hit = None if pos is None else self.pick(pos)
        if hit != self.hovered:
            self.hovered = hit
            self._show_hover()
        if hit is None:
            if self.hover_text:
                self.hover_text = ""
                from PySide6.QtWidgets import QToolTip

                QToolTip.hideText()
            return
        assert pos is not None
        uid, row = hit
        vb = next(p for p in self.plots if p.isVisible()).getViewBox()  # x is shared
        x = vb.mapSceneToView(pos).x()
        self.hover_text = self._hover_tip(uid, row, x)
        from PySide6.QtGui import QCursor, QGuiApplication
        from PySide6.QtWidgets import QToolTip

        if QGuiApplication.platformName() != "offscreen":  # no pop-ups without a screen
            QToolTip.showText(QCursor.pos(), self.hover_text, self.layout_widget)

    def _hover_tip(self, uid: int, row: int, x: float) -> str:
        from .readout import fmt

        c = self.state.item(uid)
        value = math.nan
        for item, *fs in self.state.readout(x):
            if item.uid == uid:
                value = fs[row]
        if uid in self._compare_uids():
            return f"{self.state.label_of(c)}\nx = {fmt(x)}: {fmt(value)}"
        name = ("f", "f′", "f″")[row]
        return f"{self.state.label_of(c)}\nx = {fmt(x)}, {name}(x) = {fmt(value)}"

    def _show_hover(self) -> None:
        for item in self._hover_items:
            item.setVisible(False)
        if self.hovered is None:
            return
        uid, _row = self.hovered
        s = self._samples.get(uid)
        if s is None:
            return
        color = QColor(self.state.item(uid).color)
        color.setAlphaF(0.35)
        pen = pg.mkPen(color, width=7)
        pen.setCosmetic(True)
        rows = [(COMPARE_ROW, 0)] if uid in self._compare_uids() else []
        rows = rows or [(o, o) for o in self._shown_rows()]
        for order, sample_row in rows:
            item = self._hover_items[order]
            item.setData(s.x, s.y[sample_row])
            item.setPen(pen)
            item.setVisible(True)

    def _on_click(self, ev: MouseClickEvent) -> None:
        """A click on a curve selects it (Parameters and Info follow) and brings it to
        the front: the selected curve is drawn over the others."""
        if ev.button() != Qt.MouseButton.LeftButton or ev.double() or ev.isAccepted():
            return
        hit = self.pick(ev.scenePos())
        if hit is not None and self.state.is_plain(hit[0]):
            self.state.select(hit[0])
            ev.accept()

    def scene_point(self, uid: int, order: int, x: float) -> QPointF:
        """Where the curve's row passes x, in scene coordinates (tests, demos)."""
        s = self._samples[uid]
        if uid in self._compare_uids():
            order, row = 0, COMPARE_ROW
        else:
            row = 0 if self.state.overlay else order
        y = float(np.interp(x, s.x, s.y[order]))
        plot = self.plots[row]
        return plot.getViewBox().mapViewToScene(QPointF(x, y))

    def cursor_x(self) -> float:
        """The crosshair's x, NaN when there is none: read from the crosshair line
        itself, which is the canvas's one record of it (a figure has none)."""
        if not self._cross:
            return math.nan
        line = self._cross[0]
        return float(line.value()) if line.isVisibleTo(line.parentItem()) else math.nan

    def set_cursor(self, x: float) -> None:
        """Move the crosshair and the dots on the curves to x (NaN hides them); announce x."""
        for line in self._cross:
            if math.isnan(x):
                line.setVisible(False)
            else:
                line.setPos(x)
                line.setVisible(True)
        self._update_markers()
        self.sigCursorMoved.emit(x)

    def _update_markers(self) -> None:
        """A dot in the curve's colour at (x, f(x)) of every visible curve, in every row."""
        x = self.cursor_x()
        if math.isnan(x) or not self.state.curves:
            for dots in self._markers:
                dots.setVisible(False)
            return
        values = self.state.readout(x)
        outline = pg.mkPen(QColor(self.theme["background"]), width=1.2)
        compares = self._compare_uids()
        for order, dots in enumerate(self._markers):
            if not self.plots[order].isVisible():
                dots.setVisible(False)
                continue
            orders = self._sample_rows(order)
            xs, ys, brushes = [], [], []
            for c, *fs in values:
                if (c.uid in compares) != (order == COMPARE_ROW):
                    continue
                for o in orders:
                    y = fs[o]
                    if math.isfinite(y) and abs(y) <= Y_CAP:
                        xs.append(x)
                        ys.append(y)
                        brushes.append(pg.mkBrush(QColor(c.color)))
            dots.setData(x=xs, y=ys, brush=brushes, pen=outline)
            dots.setVisible(bool(xs))

    def markers(self, order: int) -> tuple[np.ndarray, np.ndarray]:
        """The crosshair's dots of a row (order 0, 1 or 2): their x and y, for tests."""
        dots = self._markers[order]
        if not dots.isVisible():
            return np.array([]), np.array([])
        x, y = dots.getData()
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)
