"""The training lab: watch each activation learn, side by side.

:class:`TrainingLab` holds the controls (data set, network, optimiser, up to six
activations and the parameters to learn) and a :class:`TrainingPlots`.  A run
trains one network per activation with :class:`actgui.core.training.Trainer`
in a worker thread: the window stays responsive, a run can be cancelled, and
about ten times a second the worker hands the window a :class:`LabSnapshot`
(decision boundaries, curves, gradients, learned parameters) to draw.

Texts go through Qt Linguist (``self.tr``, context ``TrainingLab``) in the
widget's own ``lang``, followed live on ``LanguageChange``.

This module holds :class:`TrainingLab` alone; the worker job is its sibling
``_job``, and the frame, message line, language, theme and job handling it shares
with the depth lab are :class:`actgui.ui.lab_common.LabBase`'s.  It stays over ~600
lines on purpose: one widget whose four groups of controls, saved settings,
snapshot drawing and run polling share the same fields; cutting it further would
only have the pieces reach into each other's state.
"""

from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...core import catalog
from ...core import training as T
from ...core.io_atomic import atomic_write_bytes
from ..depth_lab import (
    function_name,
    init_name,
)
from ..lab_common import LabBase
from ..training_plots import LabSnapshot, TrainingPlots, export_training_figure
from ._job import _Job

try:  # PySide6 exposes the marker as a function that returns its text
    from PySide6.QtCore import QT_TRANSLATE_NOOP
except ImportError:  # pragma: no cover

    def QT_TRANSLATE_NOOP(context: object, text: object, /) -> object:  # PySide6's signature
        return text


#: the lab's settings in QSettings: "train/<key>"
SETTINGS_PREFIX = "train/"
DEFAULT_FUNCTIONS = ("relu", "tanh", "sigmoid", "prelu")
#: activations trained side by side in the window: the core's limit
MAX_FUNCTIONS = T.MAX_FUNCTIONS
#: the interpreter's thread switch interval while training: the window gets the GIL back
#: within this after each call into Qt (Python's default, 5 ms, made every redraw slow)
SWITCH_INTERVAL = 0.0005

#: the data sets' names, for Qt Linguist
DATA_WORDS = (
    QT_TRANSLATE_NOOP("TrainingPlots", "circles"),
    QT_TRANSLATE_NOOP("TrainingPlots", "XOR"),
    QT_TRANSLATE_NOOP("TrainingPlots", "two moons"),
    QT_TRANSLATE_NOOP("TrainingPlots", "spiral"),
    QT_TRANSLATE_NOOP("TrainingPlots", "Gaussian blobs"),
)


class TrainingLab(LabBase):
    """Controls and figure of the training lab; trains in a worker thread."""

    #: a run ended: finished, failed or cancelled
    sigFinished = Signal()
    #: specs of the activations with their learned values, for the Curves tab
    sigShowCurves = Signal(list)

    TR_CONTEXT = "TrainingLab"
    plots: TrainingPlots
    _job: _Job | None

    def __init__(
        self, parent: QWidget | None = None, lang: str = "en", theme: str = "light"
    ) -> None:
        super().__init__(parent)
        self._init_lab(lang)
        self.trainer: T.Trainer | None = None
        self.snapshot: LabSnapshot | None = None
        self._runs = 0
        self._restoring = True
        self._switch_interval = sys.getswitchinterval()

        self.plots = TrainingPlots(lang=lang, theme=theme)

        # --- controls
        controls, form = self._controls_form()
        self._headers: dict[str, QLabel] = {}

        def header(key: str) -> None:
            label = QLabel()
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
            self._headers[key] = label
            form.addRow(label)

        self._form_labels: dict[str, QLabel] = {}

        def row(key: str, widget: QWidget) -> None:
            label = QLabel()
            label.setBuddy(widget)
            self._form_labels[key] = label
            form.addRow(label, widget)

        header("functions")
        add_row = self._build_function_picker(112)
        form.addRow(self.function_list)
        form.addRow(add_row)
        self.learn_edit = QLineEdit()
        row("learn", self.learn_edit)

        header("data")
        self.data_combo = QComboBox()
        for name in T.DATASETS:
            self.data_combo.addItem("", name)
        self.points_spin = QSpinBox()
        self.points_spin.setRange(T.MIN_POINTS, T.MAX_POINTS)
        self.points_spin.setSingleStep(100)
        self.test_spin = QSpinBox()
        self.test_spin.setRange(T.MIN_POINTS, T.MAX_POINTS)
        self.test_spin.setSingleStep(100)
        self.noise_spin = QDoubleSpinBox()
        self.noise_spin.setDecimals(3)
        self.noise_spin.setRange(0.0, T.MAX_NOISE)
        self.noise_spin.setSingleStep(0.05)
        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(2, 6)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        row("data", self.data_combo)
        row("points", self.points_spin)
        row("test_points", self.test_spin)
        row("noise", self.noise_spin)
        row("classes", self.classes_spin)
        row("seed", self.seed_spin)

        header("network")
        self.layers_spin = QSpinBox()
        self.layers_spin.setRange(T.MIN_LAYERS, T.MAX_LAYERS)
        self.width_spin = QSpinBox()
        self.width_spin.setRange(T.MIN_WIDTH, T.MAX_WIDTH)
        self.init_combo = QComboBox()
        for name in T.INITS:
            self.init_combo.addItem("", name)
        self.sigma_spin = QDoubleSpinBox()
        self.sigma_spin.setDecimals(4)
        self.sigma_spin.setRange(0.0001, 100.0)
        self.sigma_spin.setSingleStep(0.05)
        self.sigma_spin.setValue(0.5)
        row("layers", self.layers_spin)
        row("width", self.width_spin)
        row("init", self.init_combo)
        row("sigma", self.sigma_spin)

        header("optimiser")
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.addItem("", "adam")
        self.optimizer_combo.addItem("", "sgd")
        self.lr_spin = QDoubleSpinBox()
        self.lr_spin.setDecimals(5)
        self.lr_spin.setRange(0.00001, T.MAX_LR)
        self.lr_spin.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.momentum_spin = QDoubleSpinBox()
        self.momentum_spin.setDecimals(3)
        self.momentum_spin.setRange(0.0, 0.999)
        self.momentum_spin.setSingleStep(0.05)
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(0, T.MAX_POINTS)
        self.batch_spin.setSingleStep(16)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, T.MAX_EPOCHS)
        self.epochs_spin.setSingleStep(100)
        row("optimizer", self.optimizer_combo)
        row("lr", self.lr_spin)
        row("momentum", self.momentum_spin)
        row("batch", self.batch_spin)
        row("epochs", self.epochs_spin)

        self.train_button = QPushButton()
        self.curves_button = QPushButton()
        self.curves_button.setEnabled(False)
        self._build_frame(controls, self.train_button, below_buttons=self.curves_button)

        self.train_button.clicked.connect(self.start)
        self.curves_button.clicked.connect(self._on_show_curves)
        self.data_combo.currentIndexChanged.connect(self._sync_enabled)
        self.init_combo.currentIndexChanged.connect(self._sync_enabled)
        self.optimizer_combo.currentIndexChanged.connect(self._on_optimizer)

        self._retranslate()
        self._fit_controls()
        self.set_config(T.TrainConfig())  # the core's defaults, as actgui train's
        self.set_functions(list(DEFAULT_FUNCTIONS))
        self.restore_settings()
        self._restoring = False
        for spin in self._spins().values():
            spin.valueChanged.connect(self.save_settings)
        for combo in self._combos().values():
            combo.currentIndexChanged.connect(self.save_settings)
        self.learn_edit.textChanged.connect(self.save_settings)
        model = self.function_list.model()
        model.rowsInserted.connect(self.save_settings)
        model.rowsRemoved.connect(self.save_settings)
        model.dataChanged.connect(self.save_settings)

    # --- the controls --------------------------------------------------------------

    def _spins(self) -> dict[str, QSpinBox | QDoubleSpinBox]:
        return {
            "points": self.points_spin,
            "test_points": self.test_spin,
            "noise": self.noise_spin,
            "classes": self.classes_spin,
            "seed": self.seed_spin,
            "layers": self.layers_spin,
            "width": self.width_spin,
            "sigma": self.sigma_spin,
            "lr": self.lr_spin,
            "momentum": self.momentum_spin,
            "batch": self.batch_spin,
            "epochs": self.epochs_spin,
        }

    def _combos(self) -> dict[str, QComboBox]:
        return {
            "data": self.data_combo,
            "init": self.init_combo,
            "optimizer": self.optimizer_combo,
        }

    def set_functions(self, specs: list[str]) -> None:
        """List ``specs``, the first MAX_FUNCTIONS of them (not checked)."""
        self._list_functions(specs[:MAX_FUNCTIONS])
        self.add_button.setEnabled(self.function_list.count() < MAX_FUNCTIONS)

    def learn(self) -> list[str]:
        """The parameter names typed in "Also learn" (commas or spaces between them)."""
        text = self.learn_edit.text().replace(",", " ").replace(";", " ")
        return [w for w in text.split() if w]

    def config(self) -> T.TrainConfig:
        """The run the controls describe (not yet validated)."""
        data = self.data_combo.currentData()
        init = self.init_combo.currentData()
        optimizer = self.optimizer_combo.currentData()
        return T.TrainConfig(
            data=data,
            points=self.points_spin.value(),
            test_points=self.test_spin.value(),
            noise=self.noise_spin.value(),
            classes=self.classes_spin.value() if data in T.MULTICLASS else None,
            layers=self.layers_spin.value(),
            width=self.width_spin.value(),
            init=init,
            sigma=self.sigma_spin.value() if init == "normal" else None,
            optimizer=optimizer,
            lr=self.lr_spin.value(),
            momentum=self.momentum_spin.value(),
            batch=self.batch_spin.value() or None,
            epochs=self.epochs_spin.value(),
            seed=self.seed_spin.value(),
        )

    def set_config(self, cfg: T.TrainConfig) -> None:
        c = cfg.checked()
        self.data_combo.setCurrentIndex(T.DATASETS.index(c.data))
        self.points_spin.setValue(c.points)
        self.test_spin.setValue(c.test_points)
        self.noise_spin.setValue(c.noise)
        self.classes_spin.setValue(int(c.classes or 2))
        self.seed_spin.setValue(min(c.seed, self.seed_spin.maximum()))
        self.layers_spin.setValue(c.layers)
        self.width_spin.setValue(c.width)
        self.init_combo.setCurrentIndex(T.INITS.index(c.init))
        if c.sigma is not None:
            self.sigma_spin.setValue(c.sigma)
        self.optimizer_combo.blockSignals(True)
        self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(c.optimizer))
        self.optimizer_combo.blockSignals(False)
        self.lr_spin.setValue(float(c.lr or 0.01))
        self.momentum_spin.setValue(c.momentum)
        self.batch_spin.setValue(0 if cfg.batch is None else int(c.batch or 0))
        self.epochs_spin.setValue(c.epochs)
        self._sync_enabled()

    def _sync_enabled(self, *_: object) -> None:
        self.classes_spin.setEnabled(self.data_combo.currentData() in T.MULTICLASS)
        self.sigma_spin.setEnabled(self.init_combo.currentData() == "normal")
        self.momentum_spin.setEnabled(self.optimizer_combo.currentData() == "sgd")

    def _on_optimizer(self, *_: object) -> None:
        """A new optimiser starts from its usual learning rate."""
        self.lr_spin.setValue(T.DEFAULT_LR[self.optimizer_combo.currentData()])
        self._sync_enabled()

    def _may_add(self) -> bool:
        if self.function_list.count() >= MAX_FUNCTIONS:
            self._show_error(
                lambda: self.tr("At most {n} functions train side by side.").format(n=MAX_FUNCTIONS)
            )
            return False
        return True

    # --- settings ------------------------------------------------------------------

    def save_settings(self, *_: object) -> None:
        """Remember the controls in QSettings ("train/..."); results are not kept."""
        if self._restoring:
            return
        s = QSettings()
        p = SETTINGS_PREFIX
        s.setValue(p + "functions", json.dumps(self.functions()))
        s.setValue(p + "learn", self.learn_edit.text())
        for key, spin in self._spins().items():
            s.setValue(p + key, repr(spin.value()))
        for key, combo in self._combos().items():
            s.setValue(p + key, combo.currentData())

    def restore_settings(self) -> list[str]:
        """Put the saved controls back; invalid values keep the default (and are named)."""
        s = QSettings()
        p = SETTINGS_PREFIX
        bad: list[str] = []
        self._restoring = True
        try:
            value = s.value(p + "functions")
            if not self._restore_functions(None if value is None else str(value)):
                bad.append("functions")
            value = s.value(p + "learn")
            if value is not None:
                self.learn_edit.setText(str(value))
            for key, combo in self._combos().items():
                value = s.value(p + key)
                if value is None:
                    continue
                i = combo.findData(str(value))
                if i < 0:
                    bad.append(key)
                else:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(i)
                    combo.blockSignals(False)
            for key, spin in self._spins().items():
                value = s.value(p + key)
                if value is None:
                    continue
                try:
                    number = float(str(value))
                except ValueError:
                    bad.append(key)
                    continue
                if not (math.isfinite(number) and spin.minimum() <= number <= spin.maximum()):
                    bad.append(key)
                    continue
                spin.setValue(int(number) if isinstance(spin, QSpinBox) else number)  # type: ignore[arg-type]  # int for a QSpinBox
        finally:
            self._restoring = False
        self._sync_enabled()
        if bad:
            labels = {k: v.text() for k, v in self._form_labels.items()}
            labels["functions"] = self._headers["functions"].text()

            def note() -> str:
                return self.tr(
                    "Some saved settings were not valid and are back to their defaults: {names}."
                ).format(names=", ".join(labels.get(k, k) for k in bad))

            self._show_message(note)
        return bad

    # --- language and theme --------------------------------------------------------

    def _retranslate(self) -> None:
        headers = {
            "functions": self.tr("Activations (up to 6)"),
            "data": self.tr("Data"),
            "network": self.tr("Network"),
            "optimiser": self.tr("Training"),
        }
        for key, label in self._headers.items():
            label.setText(headers[key])
        labels = {
            "learn": self.tr("Also learn"),
            "data": self.tr("Data set"),
            "points": self.tr("Points"),
            "test_points": self.tr("Test points"),
            "noise": self.tr("Noise"),
            "classes": self.tr("Classes"),
            "seed": self.tr("Seed"),
            "layers": self.tr("Hidden layers"),
            "width": self.tr("Width"),
            "init": self.tr("Init"),
            "sigma": self.tr("σ (init normal)"),
            "optimizer": self.tr("Optimiser"),
            "lr": self.tr("Learning rate"),
            "momentum": self.tr("Momentum"),
            "batch": self.tr("Batch"),
            "epochs": self.tr("Epochs"),
        }
        tips = {
            "learn": self.tr(
                "Activation parameters trained with the weights, e.g. beta, alpha "
                "(without it only PReLU's slope and the parameters of ACON-C and APL are)"
            ),
            "data": self.tr("The two-dimensional toy data the networks learn to classify"),
            "points": self.tr("Training points, {lo} to {hi}").format(
                lo=T.MIN_POINTS, hi=f"{T.MAX_POINTS:,}"
            ),
            "test_points": self.tr("Test points, drawn apart from the training points"),
            "noise": self.tr("Standard deviation of the noise added to the points"),
            "classes": self.tr("Number of classes (spiral and blobs)"),
            "seed": self.tr("Random seed of the data, the weights and the order of the batches"),
            "layers": self.tr("Hidden layers, {lo} to {hi}").format(
                lo=T.MIN_LAYERS, hi=T.MAX_LAYERS
            ),
            "width": self.tr("Units per hidden layer, {lo} to {hi}").format(
                lo=T.MIN_WIDTH, hi=T.MAX_WIDTH
            ),
            "init": self.tr("How the weights are drawn; every network starts from the same ones"),
            "sigma": self.tr("Standard deviation of the weights (init N(0, σ²) only)"),
            "optimizer": self.tr("Adam, or SGD with momentum (momentum 0: plain SGD)"),
            "lr": self.tr("Step size of the optimiser"),
            "momentum": self.tr("Momentum of SGD"),
            "batch": self.tr("Points per step; all: the whole training set (full batch)"),
            "epochs": self.tr("Passes over the training set"),
        }
        for key, label in self._form_labels.items():
            label.setText(labels[key])
            label.setToolTip(tips[key])
            label.buddy().setToolTip(tips[key])
        self.learn_edit.setPlaceholderText(self.tr("e.g. beta"))
        for i, name in enumerate(T.DATASETS):
            self.data_combo.setItemText(i, self.plots.data_name(name))
        for i, name in enumerate(T.INITS):
            self.init_combo.setItemText(i, init_name(name, self.lang))
        self.optimizer_combo.setItemText(0, self.tr("Adam"))
        self.optimizer_combo.setItemText(1, self.tr("SGD (momentum)"))
        self.batch_spin.setSpecialValueText(self.tr("all"))
        self.function_edit.setToolTip(
            self.tr(
                "Pick a function, or type a catalog id with parameters, "
                "e.g. elu(alpha=0.5), or a custom expr:"
            )
        )
        self.function_list.setToolTip(
            self.tr("Double-click a function to edit its id and parameters")
        )
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected function (or the last one)"))
        self.train_button.setText(self.tr("Train"))
        self.train_button.setToolTip(
            self.tr("Train one network per activation, from the same weights, side by side")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr(
                "Save the figure (PNG, SVG, PDF), the numbers per epoch (CSV) or the weights (NPZ)"
            )
        )
        self.curves_button.setText(self.tr("Show learned curves"))
        self.curves_button.setToolTip(
            self.tr("Add each activation with its learned parameter values to the Curves tab")
        )
        self.empty_title.setText(self.tr("Choose activations and press Train"))
        self.empty_hint.setText(
            self.tr(
                "Each activation gets its own network, trained from the same initial weights "
                "on the same data: watch their decision boundaries and learning curves."
            )
        )
        if self._message is not None:
            self.status.setText(self._message())

    # --- running -------------------------------------------------------------------

    def _names(self) -> dict[str, str]:
        """Each option as its control is labelled, for the core's messages."""
        names = {k: label.text() for k, label in self._form_labels.items()}
        names["learn"] = self._form_labels["learn"].text()
        return names

    def start(self) -> bool:
        """Start training with the current controls; False (and a message) if invalid."""
        if self._job is not None:
            return False
        specs = [s for s in self.functions() if s]
        if not specs:
            self._show_error(lambda: self.tr("Add at least one function, e.g. relu."))
            return False
        cfg, learn = self.config(), self.learn()
        try:
            trainer = T.Trainer(specs, cfg, learn, names=self._names())
        except ValueError as exc:
            check = lambda: T.Trainer(specs, cfg, learn, names=self._names())
            self._show_error(self._recheck(check, str(exc)))
            return False
        self._runs += 1
        self.trainer = trainer
        self._job = _Job(trainer, self._runs)
        self._canceller.job = self._job
        self.train_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.export_button.setEnabled(False)
        self.curves_button.setEnabled(False)
        self.progress.setValue(0)
        self._show_message(lambda: self.tr("Training…"))
        self.stack.setCurrentWidget(self.plots)
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, SWITCH_INTERVAL))
        self._job.start()
        self._timer.start()
        return True

    def _poll(self) -> None:
        job = self._job
        if job is None:
            self._timer.stop()
            return
        epochs = job.trainer.epochs
        self.progress.setValue(int(1000 * job.epoch / max(epochs, 1)))
        snap = job.take()
        if snap is not None:
            self._draw(job, snap)
        if not job.finished.is_set():
            return
        job.thread.join()
        sys.setswitchinterval(self._switch_interval)
        snap = job.take()  # the last one, published just before the job finished
        if snap is not None:
            self._draw(job, snap)
        self._timer.stop()
        self._job = None
        self._canceller.job = None
        self.train_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.export_button.setEnabled(self.snapshot is not None)
        self.curves_button.setEnabled(bool(self.learned_specs()))
        seconds, done = job.seconds, job.trainer.epoch
        if job.error is not None:
            self._show_error(job.error)
        elif job.cancelled:
            self._show_message(
                lambda: self.tr("Cancelled after {epochs} epochs.").format(epochs=done)
            )
        else:
            self.progress.setValue(1000)
            n = len(job.trainer.networks)
            diverged = [
                function_name(h.label) for h in job.trainer.histories if h.diverged_at is not None
            ]

            def text() -> str:
                said = self.tr("{n} networks, {epochs} epochs in {seconds:.1f} s.").format(
                    n=n, epochs=done, seconds=seconds
                )
                if diverged:
                    said += " " + self.tr(
                        "Diverged (loss no longer finite; try a smaller learning rate): {names}."
                    ).format(names=", ".join(diverged))
                return said

            self._show_message(text)
        self.sigFinished.emit()

    def _draw(self, job: _Job, snap: LabSnapshot) -> None:
        """Show ``snap`` with the worker paused: laid out and painted before it goes on."""
        started = time.perf_counter()
        job.hold()
        try:
            self.snapshot = snap
            self.plots.show_snapshot(snap)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.plots.layout_widget.viewport().repaint()
        finally:
            job.release()
            job.draw_seconds = time.perf_counter() - started

    # --- the learned values in the Curves tab -------------------------------------

    def learned_specs(self) -> list[str]:
        """Each trained activation that learned parameters, as a spec with its final values
        (``prelu(init=-0.21)``, ``expr:x*sigmoid(b*x); b=2.3``)."""
        if self.trainer is None or self._job is not None:
            return []
        out = []
        for h, net in zip(self.trainer.histories, self.trainer.networks):
            if not net.learned or h.diverged_at is not None:
                continue
            act, params = net.act, net.params
            if h.label.strip().startswith("expr:"):
                text = h.label.strip().split(";")[0]
                out.append(text + "".join(f"; {p.name}={params[p.name]!r}" for p in act.params))
            else:
                out.append(catalog.format_spec(act, params))
        return out

    def _on_show_curves(self) -> None:
        specs = self.learned_specs()
        if specs:
            self.sigShowCurves.emit(specs)
            names = ", ".join(function_name(s) for s in specs)
            self._show_message(
                lambda: self.tr("Added to the Curves tab: {names}.").format(names=names)
            )

    # --- export --------------------------------------------------------------------

    def export(self, path: str | Path, width: int = 1400, height: int = 900) -> None:
        """Write the run: .png/.svg/.pdf (the figure), .csv (per epoch) or .npz (weights)."""
        if self.trainer is None or self.snapshot is None or self._job is not None:
            raise ValueError(self.tr("Nothing to export yet: train first."))
        suffix = Path(path).suffix.lower()
        if suffix == ".csv":
            atomic_write_bytes(path, T.csv_text(self.trainer).encode("utf-8"))
        elif suffix == ".npz":
            atomic_write_bytes(path, T.npz_bytes(self.trainer))
        else:
            # the figure is exported light, as the depth lab's: for print and slides
            export_training_figure(self.snapshot, path, width, height, lang=self.lang)

    def _on_export(self) -> None:
        filters = ";;".join(
            (
                self.tr("PNG image (*.png)"),
                self.tr("SVG image (*.svg)"),
                self.tr("PDF document (*.pdf)"),
                self.tr("CSV table, per epoch (*.csv)"),
                self.tr("NumPy weights (*.npz)"),
            )
        )
        self._export_to(
            self.tr("Export…"),
            "training.png",
            filters,
            lambda path: self.tr("Saved {path}.").format(path=path),
        )
