"""Pieces of the depth lab's figure: axes that print plain numbers or decades,
and plot titles that wrap (:class:`WrapLabel`).  The training lab's plots use
them too.
"""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QGraphicsSceneResizeEvent


# --- pieces of the figure ------------------------------------------------------------
class _PlainAxis(pg.AxisItem):
    """An axis that never rescales its tick labels by an SI factor.

    pyqtgraph 0.14 computes the SI scale in ``updateAutoSIPrefix`` even when
    auto SI prefixes are off; ``enableAutoSIPrefix(False)`` on an axis with a
    visible label (a theme switch re-styles the axes) then multiplied the
    histograms' fractions by 1000.
    """

    def __init__(self, orientation: str, **kwargs: Any) -> None:
        super().__init__(orientation, **kwargs)
        self.autoSIPrefix = False

    def updateAutoSIPrefix(self) -> None:
        if self.autoSIPrefix:
            super().updateAutoSIPrefix()
            return
        self.autoSIPrefixScale = 1.0
        self.labelUnitPrefix = ""
        self._updateLabel()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        # a true minus sign (U+2212), as the Curves tab's axes write: '-0.4' is a hyphen
        return [s.replace("-", "\u2212") for s in super().tickStrings(values, scale, spacing)]


class _DecadeAxis(_PlainAxis):
    """A log axis that labels only powers of ten once the view spans two decades.

    pyqtgraph labels the minor ticks 2..9 of a log axis too, which collide.
    """

    _major: frozenset[float] = frozenset()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        strings = super().tickStrings(values, scale, spacing)
        if not self.logMode:
            return strings
        whole = [abs(v - round(v)) < 1e-6 for v in values]
        if sum(whole) >= 2:  # two decades in view: label only them
            keep = whole
        else:  # less than that: 1, 2 and 5 times a power of ten
            keep = []
            for v in values:
                mantissa = 10.0 ** (v - math.floor(v + 1e-9))
                keep.append(min(abs(mantissa - m) for m in (1.0, 2.0, 5.0)) < 1e-6)
        if spacing is None:
            # pyqtgraph's minor ticks 2..9 list the decades again, whose labels the
            # decades' own levels draw: each was drawn twice (found by a tester)
            keep = [k and round(float(v), 9) not in self._major for k, v in zip(keep, values)]
        return [s if k else "" for s, k in zip(strings, keep)]

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float | None, list[float]]]:
        levels = super().tickValues(minVal, maxVal, size)
        #: the values of the levels above the minor ticks (labelled there)
        self._major = frozenset(
            round(float(v), 9) for spacing, values in levels if spacing is not None for v in values
        )
        return levels


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

    def __init__(self, text: str = "", **args: Any) -> None:
        self._hints: tuple[float, float, float] = (0.0, 0.0, 0.0)
        super().__init__(text, **args)

    def updateMin(self) -> None:  # LabelItem's one-line minimum: replaced by _fit
        pass

    def resizeEvent(self, ev: QGraphicsSceneResizeEvent) -> None:
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
