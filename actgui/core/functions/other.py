"""Other activations: identity, exponential, Gaussian, periodic and bent curves.

The periodic ones (sinusoid, sinc, growing cosine unit, snake) are listed in the
Oscillating family.

numpy's sin/cos reduce huge arguments exactly, so sin(1e300) is accurate; the
kernels below only have to avoid overflow (x*x, 2*x, alpha*x) and cancellation.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from .._fast import BoolArray
from .._numeric import MAX
from ..spec import Activation, Family, FloatArray, NumberParam, Reference, Triple
from ._code import module
from ._references import GOODFELLOW_2016, KERAS_2015, KUTUK_2022

#: Veltkamp splitter 2**27 + 1: c = _SPLIT*a; hi = c - (c - a) keeps 26 bits.
_SPLIT = 134217729.0


def _zero(x: FloatArray) -> FloatArray:
    return np.zeros_like(x)


def _one(x: FloatArray) -> FloatArray:
    return np.ones_like(x)


# --- identity -----------------------------------------------------------


def _identity(x: FloatArray) -> FloatArray:
    return np.array(x, dtype=np.float64, copy=True)


def _identity_all(x: FloatArray, out: Triple) -> Triple:
    np.copyto(out[0], x)
    out[1].fill(1.0)
    out[2].fill(0.0)
    return out


IDENTITY = Activation(
    id="identity",
    name="Identity",
    family=Family.OTHER,
    f=_identity,
    df=_one,
    d2f=_zero,
    fused=_identity_all,
    torch_code=lambda: "torch.nn.Identity()",
    keras_code=lambda: "keras.activations.linear",
    convention="smooth: f' = 1, f'' = 0 everywhere",
    aliases=("linear",),
    reference=GOODFELLOW_2016,
)

# --- exponential --------------------------------------------------------
# e^x for f, f' and f''.  _EXP_MAX is the largest x whose exp is finite
# (709.782712893384); beyond it the true value exceeds float64 and is
# saturated to exactly MAX = 1.7976931348623157e308.

_EXP_MAX = 709.782712893384


def _exponential(x: FloatArray) -> FloatArray:
    return np.where(x > _EXP_MAX, MAX, np.exp(np.minimum(x, _EXP_MAX)))


EXPONENTIAL = Activation(
    id="exponential",
    name="Exponential",
    family=Family.OTHER,
    f=_exponential,
    df=_exponential,
    d2f=_exponential,
    keras_code=lambda: "keras.activations.exponential",
    torch_module=lambda: module("Exponential", "torch.exp(x)"),
    convention="smooth; f = f' = f'' saturate at 1.7976931348623157e308 for x > 709.78",
    aliases=("exp",),
    reference=KERAS_2015,
)

# --- gaussian -----------------------------------------------------------
# exp(-x^2); f' = -2x f; f'' = (4x^2 - 2) f.  |x| is clipped to 40 (the result
# is already 0 beyond 27.3), and x^2 = hi + lo is formed exactly (Dekker), so
# exp(-x^2) = exp(-hi) (1 - lo) keeps full relative accuracy for large x and
# 2x^2 - 1 = (2 hi - 1) + 2 lo has no cancellation near the zeros +-1/sqrt(2).
# Subnormal results (|x| > 26.5) are computed scaled and rounded once.

_GAUSS_CLIP = 40.0


def _square_exact(a: FloatArray) -> tuple[FloatArray, FloatArray]:
    hi = a * a
    c = _SPLIT * a
    ah = c - (c - a)
    al = a - ah
    lo = ((ah * ah - hi) + 2.0 * ah * al) + al * al
    return hi, lo


# fdlibm's split of log(2): _LN2_HI has 32 significant bits, so 1024 * _LN2_HI
# is exact and so is 1024 * _LN2_HI - hi for the float hi in [700, 1600].
_LN2_HI = 6.93147180369123816490e-01
_LN2_LO = 1.90821492927058770002e-10


def _gauss_parts(x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    xc = np.clip(x, -_GAUSS_CLIP, _GAUSS_CLIP)
    hi, lo = _square_exact(np.abs(xc))
    return xc, hi, lo


def _gauss_times(factor: FloatArray, hi: FloatArray, lo: FloatArray) -> FloatArray:
    """factor * exp(-(hi + lo)) for 0 <= factor <= 1e4.

    Where exp(-hi) is near or below the subnormal range (hi > 700) the product
    is formed at 2^1024 times its size, exp(-hi) = exp(1024 log 2 - hi) * 2^-1024,
    and rounded once by ldexp, so subnormal results are correct to an ulp instead
    of factor ulps.
    """
    out = factor * np.exp(-hi) * (1.0 - lo)
    tail = hi > 700.0
    if np.any(tail):
        y = (1024.0 * _LN2_HI - hi) + 1024.0 * _LN2_LO
        t = np.ldexp(factor * np.exp(np.minimum(y, 50.0)) * (1.0 - lo), -1024)
        out = np.where(tail, t, out)
    return out


def _gaussian(x: FloatArray) -> FloatArray:
    _, hi, lo = _gauss_parts(x)
    return _gauss_times(np.ones_like(hi), hi, lo)


def _gaussian_d1(x: FloatArray) -> FloatArray:
    xc, hi, lo = _gauss_parts(x)
    return -np.sign(xc) * _gauss_times(2.0 * np.abs(xc), hi, lo)


def _gaussian_d2(x: FloatArray) -> FloatArray:
    _, hi, lo = _gauss_parts(x)
    factor = 2.0 * ((2.0 * hi - 1.0) + 2.0 * lo)
    # factor < 0 only for |x| < 1/sqrt(2), far from the scaled tail.
    return np.sign(factor) * _gauss_times(np.abs(factor), hi, lo)


GAUSSIAN = Activation(
    id="gaussian",
    name="Gaussian",
    family=Family.OTHER,
    f=_gaussian,
    df=_gaussian_d1,
    d2f=_gaussian_d2,
    torch_module=lambda: module("Gaussian", "torch.exp(-x * x)"),
    convention="smooth: no kinks",
    reference=Reference(
        authors=("Broomhead, David S.", "Lowe, David"),
        year=1988,
        title="Multivariable Functional Interpolation and Adaptive Networks",
        venue="Complex Systems 2, 321–355",
        url="https://www.complex-systems.com/abstracts/v02_i03_a05/",
    ),
)

# --- sinusoid -----------------------------------------------------------


def _sinusoid(x: FloatArray) -> FloatArray:
    return np.sin(x)


def _sinusoid_d1(x: FloatArray) -> FloatArray:
    return np.cos(x)


def _sinusoid_d2(x: FloatArray) -> FloatArray:
    return -np.sin(x)


SINUSOID = Activation(
    id="sinusoid",
    name="Sinusoid",
    family=Family.OSCILLATING,
    f=_sinusoid,
    df=_sinusoid_d1,
    d2f=_sinusoid_d2,
    torch_module=lambda: module("Sinusoid", "torch.sin(x)"),
    convention="smooth: no kinks",
    aliases=("sine", "sin"),
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
        venue="Advances in Neural Information Processing Systems 33 (NeurIPS 2020)",
        url="https://arxiv.org/abs/2006.09661",
    ),
)

# --- sinc ---------------------------------------------------------------
# sin(x)/x (unnormalised), 1 at 0.  |x| < 1: Taylor series in t = x^2 (the
# closed forms cancel there); |x| >= 1: f = s/x, f' = (c - s/x)/x,
# f'' = (-s + 2(s/x - c)/x)/x, which never forms x^2 or x^3.

# sinc(x) = sum_k (-1)^k x^(2k) / (2k+1)!, k = 0..12 (next term < 1e-27 at |x| = 1)
_SINC_TERMS = 13


def _fact(n: int) -> float:
    out = 1
    for i in range(2, n + 1):
        out *= i
    return float(out)


_SINC_C0 = tuple((-1) ** k / _fact(2 * k + 1) for k in range(_SINC_TERMS))
# f'/x = sum_{k>=1} (-1)^k 2k x^(2k-2) / (2k+1)!
_SINC_C1 = tuple((-1) ** k * 2 * k / _fact(2 * k + 1) for k in range(1, _SINC_TERMS + 1))
# f'' = sum_{k>=1} (-1)^k 2k (2k-1) x^(2k-2) / (2k+1)!
_SINC_C2 = tuple(
    (-1) ** k * 2 * k * (2 * k - 1) / _fact(2 * k + 1) for k in range(1, _SINC_TERMS + 1)
)


def _horner(coeffs: tuple[float, ...], t: FloatArray) -> FloatArray:
    acc = np.full_like(t, coeffs[-1])
    for c in coeffs[-2::-1]:
        acc = acc * t + c
    return acc


def _sinc_parts(
    x: FloatArray, coeffs: tuple[float, ...]
) -> tuple[BoolArray, FloatArray, FloatArray]:
    """(small, series, xl): |x| < 1, the series in x^2 there (0 elsewhere), and x
    with the small entries replaced by 1 (a safe divisor for the closed forms)."""
    small = np.abs(x) < 1.0
    series = np.zeros_like(x)
    if np.any(small):
        xs = x[small]
        series[small] = _horner(coeffs, xs * xs)
    return small, series, np.where(small, 1.0, x)


def _sinc(x: FloatArray) -> FloatArray:
    small, series, xl = _sinc_parts(x, _SINC_C0)
    return np.where(small, series, np.sin(xl) / xl)


def _sinc_d1(x: FloatArray) -> FloatArray:
    small, series, xl = _sinc_parts(x, _SINC_C1)
    direct = (np.cos(xl) - np.sin(xl) / xl) / xl
    return np.where(small, x * series, direct)


def _sinc_d2(x: FloatArray) -> FloatArray:
    small, series, xl = _sinc_parts(x, _SINC_C2)
    s = np.sin(xl)
    direct = (2.0 * (s / xl - np.cos(xl)) / xl - s) / xl
    return np.where(small, series, direct)


SINC = Activation(
    id="sinc",
    name="Sinc",
    family=Family.OSCILLATING,
    f=_sinc,
    df=_sinc_d1,
    d2f=_sinc_d2,
    torch_module=lambda: module(
        "Sinc", "torch.sinc(x / torch.pi)  # torch.sinc is sin(pi x)/(pi x)"
    ),
    convention="smooth: f(0) = 1, f'(0) = 0, f''(0) = -1/3 (removable singularity)",
    reference=KUTUK_2022,
)

# --- absolute -----------------------------------------------------------
# |x|; torch.abs autograd gives sign(x) with sign(0) = 0, and 0 for f''.


def _absolute(x: FloatArray) -> FloatArray:
    return np.abs(x)


def _absolute_d1(x: FloatArray) -> FloatArray:
    return np.sign(x) + 0.0


ABSOLUTE = Activation(
    id="absolute",
    name="Absolute value",
    family=Family.OTHER,
    f=_absolute,
    df=_absolute_d1,
    d2f=_zero,
    kinks=lambda: (0.0,),
    torch_module=lambda: module("Absolute", "torch.abs(x)"),
    convention="f'(0) = 0 as torch.abs autograd gives (sign(0) = 0); f'' = 0 everywhere",
    aliases=("abs",),
    reference=Reference(
        authors=("Jarrett, Kevin", "Kavukcuoglu, Koray", "Ranzato, Marc'Aurelio", "LeCun, Yann"),
        year=2009,
        title="What is the Best Multi-Stage Architecture for Object Recognition?",
        venue="IEEE 12th International Conference on Computer Vision (ICCV 2009), 2146–2153",
        url="https://doi.org/10.1109/ICCV.2009.5459469",
    ),
)

# --- bent_identity ------------------------------------------------------
# (sqrt(x^2 + 1) - 1)/2 + x.  With h = hypot(x, 1) and q = x/(h + 1) in (-1, 1),
# sqrt(x^2+1) - 1 = x q, so f = x (1 + q/2): no cancellation near 0 and no x^2.
# f' = 1 + x/(2h), f'' = 1/(2 h^3) = ((0.5/h)/h)/h.  For |x| > 2^1000 the
# product is formed at a quarter of the scale and saturated at MAX (the true
# value 1.5 x exceeds float64 for x > 1.2e308).


def _bent_identity(x: FloatArray) -> FloatArray:
    h = np.hypot(x, 1.0)
    mag = 1.0 + 0.5 * (x / (h + 1.0))
    if not np.any(np.abs(x) > 2.0**1000):
        return x * mag
    scale = np.where(np.abs(x) > 2.0**1000, 0.25, 1.0)
    y = (x * scale) * mag
    return np.clip(y, -MAX * scale, MAX * scale) / scale


def _bent_identity_d1(x: FloatArray) -> FloatArray:
    return 1.0 + 0.5 * (x / np.hypot(x, 1.0))


def _bent_identity_d2(x: FloatArray) -> FloatArray:
    h = np.hypot(x, 1.0)
    return ((0.5 / h) / h) / h


BENT_IDENTITY = Activation(
    id="bent_identity",
    name="Bent identity",
    family=Family.OTHER,
    f=_bent_identity,
    df=_bent_identity_d1,
    d2f=_bent_identity_d2,
    torch_module=lambda: module(
        "BentIdentity", "x + x * x / (2 * (torch.sqrt(x * x + 1) + 1))  # (sqrt(x² + 1) - 1)/2 + x"
    ),
    convention="smooth: no kinks; f saturates at 1.7976931348623157e308 for x > 1.2e308",
    reference=KUTUK_2022,
)

# --- gcu ----------------------------------------------------------------
# Growing cosine unit (Noel et al. 2021): x cos x; f' = cos x - x sin x;
# f'' = -2 sin x - x cos x.  |x cos x| <= |x|, so nothing overflows.


def _gcu(x: FloatArray) -> FloatArray:
    return x * np.cos(x)


def _gcu_d1(x: FloatArray) -> FloatArray:
    return np.cos(x) - x * np.sin(x)


def _gcu_d2(x: FloatArray) -> FloatArray:
    return -2.0 * np.sin(x) - x * np.cos(x)


GCU = Activation(
    id="gcu",
    name="Growing cosine unit",
    family=Family.OSCILLATING,
    f=_gcu,
    df=_gcu_d1,
    d2f=_gcu_d2,
    torch_module=lambda: module("GCU", "x * torch.cos(x)"),
    convention="smooth: no kinks",
    aliases=("growing_cosine_unit",),
    reference=Reference(
        authors=("Noel, Mathew Mithra", "L, Arunkumar", "Trivedi, Advait", "Dutta, Praneet"),
        year=2021,
        title=(
            "Growing Cosine Unit: A Novel Oscillatory Activation Function That Can Speedup "
            "Training and Reduce Parameters in Convolutional Neural Networks"
        ),
        venue="arXiv preprint arXiv:2108.12943",
        url="https://arxiv.org/abs/2108.12943",
    ),
)

# --- snake --------------------------------------------------------------
# Ziyin et al. 2020: x + sin^2(alpha x)/alpha; f' = 1 + sin(2 alpha x)
# = 2 sin^2(alpha x + pi/4); f'' = 2 alpha cos(2 alpha x).
# alpha*x is not a float in general (alpha = 0.05, or 10 * 1e300), and the sine
# of the rounded product is unrelated to the true one once |alpha x| >> 1.  So
# a*x = p + e is split exactly (Dekker's two-product) and
# sin(p + e) = sin p cos e + cos p sin e.  f' uses the 2 sin^2 form with the
# shift pi/4 carried in double-double, so for |alpha x| < 2^50 it keeps its
# relative accuracy next to its double zeros.  When |a x| would overflow, x is
# halved j <= 5 times (exact) and j double-angle steps rebuild sin and cos.

_PI4_HI = 0.7853981633974483
_PI4_LO = 3.061616997868383e-17  # pi/4 = HI + LO


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


def _angle(
    a: float, x: FloatArray
) -> tuple[FloatArray, FloatArray | None, NDArray[np.int64] | None]:
    """(p, e, j) with a * x = 2**j * (p + e) exactly, for 0 < a <= 20.

    e is None when it is 0, j is None when no halving was needed."""
    j: NDArray[np.int64] | None = None
    if a > 1.0:
        lim = MAX / a * (1.0 - 2.0**-50)
        ax = np.abs(x)
        if np.any(ax > lim):
            j = np.zeros(x.shape, dtype=np.int64)
            for k in range(5):
                j += ax * 2.0**-k > lim
            x = np.ldexp(x, -j)
    p, e = _two_prod(a, x)
    return p, e, j


def _sincos_small(t: FloatArray) -> tuple[FloatArray, FloatArray]:
    """sin t, cos t; two Taylor terms when every |t| < 2^-20 (error < 1e-25)."""
    if np.all(np.abs(t) < 2.0**-20):
        t2 = t * t
        return t - t * t2 / 6.0, 1.0 - 0.5 * t2
    return np.sin(t), np.cos(t)


def _sincos_sum(p: FloatArray, e: FloatArray | None) -> tuple[FloatArray, FloatArray]:
    sp, cp = np.sin(p), np.cos(p)
    if e is None:
        return sp, cp
    se, ce = _sincos_small(e)
    return sp * ce + cp * se, cp * ce - sp * se


def _sincos_prod(a: float, x: FloatArray) -> tuple[FloatArray, FloatArray]:
    """sin(a x) and cos(a x) for the exact real product, 0 < a <= 20, finite x."""
    p, e, j = _angle(a, x)
    s, c = _sincos_sum(p, e)
    if j is not None:
        for k in range(1, 6):
            m = j >= k
            s, c = np.where(m, 2.0 * s * c, s), np.where(m, (c - s) * (c + s), c)
    return s, c


def _snake(x: FloatArray, alpha: float) -> FloatArray:
    s, _ = _sincos_prod(alpha, x)
    t = s * s / alpha
    if alpha > 1e-290:  # t <= 1/alpha < 2^970: x + t cannot round past MAX
        return x + t
    # Tiny alpha and x near MAX: x + t may exceed MAX; saturate there.
    half = 0.5 * x + 0.5 * t
    big = np.abs(half) > MAX / 4
    return np.where(big, 2.0 * np.clip(half, -MAX / 2, MAX / 2), x + np.where(big, 0.0, t))


def _snake_d1(x: FloatArray, alpha: float) -> FloatArray:
    p, e, _ = _angle(alpha, x)
    # |p| < 2^50: theta = alpha x + pi/4 = q + (r + PI4_LO + e) with
    # q + r = p + PI4_HI exactly (two-sum); the tail is small and exact enough.
    q = p + _PI4_HI
    z = q - p
    r = (p - (q - z)) + (_PI4_HI - z)
    rest = r + _PI4_LO if e is None else (r + _PI4_LO) + e
    sr, cr = _sincos_small(rest)
    s = np.sin(q) * cr + np.cos(q) * sr
    out = np.asarray(2.0 * (s * s))
    far = np.abs(p) >= 2.0**50
    if np.any(far):
        # e may exceed 1 there and would swallow pi/4: use (sin + cos)^2 instead.
        s1, c1 = _sincos_prod(alpha, x[far])
        out[far] = (s1 + c1) * (s1 + c1)
    return out


def _snake_d2(x: FloatArray, alpha: float) -> FloatArray:
    _, c2 = _sincos_prod(2.0 * alpha, x)
    return (2.0 * alpha) * c2


SNAKE = Activation(
    id="snake",
    name="Snake",
    family=Family.OSCILLATING,
    f=_snake,
    df=_snake_d1,
    d2f=_snake_d2,
    params=(
        NumberParam(
            "alpha",
            1.0,
            0.01,
            10.0,
            0.05,
            doc="frequency of the periodic term",
        ),
    ),
    torch_module=lambda alpha: module(
        "Snake", "x + torch.sin(self.alpha * x) ** 2 / self.alpha", {"alpha": alpha}, ("alpha",)
    ),
    convention="smooth: no kinks",
    learnable=("alpha",),
    reference=Reference(
        authors=("Ziyin, Liu", "Hartwig, Tilman", "Ueda, Masahito"),
        year=2020,
        title="Neural Networks Fail to Learn Periodic Functions and How to Fix It",
        venue="Advances in Neural Information Processing Systems 33 (NeurIPS 2020)",
        url="https://arxiv.org/abs/2006.08195",
    ),
)

ACTIVATIONS: list[Activation] = [
    IDENTITY,
    EXPONENTIAL,
    GAUSSIAN,
    SINUSOID,
    SINC,
    ABSOLUTE,
    BENT_IDENTITY,
    GCU,
    SNAKE,
]
