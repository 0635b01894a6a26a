"""Oscillating activations: NCU, SQU, SSU and DSU (Noel et al.), cosine, SinLU and SIREN's sine.

What keeps them exact for every finite x:

* products that may exceed float64 (x^3, a * x) go through :func:`mul_sat`, which rounds
  once and saturates at +-MAX instead of overflowing;
* the sine of a product (SIREN's sin(w x), SinLU's sin(b x)) is the sine of the exact real
  product, not of its rounding (:func:`sincos_prod`, Dekker's two-product);
* x - pi is carried in double-double, so sinc(x - pi) keeps its relative accuracy next to
  x = pi, and 1 - 3 x^2, 1 + a b are formed without cancellation near their zeros.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from .. import _numeric as nm
from .._fast import BoolArray
from ..spec import Activation, Family, FloatArray, NumberParam, Reference

MAX = nm.MAX
_SMOOTH = "smooth: no kinks"
_SPLIT = 134217729.0  # 2**27 + 1, Veltkamp's splitter
_PI_HI = 3.141592653589793
_PI_LO = 1.2246467991473532e-16  # pi = _PI_HI + _PI_LO to 107 bits
_PI2 = 9.869604401089358  # pi^2

NOEL_2021 = Reference(
    authors=(
        "Noel, Matthew Mithra",
        "Bharadwaj, Shubham",
        "Muthiah-Nakarajan, Venkataraman",
        "Dutta, Praneet",
        "Amali, Geraldine Bessie",
    ),
    year=2021,
    title=(
        "Biologically Inspired Oscillating Activation Functions Can Bridge the Performance "
        "Gap between Biological and Artificial Neurons"
    ),
    venue="arXiv preprint",
    url="https://arxiv.org/abs/2111.04020",
)


def _torch(name: str, init: str, forward: str) -> str:
    """A pasteable torch.nn.Module: ``init`` is the body of __init__ after super(), or ''."""
    head = f"import torch\n\n\nclass {name}(torch.nn.Module):\n"
    if init:
        head += init
    return head + f"    def forward(self, x):\n        return {forward}\n"


# --- exact helpers --------------------------------------------------------------------


def mul_sat(a: FloatArray | float, b: FloatArray | float) -> FloatArray:
    """a * b rounded once, saturated at +-MAX where the true product exceeds float64.

    The mantissas are multiplied (|m| < 1) and the exponents added, so nothing overflows.
    """
    ma, ea = np.frexp(np.asarray(a, dtype=np.float64))
    mb, eb = np.frexp(np.asarray(b, dtype=np.float64))
    m = ma * mb
    e = ea + eb
    out = np.ldexp(m, np.minimum(e, 1024))  # |m| < 1: below 2^1024, finite
    return np.where(e > 1024, np.copysign(MAX, m), out)


def _two_prod(a: float, x: FloatArray) -> tuple[FloatArray, FloatArray | None]:
    """p + e = a * x exactly (|a x| finite); e is None when a is a power of 2."""
    p = a * x
    if math.frexp(a)[0] == 0.5:
        return p, None
    ca = _SPLIT * a
    ah = ca - (ca - a)
    al = a - ah
    scale = None
    if np.any(np.abs(x) > 2.0**990):  # _SPLIT * x would overflow: split x / 2^60
        scale = np.where(np.abs(x) > 2.0**990, 2.0**-60, 1.0)
        x = x * scale
        p = p * scale
    c = _SPLIT * x
    xh = c - (c - x)
    xl = x - xh
    e = ((ah * xh - p) + ah * xl + al * xh) + al * xl
    if scale is not None:
        p, e = p / scale, e / scale
    return p, e


def _sincos_small(t: FloatArray) -> tuple[FloatArray, FloatArray]:
    """sin t, cos t; two Taylor terms when every |t| < 2^-20 (error < 1e-25)."""
    if np.all(np.abs(t) < 2.0**-20):
        t2 = t * t
        return t - t * t2 / 6.0, 1.0 - 0.5 * t2
    return np.sin(t), np.cos(t)


def sincos_prod(a: float, x: FloatArray) -> tuple[FloatArray, FloatArray]:
    """sin(a x) and cos(a x) of the exact real product, a > 0, any finite x.

    numpy reduces huge arguments exactly, so sin(p) is right for the float p; the
    rounding error e of p = fl(a x) is added back by sin(p + e) = sin p cos e + cos p sin e.
    Where a x would overflow, x is halved j times (exact) and j double-angle steps follow.
    """
    x = np.asarray(x, dtype=np.float64)
    j = None
    if a > 1.0:
        lim = MAX / a * (1.0 - 2.0**-50)
        ax = np.abs(x)
        if np.any(ax > lim):
            ratio = np.where(ax > lim, ax / lim, 1.0)
            j = np.ceil(np.log2(ratio)).astype(np.int64)
            x = np.ldexp(x, -j)
    p, e = _two_prod(a, x)
    s, c = np.sin(p), np.cos(p)
    if e is not None:
        se, ce = _sincos_small(e)
        s, c = s * ce + c * se, c * ce - s * se
    if j is not None:
        for k in range(1, int(j.max()) + 1):
            m = j >= k
            s, c = np.where(m, 2.0 * s * c, s), np.where(m, (c - s) * (c + s), c)
    return s, c


def _horner(coeffs: tuple[float, ...], t: FloatArray) -> FloatArray:
    acc = np.full_like(t, coeffs[-1])
    for c in coeffs[-2::-1]:
        acc = acc * t + c
    return acc


def _sigmoid_parts(x: FloatArray) -> tuple[BoolArray, FloatArray, FloatArray]:
    """(neg, h, r): x < 0, h = exp(-|x|/2), r = 1/(1 + h^2).

    sigmoid(x) = r (x >= 0) or h^2 r (x < 0); sigmoid(x) sigmoid(-x) = h^2 r^2;
    tanh(x/2) = sign(x) (1 - h^2) r.
    """
    h = np.exp(-0.5 * np.abs(x))
    return x < 0.0, h, 1.0 / (1.0 + h * h)


# --- ncu --------------------------------------------------------------------------------
# x - x^3 = x (1 - x)(1 + x) (1 - x is exact near the zeros +-1); f' = 1 - 3x^2 with x^2
# and 3 x^2 split exactly (Dekker) so it keeps its digits near +-1/sqrt(3); f'' = -6x.


def _ncu(x: FloatArray) -> FloatArray:
    xc = np.clip(x, -1e154, 1e154)  # beyond, |x - x^3| > MAX anyway
    return mul_sat(xc, (1.0 - xc) * (1.0 + xc))


def _ncu_d1(x: FloatArray) -> FloatArray:
    xs = np.clip(x, -1e100, 1e100)
    hi = xs * xs
    c = _SPLIT * xs
    xh = c - (c - xs)
    xl = xs - xh
    lo = ((xh * xh - hi) + 2.0 * xh * xl) + xl * xl  # x^2 = hi + lo exactly
    h2 = 2.0 * hi
    t = h2 + hi  # 3 hi = t + e3 exactly (two-sum of 2 hi and hi)
    bb = t - h2
    e3 = (h2 - (t - bb)) + (hi - bb)
    near = (1.0 - t) - e3 - 3.0 * lo
    xb = np.clip(x, -1e160, 1e160)
    return np.where(np.abs(x) <= 1e100, near, mul_sat(-3.0 * xb, xb))


def _ncu_d2(x: FloatArray) -> FloatArray:
    return mul_sat(-6.0, x)


NCU = Activation(
    id="ncu",
    name="Non-monotonic cubic unit",
    family=Family.OSCILLATING,
    f=_ncu,
    df=_ncu_d1,
    d2f=_ncu_d2,
    torch_module=lambda: _torch("NCU", "", "x - x**3"),
    convention=_SMOOTH + "; f, f' saturate at -+1.7976931348623157e308 for huge |x|",
    aliases=("non_monotonic_cubic_unit",),
    reference=NOEL_2021,
)

# --- squ --------------------------------------------------------------------------------
# x^2 + x = x (x + 1) (x + 1 is exact near the zero -1); f' = 2x + 1 = 2 (x + 1/2); f'' = 2.


def _squ(x: FloatArray) -> FloatArray:
    return mul_sat(x, x + 1.0)


def _squ_d1(x: FloatArray) -> FloatArray:
    return mul_sat(2.0, x + 0.5)


def _squ_d2(x: FloatArray) -> FloatArray:
    return np.full_like(x, 2.0)


SQU = Activation(
    id="squ",
    name="Shifted quadratic unit",
    family=Family.OSCILLATING,
    f=_squ,
    df=_squ_d1,
    d2f=_squ_d2,
    torch_module=lambda: _torch("SQU", "", "x**2 + x"),
    convention=_SMOOTH + "; f saturates at 1.7976931348623157e308 for |x| > 1.34e154",
    aliases=("shifted_quadratic_unit",),
    reference=NOEL_2021,
)

# --- sinc(x - pi) and its derivatives (SSU, DSU) -------------------------------------------
# t = x - pi in double-double.  |t| < 1: Taylor series in t^2 (13 terms, the closed forms
# cancel there); |t| >= 1: sin t = -sin x and cos t = -cos x exactly, so
# sinc = s/t, sinc' = (c - s/t)/t, sinc'' = (2 (s/t - c)/t - s)/t with s = -sin x, c = -cos x.


def _fact(n: int) -> float:
    return float(math.factorial(n))


_TERMS = 13
_S0 = tuple((-1) ** k / _fact(2 * k + 1) for k in range(_TERMS))
_S1 = tuple((-1) ** k * 2 * k / _fact(2 * k + 1) for k in range(1, _TERMS + 1))  # sinc'/t
_S2 = tuple((-1) ** k * 2 * k * (2 * k - 1) / _fact(2 * k + 1) for k in range(1, _TERMS + 1))


def _minus_pi(x: FloatArray) -> tuple[FloatArray, FloatArray]:
    """(hi, lo) with hi + lo = x - pi to about 2^-106 relative (two-sum)."""
    s = x - _PI_HI
    bb = s - x
    err = (x - (s - bb)) + (-_PI_HI - bb)
    return s, err - _PI_LO


def _sinc_shifted(x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """sinc(t), sinc'(t), sinc''(t) at t = x - pi (sinc t = sin(t)/t, sinc 0 = 1)."""
    th, tl = _minus_pi(x)
    small = np.abs(th) < 1.0
    ts = np.where(small, th, 0.0)
    t2 = ts * ts + 2.0 * ts * tl
    s = -np.sin(x)
    c = -np.cos(x)
    tb = np.where(small, 1.0, th)
    q = s / tb
    g0 = np.where(small, _horner(_S0, t2), q)
    g1 = np.where(small, (ts + tl) * _horner(_S1, t2), (c - q) / tb)
    g2 = np.where(small, _horner(_S2, t2), (2.0 * (q - c) / tb - s) / tb)
    return g0, g1, g2


# --- ssu --------------------------------------------------------------------------------
# pi sinc(x - pi) = pi sin(x)/(pi - x), sinc unnormalised (sin(t)/t) as in the paper.


def _ssu(x: FloatArray) -> FloatArray:
    return _PI_HI * _sinc_shifted(x)[0]


def _ssu_d1(x: FloatArray) -> FloatArray:
    return _PI_HI * _sinc_shifted(x)[1]


def _ssu_d2(x: FloatArray) -> FloatArray:
    return _PI_HI * _sinc_shifted(x)[2]


SSU = Activation(
    id="ssu",
    name="Shifted sinc unit",
    family=Family.OSCILLATING,
    f=_ssu,
    df=_ssu_d1,
    d2f=_ssu_d2,
    torch_module=lambda: _torch("SSU", "", "torch.pi * torch.sinc(x / torch.pi - 1)"),
    convention="smooth: f(pi) = pi, f'(pi) = 0, f''(pi) = -pi/3 (removable singularity)",
    aliases=("shifted_sinc_unit",),
    reference=NOEL_2021,
)

# --- dsu --------------------------------------------------------------------------------
# (pi/2)(sinc(x - pi) - sinc(x + pi)) = pi^2 sin(x) / (pi^2 - x^2): odd, evaluated at a = |x|.
# |x| <= 2: f = pi^2 sin(x) R, R = 1/(pi^2 - x^2), R' = 2x R^2, R'' = 2R^2 (1 + 4x^2 R);
#   f'' = pi^2 (-sin R + 2 cos R' + sin R'') cancels only by a factor pi^2/(pi^2 - 6).
# |x| > 2: sin(a)/(pi - a) = sinc(a - pi) = g, v = 1/(pi + a): F = pi^2 g v,
#   F' = pi^2 (g' - g v) v, F'' = pi^2 (g'' - 2 (g' - g v) v) v (no 0/0 at a = pi).


def _dsu_parts(x: FloatArray) -> tuple[BoolArray, FloatArray, FloatArray, FloatArray]:
    """(near, sign, a, v): |x| <= 2, sign(x), |x|, 1/(pi + |x|)."""
    a = np.abs(x)
    return a <= 2.0, np.where(x < 0.0, -1.0, 1.0), a, 1.0 / (_PI_HI + a)


def _dsu_near(x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    xn = np.clip(x, -2.0, 2.0)
    r = 1.0 / (_PI2 - xn * xn)
    return xn, np.sin(xn), np.cos(xn), r


def _dsu(x: FloatArray) -> FloatArray:
    near, sign, a, v = _dsu_parts(x)
    _, s, _, r = _dsu_near(x)
    g0, _, _ = _sinc_shifted(a)
    return np.where(near, _PI2 * s * r, sign * (_PI2 * g0 * v))


def _dsu_d1(x: FloatArray) -> FloatArray:
    near, _, a, v = _dsu_parts(x)
    xn, s, c, r = _dsu_near(x)
    g0, g1, _ = _sinc_shifted(a)
    inner = _PI2 * (c * r + s * (2.0 * xn * r * r))
    return np.where(near, inner, _PI2 * ((g1 - g0 * v) * v))


def _dsu_d2(x: FloatArray) -> FloatArray:
    near, sign, a, v = _dsu_parts(x)
    xn, s, c, r = _dsu_near(x)
    g0, g1, g2 = _sinc_shifted(a)
    r2 = r * r
    inner = _PI2 * (-s * r + c * (4.0 * xn * r2) + s * (2.0 * r2 * (1.0 + 4.0 * xn * xn * r)))
    outer = _PI2 * ((g2 - 2.0 * (g1 - g0 * v) * v) * v)
    return np.where(near, inner, sign * outer)


DSU = Activation(
    id="dsu",
    name="Decaying sine unit",
    family=Family.OSCILLATING,
    f=_dsu,
    df=_dsu_d1,
    d2f=_dsu_d2,
    torch_module=lambda: _torch(
        "DSU",
        "",
        "torch.pi / 2 * (torch.sinc(x / torch.pi - 1) - torch.sinc(x / torch.pi + 1))",
    ),
    convention="smooth: f(+-pi) = +-pi/2 (removable singularities)",
    aliases=("decaying_sine_unit",),
    reference=NOEL_2021,
)

# --- cosine -----------------------------------------------------------------------------


def _cosine(x: FloatArray) -> FloatArray:
    return np.cos(x)


def _cosine_d1(x: FloatArray) -> FloatArray:
    return -np.sin(x)


def _cosine_d2(x: FloatArray) -> FloatArray:
    return -np.cos(x)


COSINE = Activation(
    id="cosine",
    name="Cosine",
    family=Family.OSCILLATING,
    f=_cosine,
    df=_cosine_d1,
    d2f=_cosine_d2,
    torch_module=lambda: _torch("Cosine", "", "torch.cos(x)"),
    convention=_SMOOTH,
    aliases=("cos",),
    reference=Reference(
        authors=("Rahimi, Ali", "Recht, Benjamin"),
        year=2007,
        title="Random Features for Large-Scale Kernel Machines",
        venue="NIPS 2007 (Advances in Neural Information Processing Systems 20)",
        url=(
            "https://proceedings.neurips.cc/paper/2007/hash/"
            "013a006f03dbc5392effeb8f18fda755-Abstract.html"
        ),
    ),
)

# --- sinlu ------------------------------------------------------------------------------
# Paul et al. 2022: (x + a sin(bx)) sigmoid(x).  u = x + a sin y, y = b x (exact product):
# u' = 1 + ab cos y = (1 + ab) - 2ab sin^2(y/2), u'' = -a b^2 sin y; near y = 0
# u = (1 + ab) x + a (sin y - y) with sin y - y from its series (no cancellation when
# ab = -1).  f = u s, f' = u' s + u s(1-s), f'' = u'' s + s(1-s) (2u' - u tanh(x/2)),
# with the sigmoid factors as rational functions of h = exp(-|x|/2) applied last.

# (sin y - y)/(-y^3) = sum_k (-1)^k y^(2k)/(2k+3)!, 12 terms for |y| < 1
_SINM = tuple((-1) ** k / _fact(2 * k + 3) for k in range(12))


def _sinlu_u(x: FloatArray, a: float, b: float) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(u, u', u'') of u = x + a sin(b x)."""
    if b > 0.0:
        s2, c2 = sincos_prod(0.5 * b, x)  # sin(y/2), cos(y/2)
    else:
        s2, c2 = np.zeros_like(x), np.ones_like(x)
    sin_y = 2.0 * s2 * c2
    c1 = float(1 + Fraction(a) * Fraction(b))  # 1 + ab, rounded once
    y = b * np.clip(x, -1e300, 1e300)
    small = np.abs(y) < 1.0
    ys = np.where(small, y, 0.0)
    xs = np.where(small, x, 0.0)
    sin_minus_y = -(ys * ys * ys) * _horner(_SINM, ys * ys)
    u = np.where(small, c1 * xs + a * sin_minus_y, x + a * sin_y)
    du = c1 - (2.0 * a * b) * (s2 * s2)
    d2u = (-a * b * b) * sin_y
    return u, du, d2u


def _sinlu(x: FloatArray, a: float, b: float) -> FloatArray:
    u, _, _ = _sinlu_u(x, a, b)
    neg, h, r = _sigmoid_parts(x)
    q = u * r
    return np.where(neg, (q * h) * h, q)


def _sinlu_d1(x: FloatArray, a: float, b: float) -> FloatArray:
    u, du, _ = _sinlu_u(x, a, b)
    neg, h, r = _sigmoid_parts(x)
    # x < 0: E r (u' + u r);  x >= 0: r u' + E u r^2   (E = h^2)
    left = ((r * (du + u * r)) * h) * h
    right = r * du + ((u * r * r) * h) * h
    return np.where(neg, left, right)


def _sinlu_d2(x: FloatArray, a: float, b: float) -> FloatArray:
    u, du, d2u = _sinlu_u(x, a, b)
    neg, h, r = _sigmoid_parts(x)
    tanh_half = np.copysign((1.0 - h * h) * r, x)
    k = r * (2.0 * du - u * tanh_half)  # s(1-s)(2u' - u tanh)/(E r)
    left = ((r * (d2u + k)) * h) * h
    right = r * d2u + ((r * k) * h) * h
    return np.where(neg, left, right)


SINLU = Activation(
    id="sinlu",
    name="SinLU",
    family=Family.OSCILLATING,
    f=_sinlu,
    df=_sinlu_d1,
    d2f=_sinlu_d2,
    params=(
        NumberParam("a", 1.0, -5.0, 5.0, 0.05, doc="amplitude of the sine term (learned)"),
        NumberParam("b", 1.0, 0.0, 10.0, 0.05, doc="frequency of the sine term (learned)"),
    ),
    torch_module=lambda a, b: _torch(
        "SinLU",
        f"    def __init__(self, a={float(a)!r}, b={float(b)!r}):\n"
        "        super().__init__()\n"
        "        self.a = torch.nn.Parameter(torch.tensor(a))\n"
        "        self.b = torch.nn.Parameter(torch.tensor(b))\n\n",
        "torch.sigmoid(x) * (x + self.a * torch.sin(self.b * x))",
    ),
    learnable=("a", "b"),
    convention=_SMOOTH,
    aliases=("sinu_sigmoidal_linear_unit",),
    reference=Reference(
        authors=(
            "Paul, Ashis",
            "Bandyopadhyay, Rajarshi",
            "Yoon, Jin Hee",
            "Geem, Zong Woo",
            "Sarkar, Ram",
        ),
        year=2022,
        title="SinLU: Sinu-Sigmoidal Linear Unit",
        venue="Mathematics 10(3), 337",
        url="https://doi.org/10.3390/math10030337",
    ),
)

# --- siren ------------------------------------------------------------------------------
# Sitzmann et al. 2020: sin(w0 x) with w0 = 30; f' = w0 cos(w0 x), f'' = -w0^2 sin(w0 x),
# the sine and cosine of the exact product w0 x.


def _siren(x: FloatArray, omega0: float) -> FloatArray:
    return sincos_prod(omega0, x)[0]


def _siren_d1(x: FloatArray, omega0: float) -> FloatArray:
    return omega0 * sincos_prod(omega0, x)[1]


def _siren_d2(x: FloatArray, omega0: float) -> FloatArray:
    return -(omega0 * omega0) * sincos_prod(omega0, x)[0]


SIREN = Activation(
    id="siren",
    name="SIREN sine",
    family=Family.OSCILLATING,
    f=_siren,
    df=_siren_d1,
    d2f=_siren_d2,
    params=(
        NumberParam(
            "omega0",
            30.0,
            0.1,
            100.0,
            1.0,
            doc="frequency w0 of sin(w0 x); SIREN uses 30",
        ),
    ),
    torch_module=lambda omega0: _torch(
        "Sine",
        f"    def __init__(self, omega0={float(omega0)!r}):\n"
        "        super().__init__()\n"
        "        self.omega0 = omega0\n\n",
        "torch.sin(self.omega0 * x)",
    ),
    convention=_SMOOTH,
    aliases=("siren_sine", "sine_w0"),
    reference=Reference(
        authors=(
            "Sitzmann, Vincent",
            "Martel, Julien N. P.",
            "Bergman, Alexander W.",
            "Lindell, David B.",
            "Wetzstein, Gordon",
        ),
        year=2020,
        title="Implicit Neural Representations with Periodic Activation Functions",
        venue="NeurIPS 2020",
        url="https://arxiv.org/abs/2006.09661",
    ),
)

ACTIVATIONS: tuple[Activation, ...] = (NCU, SQU, SSU, DSU, COSINE, SINLU, SIREN)
