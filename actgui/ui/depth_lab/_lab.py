"""The depth lab: what activations do to signals and gradients through a deep network.

:class:`DepthLab` holds the controls (functions, depth, width, init, sigma, bias,
seed, batch, seeds, presets) and a :class:`DepthPlots`; a run happens in a
worker thread (the window stays responsive, a run can be cancelled) and its
:mod:`actgui.core.depth` results are drawn as they are.  :func:`export_depth_figure`
renders the same plots offscreen to PNG or SVG for ``actgui depth``.

Texts go through Qt Linguist (``self.tr``, contexts ``DepthLab`` and
``DepthPlots``), in the widget's own ``lang``: the window's language (followed
live on ``LanguageChange``), or the one asked for by ``actgui depth --lang``
without installing a translator.  The presets' titles and explanations are
the core's (:class:`actgui.core.depth.DepthPreset`), in the same language.
"""

from __future__ import annotations

import html
import json
import math
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QEvent,
    QRectF,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QTextOption
from PySide6.QtWidgets import (
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
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ...core import catalog, depth
from ...core.state import PALETTE, Curve
from ...io_atomic import atomic_write_bytes
from ..lab_figure import LabFigure
from ..plot_canvas import THEMES

try:  # PySide6 exposes the marker as a function that returns its text
    from PySide6.QtCore import QT_TRANSLATE_NOOP
except ImportError:  # pragma: no cover

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        return text


#: Kept for old callers: log plots no longer draw exact zeros at this height.
LOG_FLOOR = 1e-300
#: a log plot's y range: this many decades of margin around its positive values ...
LOG_MARGIN = 1.0
#: ... and at least this many decades in all
LOG_MIN_SPAN = 4.0
#: exact zeros (a dead network) are drawn this far above the bottom edge (part of the span)
ZERO_LIFT = 0.035
ROWS = ("mean_sq", "mean_std", "grad", "fractions")
LOG_ROWS = ("mean_sq", "grad")
HIST_PLOTS = depth.MAX_SHOWN_HISTOGRAMS
BAND_ALPHA = 50
#: a histogram bin this many times higher than everything else is a spike: the
#: y axis stops above the rest and the spike's height is written at the top
SPIKE_RATIO = 3.0
#: the colour of an error message, readable on each theme's window colour
ERROR_COLOURS = {"light": "#C0392B", "dark": "#FF7B6B"}
#: spikes are cut when they rise this many times above the highest other bin
CUT_ABOVE = 1.5
#: headroom above the highest bin shown
HIST_HEADROOM = 1.15
#: y range of the fractions row: room for the labels of 0 and 1 in a low row
FRACTION_RANGE = (-0.1, 1.1)

#: the initialisations' names (depth.INIT_NAMES), for Qt Linguist
INIT_WORDS = (
    QT_TRANSLATE_NOOP("DepthLab", "Glorot/Xavier uniform"),
    QT_TRANSLATE_NOOP("DepthLab", "Glorot/Xavier normal"),
    QT_TRANSLATE_NOOP("DepthLab", "He/Kaiming normal"),
    QT_TRANSLATE_NOOP("DepthLab", "LeCun normal"),
    QT_TRANSLATE_NOOP("DepthLab", "orthogonal"),
)


# --- languages ---------------------------------------------------------------------

_translators: dict[str, QTranslator | None] = {}


def translate(lang: str, context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` of ``context`` in ``lang`` from actgui's Qt Linguist file.

    Independent of the translator installed in the application, so the command
    line can label a figure in any language; English, or a text without
    translation, stays as it is.
    """
    if lang == "en" or not text:
        return text
    if lang not in _translators:
        from ..i18n import QM_DIR

        tr: QTranslator | None = QTranslator()
        if not tr.load(str(QM_DIR / f"actgui_{lang}.qm")):
            tr = None
        _translators[lang] = tr
    tr = _translators[lang]
    if tr is None:
        return text
    return tr.translate(context, text, disambiguation) or text


def app_language() -> str:
    """The language code of the translator the application has installed ('en': none)."""
    from .. import i18n

    return i18n.current()


def init_name(init: str, lang: str) -> str:
    return translate(lang, "DepthLab", depth.INIT_NAMES[init])


def log_range(values: list[np.ndarray]) -> tuple[float, float]:
    """A log plot's y range (in decades, log10) for ``values``: their finite positive
    values with :data:`LOG_MARGIN` decades each side and at least :data:`LOG_MIN_SPAN`
    decades in all.  Zeros do not count: they are drawn at the bottom edge, so one
    dead network does not stretch the axis down to 1e-300 and flatten every other line.
    """
    pos = [v[np.isfinite(v) & (v > 0.0)] for v in values]
    pos = [v for v in pos if v.size]
    if not pos:
        return -2.0, 2.0
    both = np.concatenate(pos)
    lo = math.floor(math.log10(float(both.min())) + 1e-9) - LOG_MARGIN
    hi = math.ceil(math.log10(float(both.max())) - 1e-9) + LOG_MARGIN
    if hi - lo < LOG_MIN_SPAN:
        grow = LOG_MIN_SPAN - (hi - lo)
        lo -= math.ceil(grow / 2)
        hi += math.floor(grow / 2)
    return float(lo), float(hi)


def function_name(spec: str) -> str:
    """What the lab shows for a function spec: ``leaky_relu(negative_slope=0.2)`` is
    ``Leaky ReLU (negative_slope=0.2)``, as the main window's labels (parameters
    shown where they differ from the defaults); a custom ``expr:`` spec stays as it is."""
    text = spec.strip()
    if text.startswith("expr:"):
        return text
    try:
        act, params = catalog.parse_spec(text)
        return Curve(0, act.id, params, PALETTE[0]).label()
    except (ValueError, KeyError):
        return text


def _fmt(v: float) -> str:
    return f"{v:g}"


def hist_top(fractions: list[np.ndarray]) -> tuple[float, bool]:
    """The top of a histogram plot's y axis, and whether spikes are cut there.

    A spike is one bin at least :data:`SPIKE_RATIO` times higher than every other
    bin of its curve (ReLU's exact zeros).  A spike is a line: cutting it hides
    nothing (its height is written at the top instead), while drawing it whole
    squashes the other histograms.  So when spikes rise more than
    :data:`CUT_ABOVE` times above everything else, the axis ends a little above
    the highest bin that is not a spike; otherwise it holds everything.
    """
    peaks, bodies, spiky = [], [], False
    for f in fractions:
        if f.size == 0:
            continue
        i = int(np.argmax(f))
        top = float(f[i])
        rest = float(np.delete(f, i).max()) if f.size > 1 else 0.0
        spike = top > SPIKE_RATIO * rest
        spiky |= spike
        peaks.append(top)
        bodies.append(rest if spike else top)
    if not peaks:
        return 1.0, False
    peak, body = max(peaks), max(bodies)
    if spiky and body > 0.0 and peak > CUT_ABOVE * body:
        return body * HIST_HEADROOM, True
    return max(peak * 1.05, 1e-12), False


# --- pieces of the figure ------------------------------------------------------------


class _PlainAxis(pg.AxisItem):
    """An axis that never rescales its tick labels by an SI factor.

    pyqtgraph 0.14 computes the SI scale in ``updateAutoSIPrefix`` even when
    auto SI prefixes are off; ``enableAutoSIPrefix(False)`` on an axis with a
    visible label (a theme switch re-styles the axes) then multiplied the
    histograms' fractions by 1000.
    """

    def __init__(self, orientation: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(orientation, **kwargs)
        self.autoSIPrefix = False

    def updateAutoSIPrefix(self) -> None:
        if self.autoSIPrefix:
            super().updateAutoSIPrefix()
            return
        self.autoSIPrefixScale = 1.0
        self.labelUnitPrefix = ""
        self._updateLabel()


class _DecadeAxis(_PlainAxis):
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


class WrapLabel(pg.LabelItem):
    """A centred text that wraps to the width the layout gives it.

    pyqtgraph's LabelItem asks for its whole one-line width as a minimum, so a
    long title pushed the figure wider than its window and was cut off.  This
    one asks for little width, wraps (between words, or anywhere in a word that
    is longer than the line) and asks for the height of its lines.
    """

    #: the height asked for changed (the figure may have to be fitted to its view again)
    sigHeightChanged = Signal()

    MIN_WIDTH = 40.0
    WRAP_FROM = 120.0

    def __init__(self, text: str = "", **args) -> None:  # type: ignore[no-untyped-def]
        self._hints: tuple[float, float, float] = (0.0, 0.0, 0.0)
        super().__init__(text, **args)

    def updateMin(self) -> None:  # LabelItem's one-line minimum: replaced by _fit
        pass

    def resizeEvent(self, ev) -> None:  # type: ignore[no-untyped-def]
        self._fit()

    def lines(self) -> int:
        """How many lines the text takes at the current width."""
        if not self.text:
            return 0
        doc = self.item.document()
        doc.documentLayout()  # laid out
        block, n = doc.begin(), 0
        while block.isValid():
            n += block.layout().lineCount()
            block = block.next()
        return n

    def _fit(self) -> None:
        item = self.item
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        item.document().setDefaultTextOption(option)
        item.setTextWidth(-1)
        natural = item.boundingRect().width()
        width = self.size().width()
        # narrower than WRAP_FROM: not laid out yet (or absurdly small): one line
        if width >= self.WRAP_FROM and natural > width:
            item.setTextWidth(width)
        else:
            item.setTextWidth(natural)  # one line, centred by the alignment
        rect = item.boundingRect()
        height = rect.height() if self.text else 0.0
        item.setPos(max(0.0, (width - rect.width()) / 2) if width > 0 else 0.0, 0.0)
        hints = (min(self.MIN_WIDTH, natural), natural, height)
        if hints != self._hints:
            self._hints = hints
            self._sizeHint = {
                Qt.SizeHint.MinimumSize: (hints[0], height),
                Qt.SizeHint.PreferredSize: (hints[1], height),
                Qt.SizeHint.MaximumSize: (1e6, height),
                Qt.SizeHint.MinimumDescent: (0, 0),
            }
            self.setMinimumSize(hints[0], height)
            self.setMaximumHeight(height)
            self.updateGeometry()
            self.sigHeightChanged.emit()


def _install_title(plot: pg.PlotItem) -> WrapLabel:
    """Give ``plot`` a wrapping title (pyqtgraph's has a fixed 30 px row)."""
    old = plot.titleLabel
    plot.layout.removeItem(old)
    if old.scene() is not None:
        old.scene().removeItem(old)
    old.setParentItem(None)
    old.deleteLater()  # an orphan nobody would delete otherwise
    label = WrapLabel("", size="9pt")
    label.setParentItem(plot)
    plot.layout.addItem(label, 0, 1)
    plot.layout.setRowMinimumHeight(0, 0)
    plot.layout.setRowMaximumHeight(0, 1e6)
    plot.titleLabel = label
    return label


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

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return translate(self.lang, "DepthPlots", text, disambiguation)

    def set_language(self, lang: str) -> None:
        """Label the plots in ``lang`` ('en', 'zh_CN')."""
        if lang != self.lang:
            self.lang = lang
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
                    marks = pg.ScatterPlotItem(
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


# --- the lab --------------------------------------------------------------------------

#: where the function list keeps an item's spec (its text is the function's name)
SPEC_ROLE = Qt.ItemDataRole.UserRole
#: the lab's settings in QSettings: "depth/<key>"
SETTINGS_PREFIX = "depth/"
#: the functions before anything was saved
DEFAULT_FUNCTIONS = ("sigmoid", "tanh", "relu")


class _SpecDelegate(QStyledItemDelegate):
    """Edits a function list item's spec (``elu(alpha=0.5)``); the item shows its name."""

    def setEditorData(self, editor, index) -> None:  # type: ignore[no-untyped-def]
        editor.setText(index.data(SPEC_ROLE) or index.data() or "")

    def setModelData(self, editor, model, index) -> None:  # type: ignore[no-untyped-def]
        text = editor.text().strip()
        if not text or text == index.data(SPEC_ROLE):
            return
        model.setData(index, text, SPEC_ROLE)
        model.setData(index, text, Qt.ItemDataRole.ToolTipRole)
        model.setData(index, function_name(text), Qt.ItemDataRole.DisplayRole)


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
    """Controls and plots of the depth lab; runs in a worker thread.

    Left: the controls in a scroll area, with Run, Cancel and Export always in
    view below them.  Right: the message (a preset's explanation, the run's
    timing, or what was wrong), then the plots, or before the first run a
    note saying what to do.
    """

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
        #: what the message line says, made again in a new language; and whether an error
        self._message: Callable[[], str] | None = None
        self._message_is_error = False
        # cancels a running job when the widget goes away (holds no reference to self)
        self._canceller = _Canceller()
        self.destroyed.connect(self._canceller)

        self.plots = DepthPlots(lang=lang, theme=theme)

        # --- controls
        controls = QWidget()
        outer = QVBoxLayout(controls)
        outer.setContentsMargins(6, 6, 6, 6)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        outer.addLayout(form)
        outer.addStretch(1)
        self.preset_label = QLabel()
        self.preset_combo = QComboBox()
        self.preset_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.preset_combo.setMinimumContentsLength(14)
        self.preset_combo.addItem("", "")
        for p in depth.PRESETS:
            self.preset_combo.addItem("", p.id)
        form.addRow(self.preset_label)
        form.addRow(self.preset_combo)

        self.functions_label = QLabel()
        self.function_list = QListWidget()
        self.function_list.setMaximumHeight(92)
        self.function_list.setItemDelegate(_SpecDelegate(self.function_list))
        self.function_edit = QComboBox()
        self.function_edit.setEditable(True)
        self.function_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for fid in catalog.ids():  # names shown, ids kept as data
            self.function_edit.addItem(function_name(fid), fid)
        self.function_edit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.function_edit.setMinimumContentsLength(8)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        add_row = QHBoxLayout()
        add_row.addWidget(self.function_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        form.addRow(self.functions_label)
        form.addRow(self.function_list)
        form.addRow(add_row)

        self.layers_spin = QSpinBox()
        self.layers_spin.setRange(depth.MIN_LAYERS, depth.MAX_LAYERS)
        self.width_spin = QSpinBox()
        self.width_spin.setRange(depth.MIN_WIDTH, depth.MAX_WIDTH)
        self.width_spin.setSingleStep(64)
        self.init_combo = QComboBox()
        for name in depth.INITS:
            self.init_combo.addItem("", name)
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
        self.signal_combo = QComboBox()
        self.signal_combo.addItem("", "act")
        self.signal_combo.addItem("", "preact")
        self._form_labels: dict[str, QLabel] = {}
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
            label = QLabel()
            label.setBuddy(widget)
            self._form_labels[key] = label
            form.addRow(label, widget)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(controls)

        # --- Run, Cancel, Export: always in view
        self.run_button = QPushButton()
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 6)
        left_lay.setSpacing(4)
        left_lay.addWidget(self.scroll, 1)
        footer = QVBoxLayout()
        footer.setContentsMargins(6, 0, 6, 0)
        footer.addLayout(buttons)
        footer.addWidget(self.progress)
        left_lay.addLayout(footer)
        self.controls_panel = left

        # --- the message, and the plots or what to do before the first run
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setContentsMargins(8, 4, 8, 4)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.status.hide()
        self.empty = QWidget()
        empty_lay = QVBoxLayout(self.empty)
        empty_lay.addStretch(2)
        self.empty_title = QLabel()
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setWordWrap(True)
        font = QFont(self.empty_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.empty_title.setFont(font)
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)  # the palette's quieter text colour
        empty_lay.addWidget(self.empty_title)
        empty_lay.addWidget(self.empty_hint)
        empty_lay.addStretch(3)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.plots)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.setSpacing(0)
        right_lay.addWidget(self.status)
        right_lay.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.splitter)

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
        spins = (
            self.layers_spin,
            self.width_spin,
            self.sigma_spin,
            self.bias_spin,
            self.seed_spin,
            self.batch_spin,
            self.repeats_spin,
            self.eps_spin,
        )
        for w in spins:
            w.valueChanged.connect(self._on_edited)
        self.init_combo.currentIndexChanged.connect(self._on_edited)
        self.function_list.model().rowsInserted.connect(self._on_edited)
        self.function_list.model().rowsRemoved.connect(self._on_edited)
        self.function_list.itemChanged.connect(self._on_edited)

        self._restoring = True  # nothing is saved until the saved settings are back
        self._retranslate()
        self._fit_controls()
        self.set_config(depth.DepthConfig(), 1)
        self.set_functions(list(DEFAULT_FUNCTIONS))
        self.restore_settings()
        for spin in spins:
            spin.valueChanged.connect(self.save_settings)
        for combo in (self.init_combo, self.preset_combo, self.signal_combo):
            combo.currentIndexChanged.connect(self.save_settings)
        self.hist_edit.textChanged.connect(self.save_settings)
        model = self.function_list.model()
        model.rowsInserted.connect(self.save_settings)
        model.rowsRemoved.connect(self.save_settings)
        model.dataChanged.connect(self.save_settings)

    # --- settings ------------------------------------------------------------------

    def save_settings(self, *_: object) -> None:
        """Remember the controls in QSettings ("depth/..."); results are not kept."""
        if self._restoring:
            return
        s = QSettings()
        p = SETTINGS_PREFIX
        s.setValue(p + "functions", json.dumps(self.functions()))
        s.setValue(p + "layers", self.layers_spin.value())
        s.setValue(p + "width", self.width_spin.value())
        s.setValue(p + "init", self.init_combo.currentData())
        s.setValue(p + "sigma", repr(self.sigma_spin.value()))
        s.setValue(p + "bias", repr(self.bias_spin.value()))
        s.setValue(p + "seed", self.seed_spin.value())
        s.setValue(p + "batch", self.batch_spin.value())
        s.setValue(p + "seeds", self.repeats_spin.value())
        s.setValue(p + "eps", repr(self.eps_spin.value()))
        s.setValue(p + "hist_layers", self.hist_edit.text())
        s.setValue(p + "preset", self.preset_combo.currentData() or "")
        s.setValue(p + "signal", self.signal_combo.currentData())

    def restore_settings(self) -> list[str]:
        """Put the saved controls back; a value that is not valid (edited by hand, from
        an older version) keeps the default, and the message line names it.  Returns
        the keys that were not valid."""
        s = QSettings()
        p = SETTINGS_PREFIX
        bad: list[str] = []

        def raw(key: str) -> str | None:
            value = s.value(p + key)
            if value is None:
                return None
            if isinstance(value, (list, tuple)):  # "a, b" in an ini file is a list
                value = ", ".join(str(v) for v in value)
            return str(value).strip()

        def number(key: str, spin: QSpinBox | QDoubleSpinBox) -> None:
            text = raw(key)
            if text is None:
                return
            try:
                value: float = int(text) if isinstance(spin, QSpinBox) else float(text)
            except ValueError:
                bad.append(key)
                return
            if not (math.isfinite(value) and spin.minimum() <= value <= spin.maximum()):
                bad.append(key)
                return
            spin.setValue(value)  # type: ignore[arg-type]

        def choice(key: str, combo: QComboBox) -> None:
            text = raw(key)
            if text is None:
                return
            i = combo.findData(text)
            if i < 0:
                bad.append(key)
                return
            combo.setCurrentIndex(i)

        self._restoring = self._applying = True
        try:
            text = raw("functions")
            if text is not None:
                try:
                    specs = json.loads(text)
                    if not (isinstance(specs, list) and all(isinstance(x, str) for x in specs)):
                        raise ValueError("not a list of specs")
                    for spec in specs:
                        depth.resolve_function(spec)
                    self.set_functions(specs)
                except (ValueError, TypeError):
                    bad.append("functions")
            for key, spin in (
                ("layers", self.layers_spin),
                ("width", self.width_spin),
                ("sigma", self.sigma_spin),
                ("bias", self.bias_spin),
                ("seed", self.seed_spin),
                ("batch", self.batch_spin),
                ("seeds", self.repeats_spin),
                ("eps", self.eps_spin),
            ):
                number(key, spin)
            choice("init", self.init_combo)
            choice("signal", self.signal_combo)
            text = raw("hist_layers")
            if text is not None:
                try:
                    depth.parse_hist_layers(text, self.layers_spin.value())
                    self.hist_edit.setText(text)
                except ValueError:
                    bad.append("hist_layers")
            text = raw("preset")
            if text:
                choice("preset", self.preset_combo)
        finally:
            self._restoring = self._applying = False
        self._sync_sigma()
        self.plots.signal = self.signal_combo.currentData()
        if bad:
            self._show_message(lambda: self._reset_note(bad))
        return bad

    def _reset_note(self, keys: list[str]) -> str:
        """Which saved settings were not valid, named as their controls are."""
        labels = {
            **self._form_labels,
            "functions": self.functions_label,
            "preset": self.preset_label,
            "seeds": self._form_labels["repeats"],
            "signal": self._form_labels["show"],
        }
        names = {k: labels[k].text() for k in keys}
        return self.tr(
            "Some saved settings were not valid and are back to their defaults: {names}."
        ).format(names=", ".join(names[k] for k in keys))

    # --- language and theme --------------------------------------------------------

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        """``text`` in the lab's language (Qt Linguist, context DepthLab)."""
        return translate(self.lang, "DepthLab", text, disambiguation)

    def set_language(self, lang: str) -> None:
        """Show every text in ``lang`` ('en', 'zh_CN'), now."""
        self.lang = lang
        self.plots.set_language(lang)
        self._retranslate()
        self._fit_controls()  # the labels' widths changed

    def _retranslate(self) -> None:
        self.preset_label.setText(self.tr("Preset"))
        self.preset_combo.setItemText(0, self.tr("(your own settings)"))
        self.preset_combo.setItemData(
            0, self.tr("Settings of your own: change any control"), Qt.ItemDataRole.ToolTipRole
        )
        for i, p in enumerate(depth.PRESETS, start=1):
            self.preset_combo.setItemText(i, p.title(self.lang))
            tip = p.title(self.lang) + "\n\n" + "\n".join(p.explanation(self.lang))
            self.preset_combo.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        self.preset_combo.setToolTip(
            self.tr("A classic experiment: choosing one sets the controls and runs it")
        )
        self.functions_label.setText(self.tr("Functions"))
        self.function_edit.setToolTip(
            self.tr(
                "Pick a function, or type a catalog id with parameters: "
                "leaky_relu(negative_slope=0.2)"
            )
        )
        self.function_list.setToolTip(
            self.tr("Double-click a function to edit its id and parameters")
        )
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected function (or the last one)"))
        labels = {
            "layers": self.tr("Layers"),
            "width": self.tr("Width"),
            "init": self.tr("Init"),
            "sigma": self.tr("σ (init normal)"),
            "bias": self.tr("Bias"),
            "seed": self.tr("Seed"),
            "batch": self.tr("Batch"),
            "repeats": self.tr("Seeds"),
            "eps": self.tr("Saturated if |f′| <"),
            "hist_layers": self.tr("Histogram layers"),
            "show": self.tr("Mean/std of"),
        }
        tips = {
            "layers": self.tr("Number of hidden layers, {lo} to {hi}").format(
                lo=depth.MIN_LAYERS, hi=depth.MAX_LAYERS
            ),
            "width": self.tr("Units per layer, {lo} to {hi}").format(
                lo=depth.MIN_WIDTH, hi=f"{depth.MAX_WIDTH:,}"
            ),
            "init": self.tr("How the weights are drawn"),
            "sigma": self.tr("Standard deviation of the weights (init N(0, σ²) only)"),
            "bias": self.tr("The bias of every unit"),
            "seed": self.tr("Random seed of the weights and inputs"),
            "batch": self.tr("Inputs pushed through the network, {lo} to {hi}").format(
                lo=depth.MIN_BATCH, hi=f"{depth.MAX_BATCH:,}"
            ),
            "repeats": self.tr("Runs with seeds seed, seed+1, …: the plots show median and range"),
            "eps": self.tr("A unit counts as saturated where |f′| is below this"),
            "hist_layers": self.tr("Up to 3 layers, e.g. 0, 10, 50 (0 is the input)"),
            "show": self.tr("Plot mean and standard deviation before or after the activation"),
        }
        for key, label in self._form_labels.items():
            label.setText(labels[key])
            label.setToolTip(tips[key])
            label.buddy().setToolTip(tips[key])
        for i, name in enumerate(depth.INITS):
            self.init_combo.setItemText(i, init_name(name, self.lang))
        self.hist_edit.setPlaceholderText(self.tr("first, middle, last"))
        self.signal_combo.setItemText(0, self.tr("activations"))
        self.signal_combo.setItemText(1, self.tr("pre-activations"))
        self.run_button.setText(self.tr("Run"))
        self.run_button.setToolTip(
            self.tr("Push a batch through the network and plot what happens")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the plots (PNG, SVG) or the numbers (CSV)"))
        self.empty_title.setText(self.tr("Choose activations and press Run"))
        self.empty_hint.setText(
            self.tr(
                "Or pick a preset: it sets the controls, runs at once and explains "
                "what the plots show."
            )
        )
        if self._message is not None:
            self.status.setText(self._message())

    def _fit_controls(self) -> None:
        """The controls' column as wide as its widest row needs (in this language)."""
        controls = self.scroll.widget()
        controls.adjustSize()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = controls.minimumSizeHint().width() + bar + 4
        self.controls_panel.setMinimumWidth(width)
        if sum(self.splitter.sizes()) == 0:  # first time; later the user's split stays
            self.splitter.setSizes([width, 1000])

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            lang = app_language()
            if lang != self.lang:
                self.set_language(lang)
        elif kind == QEvent.Type.PaletteChange:
            from .. import theme

            if theme.current() != self.plots.theme_name:
                self.apply_theme(theme.current())
            self._colour_status()
        super().changeEvent(event)

    def apply_theme(self, theme: str) -> None:
        """Follow the window's theme ("light" or "dark"); the figure export stays light."""
        if theme != self.plots.theme_name:
            self.plots.apply_theme(theme)
        self._colour_status()

    # --- reading and writing the controls ------------------------------------------

    def functions(self) -> list[str]:
        """The functions' specs (``leaky_relu(negative_slope=0.2)``), as listed."""
        specs = []
        for i in range(self.function_list.count()):
            item = self.function_list.item(i)
            spec = item.data(SPEC_ROLE)
            specs.append((spec if isinstance(spec, str) else item.text()).strip())
        return specs

    def function_names(self) -> list[str]:
        """What the function list shows: names, with parameters where given."""
        return [self.function_list.item(i).text() for i in range(self.function_list.count())]

    def set_functions(self, specs: list[str]) -> None:
        self.function_list.clear()
        for spec in specs:
            item = QListWidgetItem(function_name(spec))
            item.setData(SPEC_ROLE, spec)
            item.setToolTip(spec)
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
        # a name from the list (any case) stands for its id
        found = self.function_edit.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            text = self.function_edit.itemData(found)
        try:
            depth.resolve_function(text)
        except ValueError as exc:
            self._show_error(self._recheck(lambda: depth.resolve_function(text), str(exc)))
            return
        self.set_functions([*self.functions(), text])
        self._show_message(None)

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
            self.plots._retranslate()

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
        self._show_message(lambda: "\n".join(p.explanation(self.lang)))

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

    def _checked(
        self, specs: list[str], values: dict[str, object], repeats: int, hist_text: str
    ) -> tuple[depth.DepthConfig, tuple[int, ...] | None]:
        """The run the controls describe; ValueError naming what is wrong."""
        cfg = depth.DepthConfig(**values).checked()  # type: ignore[arg-type]
        depth.seeds_for(cfg.seed, repeats)
        for spec in specs:
            depth.resolve_function(spec)
        return cfg, depth.parse_hist_layers(hist_text, cfg.layers)

    @staticmethod
    def _recheck(check: Callable[[], object], said: str) -> Callable[[], str]:
        """A message that says again, in the current language, why ``check`` failed."""

        def text() -> str:
            try:
                check()
            except ValueError as exc:
                return str(exc)
            return said

        return text

    def start(self) -> bool:
        """Start a run with the current controls; False (and a message) if they are invalid."""
        if self._job is not None:
            return False
        specs = [s for s in self.functions() if s]
        if not specs:
            self._show_error(lambda: self.tr("Add at least one function, e.g. relu."))
            return False
        init = self.init_combo.currentData()
        values: dict[str, object] = {
            "layers": self.layers_spin.value(),
            "width": self.width_spin.value(),
            "init": init,
            "sigma": self.sigma_spin.value() if init == "normal" else None,
            "bias": self.bias_spin.value(),
            "seed": self.seed_spin.value(),
            "batch": self.batch_spin.value(),
            "eps": self.eps_spin.value(),
        }
        repeats, hist_text = self.repeats(), self.hist_edit.text()
        try:
            cfg, hist = self._checked(specs, values, repeats, hist_text)
        except ValueError as exc:
            check = lambda: self._checked(specs, values, repeats, hist_text)
            self._show_error(self._recheck(check, str(exc)))
            return False
        self._job = _Job(specs, cfg, repeats, hist)
        self._canceller.job = self._job
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._show_message(lambda: self.tr("Running…"))
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
            self._show_message(lambda: self.tr("Cancelled."))
        elif job.error is not None:
            self.progress.setValue(0)
            self._show_error(job.error)
        else:
            assert job.result is not None
            self.results = job.result
            self.progress.setValue(1000)
            self.plots.show_results(job.result, self.signal_combo.currentData())
            self.stack.setCurrentWidget(self.plots)
            self.export_button.setEnabled(True)
            n = sum(len(r) for r in job.result)
            seconds = job.seconds
            clamped = max(int(r.clamped.sum()) for rs in job.result for r in rs)
            index = self.preset_combo.currentIndex()
            p = depth.preset(self.preset_combo.itemData(index)) if index > 0 else None

            def text() -> str:
                done = (
                    self.tr("1 run in {seconds:.2f} s.")
                    if n == 1
                    else self.tr("{n} runs in {seconds:.2f} s.")
                ).format(n=n, seconds=seconds)
                if clamped:
                    done += " " + self.tr(
                        "Values beyond ±1e100 were clamped (exploding signal) at {n} layer(s)."
                    ).format(n=clamped)
                if p is not None:
                    done = "\n".join(p.explanation(self.lang)) + "\n" + done
                return done

            self._show_message(text)
        self.sigFinished.emit()

    def _show_message(self, text: Callable[[], str] | str | None, error: bool = False) -> None:
        """Say ``text`` above the plots (a callable: made again on a language switch)."""
        if isinstance(text, str):
            said = text
            text = lambda: said
        self._message = text
        self._message_is_error = error
        self._colour_status()
        self.status.setText(text() if text is not None else "")
        self.status.setVisible(text is not None)

    def _colour_status(self) -> None:
        """Errors in red, other messages in the palette's text colour (no style sheet:
        a widget's own style sheet outlived the application's style on a theme switch)."""
        palette = self.palette()
        if self._message_is_error:
            palette.setColor(
                palette.ColorRole.WindowText, QColor(ERROR_COLOURS[self.plots.theme_name])
            )
        self.status.setPalette(palette)

    def _show_error(self, text: Callable[[], str] | str) -> None:
        self._show_message(text, error=True)

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
            self, self.tr("Export…"), "depth.png", "PNG (*.png);;SVG (*.svg);;CSV (*.csv)"
        )
        if not path:
            return
        try:
            self.export(path)
        except (OSError, ValueError) as exc:
            self._show_error(str(exc))
            return
        self._show_message(lambda: self.tr("Saved {path}.").format(path=path))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.save_settings()
        self.cancel()
        if self._job is not None:
            self._job.finished.wait(5.0)
        super().closeEvent(event)
