"""∂f/∂θ of an activation's parameter θ, for learning it with the weights.

Analytic for the parameters that papers train (PReLU's slope, Swish's β, ELU's
α, Leaky ReLU's slope); any other numeric parameter by a central difference in
θ.  The difference's step is ``h = cbrt(eps) * max(|θ|, 1)`` (about 6e-6 for θ
near 1): truncation error ~h² |f'''|/6 and rounding error ~eps |f| / h balance
there, so the derivative is good to about eps^(2/3) ≈ 4e-11 relative, i.e. the
~1e-10 the gradients need.  Where θ ± h would leave the parameter's valid range,
the one-sided second-order difference (-3 f(θ) + 4 f(θ ± h) - f(θ ± 2h)) / (±2h)
is used instead, which has the same order of error.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

import numpy as np

from ..spec import Activation, FloatArray, NumberParam, ParamValue

#: relative step of the central difference in a parameter (see the module's docstring)
PARAM_STEP = float(np.finfo(np.float64).eps) ** (1.0 / 3.0)

ParamDerivative = Callable[..., FloatArray]


def _slope_negative(x: FloatArray, **_: ParamValue) -> FloatArray:
    # x > 0 ? x : a * x  ->  ∂/∂a = 0 for x > 0, x otherwise
    return np.where(x > 0, 0.0, x)


def _elu_alpha(x: FloatArray, **_: ParamValue) -> FloatArray:
    # x > 0 ? x : α (e^x - 1)  ->  ∂/∂α = e^x - 1 for x <= 0
    return np.where(x > 0, 0.0, np.expm1(np.minimum(x, 0.0)))


def _silu_beta(x: FloatArray, beta: ParamValue = 1.0, **_: ParamValue) -> FloatArray:
    # x σ(βx)  ->  ∂/∂β = x² σ(βx) (1 - σ(βx)) = x² e^{-|βx|} / (1 + e^{-|βx|})²
    b = float(beta)
    lim = 800.0 / b  # beyond it e^{-|βx|} is 0 and x² must not overflow
    xc = np.clip(x, -lim, lim)
    e = np.exp(-np.abs(b * xc))
    return xc * xc * (e / ((1.0 + e) * (1.0 + e)))


#: (function id, parameter) -> ∂f/∂parameter(x, **params)
ANALYTIC: dict[tuple[str, str], ParamDerivative] = {
    ("prelu", "init"): _slope_negative,
    ("leaky_relu", "negative_slope"): _slope_negative,
    ("elu", "alpha"): _elu_alpha,
    ("silu", "beta"): _silu_beta,
}


def valid_interval(p: NumberParam) -> tuple[float, float]:
    """The closed interval a learned value is kept in: open ends moved inside."""
    lo, hi = float(p.min), float(p.max)
    if p.min_open and math.isfinite(lo):
        lo += max(abs(lo), 1.0) * 1e-9
    if p.max_open and math.isfinite(hi):
        hi -= max(abs(hi), 1.0) * 1e-9
    return lo, hi


def is_analytic(act: Activation, name: str) -> bool:
    return (act.id, name) in ANALYTIC


def param_derivative(
    act: Activation,
    name: str,
    x: FloatArray,
    params: Mapping[str, ParamValue],
) -> FloatArray:
    """∂f/∂``name`` at ``x`` (an array of pre-activations) for the values ``params``."""
    fn = ANALYTIC.get((act.id, name))
    if fn is not None:
        return np.asarray(fn(x, **params), dtype=np.float64)
    p = act.param(name)
    assert isinstance(p, NumberParam)
    theta = float(params[name])
    h = PARAM_STEP * max(abs(theta), 1.0)
    lo, hi = valid_interval(p)

    def f_at(value: float) -> FloatArray:
        return np.asarray(act.f(x, **{**params, name: value}), dtype=np.float64)

    if theta - h >= lo and theta + h <= hi:
        return (f_at(theta + h) - f_at(theta - h)) / (2.0 * h)
    s = 1.0 if theta + 2.0 * h <= hi else -1.0  # towards the side with room
    step = s * h
    return (-3.0 * f_at(theta) + 4.0 * f_at(theta + step) - f_at(theta + 2.0 * step)) / (2.0 * step)
