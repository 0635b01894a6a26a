"""The depth lab: what activations do to signals and gradients through a deep network.

:class:`DepthLab` holds the controls (functions, depth, width, init, sigma, bias,
seed, batch, seeds, presets) and a :class:`DepthPlots`; a run happens in a
worker thread (the window stays responsive, a run can be cancelled) and its
:mod:`actgui.core.depth` results are drawn as they are.  :func:`export_depth_figure`
renders the same plots offscreen to PNG or SVG for ``actgui depth``.

Texts come in English and Simplified Chinese from a table here, chosen by
``lang``, so the command line can label figures without a Qt translator.
"""

from __future__ import annotations

import html
import math
import threading
import time
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core import catalog, depth
from ..core.state import PALETTE
from ..io_atomic import atomic_write_bytes, atomic_write_with
from .plot_canvas import THEMES

#: Log plots draw an exact 0 (a dead network's gradient) at this height.
LOG_FLOOR = 1e-300
ROWS = ("mean_sq", "mean_std", "grad", "fractions")
LOG_ROWS = ("mean_sq", "grad")
HIST_PLOTS = depth.MAX_SHOWN_HISTOGRAMS
BAND_ALPHA = 50

_TEXT = {
    "en": {
        "mean_sq": "mean square of the activations, E[h²] (log; 0 at 1e-300)",
        "mean_std_act": "activations: mean (solid), standard deviation (dashed)",
        "mean_std_preact": "pre-activations: mean (solid), standard deviation (dashed)",
        "grad": "gradient norm w.r.t. activations (solid) and weights (dashed) (log; 0 at 1e-300)",
        "fractions": "dead units (solid), saturated |f′| < ε (dashed)",
        "hist": "activations at layer {layer}",
        "layer": "layer",
        "fraction": "fraction",
        "summary": "{init} init · {layers} layers × {width} units · bias {bias} · "
        "batch {batch} · seed {seed}",
        "seeds": " · {n} seeds: median and range",
        "functions": "Functions",
        "add": "Add",
        "remove": "Remove",
        "preset": "Preset",
        "custom": "(your own settings)",
        "layers": "Layers",
        "width": "Width",
        "init": "Init",
        "sigma": "σ (init normal)",
        "bias": "Bias",
        "seed": "Seed",
        "batch": "Batch",
        "repeats": "Seeds",
        "eps": "Saturated if |f′| <",
        "hist_layers": "Histogram layers",
        "hist_default": "first, middle, last",
        "show": "Mean/std of",
        "act": "activations",
        "preact": "pre-activations",
        "run": "Run",
        "cancel": "Cancel",
        "export": "Export…",
        "running": "Running…",
        "cancelled": "Cancelled.",
        "done": "{n} run(s) in {seconds:.2f} s.",
        "clamped": " Values beyond ±1e100 were clamped (exploding signal) at {n} layer(s).",
        "no_function": "Add at least one function, e.g. relu.",
        "tip_add": "A catalog id, optionally with parameters: leaky_relu(negative_slope=0.2)",
        "saved": "Saved {path}.",
    },
    "zh_CN": {
        "mean_sq": "激活的均方值 E[h²]（对数；0 画在 1e-300）",
        "mean_std_act": "激活：均值（实线）、标准差（虚线）",
        "mean_std_preact": "预激活：均值（实线）、标准差（虚线）",
        "grad": "梯度范数：对激活（实线）、对权重（虚线）（对数；0 画在 1e-300）",
        "fractions": "死亡单元（实线）、饱和 |f′| < ε（虚线）",
        "hist": "第 {layer} 层的激活",
        "layer": "层",
        "fraction": "比例",
        "summary": "{init} 初始化 · {layers} 层 × {width} 个单元 · 偏置 {bias} · "
        "批大小 {batch} · 种子 {seed}",
        "seeds": " · {n} 个种子：中位数与范围",
        "functions": "函数",
        "add": "添加",
        "remove": "移除",
        "preset": "预设",
        "custom": "（自定义设置）",
        "layers": "层数",
        "width": "宽度",
        "init": "初始化",
        "sigma": "σ（normal 初始化）",
        "bias": "偏置",
        "seed": "种子",
        "batch": "批大小",
        "repeats": "种子数",
        "eps": "饱和阈值 |f′| <",
        "hist_layers": "直方图层",
        "hist_default": "第一层、中间层、最后一层",
        "show": "均值/标准差",
        "act": "激活",
        "preact": "预激活",
        "run": "运行",
        "cancel": "取消",
        "export": "导出…",
        "running": "运行中…",
        "cancelled": "已取消。",
        "done": "{n} 次运行，用时 {seconds:.2f} 秒。",
        "clamped": " 有 {n} 层的数值超过 ±1e100，已截断（信号爆炸）。",
        "no_function": "请至少添加一个函数，例如 relu。",
        "tip_add": "目录中的 id，可带参数：leaky_relu(negative_slope=0.2)",
        "saved": "已保存 {path}。",
    },
}


def _t(key: str, lang: str) -> str:
    return _TEXT.get(lang, _TEXT["en"]).get(key) or _TEXT["en"][key]


def _log_safe(y: np.ndarray) -> np.ndarray:
    """Exact zeros raised to LOG_FLOOR so a log axis can draw them."""
    return np.where(y <= 0.0, LOG_FLOOR, y)


def _fmt(v: float) -> str:
    return f"{v:g}"


class _DecadeAxis(pg.AxisItem):
    """A log axis that labels only powers of ten once the view spans two decades.

    pyqtgraph labels the minor ticks 2..9 of a log axis too, which collide.
    """

    def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]
        strings = super().tickStrings(values, scale, spacing)
        if not self.logMode:
            return strings
        whole = [abs(v - round(v)) < 1e-6 for v in values]
        if sum(whole) >= 2:  # two decades in view: label only them
            return [s if w else "" for s, w in zip(strings, whole)]
        # less than that: 1, 2 and 5 times a power of ten
        keep = []
        for v in values:
            mantissa = 10.0 ** (v - math.floor(v + 1e-9))
            keep.append(min(abs(mantissa - m) for m in (1.0, 2.0, 5.0)) < 1e-6)
        return [s if k else "" for s, k in zip(strings, keep)]


class DepthPlots(QWidget):
    """Four plots sharing the layer axis, and activation histograms beside them.

    Rows: mean square of the activations (log), mean and standard deviation of
    activations or pre-activations, gradient norms (log), dead and saturated
    fractions.  One colour per function (Tableau 10); with several seeds each
    line is the median and a band shows the range.
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
        self.title = ci.addLabel("", row=0, col=0, colspan=2, size="10pt")
        # the legend sits above the plots, in columns: it never hides a line
        self.legend = pg.LegendItem(colCount=5, labelTextSize="9pt")
        ci.addItem(self.legend, row=1, col=0, colspan=2)
        self.plots: dict[str, pg.PlotItem] = {}
        for i, name in enumerate(ROWS):
            axes = {"left": _DecadeAxis("left")} if name in LOG_ROWS else None
            plot = ci.addPlot(row=2 + i, col=0, axisItems=axes)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            if name in LOG_ROWS:
                plot.setLogMode(x=False, y=True)
            if i > 0:
                plot.setXLink(self.plots[ROWS[0]])
            plot.getAxis("left").setWidth(60)
            self.plots[name] = plot
        self.plots["fractions"].setYRange(-0.06, 1.06, padding=0.0)
        hist_area = ci.addLayout(row=2, col=1, rowspan=len(ROWS))
        self.hist_plots: list[pg.PlotItem] = []
        for k in range(HIST_PLOTS):
            plot = hist_area.addPlot(row=k, col=0)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            self.hist_plots.append(plot)
        ci.layout.setColumnStretchFactor(0, 3)
        ci.layout.setColumnStretchFactor(1, 2)
        self._items: dict[tuple[str, int, str], pg.PlotDataItem] = {}
        self._bands: dict[tuple[str, int, str], pg.FillBetweenItem] = {}
        self.runs: list[list[depth.DepthResult]] = []
        self.apply_theme(theme)

    def apply_theme(self, theme: str) -> None:
        """Colours of background, axes and texts: "light" or "dark" (as the canvas's)."""
        self.theme_name = theme
        self.theme = THEMES[theme]
        self._fg = fg = QColor(self.theme["foreground"])
        self.layout_widget.setBackground(self.theme["background"])
        self.legend.setLabelTextColor(fg)
        for plot in (*self.plots.values(), *self.hist_plots):
            self._style(plot)
        self.plots["fractions"].setLabel("bottom", _t("layer", self.lang), color=fg.name())
        for plot in self.hist_plots:
            plot.setLabel("left", _t("fraction", self.lang), color=fg.name())
        self._set_titles()
        if self.runs:
            self.show_results(self.runs)

    def _style(self, plot: pg.PlotItem) -> None:
        plot.showGrid(x=True, y=True, alpha=self.theme["grid"])
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(self._fg))
            axis.setTextPen(pg.mkPen(self._fg))
            axis.enableAutoSIPrefix(False)

    def _set_titles(self) -> None:
        lang, fg = self.lang, self._fg.name()
        titles = {
            "mean_sq": _t("mean_sq", lang),
            "mean_std": _t("mean_std_" + self.signal, lang),
            "grad": _t("grad", lang),
            "fractions": _t("fractions", lang),
        }
        for name, text in titles.items():
            self.plots[name].setTitle(html.escape(text), color=fg, size="9pt")

    # --- drawing -------------------------------------------------------------------

    def clear(self) -> None:
        for plot in (*self.plots.values(), *self.hist_plots):
            plot.clear()
        self.legend.clear()
        self._items.clear()
        self._bands.clear()
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
        plot = self.plots[row]
        layers = results[0].layers.astype(np.float64)
        if len(results) > 1:
            y, lo, hi = depth.spread(results, column)
        else:
            y = results[0].column(column)
            lo = hi = None
        ok = ~np.isnan(y)  # values not defined at the input (layer 0) are left out
        x, y = layers[ok], y[ok]
        if row in LOG_ROWS:
            y = _log_safe(y)
        item = pg.PlotDataItem(x, y, pen=self._pen(color, dashed))
        plot.addItem(item)
        self._items[(row, index, column)] = item
        if lo is not None and hi is not None:
            lo, hi = lo[ok], hi[ok]
            if row in LOG_ROWS:
                lo, hi = _log_safe(lo), _log_safe(hi)
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

    def show_results(self, runs: list[list[depth.DepthResult]], signal: str | None = None) -> None:
        """Draw one list of per-seed results per function (as :func:`depth.simulate_many`)."""
        if signal is not None:
            if signal not in ("act", "preact"):
                raise ValueError(f"signal must be 'act' or 'preact', got {signal!r}")
            self.signal = signal
        self.clear()
        self._set_titles()
        self.runs = runs
        if not runs:
            self.title.setText("")
            return
        for i, results in enumerate(runs):
            color = PALETTE[i % len(PALETTE)]
            label = results[0].label
            proxy = pg.PlotDataItem(pen=self._pen(color, False))  # a legend sample, not plotted
            self.legend.addItem(proxy, html.escape(label))
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
        first = runs[0][0]
        layers = [h.layer for h in first.histograms[:HIST_PLOTS]]
        for k, plot in enumerate(self.hist_plots):
            text = _t("hist", self.lang).format(layer=layers[k]) if k < len(layers) else ""
            plot.setTitle(html.escape(text), color=self._fg.name(), size="9pt")
        cfg = first.config
        init = depth.INIT_NAMES[cfg.init]
        if cfg.init == "normal" and cfg.sigma is not None:
            init = f"N(0, {_fmt(cfg.sigma)}²)"
        summary = _t("summary", self.lang).format(
            init=init,
            layers=cfg.layers,
            width=cfg.width,
            bias=_fmt(cfg.bias),
            batch=cfg.batch,
            seed=cfg.seed,
        )
        if len(runs[0]) > 1:
            summary += _t("seeds", self.lang).format(n=len(runs[0]))
        self.title.setText(html.escape(summary), color=self._fg.name())
        self.plots["mean_sq"].setXRange(0, cfg.layers, padding=0.02)
        for name in ROWS:
            if name != "fractions":
                self.plots[name].enableAutoRange(axis="y")
        self.plots["fractions"].setYRange(-0.06, 1.06, padding=0.0)

    # --- for tests -----------------------------------------------------------------

    def plotted(self, row: str, index: int, column: str) -> tuple[np.ndarray, np.ndarray]:
        """The data given to a line (before any log mapping): row, function index, column.

        Histograms: row "hist", column "0", "1" or "2" (x are the bin edges).
        """
        x, y = self._items[(row, index, column)].getOriginalDataset()
        return np.asarray(x), np.asarray(y)

    def has_band(self, row: str, index: int, column: str) -> bool:
        return (row, index, column) in self._bands

    # --- rendering -----------------------------------------------------------------

    def render_to(self, painter: QPainter, target: QRectF) -> None:
        view = self.layout_widget
        source = QRectF(view.viewport().rect())
        view.scene().render(painter, target, view.mapToScene(source.toRect()).boundingRect())


class DepthFigure:
    """An offscreen :class:`DepthPlots` of ``width`` x ``height`` pixels."""

    def __init__(
        self,
        runs: list[list[depth.DepthResult]],
        width: int,
        height: int,
        theme: str = "light",
        lang: str = "en",
    ) -> None:
        self.width, self.height = width, height
        self.plots = DepthPlots(theme=theme, lang=lang)
        self.plots.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.plots.resize(width, height)
        self.plots.show_results(runs)
        self.plots.show()
        app = QApplication.instance()
        for _ in range(3):
            app.processEvents()

    def close(self) -> None:
        self.plots.close()
        self.plots.deleteLater()

    def image(self) -> QImage:
        img = QImage(QSize(self.width, self.height), QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor(self.plots.theme["background"]))
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.plots.render_to(p, QRectF(0, 0, self.width, self.height))
        p.end()
        return img

    def save(self, path: str | Path) -> None:
        suffix = Path(path).suffix.lower()
        if suffix == ".png":
            img = self.image()

            def write_png(tmp: str) -> None:
                if not img.save(tmp, "PNG"):
                    raise OSError(f"could not write PNG to {path}")

            atomic_write_with(path, write_png)
        elif suffix == ".svg":

            def write_svg(tmp: str) -> None:
                gen = QSvgGenerator()
                gen.setFileName(tmp)
                gen.setSize(QSize(self.width, self.height))
                gen.setViewBox(QRectF(0, 0, self.width, self.height))
                gen.setTitle("actgui depth lab")
                gen.setDescription(", ".join(r[0].label for r in self.plots.runs))
                p = QPainter(gen)
                p.fillRect(
                    QRectF(0, 0, self.width, self.height), QColor(self.plots.theme["background"])
                )
                self.plots.render_to(p, QRectF(0, 0, self.width, self.height))
                p.end()

            atomic_write_with(path, write_svg)
        else:
            got = suffix or "a file without suffix"
            raise ValueError(f"cannot export the depth figure as {got!r}; use .png or .svg")


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


# --- the lab --------------------------------------------------------------------------


class _Job:
    """One batch of runs in a worker thread; the GUI polls it (no Qt objects here)."""

    def __init__(
        self,
        functions: list[str],
        config: depth.DepthConfig,
        repeats: int,
        hist_layers: tuple[int, ...] | None = None,
    ) -> None:
        self.functions, self.config, self.repeats = functions, config, repeats
        self.hist_layers = hist_layers
        self.done, self.total = 0, 1
        self.result: list[list[depth.DepthResult]] | None = None
        self.error: str | None = None
        self.cancelled = False
        self.started = time.perf_counter()
        self.seconds = 0.0
        self._stop = threading.Event()
        self.finished = threading.Event()
        self.thread = threading.Thread(target=self._work, name="actgui-depth", daemon=True)

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise depth.Cancelled
        self.done, self.total = done, total

    def _work(self) -> None:
        try:
            self.result = depth.simulate_many(
                self.functions,
                self.config,
                self.repeats,
                hist_layers=self.hist_layers,
                progress=self._progress,
            )
        except depth.Cancelled:
            self.cancelled = True
        except ValueError as exc:
            self.error = str(exc)
        except Exception as exc:  # shown in the lab rather than lost in a thread
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            self.seconds = time.perf_counter() - self.started
            self.finished.set()

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self._stop.set()


class _Canceller:
    """Cancels the lab's current job; connected to ``destroyed``."""

    def __init__(self) -> None:
        self.job: _Job | None = None

    def __call__(self, *_: object) -> None:
        if self.job is not None:
            self.job.cancel()


class DepthLab(QWidget):
    """Controls and plots of the depth lab; runs in a worker thread."""

    #: a run ended: its results are shown, or it failed, or it was cancelled
    sigFinished = Signal()

    def __init__(
        self, parent: QWidget | None = None, lang: str = "en", theme: str = "light"
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.results: list[list[depth.DepthResult]] | None = None
        self._job: _Job | None = None
        self._applying = False
        # cancels a running job when the widget goes away (holds no reference to self)
        self._canceller = _Canceller()
        self.destroyed.connect(self._canceller)
        L = lambda key: _t(key, lang)

        self.plots = DepthPlots(lang=lang, theme=theme)

        controls = QWidget()
        outer = QVBoxLayout(controls)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)
        self.preset_combo = QComboBox()
        self.preset_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.preset_combo.setMinimumContentsLength(16)
        self.preset_combo.addItem(L("custom"), "")
        for p in depth.PRESETS:
            self.preset_combo.addItem(p.title(lang), p.id)
            self.preset_combo.setItemData(
                self.preset_combo.count() - 1, p.title(lang), Qt.ItemDataRole.ToolTipRole
            )
        form.addRow(L("preset"), self.preset_combo)

        self.function_list = QListWidget()
        self.function_list.setMaximumHeight(110)
        self.function_edit = QComboBox()
        self.function_edit.setEditable(True)
        self.function_edit.addItems(catalog.ids())
        self.function_edit.setToolTip(L("tip_add"))
        self.add_button = QPushButton(L("add"))
        self.remove_button = QPushButton(L("remove"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.function_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        form.addRow(QLabel(L("functions")))
        form.addRow(self.function_list)
        form.addRow(add_row)

        self.layers_spin = QSpinBox()
        self.layers_spin.setRange(depth.MIN_LAYERS, depth.MAX_LAYERS)
        self.width_spin = QSpinBox()
        self.width_spin.setRange(depth.MIN_WIDTH, depth.MAX_WIDTH)
        self.width_spin.setSingleStep(64)
        self.init_combo = QComboBox()
        for name in depth.INITS:
            self.init_combo.addItem(depth.INIT_NAMES[name], name)
        self.sigma_spin = QDoubleSpinBox()
        self.sigma_spin.setDecimals(4)
        self.sigma_spin.setRange(0.0001, depth.MAX_SIGMA)
        self.sigma_spin.setSingleStep(0.01)
        self.sigma_spin.setValue(0.05)
        self.bias_spin = QDoubleSpinBox()
        self.bias_spin.setDecimals(3)
        self.bias_spin.setRange(-depth.MAX_ABS_BIAS, depth.MAX_ABS_BIAS)
        self.bias_spin.setSingleStep(0.1)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1 - depth.MAX_REPEATS)
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(depth.MIN_BATCH, depth.MAX_BATCH)
        self.batch_spin.setSingleStep(32)
        self.repeats_spin = QSpinBox()
        self.repeats_spin.setRange(1, depth.MAX_REPEATS)
        self.eps_spin = QDoubleSpinBox()
        self.eps_spin.setDecimals(6)
        self.eps_spin.setRange(1e-6, 1.0)
        self.eps_spin.setSingleStep(0.001)
        self.hist_edit = QLineEdit()
        self.hist_edit.setPlaceholderText(L("hist_default"))
        self.signal_combo = QComboBox()
        self.signal_combo.addItem(L("act"), "act")
        self.signal_combo.addItem(L("preact"), "preact")
        for key, widget in (
            ("layers", self.layers_spin),
            ("width", self.width_spin),
            ("init", self.init_combo),
            ("sigma", self.sigma_spin),
            ("bias", self.bias_spin),
            ("seed", self.seed_spin),
            ("batch", self.batch_spin),
            ("repeats", self.repeats_spin),
            ("eps", self.eps_spin),
            ("hist_layers", self.hist_edit),
            ("show", self.signal_combo),
        ):
            form.addRow(L(key), widget)

        self.run_button = QPushButton(L("run"))
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(L("cancel"))
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton(L("export"))
        self.export_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        form.addRow(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        form.addRow(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.status)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(controls)
        scroll.setMinimumWidth(controls.sizeHint().width() + 24)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.plots)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([scroll.minimumWidth(), 1000])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._poll)

        self.preset_combo.currentIndexChanged.connect(self._on_preset_chosen)
        self.add_button.clicked.connect(self._on_add)
        self.function_edit.lineEdit().returnPressed.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.init_combo.currentIndexChanged.connect(self._sync_sigma)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self._on_export)
        self.signal_combo.currentIndexChanged.connect(self._on_signal)
        for w in (
            self.layers_spin,
            self.width_spin,
            self.sigma_spin,
            self.bias_spin,
            self.seed_spin,
            self.batch_spin,
            self.repeats_spin,
            self.eps_spin,
        ):
            w.valueChanged.connect(self._on_edited)
        self.init_combo.currentIndexChanged.connect(self._on_edited)
        self.function_list.model().rowsInserted.connect(self._on_edited)
        self.function_list.model().rowsRemoved.connect(self._on_edited)
        self.function_list.itemChanged.connect(self._on_edited)

        self.set_config(depth.DepthConfig(), 1)
        self.set_functions(["sigmoid", "tanh", "relu"])

    def apply_theme(self, theme: str) -> None:
        """Follow the window's theme ("light" or "dark"); the figure export stays light."""
        self.plots.apply_theme(theme)

    # --- reading and writing the controls ------------------------------------------

    def functions(self) -> list[str]:
        return [
            self.function_list.item(i).text().strip() for i in range(self.function_list.count())
        ]

    def set_functions(self, specs: list[str]) -> None:
        self.function_list.clear()
        for spec in specs:
            item = QListWidgetItem(spec)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.function_list.addItem(item)
        self._color_list()

    def _color_list(self) -> None:
        for i in range(self.function_list.count()):
            self.function_list.item(i).setForeground(QColor(PALETTE[i % len(PALETTE)]))

    def config(self) -> depth.DepthConfig:
        """The network the controls describe (ValueError if it is not valid)."""
        init = self.init_combo.currentData()
        return depth.DepthConfig(
            layers=self.layers_spin.value(),
            width=self.width_spin.value(),
            init=init,
            sigma=self.sigma_spin.value() if init == "normal" else None,
            bias=self.bias_spin.value(),
            seed=self.seed_spin.value(),
            batch=self.batch_spin.value(),
            eps=self.eps_spin.value(),
        ).checked()

    def repeats(self) -> int:
        return self.repeats_spin.value()

    def set_config(self, cfg: depth.DepthConfig, repeats: int = 1) -> None:
        cfg = cfg.checked()
        self._applying = True
        try:
            self.layers_spin.setValue(cfg.layers)
            self.width_spin.setValue(cfg.width)
            self.init_combo.setCurrentIndex(depth.INITS.index(cfg.init))
            if cfg.sigma is not None:
                self.sigma_spin.setValue(cfg.sigma)
            self.bias_spin.setValue(cfg.bias)
            self.seed_spin.setValue(cfg.seed)
            self.batch_spin.setValue(cfg.batch)
            self.repeats_spin.setValue(repeats)
            self.eps_spin.setValue(cfg.eps)
        finally:
            self._applying = False
        self._sync_sigma()

    def _sync_sigma(self) -> None:
        self.sigma_spin.setEnabled(self.init_combo.currentData() == "normal")

    def _on_edited(self, *_: object) -> None:
        """A hand edit leaves the preset: the combo says so."""
        if self._applying or self.preset_combo.currentIndex() == 0:
            return
        self._applying = True
        try:
            self.preset_combo.setCurrentIndex(0)
        finally:
            self._applying = False

    def _on_add(self) -> None:
        text = self.function_edit.currentText().strip()
        if not text:
            return
        try:
            depth.resolve_function(text)
        except ValueError as exc:
            self._show_error(str(exc))
            return
        self.set_functions([*self.functions(), text])
        self.status.setText("")

    def _on_remove(self) -> None:
        rows = sorted((i.row() for i in self.function_list.selectedIndexes()), reverse=True)
        if not rows and self.function_list.count():
            rows = [self.function_list.count() - 1]
        specs = self.functions()
        for r in rows:
            del specs[r]
        self.set_functions(specs)

    def _on_signal(self) -> None:
        if self.results is not None:
            self.plots.show_results(self.results, self.signal_combo.currentData())
        else:
            self.plots.signal = self.signal_combo.currentData()
            self.plots._set_titles()

    # --- presets -------------------------------------------------------------------

    def apply_preset(self, preset_id: str) -> depth.DepthPreset:
        """Put a preset's functions and settings in the controls; show its explanation."""
        p = depth.preset(preset_id)
        self._applying = True
        try:
            self.preset_combo.setCurrentIndex(1 + depth.PRESETS.index(p))
            self.set_functions(list(p.functions))
        finally:
            self._applying = False
        self.set_config(p.config, p.repeats)
        self._show_explanation(p)
        return p

    def _show_explanation(self, p: depth.DepthPreset) -> None:
        self.status.setStyleSheet("")
        self.status.setText("\n".join(p.explanation(self.lang)))

    def run_preset(self, preset_id: str) -> bool:
        self.apply_preset(preset_id)
        return self.start()

    def _on_preset_chosen(self, index: int) -> None:
        if self._applying or index <= 0:
            return
        self.run_preset(self.preset_combo.itemData(index))

    # --- running -------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self) -> bool:
        """Start a run with the current controls; False (and a message) if they are invalid."""
        if self._job is not None:
            return False
        specs = [s for s in self.functions() if s]
        if not specs:
            self._show_error(_t("no_function", self.lang))
            return False
        try:
            cfg = self.config()
            depth.seeds_for(cfg.seed, self.repeats())
            for spec in specs:
                depth.resolve_function(spec)
            hist = depth.parse_hist_layers(self.hist_edit.text(), cfg.layers)
        except ValueError as exc:
            self._show_error(str(exc))
            return False
        self._job = _Job(specs, cfg, self.repeats(), hist)
        self._canceller.job = self._job
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._job.start()
        self._timer.start()
        return True

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until the current run ends and its results are shown (tests, scripts)."""
        job = self._job
        if job is None:
            return True
        if not job.finished.wait(timeout):
            return False
        self._poll()
        return True

    def _poll(self) -> None:
        job = self._job
        if job is None:
            self._timer.stop()
            return
        self.progress.setValue(int(1000 * job.done / max(job.total, 1)))
        if not job.finished.is_set():
            return
        job.thread.join()
        self._timer.stop()
        self._job = None
        self._canceller.job = None
        self.unsetCursor()
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if job.cancelled:
            self.progress.setValue(0)
            self._show_message(_t("cancelled", self.lang))
        elif job.error is not None:
            self.progress.setValue(0)
            self._show_error(job.error)
        else:
            assert job.result is not None
            self.results = job.result
            self.progress.setValue(1000)
            self.plots.show_results(job.result, self.signal_combo.currentData())
            self.export_button.setEnabled(True)
            n = sum(len(r) for r in job.result)
            text = _t("done", self.lang).format(n=n, seconds=job.seconds)
            clamped = max(int(r.clamped.sum()) for rs in job.result for r in rs)
            if clamped:
                text += _t("clamped", self.lang).format(n=clamped)
            index = self.preset_combo.currentIndex()
            if index > 0:
                p = depth.preset(self.preset_combo.itemData(index))
                text = "\n".join(p.explanation(self.lang)) + "\n" + text
            self._show_message(text)
        self.sigFinished.emit()

    def _show_message(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def _show_error(self, text: str) -> None:
        self.status.setStyleSheet("color: #C0392B;")
        self.status.setText(text)

    # --- export --------------------------------------------------------------------

    def export(self, path: str | Path, width: int = 1400, height: int = 900) -> None:
        """Write the shown results: .csv (per-layer table), .png or .svg (the plots)."""
        if not self.results:
            raise ValueError("nothing to export yet: run the lab first")
        suffix = Path(path).suffix.lower()
        if suffix == ".csv":
            flat = [r for rs in self.results for r in rs]
            atomic_write_bytes(path, depth.csv_text(flat).encode("utf-8"))
        else:
            export_depth_figure(self.results, path, width, height, lang=self.lang)

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, _t("export", self.lang), "depth.png", "PNG (*.png);;SVG (*.svg);;CSV (*.csv)"
        )
        if not path:
            return
        try:
            self.export(path)
        except (OSError, ValueError) as exc:
            self._show_error(str(exc))
            return
        self._show_message(_t("saved", self.lang).format(path=path))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.cancel()
        if self._job is not None:
            self._job.finished.wait(5.0)
        super().closeEvent(event)
