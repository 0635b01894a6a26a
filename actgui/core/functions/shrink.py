"""Shrink activations: set small inputs to zero (or shrink them) and pass the rest."""

from __future__ import annotations

import math

import numpy as np

from .. import _fast as fx
from .. import _numeric as nm
from ..spec import (
    Activation,
    Family,
    FloatArray,
    NumberParam,
    Reference,
    Triple,
    format_number,
)
from ._code import call
from ._references import PYTORCH_2019


def _pm(lambd: float) -> tuple[float, ...]:
    """(-lambd, lambd), or (0.0,) when lambd = 0."""
    return (-lambd, lambd) if lambd > 0 else (0.0,)


def _lambd_param() -> NumberParam:
    return NumberParam(
        "lambd",
        0.5,
        0.0,
        10.0,
        0.05,
        doc="half-width of the interval [-lambd, lambd] mapped to 0",
    )


# --- hardshrink -----------------------------------------------------------
# x if |x| > lambd else 0.  PyTorch: f(+-lambd) = 0 and the gradient is 1 only
# where |x| > lambd (strict), so f'(+-lambd) = 0; f'' = 0.  For lambd = 0 f is
# continuous (f = x) but f'(0) = 0 is still PyTorch's value: a kink at 0.


def _hardshrink(x: FloatArray, lambd: float) -> FloatArray:
    return np.where(np.abs(x) > lambd, x, 0.0)


def _hardshrink_d1(x: FloatArray, lambd: float) -> FloatArray:
    return np.where(np.abs(x) > lambd, 1.0, 0.0)


def _shrink_d2(x: FloatArray, lambd: float) -> FloatArray:
    return np.zeros_like(x)


def _hardshrink_all(x: FloatArray, out: Triple, lambd: float) -> Triple:
    """f' = (|x| > lambd); f = x f' + 0.0: x where |x| > lambd >= 0 (so x != 0), and
    +0 elsewhere (x * 0 is -0 for x < 0, and -0 + 0 is +0), as np.where gives."""
    f, d1, d2 = out
    np.abs(x, out=f)
    np.greater(f, lambd, out=d1)
    np.multiply(x, d1, out=f)
    f += 0.0
    d2.fill(0.0)
    return out


HARDSHRINK = Activation(
    id="hardshrink",
    name="Hardshrink",
    family=Family.SHRINK,
    f=_hardshrink,
    df=_hardshrink_d1,
    d2f=_shrink_d2,
    fused=_hardshrink_all,
    params=(_lambd_param(),),
    kinks=_pm,
    jumps=lambda lambd: (-lambd, lambd) if lambd > 0 else (),
    torch_code=lambda lambd: call("torch.nn.Hardshrink", lambd=lambd),
    keras_code=lambda lambd: f"keras.activations.hard_shrink(x, threshold={format_number(lambd)})",
    convention="f(+-lambd) = 0 and f'(+-lambd) = 0 as in PyTorch autograd; f'' = 0",
    aliases=("hard_shrink",),
    reference=Reference(
        authors=("Donoho, David L.", "Johnstone, Iain M."),
        year=1994,
        title="Ideal spatial adaptation by wavelet shrinkage",
        venue="Biometrika 81(3), 425–455",
        url="https://doi.org/10.1093/biomet/81.3.425",
    ),
)

# --- softshrink -----------------------------------------------------------
# x - lambd (x > lambd), x + lambd (x < -lambd), 0 otherwise.  Continuous; PyTorch
# gives f'(+-lambd) = 0 (gradient 1 only where |x| > lambd); f'' = 0.


def _softshrink(x: FloatArray, lambd: float) -> FloatArray:
    return np.where(x > lambd, x - lambd, np.where(x < -lambd, x + lambd, 0.0))


def _softshrink_all(x: FloatArray, out: Triple, lambd: float) -> Triple:
    """f = x - clip(x, -lambd, lambd): x - lambd, x - (-lambd) = x + lambd, or x - x = +0."""
    f, d1, d2 = out
    np.clip(x, -lambd, lambd, out=f)
    np.subtract(x, f, out=f)
    fx.flag(np.abs(x) > lambd, d1)
    d2.fill(0.0)
    return out


SOFTSHRINK = Activation(
    id="softshrink",
    name="Softshrink",
    family=Family.SHRINK,
    f=_softshrink,
    df=_hardshrink_d1,
    d2f=_shrink_d2,
    fused=_softshrink_all,
    params=(_lambd_param(),),
    kinks=_pm,
    torch_code=lambda lambd: call("torch.nn.Softshrink", lambd=lambd),
    keras_code=lambda lambd: f"keras.activations.soft_shrink(x, threshold={format_number(lambd)})",
    convention="f'(+-lambd) = 0 as in PyTorch autograd; f'' = 0 everywhere",
    aliases=("soft_shrink",),
    reference=Reference(
        authors=("Donoho, David L.",),
        year=1995,
        title="De-noising by soft-thresholding",
        venue="IEEE Transactions on Information Theory 41(3), 613–627",
        url="https://doi.org/10.1109/18.382009",
    ),
)

# --- tanhshrink -----------------------------------------------------------
# x - tanh x.  For |x| < 1 it is (x cosh x - sinh x) / cosh x, whose numerator
# sum_{k>=1} 2k x^(2k+1) / (2k+1)! has terms of one sign (no cancellation, k <= 10
# suffices to 1e-18).  f' = tanh^2 x, f'' = 2 tanh(x) sech^2(x).

_TS_COEF = tuple(2 * k / math.factorial(2 * k + 1) for k in range(1, 11))


def _tanhshrink(x: FloatArray) -> FloatArray:
    xs = np.clip(x, -1.0, 1.0)
    t = xs * xs
    acc = np.full_like(t, _TS_COEF[-1])
    for c in _TS_COEF[-2::-1]:
        acc = acc * t + c
    near = xs * t * acc / np.cosh(xs)
    return np.where(np.abs(x) < 1.0, near, x - np.tanh(x))


def _tanhshrink_d1(x: FloatArray) -> FloatArray:
    th = np.tanh(x)
    return th * th


def _tanhshrink_d2(x: FloatArray) -> FloatArray:
    return 2.0 * np.tanh(x) * nm.sech2(x)


def _tanhshrink_all(x: FloatArray, out: Triple) -> Triple:
    """tanh x once; the series only on the points with |x| < 1."""
    f, d1, d2 = out
    th = np.tanh(x, out=d1)
    np.subtract(x, th, out=f)
    near = np.flatnonzero(np.abs(x) < 1.0)
    if near.size:
        xs = x.ravel()[near]
        t = xs * xs
        acc = np.full_like(t, _TS_COEF[-1])
        for c in _TS_COEF[-2::-1]:
            acc = acc * t + c
        f.flat[near] = xs * t * acc / np.cosh(xs)
    np.multiply(2.0, th, out=d2)
    d2 *= nm.sech2(x)
    np.multiply(th, th, out=d1)
    return out


TANHSHRINK = Activation(
    id="tanhshrink",
    name="Tanhshrink",
    family=Family.SHRINK,
    f=_tanhshrink,
    df=_tanhshrink_d1,
    d2f=_tanhshrink_d2,
    fused=fx.blocked(_tanhshrink_all),
    torch_code=lambda: "torch.nn.Tanhshrink()",
    keras_code=lambda: "keras.activations.tanh_shrink",
    convention="smooth: no kinks",
    aliases=("tanh_shrink",),
    reference=PYTORCH_2019,
)

ACTIVATIONS: list[Activation] = [HARDSHRINK, SOFTSHRINK, TANHSHRINK]
