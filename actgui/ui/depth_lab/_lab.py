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

This module holds :class:`DepthLab` alone; the plots, the shared helpers and the
worker job are its siblings in this package, and the frame, message line, language,
theme and job handling it shares with the training lab are
:class:`actgui.ui.lab_common.LabBase`'s.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...core import depth
from ...core.io_atomic import atomic_write_bytes
from ..lab_common import SPEC_ROLE as SPEC_ROLE  # the package re-exports it from here
from ..lab_common import LabBase
from ..lab_common import SpecDelegate as _SpecDelegate  # noqa: F401  # likewise
from ._common import (
    init_name,
)
from ._job import _Job
from ._plots import (
    DepthPlots,
    export_depth_figure,
)

# --- the lab --------------------------------------------------------------------------

#: the lab's settings in QSettings: "depth/<key>"
SETTINGS_PREFIX = "depth/"
#: the functions before anything was saved
DEFAULT_FUNCTIONS = ("sigmoid", "tanh", "relu")


class DepthLab(LabBase):
    """Controls and plots of the depth lab; runs in a worker thread.

    Left: the controls in a scroll area, with Run, Cancel and Export always in
    view below them.  Right: the message (a preset's explanation, the run's
    timing, or what was wrong), then the plots, or before the first run a
    note saying what to do.
    """

    #: a run ended: its results are shown, or it failed, or it was cancelled
    sigFinished = Signal()

    TR_CONTEXT = "DepthLab"
    plots: DepthPlots
    _job: _Job | None

    def __init__(
        self, parent: QWidget | None = None, lang: str = "en", theme: str = "light"
    ) -> None:
        super().__init__(parent)
        self._init_lab(lang)
        self.results: list[list[depth.DepthResult]] | None = None
        self._applying = False

        self.plots = DepthPlots(lang=lang, theme=theme)

        # --- controls
        controls, form = self._controls_form()
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
        add_row = self._build_function_picker(92)
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

        self.run_button = QPushButton()
        self._build_frame(controls, self.run_button)
        self.progress.setValue(0)

        self.preset_combo.currentIndexChanged.connect(self._on_preset_chosen)
        self.init_combo.currentIndexChanged.connect(self._sync_sigma)
        self.run_button.clicked.connect(self.start)
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
            spin.setValue(value)  # type: ignore[arg-type]  # an int for a QSpinBox (parsed so above)

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
            if not self._restore_functions(raw("functions")):
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

    # --- reading and writing the controls ------------------------------------------

    def function_names(self) -> list[str]:
        """What the function list shows: names, with parameters where given."""
        return [self.function_list.item(i).text() for i in range(self.function_list.count())]

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

    def _on_signal(self) -> None:
        if self.results is not None:
            self.plots.show_results(self.results, self.signal_combo.currentData())
        else:
            self.plots.set_signal(self.signal_combo.currentData())

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

    def _checked(
        self, specs: list[str], values: dict[str, object], repeats: int, hist_text: str
    ) -> tuple[depth.DepthConfig, tuple[int, ...] | None]:
        """The run the controls describe; ValueError naming what is wrong."""
        cfg = depth.DepthConfig(**values).checked()  # type: ignore[arg-type]  # the controls' values; checked() refuses wrong ones
        depth.seeds_for(cfg.seed, repeats)
        for spec in specs:
            depth.resolve_function(spec)
        return cfg, depth.parse_hist_layers(hist_text, cfg.layers)

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

    def _poll(self) -> None:
        job = self._job
        if job is None:
            self._timer.stop()
            return
        self.progress.setValue(int(1000 * job.done / max(job.total, 1)))
        if not self._job_ended(job):
            return
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
        self._export_to(
            self.tr("Export…"),
            "depth.png",
            "PNG (*.png);;SVG (*.svg);;CSV (*.csv)",
            lambda path: self.tr("Saved {path}.").format(path=path),
        )
