"""Curve > Sweep a parameter… and Compare two curves…: their dialogs and actions.

A sweep replaces the selected curve by a family of curves with one parameter at
n values (linear or log spacing), drawn in a sequential colour map with one
legend entry and a colour bar.  A comparison draws f_a − f_b (or the ratio, or
the error in ulps) like a curve.  Both live in the Qt-free state
(:meth:`ExplorerState.add_sweep`, :meth:`ExplorerState.add_compare`), so
sessions, undo and export include them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import catalog, sweep
from ..core.compare import MODE_TITLES, MODES
from ..core.messages import message
from ..core.spec import Activation, NumberParam, ParamValue
from ..core.state import ExplorerState
from . import theme
from .function_list import line_sample

if TYPE_CHECKING:  # the window imports this module
    from .main_window import MainWindow


def _decimals(p: NumberParam, *values: float) -> int:
    """The spin boxes' decimals: from the step, more for a value that would round to 0."""
    d = max(2, min(6, math.ceil(-math.log10(p.step)) + 1)) if p.step < 1 else 2
    for v in values:
        if 0 < abs(v) < 10.0**-d:
            d = min(12, math.ceil(-math.log10(abs(v))) + 1)
    return d


#: a family is visible when a member's f or f′ is this share of the first member's
#: span (over the x range shown) away from the first member's somewhere
VISIBLE_SHARE = 0.02
#: a log-spaced default covers at most this many decades, down from the top
LOG_DECADES = 8


def family_spread(
    act: Activation,
    params: Mapping[str, ParamValue],
    name: str,
    values: Sequence[float] | np.ndarray,
    x: np.ndarray,
) -> float:
    """How far apart the family of ``act`` with ``name`` at ``values`` is drawn over
    ``x``: the largest distance of a member's f or f′ from the first member's, as a share
    of the first member's span; 0 when a value is not allowed."""
    spread = 0.0
    try:
        for order in (0, 1):
            curves = [catalog.evaluate(act, x, {**params, name: float(v)}, order) for v in values]
            first = curves[0]
            if not np.isfinite(first).any():
                return 0.0
            span = max(float(np.nanmax(first) - np.nanmin(first)), 1e-12)
            far = max(float(np.nanmax(np.abs(c - first), initial=0.0)) for c in curves)
            spread = max(spread, far / span)
    except ValueError:
        return 0.0
    return spread


def default_sweep(
    act: Activation, params: Mapping[str, ParamValue], name: str, x: np.ndarray, n: int = 5
) -> tuple[float, float, bool]:
    """The family the Sweep dialog offers for ``name``: from, to and log spacing.

    From the current value up by 30 steps, or the whole range when the value is at its
    top, when that draws a visible family (see :data:`VISIBLE_SHARE`) over ``x``.  A
    parameter whose allowed range spans decades and whose steps are tiny beside its
    value (SMU's μ = 10⁶, SMU-1's μ = 4·10⁻⁹) is offered its top :data:`LOG_DECADES`
    decades, log-spaced, first.  Else the first visible of: from the bottom of the range
    up to the value (Softplus' threshold = 20 acts only beyond x = 20), the whole range.
    """
    p = act.param(name)
    assert isinstance(p, NumberParam)
    lo, hi = sweep.animation_range(act, params, name)
    now = float(params[name])
    ordinary = (now, min(hi, now + 30 * p.step), False) if now < hi else (lo, hi, False)
    candidates = [ordinary]
    top = (max(lo, hi / 10.0**LOG_DECADES), hi, True)
    if lo > 0 and hi / lo >= 1e3 and (now < p.step or 30 * p.step < 0.1 * now):
        candidates.insert(0, top)
    if math.isfinite(now) and lo < now < hi:
        candidates.append((lo, now, False))
    candidates.append((lo, hi, False))
    for a, b, log in candidates:
        if a == b:
            continue
        values = np.geomspace(a, b, n) if log else np.linspace(a, b, n)
        if family_spread(act, params, name, values, x) >= VISIBLE_SHARE:
            return a, b, log
    return candidates[0]


class SweepDialog(QDialog):
    """Which parameter of the selected curve, from, to, how many curves, log or linear;
    it offers a range that draws a visible family (:func:`default_sweep`)."""

    def __init__(self, state: ExplorerState, uid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.uid = uid
        c = state.curve(uid)
        self.params = [p for p in c.activation.params if isinstance(p, NumberParam)]
        self.param = QComboBox()
        for p in self.params:
            self.param.addItem(p.name, p.name)
        self.lo = QDoubleSpinBox()
        self.hi = QDoubleSpinBox()
        for spin in (self.lo, self.hi):
            spin.setKeyboardTracking(False)
        self.count = QSpinBox()
        self.count.setRange(sweep.MIN_MEMBERS, sweep.MAX_MEMBERS)
        self.count.setValue(5)
        self.log = QCheckBox()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.param_label, self.lo_label, self.hi_label, self.count_label = (
            QLabel(),
            QLabel(),
            QLabel(),
            QLabel(),
        )
        form = QFormLayout()
        form.addRow(self.param_label, self.param)
        form.addRow(self.lo_label, self.lo)
        form.addRow(self.hi_label, self.hi)
        form.addRow(self.count_label, self.count)
        form.addRow("", self.log)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.param.currentIndexChanged.connect(self._param_changed)
        self._param_changed()
        self._retranslate()
        self._recolour()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sweep a parameter"))
        self.param_label.setText(self.tr("Parameter"))
        self.lo_label.setText(self.tr("From"))
        self.hi_label.setText(self.tr("To"))
        self.count_label.setText(self.tr("Curves"))
        self.log.setText(self.tr("Log spacing"))
        self.log.setToolTip(self.tr("Space the values evenly on a log scale (both ends > 0)"))

    def _recolour(self) -> None:
        self.error.setStyleSheet(f"color: {theme.error_colour()};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)

    def _param_changed(self) -> None:
        i = self.param.currentIndex()
        if i < 0:
            return
        p = self.params[i]
        c = self.state.curve(self.uid)
        lo, hi = sweep.animation_range(c.activation, c.params, p.name)
        st = self.state
        x = np.linspace(st.x_min, st.x_max, 401)
        start, end, log = default_sweep(c.activation, c.params, p.name, x, self.count.value())
        for spin in (self.lo, self.hi):
            spin.setDecimals(_decimals(p, start, end))
            spin.setRange(lo, hi)
            spin.setSingleStep(p.step)
        self.lo.setValue(start)
        self.hi.setValue(end)
        self.log.setChecked(log)

    def apply(self) -> bool:
        try:
            self.state.add_sweep(
                self.uid,
                self.param.currentData(),
                self.lo.value(),
                self.hi.value(),
                self.count.value(),
                self.log.isChecked(),
            )
        except ValueError as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        return True


class CompareDialog(QDialog):
    """Curve a, curve b and what to draw: a − b, a / b or the error of a in ulps of b."""

    def __init__(self, state: ExplorerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.a, self.b, self.mode = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.a, self.b):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(40)
            for c in state.curves:
                combo.addItem(line_sample(c.color, c.style), state.label_of(c), c.uid)
        sel = state.selected
        ia = max(0, self.a.findData(sel))
        self.a.setCurrentIndex(ia)
        self.b.setCurrentIndex((ia + 1) % max(1, self.b.count()))
        for mode in MODES:
            self.mode.addItem("", mode)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.a_label, self.b_label, self.mode_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.a_label, self.a)
        form.addRow(self.b_label, self.b)
        form.addRow(self.mode_label, self.mode)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self._retranslate()
        self._recolour()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare two curves"))
        self.a_label.setText(self.tr("Curve a"))
        self.b_label.setText(self.tr("Curve b"))
        self.mode_label.setText(self.tr("Draw"))
        for i, mode in enumerate(MODES):
            self.mode.setItemText(i, _mode_text(mode))
        self.mode.setToolTip(
            self.tr(
                "Each row compares the same row of a and b: a − b, a / b, or the error "
                "of a in units in the last place of b"
            )
        )

    def _recolour(self) -> None:
        self.error.setStyleSheet(f"color: {theme.error_colour()};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)

    def apply(self) -> bool:
        try:
            self.state.add_compare(
                self.a.currentData(), self.b.currentData(), self.mode.currentData()
            )
        except ValueError as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        return True


def _mode_text(mode: str) -> str:
    return {"difference": "a − b", "ratio": "a / b", "ulps": "a − b (ulps)"}[mode] + (
        f"  ({message(MODE_TITLES[mode])})"
    )


class FamilyActions(QObject):
    """The Curve menu's Sweep, Compare and their removals, for a main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state: ExplorerState = window.state
        self.act_sweep = QAction(window)
        self.act_sweep.triggered.connect(self.sweep)
        self.act_compare = QAction(window)
        self.act_compare.triggered.connect(self.compare)
        self.act_remove_family = QAction(window)
        self.act_remove_family.triggered.connect(self.remove_family)
        self.act_remove_compares = QAction(window)
        self.act_remove_compares.triggered.connect(self.remove_compares)
        menu = window.m_curve
        menu.addSeparator()
        for act in (
            self.act_sweep,
            self.act_remove_family,
            self.act_compare,
            self.act_remove_compares,
        ):
            menu.addAction(act)
        menu.aboutToShow.connect(self._enable)
        window.installEventFilter(self)
        self._retranslate()
        self._enable()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.act_sweep.setText(self.tr("Sweep a parameter…"))
        self.act_sweep.setStatusTip(
            self.tr("Draw the selected curve at several values of one parameter, as one family")
        )
        self.act_remove_family.setText(self.tr("Remove the family"))
        self.act_compare.setText(self.tr("Compare two curves…"))
        self.act_compare.setStatusTip(
            self.tr("Draw the difference, the ratio or the error in ulps of two curves")
        )
        self.act_remove_compares.setText(self.tr("Remove the comparisons"))

    def _enable(self) -> None:
        sel = self.state.selected_curve
        numbers = sel is not None and any(isinstance(p, NumberParam) for p in sel.activation.params)
        self.act_sweep.setEnabled(numbers)
        self.act_remove_family.setEnabled(sel is not None and sel.group is not None)
        self.act_compare.setEnabled(len(self.state.curves) >= 2)
        self.act_remove_compares.setEnabled(bool(self.state.compares))

    def sweep(self) -> None:
        sel = self.state.selected_curve
        if sel is None or not any(isinstance(p, NumberParam) for p in sel.activation.params):
            return
        dialog = SweepDialog(self.state, sel.uid, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def compare(self) -> None:
        if len(self.state.curves) < 2:
            return
        dialog = CompareDialog(self.state, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def remove_family(self) -> None:
        sel = self.state.selected_curve
        if sel is not None and sel.group is not None:
            self.state.remove_group(sel.group)

    def remove_compares(self) -> None:
        with self.state.batch():
            for k in list(self.state.compares):
                self.state.remove_compare(k.uid)
