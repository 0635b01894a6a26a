"""Hypothesis strategies for valid parameters and finite x."""

from __future__ import annotations

import math
from typing import Any

from hypothesis import strategies as st

from actgui.core import catalog
from actgui.core.spec import Activation, ChoiceParam, NumberParam


def param_value(p: NumberParam | ChoiceParam) -> st.SearchStrategy[Any]:
    if isinstance(p, ChoiceParam):
        return st.sampled_from(p.choices)
    lo = p.min if math.isfinite(p.min) else -1e6
    hi = p.max if math.isfinite(p.max) else 1e6
    values = st.floats(
        min_value=lo,
        max_value=hi,
        exclude_min=p.min_open,
        exclude_max=p.max_open,
        allow_nan=False,
        allow_infinity=False,
    )
    special = [v for v in (p.min, p.max, p.default) if math.isfinite(v)]
    special = [v for v in special if p.check(v) is None]
    if p.allow_inf:
        special.append(math.inf)
    return st.one_of(values, st.sampled_from(special)) if special else values


def _not_tiny(v: Any) -> bool:
    return isinstance(v, str) or v == 0 or abs(v) >= 1e-6


#: (function, parameter) -> (lo, hi) kept with ``tiny=False``: parameters that set the
#: width of a smooth bend at 0, which a difference quotient with step 1e-5 cannot resolve
#: beyond these values (SMU's mu = 1e6 and SMU-1's mu = 4.4e-9, the papers' starting
#: values, give bends of width ~1e-6 and ~1e-8).
_RESOLVABLE = {("smu", "mu"): (0.0, 1e5), ("smu1", "mu"): (1e-5, math.inf)}


@st.composite
def valid_params(draw: st.DrawFn, act: Activation, tiny: bool = True) -> dict[str, Any]:
    """Valid parameters; ``tiny=False`` keeps nonzero values at |v| >= 1e-6.

    Values like squareplus b = 5e-324 are valid and must stay finite (the
    finiteness tests use them), but they put a kink-like bend of width 1e-162
    at 0, which no finite-difference check can resolve.
    """
    strategies = {p.name: param_value(p) for p in act.params}
    if not tiny:
        strategies = {k: s.filter(_not_tiny) for k, s in strategies.items()}
        for (fid, name), (lo, hi) in _RESOLVABLE.items():
            if fid == act.id:
                strategies[name] = strategies[name].filter(lambda v, lo=lo, hi=hi: lo <= v <= hi)
    given = {name: draw(s) for name, s in strategies.items()}
    try:
        return catalog.resolve_params(act, given)
    except ValueError:
        # joint constraints (min_val < max_val, lower <= upper): fall back to defaults
        # for the second of a pair, which the range guarantees to be consistent
        return catalog.resolve_params(act)


finite_x = st.floats(allow_nan=False, allow_infinity=False)
moderate_x = st.floats(min_value=-60, max_value=60, allow_nan=False, allow_infinity=False)
