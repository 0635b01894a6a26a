"""Properties of an activation computed from its own f and f' for given parameters.

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
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

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
    #: 2: f, f', f'' continuous at every break (C² at least);
    #: math.inf: smooth (no kinks at all).  Kinks are where the function says
    #: its pieces meet; continuity there is measured.
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

    @property
    def bounded_below(self) -> bool:
        return math.isfinite(self.low.value)

    @property
    def bounded_above(self) -> bool:
        return math.isfinite(self.high.value)

    def range_text(self) -> str:
        lo = "[" if self.low.closed else "("
        hi = "]" if self.high.closed else ")"
        return f"{lo}{_fmt(self.low.value)}, {_fmt(self.high.value)}{hi}"

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
        if self.continuity == math.inf:
            smooth = "C∞"
        elif self.continuity < 0:
            smooth = tr("discontinuous")
        elif self.continuity >= 2:
            smooth = tr("C² or smoother")
        else:
            smooth = "C⁰" if self.continuity == 0 else "C¹"
        return [
            (tr("range"), self.range_text()),
            (tr("bounded below"), yes(self.bounded_below)),
            (tr("bounded above"), yes(self.bounded_above)),
            (tr("monotonic"), tr(self.monotonic) if self.monotonic else tr("no")),
            (tr("zero-centred (f(0) = 0, both signs)"), yes(self.zero_centred)),
            (tr("symmetry"), tr(_SYMMETRY[self.symmetry]) if self.symmetry else tr("none")),
            (tr("smoothness"), smooth),
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


def _fmt(v: float) -> str:
    if math.isinf(v):
        return "∞" if v > 0 else "-∞"
    if v == 0:
        return "0"
    return f"{v:.6g}"


def _fmt_at(at: float | tuple[float, float]) -> str:
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
    return np.unique(g)


def compute(act: Activation, params: Mapping[str, ParamValue]) -> Properties:
    """Properties of ``act`` with (validated) ``params``."""

    def F(v: float | FloatArray) -> FloatArray:
        return act.f(np.asarray(v, dtype=np.float64), **params)

    def D(v: float | FloatArray) -> FloatArray:
        return act.df(np.asarray(v, dtype=np.float64), **params)

    def D2(v: float | FloatArray) -> FloatArray:
        return act.d2f(np.asarray(v, dtype=np.float64), **params)

    kinks = sorted({float(k) for k in act.kinks(**params)})
    declared_jumps = sorted({float(k) for k in act.jumps(**params)})
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

    # values attained at finite x: critical points, breaks, flat intervals, 0
    cand: list[tuple[float, float | Interval | None]] = []
    moderate = np.abs(x) <= 1e6
    xs, dfs = x[moderate], df[moderate]
    nz = np.flatnonzero(dfs != 0)
    sgn = np.sign(dfs[nz])
    for i in np.flatnonzero(sgn[:-1] != sgn[1:]):
        lo, hi = float(xs[nz[i]]), float(xs[nz[i + 1]])
        if any(lo <= k <= hi for k in breaks):
            continue  # a kink between them: its value is a candidate below
        r = _bisect_root(D, lo, hi)
        cand.append((float(F(r)), r))
    for k in breaks:
        cand.append((float(F(k)), k))
    for k in jumps:
        # one-sided limits at a jump: approached, not attained (at = None)
        h = 1e-13 * max(1.0, abs(k))
        cand.append((float(F(k - h)), None))
        cand.append((float(F(k + h)), None))
    for a, b in flat:
        v = float(F(_interior_point(a, b)))
        ends = [math.isfinite(e) and float(F(e)) == v for e in (a, b)]
        cand.append((v, Interval(a, b, ends[0], ends[1])))
    cand.append((float(F(0.0)), 0.0))

    # behaviour at -inf and +inf: a limit, +-inf, or None (no limit)
    sides = []
    for sign in (-1.0, 1.0):
        far = sign * np.array([1e100, 1e200, _HUGE])
        lim = _limit(F(far))
        tail = sign * np.logspace(math.log10(_MODERATE), 300, 400)
        sides.append((lim, F(tail)))
    dense = np.abs(x) <= _MODERATE
    low = _range_end(cand, sides, f[dense], x[dense], dead, lowest=True, breaks=breaks)
    high = _range_end(cand, sides, f[dense], x[dense], dead, lowest=False, breaks=breaks)

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

    # smoothness measured at the breaks
    if jumps:
        continuity = -1.0
    elif not kinks:
        continuity = math.inf
    else:
        continuity = 2.0
        for k in kinks:
            h = 1e-7 * max(1.0, abs(k))
            if not _close(float(D(k - h)), float(D(k + h))):
                continuity = min(continuity, 0.0)
            elif not _close(float(D2(k - h)), float(D2(k + h))):
                continuity = min(continuity, 1.0)

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
    )


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-4 * max(1.0, abs(a), abs(b))


def _jump_size(F, k: float) -> float:  # type: ignore[no-untyped-def]
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


def _bisect_root(D, lo: float, hi: float) -> float:  # type: ignore[no-untyped-def]
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
                best_v, best_at = extreme, None  # type: ignore[assignment]
            continue
        if math.isinf(lim) and (lim > 0) == (sign > 0):
            return RangeEnd(lim, False)
        if better(lim, best_v):
            best_v, best_at = lim, None  # type: ignore[assignment]
    return RangeEnd(best_v, best_at is not None, best_at)
