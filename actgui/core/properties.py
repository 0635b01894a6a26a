"""Properties of an activation computed from its own f and f' for given parameters.

Over 600 lines on purpose: one algorithm (the grid, critical points refined by
bisection, the range as a union of pieces, flat and dead intervals, smoothness)
whose steps share the grid and the tolerances; apart they would only call back
and forth.

Nothing here is typed in per function: range, monotonicity, symmetry, extrema,
saturation, dead zones and smoothness are all read off the kernels on a grid
that is dense near the origin, spans the whole float64 line in its tails and
contains every declared kink and jump.

Two facts keep the sampling honest:

* A function that is smooth between its declared kinks cannot have f' == 0 on
  an interval unless it is constant there (analytic continuation), so dead
  zones and flat extrema are only looked for between consecutive kinks, and an
  interval counts as flat only if f' is exactly 0 at every sample in it.  That
  keeps float underflow in the tails (sigmoid'(-1000) == 0.0) from faking a dead
  zone.
* An end of the range is *closed* only when a finite x attains it: at a critical
  point (f' changes sign; refined by bisection), at a kink or jump, or on a
  flat interval.  A value only approached as x -> +-inf gives an open end.

Jumps split the line into pieces; f is continuous on each, so each piece's image
is an interval (or a point, where f is flat), found as above from that piece's
own candidates, and f at each jump is a point of its own.  The range is the union
of these, merged where they overlap or touch: {0, 1} for the binary step,
{0} ∪ (1, ∞) for the default Threshold.

Two declarations of an activation complete what the kernels can show:
``higher_kinks`` (f, f', f'' continuous, a higher derivative jumping: ISRLU is C²)
and ``switches`` (an implementation's switch of formula, as PyTorch's Softplus
returning x above its threshold: described as a note with the size of its step,
not as a jump of the function).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, SupportsFloat

import numpy as np

from ._numeric import sorted_unique
from .spec import Activation, FloatArray, ParamValue

_MODERATE = 50.0  # half-width of the dense grid
_DENSE_POINTS = 20_001
_HUGE = 1e300  # where limits at +-infinity are read
_UNBOUNDED = 1e100  # |f| beyond this in the tails means the range is unbounded
_SATURATED = 1e-9  # |f'| below this at every |x| >= 1e10 means f' -> 0


class Interval(NamedTuple):
    """An x interval; an end is closed when f there has the interval's value."""

    lo: float
    hi: float
    lo_closed: bool = False
    hi_closed: bool = False


@dataclass(frozen=True)
class RangeEnd:
    """One end of the range: value (may be +-inf), whether attained, and where."""

    value: float
    closed: bool
    #: x (or an interval (a, b)) where the value is attained; None if not attained.
    at: float | Interval | None = None


@dataclass(frozen=True)
class RangePart:
    """One interval (or a single point) of the range."""

    low: RangeEnd
    high: RangeEnd

    @property
    def is_point(self) -> bool:
        return self.low.value == self.high.value and self.low.closed and self.high.closed


@dataclass(frozen=True)
class Switch:
    """An implementation's switch of formula at ``x``: f(x+) - f(x-) is ``step``."""

    x: float
    step: float


@dataclass(frozen=True)
class Extremum:
    value: float
    at: float | Interval


@dataclass(frozen=True)
class Properties:
    low: RangeEnd
    high: RangeEnd
    #: "increasing", "non-decreasing", "decreasing", "non-increasing" or None.
    monotonic: str | None
    #: "odd", "even", "point" (odd about (0, f(0)), as sigmoid) or None.
    symmetry: str | None
    #: -1: f jumps; 0: f continuous, f' jumps; 1: f' continuous, f'' jumps;
    #: n >= 2: f is C^n and the derivative of order n + 1 jumps (declared by the
    #: function's ``higher_kinks``), or C² at least when ``continuity_at_least``;
    #: math.inf: smooth (no kinks at all).  Kinks are where the function says
    #: its pieces meet; continuity there is measured up to f''.
    continuity: float
    f0: float
    df0: float
    #: f(0) = 0 and f takes both signs, so outputs can average to zero
    #: (tanh, ELU, Leaky ReLU yes; sigmoid and ReLU no).
    zero_centred: bool
    identity_near_zero: bool
    saturates_left: bool
    saturates_right: bool
    dead_zones: tuple[tuple[float, float], ...] = field(default=())
    global_min: Extremum | None = None
    global_max: Extremum | None = None
    #: the range as a union of disjoint intervals and points, in increasing order
    #: (one part unless f jumps)
    range_parts: tuple[RangePart, ...] = field(default=())
    #: True when ``continuity`` (2) is only a lower bound: f, f', f'' are
    #: continuous at every kink and nothing is known of higher derivatives.
    continuity_at_least: bool = False
    #: where the implementation switches formula, with the size of its step
    switches: tuple[Switch, ...] = field(default=())

    @property
    def bounded_below(self) -> bool:
        return math.isfinite(self.low.value)

    @property
    def bounded_above(self) -> bool:
        return math.isfinite(self.high.value)

    def range_text(self) -> str:
        """The range: "(0, 1)", or a union such as "{0} ∪ (1, ∞)" and "{0, 1}"."""
        parts = self.range_parts or (RangePart(self.low, self.high),)
        groups: list[str] = []
        points: list[float] = []
        for part in parts:
            if part.is_point:
                points.append(part.low.value)
                continue
            if points:
                groups.append("{" + ", ".join(_fmt(v) for v in points) + "}")
                points = []
            lo = "[" if part.low.closed else "("
            hi = "]" if part.high.closed else ")"
            groups.append(f"{lo}{_fmt(part.low.value)}, {_fmt(part.high.value)}{hi}")
        if points:
            groups.append("{" + ", ".join(_fmt(v) for v in points) + "}")
        return " ∪ ".join(groups)

    def smoothness_text(self, tr: Callable[[str], str] = lambda text: text) -> str:
        if self.continuity == math.inf:
            return "C∞"
        if self.continuity < 0:
            return tr("discontinuous")
        if self.continuity_at_least:
            return tr("C² or smoother")
        return "C" + str(int(self.continuity)).translate(_SUPERSCRIPT)

    def as_rows(self, tr: Callable[[str], str] = lambda text: text) -> list[tuple[str, str]]:
        """(property, value) rows for tables and `actgui list`.

        Every fixed English word goes through ``tr`` (the window passes its Qt
        translator, so the same rows come out in Chinese); numbers stay numbers.
        """

        def yes(b: bool) -> str:
            return tr("yes") if b else tr("no")

        def ext(e: Extremum | None) -> str:
            if e is None:
                return tr("none")
            return tr("{value} at x = {where}").format(value=_fmt(e.value), where=_fmt_at(e.at))

        sat = [
            s for s, on in (("x → -∞", self.saturates_left), ("x → +∞", self.saturates_right)) if on
        ]
        rows = [
            (tr("range"), self.range_text()),
            (tr("bounded below"), yes(self.bounded_below)),
            (tr("bounded above"), yes(self.bounded_above)),
            (tr("monotonic"), tr(self.monotonic) if self.monotonic else tr("no")),
            (tr("zero-centred (f(0) = 0, both signs)"), yes(self.zero_centred)),
            (tr("symmetry"), tr(_SYMMETRY[self.symmetry]) if self.symmetry else tr("none")),
            (tr("smoothness"), self.smoothness_text(tr)),
        ]
        if self.switches:
            note = tr("the code switches formula at x = {where}; the curve steps by {size} there")
            rows.append(
                (
                    tr("implementation note"),
                    tr(", ").join(
                        note.format(where=_fmt(sw.x), size=_fmt_step(sw.step))
                        for sw in self.switches
                    ),
                )
            )
        return [
            *rows,
            ("f(0)", _fmt(self.f0)),
            ("f′(0)", _fmt(self.df0)),
            (tr("global minimum"), ext(self.global_min)),
            (tr("global maximum"), ext(self.global_max)),
            (tr("saturates (f′ → 0)"), tr(", ").join(sat) if sat else tr("no")),
            (
                tr("dead zone (f′ = 0)"),
                tr(", ").join(_fmt_at(z) for z in self.dead_zones) or tr("none"),
            ),
            (tr("≈ identity near 0"), yes(self.identity_near_zero)),
        ]


_SYMMETRY = {"odd": "odd", "even": "even", "point": "odd about (0, f(0))"}
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _fmt_step(v: float) -> str:
    """A step size to 3 significant digits, with its sign: "-2.06e-09"."""
    return f"{v:.3g}"


def _fmt(v: float) -> str:
    if math.isinf(v):
        return "∞" if v > 0 else "-∞"
    if v == 0:
        return "0"
    return f"{v:.6g}"


def _fmt_at(at: float | tuple[float, float] | Interval) -> str:
    if isinstance(at, tuple):
        lo_closed, hi_closed = (
            (at.lo_closed, at.hi_closed) if isinstance(at, Interval) else (True, True)
        )
        lo = "[" if lo_closed and math.isfinite(at[0]) else "("
        hi = "]" if hi_closed and math.isfinite(at[1]) else ")"
        return f"{lo}{_fmt(at[0])}, {_fmt(at[1])}{hi}"
    return _fmt(at)


def _grid(points: Sequence[float]) -> FloatArray:
    dense = np.linspace(-_MODERATE, _MODERATE, _DENSE_POINTS)
    tail = np.logspace(math.log10(_MODERATE), 300, 400)[1:]
    # log-spaced down to 1e-12: a bend of width w at 0 (SMU's mu, SMU-1's mu, squareplus'
    # b) keeps its critical points and sign changes of f' at every w, not only w > 0.005
    near = np.concatenate([[1e-300], np.logspace(-12, math.log10(_MODERATE), 1500)])
    extra = []
    for p in points:
        h = 1e-9 * max(1.0, abs(p))
        extra += [p - h, p, p + h]
    g = np.concatenate([dense, tail, -tail, near, -near, np.array(extra, dtype=np.float64)])
    return sorted_unique(g)


def compute(act: Activation, params: Mapping[str, ParamValue]) -> Properties:
    """Properties of ``act`` with (validated) ``params``."""

    def F(v: float | FloatArray) -> FloatArray:
        return act.f(np.asarray(v, dtype=np.float64), **params)

    def D(v: float | FloatArray) -> FloatArray:
        return act.df(np.asarray(v, dtype=np.float64), **params)

    def D2(v: float | FloatArray) -> FloatArray:
        return act.d2f(np.asarray(v, dtype=np.float64), **params)

    # an implementation's switch of formula is neither a kink nor a jump of f
    switch_points = sorted({float(k) for k in act.switches(**params)})
    kinks = sorted({float(k) for k in act.kinks(**params)} - set(switch_points))
    declared_jumps = sorted({float(k) for k in act.jumps(**params)} - set(switch_points))
    # a declared jump of size 0 (threshold with value == threshold) is only a kink
    jumps = [k for k in declared_jumps if _jump_size(F, k) != 0.0]
    kinks = sorted(set(kinks) | (set(declared_jumps) - set(jumps)))
    breaks = sorted(set(kinks) | set(jumps))
    x = _grid(breaks)
    f = F(x)
    df = D(x)

    # flat intervals between consecutive breaks: dead zones
    edges = [-math.inf, *breaks, math.inf]
    dead: list[tuple[float, float]] = []
    for a, b in itertools.pairwise(edges):
        inside = (x > a) & (x < b)
        if inside.any() and np.all(df[inside] == 0.0):
            dead.append((a, b))
    flat = _merge(dead, jumps)  # pieces on which f is constant
    dead = _merge(dead, [])  # where no gradient flows, across jumps too

    # values attained at finite x, each with the x that places it in a piece
    # between jumps: critical points, kinks, flat intervals, 0, and the one-sided
    # limits at each jump (approached, not attained: at = None)
    cand: list[_Candidate] = []
    moderate = np.abs(x) <= 1e6
    xs, dfs = x[moderate], df[moderate]
    nz = np.flatnonzero(dfs != 0)
    sgn = np.sign(dfs[nz])
    for i in np.flatnonzero(sgn[:-1] != sgn[1:]):
        lo, hi = float(xs[nz[i]]), float(xs[nz[i + 1]])
        if any(lo <= k <= hi for k in breaks):
            continue  # a kink between them: its value is a candidate below
        r = _bisect_root(D, lo, hi)
        cand.append(_Candidate(float(F(r)), r, r))
    for k in kinks:
        cand.append(_Candidate(float(F(k)), k, k))
    for k in jumps:
        # f(k-) and f(k+), extrapolated linearly from a hair either side
        h = 1e-13 * max(1.0, abs(k))
        cand.append(_Candidate(float(F(k - h)) + h * float(D(k - h)), None, k - h))
        cand.append(_Candidate(float(F(k + h)) - h * float(D(k + h)), None, k + h))
    for a, b in flat:
        mid = _interior_point(a, b)
        v = float(F(mid))
        ends = [math.isfinite(e) and float(F(e)) == v for e in (a, b)]
        cand.append(_Candidate(v, Interval(a, b, ends[0], ends[1]), mid))
    cand.append(_Candidate(float(F(0.0)), 0.0, 0.0))

    # behaviour at -inf and +inf: a limit, +-inf, or None (no limit)
    sides: list[_Side] = []
    for sign in (-1.0, 1.0):
        far = sign * np.array([1e100, 1e200, _HUGE])
        tail_x = sign * np.logspace(math.log10(_MODERATE), 300, 400)
        tail_f = F(tail_x)
        lim = _limit(F(far))
        if lim is None:
            lim = _slow_growth(F(far), tail_f)
        sides.append(_Side(lim, tail_x, tail_f))
    dense = np.abs(x) <= _MODERATE

    # the image of each piece between jumps, and f at each jump
    parts: list[RangePart] = []
    for a, b in itertools.pairwise([-math.inf, *jumps, math.inf]):
        pc = [(c.value, c.at) for c in cand if a < c.where < b]
        ps = []
        for side, end in zip(sides, (a, b), strict=True):
            in_piece = (side.tail_x > a) & (side.tail_x < b)
            if math.isinf(end) or np.any(in_piece):
                # the limit belongs to the piece that reaches that infinity
                ps.append((side.limit if math.isinf(end) else None, side.tail_f[in_piece]))
        inside = dense & (x > a) & (x < b)
        piece_low, piece_high = (
            _range_end(pc, ps, f[inside], x[inside], dead, lowest=lowest, breaks=breaks)
            for lowest in (True, False)
        )
        parts.append(RangePart(piece_low, piece_high))
    for k in jumps:
        at_jump = RangeEnd(float(F(k)), True, k)
        parts.append(RangePart(at_jump, at_jump))
    low = _extreme([p.low for p in parts], lowest=True)
    high = _extreme([p.high for p in parts], lowest=False)
    range_parts = _union(parts)

    # monotonicity: the sign of f' everywhere sampled, and the direction of jumps
    steps = [_jump_size(F, k) for k in jumps]
    monotonic: str | None = None
    if np.all(df >= 0) and all(s > 0 for s in steps):
        monotonic = "non-decreasing" if dead or steps else "increasing"
    elif np.all(df <= 0) and all(s < 0 for s in steps):
        monotonic = "non-increasing" if dead or steps else "decreasing"

    # symmetry on every sampled x > 0
    pos = x[x > 0]
    fp, fn = F(pos), F(-pos)
    tol = 1e-12 * np.maximum(np.abs(fp), np.abs(fn)) + 1e-300
    f0 = float(F(0.0))
    with np.errstate(over="ignore"):  # MAX - (-MAX) is inf: simply "not equal"
        odd = f0 == 0.0 and bool(np.all(np.abs(fp + fn) <= tol))
        even = bool(np.all(np.abs(fp - fn) <= tol))
        # sigmoid: f(x) + f(-x) = 2 f(0), odd about the point (0, f(0))
        point = f0 != 0.0 and bool(np.all(np.abs((fp - f0) + (fn - f0)) <= tol + 1e-15 * abs(f0)))
    symmetry = "odd" if odd else "even" if even else "point" if point else None

    # smoothness measured at the breaks, completed by declared higher kinks
    at_least = False
    if jumps:
        continuity = -1.0
    elif not kinks:
        continuity = math.inf
    else:
        continuity = 2.0
        for k in kinks:
            h = 1e-7 * max(1.0, abs(k))
            if not _close(float(D(k - h)), float(D(k + h))) or _slope_jumps(D, k):
                continuity = min(continuity, 0.0)
            elif not _close(float(D2(k - h)), float(D2(k + h))):
                continuity = min(continuity, 1.0)
        at_least = continuity == 2.0
    for _, order in act.higher_kinks(**params):
        if order < continuity or (order == continuity and at_least):
            continuity, at_least = float(order), False

    df0 = float(D(0.0))
    h0 = 1e-8
    identity = abs(f0) <= 1e-15 and all(abs(float(D(v)) - 1.0) <= 1e-6 for v in (-h0, 0.0, h0))
    tail = np.logspace(10, 300, 30)

    return Properties(
        low=low,
        high=high,
        monotonic=monotonic,
        symmetry=symmetry,
        continuity=continuity,
        f0=f0,
        df0=df0,
        zero_centred=f0 == 0.0 and low.value < 0.0 < high.value,
        identity_near_zero=identity,
        saturates_left=bool(np.all(np.abs(D(-tail)) < _SATURATED)),
        saturates_right=bool(np.all(np.abs(D(tail)) < _SATURATED)),
        dead_zones=tuple(dead),
        global_min=Extremum(low.value, low.at) if low.at is not None else None,
        global_max=Extremum(high.value, high.at) if high.at is not None else None,
        range_parts=range_parts,
        continuity_at_least=at_least,
        switches=tuple(Switch(k, _switch_step(F, D, k)) for k in switch_points),
    )


class _Candidate(NamedTuple):
    """A value of f at finite x: where it is attained (``at``; None for a limit)
    and an x inside the piece between jumps that it belongs to (``where``)."""

    value: float
    at: float | Interval | None
    where: float


class _Side(NamedTuple):
    """f towards -inf or +inf: its limit (None if there is none) and tail samples."""

    limit: float | None
    tail_x: FloatArray
    tail_f: FloatArray


def _same(a: float, b: float) -> bool:
    """Two range values equal up to the resolution of one-sided limits."""
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def _extreme(ends: Sequence[RangeEnd], *, lowest: bool) -> RangeEnd:
    """The lowest (or highest) of the pieces' ends; among equal values an attained
    one, a whole flat interval, then the point nearest 0."""
    sign = -1.0 if lowest else 1.0

    def rank(e: RangeEnd) -> tuple[int, int, float]:
        at = e.at
        if at is None:
            return (2, 0, 0.0)
        if isinstance(at, tuple):
            return (0, 0, 0.0)
        return (1, 0, abs(at))

    best = ends[0]
    for e in ends[1:]:
        if not _same(e.value, best.value):
            if sign * (e.value - best.value) > 0:
                best = e
        elif rank(e) < rank(best):
            best = e
    return best


def _union(parts: Sequence[RangePart]) -> tuple[RangePart, ...]:
    """Disjoint, increasing parts: pieces that overlap or touch are merged."""

    def key(p: RangePart) -> tuple[float, int]:
        return (p.low.value, 0 if p.low.closed else 1)

    out: list[RangePart] = []
    for p in sorted(parts, key=key):
        if not out:
            out.append(p)
            continue
        cur = out[-1]
        touching = _same(p.low.value, cur.high.value)
        if (p.low.value < cur.high.value and not touching) or (
            touching and (p.low.closed or cur.high.closed)
        ):
            low = cur.low
            if _same(p.low.value, cur.low.value) and p.low.closed and not low.closed:
                low = p.low
            high = cur.high
            if _same(p.high.value, cur.high.value):
                if p.high.closed and not high.closed:
                    high = p.high
            elif p.high.value > cur.high.value:
                high = p.high
            out[-1] = RangePart(low, high)
        else:
            out.append(p)
    return tuple(out)


#: f or f' at one x (a float, or a 0-d array)
_PointFn = Callable[[float], SupportsFloat]


def _switch_step(F: _PointFn, D: _PointFn, k: float) -> float:
    """f(k+) - f(k-) at an implementation switch, each side extrapolated linearly
    from 1e-6 (relative) away, so the slope of f does not enter the step."""
    h = 1e-6 * max(1.0, abs(k))
    right = float(F(k + h)) - h * float(D(k + h))
    left = float(F(k - h)) + h * float(D(k - h))
    return right - left


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-4 * max(1.0, abs(a), abs(b))


def _slope_jumps(D: _PointFn, k: float) -> bool:
    """Whether f' jumps at ``k`` by more than 1e-9 (relative): a step that comparing
    f'(k - 1e-7) with f'(k + 1e-7) cannot tell from the change due to f'' (PAU's
    default init: f' steps by 2.2e-7 at 0, where f'' is 3).

    The one-sided limits are extrapolated linearly from f' at 1e-9 and 2e-9 either
    side; the error is of the order 1e-18 times the third derivative, so a kink
    where only f'' jumps reads as continuous.
    """
    h = 1e-9 * max(1.0, abs(k))
    left = 2.0 * float(D(k - h)) - float(D(k - 2.0 * h))
    right = 2.0 * float(D(k + h)) - float(D(k + 2.0 * h))
    return abs(left - right) > 1e-9 * max(1.0, abs(left), abs(right))


def _jump_size(F: _PointFn, k: float) -> float:
    """f(k+) - f(k-), read 1e-13 (relative) either side; 0 when below resolution."""
    h = 1e-13 * max(1.0, abs(k))
    left, right = float(F(k - h)), float(F(k + h))
    size = right - left
    return size if abs(size) > 1e-11 * max(1.0, abs(left), abs(right)) else 0.0


def _merge(
    intervals: list[tuple[float, float]], jumps: Sequence[float]
) -> list[tuple[float, float]]:
    """Join flat intervals that meet at a kink (not at a jump, where f changes)."""
    out: list[tuple[float, float]] = []
    for a, b in intervals:
        if out and out[-1][1] == a and a not in jumps:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _interior_point(a: float, b: float) -> float:
    if math.isinf(a) and math.isinf(b):
        return 0.0
    if math.isinf(a):
        return b - 1.0
    if math.isinf(b):
        return a + 1.0
    return (a + b) / 2


def _limit(values: FloatArray) -> float | None:
    """Limit of f from values at points going outward; +-inf, a number, or None."""
    if np.all(values >= _UNBOUNDED):
        return math.inf
    if np.all(values <= -_UNBOUNDED):
        return -math.inf
    last = float(values[-1])
    if np.all(np.abs(values - last) <= 1e-9 * max(1.0, abs(last))):
        # a decay like 1/x leaves 1e-300 at x = 1e300: that limit is 0
        return 0.0 if abs(last) < 1e-100 else last
    return None  # oscillates (sin) or grows without a fixed sign (x cos x)


def _slow_growth(far: FloatArray, tail: FloatArray) -> float | None:
    """+-inf for f that grows without bound too slowly to pass 1e100 (ln x): f moves
    the same way over the whole tail (|x| from 50 to 1e300, outward) and its steps
    between |x| = 1e100, 1e200 and 1e300 do not shrink (f grows at least like ln|x|).
    A bounded monotone f has shrinking steps; sin or x cos x are not monotone."""
    steps = np.diff(far)
    for s in (1.0, -1.0):
        if (
            np.all(s * steps > 0)
            and s * steps[1] >= 0.9 * s * steps[0]
            and np.all(s * np.diff(tail) >= 0)
        ):
            return s * math.inf
    return None


def _bisect_root(D: _PointFn, lo: float, hi: float) -> float:
    """A zero of f' between lo and hi where f' changes sign."""
    d_lo = float(D(lo))
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid in (lo, hi):
            break
        d_mid = float(D(mid))
        if d_mid == 0.0:
            return mid
        if (d_mid > 0) == (d_lo > 0):
            lo, d_lo = mid, d_mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def _range_end(
    cand: list[tuple[float, float | Interval | None]],
    sides: list[tuple[float | None, FloatArray]],
    dense_f: FloatArray,
    dense_x: FloatArray,
    dead: list[tuple[float, float]],
    *,
    lowest: bool,
    breaks: Sequence[float] = (),
) -> RangeEnd:
    """Infimum (lowest) or supremum of f, closed when a finite x attains it."""
    sign = -1.0 if lowest else 1.0

    def better(a: float, b: float) -> bool:  # a strictly beyond b, past rounding
        return sign * (a - b) > 1e-12 * max(abs(a), abs(b)) + 1e-300

    best_v, best_at = cand[0]
    for v, at in cand[1:]:
        if better(v, best_v):
            best_v, best_at = v, at
    # among equal values (sin has infinitely many maxima) report the one nearest 0
    for v, at in cand:
        if not better(best_v, v) and at is not None and not isinstance(at, tuple):
            # an attained equal value wins over a limit; then the point nearest 0
            if best_at is None or (not isinstance(best_at, tuple) and abs(at) < abs(best_at)):
                best_at = at
    for v, at in cand:  # report a whole flat interval rather than one point of it
        if isinstance(at, tuple) and v == best_v:
            best_at = at
    # a strict local extremum of the samples beyond every candidate means a
    # critical point the sign test missed: keep it (ends of the grid are tails)
    i = int(np.argmin(dense_f) if lowest else np.argmax(dense_f))
    beside_break = 0 < i < dense_f.size - 1 and any(
        dense_x[i - 1] <= k <= dense_x[i + 1] for k in breaks
    )  # next to a jump the extreme is a one-sided limit, not attained
    if 0 < i < dense_f.size - 1 and not beside_break and better(float(dense_f[i]), best_v):
        fi = float(dense_f[i])
        if better(fi, float(dense_f[i - 1])) and better(fi, float(dense_f[i + 1])):
            best_v, best_at = fi, float(dense_x[i])

    # what the function approaches as x -> -inf / +inf
    for lim, tail_f in sides:
        if lim is None:
            extreme = float(np.min(tail_f) if lowest else np.max(tail_f))
            if sign * extreme >= _UNBOUNDED:
                return RangeEnd(sign * math.inf, False)
            if better(extreme, best_v):
                best_v, best_at = extreme, None
            continue
        if math.isinf(lim) and (lim > 0) == (sign > 0):
            return RangeEnd(lim, False)
        if better(lim, best_v):
            best_v, best_at = lim, None
    return RangeEnd(best_v, best_at is not None, best_at)
