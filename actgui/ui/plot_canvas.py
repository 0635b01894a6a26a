"""The canvas: f, f' and f'' stacked in linked pyqtgraph plots, with a crosshair."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..core.state import Change, ExplorerState
from ..core.zones import dead_intervals, saturation_intervals

ROW_LABELS = ("f(x)", "f′(x)", "f″(x)")
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

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.theme = {"background": "w", "foreground": "#222222", "grid": 0.25}
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
        self.plots[0].addLegend(offset=(8, 8), labelTextSize="9pt")
        self.legend = self.plots[0].legend
        self._items: dict[int, list[pg.PlotDataItem]] = {}
        self._overlay_items: dict[int, list[pg.PlotDataItem]] = {}
        self._zones: list[pg.LinearRegionItem] = []
        self._cross = [pg.InfiniteLine(angle=90, movable=False) for _ in self.plots]
        for plot, line in zip(self.plots, self._cross):
            plot.addItem(line, ignoreBounds=True)
            line.setVisible(False)
        self._cursor_x = math.nan
        self._setting_range = False
        # zoom and pan re-sample after the mouse settles (one timer, restarted)
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(40)
        self._view_timer.timeout.connect(self._apply_view)
        self.plots[0].getViewBox().sigXRangeChanged.connect(self._on_x_range_changed)
        self._mouse_proxy = pg.SignalProxy(
            self.layout_widget.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse_moved
        )
        self.apply_theme(self.theme)
        self._arrange_rows()
        for c in state.curves:
            self._add_items(c.uid)
        self._refresh_all()
        self.reset_view()
        state.subscribe(self._on_change)

    # --- state -> view ---------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        kind = change.kind
        if kind == "curves":
            uid = change.uid
            if (
                uid is not None
                and uid in self._items
                and all(c.uid != uid for c in self.state.curves)
            ):
                self._remove_items(uid)
            elif uid is not None and uid not in self._items:
                self._add_items(uid)
                self._refresh_curve(uid)
            self._refresh_zones()
        elif kind == "params" and change.uid is not None:
            self._refresh_curve(change.uid)
            self._update_legend_label(change.uid)
            if change.uid == self.state.selected:
                self._refresh_zones()
        elif kind in ("style", "selection"):
            for c in self.state.curves:
                self._style_items(c.uid)
            self._refresh_zones()
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
            self._refresh_all()

    def _arrange_rows(self) -> None:
        self.layout_widget.ci.clear()
        shown = [p for p, on in zip(self.plots, self.state.rows) if on] or [self.plots[0]]
        for plot in self.plots:
            if plot in shown:
                self.layout_widget.ci.addItem(plot, row=shown.index(plot), col=0)
            plot.setVisible(plot in shown)
            plot.showAxis("bottom", True)
            plot.setLabel("bottom", "x" if plot is shown[-1] else None)
            plot.getAxis("bottom").setStyle(showValues=plot is shown[-1])
        # keep the left axes aligned whatever the tick labels' widths
        for plot in self.plots:
            plot.getAxis("left").setWidth(56)
        self._apply_options()

    def _apply_options(self) -> None:
        st = self.state
        for plot in self.plots:
            plot.showGrid(x=st.grid, y=st.grid, alpha=self.theme["grid"])
        self.legend.setVisible(st.legend)
        for uid, items in self._overlay_items.items():
            for item in items:
                item.setVisible(st.overlay and self._curve_visible(uid))

    def _curve_visible(self, uid: int) -> bool:
        try:
            return self.state.curve(uid).visible
        except ValueError:
            return False

    def _pen(self, uid: int, order: int, overlay: bool = False) -> QPen:
        c = self.state.curve(uid)
        width = 2.6 if uid == self.state.selected else 1.6
        pen = pg.mkPen(QColor(c.color), width=width)
        pen.setCosmetic(True)
        style = _DASH.get(c.style, Qt.PenStyle.SolidLine)
        if overlay:
            style = Qt.PenStyle.DashLine if order == 1 else Qt.PenStyle.DotLine
        pen.setStyle(style)
        return pen

    def _add_items(self, uid: int) -> None:
        c = self.state.curve(uid)
        items = []
        for order, plot in enumerate(self.plots):
            item = pg.PlotDataItem(connect="finite", skipFiniteCheck=False)
            if order == 0:
                item.opts["name"] = c.label()
                plot.addItem(item)
            else:
                plot.addItem(item)
            items.append(item)
        self._items[uid] = items
        overlay = []
        for _order in (1, 2):
            item = pg.PlotDataItem(connect="finite")
            self.plots[0].addItem(item)
            self.legend.removeItem(item)
            item.setVisible(self.state.overlay)
            overlay.append(item)
        self._overlay_items[uid] = overlay
        self._style_items(uid)

    def _remove_items(self, uid: int) -> None:
        for plot, item in zip(self.plots, self._items.pop(uid)):
            plot.removeItem(item)
        for item in self._overlay_items.pop(uid):
            self.plots[0].removeItem(item)

    def _style_items(self, uid: int) -> None:
        if uid not in self._items:
            return
        for order, item in enumerate(self._items[uid]):
            item.setPen(self._pen(uid, order))
            item.setZValue(10 if uid == self.state.selected else 1)
        for order, item in zip((1, 2), self._overlay_items[uid]):
            item.setPen(self._pen(uid, order, overlay=True))

    def _update_legend_label(self, uid: int) -> None:
        item = self._items[uid][0]
        label = self.state.curve(uid).label()
        item.opts["name"] = label
        for sample, text in self.legend.items:
            if sample.item is item:
                text.setText(label)

    def _refresh_curve(self, uid: int) -> None:
        if uid not in self._items:
            return
        s = self.state.sample(uid)
        for order, item in enumerate(self._items[uid]):
            if self.state.rows[order] or order == 0:
                item.setData(s.x, s.y[order])
        if self.state.overlay:
            for order, item in zip((1, 2), self._overlay_items[uid]):
                item.setData(s.x, s.y[order])
                item.setVisible(True)

    def _refresh_all(self) -> None:
        for c in self.state.curves:
            self._refresh_curve(c.uid)
        self._refresh_zones()

    def _refresh_zones(self) -> None:
        for z in self._zones:
            z.getViewBox() and z.getViewBox().removeItem(z)  # type: ignore[func-returns-value]
            for plot in self.plots:
                if z in plot.items:
                    plot.removeItem(z)
        self._zones = []
        st = self.state
        c = st.selected_curve
        if c is None or not (st.shade_saturation or st.shade_dead):
            return
        s = st.sample(c.uid)
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
                self._zones.append(region)

    # --- view -> state -----------------------------------------------------------------

    def reset_view(self) -> None:
        """Show x_min..x_max and fit y to the curves."""
        self._setting_range = True
        try:
            self.plots[0].setXRange(self.state.x_min, self.state.x_max, padding=0)
            for plot in self.plots:
                plot.enableAutoRange(axis="y")
                plot.setAutoVisible(y=True)
        finally:
            self._setting_range = False

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

    def apply_theme(self, theme: dict) -> None:
        self.theme = theme
        self.layout_widget.setBackground(theme["background"])
        fg = QColor(theme["foreground"])
        for plot in self.plots:
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(fg))
                axis.setTextPen(pg.mkPen(fg))
        for line in self._cross:
            line.setPen(pg.mkPen(fg, width=1, style=Qt.PenStyle.DashLine))
        self.legend.setLabelTextColor(fg)
        bg = QColor(theme["background"] if theme["background"] != "w" else "#ffffff")
        bg.setAlpha(200)
        self.legend.setBrush(pg.mkBrush(bg))
        self._apply_options()

    # --- for tests and the readout -----------------------------------------------------

    def plotted(self, uid: int, order: int) -> tuple[np.ndarray, np.ndarray]:
        """The arrays currently drawn for a curve's row (order 0, 1 or 2)."""
        x, y = self._items[uid][order].getData()
        return np.asarray(x), np.asarray(y)
