"""The widgets that show typeset formulas: :class:`MathView` (one formula, shrunk
or broken into lines to fit) and :class:`FormulaArea` (scrolls one sideways).

The typesetter itself is in two modules: :mod:`actgui.ui.math_parse` (the LaTeX
subset into a tree, no Qt) and :mod:`actgui.ui.math_layout` (the tree into boxes
with Qt font metrics, and their painting).  Their names are re-exported here for
older imports (``parse``, ``layout``, the node classes, the symbol tables).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from .math_layout import (  # noqa: F401  (re-exported: older imports of the typesetter)
    Box,
    DelimOp,
    LineOp,
    PathOp,
    TextOp,
    layout,
    layout_fitted,
    paint,
)
from .math_parse import (  # noqa: F401  (re-exported: the tests and info_panel import them from here)
    DELIMS,
    GREEK_LETTERS,
    OPERATORS,
    SPACES,
    SYMBOLS,
    Cases,
    Fenced,
    Frac,
    Glyphs,
    Node,
    Row,
    Scripts,
    Space,
    Sqrt,
    parse,
)


class MathView(QWidget):
    """Shows one typeset formula (or one line of monospace text); its size follows it.

    A formula a little wider than the widget is shrunk (down to :data:`SHRINK`); a
    wider one is broken into lines (at a top-level + or −, between factors, inside
    a fraction or cases block) and shrunk only as far as it must, never below
    :data:`MIN_SCALE`: :meth:`minimum_width` is the narrowest width that shows it
    whole, and a :class:`FormulaArea` scrolls sideways below that.
    ``sigContentChanged`` tells the area that the laid-out size changed.
    """

    sigContentChanged = Signal()

    #: the smallest shrink factor before the formula scrolls sideways instead
    MIN_SCALE = 0.8
    #: a formula that fits shrunk this far is shrunk rather than broken into lines
    SHRINK = 0.9
    #: margin around the formula, in pixels
    MARGIN = 4

    def __init__(self, latex: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._latex = ""
        self._plain = False
        self._box: Box | None = None
        #: width -> (the box shown at that width, its scale)
        self._fits: dict[int, tuple[Box, float]] = {}
        self._narrowest: Box | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.set_latex(latex)

    def latex(self) -> str:
        return self._latex

    def is_plain(self) -> bool:
        return self._plain

    def set_latex(self, latex: str) -> None:
        self._latex = latex
        self._plain = False
        self._relayout()

    def set_text(self, text: str) -> None:
        """One line of monospace text instead of a formula (an expression the
        typesetter cannot read)."""
        self._latex = text
        self._plain = True
        self._relayout()

    def _formula_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setFamilies(["STIX Two Math", "Cambria Math", "DejaVu Serif", "Noto Serif", "serif"])
        return font

    def _relayout(self) -> None:
        if not self._latex:
            self._box = None
        elif self._plain:
            mono = QFont(self.font())
            mono.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
            mono.setStyleHint(QFont.StyleHint.Monospace)
            fm = QFontMetricsF(mono)
            self._box = Box(
                fm.horizontalAdvance(self._latex),
                fm.ascent(),
                fm.descent(),
                [TextOp(0.0, 0.0, mono, self._latex)],
            )
        else:
            self._box = layout(self._latex, self._formula_font())
        self._fits = {}
        self._narrowest = None
        self.setToolTip(self._latex)
        self.updateGeometry()
        self.update()
        self.sigContentChanged.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._relayout()
        elif event.type() == QEvent.Type.PaletteChange:
            self.update()  # the text colour is read from the palette when painting

    def _fit(self, width: int) -> tuple[Box, float]:
        """The box shown at ``width`` and its scale: the formula whole if it fits
        (shrunk a little if need be), else broken into lines at the largest scale
        (down to MIN_SCALE) where they fit."""
        assert self._box is not None
        hit = self._fits.get(width)
        if hit is not None:
            return hit
        room = max(1, width - 2 * self.MARGIN)
        box = self._box
        fit: tuple[Box, float] | None = None
        if box.width <= room:
            fit = (box, 1.0)
        elif self._plain or box.width * self.SHRINK <= room:
            fit = (box, max(self.MIN_SCALE, room / box.width))
        else:
            font = self._formula_font()
            for k in (1.0, 0.95, 0.9, 0.85, self.MIN_SCALE):
                broken = layout_fitted(self._latex, font, room / k)
                if broken.width * k <= room:
                    fit = (broken, min(1.0, room / broken.width))
                    break
            if fit is None:
                narrowest = self._narrowest_box()
                fit = (narrowest, self.MIN_SCALE)
        if len(self._fits) > 64:
            self._fits.clear()
        self._fits[width] = fit
        return fit

    def _narrowest_box(self) -> Box:
        """The formula broken wherever it can be: its narrowest layout."""
        assert self._box is not None
        if self._narrowest is None:
            if self._plain:
                self._narrowest = self._box
            else:
                self._narrowest = layout_fitted(self._latex, self._formula_font(), 1.0)
        return self._narrowest

    def _scale_for(self, width: int) -> float:
        if self._box is None:
            return 1.0
        return self._fit(width)[1]

    def natural_width(self) -> int:
        """The width at full size, on one line."""
        if self._box is None:
            return 0
        return math.ceil(self._box.width) + 2 * self.MARGIN

    def minimum_width(self) -> int:
        """The narrowest width that shows the formula whole (broken wherever it can
        be, shrunk at most MIN_SCALE)."""
        if self._box is None:
            return 0
        narrowest = min(self._box.width, self._narrowest_box().width)
        return math.ceil(narrowest * self.MIN_SCALE) + 2 * self.MARGIN

    def content_height(self, width: int | None = None) -> int:
        """The laid-out height at ``width`` (default: the current width)."""
        if self._box is None:
            return 0
        box, k = self._fit(self.width() if width is None else width)
        return math.ceil((box.ascent + box.descent) * k) + 2 * self.MARGIN

    def content_width(self, width: int | None = None) -> int:
        """The laid-out width at ``width`` (default: the current width)."""
        if self._box is None:
            return 0
        box, k = self._fit(self.width() if width is None else width)
        return math.ceil(box.width * k) + 2 * self.MARGIN

    def is_broken(self, width: int | None = None) -> bool:
        """True where the formula is set on more than one line at ``width``."""
        if self._box is None:
            return False
        return self._fit(self.width() if width is None else width)[0] is not self._box

    def sizeHint(self) -> QSize:
        if self._box is None:
            return QSize(0, 0)
        return QSize(self.natural_width(), self.content_height(self.natural_width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimum_width(), self.content_height(self.minimum_width()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.content_height(width)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._box is None:
            return
        p = QPainter(self)
        color = self.palette().color(self.foregroundRole())
        box, k = self._fit(self.width())
        p.scale(k, k)
        m = self.MARGIN / k
        paint(p, box, m, m + box.ascent, color)
        p.end()

    def formula_rect(self) -> QRectF:
        """The formula as laid out at the current width (on one line or broken), unscaled."""
        if self._box is None:
            return QRectF()
        box, _k = self._fit(self.width())
        return QRectF(0, 0, box.width + 2 * self.MARGIN, box.ascent + box.descent + 2 * self.MARGIN)


def wheel_sideways_only(area: QAbstractScrollArea, event: QWheelEvent) -> None:
    """A wheel event for a box inside a scrolling panel that itself only scrolls
    sideways: a sideways wheel or Shift+wheel scrolls the box, a plain wheel is left
    to the panel (it would otherwise scroll the box sideways, or stop the panel)."""
    d = event.angleDelta()
    sideways = d.x() != 0 and abs(d.x()) >= abs(d.y())
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    bar = area.horizontalScrollBar()
    if not (sideways or (shift and d.y() != 0)) or bar.maximum() <= bar.minimum():
        # the panel scrolls: handed to it here (Qt passes on only a wheel event
        # from the system, and a sideways-only box would keep even that)
        outer = area.parentWidget()
        while outer is not None and not isinstance(outer, QAbstractScrollArea):
            outer = outer.parentWidget()
        if outer is None:
            event.ignore()
            return
        QApplication.sendEvent(outer.viewport(), event)
        event.accept()
        return
    delta = d.x() if sideways else d.y()
    step = QApplication.wheelScrollLines() * bar.singleStep()
    bar.setValue(bar.value() - round(delta / 120 * step))
    event.accept()


class FormulaArea(QScrollArea):
    """A :class:`MathView` that is always shown whole: as tall as its laid-out
    formula, scrolling sideways when the formula is wider than the room.

    Its height is set from the formula every time the formula or the width changes
    (a layout's cached size hint would keep the previous formula's height).
    """

    def __init__(self, view: MathView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view if view is not None else MathView()
        self.setWidget(self.view)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.sigContentChanged.connect(self._fit)
        self._fit()

    def needs_scrolling(self, width: int | None = None) -> bool:
        return self.view.minimum_width() > (self.width() if width is None else width)

    def _fit(self) -> None:
        """Height = the formula's at the width it gets, plus the scroll bar if it needs one."""
        w = self.width()
        self.view.setMinimumWidth(self.view.minimum_width())
        view_w = max(w, self.view.minimum_width())
        h = self.view.content_height(view_w)
        if h and self.needs_scrolling(w):
            h += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(h)
        if not self.view.latex():
            self.hide()
        elif self.isHidden() and self.parentWidget() is not None:
            self.show()

    def sizeHint(self) -> QSize:
        return QSize(self.view.sizeHint().width(), self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(60, self.view.minimum_width()), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        wheel_sideways_only(self, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()
