"""The canvas: f, f' and f'' stacked in linked pyqtgraph plots, with a crosshair.

The legend is a row of its own above the plots (it never covers a curve); clicking an
entry hides or shows the curve. The crosshair puts a dot on every visible curve in every
shown row. Curves that lie on top of earlier ones are dashed so the earlier show through.
"""

from __future__ import annotations

import atexit
import math
import weakref

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..core.state import Change, ExplorerState, Samples
from ..core.zones import dead_intervals, saturation_intervals
from .axis import AxisGroup, CanvasAxis
from .canvas_legend import CanvasLegend, LegendEntry
from .curve_layer import CurveLayer
from .theme import CanvasTheme

ROW_LABELS = ("f(x)", "f′(x)", "f″(x)")
#: the f row's label when f′ and f″ are overlaid on it
OVERLAY_LABEL = "f, f′, f″"
#: the row of the comparisons (f_a − f_b, ratio, ulps) below the others: its index
#: in PlotCanvas.plots, and its label by what it compares
COMPARE_ROW = 3
COMPARE_LABELS = {"difference": "a − b", "ratio": "a / b", "ulps": "a − b (ulp)"}
COMPARE_MIXED = "a vs b"
#: y ranges are fitted within +-this (exponential(1000) is 1.8e308)
_Y_CAP = 1e12

THEMES: dict[str, CanvasTheme] = {
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
#: dash patterns (in pen widths) for a solid curve lying on 1, 2, 3+ earlier curves:
#: the earlier curves show through the gaps, so ReLU stays visible under Leaky ReLU and ELU
_OVERLAP_DASHES = ([4.0, 4.0], [1.0, 4.0], [6.0, 3.0, 1.0, 3.0])
#: stretches where a curve lies within 1.5 px of an earlier one count from this fraction
#: of the view on (a crossing is not an overlap)
_OVERLAP_RUN = 0.04
_OVERLAP_GRID = 240


#: canvases alive, torn down before the interpreter exits (see PlotCanvas.dispose)
_CANVASES: weakref.WeakSet[PlotCanvas] = weakref.WeakSet()


@atexit.register
def _dispose_all() -> None:
    for canvas in list(_CANVASES):
        if shiboken6.isValid(canvas) and shiboken6.isValid(canvas.layout_widget):
            try:
                canvas.dispose()
            except RuntimeError:  # a part already deleted with its window
                pass


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


def _long_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """``mask`` with its runs of true shorter than ``length`` cleared."""
    out = np.zeros_like(mask)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    for start, stop in zip(edges[::2], edges[1::2]):
        if stop - start >= length:
            out[start:stop] = True
    return out


class _CursorDots(pg.ScatterPlotItem):
    """The crosshair's dots on the curves. The crosshair follows the pointer, so a dot
    lies right under every click on a curve: the click goes through to the curve."""

    def mouseClickEvent(self, ev) -> None:  # type: ignore[no-untyped-def]
        ev.ignore()


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
        follow_app_theme: bool = True,
        mark_overlaps: bool = True,
        list_hidden: bool = True,
    ) -> None:
        super().__init__(parent)
        self._disposed = False
        #: hidden curves keep a greyed legend entry (the window); a figure leaves them out
        self.list_hidden = list_hidden
        #: dash the stretches of curves lying on earlier ones (the window; figures keep
        #: one plain path per curve and row, as authors restyle them)
        self.mark_overlaps = mark_overlaps
        self.state = state
        self.theme_name = theme
        self.theme = THEMES[theme]
        #: publication style: thicker lines, larger fonts, no highlighted curve
        self.publication = publication
        #: re-colour on the application's palette change (the window; not figures)
        self.follow_app_theme = follow_app_theme
        self.layout_widget = pg.GraphicsLayoutWidget()
        self.layout_widget.setAntialiasing(True)
        # room on the right for the x axis' last label, which overhangs the plot
        # kept here too: resize handling reads them without touching the grid layout,
        # which a window's teardown may have deleted (no QObject: PySide cannot tell)
        self._margins = (4, 4, 14, 4)
        self._row_spacing = 6.0
        self.layout_widget.ci.setContentsMargins(*self._margins)
        self.layout_widget.ci.layout.setVerticalSpacing(self._row_spacing)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.layout_widget)
        self.plots: list[pg.PlotItem] = []
        self._left_axes = AxisGroup()
        for order, label in enumerate((*ROW_LABELS, COMPARE_MIXED)):
            left = CanvasAxis("left")
            self._left_axes.add(left)
            plot = pg.PlotItem(axisItems={"left": left, "bottom": CanvasAxis("bottom")})
            plot.setLabel("left", label)
            plot.setMenuEnabled(False)
            for name in ("left", "bottom"):
                # the grid (drawn by the axes) under the curves, not over them
                plot.getAxis(name).setZValue(-1)
            plot.hideButtons()
            plot.getViewBox().setDefaultPadding(0.02)
            if order > 0:
                plot.setXLink(self.plots[0])
            self.plots.append(plot)
        # a row of the layout above the plots, never over them
        # a figure spends a row on aligned columns; the window keeps the height for plots
        self.legend = CanvasLegend(
            None if publication else self._toggle_curve, even_cost=1 if publication else 0
        )
        self._legend_key: tuple | None = None
        self._samples: dict[int, Samples] = {}
        self._layers = [CurveLayer() for _ in self.plots]
        self._live_uid: int | None = None
        # the selected curve, drawn live: in the rows of f, f′ and f″ (a comparison is
        # never selected)
        self._live = [pg.PlotDataItem(connect="finite") for _ in ROW_LABELS]
        #: the live curve's stretches over other curves, dashed (it is drawn on top)
        self._live_dash = [pg.PlotDataItem(connect="finite") for _ in ROW_LABELS]
        self._live_overlay = [pg.PlotDataItem(connect="finite") for _ in (1, 2)]
        self.plots[COMPARE_ROW].addItem(self._layers[COMPARE_ROW])
        #: whether the comparisons' row is on screen, and its label
        self._compare_row: tuple[bool, str] = (False, COMPARE_MIXED)
        for plot, layer, item, dash in zip(self.plots, self._layers, self._live, self._live_dash):
            plot.addItem(layer)
            plot.addItem(item)
            plot.addItem(dash)
            item.setZValue(10)
            dash.setZValue(10)
            item.setVisible(False)
            dash.setVisible(False)
        for item in self._live_overlay:
            self.plots[0].addItem(item)
            item.setZValue(9)
            item.setVisible(False)
        self._zones: list[tuple[pg.PlotItem, pg.LinearRegionItem]] = []
        self._cross = [pg.InfiniteLine(angle=90, movable=False) for _ in self.plots]
        # a dot on every visible curve at the crosshair's x, per row
        self._markers = [_CursorDots(size=7, pxMode=True) for _ in self.plots]
        for plot, line, dots in zip(self.plots, self._cross, self._markers):
            plot.addItem(line, ignoreBounds=True)
            line.setVisible(False)
            plot.addItem(dots, ignoreBounds=True)
            dots.setZValue(20)
            dots.setVisible(False)
        # the curve under the mouse: drawn wide and pale under itself, named in a tip
        self._hover_items = [pg.PlotDataItem(connect="finite") for _ in self.plots]
        for plot, item in zip(self.plots, self._hover_items):
            plot.addItem(item, ignoreBounds=True)
            item.setZValue(8)
            item.setVisible(False)
        #: (uid, row) of the curve under the mouse, None when there is none
        self.hovered: tuple[int, int] | None = None
        #: the hover tool tip's text (for tests)
        self.hover_text = ""
        #: how many earlier visible curves each curve lies on (draws it dashed)
        self._overlap: dict[tuple[int, int], tuple[int, np.ndarray]] = {}
        self._overlap_grid = np.linspace(0.0, 1.0, 2)
        self._setting_range = False
        self._setting_y = False
        self._y_manual = [False] * len(self.plots)
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
        # overlaps are looked for once a slider pauses, not at every step of a drag
        self._overlap_timer = QTimer(self)
        self._overlap_timer.setSingleShot(True)
        self._overlap_timer.setInterval(150)
        self._overlap_timer.timeout.connect(self.update_overlaps)
        self.plots[0].getViewBox().sigXRangeChanged.connect(self._on_x_range_changed)
        self._mouse_proxy = pg.SignalProxy(
            self.layout_widget.scene().sigMouseMoved, rateLimit=60, slot=self._on_mouse_moved
        )
        self.layout_widget.scene().sigMouseClicked.connect(self._on_click)
        # the pointer leaving the plots for a dock ends the hover (no move says so)
        self.layout_widget.viewport().installEventFilter(self)
        self.apply_theme(theme)
        for c in state.drawn():
            self._add_items(c.uid)
        self.update_overlaps()
        self._update_legend()
        self._refresh_zones()
        self.reset_view()
        #: the canvas's subscription to the state, closed by dispose()
        self.subscription = state.subscribe(self._on_change)
        _CANVASES.add(self)

    def dispose(self) -> None:
        """Take the plots apart while Python still runs.

        Left to PySide's clean-up at exit, the scene's items are destroyed in any
        order, and a parent going first sends its children events whose Python
        handlers then run in a finalised interpreter (a crash at exit, now and then).
        """
        _CANVASES.discard(self)
        self._disposed = True
        self.subscription.close()
        self._view_timer.stop()
        self._overlap_timer.stop()
        self._mouse_proxy.disconnect()
        scene = self.layout_widget.scene()
        self.layout_widget.ci.clear()
        if scene is not None:
            # rows and a legend that are off are out of the scene: put them back so that
            # clearing the scene deletes them too
            for item in (self.legend, *self.plots):
                if item.scene() is None:
                    scene.addItem(item)
            scene.clear()

    # --- state -> view ---------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        kind = change.kind
        uid = change.uid
        if kind == "curves" and uid is not None:
            exists = any(c.uid == uid for c in self.state.drawn())
            if not exists and uid in self._samples:
                self._remove_items(uid)
            elif exists and uid not in self._samples:
                self._add_items(uid)
            self.update_overlaps()
            self._update_legend()
            self._refresh_zones()
            self.fit_y()
        elif kind == "params" and uid is not None:
            self._refresh_curve(uid)
            self.fit_y()
            self._update_legend(changed=uid)  # a copy's "#n" comes and goes with its twin
            if uid == self.state.selected:
                self._refresh_zones()
            self._overlap_timer.start()
        elif kind == "visibility" and uid is not None:
            if uid in self._samples:
                self._place(uid)
            self.update_overlaps()
            self._update_legend()
            self._refresh_zones()
            self.fit_y()
        elif kind == "selection":
            self.set_live(self.state.selected)
            for c in self.state.drawn():
                self._style_items(c.uid)
            self.update_overlaps()
            self._refresh_zones()
        elif kind == "style":
            for c in self.state.drawn():
                self._style_items(c.uid)
            self._update_legend()
        elif kind == "range":
            self._refresh_all()
            self.reset_view()
        elif kind == "view":
            if self.state.view is None:
                self.reset_view()
            elif not self._shows(self.state.view):
                self._show_x(*self.state.view)  # a session's view, not the mouse's
            self._refresh_all()
        elif kind == "rows":
            self._arrange_rows()
        elif kind == "options":
            self._arrange_rows()
            self._refresh_zones()
            self.fit_y()
        elif kind in ("custom", "preset"):
            self._update_legend()
        if kind in ("curves", "params", "visibility"):
            self._sync_compare_row()
        if kind in ("curves", "params", "visibility", "range", "view", "rows", "options"):
            self._update_markers()
            if self.hovered is not None:
                if not any(c.uid == self.hovered[0] and c.visible for c in self.state.drawn()):
                    self.hovered = None
                self._show_hover()

    def _shown_rows(self) -> list[int]:
        """Rows on screen: the user's choice, only f while f′ and f″ are overlaid on it."""
        if self.state.overlay:
            return [0]
        return [o for o, on in enumerate(self.state.rows) if on] or [0]

    def _compare_row_look(self) -> tuple[bool, str]:
        """Whether the comparisons' row is wanted (a visible comparison), and its label."""
        modes = {k.mode for k in self.state.compares if k.visible}
        label = COMPARE_LABELS[next(iter(modes))] if len(modes) == 1 else COMPARE_MIXED
        return bool(modes), label

    def _sync_compare_row(self) -> None:
        if self._compare_row_look() != self._compare_row:
            self._arrange_rows()

    def _shown_plots(self) -> list[int]:
        """Indices into :attr:`plots` on screen: the rows, and the comparisons' below."""
        rows = self._shown_rows()
        return [*rows, COMPARE_ROW] if self._compare_row_look()[0] else rows

    def _arrange_rows(self) -> None:
        ci = self.layout_widget.ci
        ci.clear()
        self._compare_row = self._compare_row_look()
        shown = [self.plots[o] for o in self._shown_plots()]
        first = 0
        if self.state.legend and self.legend.entries:
            ci.addItem(self.legend, row=0, col=0)
            self.legend.setVisible(True)
            first = 1
        else:
            self.legend.setVisible(False)
        css = getattr(self, "_label_css", {})
        for row in range(ci.layout.rowCount()):
            ci.layout.setRowStretchFactor(row, 0)
        for order, plot in enumerate(self.plots):
            if plot in shown:
                ci.addItem(plot, row=first + shown.index(plot), col=0)
                # the rows share the height evenly (the legend takes only its own)
                ci.layout.setRowStretchFactor(first + shown.index(plot), 1)
            plot.setVisible(plot in shown)
            plot.showAxis("bottom", True)
            plot.setLabel("bottom", "x" if plot is shown[-1] else None, **css)
            plot.getAxis("bottom").setStyle(showValues=plot is shown[-1])
            if order == COMPARE_ROW:
                label = self._compare_row[1]
            elif order == 0 and self.state.overlay:
                label = OVERLAY_LABEL
            else:
                label = ROW_LABELS[order]
            plot.setLabel("left", label, **css)
        self._left_axes.align()
        # while the layout was rebuilt it held only the legend, whose fixed height
        # became the layout's maximum: Qt shrank the central item to it and nothing
        # grows it back until the view is resized (plots collapsed to a strip)
        ci.setGeometry(self.layout_widget.sceneRect())
        self._share_rows()
        self._apply_options()

    def _share_rows(self) -> None:
        """The shown plots' data areas get the same height (the bottom plot holds the x
        axis besides): Qt's grid would share the room by the plots' size hints."""
        if not self._alive():
            return
        shown = [p for p in self.plots if p.isVisible()]
        if not shown:
            return
        _left, top, _right, bottom = self._margins
        total = self.layout_widget.viewport().height() - top - bottom
        items = len(shown) + (1 if self.legend.isVisible() else 0)
        total -= self._row_spacing * (items - 1)
        if self.legend.isVisible():
            total -= self.legend.maximumHeight()
        axes = [
            p.getAxis("bottom").height() if p.getAxis("bottom").isVisible() else 0 for p in shown
        ]
        share = max(20.0, (total - sum(axes)) / len(shown))
        for plot, axis in zip(shown, axes):
            plot.setPreferredHeight(share + axis)

    def _apply_options(self) -> None:
        st = self.state
        for plot in self.plots:
            alpha = self.theme["grid"] * (0.6 if self.publication else 1.0)
            plot.showGrid(x=st.grid, y=st.grid, alpha=alpha)
        for uid in self._samples:
            self._place_overlay(uid)
        self._update_legend()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self._alive():
            self._relayout_legend()
            self._share_rows()

    def _alive(self) -> bool:
        """The scene's parts still exist: a window's teardown can delete the view and
        its items before this widget, and the grid layout (no QObject, so PySide
        cannot tell) would then be a dangling pointer."""
        return (
            not self._disposed
            and shiboken6.isValid(self.layout_widget)
            and shiboken6.isValid(self.layout_widget.ci)
            and shiboken6.isValid(self.legend)
            and all(shiboken6.isValid(p) for p in self.plots)
        )

    def _relayout_legend(self) -> None:
        m = self._margins
        width = self.width()  # the view fills the canvas; its own size lags a resize
        self.legend.relayout(max(50.0, width - m[0] - m[2]))

    def _compare_uids(self) -> set[int]:
        return {k.uid for k in self.state.compares}

    def _toggle_curve(self, uid: int, on: bool) -> None:
        if uid < 0:  # a parameter family's entry: all its curves
            self.state.set_group_visible(-uid, on)
        else:
            self.state.set_curve_visible(uid, on)

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
        style = _DASH.get(c.style, Qt.PenStyle.SolidLine)
        if overlay:
            style = Qt.PenStyle.DashLine if order == 1 else Qt.PenStyle.DotLine
        pen.setStyle(style)
        return pen

    def _add_items(self, uid: int) -> None:
        self._samples[uid] = self.state.sample(uid)
        self._bounds.pop(uid, None)
        if uid == self.state.selected:
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
            layer = self._layers[COMPARE_ROW]
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
                if self._live_dashed(order):
                    self._place(uid)  # the dashed stretch takes the new pen too
                    break
            for order, item in zip((1, 2), self._live_overlay):
                item.setPen(self._pen(uid, order, overlay=True))
        else:
            for order, layer in enumerate(self._layers):
                layer.set_pen((uid, 0), self._pen(uid, order))
            for order in (1, 2):
                self._layers[0].set_pen((uid, order), self._pen(uid, order, overlay=True))

    def _update_legend(self, changed: int | None = None) -> None:
        """Rebuild the legend's entries when a label, colour or visibility changed.

        ``changed``: only that curve's parameters changed, so only the labels of its
        function's curves can differ (a slider drag: no rebuild of 50 entries)."""
        if changed is not None and self.legend.entries and self.state.is_plain(changed):
            fid = self.state.curve(changed).function_id
            same = {c.uid: c for c in self.state.curves_of(fid)}
            touched = []
            for e in self.legend.entries:
                if e.uid in same:
                    text = self.state.label_of(same[e.uid])
                    if text != e.text:
                        e.text = text
                        touched.append(e)
            if touched:
                self._legend_key = None  # the next full update compares afresh
                self.legend.texts_changed(touched)
            return
        entries = []
        groups_done = set()
        for c in self.state.drawn():
            if c.uid not in self._samples or not (c.visible or self.list_hidden):
                continue
            group = getattr(c, "group", None)
            if group is not None and group in self.state.sweeps:
                # a parameter family: one entry, its colour bar and its range
                if group in groups_done:
                    continue
                groups_done.add(group)
                members = [
                    m
                    for m in self.state.group_members(group)
                    if m.uid in self._samples and (m.visible or self.list_hidden)
                ]
                pen = pg.mkPen(QColor(c.color), width=2.0)
                visible = any(m.visible for m in members)
                colors = tuple(m.color for m in members)
                text = self.state.group_label(group)
                entries.append(LegendEntry(-group, text, pen, visible, colors))
                continue
            pen = pg.mkPen(QColor(c.color), width=2.4 if self.publication else 2.0)
            pen.setStyle(_DASH.get(c.style, Qt.PenStyle.SolidLine))
            entries.append(LegendEntry(c.uid, self.state.label_of(c), pen, c.visible))
        if self.state.overlay and entries:
            fg = QColor(self.legend.text_color)
            for text, style in (
                ("f", Qt.PenStyle.SolidLine),
                ("f′", Qt.PenStyle.DashLine),
                ("f″", Qt.PenStyle.DotLine),
            ):
                pen = pg.mkPen(fg, width=2.0)
                pen.setStyle(style)
                entries.append(LegendEntry(None, text, pen))
        look = (self.legend.text_color.name(), self.legend._font.toString())
        key = (
            *(
                (e.uid, e.text, e.pen.color().name(), int(e.pen.style().value), e.visible, e.colors)
                for e in entries
            ),
            look,
        )
        if key == self._legend_key:
            return
        had = bool(self.legend.entries)
        self._legend_key = key
        self.legend.set_entries(entries)
        self._relayout_legend()
        if had != bool(entries):
            self._arrange_rows()
        else:
            self._share_rows()  # the legend's height may have changed

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

        Per row: ReLU and Leaky ReLU share f and f′ on x > 0 but not f″."""
        self._overlap_timer.stop()
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

    # --- view -> state -----------------------------------------------------------------

    def reset_view(self) -> None:
        """Show the state's visible x range (x_min..x_max unless zoomed) and fit y."""
        self._show_x(*self.state.visible_range())

    def _show_x(self, lo: float, hi: float) -> None:
        self._setting_range = True
        try:
            self.plots[0].setXRange(lo, hi, padding=0)
        finally:
            self._setting_range = False
        self._y_manual = [False] * len(self.plots)
        self.fit_y(force=True)

    def _shows(self, view: tuple[float, float]) -> bool:
        """Whether the plots show ``view`` already (to a hair)."""
        lo, hi = self.plots[0].getViewBox().viewRange()[0]
        tol = 1e-9 * max(1.0, hi - lo)
        return abs(lo - view[0]) <= tol and abs(hi - view[1]) <= tol

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
        compares = self._compare_uids()
        # one pass, not one lookup per curve
        shown = {c.uid for c in self.state.drawn() if c.visible}
        for order, plot in enumerate(self.plots):
            if self._y_manual[order] and not force:
                continue
            lo, hi = np.inf, -np.inf
            for uid in self._samples:
                if uid not in shown:
                    continue  # hidden curves do not stretch the axes
                if (uid in compares) != (order == COMPARE_ROW):
                    continue  # comparisons have their own row
                b = self._bounds_of(uid)
                if order == COMPARE_ROW:
                    orders: tuple[int, ...] = (0,)
                elif order == 0 and self.state.overlay:
                    orders = (0, 1, 2)
                else:
                    orders = (order,)
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

    def fix_y(self, order: int, lo: float, hi: float) -> None:
        """Hold row ``order`` at y in [lo, hi] until "reset view" (an animation's frames)."""
        self._setting_y = True
        try:
            self.plots[order].setYRange(lo, hi, padding=0)
        finally:
            self._setting_y = False
        self._y_manual[order] = True

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
            rows = (0, 1, 2) if (order == 0 and self.state.overlay) else (order,)
            if order == COMPARE_ROW:
                rows = (0,)
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

    def _on_click(self, ev) -> None:  # type: ignore[no-untyped-def]
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
        itself, which is the canvas's one record of it."""
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
            if order == COMPARE_ROW:
                orders: tuple[int, ...] = (0,)
            elif order == 0 and self.state.overlay:
                orders = (0, 1, 2)
            else:
                orders = (order,)
            xs, ys, brushes = [], [], []
            for c, *fs in values:
                if (c.uid in compares) != (order == COMPARE_ROW):
                    continue
                for o in orders:
                    y = fs[o]
                    if math.isfinite(y) and abs(y) <= _Y_CAP:
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

    # --- look --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if not self._alive():
            pass  # torn down, or its scene deleted with its window
        elif kind == QEvent.Type.PaletteChange and self.follow_app_theme:
            from . import theme as themes

            name = themes.current()
            if name in THEMES and name != self.theme_name:
                self.apply_theme(name)
        elif kind == QEvent.Type.LanguageChange:
            self.legend.retranslate()
            self._update_legend()  # function names may read differently (texts.display_name)
        super().changeEvent(event)

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
        self._label_css = label_css
        for plot in self.plots:
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(fg, width=1.2 if self.publication else 1))
                axis.setTextPen(pg.mkPen(fg))
                axis.setStyle(tickFont=font, tickLength=-6 if self.publication else -5)
        for line in self._cross:
            line.setPen(pg.mkPen(fg, width=1, style=Qt.PenStyle.DashLine))
        # the legend's text is the tick labels' size and colour
        self.legend.set_look(font, fg)
        for uid in self._samples:
            self._style_items(uid)
        self._legend_key = None
        self._arrange_rows()
        self._update_markers()

    def fit_axes(self) -> None:
        """Size the axes for their labels now (a figure is painted once: the width that
        the first paint would find comes too late for it)."""
        from PySide6.QtGui import QImage, QPainter
        from PySide6.QtWidgets import QApplication

        img = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
        for _ in range(2):
            p = QPainter(img)
            for plot in self.plots:
                if plot.isVisible():
                    for name in ("left", "bottom"):
                        axis = plot.getAxis(name)
                        if axis.isVisible():
                            axis.generateDrawSpecs(p)
            p.end()
            QApplication.processEvents()

    # --- for tests and the readout -----------------------------------------------------

    def legend_rect_in_scene(self) -> QRectF:
        """Where the legend's entries are, in scene coordinates (empty when hidden)."""
        if not self.legend.isVisible() or not self.legend.entries:
            return QRectF()
        return self.legend.mapRectToScene(self.legend.content_rect())

    def points_under(self, rect: QRectF) -> int:
        """How many drawn points of visible curves, inside their plots, lie in ``rect``
        (scene coordinates)."""
        count = 0
        if rect.isEmpty():
            return 0
        for order, plot in enumerate(self.plots):
            if not plot.isVisible():
                continue
            vb = plot.getViewBox()
            box = vb.sceneBoundingRect()
            m = vb.childGroup.sceneTransform()
            terms = (m.m11(), m.m12(), m.m21(), m.m22(), m.dx(), m.dy())
            if not all(math.isfinite(t) for t in terms):
                continue  # a row not laid out yet (it just appeared): nothing drawn there
            orders = (0, 1, 2) if (order == 0 and self.state.overlay) else (order,)
            if order == COMPARE_ROW:
                orders = (0,)
            compares = self._compare_uids()
            for c in self.state.drawn():
                if not c.visible or c.uid not in self._samples:
                    continue
                if (c.uid in compares) != (order == COMPARE_ROW):
                    continue
                for o in orders:
                    s = self._samples[c.uid]
                    x, y = s.x, s.y[o]
                    ok = np.isfinite(x) & np.isfinite(y)
                    x, y = x[ok], y[ok]  # inf times a zero term of the transform is NaN
                    # far outside the view (x up to 1e308 on a zoomed axis) the pixel
                    # coordinates overflow to inf: off the panel either way
                    with np.errstate(over="ignore", invalid="ignore"):
                        sx = m.m11() * x + m.m21() * y + m.dx()
                        sy = m.m12() * x + m.m22() * y + m.dy()
                    inside_plot = (
                        (sx >= box.left())
                        & (sx <= box.right())
                        & (sy >= box.top())
                        & (sy <= box.bottom())
                    )
                    under = (
                        (sx >= rect.left())
                        & (sx <= rect.right())
                        & (sy >= rect.top())
                        & (sy <= rect.bottom())
                    )
                    count += int(np.count_nonzero(inside_plot & under))
        return count

    def points_under_legend(self) -> int:
        """Drawn points of visible curves under the legend: 0 when it hides nothing."""
        return self.points_under(self.legend_rect_in_scene())

    def plotted(self, uid: int, order: int) -> tuple[np.ndarray, np.ndarray]:
        """The arrays currently drawn for a curve's row (order 0, 1 or 2); a
        comparison's, in the comparisons' row, for any order."""
        if uid in self._compare_uids():
            x, y = self._layers[COMPARE_ROW].data((uid, 0))
        elif uid == self._live_uid:
            x, y = self._live[order].getData()
            if self._live_dashed(order):  # the whole curve: solid and dashed stretches
                _x, part = self._live_dash[order].getData()
                y = np.where(np.isnan(y), part, y)
        else:
            x, y = self._layers[order].data((uid, 0))
        return np.asarray(x), np.asarray(y)

    def has_curve(self, uid: int) -> bool:
        return uid in self._samples

    def is_drawn(self, uid: int, order: int = 0) -> bool:
        """Whether the curve's row is drawn (hidden curves stay known but are not)."""
        if uid in self._compare_uids():
            return (uid, 0) in self._layers[COMPARE_ROW].keys()
        if uid == self._live_uid:
            return self._live[order].isVisible()
        return (uid, 0) in self._layers[order].keys()
