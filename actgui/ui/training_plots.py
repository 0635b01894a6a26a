"""The training lab's figure: decision boundaries, learning curves, gradients, parameters.

:class:`TrainingPlots` draws a :class:`LabSnapshot` (copies of a
:class:`~actgui.core.training.Trainer`'s numbers at one epoch, safe to hand from
the worker thread to the window): per network its decision boundary over the
data (an image coloured by the predicted class, paler where the network is
unsure) with the training points on top; below, on axes shared by all networks,
the loss and the train/test accuracy over the epochs, the gradient norm of each
weight matrix at the current epoch (dashed: at the start), and the learned
activation parameters over the epochs.  :class:`TrainingFigure` renders it
offscreen to PNG, SVG or PDF (``actgui train --out FIG``, the lab's Export…),
without the parameters' plot when no network learns any (no empty panel).

Texts go through Qt Linguist (context ``TrainingPlots``) in the widget's own
``lang``, as the depth lab's do.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsGridLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import training as T
from ..core.state import PALETTE
from .depth_lab import (
    WrapLabel,
    _DecadeAxis,
    _install_title,
    _PlainAxis,
    function_name,
    init_name,
    log_range,
    translate,
)
from .lab_figure import LabFigure, VectorScatter
from .plot_canvas import THEMES

#: class colours of the data and the boundary images (Tableau: orange, blue, then others)
CLASS_COLOURS = ("#F28E2B", "#4E79A7", "#59A14F", "#B07AA1", "#E15759", "#76B7B2")
#: how strongly an image shows the predicted class: from unsure to sure
TINT_MIN, TINT_MAX = 0.12, 0.62
#: pixels per side of a decision boundary image
RESOLUTION = 72
ROWS = ("loss", "accuracy", "grad", "learned")
#: y range of the accuracy plot: room for the labels of 0 and 1
ACCURACY_RANGE = (-0.08, 1.08)
LOG_ROWS = ("loss", "grad")


@dataclass
class LabSnapshot:
    """A trainer's numbers at one epoch: copies, safe to read in another thread."""

    config: T.TrainConfig
    dataset: T.Dataset
    labels: list[str]
    epoch: int
    histories: list[T.History]
    #: per network: RESOLUTION x RESOLUTION x classes probabilities (row 0 at the bottom)
    grids: list[np.ndarray]
    #: a number per run: a new run's snapshot redraws the data points
    run_id: int = 0

    @classmethod
    def of(cls, trainer: T.Trainer, run_id: int = 0, grids: bool = True) -> LabSnapshot:
        e = trainer.epoch
        copies = []
        for h in trainer.histories:
            copies.append(
                replace(
                    h,
                    params=dict(h.params),
                    loss=h.loss[: e + 1].copy(),
                    train_accuracy=h.train_accuracy[: e + 1].copy(),
                    test_loss=h.test_loss[: e + 1].copy(),
                    test_accuracy=h.test_accuracy[: e + 1].copy(),
                    grad_norms=h.grad_norms[: e + 1].copy(),
                    learned=h.learned[: e + 1].copy(),
                )
            )
        maps = [trainer.grid(i, RESOLUTION) for i in range(len(trainer.networks))] if grids else []
        return cls(
            trainer.config,
            trainer.dataset,
            [h.label for h in trainer.histories],
            e,
            copies,
            maps,
            run_id,
        )


def _rgb(c: QColor) -> tuple[int, int, int]:
    return c.red(), c.green(), c.blue()


def boundary_image(probabilities: np.ndarray, background: str) -> np.ndarray:
    """An RGBA image (rows x cols x 4, uint8) of class probabilities (rows x cols x K):
    the predicted class's colour over ``background``, stronger where the network is sure."""
    p = np.nan_to_num(np.asarray(probabilities, dtype=np.float64), nan=0.0)
    k = p.shape[2]
    best = np.argmax(p, axis=2)
    top = np.take_along_axis(p, best[..., None], axis=2)[..., 0]
    sure = np.clip((top - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0)
    colours = np.array([_rgb(QColor(c)) for c in CLASS_COLOURS], dtype=np.float64)
    bg = np.array(_rgb(QColor(background)), dtype=np.float64)
    tint = (TINT_MIN + (TINT_MAX - TINT_MIN) * sure)[..., None]
    rgb = bg * (1.0 - tint) + colours[best % len(CLASS_COLOURS)] * tint
    out = np.empty((*best.shape, 4), dtype=np.uint8)
    out[..., :3] = np.clip(np.rint(rgb), 0, 255).astype(np.uint8)
    out[..., 3] = 255
    return out


def _percent(v: float) -> str:
    return "–" if not math.isfinite(v) else f"{100.0 * v:.1f} %"


class _SmoothImage(pg.ImageItem):
    """An image drawn with smooth scaling: a 72-pixel map does not look blocky."""

    def paint(self, p: QPainter, *args: object) -> None:
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        super().paint(p, *args)


class TrainingPlots(QWidget):
    """Decision boundaries above, learning curves, gradients and parameters below."""

    def __init__(
        self,
        parent: QWidget | None = None,
        theme: str = "light",
        lang: str = "en",
        drop_empty: bool = False,
    ) -> None:
        super().__init__(parent)
        #: leave out the learned parameters' plot when no network learns any (a
        #: figure for a paper carries no empty panel; the other plots take the room)
        self.drop_empty = drop_empty
        self.lang = lang
        self.theme_name = theme
        self.theme = THEMES[theme]
        self.layout_widget = pg.GraphicsLayoutWidget()
        self.layout_widget.setAntialiasing(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.layout_widget)
        ci = self.layout_widget.ci
        ci.setContentsMargins(6, 4, 6, 4)
        self.title = WrapLabel("", size="10pt")
        ci.addItem(self.title, row=0, col=0)
        self.legend = WrapLabel("", size="9pt")
        ci.addItem(self.legend, row=1, col=0)
        # the maps in a grid of our own: re-arranging it never takes a map out of the
        # scene (pyqtgraph's removeItem does, and a map left outside, owned by Python
        # alone, was deleted after the application at exit: a crash)
        self.maps_area = pg.GraphicsWidget()
        self._maps_grid = QGraphicsGridLayout()
        self._maps_grid.setContentsMargins(0, 0, 0, 0)
        self.maps_area.setLayout(self._maps_grid)
        ci.addItem(self.maps_area, row=2, col=0)
        self._grid_shape = (1, 1)
        self.rows_area = ci.addLayout(row=3, col=0)
        ci.layout.setRowStretchFactor(2, 3)
        ci.layout.setRowStretchFactor(3, 2)
        self.plots: dict[str, pg.PlotItem] = {}
        for i, name in enumerate(ROWS):
            axis = _DecadeAxis if name in LOG_ROWS else _PlainAxis
            plot = self.rows_area.addPlot(
                row=0, col=i, axisItems={"left": axis("left"), "bottom": _PlainAxis("bottom")}
            )
            plot.setMenuEnabled(False)
            plot.hideButtons()
            _install_title(plot)
            if name in LOG_ROWS:
                plot.setLogMode(x=False, y=True)
            plot.getAxis("left").setWidth(44)
            plot.getAxis("left").setStyle(hideOverlappingLabels=False)
            # equal columns: a long title (in any language) does not widen its plot
            plot.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.plots[name] = plot
        self.plots["accuracy"].setXLink(self.plots["loss"])
        self.plots["learned"].setXLink(self.plots["loss"])
        self.plots["accuracy"].setYRange(*ACCURACY_RANGE, padding=0.0)
        self.plots["accuracy"].getAxis("left").setTicks(
            [[(0.0, "0"), (0.5, "0.5"), (1.0, "1")], [(0.25, ""), (0.75, "")]]
        )
        self._pool: list[
            tuple[pg.PlotItem, pg.ImageItem, pg.ScatterPlotItem, object, pg.TextItem]
        ] = []
        self._brushes: list[object] = []
        self.map_plots: list[pg.PlotItem] = []
        self.images: list[pg.ImageItem] = []
        self.scatters: list[pg.ScatterPlotItem] = []
        self._lines: dict[tuple[str, int, str], pg.PlotDataItem] = {}
        #: the name of each learned parameter at the end of its line
        self._names: dict[tuple[int, str], pg.TextItem] = {}
        self.snapshot: LabSnapshot | None = None
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_scene)
        for label in (self.title, self.legend, *self._titles()):
            label.sigHeightChanged.connect(self._fit_timer.start)
        self.apply_theme(theme)

    def shown_rows(self) -> list[str]:
        """The names of the plots below the maps now in the figure, left to right."""
        grid = self.rows_area.layout
        items = [grid.itemAt(k) for k in range(grid.count())]
        return [name for name in ROWS if any(item is self.plots[name] for item in items)]

    def _place_rows(self, snap: LabSnapshot) -> None:
        """Lay out the plots below the maps: all of them, or without the learned
        parameters' plot when ``drop_empty`` and no network learns any.  The plots stay
        children of ``rows_area`` (pyqtgraph's removeItem would take them out of the
        scene, see the maps)."""
        empty = not any(h.learned_names for h in snap.histories)
        names = [n for n in ROWS if not (self.drop_empty and empty and n == "learned")]
        grid = self.rows_area.layout
        while grid.count():
            grid.removeAt(0)
        for name in ROWS:
            self.plots[name].setVisible(name in names)
        for col, name in enumerate(names):
            grid.addItem(self.plots[name], 0, col)
        for col in range(len(ROWS)):
            grid.setColumnStretchFactor(col, 1 if col < len(names) else 0)

    def _titles(self) -> list[WrapLabel]:
        return [p.titleLabel for p in (*self.plots.values(), *self.map_plots)]

    def fit_scene(self) -> None:
        """The figure exactly the size of its view (titles may have grown since), and the
        maps' row no taller than its square images need: the rest goes to the curves."""
        view = self.layout_widget
        rows, cols = self._grid_shape
        if self.map_plots:
            side = (view.width() - 12) / cols - 8
            title = max(p.titleLabel.size().height() for p in self.map_plots)
            need = rows * (side + title + 10)
            # the curves below keep at least a third of the figure
            self.layout_widget.ci.layout.setRowMaximumHeight(2, min(need, 0.6 * view.height()))
        want = QRectF(0, 0, view.width(), view.height())
        if view.ci.geometry() != want:
            view.ci.setGeometry(want)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    # --- language and theme --------------------------------------------------------

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.lang, "TrainingPlots", text, disambiguation)

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self._retranslate()

    def apply_theme(self, theme: str) -> None:
        """Colours of background, axes and texts: "light" or "dark"."""
        self.theme_name = theme
        self.theme = THEMES[theme]
        fg = QColor(self.theme["foreground"])
        self.layout_widget.setBackground(self.theme["background"])
        for plot in self.plots.values():
            plot.showGrid(x=True, y=True, alpha=self.theme["grid"])
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(fg))
                axis.setTextPen(pg.mkPen(fg))
        # recolour in place: nothing is made or deleted while Qt re-polishes the widgets
        snap = self.snapshot
        if snap is not None:
            self._draw_images(snap)
            edge = self._edge()
            for scatter in self.scatters:
                scatter.setPen(edge)
        self._retranslate()

    def _retranslate(self) -> None:
        fg = QColor(self.theme["foreground"]).name()
        titles = {
            "loss": self.tr("loss: train (solid), test (dashed) (log)"),
            "accuracy": self.tr("accuracy: train (solid), test (dashed)"),
            "grad": self.tr("gradient norm per layer: now (solid), at the start (dashed) (log)"),
            "learned": self.tr("learned activation parameters"),
        }
        snap = self.snapshot
        if snap is not None and not any(h.learned_names for h in snap.histories):
            titles["learned"] = self.tr("learned activation parameters: none")
        for name, text in titles.items():
            self.plots[name].titleLabel.setText(html.escape(text), color=fg)
        for name in ("loss", "accuracy", "learned"):
            self.plots[name].setLabel("bottom", self.tr("epoch"), color=fg)
        self.plots["grad"].setLabel("bottom", self.tr("layer"), color=fg)
        if snap is None:
            self.title.setText("", color=fg)
            self.legend.setText("", color=fg)
            for plot in self.map_plots:
                plot.titleLabel.setText("", color=fg)
            return
        cfg = snap.config
        init = init_name(cfg.init, self.lang)
        if cfg.init == "normal" and cfg.sigma is not None:
            init = f"N(0, {cfg.sigma:g}²)"
        optimiser = (
            self.tr("Adam")
            if cfg.optimizer == "adam"
            else self.tr("SGD, momentum {m}").format(m=f"{cfg.momentum:g}")
        )
        batch = (
            self.tr("full batch") if cfg.full_batch else self.tr("batch {n}").format(n=cfg.batch)
        )
        summary = self.tr(
            "{data}: {points} points (test {test}), noise {noise} · {layers} × {width} units, "
            "{init} · {optimiser}, lr {lr}, {batch} · {epochs} epochs · seed {seed}"
        ).format(
            data=self.data_name(cfg.data),
            points=cfg.points,
            test=cfg.test_points,
            noise=f"{cfg.noise:g}",
            layers=cfg.layers,
            width=cfg.width,
            init=init,
            optimiser=optimiser,
            lr=f"{cfg.lr:g}",
            batch=batch,
            epochs=cfg.epochs,
            seed=cfg.seed,
        )
        self.title.setText(html.escape(summary), color=fg)
        entries = []
        for i, label in enumerate(snap.labels):
            color = PALETTE[i % len(PALETTE)]
            name = html.escape(function_name(label)).replace(" ", "&nbsp;")
            entries.append(f"<span style='color: {color}'>━━</span>&nbsp;{name}")
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(entries), color=fg)
        for i, plot in enumerate(self.map_plots):
            color = PALETTE[i % len(PALETTE)]
            name = function_name(snap.histories[i].label)
            plot.titleLabel.setText(html.escape(name), color=color)
        self._overlays(snap)

    def _overlays(self, snap: LabSnapshot) -> None:
        """What changes every snapshot, drawn inside the maps: setting a title's text
        lays the whole figure out again, which held up the window at every epoch."""
        for i, (_plot, _image, _scatter, _frame, note) in enumerate(self._pool[: len(snap.labels)]):
            h = snap.histories[i]
            if h.diverged_at is not None:
                text = self.tr("diverged at epoch {epoch}").format(epoch=h.diverged_at)
            else:
                text = self.tr("test {accuracy}").format(
                    accuracy=_percent(float(h.test_accuracy[-1]))
                )
            note.setText(text, color=QColor(self.theme["foreground"]))
            fill = QColor(self.theme["background"])
            fill.setAlpha(200)
            note.fill = pg.mkBrush(fill)
            note.update()

    def data_name(self, data: str) -> str:
        names = {
            "circles": self.tr("circles"),
            "xor": self.tr("XOR"),
            "moons": self.tr("two moons"),
            "spiral": self.tr("spiral"),
            "blobs": self.tr("Gaussian blobs"),
        }
        return names.get(data, data)

    # --- drawing -------------------------------------------------------------------

    def clear(self) -> None:
        for plot in self.plots.values():
            plot.clear()
        self._lines.clear()
        self._names.clear()
        self._place_maps(0)
        self.snapshot = None
        self._retranslate()

    def _map_plot(self, index: int) -> tuple[pg.PlotItem, pg.ImageItem, pg.ScatterPlotItem]:
        """The ``index``-th map, made once and kept for the widget's life: items taken out
        of a scene and dropped were deleted while Qt could still reach them (a theme
        switch re-polishes everything)."""
        while len(self._pool) <= index:
            i = len(self._pool)
            b = T.BOUNDS
            # no parent yet: the grid adopts it (a view box made inside the scene misses
            # the scene's signal that updates its transform, and draws nothing)
            plot = pg.PlotItem()
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=False, y=False)
            _install_title(plot)
            plot.titleLabel.sigHeightChanged.connect(self._fit_timer.start)
            plot.hideAxis("left")
            plot.hideAxis("bottom")
            plot.setAspectLocked(True)
            plot.setRange(xRange=(-b, b), yRange=(-b, b), padding=0.0)
            image = _SmoothImage(axisOrder="row-major")
            plot.addItem(image)
            scatter = VectorScatter()
            plot.addItem(scatter)
            # a frame in the network's colour around the square the image covers
            frame = pg.QtWidgets.QGraphicsRectItem(QRectF(-b, -b, 2 * b, 2 * b))
            pen = pg.mkPen(QColor(PALETTE[i % len(PALETTE)]), width=2)
            pen.setCosmetic(True)
            frame.setPen(pen)
            frame.setZValue(10)
            plot.addItem(frame, ignoreBounds=True)
            note = pg.TextItem("", anchor=(0.0, 0.0))
            note.setPos(-b, b)
            note.setZValue(11)
            plot.addItem(note, ignoreBounds=True)
            # equal columns whatever the titles' lengths: the images are the same size
            plot.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self._pool.append((plot, image, scatter, frame, note))
        plot, image, scatter, _frame, _note = self._pool[index]
        return plot, image, scatter

    def _place_maps(self, n: int) -> None:
        """Show the first ``n`` maps in a grid: one row up to four, then two rows."""
        grid = self._maps_grid
        while grid.count():
            grid.removeAt(0)  # out of the grid, still a child of maps_area
        for plot, *_rest in self._pool:
            plot.hide()
        self.map_plots, self.images, self.scatters = [], [], []
        cols = n if n <= 4 else math.ceil(n / 2)
        self._grid_shape = (max(1, math.ceil(n / max(cols, 1))), max(cols, 1))
        for c in range(grid.columnCount()):
            grid.setColumnStretchFactor(c, 1 if c < cols else 0)
        for i in range(n):
            plot, image, scatter = self._map_plot(i)
            grid.addItem(plot, i // cols, i % cols)
            plot.show()
            self.map_plots.append(plot)
            self.images.append(image)
            self.scatters.append(scatter)

    def _build_maps(self, snap: LabSnapshot) -> None:
        self._place_maps(len(snap.labels))
        d = snap.dataset
        self._brushes = [
            pg.mkBrush(QColor(CLASS_COLOURS[c % len(CLASS_COLOURS)])) for c in d.y_train
        ]
        size = 5 if d.x_train.shape[0] <= 1500 else 3
        for scatter in self.scatters:
            scatter.setData(
                d.x_train[:, 0], d.x_train[:, 1], size=size, pen=self._edge(), brush=self._brushes
            )

    def _edge(self) -> pg.QtGui.QPen:
        return pg.mkPen(QColor(self.theme["background"]), width=0.6)

    def _pen(self, color: str, dashed: bool, width: float = 2.0) -> pg.QtGui.QPen:
        pen = pg.mkPen(QColor(color), width=width)
        pen.setCosmetic(True)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def _line(
        self, row: str, index: int, key: str, x: np.ndarray, y: np.ndarray, dashed: bool
    ) -> None:
        item = self._lines.get((row, index, key))
        if row in LOG_ROWS:
            y = np.where(y > 0.0, y, np.nan)
        if item is None:
            color = PALETTE[index % len(PALETTE)]
            item = pg.PlotDataItem(x, y, pen=self._pen(color, dashed), connect="finite")
            self.plots[row].addItem(item)
            self._lines[(row, index, key)] = item
        else:
            item.setData(x, y, connect="finite")

    def _draw_images(self, snap: LabSnapshot) -> None:
        bg = self.theme["background"]
        b = T.BOUNDS
        for i, grid in enumerate(snap.grids[: len(self.images)]):
            self.images[i].setImage(boundary_image(grid, bg), autoLevels=False)
            self.images[i].setRect(QRectF(-b, -b, 2 * b, 2 * b))  # after the image: its size

    def _name_at_end(self, index: int, name: str, x: np.ndarray, y: np.ndarray) -> None:
        ok = np.isfinite(y)
        if not ok.any():
            return
        k = int(np.flatnonzero(ok)[-1])
        text = self._names.get((index, name))
        if text is None:
            color = PALETTE[index % len(PALETTE)]
            text = pg.TextItem(name, color=QColor(color), anchor=(1.0, 1.0))
            self.plots["learned"].addItem(text, ignoreBounds=True)
            self._names[(index, name)] = text
        text.setPos(float(x[k]), float(y[k]))
        # below the line's end when it ends high, above it when it ends low: never cut off
        values = y[ok]
        high = float(y[k]) >= 0.5 * (float(values.min()) + float(values.max()))
        text.setAnchor((1.0, 0.0) if high else (1.0, 1.0))

    def show_snapshot(self, snap: LabSnapshot) -> None:
        """Draw ``snap``; a snapshot of the same run only updates what changed."""
        old = self.snapshot
        new_run = old is None or old.run_id != snap.run_id or len(old.labels) != len(snap.labels)
        if new_run:
            for plot in self.plots.values():
                plot.clear()
            self._lines.clear()
            self._names.clear()
            self._place_rows(snap)
            self._build_maps(snap)
            self._fit_timer.start()
        self.snapshot = snap
        self._draw_images(snap)
        epochs = np.arange(snap.epoch + 1, dtype=np.float64)
        for i, h in enumerate(snap.histories):
            self._line("loss", i, "train", epochs, h.loss, False)
            self._line("loss", i, "test", epochs, h.test_loss, True)
            self._line("accuracy", i, "train", epochs, h.train_accuracy, False)
            self._line("accuracy", i, "test", epochs, h.test_accuracy, True)
            layers = np.arange(1, h.grad_norms.shape[1] + 1, dtype=np.float64)
            self._line("grad", i, "now", layers, h.grad_norms[-1], False)
            self._line("grad", i, "start", layers, h.grad_norms[0], True)
            for j, name in enumerate(h.learned_names):
                self._line("learned", i, name, epochs, h.learned[:, j], j > 0)
                self._name_at_end(i, name, epochs, h.learned[:, j])
        self._ranges(snap)
        if new_run:
            self._retranslate()  # the texts of a run; the notes in the maps change below
        else:
            self._overlays(snap)

    def _ranges(self, snap: LabSnapshot) -> None:
        last = max(snap.epoch, 1)
        self.plots["loss"].setXRange(0, last, padding=0.02)
        losses = [a for h in snap.histories for a in (h.loss, h.test_loss)]
        self.plots["loss"].setYRange(*log_range(losses), padding=0.0)
        grads = [a for h in snap.histories for a in (h.grad_norms[-1], h.grad_norms[0])]
        self.plots["grad"].setYRange(*log_range(grads), padding=0.0)
        layers = snap.config.layers + 1
        self.plots["grad"].setXRange(1, layers, padding=0.05)
        self.plots["grad"].getAxis("bottom").setTicks(
            [[(float(k), str(k)) for k in range(1, layers + 1)]]
        )
        self.plots["accuracy"].setYRange(*ACCURACY_RANGE, padding=0.0)
        self.plots["learned"].enableAutoRange(axis="y")

    # --- for tests -----------------------------------------------------------------

    def plotted(self, row: str, index: int, key: str) -> tuple[np.ndarray, np.ndarray]:
        x, y = self._lines[(row, index, key)].getOriginalDataset()
        return np.asarray(x), np.asarray(y)

    def render_to(self, painter: QPainter, target: QRectF) -> None:
        view = self.layout_widget
        source = QRectF(view.viewport().rect())
        view.scene().render(painter, target, view.mapToScene(source.toRect()).boundingRect())


class TrainingFigure(LabFigure):
    """An offscreen :class:`TrainingPlots` of ``width`` x ``height`` pixels."""

    KIND = "training"

    def __init__(
        self, snapshot: LabSnapshot, width: int, height: int, theme: str = "light", lang: str = "en"
    ) -> None:
        plots = TrainingPlots(theme=theme, lang=lang, drop_empty=True)
        super().__init__(plots, width, height, fill=lambda: plots.show_snapshot(snapshot))

    def description(self) -> str:
        snap = self.plots.snapshot
        return ", ".join(function_name(x) for x in snap.labels) if snap else ""


def export_training_figure(
    trainer: T.Trainer | LabSnapshot,
    path: str | Path,
    width: int = 1400,
    height: int = 900,
    theme: str = "light",
    lang: str = "en",
) -> None:
    """Render the training lab's figure of a trainer (or a snapshot) to .png, .svg or .pdf."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".png", ".svg", ".pdf"):
        got = suffix or "a file without suffix"
        raise ValueError(f"cannot export the training figure as {got!r}; use .png, .svg or .pdf")
    snap = trainer if isinstance(trainer, LabSnapshot) else LabSnapshot.of(trainer)
    fig = TrainingFigure(snap, width, height, theme, lang)
    try:
        fig.save(path)
    finally:
        fig.close()
