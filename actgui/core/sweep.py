"""Parameter families: a spec ``name(param=LO..HI:N)`` stands for N curves (numpy only).

``leaky_relu(negative_slope=0.01..0.3:5)`` is five Leaky ReLUs with the slope at
five evenly spaced values from 0.01 to 0.3, both ends included;
``elu(alpha=0.1..10:5:log)`` spaces the values evenly on a log scale.  One
parameter per spec may be given as a range; the other parameters are as in any
spec.  The members' colours come from a sequential colour map, light to dark
in the order of the values, readable on light and dark backgrounds.

The range of an animated parameter (:func:`animation_range`) is the part of its
valid range where the function accepts it with the other parameters as they are.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from . import catalog
from .messages import message
from .spec import Activation, NumberParam, ParamValue, format_value

MIN_MEMBERS, MAX_MEMBERS = 2, 100
#: where an animation or slider stops for a parameter with no upper bound
SOFT_MAX = 20.0

#: ``param=LO..HI:N`` or ``param=LO..HI:N:log`` inside a spec's parentheses
_RANGE = re.compile(
    r"(?P<name>[A-Za-z_][A-Za-z_0-9]*)\s*=\s*"
    r"(?P<lo>[^,()=]*?)\s*\.\.\s*(?P<hi>[^,():=]*?)\s*"
    r"(?::\s*(?P<n>[^,():]*?)\s*)?(?::\s*(?P<scale>[^,():]*?)\s*)?(?=[,)])"
)

_FORM = "name(param=LO..HI:N)"
_EXAMPLE = "leaky_relu(negative_slope=0.01..0.3:5)"

#: viridis at eleven stops (matplotlib's, public domain), from t = 0 to 1
_VIRIDIS = (
    (0x44, 0x01, 0x54),
    (0x48, 0x28, 0x78),
    (0x3E, 0x49, 0x89),
    (0x31, 0x68, 0x8E),
    (0x26, 0x82, 0x8E),
    (0x1F, 0x9E, 0x89),
    (0x35, 0xB7, 0x79),
    (0x6D, 0xCD, 0x59),
    (0xB4, 0xDE, 0x2C),
    (0xFD, 0xE7, 0x25),
    (0xFD, 0xE7, 0x25),
)
#: plasma at ten stops (matplotlib's, public domain), from t = 0 to 1, and its last
#: stop again (the interpolation below reads one past the end)
_PLASMA = (
    (0x0D, 0x08, 0x87),
    (0x46, 0x03, 0x9F),
    (0x72, 0x01, 0xA8),
    (0x9C, 0x17, 0x9E),
    (0xBD, 0x37, 0x86),
    (0xD8, 0x57, 0x6B),
    (0xED, 0x79, 0x53),
    (0xFB, 0x9F, 0x3A),
    (0xFD, 0xCA, 0x26),
    (0xF0, 0xF9, 0x21),
    (0xF0, 0xF9, 0x21),
)
#: the maps families take in turn: a second family on screen is told apart from the
#: first by its hues (green-blue, then purple-orange), not only by its lightness
MAPS = (_VIRIDIS, _PLASMA)
#: the part of the map used: its darkest purple vanishes on a dark background and
#: its last yellow on a white one
_T_LO, _T_HI = 0.2, 0.88


@dataclass(frozen=True)
class Sweep:
    """One parameter of one function at ``n`` values from ``lo`` to ``hi``."""

    param: str
    lo: float
    hi: float
    n: int
    log: bool = False

    def values(self) -> list[float]:
        return sweep_values(self.lo, self.hi, self.n, self.log)

    def text(self) -> str:
        """``LO..HI:N`` (``:log``), as written in a spec."""
        tail = ":log" if self.log else ""
        return f"{_num(self.lo)}..{_num(self.hi)}:{self.n}{tail}"


def _num(v: float) -> str:
    """:func:`~actgui.core.spec.format_value` as a person types it in a range: ``0..1``,
    not ``0.0..1.0`` (a whole number without its ``.0``; ``inf`` as it is)."""
    return format_value(v).removesuffix(".0")


def sweep_values(lo: float, hi: float, n: int, log: bool = False) -> list[float]:
    """``n`` values from ``lo`` to ``hi`` inclusive, evenly spaced (on a log scale with
    ``log``); the ends exact, the inner values rounded to 12 significant digits so that
    0.01..0.3:5 gives 0.0825, not 0.08249999999999999."""
    if n == 1:
        return [float(lo)]
    if log:
        inner = np.geomspace(lo, hi, n)
    else:
        inner = lo + (hi - lo) * np.arange(n) / (n - 1)
    out = [float(f"{v:.12g}") for v in inner]
    out[0], out[-1] = float(lo), float(hi)
    return out


def colormap(t: float, which: int = 0) -> str:
    """Sequential map number ``which`` (viridis, plasma, in turn) at ``t`` in [0, 1],
    as ``#RRGGBB``."""
    stops = MAPS[which % len(MAPS)]
    t = _T_LO + (_T_HI - _T_LO) * min(1.0, max(0.0, float(t)))
    pos = t * (len(stops) - 2)
    i = min(int(pos), len(stops) - 2)
    f = pos - i
    a, b = stops[i], stops[i + 1]
    rgb = [round(a[k] + (b[k] - a[k]) * f) for k in range(3)]
    return "#{:02X}{:02X}{:02X}".format(*rgb)


def member_colors(n: int, which: int = 0) -> list[str]:
    """The colours of a family of ``n`` curves, low to high, from map ``which``."""
    return [colormap(i / (n - 1) if n > 1 else 0.5, which) for i in range(n)]


def has_range(spec: str) -> bool:
    """Whether ``spec`` (not an ``expr:``) holds a ``LO..HI`` range."""
    text = spec.strip()
    return not text.startswith("expr:") and ".." in text and "(" in text


def _bad(spec: str, why: str) -> ValueError:
    return ValueError(
        message(
            "{spec}: {why}; a sweep is written {form} or with ':log' after N, "
            "N from {low} to {high}, e.g. {example}",
            spec=repr(spec),
            why=why,
            form=_FORM,
            low=MIN_MEMBERS,
            high=MAX_MEMBERS,
            example=_EXAMPLE,
        )
    )


def _number(spec: str, text: str, what: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise _bad(
            spec, message("{what} {value} is not a number", what=what, value=repr(text))
        ) from None
    if not math.isfinite(v):
        raise _bad(spec, message("{what} must be a finite number", what=what))
    return v


def parse(spec: str) -> tuple[Activation, dict[str, ParamValue], Sweep]:
    """``leaky_relu(negative_slope=0.01..0.3:5)`` -> (activation, base params, sweep).

    The base params hold the range's low end; ValueError with one line naming what
    is wrong and what is allowed."""
    text = spec.strip()
    found = list(_RANGE.finditer(text))
    if not found:
        raise _bad(spec, message("cannot read the range"))
    if len(found) > 1:
        raise _bad(spec, message("only one parameter may be given as a range"))
    m = found[0]
    name = m.group("name")
    lo = _number(spec, m.group("lo"), "LO")
    hi = _number(spec, m.group("hi"), "HI")
    n_text = m.group("n")
    if n_text is None or not n_text:
        raise _bad(spec, message("N, the number of curves, is missing"))
    try:
        n = int(n_text)
    except ValueError:
        raise _bad(spec, message("N {value} is not a whole number", value=repr(n_text))) from None
    if not MIN_MEMBERS <= n <= MAX_MEMBERS:
        raise _bad(spec, message("N = {n} is out of range", n=n))
    scale = m.group("scale")
    if scale not in (None, "log", "lin"):
        raise _bad(spec, message("{value} after N is not ':log'", value=repr(scale)))
    log = scale == "log"
    if lo == hi:
        raise _bad(spec, message("LO and HI are equal"))
    if log and (lo <= 0 or hi <= 0):
        raise _bad(spec, message("log spacing needs LO > 0 and HI > 0"))
    act = catalog.get(text[: text.index("(")].strip())
    p = act.param(name) if name in {q.name for q in act.params} else None
    if p is not None and not isinstance(p, NumberParam):
        raise _bad(
            spec,
            message(
                "{name} is not a number parameter of {function}",
                name=repr(name),
                function=act.id,
            ),
        )
    # the spec with the low end in place of the range: the catalog checks the rest
    act, base = catalog.parse_spec(text[: m.start()] + f"{name}={lo!r}" + text[m.end() :])
    catalog.resolve_params(act, {**base, name: hi})  # the high end is allowed too
    sweep = Sweep(name, lo, hi, n, log)
    for v in sweep.values():
        catalog.resolve_params(act, {**base, name: v})
    return act, base, sweep


def members(
    act: Activation, base: Mapping[str, ParamValue], sweep: Sweep
) -> list[dict[str, ParamValue]]:
    """The parameters of each member, in the order of the values."""
    return [catalog.resolve_params(act, {**base, sweep.param: v}) for v in sweep.values()]


def member_spec(act: Activation, params: Mapping[str, ParamValue], param: str) -> str:
    """A member's full spec: as :func:`catalog.format_spec` writes it, and the swept
    parameter always, even at its default (``leaky_relu(negative_slope=0.01)``)."""
    base = catalog.defaults(act)
    parts = []
    for q in act.params:
        v = params[q.name]
        if v == base[q.name] and q.name != param:
            continue
        parts.append(f"{q.name}={catalog.spec_value(v)}")  # as format_spec writes it
    return f"{act.id}({', '.join(parts)})"


def animation_range(
    act: Activation, params: Mapping[str, ParamValue], name: str
) -> tuple[float, float]:
    """The ends of the part of ``name``'s range the function accepts with ``params``.

    An open end moves in by a step; an unbounded one stops at ±:data:`SOFT_MAX`;
    a range that other parameters cut (hardtanh's min_val < max_val) is cut too.
    ValueError when ``name`` is not a number parameter of ``act``."""
    try:
        p = act.param(name)
    except KeyError:
        p = None
    if not isinstance(p, NumberParam):
        numbers = [q.name for q in act.params if isinstance(q, NumberParam)]
        raise ValueError(
            message(
                "{function} has no number parameter {name} to animate; its number "
                "parameters are: {names}",
                function=act.id,
                name=repr(name),
                names=", ".join(repr(q) for q in numbers) or message("none"),
            )
        )
    lo = p.min if math.isfinite(p.min) else -SOFT_MAX
    hi = p.max if math.isfinite(p.max) else max(SOFT_MAX, lo + SOFT_MAX)
    if p.min_open and math.isfinite(p.min):
        lo += min(p.step, (hi - lo) / 100)
    if p.max_open and math.isfinite(p.max):
        hi -= min(p.step, (hi - lo) / 100)
    grid = np.linspace(lo, hi, 201)

    def ok(v: float) -> bool:
        try:
            catalog.resolve_params(act, {**params, name: float(v)})
        except ValueError:
            return False
        return True

    good = np.array([ok(v) for v in grid])
    if good.all():
        return float(lo), float(hi)
    if not good.any():
        raise ValueError(
            message(
                "{function}: no value of {name} is allowed with the other parameters as they are",
                function=act.id,
                name=repr(name),
            )
        )
    # the longest run of allowed values, its ends refined by bisection
    edges = np.flatnonzero(np.diff(np.concatenate(([0], good.astype(np.int8), [0]))))
    starts, stops = edges[::2], edges[1::2]
    k = int(np.argmax(stops - starts))
    i, j = int(starts[k]), int(stops[k]) - 1

    def refine(inside: float, outside: float) -> float:
        for _ in range(40):
            mid = 0.5 * (inside + outside)
            if ok(mid):
                inside = mid
            else:
                outside = mid
        # a value on the parameter's step grid, if one is that close
        snap = (math.floor if inside < outside else math.ceil)(inside / p.step) * p.step
        snap = float(f"{snap:.12g}")
        return snap if ok(snap) and abs(snap - inside) <= p.step else inside

    a = grid[i] if i == 0 else refine(grid[i], grid[i - 1])
    b = grid[j] if j == len(grid) - 1 else refine(grid[j], grid[j + 1])
    return float(a), float(b)


MIN_FRAMES, MAX_FRAMES = 2, 1000


def check_frames(frames: int) -> None:
    """ValueError unless an animation's frame count is in [MIN_FRAMES, MAX_FRAMES]."""
    if not MIN_FRAMES <= frames <= MAX_FRAMES:
        raise ValueError(
            message(
                "--frames must be between {lo} and {hi}, got {value}",
                lo=MIN_FRAMES,
                hi=MAX_FRAMES,
                value=frames,
            )
        )


def nothing_to_animate(param: str, names: list[str]) -> ValueError:
    """The error when no curve has the number parameter ``param`` (``names``: theirs)."""
    return ValueError(
        message(
            "--animate {name}: none of the curves has a number parameter {name}; "
            "theirs are: {names}",
            name=param,
            names=", ".join(names) or message("none"),
        )
    )


def animation_values(lo: float, hi: float, frames: int) -> list[float]:
    """Across the range and back: ``frames`` values from ``lo`` to ``hi`` then back
    without repeating the ends (a loop that does not stutter)."""
    there = sweep_values(lo, hi, max(2, frames))
    return there + there[-2:0:-1]
