"""The data the explorer state holds and announces: curves, kinds of change,
subscriptions, samples, and the palette and limits they use (no state here)."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

import numpy as np

from .. import catalog, texts
from .._numeric import sorted_unique
from ..spec import Activation, FloatArray, ParamValue

if TYPE_CHECKING:
    from ._base import _StateBase

#: Tableau 10: distinguishable for the common colour-vision deficiencies and
#: readable on both light and dark backgrounds.
PALETTE = (
    "#4E79A7",
    "#F28E2B",
    "#E15759",
    "#76B7B2",
    "#59A14F",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
    "#BAB0AC",
)
#: Line styles cycled once the colours are used up.
LINE_STYLES = ("solid", "dash", "dot", "dashdot")

DEFAULT_FUNCTIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu")
MIN_POINTS, MAX_POINTS = 2, 1_000_000
#: Width of the x range below which floats cannot resolve the samples.
MIN_SPAN = 1e-9
MAX_ABS_X = 1e12


@dataclass
class Curve:
    """One plotted curve: a catalog function with its own parameters and look."""

    uid: int
    function_id: str
    params: dict[str, ParamValue]
    color: str
    style: str = "solid"
    visible: bool = True
    #: the parameter family (sweep) the curve belongs to: a key of ExplorerState.sweeps
    group: int | None = None
    #: the :class:`~actgui.core.expressions.CustomFunction` of a custom ``function_id``
    #: (the state that owns the curve sets it), None for a catalog function
    custom: Any = field(default=None, repr=False, compare=False)

    @property
    def activation(self) -> Activation:
        """The function drawn: the custom function's, else the catalog's by id."""
        if self.custom is not None:
            act: Activation = self.custom.activation
            return act
        return catalog.get(self.function_id)

    def label(self, all_params: bool = False) -> str:
        """Legend text: the name, and the parameters when they are not the defaults
        (all of them with ``all_params``, to tell copies of one function apart)."""
        act = self.activation
        base = catalog.defaults(act)
        parts = []
        for p in act.params:
            v = self.params[p.name]
            if all_params or v != base[p.name]:
                parts.append(f"{p.name}={_short(v)}")
        name = texts.display_name(act)
        if not parts:
            return name
        if name.endswith(")"):  # "FReLU (flexible ReLU; b=0.5)", not "(...) (b=0.5)"
            return f"{name[:-1]}; {', '.join(parts)})"
        if name.endswith("）"):  # the same in Chinese: "FReLU（灵活 ReLU；b=0.5）"
            return f"{name[:-1]}；{', '.join(parts)}）"
        return f"{name} ({', '.join(parts)})"

    def spec(self) -> str:
        """``elu(alpha=0.5)``, or ``expr:TEXT; a=VALUE`` for a custom function."""
        text = self.custom.text if self.custom is not None else None
        return catalog.format_spec(self.activation, self.params, text)


def _short(v: ParamValue) -> str:
    if isinstance(v, str):
        return v
    if math.isinf(v):
        return "∞" if v > 0 else "-∞"
    return f"{v:.6g}"


class Kind(str, Enum):
    """What a :class:`Change` is about.

    A ``str`` enum: a kind equals its name as text (``Kind.CURVES == "curves"``),
    so listeners may compare with either; text that is no kind raises ValueError
    when a :class:`Change` is made of it.
    """

    #: curves or comparisons added, removed or ticked; parameter families
    CURVES = "curves"
    #: a curve's parameters, or a comparison's (its curves or its mode)
    PARAMS = "params"
    #: custom functions defined
    CUSTOM = "custom"
    #: colour or line style
    STYLE = "style"
    #: a curve hidden or shown (hidden curves stay in the legend and the state)
    VISIBILITY = "visibility"
    SELECTION = "selection"
    #: the x range or the sample count
    RANGE = "range"
    #: the visible x range (zoom/pan)
    VIEW = "view"
    ROWS = "rows"
    OPTIONS = "options"
    PRESET = "preset"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Change:
    """What changed: ``kind`` a :class:`Kind`, ``uid`` the curve, if any.

    ``Change(Kind.CURVES)`` is read as ``Change(Kind.CURVES)``; an unknown kind
    raises ValueError.  A comparison (:class:`~actgui.core.compare.Compare`)
    announces CURVES when added or removed, PARAMS when either of its curves or
    its mode changes, and STYLE and VISIBILITY as a curve does.
    """

    kind: Kind
    uid: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", Kind(self.kind))


class Subscription:
    """A listener's subscription to an :class:`ExplorerState`, from
    :meth:`ExplorerState.subscribe`.

    :meth:`close` stops the notifications and lets go of the listener (and of
    whatever a bound method holds); closing twice is harmless.  Also a context
    manager that closes on exit.
    """

    def __init__(self, state: _StateBase, listener: Callable[[Change], None]) -> None:
        self._state: _StateBase | None = state
        self._listener: Callable[[Change], None] | None = listener

    @property
    def active(self) -> bool:
        return self._state is not None

    def close(self) -> None:
        state, listener = self._state, self._listener
        self._state = self._listener = None
        if state is not None and listener is not None:
            with contextlib.suppress(ValueError):
                state.unsubscribe(listener)

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Samples:
    x: FloatArray
    #: f, f', f'' (rows of a 3 x n array); NaN where a jump breaks the line.
    y: FloatArray


def sample_function(
    act: Activation, params: Mapping[str, ParamValue], lo: float, hi: float, n: int
) -> Samples:
    """Samples of f, f', f'' on [lo, hi]: ``n`` even points plus every break inside.

    Each kink or jump k inside the interval is sampled at k and a hair either
    side.  The point at k itself is NaN in the rows that are discontinuous
    there (f at a jump; f' and f'' at any break), so a polyline ends and
    restarts instead of drawing the jump as a slanted line.
    """
    x = np.linspace(lo, hi, n)
    kinks = {float(k) for k in act.kinks(**params) if lo < k < hi}
    jumps = {float(k) for k in act.jumps(**params) if lo < k < hi}
    breaks = sorted(kinks | jumps)
    if breaks:
        extra = []
        for k in breaks:
            eps = max((hi - lo) * 1e-9, 8.0 * float(np.spacing(abs(k))))
            extra += [k - eps, k, k + eps]
        x = sorted_unique(np.concatenate([x, np.array(extra)]))
        x = x[(x >= lo) & (x <= hi)]
    y = np.empty((3, x.size))
    act.evaluate_all(x, params, (y[0], y[1], y[2]))  # fused where there is a fused kernel
    if breaks:
        at = np.searchsorted(x, np.array(breaks))
        y[1:, at] = np.nan
        if jumps:
            y[0, np.searchsorted(x, np.array(sorted(jumps)))] = np.nan
    return Samples(x, y)
