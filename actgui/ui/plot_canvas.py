"""The canvas: f, f' and f'' stacked in linked pyqtgraph plots, with a crosshair.

The legend is a row of its own above the plots (it never covers a curve); clicking an
entry hides or shows the curve. The crosshair puts a dot on every visible curve in every
shown row. Curves that lie on top of earlier ones are dashed so the earlier show through.

:class:`PlotCanvas` is built in layers, one module each: the rows, legend and ranges
(:mod:`.canvas_rows`), the curves' pens and placement (:mod:`.canvas_curves`), the
crosshair, hover and pick (:mod:`.canvas_pointer`); this module makes the parts, follows
the state and owns the look (theme, presentation scale). Import the canvas and its
constants from here.
"""

from __future__ import annotations

import atexit
import math
import weakref

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..core.state import Change, ExplorerState
from .axis import AxisGroup, CanvasAxis, QuietAxis
from .canvas_legend import CanvasLegend
from .canvas_pointer import CanvasPointer, CursorDots
from .canvas_rows import (
    COMPARE_LABELS,
    COMPARE_MIXED,
    COMPARE_ROW,
    OVERLAY_LABEL,
    ROW_LABELS,
    _quiet_hidden_axes,
)
from .curve_layer import CurveLayer
from .theme import CanvasTheme

__all__ = [
    "COMPARE_LABELS",
    "COMPARE_MIXED",
    "COMPARE_ROW",
    "OVERLAY_LABEL",
    "ROW_LABELS",
    "THEMES",
    "PlotCanvas",
]

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


class PlotCanvas(CanvasPointer):
    """Renders the curves of an :class:`ExplorerState`; re-samples on zoom and pan.

    Signals (from :class:`~.canvas_pointer.CanvasPointer`): ``sigCursorMoved(x)``, x
    under the mouse (NaN when it leaves the plots); ``sigMouseAt(x, y, row)``."""

    #: the pointer's items (crosshair, dots, hover, the live selected curve) and its
    #: events; a figure's canvas (figure.py) has none
    interactive = True

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
        #: fonts and curve widths times these (presentation mode): see set_scale
        self._font_scale = 1.0
        self._line_scale = 1.0
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
        self.plots = []
        self._left_axes = AxisGroup()
        # f, f′ and f″; the comparisons' row is built when a comparison first needs it
        # (_compare_layer): most sessions never compare, and a row costs ~12 ms
        for label in ROW_LABELS:
            self._new_plot(label)
        # a row of the layout above the plots, never over them
        # a figure spends a row on aligned columns; the window keeps the height for plots
        self.legend = CanvasLegend(
            None if publication else self._toggle_curve, even_cost=1 if publication else 0
        )
        self._legend_key = None
        self._legend_font = ""
        self._samples = {}
        self._layers = [CurveLayer() for _ in self.plots]
        self._live_uid: int | None = None
        # a figure has no pointer: no live curve, crosshair, dots or hover (~8 ms of
        # items a figure never shows)
        pointer = self.interactive
        # the selected curve, drawn live: in the rows of f, f′ and f″ (a comparison is
        # never selected)
        self._live = [pg.PlotDataItem(connect="finite") for _ in ROW_LABELS if pointer]
        #: the live curve's stretches over other curves, dashed (it is drawn on top)
        self._live_dash = [pg.PlotDataItem(connect="finite") for _ in ROW_LABELS if pointer]
        self._live_overlay = [pg.PlotDataItem(connect="finite") for _ in (1, 2) if pointer]
        #: whether the comparisons' row is on screen, and its label
        self._compare_row: tuple[bool, str] = (False, COMPARE_MIXED)
        for plot, layer in zip(self.plots, self._layers):
            plot.addItem(layer)
        for plot, item, dash in zip(self.plots, self._live, self._live_dash):
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
        self._zones = []
        self._cross = [pg.InfiniteLine(angle=90, movable=False) for _ in self.plots if pointer]
        # a dot on every visible curve at the crosshair's x, per row
        self._markers = [CursorDots(size=7, pxMode=True) for _ in self.plots if pointer]
        for plot, line, dots in zip(self.plots, self._cross, self._markers):
            plot.addItem(line, ignoreBounds=True)
            line.setVisible(False)
            plot.addItem(dots, ignoreBounds=True)
            dots.setZValue(20)
            dots.setVisible(False)
        # the curve under the mouse: drawn wide and pale under itself, named in a tip
        self._hover_items = [pg.PlotDataItem(connect="finite") for _ in self.plots if pointer]
        for plot, item in zip(self.plots, self._hover_items):
            plot.addItem(item, ignoreBounds=True)
            item.setZValue(8)
            item.setVisible(False)
        #: (uid, row) of the curve under the mouse, None when there is none
        self.hovered = None
        #: the hover tool tip's text (for tests)
        self.hover_text = ""
        #: how many earlier visible curves each curve lies on (draws it dashed)
        self._overlap = {}
        self._overlap_grid = np.linspace(0.0, 1.0, 2)
        self._setting_range = False
        self._setting_y = False
        self._y_manual = [False] * len(self.plots)
        self._bounds = {}
        for order, plot in enumerate(self.plots):
            self._own_y_range(order, plot)
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
        self._mouse_proxy: pg.SignalProxy | None = None
        if pointer:
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

    def _new_plot(self, label: str) -> pg.PlotItem:
        """A row's plot, appended to :attr:`plots`: its axes, label and x linked to
        the first row's."""
        left = CanvasAxis("left")
        self._left_axes.add(left)
        # a view box without its context menu: the canvas never shows it, and
        # pyqtgraph's ViewBox builds one (~5 ms a row of start-up) unless told not to
        plot = pg.PlotItem(
            viewBox=pg.ViewBox(enableMenu=False),
            # top and right are never shown: quiet, not pyqtgraph's (see QuietAxis)
            axisItems={
                "left": left,
                "bottom": CanvasAxis("bottom"),
                "top": QuietAxis("top"),
                "right": QuietAxis("right"),
            },
        )
        plot.hideAxis("top")  # given axes are shown: these two never are
        plot.hideAxis("right")
        plot.setLabel("left", label)
        plot.setMenuEnabled(False)
        for name in ("left", "bottom"):
            # the grid (drawn by the axes) under the curves, not over them
            plot.getAxis(name).setZValue(-1)
        _quiet_hidden_axes(plot)  # from its first range on, not at the first arrangement
        plot.hideButtons()
        plot.getViewBox().setDefaultPadding(0.02)
        if self.plots:
            plot.setXLink(self.plots[0])
        self.plots.append(plot)
        return plot

    def _own_y_range(self, order: int, plot: pg.PlotItem) -> None:
        """The row's y range is the canvas's (fit_y) until the user zooms it."""
        plot.disableAutoRange(axis="y")
        plot.getViewBox().sigYRangeChanged.connect(lambda *_a, o=order: self._on_y_range_changed(o))

    def _compare_layer(self) -> CurveLayer:
        """The comparisons' row's layer; the row (plots[COMPARE_ROW], its crosshair
        line, dots and hover item) is built on the first call, looking as it would
        had it been built with the others: axes in the theme and scale the others
        were last given, the crosshair where theirs is."""
        if len(self.plots) > COMPARE_ROW:
            return self._layers[COMPARE_ROW]
        plot = self._new_plot(COMPARE_MIXED)
        layer = CurveLayer()
        plot.addItem(layer)
        self._layers.append(layer)
        self._y_manual.append(False)
        self._own_y_range(COMPARE_ROW, plot)
        self._style_axes(plot)
        if self.interactive:
            self._compare_pointer(plot)
        return layer

    def _compare_pointer(self, plot: pg.PlotItem) -> None:
        """The comparisons' row's crosshair line, dots and hover item."""
        line = pg.InfiniteLine(angle=90, movable=False)
        line.setPen(pg.mkPen(self._axes_look[0], width=1, style=Qt.PenStyle.DashLine))
        first = self._cross[0]
        line.setPos(first.value())
        plot.addItem(line, ignoreBounds=True)
        line.setVisible(first.isVisibleTo(first.parentItem()))
        self._cross.append(line)
        dots = CursorDots(size=7, pxMode=True)
        if self._line_scale != 1.0:
            dots.setSize(7 * self._line_scale)
        plot.addItem(dots, ignoreBounds=True)
        dots.setZValue(20)
        dots.setVisible(False)
        self._markers.append(dots)
        hover = pg.PlotDataItem(connect="finite")
        plot.addItem(hover, ignoreBounds=True)
        hover.setZValue(8)
        hover.setVisible(False)
        self._hover_items.append(hover)

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
        if self._mouse_proxy is not None:
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
        self._axes_look = (fg, font)
        for plot in self.plots:
            self._style_axes(plot)
        for line in self._cross:
            line.setPen(pg.mkPen(fg, width=1, style=Qt.PenStyle.DashLine))
        # the legend's text is the tick labels' size and colour
        self._set_legend_look(font, fg)
        for uid in self._samples:
            self._style_items(uid)
        self._legend_key = None
        self._arrange_rows()
        self._update_markers()
        if (self._font_scale, self._line_scale) != (1.0, 1.0):
            self._enlarge(self._font_scale, self._line_scale)

    def _style_axes(self, plot: pg.PlotItem) -> None:
        """A row's axes in the colour and tick font last set (:attr:`_axes_look`)."""
        fg, font = self._axes_look
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(fg, width=(1.2 if self.publication else 1) * self._pen_scale))
            axis.setTextPen(pg.mkPen(fg))
            axis.setStyle(tickFont=font, tickLength=-6 if self.publication else -5)

    def set_pen_scale(self, scale: float) -> None:
        """Curve, axis and grid pens ``scale`` times as wide, nothing laid out again:
        for a figure painted at ``scale`` times its size (a 2x PNG), as its pens are
        cosmetic, which a painter's scale leaves as wide (the lines came out half as
        thick at 2x); ``set_pen_scale(1.0)`` gives them back."""
        if scale == self._pen_scale:
            return
        self._pen_scale = scale
        for uid in self._samples:
            self._style_items(uid)
        for plot in self.plots:
            self._style_axes(plot)

    def set_scale(self, font_scale: float, line_scale: float) -> None:
        """Tick labels, axis labels and legend at ``font_scale`` times their size, the
        curves and crosshair dots at ``line_scale`` times their width (presentation
        mode); kept across theme switches. ``set_scale(1.0, 1.0)`` gives the canvas
        its own look back."""
        self._font_scale, self._line_scale = font_scale, line_scale
        if (font_scale, line_scale) == (1.0, 1.0):
            self._enlarge(1.0, 1.0)  # the crosshair dots' size: apply_theme leaves it
        self.apply_theme(self.theme_name)

    def _enlarge(self, font_scale: float, line_scale: float) -> None:
        """The tick labels, axis labels, legend and crosshair dots at a scale."""
        font = QFont(self.font())
        font.setPointSizeF((11.0 if self.publication else 9.0) * font_scale)
        fg = QColor(self.theme["foreground"])
        if self.publication and self.theme_name == "light":
            fg = QColor("#000000")
        size = (13.0 if self.publication else 10.0) * font_scale
        self._label_css = {"color": fg.name(), "font-size": f"{size:g}pt"}
        self._axes_look = (self._axes_look[0], font)
        for plot in self.plots:
            for name in ("left", "bottom"):
                plot.getAxis(name).setStyle(tickFont=font)
        self._set_legend_look(font, fg)
        for dots in self._markers:
            dots.setSize(7 * line_scale)
        self._legend_key = None
        self._arrange_rows()

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
            orders = self._sample_rows(order)
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
            x, y = self._compare_layer().data((uid, 0))
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
            return (uid, 0) in self._compare_layer().keys()
        if uid == self._live_uid:
            return self._live[order].isVisible()
        return (uid, 0) in self._layers[order].keys()
