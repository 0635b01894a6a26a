"""Elementary functions with exact first and second derivatives, and the names the language knows.

Each ``_xxx3(u, order)`` takes the argument's value ``u`` (a float64 array or
scalar) and the highest derivative order needed, and returns ``(g(u), g'(u),
g''(u))`` with the unneeded orders possibly None.  The forms avoid cancellation
and overflow; undefined points are NaN (the domain policy of the package).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from .. import _numeric as nm
from ._base import _NAN

# Each takes the argument's value u and the highest order needed, and returns
# (g(u), g'(u) or None, g''(u) or None).  The forms avoid cancellation and overflow.

_Triple = tuple[Any, Any, Any]
_TWO_OVER_SQRT_PI = 1.1283791670955125739


def _sigmoid_parts(u: Any) -> tuple[Any, Any, Any]:
    """(r, h, E): E = exp(-|u|) = h*h, r = 1/(1+E)."""
    h = np.exp(-0.5 * np.abs(u))
    e = h * h
    return 1.0 / (1.0 + e), h, e


def _sigmoid3(u: Any, order: int) -> _Triple:
    r, h, _ = _sigmoid_parts(u)
    g = np.where(u >= 0, r, (r * h) * h)
    if order == 0:
        return g, None, None
    g1 = ((r * r) * h) * h  # E/(1+E)^2, rounded once even where E is subnormal
    if order == 1:
        return g, g1, None
    return g, g1, -np.tanh(0.5 * u) * g1  # sigmoid'' = -tanh(u/2) sigmoid'


def _softplus3(u: Any, order: int) -> _Triple:
    g = nm.softplus(u)
    if order == 0:
        return g, None, None
    s, s1, _ = _sigmoid3(u, order - 1)
    return g, s, s1


def _exp3(u: Any, order: int) -> _Triple:
    g = np.exp(u)
    return g, g, g


def _expm1_3(u: Any, order: int) -> _Triple:
    g = np.expm1(u)
    if order == 0:
        return g, None, None
    e = np.exp(u)
    return g, e, e


def _log3(u: Any, order: int) -> _Triple:
    uu = np.where(u > 0, u, _NAN)  # log(0) = -inf is a pole: undefined
    g = np.log(uu)
    if order == 0:
        return g, None, None
    g1 = 1.0 / uu
    return g, g1, -(g1 * g1)


def _log1p3(u: Any, order: int) -> _Triple:
    uu = np.where(u > -1.0, u, _NAN)
    g = np.log1p(uu)
    if order == 0:
        return g, None, None
    g1 = 1.0 / (1.0 + uu)
    return g, g1, -(g1 * g1)


def _sqrt3(u: Any, order: int) -> _Triple:
    uu = np.where(u >= 0, u, _NAN)
    g = np.sqrt(uu)
    if order == 0:
        return g, None, None
    g1 = 0.5 / np.where(g > 0, g, _NAN)  # sqrt is not differentiable at 0
    return g, g1, -0.5 * g1 / uu


def _abs3(u: Any, order: int) -> _Triple:
    return np.abs(u), np.sign(u), np.zeros_like(u)  # sign(0) = 0: abs'(0) = 0


def _sin3(u: Any, order: int) -> _Triple:
    g = np.sin(u)
    if order == 0:
        return g, None, None
    return g, np.cos(u), -g


def _cos3(u: Any, order: int) -> _Triple:
    g = np.cos(u)
    if order == 0:
        return g, None, None
    return g, -np.sin(u), -g


def _tan3(u: Any, order: int) -> _Triple:
    g = np.tan(u)
    g1 = 1.0 + g * g
    return g, g1, 2.0 * g * g1


def _tanh3(u: Any, order: int) -> _Triple:
    g = np.tanh(u)
    if order == 0:
        return g, None, None
    g1 = nm.sech2(u)
    return g, g1, -2.0 * g * g1


def _sinh3(u: Any, order: int) -> _Triple:
    g = np.sinh(u)
    if order == 0:
        return g, None, None
    return g, np.cosh(u), g


def _cosh3(u: Any, order: int) -> _Triple:
    g = np.cosh(u)
    if order == 0:
        return g, None, None
    return g, np.sinh(u), g


def _arctan3(u: Any, order: int) -> _Triple:
    g = np.arctan(u)
    if order == 0:
        return g, None, None
    # in 1/u for |u| > 1, so that nothing overflows and the tails keep their digits
    au = np.abs(u)
    s = np.clip(u, -1.0, 1.0)
    t = 1.0 / np.maximum(au, 1.0)
    t2 = t * t
    big = au > 1.0
    g1 = np.where(big, t2 / (1.0 + t2), 1.0 / (1.0 + s * s))
    if order == 1:
        return g, g1, None
    small = -2.0 * s / ((1.0 + s * s) * (1.0 + s * s))
    return g, g1, np.where(big, -2.0 * np.sign(u) * (t2 * t) / ((1.0 + t2) * (1.0 + t2)), small)


def _exp_neg_sq(u: Any) -> Any:
    """exp(-u^2) to a few ulp: u = s + d with s a multiple of 2**-16, so s*s is exact."""
    a = np.minimum(np.abs(u), 40.0)  # exp(-1600) is 0 already
    s = np.trunc(a * 65536.0) / 65536.0
    return np.exp(-(s * s)) * np.exp(-((a - s) * (a + s)))


def _erf3(u: Any, order: int) -> _Triple:
    g = nm.erf(np.asarray(u, dtype=np.float64))
    if order == 0:
        return g, None, None
    g1 = _TWO_OVER_SQRT_PI * _exp_neg_sq(u)
    return g, g1, -2.0 * u * g1


_UNARY: dict[str, tuple[Callable[[Any, int], _Triple], str]] = {
    "exp": (_exp3, "e to the power u"),
    "log": (_log3, "natural logarithm (u > 0)"),
    "log1p": (_log1p3, "log(1 + u), accurate for small u (u > -1)"),
    "expm1": (_expm1_3, "exp(u) - 1, accurate for small u"),
    "sqrt": (_sqrt3, "square root (u >= 0)"),
    "abs": (_abs3, "absolute value; abs'(0) = 0"),
    "sin": (_sin3, "sine"),
    "cos": (_cos3, "cosine"),
    "tan": (_tan3, "tangent"),
    "tanh": (_tanh3, "hyperbolic tangent"),
    "sinh": (_sinh3, "hyperbolic sine"),
    "cosh": (_cosh3, "hyperbolic cosine"),
    "arctan": (_arctan3, "inverse tangent"),
    "erf": (_erf3, "error function"),
    "sigmoid": (_sigmoid3, "logistic 1/(1 + exp(-u))"),
    "softplus": (_softplus3, "log(1 + exp(u)), without overflow"),
}

#: Reason shown when a function's value or derivative is undefined.
_DOMAIN = {
    "log": ("log of a number <= 0", "log of a number <= 0"),
    "log1p": ("log1p of a number <= -1", "log1p of a number <= -1"),
    "sqrt": ("sqrt of a negative number", "sqrt is not differentiable at 0"),
}

#: Built-in names and a one-line description each (for help and completion in the UI).
FUNCTIONS: dict[str, str] = {
    **{name: desc for name, (_, desc) in _UNARY.items()},
    "min": "min(a, b, ...): the smallest; the first argument on ties",
    "max": "max(a, b, ...): the largest; the first argument on ties",
    "where": "where(cond, a, b): a where cond holds, else b (cond: a comparison like x > 0)",
    "pi": "3.14159...",
    "e": "2.71828...",
    "x": "the variable",
}
_CONSTANTS = {"pi": math.pi, "e": math.e}
_FUNCTION_NAMES = frozenset([*_UNARY, "min", "max", "where"])
