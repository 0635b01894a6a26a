"""The parameter editor: spin box and slider per parameter of the selected curve."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import catalog, sweep
from ..core.spec import ChoiceParam, NumberParam, Preset
from ..core.state import Change, ExplorerState
from . import theme
from .function_list import line_sample
from .param_docs import param_doc

SLIDER_STEPS = 1000
#: seconds for an animated parameter to cross its range once, at speed 1×
ANIMATION_SECONDS = 4.0
ANIMATION_TICK_MS = 33
ANIMATION_SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0)
#: where the slider stops for a parameter with no upper bound (Keras max_value)
SLIDER_SOFT_MAX = 20.0


def _param_tip(p: NumberParam | ChoiceParam) -> str:
    """What the parameter does and its valid values, in the current language."""
    if isinstance(p, ChoiceParam):
        allowed = QCoreApplication.translate("ParameterEditor", "allowed: one of {choices}")
        allowed = allowed.format(choices=", ".join(repr(c) for c in p.choices))
    else:
        allowed = QCoreApplication.translate("ParameterEditor", "allowed: {range}").format(
            range=p.allowed()
        )
    return f"{param_doc(p.doc)}\n{allowed}".strip()


def _play_icon(playing: bool, colour: QColor) -> QIcon:
    """▶ or ❚❚ in the theme's text colour (the style's media icons are dark on dark)."""
    icon = QIcon()
    for side in (16, 32):
        pix = QPixmap(side, side)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        u = side / 16
        if playing:
            p.drawRect(int(4 * u), int(3 * u), int(3 * u), int(10 * u))
            p.drawRect(int(9 * u), int(3 * u), int(3 * u), int(10 * u))
        else:
            p.drawPolygon(
                QPolygonF(
                    [QPointF(4 * u, 2.5 * u), QPointF(13 * u, 8 * u), QPointF(4 * u, 13.5 * u)]
                )
            )
        p.end()
        icon.addPixmap(pix)
    return icon


def _decimals(step: float) -> int:
    return max(2, min(6, math.ceil(-math.log10(step)) + 1)) if step < 1 else 2


class NumberEditor(QWidget):
    """QDoubleSpinBox + QSlider bound to one NumberParam; never holds a rejected value."""

    sigValueChanged = Signal(str, float)
    #: (parameter, on): the play button next to the slider was pressed
    sigPlayToggled = Signal(str, bool)

    def __init__(self, param: NumberParam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.spin = QDoubleSpinBox()
        d = _decimals(param.step)
        self.spin.setDecimals(d)
        tiny = 10.0**-d
        lo = param.min + (tiny if param.min_open else 0.0)
        hi = param.max - (tiny if param.max_open else 0.0)
        if math.isinf(param.max):
            hi = 1e9
        if math.isinf(param.min):
            lo = -1e9
        self.spin.setRange(lo, hi)
        self.spin.setSingleStep(param.step)
        self.spin.setKeyboardTracking(False)
        self.spin.setAccelerated(True)
        if param.allow_inf:
            self.spin.setSpecialValueText("")  # inf is shown by the checkbox-like max below
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self._slider_lo = lo
        self._slider_hi = min(hi, SLIDER_SOFT_MAX) if math.isinf(param.max) else hi
        self._inf = QPushButton("∞") if param.allow_inf else None
        self.play = QToolButton()
        self.play.setCheckable(True)
        self.play.setAutoRaise(True)
        self.play.toggled.connect(self._on_play)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.play)
        lay.addWidget(self.slider, 3)
        lay.addWidget(self.spin, 2)
        if self._inf is not None:
            self._inf.setCheckable(True)
            self._inf.setFixedWidth(32)
            lay.addWidget(self._inf)
            self._inf.toggled.connect(self._on_inf)
        self.spin.valueChanged.connect(self._on_spin)
        self.slider.valueChanged.connect(self._on_slider)
        self._retranslate()

    def _retranslate(self) -> None:
        tip = _param_tip(self.param)
        self.spin.setToolTip(tip)
        self.slider.setToolTip(tip)
        self._show_play_state()
        if self._inf is not None:
            self._inf.setToolTip(self.tr("no upper bound (Keras: None)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._show_play_state()
        super().changeEvent(event)

    def _show_play_state(self) -> None:
        on = self.play.isChecked()
        self.play.setIcon(_play_icon(on, self.palette().color(QPalette.ColorRole.ButtonText)))
        self.play.setToolTip(
            self.tr("Stop the animation")
            if on
            else self.tr("Play: run {name} across its range and back").format(name=self.param.name)
        )

    def _on_play(self, on: bool) -> None:
        self._show_play_state()
        self.sigPlayToggled.emit(self.param.name, on)

    def set_playing(self, on: bool) -> None:
        """Show the play button pressed or not, without announcing it."""
        self.play.blockSignals(True)
        self.play.setChecked(on)
        self.play.blockSignals(False)
        self._show_play_state()

    def _to_slider(self, v: float) -> int:
        span = self._slider_hi - self._slider_lo
        if span <= 0 or math.isinf(v):
            return SLIDER_STEPS
        clamped = min(max(v, self._slider_lo), self._slider_hi)
        return round((clamped - self._slider_lo) / span * SLIDER_STEPS)

    def _from_slider(self, i: int) -> float:
        v = self._slider_lo + (self._slider_hi - self._slider_lo) * i / SLIDER_STEPS
        step = self.param.step
        snapped = round(v / step) * step  # land on the step grid, within range
        if self.param.check(snapped) is None and self._slider_lo <= snapped <= self._slider_hi:
            v = snapped
        return float(round(v, 12))

    def set_value(self, v: float) -> None:
        """Show a value from the state without echoing it back."""
        for w in (self.spin, self.slider, self._inf):
            if w is not None:
                w.blockSignals(True)
        try:
            if math.isinf(v):
                if self._inf is not None:
                    self._inf.setChecked(True)
                self.spin.setEnabled(False)
                self.slider.setValue(SLIDER_STEPS)
            else:
                if self._inf is not None:
                    self._inf.setChecked(False)
                self.spin.setEnabled(True)
                self.spin.setValue(v)
                self.slider.setValue(self._to_slider(v))
        finally:
            for w in (self.spin, self.slider, self._inf):
                if w is not None:
                    w.blockSignals(False)

    def _on_spin(self, v: float) -> None:
        self.sigValueChanged.emit(self.param.name, float(v))

    def _on_slider(self, i: int) -> None:
        self.sigValueChanged.emit(self.param.name, self._from_slider(i))

    def _on_inf(self, on: bool) -> None:
        self.sigValueChanged.emit(self.param.name, math.inf if on else float(self.spin.value()))


class ParameterEditor(QWidget):
    """Edits the selected curve; adds, removes and resets curves; switches presets.

    Its size hint is its content (no stretch): the Parameters dock can be as
    small as the rows it shows and leave the rest to the Info dock.
    """

    #: True when a play button starts running a parameter, False when it stops (the
    #: Edit menu makes a whole run one undo step)
    sigAnimating = Signal(bool)

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.curve_combo = QComboBox()
        self.curve_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.curve_combo.setMinimumContentsLength(12)
        self.curve_combo.currentIndexChanged.connect(self._on_combo)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_another)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self._reset)
        self.preset_combo = QComboBox()
        self.preset_combo.addItem("PyTorch", Preset.PYTORCH.value)
        self.preset_combo.addItem("Keras", Preset.KERAS.value)
        self.preset_combo.currentIndexChanged.connect(self._on_preset)
        self.preset_label = QLabel()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty = QLabel()
        self.empty.setEnabled(False)
        self.sweep_button = QPushButton()
        self.sweep_button.clicked.connect(self._sweep)
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self._compare)
        self.speed_label = QLabel()
        self.speed_combo = QComboBox()
        for v in ANIMATION_SPEEDS:
            self.speed_combo.addItem(f"{v:g}×", v)
        self.speed_combo.setCurrentIndex(ANIMATION_SPEEDS.index(1.0))
        #: the animated parameter (name), its range, and where it is in it (0..2: there
        #: and back)
        self._animated: str | None = None
        self._anim_range = (0.0, 1.0)
        self._anim_phase = 0.0
        self._anim_timer = QTimer(self)
        self._anim_timer.setInterval(ANIMATION_TICK_MS)
        self._anim_timer.timeout.connect(lambda: self.animation_step(ANIMATION_TICK_MS / 1000))

        # the curve's label has the whole width (long parameter lists); the buttons
        # that act on curves share a row, and "reset" sits beside the defaults it uses
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button, 1)
        buttons.addWidget(self.remove_button)
        family_row = QHBoxLayout()
        family_row.addWidget(self.sweep_button, 1)
        family_row.addWidget(self.compare_button, 1)
        family_row.addWidget(self.speed_label)
        family_row.addWidget(self.speed_combo)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.reset_button)
        preset_row.addWidget(self.preset_label)
        preset_row.addWidget(self.preset_combo, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.curve_combo)
        lay.addLayout(self.form)
        lay.addWidget(self.empty)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        lay.addLayout(family_row)
        lay.addLayout(preset_row)
        # no stretch: in a taller dock the rows stay together at the top, and the
        # editor does not claim height it has no use for
        lay.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.editors: dict[str, NumberEditor | QComboBox] = {}
        self._labels: dict[str, QLabel] = {}
        self._built_for: tuple[int, str] | None = None
        #: the refused edit (parameter, value) whose message is shown, said again in a new language
        self._refused: tuple[str, object] | None = None
        state.subscribe(self._on_change)
        self._apply_colours()
        self._retranslate()
        self._rebuild()

    def _retranslate(self) -> None:
        """Every text of the editor in the current language (also on a live switch)."""
        self.curve_combo.setToolTip(self.tr("The curve whose parameters are edited below"))
        self.add_button.setText(self.tr("Add another curve"))
        self.add_button.setToolTip(
            self.tr("Another curve of the same function, with its own parameters and colour")
        )
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected curve"))
        self.reset_button.setText(self.tr("Reset to defaults"))
        self.reset_button.setToolTip(
            self.tr("Set every parameter of the selected curve back to its default")
        )
        for i in range(self.curve_combo.count()):  # function names may read differently
            self._refresh_combo_label(self.curve_combo.itemData(i))
        tip = self.tr("Whose default parameters to use where PyTorch and Keras differ")
        self.preset_combo.setToolTip(tip)
        self.preset_label.setText(self.tr("Defaults:"))
        self.preset_label.setToolTip(tip)
        self.empty.setText(self.tr("No parameters."))
        self.sweep_button.setText(self.tr("Sweep…"))
        self.sweep_button.setToolTip(
            self.tr("Draw the selected curve at several values of one parameter, as one family")
        )
        self.compare_button.setText(self.tr("Compare…"))
        self.compare_button.setToolTip(
            self.tr("Draw the difference, the ratio or the error in ulps of two curves")
        )
        self.speed_label.setText(self.tr("Speed"))
        self.speed_combo.setToolTip(self.tr("How fast the play buttons run a parameter"))
        self.speed_label.setToolTip(self.speed_combo.toolTip())
        sel = self.state.selected_curve
        if sel is not None:
            for p in sel.activation.params:
                label = self._labels.get(p.name)
                if label is not None:
                    label.setToolTip(_param_tip(p))
                ed = self.editors.get(p.name)
                if isinstance(ed, QComboBox):
                    ed.setToolTip(_param_tip(p))
        self._say_refused()

    def _apply_colours(self) -> None:
        # a style sheet, not a palette: the app's style sheet would restore an old palette
        self.message.setStyleSheet(f"color: {theme.error_colour()};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumSizeHint().height())

    # --- state -> widgets ----------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.kind in ("curves", "selection", "style"):
            self._rebuild()
        elif change.kind == "params" and change.uid is not None:
            if change.uid == self.state.selected:
                self._show_values()
            self._refresh_combo_label(change.uid)
        elif change.kind == "preset":
            self._show_preset()

    def _refresh_combo_label(self, uid: int) -> None:
        i = self.curve_combo.findData(uid)
        if i >= 0:
            label = self.state.label_of(self.state.curve(uid))
            if self.curve_combo.itemText(i) != label:
                self.curve_combo.setItemText(i, label)

    def _show_preset(self) -> None:
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(self.state.preset.value))
        self.preset_combo.blockSignals(False)

    def _rebuild(self) -> None:
        st = self.state
        self.curve_combo.blockSignals(True)
        self.curve_combo.clear()
        for c in st.curves:
            self.curve_combo.addItem(line_sample(c.color, c.style), self.state.label_of(c), c.uid)
        sel = st.selected_curve
        if sel is not None:
            self.curve_combo.setCurrentIndex(self.curve_combo.findData(sel.uid))
        self.curve_combo.blockSignals(False)
        self._show_preset()
        for w in (self.add_button, self.remove_button, self.reset_button, self.curve_combo):
            w.setEnabled(sel is not None)
        self.sweep_button.setEnabled(
            sel is not None and any(isinstance(p, NumberParam) for p in sel.activation.params)
        )
        self.compare_button.setEnabled(len(st.curves) >= 2)
        key = (sel.uid, sel.function_id) if sel is not None else None
        if key != self._built_for:
            self._built_for = key
            self.stop_animation()
            while self.form.rowCount():
                self.form.removeRow(0)
            self.editors = {}
            self._labels = {}
            if sel is not None:
                for p in sel.activation.params:
                    label = QLabel(p.name)
                    label.setToolTip(_param_tip(p))
                    self._labels[p.name] = label
                    if isinstance(p, ChoiceParam):
                        combo = QComboBox()
                        combo.setToolTip(_param_tip(p))
                        combo.addItems(list(p.choices))
                        combo.currentTextChanged.connect(
                            lambda text, name=p.name: self._edit(name, text)
                        )
                        self.editors[p.name] = combo
                        self.form.addRow(label, combo)
                    else:
                        ed = NumberEditor(p)
                        ed.sigValueChanged.connect(self._edit)
                        ed.sigPlayToggled.connect(self._on_play)
                        self.editors[p.name] = ed
                        self.form.addRow(label, ed)
            self.empty.setVisible(sel is not None and not sel.activation.params)
            self._refused = None
            self._say_refused()
            self.updateGeometry()
        self._show_values()

    def _show_values(self) -> None:
        sel = self.state.selected_curve
        if sel is None:
            return
        for name, ed in self.editors.items():
            v = sel.params[name]
            if isinstance(ed, QComboBox):
                ed.blockSignals(True)
                ed.setCurrentText(str(v))
                ed.blockSignals(False)
            else:
                ed.set_value(float(v))

    # --- widgets -> state ----------------------------------------------------------

    def _edit(self, name: str, value: object) -> None:
        sel = self.state.selected_curve
        if sel is None:
            return
        try:
            self.state.set_param(sel.uid, name, value)
        except ValueError:
            # e.g. min_val >= max_val: say why and show the state's value again
            self._refused = (name, value)
            self._say_refused()
            self._show_values()
            return
        self._refused = None
        self._say_refused()

    def _say_refused(self) -> None:
        """Show why the last edit was refused (in the current language), or nothing."""
        sel = self.state.selected_curve
        text = ""
        if self._refused is not None and sel is not None:
            name, value = self._refused
            try:  # the core's check again: its message follows the installed language
                catalog.resolve_params(
                    sel.function_id, {**sel.params, name: value}, self.state.preset
                )
            except ValueError as exc:
                text = str(exc)
        if not text:
            self._refused = None
        if self.message.text() != text:
            self.message.setText(text)
        if self.message.isHidden() == bool(text):
            self.message.setVisible(bool(text))
            self.updateGeometry()

    def _on_combo(self, index: int) -> None:
        uid = self.curve_combo.itemData(index)
        if uid is not None:
            self.state.select(int(uid))

    def _add_another(self) -> None:
        sel = self.state.selected_curve
        if sel is None:
            return
        c = self.state.add_curve(sel.function_id, sel.params)
        self.state.select(c.uid)

    def _remove(self) -> None:
        sel = self.state.selected_curve
        if sel is not None:
            self.state.remove_curve(sel.uid)

    def _reset(self) -> None:
        sel = self.state.selected_curve
        if sel is not None:
            self.state.reset_params(sel.uid)
            self._refused = None
            self._say_refused()

    # --- families, comparisons and animation -------------------------------------------

    def _sweep(self) -> None:
        from .families import SweepDialog

        sel = self.state.selected_curve
        if sel is not None:
            dialog = SweepDialog(self.state, sel.uid, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def _compare(self) -> None:
        from .families import CompareDialog

        if len(self.state.curves) >= 2:
            dialog = CompareDialog(self.state, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def _on_play(self, name: str, on: bool) -> None:
        if on:
            self.start_animation(name)
        elif self._animated == name:
            self.stop_animation()

    def start_animation(self, name: str) -> None:
        """Run the selected curve's parameter across its allowed range and back."""
        sel = self.state.selected_curve
        if sel is None:
            return
        self.stop_animation()
        try:
            lo, hi = sweep.animation_range(sel.activation, sel.params, name)
        except ValueError:
            return
        self._animated = name
        self._anim_range = (lo, hi)
        now = float(sel.params[name])
        self._anim_phase = (min(max(now, lo), hi) - lo) / (hi - lo) if hi > lo else 0.0
        ed = self.editors.get(name)
        if isinstance(ed, NumberEditor):
            ed.set_playing(True)
        self._anim_timer.start()
        self.sigAnimating.emit(True)

    def stop_animation(self) -> None:
        self._anim_timer.stop()
        was = self._animated
        if was is not None:
            ed = self.editors.get(was)
            if isinstance(ed, NumberEditor):
                ed.set_playing(False)
        self._animated = None
        if was is not None:
            self.sigAnimating.emit(False)

    @property
    def animating(self) -> str | None:
        """The parameter the play button runs, or None."""
        return self._animated

    def animation_step(self, seconds: float) -> None:
        """Move the animated parameter on by ``seconds`` of play at the chosen speed;
        the range's ends are always shown exactly on the way."""
        sel = self.state.selected_curve
        if self._animated is None or sel is None:
            self.stop_animation()
            return
        speed = float(self.speed_combo.currentData() or 1.0)
        old = self._anim_phase
        new = old + seconds * speed / ANIMATION_SECONDS
        if old < 1.0 <= new:
            new = 1.0  # the top end, exactly
        elif new >= 2.0:
            new = 0.0  # back at the bottom end
        self._anim_phase = new
        t = new if new <= 1.0 else 2.0 - new
        lo, hi = self._anim_range
        value = hi if t >= 1.0 else lo if t <= 0.0 else float(f"{lo + (hi - lo) * t:.10g}")
        try:
            self.state.set_param(sel.uid, self._animated, value)
        except ValueError:
            self.stop_animation()

    def _on_preset(self, index: int) -> None:
        self.state.set_preset(self.preset_combo.itemData(index))
