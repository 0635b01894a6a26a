"""The canvas' curves: their pens, where each curve's samples are drawn (the cached
layers, or the live items of the curve being edited), the dashed stretches of curves
lying on earlier ones, and the shaded zones of the selected curve.

:class:`CanvasCurves` is the second layer of :class:`~actgui.ui.plot_canvas.PlotCanvas`
(rows, then curves, then pointer, then the canvas itself); it is not used alone.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPen

from ..core.zones import dead_intervals, saturation_intervals
from .canvas_rows import COMPARE_ROW, DASH, CanvasRows
from .curve_layer import CurveLayer

#: dash patterns (in pen widths) for a solid curve lying on 1, 2, 3+ earlier curves:
#: the earlier curves show through the gaps, so ReLU stays visible under Leaky ReLU and ELU
_OVERLAP_DASHES = ([4.0, 4.0], [1.0, 4.0], [6.0, 3.0, 1.0, 3.0])
#: stretches where a curve lies within 1.5 px of an earlier one count from this fraction
#: of the view on (a crossing is not an overlap)
_OVERLAP_RUN = 0.04
_OVERLAP_GRID = 240


def _long_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """``mask`` with its runs of true shorter than ``length`` cleared."""
    out = np.zeros_like(mask)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    for start, stop in zip(edges[::2], edges[1::2]):
        if stop - start >= length:
            out[start:stop] = True
    return out


class CanvasCurves(CanvasRows):
    """Pens and placement of the curves (see the module's docstring)."""

    mark_overlaps: bool
    _layers: list[CurveLayer]
    _live_uid: int | None
    _live: list[pg.PlotDataItem]
    _live_dash: list[pg.PlotDataItem]
    _live_overlay: list[pg.PlotDataItem]
    _zones: list[tuple[pg.PlotItem, pg.LinearRegionItem]]
    _overlap: dict[tuple[int, int], tuple[int, np.ndarray]]
    _overlap_grid: np.ndarray
    _overlap_timer: QTimer
    #: curve widths times this (presentation mode); see PlotCanvas.set_scale
    _line_scale: float
    #: every pen's width times this while a figure is painted larger (set_pen_scale)
    _pen_scale = 1.0
    #: the selected curve is drawn live, above the layers (the window); a figure draws
    #: every curve in the layers and never follows the selection
    live_selection = True

    def _visible(self, uid: int) -> bool:
        try:
            return self.state.item(uid).visible
        except ValueError:
            return False

    def _rank(self, uid: int, order: int) -> tuple[int, int]:
        """Draw order in the layers: the curves' order, f′/f″ overlays after f."""
        drawn = self.state.drawn()
        for i, c in enumerate(drawn):
            if c.uid == uid:
                return (i, order)
        return (len(drawn), order)

    def _pen(self, uid: int, order: int, overlay: bool = False) -> QPen:
        c = self.state.item(uid)
        if self.publication:
            width = 2.4
        else:
            width = 2.6 if uid == self.state.selected else 1.6
        pen = pg.mkPen(QColor(c.color), width=width)
        pen.setCosmetic(True)
        style = DASH.get(c.style, Qt.PenStyle.SolidLine)
        if overlay:
            style = Qt.PenStyle.DashLine if order == 1 else Qt.PenStyle.DotLine
        pen.setStyle(style)
        if self._line_scale * self._pen_scale != 1.0:
            pen.setWidthF(pen.widthF() * self._line_scale * self._pen_scale)
        return pen

    def _add_items(self, uid: int) -> None:
        self._samples[uid] = self.state.sample(uid)
        self._bounds.pop(uid, None)
        if uid == self.state.selected and self.live_selection:
            self.set_live(uid)
        else:
            self._place(uid)

    def _remove_items(self, uid: int) -> None:
        self._samples.pop(uid, None)
        self._bounds.pop(uid, None)
        for order in (0, 1, 2):
            self._overlap.pop((uid, order), None)
        for layer in self._layers:
            for order in (0, 1, 2):
                layer.remove_curve((uid, order))
        if uid == self._live_uid:
            self._live_uid = None
            for item in (*self._live, *self._live_dash, *self._live_overlay):
                item.setData([], [])
                item.setVisible(False)

    def _place(self, uid: int) -> None:
        """Put a curve's samples where they are drawn: the live items or the layers."""
        s = self._samples[uid]
        shown = self._visible(uid)
        if uid in self._compare_uids():
            layer = self._compare_layer()
            if shown:
                layer.set_curve((uid, 0), s.x, s.y[0], self._pen(uid, 0), self._rank(uid, 0))
            else:
                layer.remove_curve((uid, 0))
            return
        if uid == self._live_uid:
            for order, item in enumerate(self._live):
                if shown:
                    self._place_live(order, s.x, s.y[order])
                item.setVisible(shown)
                self._live_dash[order].setVisible(shown and self._live_dashed(order))
        else:
            for order, layer in enumerate(self._layers[:COMPARE_ROW]):
                if shown:
                    pen = self._pen(uid, order)
                    layer.set_curve(
                        (uid, 0),
                        s.x,
                        s.y[order],
                        pen,
                        self._rank(uid, 0),
                        self._dashed_part(uid, order, s.x, pen),
                    )
                else:
                    layer.remove_curve((uid, 0))
        self._place_overlay(uid)

    def _place_live(self, order: int, x: np.ndarray, y: np.ndarray) -> None:
        """The live curve's row: solid, and dashed where it lies on other curves (it is
        drawn above them all: the gaps show them, as for the curves in the layers)."""
        uid = self._live_uid
        assert uid is not None
        pen = self._pen(uid, order)
        dashed = self._dashed_part(uid, order, x, pen)
        item, dash = self._live[order], self._live_dash[order]
        if dashed is None or not dashed[0].any():
            item.setData(x, y)
            dash.setData([], [])
            return
        mask, pattern = dashed
        wide = mask.copy()  # one sample more on each side: no hole at the seams
        wide[1:] |= mask[:-1]
        wide[:-1] |= mask[1:]
        item.setData(x, np.where(mask, np.nan, y))
        dash.setData(x, np.where(wide, y, np.nan))
        dash_pen = QPen(pen)
        dash_pen.setDashPattern(pattern)
        dash.setPen(dash_pen)

    def _live_dashed(self, order: int) -> bool:
        x, _y = self._live_dash[order].getData()
        return x is not None and len(x) > 0

    def _place_overlay(self, uid: int) -> None:
        s = self._samples.get(uid)
        if s is None or uid in self._compare_uids():
            return
        on = self.state.overlay and self._visible(uid)
        layer = self._layers[0]
        if uid == self._live_uid:
            for order, item in zip((1, 2), self._live_overlay):
                item.setVisible(on)
                if on:
                    item.setData(s.x, s.y[order])
            return
        for order in (1, 2):
            if on:
                pen = self._pen(uid, order, overlay=True)
                layer.set_curve((uid, order), s.x, s.y[order], pen, self._rank(uid, order))
            else:
                layer.remove_curve((uid, order))

    def set_live(self, uid: int | None) -> None:
        """Draw ``uid`` live (it is being edited) and move the previous one to the layers.

        The canvas follows the selection by itself; ``None`` puts every curve in the
        layers (an exported figure: plain vector paths, no live item).
        """
        if not self.live_selection:
            uid = None
        old = self._live_uid
        if old == uid:
            return
        self._live_uid = uid
        if old is not None and old in self._samples:
            if any(c.uid == old for c in self.state.curves):
                self._place(old)
            else:  # removed: selection moves before the removal is announced
                self._remove_items(old)
        for item in (*self._live, *self._live_dash, *self._live_overlay):
            item.setVisible(False)
        if uid is not None and uid in self._samples:
            for layer in self._layers:
                for order in (0, 1, 2):
                    layer.remove_curve((uid, order))
            self._place(uid)
            self._style_items(uid)

    def _style_items(self, uid: int) -> None:
        if uid not in self._samples:
            return
        if uid == self._live_uid:
            for order, item in enumerate(self._live):
                item.setPen(self._pen(uid, order))
            # every row's pen first: re-placing as soon as one row was dashed left the
            # rows below in the previously selected curve's colour (found by a tester)
            if any(self._live_dashed(order) for order in range(len(self._live))):
                self._place(uid)  # the dashed stretches take the new pens too
            for order, item in zip((1, 2), self._live_overlay):
                item.setPen(self._pen(uid, order, overlay=True))
        else:
            for order, layer in enumerate(self._layers):
                layer.set_pen((uid, 0), self._pen(uid, order))
            for order in (1, 2):
                self._layers[0].set_pen((uid, order), self._pen(uid, order, overlay=True))

    def _dashed_part(
        self, uid: int, order: int, x: np.ndarray, pen: QPen
    ) -> tuple[np.ndarray, list[float]] | None:
        """(mask over x, dash pattern) of a curve's stretches over earlier curves."""
        if pen.style() != Qt.PenStyle.SolidLine or self.state.overlay:
            return None
        found = self._overlap.get((uid, order))
        if found is None:
            return None
        depth, on_grid = found
        mask = np.interp(x, self._overlap_grid, on_grid.astype(float)) > 0.5
        return mask, _OVERLAP_DASHES[min(depth, len(_OVERLAP_DASHES)) - 1]

    def update_overlaps(self) -> None:
        """Find where curves lie on earlier visible ones; those stretches are dashed.

        The canvas calls it as curves change (a slider's drag: once it pauses); call it
        after resizing a canvas that is not shown (a figure), as overlaps depend on size.

        Per row: ReLU and Leaky ReLU share f and f′ on x > 0 but not f″. Nothing while
        the canvas is held (built before its size is known: see ``release``)."""
        self._overlap_timer.stop()
        if self._held:
            return
        vis = [c.uid for c in self.state.drawn() if c.visible and c.uid in self._samples]
        if self._live_uid in vis:
            # the live curve is drawn above all the others: dashed over any it lies on
            vis.remove(self._live_uid)
            vis.append(self._live_uid)
        found: dict[tuple[int, int], tuple[int, np.ndarray]] = {}
        lo, hi = self.state.visible_range()
        grid = np.linspace(lo, hi, _OVERLAP_GRID)
        run = max(2, round(_OVERLAP_RUN * _OVERLAP_GRID))
        if len(vis) > 1 and not self.state.overlay and self.mark_overlaps:
            for order in self._shown_rows():
                vb = self.plots[order].getViewBox()
                (y0, y1) = vb.viewRange()[1]
                tol = 1.5 * (y1 - y0) / max(vb.height(), 100.0)
                with np.errstate(invalid="ignore"):
                    ys = np.vstack(
                        [
                            np.interp(grid, self._samples[u].x, self._samples[u].y[order])
                            for u in vis
                        ]
                    )
                    close = np.abs(ys[:, None, :] - ys[None, :, :]) <= tol
                for i, u in enumerate(vis[1:], start=1):
                    count = close[i, :i].sum(axis=0)
                    mask = _long_runs(count > 0, run)
                    if mask.any():
                        # the typical number of curves under the stretches
                        found[u, order] = (max(1, int(np.median(count[mask]))), mask)
        same_grid = np.array_equal(grid, self._overlap_grid)
        old = self._overlap
        self._overlap, self._overlap_grid = found, grid
        for u in {u for u, _o in (*found, *old)}:
            if u not in self._samples:
                continue
            keys = [(u, o) for o in range(3)]
            if same_grid and all(
                (k in found) == (k in old)
                and (
                    k not in found
                    or (found[k][0] == old[k][0] and np.array_equal(found[k][1], old[k][1]))
                )
                for k in keys
            ):
                continue
            if any(c.uid == u for c in self.state.drawn()):
                self._place(u)

    def _refresh_curve(self, uid: int) -> None:
        if uid not in self._samples:
            return
        self._samples[uid] = self.state.sample(uid)
        self._bounds.pop(uid, None)
        self._place(uid)

    def _refresh_all(self) -> None:
        for c in self.state.drawn():
            self._refresh_curve(c.uid)
        self._refresh_zones()
        self.fit_y()
        self.update_overlaps()

    def _refresh_zones(self) -> None:
        for plot, region in self._zones:
            plot.removeItem(region)
        self._zones = []
        st = self.state
        c = st.selected_curve
        if c is None or not (st.shade_saturation or st.shade_dead) or c.uid not in self._samples:
            return
        if not c.visible:
            return
        s = self._samples[c.uid]
        spans = []
        if st.shade_saturation:
            spans += [
                (a, b, (200, 120, 40, 45))
                for a, b in saturation_intervals(s.x, s.y[1], st.saturation_eps)
            ]
        if st.shade_dead:
            spans += [(a, b, (120, 120, 120, 70)) for a, b in dead_intervals(s.x, s.y[1])]
        for plot in self.plots[:COMPARE_ROW]:  # the selected curve's rows
            for a, b, rgba in spans:
                region = pg.LinearRegionItem(values=(a, b), movable=False, brush=pg.mkBrush(*rgba))
                region.setZValue(-10)
                for line in region.lines:
                    line.setPen(pg.mkPen(None))
                plot.addItem(region, ignoreBounds=True)
                self._zones.append((plot, region))
