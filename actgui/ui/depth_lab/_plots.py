"""The depth lab's plots (:class:`DepthPlots`), their figure for export
(:class:`DepthFigure`), and :func:`export_depth_figure`, which renders them
offscreen to PNG or SVG for ``actgui depth``.
"""

from __future__ import annotations

import html
import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QRectF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from ...core import depth
from ...core.state import PALETTE
from ..lab_figure import LabFigure, VectorScatter
from ..plot_canvas import THEMES
from ._common import (
    BAND_ALPHA,
    FRACTION_RANGE,
    HIST_PLOTS,
    LOG_ROWS,
    ROWS,
    ZERO_LIFT,
    _fmt,
    function_name,
    hist_top,
    init_name,
    log_range,
    translate,
)
from ._pieces import (
    WrapLabel,
    _DecadeAxis,
    _install_title,
    _PlainAxis,
)


class DepthPlots(QWidget):
    """Four plots sharing the layer axis, and activation histograms beside them.

    Rows: mean square of the activations (log), mean and standard deviation of
    activations or pre-activations, gradient norms (log), dead and saturated
    fractions.  One colour per function (Tableau 10); with several seeds each
    line is the median and a band shows the range.  The figure fits any width
    from about 500 px: titles and the legend wrap.
    """

    def __init__(
        self, parent: QWidget | None = None, theme: str = "light", lang: str = "en"
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.theme_name = theme
        self.theme = THEMES[theme]
        self._fg = QColor(self.theme["foreground"])
        self.signal = "act"
        self.layout_widget = pg.GraphicsLayoutWidget()
        self.layout_widget.setAntialiasing(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.layout_widget)
        ci = self.layout_widget.ci
        ci.setContentsMargins(6, 4, 6, 4)
        self.title = WrapLabel("", size="10pt")
        ci.addItem(self.title, row=0, col=0, colspan=2)
        # the legend sits above the plots and wraps: it never hides a line
        self.legend = WrapLabel("", size="9pt")
        ci.addItem(self.legend, row=1, col=0, colspan=2)
        self.plots: dict[str, pg.PlotItem] = {}
        for i, name in enumerate(ROWS):
            axis = _DecadeAxis if name in LOG_ROWS else _PlainAxis
            plot = ci.addPlot(
                row=2 + i, col=0, axisItems={"left": axis("left"), "bottom": _PlainAxis("bottom")}
            )
            plot.setMenuEnabled(False)
            plot.hideButtons()
            _install_title(plot)
            if name in LOG_ROWS:
                plot.setLogMode(x=False, y=True)
            if i > 0:
                plot.setXLink(self.plots[ROWS[0]])
            if name != ROWS[-1]:  # the layers are numbered once, under the last row
                plot.getAxis("bottom").setStyle(showValues=False)
            plot.getAxis("left").setWidth(52)
            # the top and bottom tick labels may reach a little past a low row
            plot.getAxis("left").setStyle(hideOverlappingLabels=False)
            self.plots[name] = plot
        self.plots["fractions"].setYRange(*FRACTION_RANGE, padding=0.0)
        self.plots["fractions"].getAxis("left").setTicks(
            [[(0.0, "0"), (0.5, "0.5"), (1.0, "1")], [(0.25, ""), (0.75, "")]]
        )
        hist_area = ci.addLayout(row=2, col=1, rowspan=len(ROWS))
        self.hist_plots: list[pg.PlotItem] = []
        for k in range(HIST_PLOTS):
            plot = hist_area.addPlot(
                row=k, col=0, axisItems={"left": _PlainAxis("left"), "bottom": _PlainAxis("bottom")}
            )
            plot.setMenuEnabled(False)
            plot.hideButtons()
            _install_title(plot)
            plot.getAxis("left").setWidth(52)
            # narrow plots: a second level of labels only where they have room
            plot.getAxis("bottom").setStyle(
                textFillLimits=[(0, 0.45), (2, 0.35), (4, 0.25), (6, 0.15)]
            )
            self.hist_plots.append(plot)
        ci.layout.setColumnStretchFactor(0, 3)
        ci.layout.setColumnStretchFactor(1, 2)
        self._items: dict[tuple[str, int, str], pg.PlotDataItem] = {}
        self._bands: dict[tuple[str, int, str], pg.FillBetweenItem] = {}
        #: the values given to each line (zeros as they are), for plotted()
        self._data: dict[tuple[str, int, str], tuple[np.ndarray, np.ndarray]] = {}
        #: lines of the log rows, drawn once their row's range is known
        self._pending: list[tuple[str, int, str, np.ndarray, np.ndarray, object, object, str, bool]]
        self._pending = []
        #: per log row: its y range in decades (log10), fitted to the positive values
        self.log_ranges: dict[str, tuple[float, float]] = {}
        #: per log row: whether a line reaches exactly 0 (drawn at the bottom edge)
        self.zero_rows: dict[str, bool] = {}
        #: the markers and lines of exact zeros, per line
        self._zero_items: dict[tuple[str, int, str], pg.PlotDataItem] = {}
        #: per histogram plot: (top of the y axis, whether a spike is cut there)
        self.hist_tops: list[tuple[float, bool]] = []
        #: per histogram plot: the notes of cut spikes (function index, x, height)
        self.spike_notes: list[list[tuple[int, float, float]]] = []
        self._notes: list[pg.TextItem] = []
        self.runs: list[list[depth.DepthResult]] = []
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_scene)
        for label in (self.title, self.legend, *self._titles()):
            label.sigHeightChanged.connect(self._fit_timer.start)
        self.apply_theme(theme)

    def _titles(self) -> list[WrapLabel]:
        return [p.titleLabel for p in (*self.plots.values(), *self.hist_plots)]

    def fit_scene(self) -> None:
        """The figure exactly the size of its view.

        A view sets the figure's size when it is resized; if titles were taller
        then (before the layout gave them their width) the figure kept a height
        larger than the view, and its bottom was cut off.
        """
        view = self.layout_widget
        want = QRectF(0, 0, view.width(), view.height())
        if view.ci.geometry() != want:
            view.ci.setGeometry(want)

    # --- language and theme --------------------------------------------------------

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.lang, "DepthPlots", text, disambiguation)

    def set_language(self, lang: str) -> None:
        """Label the plots in ``lang`` ('en', 'zh_CN')."""
        if lang != self.lang:
            self.lang = lang
            self._retranslate()

    def set_signal(self, signal: str) -> None:
        """Which signal the plots are about before any run ("act": activations,
        "preact": pre-activations): the titles say it."""
        if signal not in ("act", "preact"):
            raise ValueError(f"signal must be 'act' or 'preact', got {signal!r}")
        if signal != self.signal:
            self.signal = signal
            self._retranslate()

    def apply_theme(self, theme: str) -> None:
        """Colours of background, axes and texts: "light" or "dark" (as the canvas's)."""
        self.theme_name = theme
        self.theme = THEMES[theme]
        self._fg = fg = QColor(self.theme["foreground"])
        self.layout_widget.setBackground(self.theme["background"])
        for plot in (*self.plots.values(), *self.hist_plots):
            plot.showGrid(x=True, y=True, alpha=self.theme["grid"])
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(fg))
                axis.setTextPen(pg.mkPen(fg))
        if self.runs:
            self.show_results(self.runs)
        else:
            self._retranslate()

    def _retranslate(self) -> None:
        """Every text of the figure, in the current language and colours."""
        fg = self._fg.name()
        self.plots["fractions"].setLabel("bottom", self.tr("layer"), color=fg)
        for plot in self.hist_plots:
            plot.setLabel("left", self.tr("fraction"), color=fg)
        titles = {
            "mean_sq": self.tr("mean square of the activations, E[h²] (log)"),
            "mean_std": (
                self.tr("activations: mean (solid), standard deviation (dashed)")
                if self.signal == "act"
                else self.tr("pre-activations: mean (solid), standard deviation (dashed)")
            ),
            "grad": self.tr("gradient norm w.r.t. activations (solid) and weights (dashed) (log)"),
            "fractions": self.tr("dead units (solid), saturated |f′| < ε (dashed)"),
        }
        for name in LOG_ROWS:
            if self.zero_rows.get(name):
                titles[name] += "  ·  " + self.tr("▼┈ 0 (dead): drawn at the bottom edge")
        for name, text in titles.items():
            self.plots[name].titleLabel.setText(html.escape(text), color=fg)
        runs = self.runs
        layers = [h.layer for h in runs[0][0].histograms[:HIST_PLOTS]] if runs else []
        for k, plot in enumerate(self.hist_plots):
            text = (
                self.tr("activations at layer {layer}").format(layer=layers[k])
                if k < len(layers)
                else ""
            )
            plot.titleLabel.setText(html.escape(text), color=fg)
        if not runs:
            self.title.setText("", color=fg)
            self.legend.setText("", color=fg)
            return
        first = runs[0][0]
        cfg = first.config
        init = init_name(cfg.init, self.lang)
        if cfg.init == "normal" and cfg.sigma is not None:
            init = f"N(0, {_fmt(cfg.sigma)}²)"
        summary = self.tr(
            "{init} init · {layers} layers × {width} units · bias {bias} · batch {batch} · "
            "seed {seed}"
        ).format(
            init=init,
            layers=cfg.layers,
            width=cfg.width,
            bias=_fmt(cfg.bias),
            batch=cfg.batch,
            seed=cfg.seed,
        )
        if len(runs[0]) > 1:
            summary += self.tr(" · {n} seeds: median and range").format(n=len(runs[0]))
        self.title.setText(html.escape(summary), color=fg)
        entries = []
        for i, results in enumerate(runs):
            color = PALETTE[i % len(PALETTE)]
            label = html.escape(function_name(results[0].label)).replace(" ", "&nbsp;")
            entries.append(f"<span style='color: {color}'>━━</span>&nbsp;{label}")
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(entries), color=fg)

    # --- drawing -------------------------------------------------------------------

    def clear(self) -> None:
        for plot in (*self.plots.values(), *self.hist_plots):
            plot.clear()
        self._items.clear()
        self._bands.clear()
        self._data.clear()
        self._pending = []
        self._zero_items.clear()
        self.log_ranges = {}
        self.zero_rows = {}
        self._notes.clear()
        self.hist_tops = []
        self.spike_notes = []
        self.runs = []

    def _pen(self, color: str, dashed: bool) -> pg.QtGui.QPen:
        pen = pg.mkPen(QColor(color), width=2.0)
        pen.setCosmetic(True)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def _line(
        self,
        row: str,
        index: int,
        column: str,
        results: list[depth.DepthResult],
        color: str,
        dashed: bool,
    ) -> None:
        layers = results[0].layers.astype(np.float64)
        lo: np.ndarray | None
        hi: np.ndarray | None
        if len(results) > 1:
            y, lo, hi = depth.spread(results, column)
        else:
            y = results[0].column(column)
            lo = hi = None
        ok = ~np.isnan(y)  # values not defined at the input (layer 0) are left out
        x, y = layers[ok], y[ok]
        if lo is not None and hi is not None:
            lo, hi = lo[ok], hi[ok]
        self._data[(row, index, column)] = (x, y)
        if row in LOG_ROWS:  # drawn by _draw_log_rows once the row's range is known
            self._pending.append((row, index, column, x, y, lo, hi, color, dashed))
            return
        self._draw(row, index, column, x, y, lo, hi, color, dashed)

    def _draw(
        self,
        row: str,
        index: int,
        column: str,
        x: np.ndarray,
        y: np.ndarray,
        lo: np.ndarray | None,
        hi: np.ndarray | None,
        color: str,
        dashed: bool,
    ) -> None:
        plot = self.plots[row]
        item = pg.PlotDataItem(x, y, pen=self._pen(color, dashed), connect="finite")
        plot.addItem(item)
        self._items[(row, index, column)] = item
        if lo is not None and hi is not None:
            c_lo = pg.PlotDataItem(x, lo, pen=pg.mkPen(None))
            c_hi = pg.PlotDataItem(x, hi, pen=pg.mkPen(None))
            plot.addItem(c_lo)
            plot.addItem(c_hi)
            fill = QColor(color)
            fill.setAlpha(BAND_ALPHA)
            band = pg.FillBetweenItem(c_lo, c_hi, brush=pg.mkBrush(fill))
            band.setZValue(-5)
            plot.addItem(band)
            self._bands[(row, index, column)] = band

    def _draw_log_rows(self) -> None:
        """The log rows: y range fitted to the positive values; exact zeros at the bottom.

        A line stops where its value becomes exactly 0 (log 0 does not exist); a
        downward triangle at the bottom edge marks each layer where it is 0, joined
        by a dotted line along the edge while it stays 0 (a dead network).  The
        row's title then says so.
        """
        for row in LOG_ROWS:
            lines = [p for p in self._pending if p[0] == row]
            values = [v for p in lines for v in (p[4], p[5], p[6]) if isinstance(v, np.ndarray)]
            lo_dec, hi_dec = log_range(values)
            self.log_ranges[row] = (lo_dec, hi_dec)
            bottom = 10.0 ** (lo_dec + ZERO_LIFT * (hi_dec - lo_dec))
            self.zero_rows[row] = False
            for _row, index, column, x, y, lo, hi, color, dashed in lines:
                zero = y <= 0.0
                shown = np.where(zero, np.nan, y)
                if isinstance(lo, np.ndarray) and isinstance(hi, np.ndarray):
                    lo = np.where(lo > 0.0, lo, bottom)
                    hi = np.where(hi > 0.0, hi, bottom)
                else:
                    lo = hi = None
                self._draw(row, index, column, x, shown, lo, hi, color, dashed)
                if zero.any():
                    self.zero_rows[row] = True
                    pen = pg.mkPen(QColor(color), width=1.5)
                    pen.setCosmetic(True)
                    pen.setStyle(Qt.PenStyle.DotLine)
                    edge = pg.PlotDataItem(
                        x, np.where(zero, bottom, np.nan), pen=pen, connect="finite"
                    )
                    edge.setZValue(4)
                    self.plots[row].addItem(edge)
                    self._zero_items[(row, index, column)] = edge
                    # a triangle where the line reaches 0 (filled: solid line; hollow: dashed)
                    hits = zero & ~np.concatenate(([False], zero[:-1]))
                    marks = VectorScatter(
                        x[hits],
                        np.full(int(hits.sum()), math.log10(bottom)),
                        symbol="t",
                        size=9,
                        pen=pg.mkPen(QColor(color), width=1.5),
                        brush=pg.mkBrush(QColor(color)) if not dashed else pg.mkBrush(None),
                    )
                    marks.setZValue(5)
                    self.plots[row].addItem(marks)
            self.plots[row].setYRange(lo_dec, hi_dec, padding=0.0)
        self._pending = []

    def show_results(self, runs: list[list[depth.DepthResult]], signal: str | None = None) -> None:
        """Draw one list of per-seed results per function (as :func:`depth.simulate_many`)."""
        if signal is not None:
            if signal not in ("act", "preact"):
                raise ValueError(f"signal must be 'act' or 'preact', got {signal!r}")
            self.signal = signal
        self.clear()
        self.runs = runs
        self._retranslate()
        if not runs:
            return
        for i, results in enumerate(runs):
            color = PALETTE[i % len(PALETTE)]
            self._line("mean_sq", i, "act_mean_sq", results, color, False)
            sig = self.signal
            self._line("mean_std", i, f"{sig}_mean", results, color, False)
            self._line("mean_std", i, f"{sig}_std", results, color, True)
            self._line("grad", i, "grad_norm_act", results, color, False)
            self._line("grad", i, "grad_norm_weight", results, color, True)
            self._line("fractions", i, "dead_fraction", results, color, False)
            self._line("fractions", i, "saturated_fraction", results, color, True)
            for k, hist in enumerate(results[0].histograms[:HIST_PLOTS]):
                item = pg.PlotDataItem(
                    hist.edges, hist.fractions, stepMode="center", pen=self._pen(color, False)
                )
                self.hist_plots[k].addItem(item)
                self._items[("hist", i, str(k))] = item
        self._scale_histograms(runs)
        self._draw_log_rows()
        self._retranslate()  # the log rows' titles tell about zeros
        cfg = runs[0][0].config
        self.plots["mean_sq"].setXRange(0, cfg.layers, padding=0.02)
        self.plots["mean_std"].enableAutoRange(axis="y")
        self.plots["fractions"].setYRange(*FRACTION_RANGE, padding=0.0)

    def _scale_histograms(self, runs: list[list[depth.DepthResult]]) -> None:
        """A y range per histogram plot that shows every curve; a cut spike gets a note."""
        for k, plot in enumerate(self.hist_plots):
            hists = [
                (i, rs[0].histograms[k]) for i, rs in enumerate(runs) if k < len(rs[0].histograms)
            ]
            if not hists:
                self.hist_tops.append((1.0, False))
                self.spike_notes.append([])
                continue
            top, cut = hist_top([h.fractions for _i, h in hists])
            self.hist_tops.append((top, cut))
            plot.enableAutoRange(axis="x")
            plot.setYRange(0.0, top, padding=0.0)
            notes: list[tuple[int, float, float]] = []
            if cut:
                for i, h in hists:
                    f = h.fractions
                    j = int(np.argmax(f))
                    if f[j] > top:
                        notes.append((i, float(h.centers[j]), float(f[j])))
            self.spike_notes.append(notes)
            for row, (i, x, height) in enumerate(notes):
                color = PALETTE[i % len(PALETTE)]
                note = pg.TextItem(
                    html=f"<span style='color: {color}; font-size: 8pt'>↑ {height:.2f}</span>",
                    anchor=(-0.05, -0.05 - 1.0 * row),
                )
                note.setPos(x, top)
                plot.addItem(note, ignoreBounds=True)
                self._notes.append(note)

    # --- for tests -----------------------------------------------------------------

    def plotted(self, row: str, index: int, column: str) -> tuple[np.ndarray, np.ndarray]:
        """The values of a line (exact zeros as 0): row, function index, column.

        Histograms: row "hist", column "0", "1" or "2" (x are the bin edges).
        """
        if (row, index, column) in self._data:
            return self._data[(row, index, column)]
        x, y = self._items[(row, index, column)].getOriginalDataset()
        return np.asarray(x), np.asarray(y)

    def zero_marks(self, row: str, index: int, column: str) -> tuple[np.ndarray, np.ndarray]:
        """Where a log row's line is exactly 0: the layers, and the height drawn at."""
        item = self._zero_items.get((row, index, column))
        if item is None:
            return np.empty(0), np.empty(0)
        x, y = item.getOriginalDataset()
        keep = np.isfinite(np.asarray(y))
        return np.asarray(x)[keep], np.asarray(y)[keep]

    def has_band(self, row: str, index: int, column: str) -> bool:
        return (row, index, column) in self._bands

    # --- rendering -----------------------------------------------------------------

    def render_to(self, painter: QPainter, target: QRectF) -> None:
        view = self.layout_widget
        source = QRectF(view.viewport().rect())
        view.scene().render(painter, target, view.mapToScene(source.toRect()).boundingRect())


class DepthFigure(LabFigure):
    """An offscreen :class:`DepthPlots` of ``width`` x ``height`` pixels."""

    KIND = "depth"
    SUFFIXES = (".png", ".svg")

    def __init__(
        self,
        runs: list[list[depth.DepthResult]],
        width: int,
        height: int,
        theme: str = "light",
        lang: str = "en",
    ) -> None:
        plots = DepthPlots(theme=theme, lang=lang)
        super().__init__(plots, width, height, fill=lambda: plots.show_results(runs))

    def description(self) -> str:
        return ", ".join(function_name(r[0].label) for r in self.plots.runs)


def export_depth_figure(
    runs: list[list[depth.DepthResult]],
    path: str | Path,
    width: int = 1400,
    height: int = 900,
    theme: str = "light",
    lang: str = "en",
) -> None:
    """Render the depth lab's plots of ``runs`` (per function, per seed) to .png or .svg."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".png", ".svg"):
        got = suffix or "a file without suffix"
        raise ValueError(f"cannot export the depth figure as {got!r}; use .png or .svg")
    fig = DepthFigure(runs, width, height, theme, lang)
    try:
        fig.save(path)
    finally:
        fig.close()
