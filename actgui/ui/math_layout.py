"""Layout and painting of the typesetter: the tree :func:`actgui.ui.math_parse.parse`
makes, set in boxes with Qt font metrics and painted with QPainter.

:func:`layout` and :func:`layout_fitted` (broken into lines to fit a width) return
a :class:`Box`: its size and its drawing operations (:class:`TextOp`,
:class:`LineOp`, :class:`PathOp`, :class:`DelimOp`) relative to its origin on the
baseline; :func:`paint` draws a box.  Fractions are stacked with a rule, scripts
raised and smaller, a radical gets its bar, cases a brace.  The widgets that show
formulas are :mod:`actgui.ui.math_view`'s.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, fields
from typing import Literal

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
)

from .math_parse import (
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

# --- layout -------------------------------------------------------------------


@dataclass(slots=True)
class _Op:
    """A drawing operation of a laid-out formula, in pixels relative to the box's
    origin on its baseline (y grows downwards).  Subclasses name their fields;
    ``op[i]`` reads field ``i`` (``op[0]`` is the kind) for callers that still
    unpack operations as the tuples they used to be."""

    def __getitem__(self, i: int) -> object:
        return getattr(self, fields(self)[i].name)

    def shifted(self, dx: float, dy: float) -> _Op:
        """The same operation moved by ``(dx, dy)``."""
        raise NotImplementedError


@dataclass(slots=True)
class TextOp(_Op):
    """``text`` in ``font`` with its baseline starting at ``(x, y)``."""

    kind: Literal["text"] = field(default="text", init=False)
    x: float = 0.0
    y: float = 0.0
    font: QFont = field(default_factory=QFont)
    text: str = ""

    def shifted(self, dx: float, dy: float) -> TextOp:
        return TextOp(self.x + dx, self.y + dy, self.font, self.text)


@dataclass(slots=True)
class LineOp(_Op):
    """A straight line from ``(x1, y1)`` to ``(x2, y2)``, ``width`` pixels wide."""

    kind: Literal["line"] = field(default="line", init=False)
    x1: float = 0.0
    y1: float = 0.0
    x2: float = 0.0
    y2: float = 0.0
    width: float = 1.0

    def shifted(self, dx: float, dy: float) -> LineOp:
        return LineOp(self.x1 + dx, self.y1 + dy, self.x2 + dx, self.y2 + dy, self.width)


@dataclass(slots=True)
class PathOp(_Op):
    """An open polyline through ``points``, ``width`` pixels wide (the radical sign)."""

    kind: Literal["path"] = field(default="path", init=False)
    points: list[tuple[float, float]] = field(default_factory=list)
    width: float = 1.0

    def shifted(self, dx: float, dy: float) -> PathOp:
        return PathOp([(px + dx, py + dy) for px, py in self.points], self.width)


@dataclass(slots=True)
class DelimOp(_Op):
    """Delimiter ``ch`` drawn to fill the box ``x, top, w, h`` with pen width ``lw``
    (see :func:`_draw_delim`)."""

    kind: Literal["delim"] = field(default="delim", init=False)
    ch: str = ""
    x: float = 0.0
    top: float = 0.0
    w: float = 0.0
    h: float = 0.0
    lw: float = 1.0

    def shifted(self, dx: float, dy: float) -> DelimOp:
        return DelimOp(self.ch, self.x + dx, self.top + dy, self.w, self.h, self.lw)


@dataclass
class Box:
    width: float
    ascent: float
    descent: float
    ops: list[_Op]  # drawing operations relative to (0, baseline)
    #: broken into lines: nothing more is set after it on its last line
    broken: bool = False


class _Layout:
    def __init__(self, font: QFont) -> None:
        self.base = QFont(font)

    def font(self, scale: float, italic: bool = False) -> QFont:
        f = QFont(self.base)
        f.setPointSizeF(max(4.0, self.base.pointSizeF() * scale))
        f.setItalic(italic)
        return f

    def layout(self, node: Node, scale: float = 1.0) -> Box:
        if isinstance(node, Glyphs):
            f = self.font(scale, node.italic)
            fm = QFontMetricsF(f)
            text = node.text
            if node.upright_op:
                text += "\u2009"
            w = fm.horizontalAdvance(text)
            if node.italic:
                w += fm.height() * 0.06  # italic overhang
            return Box(w, fm.ascent(), fm.descent(), [TextOp(0.0, 0.0, f, text)])
        if isinstance(node, Space):
            fm = QFontMetricsF(self.font(scale))
            return Box(node.em * fm.height(), 0, 0, [])
        if isinstance(node, Row):
            return self._row([self.layout(n, scale) for n in node.items], scale)
        if isinstance(node, Frac):
            inner = scale if scale < 1 else scale * 0.9
            return self._frac(self.layout(node.num, inner), self.layout(node.den, inner), scale)
        if isinstance(node, Sqrt):
            body = self.layout(node.body, scale)
            fm = QFontMetricsF(self.font(scale))
            gap = fm.height() * 0.1
            sign_w = fm.height() * 0.5
            top = body.ascent + gap
            lw = max(1.0, fm.height() * 0.05)
            path = [
                (0.0, -top * 0.35),
                (sign_w * 0.3, -top * 0.45),
                (sign_w * 0.6, body.descent),
                (sign_w, -top),
                (sign_w + body.width + gap, -top),
            ]
            ops = [PathOp(path, lw), *_shift(body.ops, sign_w + gap * 0.5, 0.0)]
            return Box(sign_w + body.width + gap, top + lw, body.descent, ops)
        if isinstance(node, Scripts):
            base = self.layout(node.base, scale)
            fm = QFontMetricsF(self.font(scale))
            s = scale * 0.7
            ops = list(base.ops)
            w = base.width
            asc, desc = base.ascent, base.descent
            extra = 0.0
            if node.sup is not None:
                sup = self.layout(node.sup, s)
                # as TeX: at least the base's top less a drop, and the exponent's bottom
                # clear of the baseline (a fraction after a bracket: raised, not beside it)
                raise_by = max(
                    base.ascent - sup.ascent * 0.6,
                    fm.xHeight() * 0.8,
                    sup.descent + fm.xHeight() * 0.25,
                )
                ops += _shift(sup.ops, w + 1, -raise_by)
                asc = max(asc, raise_by + sup.ascent)
                extra = max(extra, sup.width + 1)
            if node.sub is not None:
                sub = self.layout(node.sub, s)
                drop = max(base.descent * 0.6 + sub.ascent * 0.4, fm.xHeight() * 0.45)
                ops += _shift(sub.ops, w + 1, drop)
                desc = max(desc, drop + sub.descent)
                extra = max(extra, sub.width + 1)
            return Box(w + extra, asc, desc, ops)
        if isinstance(node, Fenced):
            body = self.layout(node.body, scale)
            return self._fence(node.left, body, node.right, scale)
        if isinstance(node, Cases):
            return self._cases(node, scale)
        return Box(0, 0, 0, [])

    def _frac(self, num: Box, den: Box, scale: float) -> Box:
        fm = QFontMetricsF(self.font(scale))
        axis = fm.xHeight() * 0.5
        pad = fm.height() * 0.12
        w = max(num.width, den.width) + 2 * pad
        line_w = max(1.0, fm.height() * 0.05)
        ops: list[_Op] = [LineOp(0.0, -axis, w, -axis, line_w)]
        ops += _shift(num.ops, (w - num.width) / 2, -axis - line_w - pad * 0.6 - num.descent)
        ops += _shift(den.ops, (w - den.width) / 2, -axis + line_w + pad * 0.6 + den.ascent)
        asc = axis + line_w + pad * 0.6 + num.descent + num.ascent
        desc = -axis + line_w + pad * 0.6 + den.ascent + den.descent
        return Box(w, asc, max(desc, fm.descent()), ops)

    def _row(self, boxes: list[Box], scale: float, keep_broken: bool = False) -> Box:
        fm = QFontMetricsF(self.font(scale))
        x = 0.0
        ops: list[_Op] = []
        asc, desc = fm.ascent() * 0.8, fm.descent() * 0.5
        for b in boxes:
            ops += _shift(b.ops, x, 0.0)
            x += b.width
            asc, desc = max(asc, b.ascent), max(desc, b.descent)
        return Box(x, asc, desc, ops, broken=keep_broken)

    def _fence(self, left: str, body: Box, right: str, scale: float) -> Box:
        fm = QFontMetricsF(self.font(scale))
        height = body.ascent + body.descent
        tall = height > fm.height() * 1.3
        ops: list[_Op] = []
        x = 0.0
        lw = max(1.0, fm.height() * 0.06)
        dw = fm.height() * 0.35

        def delim(ch: str) -> None:
            nonlocal x
            if not ch:
                return
            if not tall:
                ops.append(TextOp(x, 0.0, self.font(scale), ch))
                x += fm.horizontalAdvance(ch)
            else:
                ops.append(DelimOp(ch, x, -body.ascent, dw, height, lw))
                x += dw

        delim(left)
        ops.extend(_shift(body.ops, x, 0.0))
        x += body.width
        delim(right)
        return Box(x, body.ascent + (lw if tall else 0), body.descent + (lw if tall else 0), ops)

    def _cases(self, node: Cases, scale: float) -> Box:
        rows = [(self.layout(a, scale), self.layout(b, scale)) for a, b in node.rows]
        return self._cases_boxes(rows, scale)

    def _cases_metrics(self, scale: float) -> tuple[float, float, float]:
        """The gap between the columns, between the rows, and where the columns start."""
        fm = QFontMetricsF(self.font(scale))
        return fm.height() * 0.9, fm.height() * 0.25, fm.height() * 0.65

    def _cases_boxes(self, rows: list[tuple[Box, Box]], scale: float, stacked: bool = False) -> Box:
        """A brace before rows of value and condition: side by side, or ``stacked``
        (each condition on a line of its own, indented under its value)."""
        fm = QFontMetricsF(self.font(scale))
        gap_col, gap_row, x0 = self._cases_metrics(scale)
        if not rows:
            return Box(0, 0, 0, [])
        if stacked:
            indent = fm.height()
            lines = [self._stack([(0.0, a), (indent, b)], scale) if b.width else a for a, b in rows]
            rows = [(line, Box(0, 0, 0, [])) for line in lines]
        col0 = max(a.width for a, _ in rows)
        heights = [max(a.ascent, b.ascent) + max(a.descent, b.descent) for a, b in rows]
        total = sum(heights) + gap_row * (len(rows) - 1)
        axis = fm.xHeight() * 0.5
        top = -axis - total / 2
        brace_w = fm.height() * 0.45
        lw = max(1.0, fm.height() * 0.06)
        ops: list[_Op] = [DelimOp("{", 0.0, top, brace_w, total, lw)]
        y = top
        for (a, b), h in zip(rows, heights):
            baseline = y + max(a.ascent, b.ascent)
            ops += _shift(a.ops, x0, baseline)
            ops += _shift(b.ops, x0 + col0 + gap_col, baseline)
            y += h + gap_row
        right = max(b.width for _, b in rows)
        width = x0 + col0 + (gap_col + right if right else 0.0)
        return Box(width, -top, total + top, ops)

    # --- a formula wider than its room: broken into lines ------------------------

    def fitted(self, node: Node, width: float) -> Box:
        """``node`` in ``width`` where it can be broken to fit: the left-hand side
        (up to the first ``=``) stays on the first line, the right-hand side breaks
        before a top-level + or −, then between factors (the next line starting
        with ×), then inside a fraction's numerator or a cases block (conditions
        under their values).  What cannot be broken stays wider than ``width``."""
        items = node.items if isinstance(node, Row) else [node]
        k = next((i for i, n in enumerate(items) if _is_equals(n)), None)
        if k is None:
            return self._fit_items(items, width, 1.0)
        lhs = self._row([self.layout(n) for n in items[: k + 1]], 1.0)
        rhs = self._fit_items(items[k + 1 :], max(1.0, width - lhs.width), 1.0)
        return self._row([lhs, rhs], 1.0, keep_broken=rhs.broken)

    def _fit_items(self, items: list[Node], width: float, scale: float, depth: int = 0) -> Box:
        box = self._row([self.layout(n, scale) for n in items], scale)
        if box.width <= width or depth > 8:
            return box
        fm = QFontMetricsF(self.font(scale))
        indent = fm.height() * 0.5  # continuation lines: a little in from the first
        terms = _split(items, _term_breaks(items))
        if len(terms) > 1:
            boxes = [self._fit_items(t, width - indent, scale, depth + 1) for t in terms]
            return self._fill(boxes, width, indent, scale)
        factors = _split(items, _factor_breaks(items))
        if len(factors) > 1:
            times = Glyphs("\u2005×\u2005")
            boxes = [self._fit_items(factors[0], width, scale, depth + 1)]
            for f in factors[1:]:
                if _is_times(f[0]):
                    f = f[1:]
                boxes.append(self._fit_items([times, *f], width - indent, scale, depth + 1))
            return self._fill(boxes, width, indent, scale)
        # one factor: break inside its widest fraction or cases block
        sizes = [self.layout(n, scale) for n in items]
        wide = [i for i, n in enumerate(items) if isinstance(n, (Frac, Cases))]
        if not wide:
            return box
        i = max(wide, key=lambda j: sizes[j].width)
        room = width - (box.width - sizes[i].width)
        node = items[i]
        assert isinstance(node, (Frac, Cases))  # chosen from ``wide``
        fitted = (
            self._fit_frac(node, room, scale)
            if isinstance(node, Frac)
            else self._fit_cases(node, room, scale)
        )
        return self._row([*sizes[:i], fitted, *sizes[i + 1 :]], scale)

    def _fill(self, boxes: list[Box], width: float, indent: float, scale: float) -> Box:
        """Pieces set on lines as full as ``width`` allows (the first line at 0, the
        others at ``indent``); a broken piece ends its line."""
        lines: list[Box] = []
        cur: Box | None = None
        for b in boxes:
            room = width - (indent if lines else 0.0)
            if cur is not None and not cur.broken and cur.width + b.width <= room:
                cur = self._row([cur, b], scale, keep_broken=b.broken)
            else:
                if cur is not None:
                    lines.append(cur)
                cur = b
        if cur is not None:
            lines.append(cur)
        if len(lines) == 1:
            return lines[0]
        out = self._stack([(0.0 if i == 0 else indent, b) for i, b in enumerate(lines)], scale)
        return out

    def _fit_frac(self, node: Frac, width: float, scale: float) -> Box:
        inner = scale if scale < 1 else scale * 0.9
        fm = QFontMetricsF(self.font(scale))
        room = width - 2 * fm.height() * 0.12
        num = self._fit_items(_items(node.num), room, inner)
        den = self._fit_items(_items(node.den), room, inner)
        num.broken = den.broken = False  # a fraction ends nothing: it is one piece
        return self._frac(num, den, scale)

    def _fit_cases(self, node: Cases, width: float, scale: float) -> Box:
        gap_col, _gap_row, x0 = self._cases_metrics(scale)
        conditions = [self.layout(b, scale) for _a, b in node.rows]
        right = max((c.width for c in conditions), default=0.0)
        room = width - x0 - (gap_col + right if right else 0.0)
        values = [self._fit_items(_items(a), room, scale) for a, _b in node.rows]
        if right == 0.0 or max(v.width for v in values) <= room:
            return self._cases_boxes(list(zip(values, conditions)), scale)
        values = [self._fit_items(_items(a), width - x0, scale) for a, _b in node.rows]
        return self._cases_boxes(list(zip(values, conditions)), scale, stacked=True)

    def _stack(self, lines: list[tuple[float, Box]], scale: float) -> Box:
        """Lines under one another, each at its x; the first line's baseline is the box's."""
        fm = QFontMetricsF(self.font(scale))
        gap = fm.height() * 0.3
        ops: list[_Op] = []
        y = 0.0
        width = 0.0
        prev: Box | None = None
        for x, b in lines:
            if prev is not None:
                y += prev.descent + gap + b.ascent
            ops += _shift(b.ops, x, y)
            width = max(width, x + b.width)
            prev = b
        assert prev is not None
        return Box(width, lines[0][1].ascent, y + prev.descent, ops, broken=True)


def _items(node: Node) -> list[Node]:
    return node.items if isinstance(node, Row) else [node]


def _is_equals(node: Node) -> bool:
    return isinstance(node, Glyphs) and node.text.strip("\u2009 ") == "="


def _depths(items: list[Node]) -> list[int]:
    """Each item's depth in plain brackets: ( and [ open, ) and ] close (also under a
    script: ``)^{2}``); ``\\left( \\right)`` are one item, depth 0 around it."""
    out, depth = [], 0
    for n in items:
        base = n.base if isinstance(n, Scripts) else n
        text = base.text if isinstance(base, Glyphs) and not base.upright_op else ""
        depth -= sum(text.count(c) for c in ")]")
        out.append(max(depth, 0))
        depth += sum(text.count(c) for c in "([")
    return out


def _is_sign(node: Node) -> bool:
    return isinstance(node, Glyphs) and node.text in ("\u2005+\u2005", "\u2005−\u2005")


def _is_connector(node: Node) -> bool:
    """A word between formulas: ``\\text{ with }``."""
    if not isinstance(node, Glyphs) or node.italic or node.upright_op:
        return False
    word = node.text.strip()
    return node.text[:1].isspace() and len(word) > 1 and word.isalpha()


def _term_breaks(items: list[Node]) -> list[int]:
    """Where a line may break: before a + or − or a connecting word, outside brackets."""
    depths = _depths(items)
    return [
        i
        for i, n in enumerate(items)
        if i > 0 and depths[i] == 0 and (_is_sign(n) or _is_connector(n))
    ]


def _closes(node: Node) -> bool:
    if isinstance(node, (Fenced, Frac, Sqrt, Scripts)):
        return True
    return isinstance(node, Glyphs) and node.text.rstrip()[-1:] in (")", "]")


def _opens(node: Node) -> bool:
    if isinstance(node, (Fenced, Frac, Sqrt)):
        return True
    if isinstance(node, Scripts):
        return _opens(node.base) or (isinstance(node.base, Glyphs) and node.base.upright_op)
    if isinstance(node, Glyphs):
        return node.upright_op or node.text.lstrip()[:1] in ("(", "[")  # not a variable
    return False


def _factor_breaks(items: list[Node]) -> list[int]:
    """Where a product may break: before a factor that follows a closed one (never
    between a function and its argument), before an operator name, at a · or ×."""
    depths = _depths(items)
    out = []
    for i in range(1, len(items)):
        n, prev = items[i], items[i - 1]
        if depths[i] != 0 or _is_sign(prev) or _is_times(prev):
            continue  # a leading sign or × stays with its factor
        dot = _is_times(n)
        op = isinstance(n, Glyphs) and n.upright_op
        if dot or op or (_opens(n) and _closes(prev)):
            out.append(i)
    return out


def _is_times(node: Node) -> bool:
    return isinstance(node, Glyphs) and node.text.strip("\u2009\u2005 ") in ("·", "×")


def _split(items: list[Node], at: list[int]) -> list[list[Node]]:
    bounds = [0, *at, len(items)]
    return [items[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def _shift(ops: list[_Op], dx: float, dy: float) -> list[_Op]:
    return [op.shifted(dx, dy) for op in ops]


def layout(latex: str, font: QFont) -> Box:
    return _Layout(font).layout(parse(latex))


def layout_fitted(latex: str, font: QFont, width: float) -> Box:
    """The formula broken into lines to fit ``width`` where it can (see
    :meth:`_Layout.fitted`); as :func:`layout` where it fits."""
    return _Layout(font).fitted(parse(latex), width)


def paint(painter: QPainter, box: Box, x: float, baseline: float, color: QColor) -> None:
    """Draw a laid-out formula with its baseline at (x, baseline)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for op in box.ops:
        if isinstance(op, TextOp):
            painter.setPen(color)
            painter.setFont(op.font)
            painter.drawText(QPointF(x + op.x, baseline + op.y), op.text)
        elif isinstance(op, LineOp):
            painter.setPen(QPen(color, op.width))
            painter.drawLine(
                QPointF(x + op.x1, baseline + op.y1), QPointF(x + op.x2, baseline + op.y2)
            )
        elif isinstance(op, PathOp):
            pts = op.points
            path = QPainterPath(QPointF(x + pts[0][0], baseline + pts[0][1]))
            for px, py in pts[1:]:
                path.lineTo(QPointF(x + px, baseline + py))
            painter.setPen(QPen(color, op.width))
            painter.drawPath(path)
        elif isinstance(op, DelimOp):
            _draw_delim(painter, op.ch, x + op.x, baseline + op.top, op.w, op.h, op.lw, color)
    painter.restore()


def _draw_delim(
    painter: QPainter, ch: str, x: float, top: float, w: float, h: float, lw: float, color: QColor
) -> None:
    """Draw delimiter ``ch`` (``( ) [ ] { } |``) in the box ``x, top, w, h`` with pen width
    ``lw``.  Each closing delimiter is its opening one mirrored left to right, so the
    shapes are written once, for the opening side, in fractions of ``w``."""
    painter.setPen(QPen(color, lw))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    bottom = top + h
    mirrored = ch in (")", "]", "}")

    def at(f: float) -> float:
        """x of fraction ``f`` of the width from the opening side."""
        return x + w * (1.0 - f if mirrored else f)

    if ch in ("(", ")"):
        path.moveTo(at(0.8), top)
        path.cubicTo(at(0.05), top + h * 0.25, at(0.05), top + h * 0.75, at(0.8), bottom)
    elif ch in ("[", "]"):
        path.moveTo(at(0.75), top)
        path.lineTo(at(0.3), top)
        path.lineTo(at(0.3), bottom)
        path.lineTo(at(0.75), bottom)
    elif ch == "|":
        path.moveTo(at(0.5), top)
        path.lineTo(at(0.5), bottom)
    elif ch in ("{", "}"):
        mid = top + h / 2
        end, c, tip = at(0.85), at(0.45), at(0.1)
        path.moveTo(end, top)
        path.cubicTo(c, top, c, top + h * 0.05, c, top + h * 0.15)
        path.lineTo(c, mid - h * 0.08)
        path.cubicTo(c, mid - h * 0.02, tip, mid, tip, mid)
        path.cubicTo(tip, mid, c, mid + h * 0.02, c, mid + h * 0.08)
        path.lineTo(c, bottom - h * 0.15)
        path.cubicTo(c, bottom - h * 0.05, c, bottom, end, bottom)
    painter.drawPath(path)
