"""Axes for the canvas and the figures: readable tick density, labelled ends, true minus signs.

pyqtgraph's own axis picks its spacing from a fixed pixel budget (so [-10, 10] gets a
label every unit while y in [-3, 10] gets 0/5/10), drops the labels at the ends of the
range when the grid is on, prints ``-`` for minus and ``2e+08`` for large values.
:class:`CanvasAxis` chooses a 1-2-5 step for about five to eight labels depending on the
axis length in pixels, prefers a step that labels both ends of the x range, writes U+2212
and ``×10ⁿ`` for large or tiny values, and lines its width up with the other rows' left
axes (:class:`AxisGroup`) so the plots stay aligned whatever their labels.
"""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF

MINUS = "\u2212"
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")

#: pixels per label the density aims at, and the fewest pixels between two labels
_PX_PER_LABEL = {"horizontal": 100.0, "vertical": 34.0}
_MIN_PX = {"horizontal": 52.0, "vertical": 20.0}


def nice_ticks(
    lo: float, hi: float, size_px: float, horizontal: bool, prefer_ends: bool = False
) -> tuple[float, list[float]] | None:
    """(step, values): multiples of a 1-2-5 step in [lo, hi] for an axis ``size_px`` long.

    The count aims at ``size_px`` / a pixel budget, between 2 and 8; with
    ``prefer_ends`` a step that makes both ends of the range ticks is preferred.
    None when no step fits (an axis a few pixels long, a degenerate range).
    """
    if lo > hi:
        lo, hi = hi, lo
    span = hi - lo
    if not (math.isfinite(lo) and math.isfinite(hi)) or span <= 0 or size_px <= 0:
        return None
    kind = "horizontal" if horizontal else "vertical"
    target = min(8.0, max(2.0, size_px / _PX_PER_LABEL[kind]))
    most = max(2.0, size_px / _MIN_PX[kind])
    e = math.floor(math.log10(span / target))
    best: tuple[float, int, int, float, int] | None = None
    for k in range(e - 1, e + 3):
        for m in (1, 2, 5):
            step = m * 10.0**k
            i0 = math.ceil(lo / step - 1e-9)
            i1 = math.floor(hi / step + 1e-9)
            count = i1 - i0 + 1
            if count < 2 or count > most:
                continue
            score = abs(math.log(count / target))
            if prefer_ends:
                ends = all(abs(v / step - round(v / step)) < 1e-6 for v in (lo, hi))
                score += 0.0 if ends else 0.5
            if best is None or score < best[0]:
                best = (score, i0, i1, step, k)
    if best is None:
        return None
    _score, i0, i1, step, k = best
    m = round(step / 10.0**k)
    # i * m / 10**-k rounds better than i * step for small steps (0.1 * 3 != 0.3)
    values = [(i * m) / 10.0 ** (-k) if k < 0 else float(i * m * 10**k) for i in range(i0, i1 + 1)]
    return step, values


def format_ticks(values: list[float], step: float) -> list[str]:
    """Tick labels with a common number of decimals, U+2212 for minus, ``×10ⁿ`` when large."""
    if not values:
        return []
    biggest = max(abs(v) for v in values)
    exp = 0
    if biggest >= 1e5 or (0 < biggest < 1e-3):
        exp = math.floor(math.log10(biggest))
    unit = 10.0**exp
    decimals = max(0, -math.floor(math.log10(step / unit) + 1e-9))
    out = []
    for v in values:
        m = v / unit
        if abs(m) < step / unit * 1e-6:
            out.append("0")
            continue
        text = f"{m:.{decimals}f}".replace("-", MINUS)
        if exp:
            text += "×10" + str(exp).translate(_SUPERSCRIPT)
        out.append(text)
    return out


class AxisGroup:
    """Left axes of stacked plots: one width for all, the widest labels' need."""

    def __init__(self) -> None:
        self.axes: list[CanvasAxis] = []

    def add(self, axis: CanvasAxis) -> None:
        self.axes.append(axis)
        axis.group = self

    def align(self) -> None:
        shown = [a for a in self.axes if a.isVisible()]
        if not shown:
            return
        width = max(a.text_need for a in shown)
        for a in self.axes:
            if a.textWidth != width:
                a.textWidth = width
                a._updateWidth()


class QuietAxis(pg.AxisItem):
    """pyqtgraph's axis, typesetting its title only when the title's text changes.

    pyqtgraph re-typesets it (``setHtml``) at each of its own updates, the same text
    every time: ~8 times while an axis is built and at every range change while an
    SI prefix is on, ~100 times for a canvas's twelve axes before its first frame.
    """

    _typeset: str | None = None

    def _updateLabel(self) -> None:
        html = self.labelString()
        if html != self._typeset:
            self._typeset = html
            self.label.setHtml(html)
        self._adjustSize()
        self.picture = None
        self.update()


class CanvasAxis(QuietAxis):
    """An axis with the tick choice and labels described in the module's docstring."""

    def __init__(self, orientation: str, prefer_ends: bool | None = None, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        horizontal = orientation in ("top", "bottom")
        #: label the ends of the range when a tidy step allows (x axes)
        self.prefer_ends = horizontal if prefer_ends is None else prefer_ends
        self.group: AxisGroup | None = None
        self.text_need = 30
        self.setStyle(autoExpandTextSpace=True, autoReduceTextSpace=True)
        # the labels say ×10ⁿ themselves; pyqtgraph's SI prefix would add "(x0.001)"
        # to the axis title, which puzzles readers of f(x)
        self.enableAutoSIPrefix(False)
        self.last_strings: list[str] = []

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        horizontal = self.orientation in ("top", "bottom")
        ticks = nice_ticks(minVal, maxVal, size, horizontal, self.prefer_ends)
        if ticks is None:
            return super().tickValues(minVal, maxVal, size)
        step, values = ticks
        return [(step, values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        strings = format_ticks([v * scale for v in values], spacing * scale)
        self.last_strings = strings
        return strings

    def boundingRect(self) -> QRectF:
        # room for the labels at the ends of the range, which stick out of the axis
        # by half their width (pyqtgraph drops such labels when the grid is on)
        rect = super().boundingRect()
        own = self.mapRectFromParent(self.geometry())
        if self.orientation in ("top", "bottom"):
            return rect | own.adjusted(-24, 0, 24, 0)
        return rect | own.adjusted(0, -8, 0, 8)

    def _updateMaxTextSize(self, x: int) -> None:
        if self.orientation in ("left", "right") and self.group is not None:
            self.text_need = x
            self.group.align()
            return
        super()._updateMaxTextSize(x)
