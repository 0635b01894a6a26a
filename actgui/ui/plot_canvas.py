"""The canvas: f, f' and f'' stacked in linked pyqtgraph plots, with a crosshair."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..core.state import Change, ExplorerState, Samples
from ..core.zones import dead_intervals, saturation_intervals
from .curve_layer import CurveLayer

ROW_LABELS = ("f(x)", "f′(x)", "f″(x)")
#: y ranges are fitted within +-this (exponential(1000) is 1.8e308)
_Y_CAP = 1e12

THEMES = {
    "light": {
        "background": "#ffffff",
        "foreground": "#222222",
        "grid": 0.25,
        "legend": (255, 255, 255, 216),
    },
    "dark": {
        "background": "#1e1f22",
        "foreground": "#dcdcdc",
        "grid": 0.30,
        "legend": (30, 31, 34, 216),
    },
}
_DASH = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}


class PlotCanvas(QWidget):
    """Renders the curves of an :class:`ExplorerState`; re-samples on zoom and pan."""

    #: x under the mouse (NaN when the mouse leaves the plots)
    sigCursorMoved = Signal(float)
    #: (x, y, row) under the mouse, for the status bar
    sigMouseAt = Signal(float, float, int)

    def __init__(
        self,
        state: ExplorerState,
        parent: QWidget | None = None,
        theme: str = "light",
        publication: bool = False,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.theme_name = theme
        self.theme = THEMES[theme]
        #: publication style: thicker lines, larger fonts, no highlighted curve
        self.publication = publication
        self.layout_widget = pg.GraphicsLayoutWidget()
        self.layout_widget.setAntialiasing(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.layout_widget)
        self.plots: list[pg.PlotItem] = []
        for order, label in enumerate(ROW_LABELS):
            plot = pg.PlotItem()
            plot.setLabel("left", label)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getViewBox().setDefaultPadding(0.02)
            if order > 0:
                plot.setXLink(self.plots[0])
            self.plots.append(plot)
        if publication:
            # outside the plots, above them, in columns: it can never hide a curve
            self.legend = pg.LegendItem(colCount=3, labelTextSize="11pt")
        else:
            self.plots[0].addLegend(offset=(8, 8), labelTextSize="9pt")
            self.legend = self.plots[0].legend
        self._samples: dict[int, Samples] = {}
        self._legend_items: dict[int, pg.PlotDataItem] = {}
        self._layers = [CurveLayer() for _ in self.plots]
        self._live_uid: int | None = None
        self._live = [pg.PlotDataItem(connect="finite") for _ in self.plots]
        self._live_overlay = [pg.PlotDataItem(connect="finite") for _ in (1, 2)]
        for plot, layer, item in zip(self.plots, self._layers, self._live):
            plot.addItem(layer)
            plot.addItem(item)
            self.legend.removeItem(item)
            item.setZValue(10)
            item.setVisible(False)
        for item in self._live_overlay:
            self.plots[0].addItem(item)
            item.setZValue(9)
            item.setVisible(False)
        self._zones: list[tuple[pg.PlotItem, pg.LinearRegionItem]] = []
        self._cross = [pg.InfiniteLine(angle=90, movable=False) for _ in self.plots]
        for plot, line in zip(self.plots, self._cross):
            plot.addItem(line, ignoreBounds=True)
            line.setVisible(False)
        self._cursor_x = math.nan
        self._setting_range = False
        self._setting_y = False
        self._y_manual = [False, False, False]
        self._bounds: dict[int, list[tuple[float, float]]] = {}
        for order, plot in enumerate(self.plots):
            plot.disableAutoRange(axis="y")
            plot.getViewBox().sigYRangeChanged.connect(
                lambda *_a, o=order: self._on_y_range_changed(o)
            )
        # zoom and pan re-sample after the mouse settles (one timer, restarted)
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(40)
        self._view_timer.timeout.connect(self._apply_view)
        self.plots[0].getViewBox().sigXRangeChanged.connect(self._on_x_range_changed)
        self._mouse_proxy = pg.SignalProxy(
            self.layout_widget.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse_moved
        )
        self.apply_theme(theme)
        self._arrange_rows()
        for c in state.curves:
            self._add_items(c.uid)
        self._refresh_zones()
        self.reset_view()
        state.subscribe(self._on_change)

    # --- state -> view ---------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        kind = change.kind
        uid = change.uid
        if kind == "curves" and uid is not None:
            exists = any(c.uid == uid for c in self.state.curves)
            if not exists and uid in self._samples:
                self._remove_items(uid)
            elif exists and uid not in self._samples:
                self._add_items(uid)
            for c in self.state.curves:  # copies of one function show all parameters
                self._update_legend_label(c.uid)
            self._refresh_zones()
            self.fit_y()
        elif kind == "params" and uid is not None:
            self._refresh_curve(uid)
            self.fit_y()
            for c in self.state.curves:  # a copy's "#n" comes and goes with its twin
                self._update_legend_label(c.uid)
            if uid == self.state.selected:
                self._refresh_zones()
        elif kind == "selection":
            self._set_live(self.state.selected)
            for c in self.state.curves:
                self._style_items(c.uid)
            self._refresh_zones()
        elif kind == "style":
            for c in self.state.curves:
                self._style_items(c.uid)
        elif kind == "range":
            self._refresh_all()
            self.reset_view()
        elif kind == "view":
            if self.state.view is None:
                self.reset_view()
            self._refresh_all()
        elif kind == "rows":
            self._arrange_rows()
        elif kind == "options":
            self._apply_options()
            self._refresh_zones()
            self.fit_y()

    def _arrange_rows(self) -> None:
        self.layout_widget.ci.clear()
        shown = [p for p, on in zip(self.plots, self.state.rows) if on] or [self.plots[0]]
        first = 0
        if self.publication:
            self.layout_widget.ci.addItem(self.legend, row=0, col=0)
            self.legend.setColumnCount(min(3, max(1, len(self._legend_items))))
            first = 1
        for plot in self.plots:
            if plot in shown:
                self.layout_widget.ci.addItem(plot, row=first + shown.index(plot), col=0)
            plot.setVisible(plot in shown)
            plot.showAxis("bottom", True)
            css = getattr(self, "_label_css", {})
            plot.setLabel("bottom", "x" if plot is shown[-1] else None, **css)
            plot.getAxis("bottom").setStyle(showValues=plot is shown[-1])
        # keep the left axes aligned whatever the tick labels' widths
        for plot in self.plots:
            plot.getAxis("left").setWidth(56)
        self._apply_options()

    def _apply_options(self) -> None:
        st = self.state
        for plot in self.plots:
            alpha = self.theme["grid"] * (0.6 if self.publication else 1.0)
            plot.showGrid(x=st.grid, y=st.grid, alpha=alpha)
        self.legend.setVisible(st.legend)
        for uid in self._samples:
            self._place_overlay(uid)

    def _pen(self, uid: int, order: int, overlay: bool = False) -> QPen:
        c = self.state.curve(uid)
        if self.publication:
            width = 2.4
        else:
            width = 2.6 if uid == self.state.selected else 1.6
        pen = pg.mkPen(QColor(c.color), width=width)
        pen.setCosmetic(True)
        style = _DASH.get(c.style, Qt.PenStyle.SolidLine)
        if overlay:
            style = Qt.PenStyle.DashLine if order == 1 else Qt.PenStyle.DotLine
        pen.setStyle(style)
        return pen

    def _add_items(self, uid: int) -> None:
        # the legend shows a sample line per curve from a proxy item not in any plot
        proxy = pg.PlotDataItem()
        proxy.setPen(self._pen(uid, 0))
        self._legend_items[uid] = proxy
        self.legend.addItem(proxy, self.state.label_of(self.state.curve(uid)))
        if self.publication:
            self.legend.setColumnCount(min(3, len(self._legend_items)))
        self._samples[uid] = self.state.sample(uid)
        self._bounds.pop(uid, None)
        if uid == self.state.selected:
            self._set_live(uid)
        else:
            self._place(uid)

    def _remove_items(self, uid: int) -> None:
        self._samples.pop(uid, None)
        self._bounds.pop(uid, None)
        for layer in self._layers:
            for order in (0, 1, 2):
                layer.remove_curve((uid, order))
        if uid == self._live_uid:
            self._live_uid = None
            for item in (*self._live, *self._live_overlay):
                item.setData([], [])
                item.setVisible(False)
        proxy = self._legend_items.pop(uid, None)
        if proxy is not None:
            self.legend.removeItem(proxy)

    def _place(self, uid: int) -> None:
        """Put a curve's samples where they are drawn: the live items or the layers."""
        s = self._samples[uid]
        if uid == self._live_uid:
            for order, item in enumerate(self._live):
                item.setData(s.x, s.y[order])
                item.setVisible(True)
        else:
            for order, layer in enumerate(self._layers):
                layer.set_curve((uid, 0), s.x, s.y[order], self._pen(uid, order))
        self._place_overlay(uid)

    def _place_overlay(self, uid: int) -> None:
        s = self._samples.get(uid)
        if s is None:
            return
        on = self.state.overlay
        layer = self._layers[0]
        if uid == self._live_uid:
            for order, item in zip((1, 2), self._live_overlay):
                item.setVisible(on)
                if on:
                    item.setData(s.x, s.y[order])
            return
        for order in (1, 2):
            if on:
                layer.set_curve((uid, order), s.x, s.y[order], self._pen(uid, order, overlay=True))
            else:
                layer.remove_curve((uid, order))

    def _set_live(self, uid: int | None) -> None:
        """Draw ``uid`` live (it is being edited) and move the previous one to the layers."""
        old = self._live_uid
        if old == uid:
            return
        self._live_uid = uid
        if old is not None and old in self._samples:
            if any(c.uid == old for c in self.state.curves):
                self._place(old)
            else:  # removed: selection moves before the removal is announced
                self._remove_items(old)
        for item in (*self._live, *self._live_overlay):
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
        self._legend_items[uid].setPen(self._pen(uid, 0))
        if uid == self._live_uid:
            for order, item in enumerate(self._live):
                item.setPen(self._pen(uid, order))
            for order, item in zip((1, 2), self._live_overlay):
                item.setPen(self._pen(uid, order, overlay=True))
        else:
            for order, layer in enumerate(self._layers):
                layer.set_pen((uid, 0), self._pen(uid, order))
            for order in (1, 2):
                self._layers[0].set_pen((uid, order), self._pen(uid, order, overlay=True))

    def _update_legend_label(self, uid: int) -> None:
        proxy = self._legend_items.get(uid)
        label = self.state.label_of(self.state.curve(uid))
        for sample, text in self.legend.items:
            if sample.item is proxy:
                text.setText(label)

    def _refresh_curve(self, uid: int) -> None:
        if uid not in self._samples:
            return
        self._samples[uid] = self.state.sample(uid)
        self._bounds.pop(uid, None)
        self._place(uid)

    def _refresh_all(self) -> None:
        for c in self.state.curves:
            self._refresh_curve(c.uid)
        self._refresh_zones()
        self.fit_y()

    def _refresh_zones(self) -> None:
        for plot, region in self._zones:
            plot.removeItem(region)
        self._zones = []
        st = self.state
        c = st.selected_curve
        if c is None or not (st.shade_saturation or st.shade_dead) or c.uid not in self._samples:
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
        for plot in self.plots:
            for a, b, rgba in spans:
                region = pg.LinearRegionItem(values=(a, b), movable=False, brush=pg.mkBrush(*rgba))
                region.setZValue(-10)
                for line in region.lines:
                    line.setPen(pg.mkPen(None))
                plot.addItem(region, ignoreBounds=True)
                self._zones.append((plot, region))

    # --- view -> state -----------------------------------------------------------------

    def reset_view(self) -> None:
        """Show x_min..x_max and fit y to the curves."""
        self._setting_range = True
        try:
            self.plots[0].setXRange(self.state.x_min, self.state.x_max, padding=0)
        finally:
            self._setting_range = False
        self._y_manual = [False, False, False]
        self.fit_y(force=True)

    def _bounds_of(self, uid: int) -> list[tuple[float, float]]:
        """Finite (min, max) of f, f', f'' of a curve's samples inside the view."""
        if uid not in self._bounds:
            s = self._samples[uid]
            lo_x, hi_x = self.state.visible_range()
            inside = (s.x >= lo_x) & (s.x <= hi_x)
            out = []
            for order in range(3):
                y = s.y[order][inside]
                y = y[np.isfinite(y)]
                out.append((float(y.min()), float(y.max())) if y.size else (np.inf, -np.inf))
            self._bounds[uid] = out
        return self._bounds[uid]

    def fit_y(self, force: bool = False) -> None:
        """Fit each row's y range to its curves, with hysteresis.

        The range grows whenever a curve would leave it but shrinks only when it is
        much too large, so the axes (and the cached picture of the other curves)
        stay put while a slider is dragged.  A row the user zoomed by hand is left
        alone until "reset view".
        """
        for order, plot in enumerate(self.plots):
            if self._y_manual[order] and not force:
                continue
            lo, hi = np.inf, -np.inf
            for uid in self._samples:
                b = self._bounds_of(uid)
                orders = (0, 1, 2) if (order == 0 and self.state.overlay) else (order,)
                for o in orders:
                    lo, hi = min(lo, b[o][0]), max(hi, b[o][1])
            if lo > hi:
                lo, hi = -1.0, 1.0
            lo, hi = max(lo, -_Y_CAP), min(hi, _Y_CAP)
            span = hi - lo
            pad = 0.05 * span if span > 0 else 0.5 * max(1.0, abs(lo))
            want = (lo - pad, hi + pad)
            cur = plot.getViewBox().viewRange()[1]
            too_small = want[0] < cur[0] or want[1] > cur[1]
            too_large = (cur[1] - cur[0]) > 1.5 * (want[1] - want[0])
            if force or too_small or too_large:
                self._setting_y = True
                try:
                    plot.setYRange(*want, padding=0)
                finally:
                    self._setting_y = False

    def _on_y_range_changed(self, order: int) -> None:
        if not self._setting_y:
            self._y_manual[order] = True

    def _on_x_range_changed(self, _vb: object, rng: tuple[float, float]) -> None:
        if self._setting_range:
            return
        self._view_timer.start()

    def _apply_view(self) -> None:
        lo, hi = self.plots[0].getViewBox().viewRange()[0]
        self.state.set_view(lo, hi)

    def flush_view(self) -> None:
        """Apply a pending zoom/pan re-sample now (tests, screenshots)."""
        if self._view_timer.isActive():
            self._view_timer.stop()
            self._apply_view()

    def _on_mouse_moved(self, event: tuple[QPointF]) -> None:
        pos = event[0]
        for order, plot in enumerate(self.plots):
            if plot.isVisible() and plot.sceneBoundingRect().contains(pos):
                p = plot.getViewBox().mapSceneToView(pos)
                self.set_cursor(p.x())
                self.sigMouseAt.emit(p.x(), p.y(), order)
                return
        self.set_cursor(math.nan)

    def set_cursor(self, x: float) -> None:
        """Move the crosshair to x (NaN hides it) and announce it."""
        self._cursor_x = x
        for line in self._cross:
            if math.isnan(x):
                line.setVisible(False)
            else:
                line.setPos(x)
                line.setVisible(True)
        self.sigCursorMoved.emit(x)

    # --- look --------------------------------------------------------------------------

    def apply_theme(self, theme: str) -> None:
        """Colours of background, axes and legend; "light" or "dark"."""
        self.theme_name = theme
        self.theme = THEMES[theme]
        self.layout_widget.setBackground(self.theme["background"])
        fg = QColor(self.theme["foreground"])
        if self.publication and theme == "light":
            fg = QColor("#000000")
        font = QFont(self.font())
        font.setPointSizeF(11.0 if self.publication else 9.0)
        label_css = {"color": fg.name(), "font-size": "13pt" if self.publication else "10pt"}
        for order, plot in enumerate(self.plots):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(fg, width=1.2 if self.publication else 1))
                axis.setTextPen(pg.mkPen(fg))
                axis.setStyle(tickFont=font, tickLength=-6 if self.publication else -5)
            plot.setLabel("left", ROW_LABELS[order], **label_css)
        self._label_css = label_css
        for line in self._cross:
            line.setPen(pg.mkPen(fg, width=1, style=Qt.PenStyle.DashLine))
        self.legend.setLabelTextColor(fg)
        self.legend.setLabelTextSize("11pt" if self.publication else "9pt")
        self.legend.setBrush(pg.mkBrush(QColor(*self.theme["legend"])))
        if self.publication:
            self.legend.setPen(pg.mkPen(None))
            self.legend.setBrush(pg.mkBrush(None))
        for uid in self._samples:
            self._style_items(uid)
        self._arrange_rows()

    def place_legend(self) -> None:
        """Put the legend in the corner of the f plot where it covers the fewest samples."""
        if self.publication:
            return  # above the plots already
        vb = self.plots[0].getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        size = self.legend.boundingRect()
        box = vb.boundingRect()
        if box.width() <= 0 or box.height() <= 0:
            return
        fx = min(0.9, (size.width() + 16) / box.width())
        fy = min(0.9, (size.height() + 16) / box.height())
        corners = {
            (0, 0): (x0, x0 + fx * (x1 - x0), y1 - fy * (y1 - y0), y1),  # top left
            (1, 0): (x1 - fx * (x1 - x0), x1, y1 - fy * (y1 - y0), y1),  # top right
            (0, 1): (x0, x0 + fx * (x1 - x0), y0, y0 + fy * (y1 - y0)),  # bottom left
            (1, 1): (x1 - fx * (x1 - x0), x1, y0, y0 + fy * (y1 - y0)),  # bottom right
        }
        rows = [0, 1, 2] if self.state.overlay else [0]
        best, best_count = (0, 0), None
        for corner, (ax, bx, ay, by) in corners.items():
            count = 0
            for s in self._samples.values():
                for o in rows:
                    y = s.y[o]
                    count += int(
                        np.count_nonzero((s.x >= ax) & (s.x <= bx) & (y >= ay) & (y <= by))
                    )
            if best_count is None or count < best_count:
                best, best_count = corner, count
        off = (8 if best[0] == 0 else -8, 8 if best[1] == 0 else -8)
        self.legend.anchor(itemPos=best, parentPos=best, offset=off)

    # --- for tests and the readout -----------------------------------------------------

    def plotted(self, uid: int, order: int) -> tuple[np.ndarray, np.ndarray]:
        """The arrays currently drawn for a curve's row (order 0, 1 or 2)."""
        if uid == self._live_uid:
            x, y = self._live[order].getData()
        else:
            x, y = self._layers[order].data((uid, 0))
        return np.asarray(x), np.asarray(y)

    def has_curve(self, uid: int) -> bool:
        return uid in self._samples
