"""The canvas' rows: which plots are on screen and how they share the height, the
legend row above them, and the x and y ranges of the view (view -> state).

:class:`CanvasRows` is the first layer of :class:`~actgui.ui.plot_canvas.PlotCanvas`
(rows, then curves, then pointer, then the canvas itself); it is not used alone. Its
attributes are made by ``PlotCanvas.__init__``, and declared here for the type checker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QGraphicsGridLayout, QGraphicsWidget, QWidget

from ..core.state import ExplorerState, Samples
from .axis import AxisGroup
from .canvas_legend import CanvasLegend, LegendEntry
from .theme import CanvasTheme

if TYPE_CHECKING:
    from .curve_layer import CurveLayer

ROW_LABELS = ("f(x)", "f′(x)", "f″(x)")
#: the f row's label when f′ and f″ are overlaid on it
OVERLAY_LABEL = "f, f′, f″"
#: the row of the comparisons (f_a − f_b, ratio, ulps) below the others: its index
#: in PlotCanvas.plots, and its label by what it compares
COMPARE_ROW = 3
COMPARE_LABELS = {"difference": "a − b", "ratio": "a / b", "ulps": "a − b (ulp)"}
COMPARE_MIXED = "a vs b"
#: y ranges are fitted within +-this (exponential(1000) is 1.8e308)
Y_CAP = 1e12
#: pen styles by a curve's ``style``
DASH = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}


class _Unhurried:
    """A grid layout whose ``activate`` waits: pyqtgraph's ``GraphicsLayout.addItem``
    lays its grid out after every item, each time resizing the plots already in it."""

    def __init__(self, grid: QGraphicsGridLayout) -> None:
        self.grid = grid

    def __getattr__(self, name: str) -> Any:
        return getattr(self.grid, name)

    def activate(self) -> None:
        pass


def _stack(ci: pg.GraphicsLayout, items: list[QGraphicsWidget]) -> None:
    """Make ``items`` the grid's column 0, ``items[i]`` in row i, and take every other
    item out of the grid (and the scene, as ``GraphicsLayout.removeItem`` does).

    An item already in the grid moves without leaving the scene (taking a plot out and
    in again re-parents every item in it), and the grid is laid out once, at the end,
    when anything moved.  The result is that of ``ci.clear()`` and ``ci.addItem(item,
    row=i, col=0)`` for each item, at a fraction of the cost."""
    cells = {item: where[0] for item, where in ci.items.items()}
    for item in cells:
        if item not in items:
            ci.removeItem(item)
    moving = [item for row, item in enumerate(items) if cells.get(item) != (row, 0)]
    if not moving:
        return
    grid = ci.layout
    for item in moving:
        if item in cells:  # out of the grid and pyqtgraph's books, not out of the scene
            grid.removeAt(ci.itemIndex(item))
            row, col = cells[item]
            del ci.rows[row][col]
            del ci.items[item]
            item.geometryChanged.disconnect(ci._updateItemBorder)
            border = ci.itemBorders.pop(item)
            border.setParentItem(None)
            if border.scene() is not None:
                border.scene().removeItem(border)
    ci.layout = _Unhurried(grid)
    try:
        for item in moving:
            ci.addItem(item, row=items.index(item), col=0)
    finally:
        ci.layout = grid
    # painted top row first, as when they were added in order (an SVG's element order)
    for upper, lower in zip(items[-2::-1], items[:0:-1]):
        upper.stackBefore(lower)
    grid.activate()


def _set_label(plot: pg.PlotItem, side: str, text: str | None, css: dict[str, str]) -> None:
    """``plot.setLabel(side, text, **css)``, skipped when the axis says that already
    (each call re-typesets the title: a few hundred microseconds, twice per row at
    each arrangement)."""
    axis = plot.getAxis(side)
    if (
        axis.labelText == (text or "")
        and not axis.labelUnits
        and not axis.labelUnitPrefix
        and (not css or axis.labelStyle == css)
        and axis.label.isVisibleTo(axis) == bool(text)
    ):
        plot.showAxis(side)
        return
    plot.setLabel(side, text, **css)


def _quiet_hidden_axes(plot: pg.PlotItem) -> None:
    """No SI prefix on the plot's top and right axes, which are never shown: with it,
    pyqtgraph re-typesets their (hidden) titles at every change of the view's range,
    ~80 times while a figure is laid out."""
    for side in ("top", "right"):
        axis = plot.getAxis(side)
        if axis.autoSIPrefix and not axis.isVisible():
            axis.autoSIPrefix = False  # enableAutoSIPrefix(False) would re-typeset once more


class CanvasRows(QWidget):
    """Rows, legend and ranges of the canvas (see the module's docstring)."""

    state: ExplorerState
    theme: CanvasTheme
    publication: bool
    list_hidden: bool
    layout_widget: pg.GraphicsLayoutWidget
    plots: list[pg.PlotItem]
    legend: CanvasLegend
    _disposed: bool
    _margins: tuple[int, int, int, int]
    _row_spacing: float
    _left_axes: AxisGroup
    _compare_row: tuple[bool, str]
    _legend_key: tuple[Any, ...] | None
    _label_css: dict[str, str]
    #: the legend's font as set by set_legend_look (part of the legend's cache key)
    _legend_font: str
    _samples: dict[int, Samples]
    _bounds: dict[int, list[tuple[float, float]]]
    _y_manual: list[bool]
    _setting_y: bool
    _setting_range: bool
    _view_timer: QTimer
    #: built before its size is known (a figure's canvas): the rows are arranged, and
    #: overlaps looked for, once it is sized (:meth:`release`), not while it is built
    _held = False
    _rows_pending = False

    def release(self) -> None:
        """End the hold of a canvas built held: arrange the rows now (size it first).
        Overlaps depend on the rows' heights: call ``update_overlaps`` once laid out."""
        self._held = False
        if self._rows_pending:
            self._rows_pending = False
            self._arrange_rows()

    def _place_overlay(self, uid: int) -> None:
        """Draw or remove a curve's f′ and f″ overlaid on the f row (the curves' layer)."""
        raise NotImplementedError

    def _compare_layer(self) -> CurveLayer:
        """The comparisons' row's layer, the row built on first need."""
        raise NotImplementedError

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

    def row_name(self, order: int) -> str:
        """A row's short name for people: "f", "f′", "f″", or the comparisons' row's
        label ("a − b", "a / b", "a vs b" when they differ)."""
        if order < COMPARE_ROW:
            return ("f", "f′", "f″")[order]
        return self._compare_row_look()[1]

    def _sync_compare_row(self) -> None:
        if self._compare_row_look() != self._compare_row:
            self._arrange_rows()

    def _shown_plots(self) -> list[int]:
        """Indices into :attr:`plots` on screen: the rows, and the comparisons' below."""
        rows = self._shown_rows()
        return [*rows, COMPARE_ROW] if self._compare_row_look()[0] else rows

    def _arrange_rows(self) -> None:
        if self._held:
            self._rows_pending = True
            return
        ci = self.layout_widget.ci
        self._compare_row = self._compare_row_look()
        if self._compare_row[0]:
            self._compare_layer()  # the row exists before it is shown
        shown = [self.plots[o] for o in self._shown_plots()]
        first = 0
        if self.state.legend and self.legend.entries:
            self.legend.setVisible(True)
            first = 1
        else:
            self.legend.setVisible(False)
        _stack(ci, [self.legend, *shown] if first else shown)
        css = getattr(self, "_label_css", {})
        for row in range(ci.layout.rowCount()):
            ci.layout.setRowStretchFactor(row, 0)
        for order, plot in enumerate(self.plots):
            _quiet_hidden_axes(plot)
            if plot in shown:
                # the rows share the height evenly (the legend takes only its own)
                ci.layout.setRowStretchFactor(first + shown.index(plot), 1)
            plot.setVisible(plot in shown)
            plot.showAxis("bottom", True)
            _set_label(plot, "bottom", "x" if plot is shown[-1] else None, css)
            plot.getAxis("bottom").setStyle(showValues=plot is shown[-1])
            if order == COMPARE_ROW:
                label = self._compare_row[1]
            elif order == 0 and self.state.overlay:
                label = OVERLAY_LABEL
            else:
                label = ROW_LABELS[order]
            _set_label(plot, "left", label, css)
        self._left_axes.align()
        # while the layout was rebuilt it held only the legend, whose fixed height
        # became the layout's maximum: Qt shrank the central item to it and nothing
        # grows it back until the view is resized (plots collapsed to a strip)
        ci.setGeometry(self.layout_widget.sceneRect())
        # the axes' sizes follow their titles (the x title moves to the bottom row):
        # laid out now, as _share_rows reads them
        ci.layout.activate()
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

    def resizeEvent(self, event: QResizeEvent) -> None:
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

    def _set_legend_look(self, font: QFont, color: QColor) -> None:
        """The legend's text font and colour (remembered for the legend's cache key)."""
        self.legend.set_look(font, color)
        self._legend_font = font.toString()

    def _relayout_legend(self) -> None:
        m = self._margins
        width = self.width()  # the view fills the canvas; its own size lags a resize
        self.legend.relayout(max(50.0, width - m[0] - m[2]))

    def _sample_rows(self, order: int) -> tuple[int, ...]:
        """Which of a curve's sampled rows (f, f′, f″) plot ``order`` draws: the
        comparisons' row its one row, the f row all three while they are overlaid."""
        if order == COMPARE_ROW:
            return (0,)
        if order == 0 and self.state.overlay:
            return (0, 1, 2)
        return (order,)

    def _compare_uids(self) -> set[int]:
        return {k.uid for k in self.state.compares}

    def _toggle_curve(self, uid: int, on: bool) -> None:
        if uid < 0:  # a parameter family's entry: all its curves
            self.state.set_group_visible(-uid, on)
        else:
            self.state.set_curve_visible(uid, on)

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
            pen.setStyle(DASH.get(c.style, Qt.PenStyle.SolidLine))
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
        look = (self.legend.text_color.name(), self._legend_font)
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

    # --- view -> state -----------------------------------------------------------------

    def reset_view(self) -> None:
        """Show the state's visible x range (x_min..x_max unless zoomed) and fit y."""
        self._show_x(*self.state.visible_range())

    def _show_x(self, lo: float, hi: float) -> None:
        for plot in self.plots:
            _quiet_hidden_axes(plot)  # before the ranges first change (a new canvas)
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
                for o in self._sample_rows(order):
                    lo, hi = min(lo, b[o][0]), max(hi, b[o][1])
            if lo > hi:
                lo, hi = -1.0, 1.0
            lo, hi = max(lo, -Y_CAP), min(hi, Y_CAP)
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
