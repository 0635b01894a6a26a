"""Smooth gated activations: x times a smooth gate (GELU, SiLU, Mish, ...).

Every kernel is written so that it stays accurate in both tails:

* the gate is never formed as ``1 - something`` or ``1 + tanh(u)`` where that
  cancels; sigmoid-like gates are rational functions of ``E = exp(-|t|)``;
* a small factor ``exp(t)`` (t <= 0) multiplying a large one (``x``, ``x^2``)
  is applied as two halves, ``(c * exp(t/2)) * exp(t/2)`` (:func:`_mul_exp`),
  so the product is rounded once even where ``exp(t)`` alone would be
  subnormal and have lost its digits;
* arguments are clipped where the result no longer depends on them, so that
  ``x * x``, ``2 * x`` or ``exp`` never overflow for |x| up to 1.797e308.

Why this module is long: it is a catalog of 6 functions, each a self-contained
block (its kernels for f, f', f'', a fused kernel where one pays, then its
``Activation`` entry); a reader holds one block at a time, and splitting the family across
files would only scatter the shared helpers.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from .. import _fast as fx
from .. import _numeric as nm
from ..spec import (
    Activation,
    ChoiceParam,
    Family,
    FloatArray,
    Kernel,
    NumberParam,
    Reference,
    Triple,
)
from ._code import call, module
from ._references import BASIRAT_ROTH_2018, HENDRYCKS_GIMPEL_2016

_SMOOTH = "smooth: no kinks"

# --- helpers ------------------------------------------------------------------

_BLOCK = 32768


def _blocked(kernel: Kernel) -> Kernel:
    """Run ``kernel`` on blocks of 32768 elements: its ~30 temporaries then stay in the
    CPU cache, which makes 10^6 points about 1.5-2x faster.  Small inputs pass through."""

    @functools.wraps(kernel)
    def run(x: FloatArray, /, **params: Any) -> FloatArray:
        x = np.asarray(x, dtype=np.float64)
        if x.size <= 2 * _BLOCK:
            return kernel(x, **params)
        flat = x.ravel()
        out = np.empty_like(flat)
        for k in range(0, flat.size, _BLOCK):
            out[k : k + _BLOCK] = kernel(flat[k : k + _BLOCK], **params)
        return out.reshape(x.shape)

    return run


def _mul_exp(c: FloatArray, t: FloatArray) -> FloatArray:
    """c * exp(t) for t <= 0, rounded once even when exp(t) alone is subnormal."""
    h = np.exp(0.5 * t)
    return (c * h) * h


def _gauss(c: FloatArray, x: FloatArray, k: float = 0.5) -> FloatArray:
    """c * exp(-k x^2) (k = 1/2 or 1) for |x| <= 40 (callers clip x and c), to a few ulp.

    x = s + d with s a multiple of 2**-16, so k s^2 is exact and the rounding error of
    x*x (up to k x^2 ulp of the result) is avoided; exp(-k s^2 / 2) is applied twice so
    every intermediate stays normal.
    """
    a = np.abs(x)
    s = np.trunc(a * 65536.0) / 65536.0
    h = np.exp((-0.5 * k) * (s * s))
    return ((c * h) * np.exp(-k * ((a - s) * (a + s)))) * h


def _two_minus_sq(x: FloatArray) -> FloatArray:
    """2 - x^2 with x^2 split exactly (Dekker), accurate near x = +-sqrt(2); |x| <= 40."""
    p = x * x
    c = 134217729.0 * x  # 2**27 + 1
    hi = c - (c - x)
    lo = x - hi
    err = ((hi * hi - p) + 2.0 * hi * lo) + lo * lo
    return (2.0 - p) - err


def _sigmoid_parts(t: FloatArray) -> tuple[fx.BoolArray, FloatArray, FloatArray]:
    """(neg, h, E) with neg = t < 0, h = exp(-|t|/2) and E = h*h = exp(-|t|).

    sigmoid(t) = 1/(1+E) for t >= 0 and E/(1+E) for t < 0;
    sigmoid(t) sigmoid(-t) = E/(1+E)^2;  tanh(t/2) = sign(t) (1-E)/(1+E).
    """
    h = np.exp(-0.5 * np.abs(t))
    return t < 0.0, h, h * h


def _xsig_all(x: FloatArray, t: FloatArray, k: float, out: Triple) -> Triple:
    """f, f', f'' of x sigmoid(t), t = k x (clipped), sharing h, E = h^2 and r = 1/(1+E):
    the formulas of _silu, _silu_d1 and _silu_d2 term by term, branches selected
    without branching (SiLU, GLU and QuickGELU use it)."""
    f, d1, d2 = out
    neg = t < 0.0
    h = np.abs(t)
    h *= -0.5
    np.exp(h, out=h)
    e = h * h
    p = 1.0 + e
    np.divide(x, p, out=f)  # q
    w = f * h
    w *= h
    fx.select(neg, w, f, f)
    r = np.divide(1.0, p, out=p)
    b = t * r
    b *= r
    np.add(r, b, out=w)  # ((r + b) h) h  for t < 0
    w *= h
    w *= h
    b *= h  # r + (b h) h  for t >= 0
    b *= h
    b += r
    fx.select(neg, w, b, d1)
    np.subtract(1.0, e, out=e)  # k (2 - |t| ((1 - E) r)) r r h h
    e *= r
    np.abs(t, out=w)
    w *= e
    np.subtract(2.0, w, out=d2)
    d2 *= k
    d2 *= r
    d2 *= r
    d2 *= h
    d2 *= h
    return out


# --- gelu -------------------------------------------------------------------
# Exact: x Phi(x), Phi(x) = erfc(-x/sqrt 2)/2 (Hendrycks & Gimpel 2016);
# f' = Phi + x phi, f'' = phi (2 - x^2), phi(x) = exp(-x^2/2)/sqrt(2 pi).
# tanh (PyTorch approximate='tanh'): x/2 (1 + tanh u), u = k (x + 0.044715 x^3),
# k = sqrt(2/pi), written as x S with S = sigmoid(2u) (no cancellation in 1 + tanh).
# With T = S(1 - S) = sech^2(u)/4:  f' = S + 2 x u' T,
# f'' = T (4 u' + 2 x u'' - 4 x u'^2 tanh u), u' = k (1 + 3a x^2), u'' = 6 a k x.

_SQRT1_2 = 0.70710678118654752440
_INV_SQRT_2PI = 0.39894228040143267794
_GELU_K = 0.79788456080286535588  # sqrt(2/pi)
_GELU_A = 0.044715
_GAUSS_X = 40.0  # exp(-40^2/2) * 40^2 underflows to 0


def _phi_big(x: FloatArray) -> FloatArray:
    """Phi(x) = erfc(u)/2, u = -x/sqrt 2, to a few ulp relative (any shape).

    For |u| >= 1.25 as erfc(|u|) = exp(-x^2/2) exp(R/S - 0.5625)/|u| (fdlibm's tail
    approximation R/S, :func:`._numeric.erfc_scaled_tail`) with exp(-x^2/2) from the
    exact x (:func:`_gauss_parts`): the rounding error of u then costs about one
    ulp, where exp(-u^2) would lose 2 u^2 ulp (1.6e-13 at x = -37).  Elsewhere
    fdlibm's erfc(u)/2.
    """
    xf = np.ascontiguousarray(x, dtype=np.float64).reshape(-1)
    return _phi_into(xf, np.empty_like(xf)).reshape(np.shape(x))


def _gauss_parts(
    xc: FloatArray, h: FloatArray, ex: FloatArray, p: FloatArray, err: FloatArray
) -> None:
    """exp(-x^2/2) of a 1-d xc (|xc| <= 40) as factors, for GELU's kernels: x^2 = p + err
    exactly (Dekker's product, the one of :func:`_two_minus_sq`), h = exp(-p/4) and
    ex = 1 - err/2 = exp(-err/2) to err^2/8 < 2**-88; applied as ((c h) ex) h (:func:`_gelu_gauss`)
    so that every intermediate stays normal and the product is rounded once.
    One exp where :func:`_gauss` takes two; all five arrays shaped like xc."""
    np.multiply(xc, xc, out=p)
    np.multiply(xc, 134217729.0, out=h)  # 2**27 + 1
    np.subtract(h, xc, out=ex)
    h -= ex  # hi = c - (c - x)
    np.subtract(xc, h, out=ex)  # lo
    np.multiply(h, h, out=err)
    err -= p
    h *= 2.0
    h *= ex
    err += h  # (hi hi - p) + 2 hi lo
    ex *= ex
    err += ex  # + lo lo
    np.multiply(err, -0.5, out=ex)
    ex += 1.0
    np.multiply(p, -0.25, out=h)
    np.exp(h, out=h)


def _gelu_gauss(c: FloatArray, xc: FloatArray, d2: bool = False) -> FloatArray:
    """c exp(-x^2/2) (or (2 - x^2) c exp(-x^2/2) with ``d2``) for |xc| <= 40, with the
    factors of :func:`_gauss_parts` applied in the order of GELU's fused kernel."""
    xf = np.ascontiguousarray(xc, dtype=np.float64).reshape(-1)
    cf = np.ascontiguousarray(np.broadcast_to(c, xc.shape), dtype=np.float64).reshape(-1)
    h, ex, p, err = (np.empty_like(xf) for _ in range(4))
    _gauss_parts(xf, h, ex, p, err)
    if d2:
        t = np.subtract(2.0, p)
        t -= err
        t *= cf
        cf = t
    r = cf * h
    r *= ex
    r *= h
    return r.reshape(np.shape(xc))


def _phi_into(
    x: FloatArray,
    out: FloatArray,
    parts: tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray] | None = None,
) -> FloatArray:
    """:func:`_phi_big` of a 1-d array into ``out``, temporaries from scratch buffers.

    ``parts``: optional 1-d arrays (xc, h, ex, p, err) shaped like x that receive x
    clipped to +-40 (Phi is 0 or 1 beyond) and :func:`_gauss_parts` of it, for a
    caller that needs exp(-x^2/2) and x^2 too (GELU's fused kernel).
    """
    with fx.scratch(x.size) as take:
        xc, h, ex, p, err = parts if parts is not None else tuple(take() for _ in range(5))
        np.clip(x, -_GAUSS_X, _GAUSS_X, out=xc)
        _gauss_parts(xc, h, ex, p, err)
        u = take()
        np.multiply(xc, -_SQRT1_2, out=u)
        nm.erf_erfc_into(u, out, want_erfc=True, tails=False)  # tails: 2 or 0
        out *= 0.5
        # tails: -Q for x > 0 and Q for x < 0 (sign of u), Q = erfc(|u|)/2, 0 elsewhere
        q = take()
        q.fill(0.0)
        y, ym, b1, b2, b3, b4 = take(), take(), take(), take(), take(), take()
        np.abs(u, out=y)
        for i, num, den in nm.tail_regions(y):
            m = i.size
            if not m:
                continue
            um = ym[:m]
            np.take(u, i, out=um, mode="clip")
            c = nm.erfc_scaled_tail(np.abs(um, out=b4[:m]), num, den, b1[:m], b2[:m], b3[:m])
            c *= 0.5
            q[i] = np.copysign(c, um, out=c)
        q *= h
        q *= ex
        q *= h  # rounded once like _gauss
        out += q  # 1 - Q, Q or the small |u| value + 0
    return out


def _gelu_u(x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(xc, u, u') of the tanh approximation, x clipped to +-1e3 (the gate saturates)."""
    xc = np.clip(x, -1e3, 1e3)
    x2 = xc * xc
    u = _GELU_K * (xc * (1.0 + _GELU_A * x2))
    du = _GELU_K * (1.0 + 3.0 * _GELU_A * x2)
    return xc, u, du


def _gelu(x: FloatArray, approximate: str) -> FloatArray:
    if approximate == "tanh":
        _, u, _ = _gelu_u(x)
        neg, h, e = _sigmoid_parts(2.0 * u)
        q = x / (1.0 + e)
        return np.where(neg, (q * h) * h, q)
    return x * _phi_big(x)


def _gelu_d1(x: FloatArray, approximate: str) -> FloatArray:
    if approximate == "tanh":
        xc, u, du = _gelu_u(x)
        neg, h, e = _sigmoid_parts(2.0 * u)
        r = 1.0 / (1.0 + e)
        b = 2.0 * xc * du * r * r
        # u < 0: S + 2x u' T = e/(1+e) (1 + 2x u'/(1+e));  u >= 0: 1/(1+e) + 2x u' e/(1+e)^2
        return np.where(neg, ((r + b) * h) * h, r + (b * h) * h)
    xc = np.clip(x, -_GAUSS_X, _GAUSS_X)
    return _phi_big(x) + _gelu_gauss(xc * _INV_SQRT_2PI, xc)


def _gelu_d2(x: FloatArray, approximate: str) -> FloatArray:
    if approximate == "tanh":
        xc, u, du = _gelu_u(x)
        _, h, e = _sigmoid_parts(2.0 * u)
        r = 1.0 / (1.0 + e)
        tanh_u = np.copysign((1.0 - e) * r, u)
        d2u = 6.0 * _GELU_A * _GELU_K * xc
        b = 4.0 * du + 2.0 * xc * d2u - 4.0 * xc * du * du * tanh_u
        return ((b * r * r) * h) * h
    xc = np.clip(x, -_GAUSS_X, _GAUSS_X)
    return _gelu_gauss(np.full_like(xc, _INV_SQRT_2PI), xc, d2=True)


def _gelu_all(x: FloatArray, out: Triple, approximate: str) -> Triple:
    """Phi once (it is f/x and part of f'), exp(-x^2/2) once for f' and f''."""
    f, d1, d2 = out
    if approximate == "tanh":
        xc, u, du = _gelu_u(x)
        t = 2.0 * u
        neg = t < 0.0
        h = np.abs(t)
        h *= -0.5
        np.exp(h, out=h)
        e = h * h
        p = 1.0 + e
        np.divide(x, p, out=f)
        w = f * h
        w *= h
        fx.select(neg, w, f, f)
        r = np.divide(1.0, p, out=p)
        b = 2.0 * xc
        b *= du
        b *= r
        b *= r
        np.add(r, b, out=w)
        w *= h
        w *= h
        b *= h
        b *= h
        b += r
        fx.select(neg, w, b, d1)
        tanh_u = np.subtract(1.0, e, out=e)
        tanh_u *= r
        np.copysign(tanh_u, u, out=tanh_u)
        d2u = (6.0 * _GELU_A * _GELU_K) * xc
        np.multiply(4.0, du, out=d2)
        np.multiply(2.0, xc, out=w)
        w *= d2u
        d2 += w
        np.multiply(4.0, xc, out=w)
        w *= du
        w *= du
        w *= tanh_u
        d2 -= w
        d2 *= r
        d2 *= r
        d2 *= h
        d2 *= h
        return out
    if all(o.flags.c_contiguous for o in out):
        xf = np.ascontiguousarray(x).reshape(-1)
        _gelu_exact_into(xf, f.reshape(-1), d1.reshape(-1), d2.reshape(-1))
        return out
    res = [np.empty(x.size), np.empty(x.size), np.empty(x.size)]
    _gelu_exact_into(np.ascontiguousarray(x).reshape(-1), *res)
    for o, r in zip(out, res, strict=True):
        o[...] = r.reshape(o.shape)
    return out


def _gelu_exact_into(x: FloatArray, f: FloatArray, d1: FloatArray, d2: FloatArray) -> None:
    """Exact GELU's f, f', f'' of a 1-d array into 1-d f, d1, d2: Phi once (it is f/x
    and part of f'), exp(-x^2/2) once for f' and f'', temporaries from scratch."""
    with fx.scratch(x.size) as take:
        xc, h, ex, p, err = (take() for _ in range(5))  # shared by Phi, f' and f''
        phi = _phi_into(x, take(), (xc, h, ex, p, err))
        np.multiply(x, phi, out=f)
        np.multiply(xc, _INV_SQRT_2PI, out=d1)
        d1 *= h
        d1 *= ex
        d1 *= h
        d1 += phi
        c = np.subtract(2.0, p, out=p)
        c -= err  # (2 - p) - err, as _two_minus_sq
        c *= _INV_SQRT_2PI
        c *= h
        c *= ex
        np.multiply(c, h, out=d2)


def _gelu_torch(approximate: str) -> str:
    return call("torch.nn.GELU", approximate=approximate)


# Keras 3's keras.activations.gelu (what "gelu" means in a Keras layer) defaults to
# approximate=False, like PyTorch; only keras.ops.gelu defaults to True.  So the two
# presets share the default "none" (no keras_default).


def _gelu_keras(approximate: str) -> str:
    flag = "True" if approximate == "tanh" else "False"
    return f"keras.activations.gelu(x, approximate={flag})"


GELU = Activation(
    id="gelu",
    name="GELU",
    family=Family.GATED,
    f=_blocked(_gelu),
    df=_blocked(_gelu_d1),
    d2f=_blocked(_gelu_d2),
    fused=fx.blocked(_gelu_all, nm.ERF_BLOCK),
    params=(
        ChoiceParam(
            "approximate",
            "none",
            ("none", "tanh"),
            doc="'none': exact x*Phi(x); 'tanh': PyTorch's tanh approximation",
        ),
    ),
    torch_code=_gelu_torch,
    keras_code=_gelu_keras,
    convention=_SMOOTH,
    reference=HENDRYCKS_GIMPEL_2016,
)

# --- silu ---------------------------------------------------------------
# x sigmoid(beta x): named SiLU by Hendrycks & Gimpel (2016, in the GELU paper), then
# Elfwing et al. (2017) and Ramachandran et al. (2017, Swish, who also train beta).  t = beta x,
# s = sigmoid(t): f' = s + t s (1-s), f'' = beta s (1-s) (2 - t tanh(t/2)).

_T_MAX = 1500.0  # exp(-750) = 0: beyond |beta x| = 1500 every exponential factor is 0


def _silu_t(x: FloatArray, beta: float) -> FloatArray:
    lim = _T_MAX / beta
    return beta * np.clip(x, -lim, lim)


def _silu(x: FloatArray, beta: float) -> FloatArray:
    neg, h, e = _sigmoid_parts(_silu_t(x, beta))
    q = x / (1.0 + e)
    return np.where(neg, (q * h) * h, q)


def _silu_d1(x: FloatArray, beta: float) -> FloatArray:
    t = _silu_t(x, beta)
    neg, h, e = _sigmoid_parts(t)
    r = 1.0 / (1.0 + e)
    b = t * r * r
    # t < 0: e/(1+e) + t e/(1+e)^2 = e (r + t r^2);  t >= 0: r + t e r^2
    return np.where(neg, ((r + b) * h) * h, r + (b * h) * h)


def _silu_d2(x: FloatArray, beta: float) -> FloatArray:
    t = _silu_t(x, beta)
    _, h, e = _sigmoid_parts(t)
    r = 1.0 / (1.0 + e)
    b = beta * (2.0 - np.abs(t) * ((1.0 - e) * r)) * r * r
    return (b * h) * h


def _silu_all(x: FloatArray, out: Triple, beta: float) -> Triple:
    return _xsig_all(x, _silu_t(x, beta), beta, out)


SILU = Activation(
    id="silu",
    name="SiLU / Swish",
    family=Family.GATED,
    f=_blocked(_silu),
    df=_blocked(_silu_d1),
    d2f=_blocked(_silu_d2),
    fused=fx.blocked(_silu_all),
    params=(
        NumberParam(
            "beta",
            1.0,
            0.01,
            10.0,
            0.05,
            doc="steepness of the gate: x * sigmoid(beta * x)",
        ),
    ),
    torch_code=lambda beta: "torch.nn.SiLU()" if beta == 1.0 else None,
    keras_code=lambda beta: "keras.activations.silu" if beta == 1.0 else None,
    torch_module=lambda beta: module(
        "Swish", "x * torch.sigmoid(self.beta * x)", {"beta": beta}, ("beta",)
    ),
    convention=_SMOOTH,
    aliases=("swish",),
    learnable=("beta",),
    reference=HENDRYCKS_GIMPEL_2016,
    see_also=(
        Reference(
            authors=("Elfwing, Stefan", "Uchibe, Eiji", "Doya, Kenji"),
            year=2017,
            title=(
                "Sigmoid-Weighted Linear Units for Neural Network Function Approximation "
                "in Reinforcement Learning"
            ),
            venue="arXiv:1702.03118; Neural Networks (2018)",
            url="https://arxiv.org/abs/1702.03118",
        ),
        Reference(
            authors=("Ramachandran, Prajit", "Zoph, Barret", "Le, Quoc V."),
            year=2017,
            title="Searching for Activation Functions",
            venue="arXiv preprint arXiv:1710.05941",
            url="https://arxiv.org/abs/1710.05941",
        ),
    ),
)

# --- mish ---------------------------------------------------------------
# x tanh(softplus(x)) (Misra 2019).  g = tanh(softplus x) is rational in w = e^x:
# g = w(w+2) / (w(w+2) + 2) = (1 + 2e) / (1 + 2e + 2e^2) with e = e^-x, so that
# g' = (1 - g^2) sigmoid(x) = 4w(1+w)/(n+2)^2 = 4e^2(1+e)/D^2 (n = w(w+2),
# D = 1 + 2e + 2e^2) and g'' = g' (1 - s - 2 g s), s = sigmoid(x);
# f' = g + x g', f'' = g' (2 + x (1 - s - 2 g s)), no cancellation in the tails.

_MISH_X = 1e4  # e^-x = 0 beyond: clip x where it multiplies a vanishing factor


def _mish_parts(
    x: FloatArray,
) -> tuple[FloatArray, fx.BoolArray, FloatArray, FloatArray, FloatArray]:
    """(xc, neg, hw, w, e): x clipped, x < 0, exp(-|x|/2), exp(min(x, 0)), exp(-max(x, 0))."""
    xc = np.clip(x, -_MISH_X, _MISH_X)
    neg = xc < 0.0
    hw = np.exp(-0.5 * np.abs(xc))
    ea = hw * hw  # exp(-|x|)
    return xc, neg, hw, np.where(neg, ea, 1.0), np.where(neg, 1.0, ea)


def _mish(x: FloatArray) -> FloatArray:
    _, neg, hw, w, e = _mish_parts(x)
    n2 = w * (w + 2.0) + 2.0
    left = ((x * ((w + 2.0) / n2)) * hw) * hw  # x g = x w (w+2)/(n+2)
    right = x * ((1.0 + 2.0 * e) / (1.0 + 2.0 * e + 2.0 * e * e))
    return np.where(neg, left, right)


def _mish_d1(x: FloatArray) -> FloatArray:
    xc, neg, hw, w, e = _mish_parts(x)
    n2 = w * (w + 2.0) + 2.0
    left = (((w + 2.0) / n2 + 4.0 * xc * (1.0 + w) / (n2 * n2)) * hw) * hw
    d = 1.0 + 2.0 * e + 2.0 * e * e
    right = (1.0 + 2.0 * e) / d + ((4.0 * xc * (1.0 + e) / (d * d)) * e) * e
    return np.where(neg, left, right)


def _mish_d2(x: FloatArray) -> FloatArray:
    xc, neg, hw, w, e = _mish_parts(x)
    n2 = w * (w + 2.0) + 2.0
    # 1 - s - 2 g s = ((n+2) - 2 w^2 (w+2)) / ((n+2)(1+w))
    k_left = (n2 - 2.0 * w * w * (w + 2.0)) / (n2 * (1.0 + w))
    left = ((4.0 * (1.0 + w) / (n2 * n2) * (2.0 + xc * k_left)) * hw) * hw
    d = 1.0 + 2.0 * e + 2.0 * e * e
    # 1 - s - 2 g s = (2e^3 + 2e^2 - 3e - 2) / (D (1+e))
    k_right = (((2.0 * e + 2.0) * e - 3.0) * e - 2.0) / (d * (1.0 + e))
    right = ((4.0 * (1.0 + e) / (d * d) * (2.0 + xc * k_right)) * e) * e
    return np.where(neg, left, right)


def _mish_all(x: FloatArray, out: Triple) -> Triple:
    """_mish, _mish_d1 and _mish_d2 term by term, their common factors computed once."""
    f, d1, d2 = out
    xc = np.clip(x, -_MISH_X, _MISH_X)
    neg = xc < 0.0
    hw = np.abs(xc)
    hw *= -0.5
    np.exp(hw, out=hw)
    ea = hw * hw
    w = fx.select(neg, ea, 1.0, np.empty_like(ea))
    e = fx.select(neg, 1.0, ea, ea)
    w2 = w + 2.0
    n2 = w * w2
    n2 += 2.0
    nn = n2 * n2
    w1 = 1.0 + w
    e2 = 2.0 * e
    c = 1.0 + e2  # 1 + 2e
    d = e2 * e
    d += c  # 1 + 2e + 2e^2
    dd = d * d
    e1 = 1.0 + e
    # f
    left = w2 / n2
    gl = left.copy()  # (w+2)/n2, reused by f'
    left *= x
    left *= hw
    left *= hw
    gr = c / d  # (1+2e)/d, reused by f'
    np.multiply(x, gr, out=f)
    fx.select(neg, left, f, f)
    # f'
    t = 4.0 * xc
    left = t * w1
    left /= nn
    left += gl
    left *= hw
    left *= hw
    right = t * e1
    right /= dd
    right *= e
    right *= e
    right += gr
    fx.select(neg, left, right, d1)
    # f''
    k = 2.0 * w
    k *= w
    k *= w2
    np.subtract(n2, k, out=k)
    n2 *= w1
    k /= n2
    k *= xc
    k += 2.0
    left = 4.0 * w1
    left /= nn
    left *= k
    left *= hw
    left *= hw
    k = e2 + 2.0
    k *= e
    k -= 3.0
    k *= e
    k -= 2.0
    d *= e1
    k /= d
    k *= xc
    k += 2.0
    right = 4.0 * e1
    right /= dd
    right *= k
    right *= e
    right *= e
    fx.select(neg, left, right, d2)
    return out


MISH = Activation(
    id="mish",
    name="Mish",
    family=Family.GATED,
    f=_blocked(_mish),
    df=_blocked(_mish_d1),
    d2f=_blocked(_mish_d2),
    fused=fx.blocked(_mish_all),
    torch_code=lambda: "torch.nn.Mish()",
    keras_code=lambda: "keras.activations.mish",
    convention=_SMOOTH,
    reference=Reference(
        authors=("Misra, Diganta",),
        year=2019,
        title="Mish: A Self Regularized Non-Monotonic Activation Function",
        venue="arXiv:1908.08681; BMVC 2020",
        url="https://arxiv.org/abs/1908.08681",
    ),
)

# --- elish --------------------------------------------------------------
# Basirat & Roth 2018: x sigmoid(x) for x >= 0, (e^x - 1) sigmoid(x) for x < 0.
# For x < 0, with w = e^x: f = (w - 1) w/(1 + w), f' = w (w^2 + 2w - 1)/(1 + w)^2,
# f'' = w (w^3 + 3w^2 + 5w - 1)/(1 + w)^3.  f'' jumps at 0 (1 from the left,
# 1/2 from the right); no PyTorch function, so f'(0), f''(0) are the left limits.


def _elish(x: FloatArray) -> FloatArray:
    xn = np.minimum(x, 0.0)
    return np.where(x > 0.0, _silu(x, 1.0), np.expm1(xn) * nm.sigmoid(xn))


def _elish_d1(x: FloatArray) -> FloatArray:
    w = np.exp(np.minimum(x, 0.0))
    r = 1.0 / (1.0 + w)
    left = w * ((w + 2.0) * w - 1.0) * r * r
    return np.where(x > 0.0, _silu_d1(x, 1.0), left)


def _elish_d2(x: FloatArray) -> FloatArray:
    w = np.exp(np.minimum(x, 0.0))
    r = 1.0 / (1.0 + w)
    left = w * (((w + 3.0) * w + 5.0) * w - 1.0) * r * r * r
    return np.where(x > 0.0, _silu_d2(x, 1.0), left)


ELISH = Activation(
    id="elish",
    name="ELiSH",
    family=Family.GATED,
    f=_blocked(_elish),
    df=_blocked(_elish_d1),
    d2f=_blocked(_elish_d2),
    kinks=lambda: (0.0,),
    torch_module=lambda: module(
        "ELiSH",
        "torch.where(x >= 0, x, torch.expm1(torch.clamp(x, max=0.0))) * torch.sigmoid(x)",
    ),
    convention="f''(0) = 1, the limit from the left (1/2 from the right); f'(0) = 1/2",
    reference=BASIRAT_ROTH_2018,
)

# --- tanh_exp -----------------------------------------------------------
# Liu & Di 2020: x tanh(e^x).  With w = e^x: f' = tanh w + x w sech^2 w,
# f'' = w sech^2(w) (2 + x - 2 x w tanh w).  For x <= 0 the factor w is applied
# by _mul_exp; for x > 0, sech^2 w = 4 e^-2w / (1 + e^-2w)^2 likewise.

_TANH_EXP_X = 20.0  # sech^2(e^20) = 0 and tanh(e^20) = 1


def _tanh_exp_parts(
    x: FloatArray,
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray]:
    """(xc, w, tanh w / w, sech^2 w, e^-2w) with x clipped to <= 20."""
    xc = np.minimum(x, _TANH_EXP_X)
    w = np.exp(xc)
    wc = np.maximum(w, 1e-150)  # tanh(w)/w = 1 to 1e-300 below
    tw = np.tanh(wc) / wc
    e2 = np.exp(-2.0 * w)
    return xc, w, tw, nm.sech2(w), e2


def _tanh_exp(x: FloatArray) -> FloatArray:
    _, w, tw, _, _ = _tanh_exp_parts(x)
    xn = np.minimum(x, 0.0)
    return np.where(x > 0.0, x * np.tanh(w), _mul_exp(xn * tw, xn))


def _tanh_exp_d1(x: FloatArray) -> FloatArray:
    xc, w, tw, s2, _ = _tanh_exp_parts(x)
    right = np.tanh(w) + xc * w * s2
    left = _mul_exp(tw + xc * s2, np.minimum(xc, 0.0))
    return np.where(x > 0.0, right, left)


def _tanh_exp_d2(x: FloatArray) -> FloatArray:
    xc, w, _, s2, e2 = _tanh_exp_parts(x)
    b = 2.0 + xc - xc * (2.0 * w * np.tanh(w))
    left = _mul_exp(s2 * b, np.minimum(xc, 0.0))
    r = 1.0 / (1.0 + e2)
    right = _mul_exp(4.0 * w * b * r * r, -2.0 * w)
    return np.where(x > 0.0, right, left)


TANH_EXP = Activation(
    id="tanh_exp",
    name="TanhExp",
    family=Family.GATED,
    f=_blocked(_tanh_exp),
    df=_blocked(_tanh_exp_d1),
    d2f=_blocked(_tanh_exp_d2),
    torch_module=lambda: module(
        "TanhExp",
        "# tanh(e^x) = 1 in float64 for x > 20 (the clamp keeps autograd free of inf * 0)\n"
        "return x * torch.tanh(torch.exp(torch.clamp(x, max=20.0)))",
    ),
    convention=_SMOOTH,
    # TeLU (Fernandez & Mali 2024) is the same function, x tanh(e^x), under another name
    aliases=("telu", "tanhexp"),
    reference=Reference(
        authors=("Liu, Xinyu", "Di, Xiaoguang"),
        year=2020,
        title=(
            "TanhExp: A Smooth Activation Function with High Convergence Speed for "
            "Lightweight Neural Networks"
        ),
        venue="arXiv:2003.09855 (accepted by IET Computer Vision)",
        url="https://arxiv.org/abs/2003.09855",
    ),
    see_also=(
        Reference(
            authors=("Fernandez, Alfredo", "Mali, Ankur"),
            year=2024,
            title=(
                "Stable and Robust Deep Learning By Hyperbolic Tangent Exponential "
                "Linear Unit (TeLU)"
            ),
            venue="arXiv preprint arXiv:2402.02790",
            url="https://arxiv.org/abs/2402.02790",
        ),
        Reference(
            authors=("Fernandez, Alfredo", "Mali, Ankur"),
            year=2024,
            title="TeLU Activation Function for Fast and Stable Deep Learning",
            venue="arXiv preprint arXiv:2412.20269",
            url="https://arxiv.org/abs/2412.20269",
        ),
    ),
)

# --- serf ---------------------------------------------------------------
# Nag & Bhattacharyya 2021: x erf(softplus x).  p = softplus x, s = sigmoid x,
# G = (2/sqrt pi) e^{-p^2}: f' = erf p + x G s, f'' = G s (2 + x (1 - s - 2 p s)).
# For x <= 0 everything carries the factor w = e^x: p = w L(w) with
# L = log1p(w)/w and erf p = p R(p) with R = erf(p)/p, applied by _mul_exp.

_TWO_SQRTPI = 1.12837916709551257390  # 2/sqrt(pi)


def _serf_parts(
    x: FloatArray,
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray]:
    """(xn, xc, w, p, s): x clipped to [-1e4, 40] (xc) and to [-1e4, 0] (xn), e^xn,
    softplus(xc), sigmoid(xc).  Beyond the clips every term that uses them is 0."""
    xc = np.clip(x, -1e4, _GAUSS_X)
    xn = np.minimum(xc, 0.0)
    return xn, xc, np.exp(xn), nm.softplus(xc), nm.sigmoid(xc)


def _serf_erf(w: FloatArray, p: FloatArray) -> tuple[FloatArray, FloatArray]:
    """(erf p, erf(p)/w) for p = softplus(x), w = e^min(x, 0); the second for x <= 0.

    erf(p)/w = (log1p(w)/w) (erf(p)/p), with Maclaurin series for tiny w and p.
    """
    e = nm.erf(p)
    wc = np.maximum(w, 1e-9)
    lw = np.where(w < 1e-9, 1.0 - 0.5 * w, np.log1p(wc) / wc)
    pc = np.maximum(p, 1e-3)
    q = p * p
    series = _TWO_SQRTPI * (1.0 - q * (1.0 / 3.0 - q * (0.1 - q / 42.0)))
    return e, lw * np.where(p < 1e-3, series, e / pc)


def _serf_gauss(c: FloatArray, xc: FloatArray) -> FloatArray:
    """c (2/sqrt pi) exp(-p^2), p = softplus(xc) = xp + d, xp = max(xc, 0), d = log1p(e^-|xc|).

    exp(-p^2) = exp(-xp^2) exp(-d (2 xp + d)), each factor to a few ulp.
    """
    xp = np.maximum(xc, 0.0)
    d = np.log1p(np.exp(-np.abs(xc)))
    return _gauss(c * _TWO_SQRTPI * np.exp(-d * (2.0 * xp + d)), xp, 1.0)


# For x <= 0 the results carry the factor w = e^x, applied last by _mul_exp(., xn);
# for x > 0, xn = 0 and _mul_exp is the identity.


def _serf(x: FloatArray) -> FloatArray:
    xn, _, w, p, _ = _serf_parts(x)
    e, e_over_w = _serf_erf(w, p)
    return np.where(x > 0.0, x * e, _mul_exp(xn * e_over_w, xn))


def _serf_d1(x: FloatArray) -> FloatArray:
    xn, xc, w, p, s = _serf_parts(x)
    e, e_over_w = _serf_erf(w, p)
    pos = x > 0.0
    g = _serf_gauss(np.where(pos, xc * s, xn / (1.0 + w)), xc)  # x G s (/ w for x <= 0)
    return np.where(pos, e + g, _mul_exp(e_over_w + g, xn))


def _serf_d2(x: FloatArray) -> FloatArray:
    xn, xc, w, p, s = _serf_parts(x)
    b = 2.0 + xc * (nm.sigmoid(-xc) - 2.0 * p * s)
    c = np.where(x > 0.0, s * b, b / (1.0 + w))  # G s b (/ w for x <= 0)
    return _mul_exp(_serf_gauss(c, xc), xn)


SERF = Activation(
    id="serf",
    name="Serf",
    family=Family.GATED,
    f=_blocked(_serf),
    df=_blocked(_serf_d1),
    d2f=_blocked(_serf_d2),
    torch_module=lambda: module(
        "Serf", "x * torch.erf(torch.nn.functional.softplus(x, threshold=40.0))"
    ),
    convention=_SMOOTH,
    reference=Reference(
        authors=("Nag, Sayan", "Bhattacharyya, Mayukh"),
        year=2021,
        title=(
            "SERF: Towards better training of deep neural networks using log-Softplus "
            "ERror activation Function"
        ),
        venue="arXiv preprint arXiv:2108.09598",
        url="https://arxiv.org/abs/2108.09598",
    ),
)

ACTIVATIONS: list[Activation] = [GELU, SILU, MISH, ELISH, TANH_EXP, SERF]
