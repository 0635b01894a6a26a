"""Numerically stable building blocks shared by the activation kernels.

Every helper takes and returns float64 arrays and is warning-free for any
finite input.  Results whose true magnitude exceeds the largest float64 are
saturated to +-MAX (documented convention: actgui never returns inf or NaN for
finite input).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ._fast import scratch, select
from .spec import FloatArray

MAX = float(np.finfo(np.float64).max)
#: Largest float x with exp(x) finite (709.782712893384).
LOG_MAX = float(np.log(MAX))
with np.errstate(over="ignore"):
    while not np.isfinite(np.exp(LOG_MAX)):  # guard against a libm that rounds up
        LOG_MAX = float(np.nextafter(LOG_MAX, 0.0))


def sorted_unique(x: FloatArray) -> FloatArray:
    """The sorted distinct values of a float array without NaN, as ``np.unique``
    gives them. np.unique imports numpy.ma on its first call (~0.1 s of the
    window's start-up, for the properties' grid and the sampling at breaks)."""
    s = np.sort(x, axis=None)
    keep = np.empty(s.size, dtype=bool)
    keep[:1] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


def saturate(a: FloatArray) -> FloatArray:
    """Clip to the finite float64 range (inf -> +-MAX); NaN is left alone."""
    return np.clip(a, -MAX, MAX)


def exp(x: FloatArray) -> FloatArray:
    """exp(x), saturated at exactly MAX where it would overflow."""
    return np.where(x > LOG_MAX, MAX, np.exp(np.minimum(x, LOG_MAX)))


def sigmoid(x: FloatArray) -> FloatArray:
    """Logistic 1/(1+exp(-x)) without overflow for either sign."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def softplus(x: FloatArray) -> FloatArray:
    """log(1 + exp(x)) = max(x, 0) + log1p(exp(-|x|))."""
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def log_sigmoid(x: FloatArray) -> FloatArray:
    """log(sigmoid(x)) = min(x, 0) - log1p(exp(-|x|))."""
    return np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))


def sech2(x: FloatArray) -> FloatArray:
    """1 - tanh(x)**2 computed as 4 e^{-2|x|} / (1 + e^{-2|x|})**2 (no cancellation)."""
    e = np.exp(-2.0 * np.minimum(np.abs(x), 400.0))  # e^-800 is 0 already; no overflow
    return 4.0 * e / ((1.0 + e) * (1.0 + e))


# --- erf / erfc ---------------------------------------------------------
# The method and coefficients of Sun's fdlibm s_erf.c (K. C. Ng, 1993; also in
# FreeBSD msun and glibc), vectorised.  Each approximation computes a small
# correction to an exactly known part, so rounding errors stay below ~1 ulp:
#   |x| < 0.84375:        erf(x) = x + x * R(x^2)     |R - (erf(x) - x)/x| < 2**-57.90
#   0.84375 <= |x| < 1.25: erf(x) = sign(x) (c + P1(s)/Q1(s)), s = |x| - 1, c = erx
#   1.25 <= |x| < 28:     erfc(|x|) = exp(-z*z - 0.5625) exp((z - x)(z + x) + R/S) / |x|
# with z = |x| with its 32 low bits cleared (z*z exact) and R/S rational in 1/x^2
# (|R/S - f| < 2**-61.5).  Unlike fdlibm, exp(-z*z - 0.5625) is split into two
# equal factors when it would be subnormal, so that erfc keeps full relative
# accuracy down to 1e-308 and is rounded once below that (x > 26.55).
# Coefficients: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
# Developed at SunPro, a Sun Microsystems, Inc. business.  Permission to use,
# copy, modify, and distribute this software is freely granted, provided that
# this notice is preserved.

_ERX = 8.45062911510467529297e-01  # 0.84506291151 rounded to single precision
_EFX8 = 1.02703333676410069053e00  # 8 * (2/sqrt(pi) - 1)
_PP = (
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
)
_QQ = (
    1.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
)
_PA = (
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
)
_QA = (
    1.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
)
_RA = (
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e01,
    -6.23753324503260060396e01,
    -1.62396669462573470355e02,
    -1.84605092906711035994e02,
    -8.12874355063065934246e01,
    -9.81432934416914548592e00,
)
_SA = (
    1.0,
    1.96512716674392571292e01,
    1.37657754143519042600e02,
    4.34565877475229228821e02,
    6.45387271733267880336e02,
    4.29008140027567833386e02,
    1.08635005541779435134e02,
    6.57024977031928170135e00,
    -6.04244152148580987438e-02,
)
_RB = (
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e01,
    -1.60636384855821916062e02,
    -6.37566443368389627722e02,
    -1.02509513161107724954e03,
    -4.83519191608651397019e02,
)
_SB = (
    1.0,
    3.03380607434824582924e01,
    3.25792512996573918826e02,
    1.53672958608443695994e03,
    3.19985821950859553908e03,
    2.55305040643316442583e03,
    4.74528541206955367215e02,
    -2.24409524465858183362e01,
)
_TINY = 2.0**-28  # below it erf(x) = x + efx * x to within 2**-84
_HI_MASK = np.uint64(0xFFFFFFFF00000000)


def _poly(c: tuple[float, ...], t: FloatArray, acc: FloatArray) -> FloatArray:
    """c[0] + c[1] t + ... + c[n] t^n by Horner's rule, into ``acc`` (not ``t``)."""
    np.multiply(t, c[-1], out=acc)
    acc += c[-2]
    for coef in c[-3::-1]:
        acc *= t
        acc += coef
    return acc


#: Elements per block (also GELU's fused kernel's): the temporaries of a block
#: stay in the CPU cache, and the ~130 numpy calls of a block cost little next
#: to their arithmetic; the temporaries are :func:`._fast.scratch` buffers.
ERF_BLOCK = 32768


def _erf_erfc(x: FloatArray, want_erfc: bool) -> FloatArray:
    """erf or erfc of any array, block by block."""
    x = np.asarray(x, dtype=np.float64)
    flat = x.ravel()
    out = np.empty_like(flat)
    for k in range(0, flat.size, ERF_BLOCK):
        s = slice(k, k + ERF_BLOCK)
        erf_erfc_into(flat[s], out[s], want_erfc)
    return out.reshape(x.shape)


def erf_erfc_into(
    x: FloatArray, out: FloatArray, want_erfc: bool, tails: bool = True
) -> FloatArray:
    """erf(x) or erfc(x) of a 1-d array into ``out`` (same length, not ``x``).

    ``tails=False`` (erfc only): only the elements |x| < 1.25 are computed, the
    others get erfc's limit, 2 for x < 0 and 0 for x > 0 (for a caller that
    adds the tails computed its own way, see :func:`tail_regions`).  Each region
    is evaluated on its own elements only (gathered, computed in
    scratch buffers, scattered back), with the same operations in the same
    order as the formulas in the comment above, so the bits do not depend on
    the block size or on which other elements share the call.  NaN gives NaN.
    """
    n = x.size
    with scratch(n) as take:
        y = np.abs(x, out=take())
        if tails:
            out.fill(np.nan)  # NaN is in no region below and stays NaN
        else:
            np.sign(x, out=out)
            np.subtract(1.0, out, out=out)  # 2, 0 or NaN
        b1, b2, b3, b4 = take(), take(), take(), take()

        i = np.flatnonzero(y < 0.84375)
        if i.size:
            m = i.size
            xm, z, pp, qq = b1[:m], b2[:m], b3[:m], b4[:m]
            np.take(x, i, out=xm, mode="clip")
            np.abs(xm, out=z)
            tiny = z < _TINY
            np.multiply(xm, xm, out=z)  # (erf(x) - x)/x; x^2 < 2**-56 gives the constant
            np.copyto(z, 0.0, where=tiny)  # no underflow: 0 below 2**-28
            _poly(_PP, z, pp)
            pp /= _poly(_QQ, z, qq)
            xq = np.multiply(xm, pp, out=pp)
            if want_erfc:
                lo = np.add(xm, xq, out=qq)
                np.subtract(1.0, lo, out=lo)  # 1 - (x + xq)
                hi = np.subtract(xm, 0.5, out=z)
                hi += xq
                np.subtract(0.5, hi, out=hi)  # 0.5 - (xq + (x - 0.5))
                out[i] = select(xm < 0.25, lo, hi, lo)
            else:
                r = np.add(xm, xq, out=qq)
                j = np.flatnonzero(tiny)
                if j.size:
                    xt = xm[j]
                    r[j] = (8.0 * xt + _EFX8 * xt) * 0.125  # fdlibm: no spurious underflow
                out[i] = r

        i = np.flatnonzero((y >= 0.84375) & (y < 1.25))
        if i.size:
            m = i.size
            xm, s, pp, qq = b1[:m], b2[:m], b3[:m], b4[:m]
            np.take(x, i, out=xm, mode="clip")
            np.abs(xm, out=s)
            s -= 1.0
            _poly(_PA, s, pp)
            p = np.divide(pp, _poly(_QA, s, qq), out=pp)  # erf(|x|) - erx
            if want_erfc:
                lo = np.add(p, _ERX, out=qq)
                lo += 1.0  # 1 + (erx + p)
                hi = np.subtract(1.0 - _ERX, p, out=s)
                out[i] = select(xm < 0.0, lo, hi, lo)
            else:
                p += _ERX
                out[i] = np.copysign(p, xm, out=p)

        # erfc(x) < 2**-1075 for x > 27.3, and 1 - erfc(x) rounds to 1 for x > 5.93
        top = 28.0 if want_erfc else 6.0
        b5, b6 = take(), take()
        for i, num, den in tail_regions(y) if tails else ():
            if i.size:
                m = i.size
                xm, ym = b1[:m], b2[:m]
                np.take(x, i, out=xm, mode="clip")
                np.abs(xm, out=ym)
                np.minimum(ym, top, out=ym)
                c = _erfc_tail(ym, num, den, b3[:m], b4[:m], b5[:m], b6[:m])
                if want_erfc:
                    out[i] = select(xm < 0.0, np.subtract(2.0, c, out=ym), c, c)
                else:
                    np.subtract(1.0, c, out=c)
                    out[i] = np.copysign(c, xm, out=c)
    return out


_TAIL_MID = 1.0 / 0.35


def tail_regions(
    y: FloatArray,
) -> tuple[tuple[Any, tuple[float, ...], tuple[float, ...]], ...]:
    """The two tail regions of |x| = ``y`` (>= 0 or NaN) as (indices, R, S):
    1.25 <= y < 1/0.35 and y >= 1/0.35, with the coefficients of their rational
    approximation R/S in 1/y^2 (see :func:`erfc_scaled_tail`)."""
    return (
        (np.flatnonzero((y >= 1.25) & (y < _TAIL_MID)), _RA, _SA),
        (np.flatnonzero(y >= _TAIL_MID), _RB, _SB),
    )


def erfc_scaled_tail(
    y: FloatArray,
    r: tuple[float, ...],
    s: tuple[float, ...],
    b1: FloatArray,
    b2: FloatArray,
    b3: FloatArray,
) -> FloatArray:
    """exp(R/S - 0.5625) / y, so that erfc(y) = exp(-y^2) exp(R/S - 0.5625) / y, for
    1.25 <= y <= ~28.3 with the approximation (r, s) of y's region (:func:`tail_regions`).

    For a caller that has exp(-y^2) accurately already (GELU's Phi, from the exact
    x with y = |x|/sqrt 2): the factor depends on y only through 1/y and the slowly
    varying R/S, so a rounding error of y costs about one ulp, where
    exp(-y^2) would lose 2 y^2 ulp.  b1, b2, b3: scratch shaped like y (not y);
    the result is b1.
    """
    t = np.multiply(y, y, out=b2)
    np.divide(1.0, t, out=t)
    rs = np.divide(_poly(r, t, b1), _poly(s, t, b3), out=b1)
    rs -= 0.5625
    out = np.exp(rs, out=rs)
    out /= y
    return out


def _erfc_tail(
    y: FloatArray,
    r: tuple[float, ...],
    s: tuple[float, ...],
    b1: FloatArray,
    b2: FloatArray,
    b3: FloatArray,
    b4: FloatArray,
) -> FloatArray:
    """erfc(y) for 1.25 <= y <= 28 with the rational approximation (r, s) of its range.

    b1..b4 are scratch arrays shaped like y; the result is b1.
    """
    t = np.multiply(y, y, out=b3)
    np.divide(1.0, t, out=t)
    rs = np.divide(_poly(r, t, b1), _poly(s, t, b2), out=b1)
    z = b4
    np.bitwise_and(y.view(np.uint64), _HI_MASK, out=z.view(np.uint64))
    w = np.subtract(z, y, out=b2)
    w *= np.add(z, y, out=b3)
    rs += w  # (z - y)(z + y)
    a = np.multiply(z, z, out=b4)
    np.negative(a, out=a)
    a -= 0.5625  # -z*z - 0.5625, exact: z has 21 significant bits
    split = np.flatnonzero(a < -700.0)  # exp(a) would lose bits to gradual underflow
    a[split] *= 0.5
    h = np.exp(a, out=a)
    out = np.exp(rs, out=rs)
    out *= h
    out /= y
    out[split] *= h[split]
    return out


def erf(x: FloatArray) -> FloatArray:
    """Error function, vectorised (fdlibm's method), within ~1 ulp for every x."""
    return _erf_erfc(x, want_erfc=False)


def erfc(x: FloatArray) -> FloatArray:
    """Complementary error function 1 - erf(x), full relative accuracy in the tail."""
    return _erf_erfc(x, want_erfc=True)
