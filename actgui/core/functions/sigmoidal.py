"""Sigmoidal activations: bounded S-shaped curves (logistic, tanh and relatives).

All kernels are analytic and written to stay finite, warning-free and accurate to
a few ulp over the whole float64 line: large |x| never squares x or exponentiates
an unbounded argument, and cancellation near 0 is avoided with expm1/tanh forms.

Why this module is long: it is a catalog of 10 functions, each a self-contained
block (its kernels for f, f', f'', a fused kernel where one pays, then its
``Activation`` entry); a reader holds one block at a time, and splitting the family across
files would only scatter the shared helpers.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

import numpy as np

from .. import _fast as fx
from .. import _numeric as nm
from ..spec import Activation, Family, FloatArray, NumberParam, Reference, Triple
from ._code import module
from ._references import (
    CARLILE_2017,
    GOODFELLOW_2016,
    KUTUK_2022,
    LECUN_1998,
    MCCULLAGH_NELDER_1989,
)

_SMOOTH = "smooth everywhere (no kinks)"


def _out(a: FloatArray) -> FloatArray:
    """Always hand back an ndarray (ufuncs turn 0-d arrays into numpy scalars)."""
    return np.asarray(a, dtype=np.float64)


def _sech2(x: FloatArray) -> FloatArray:
    """sech(x)^2 = 4e/(1+e)^2 with e = exp(-2|x|); |x| is capped so 2|x| cannot overflow.

    (``_numeric.sech2`` overflows in ``2 * |x|`` for |x| > 8.99e307.)
    """
    e = np.exp(-2.0 * np.minimum(np.abs(x), 1e3))
    return 4.0 * e / ((1.0 + e) * (1.0 + e))


def _sigmoid_prime(x: FloatArray) -> FloatArray:
    """sigmoid'(x) = e/(1+e)^2 with e = exp(-|x|) (even, no cancellation)."""
    e = np.exp(-np.abs(x))
    return e / ((1.0 + e) * (1.0 + e))


# --- sigmoid ------------------------------------------------------------
# s = 1/(1+e^-x); s' = s(1-s); s'' = s(1-s)(1-2s) = -s' tanh(x/2).


def _sigmoid(x: FloatArray) -> FloatArray:
    return _out(nm.sigmoid(x))


def _sigmoid_d1(x: FloatArray) -> FloatArray:
    return _out(_sigmoid_prime(x))


def _sigmoid_d2(x: FloatArray) -> FloatArray:
    return _out(-_sigmoid_prime(x) * np.tanh(0.5 * x))


def _sigmoid_all(x: FloatArray, out: Triple) -> Triple:
    """e = exp(-|x|) once; f = max(e, x >= 0) / (1 + e) picks 1 or e without a branch."""
    f, d1, d2 = out
    e = np.abs(x)
    np.negative(e, out=e)
    np.exp(e, out=e)
    p = 1.0 + e
    np.greater_equal(x, 0.0, out=f)
    np.maximum(e, f, out=f)
    f /= p
    p *= p
    np.divide(e, p, out=d1)
    np.multiply(0.5, x, out=d2)
    np.tanh(d2, out=d2)
    d2 *= np.negative(d1, out=p)
    return out


SIGMOID = Activation(
    id="sigmoid",
    name="Sigmoid",
    family=Family.SIGMOIDAL,
    f=_sigmoid,
    df=_sigmoid_d1,
    d2f=_sigmoid_d2,
    fused=fx.blocked(_sigmoid_all),
    torch_code=lambda: "torch.nn.Sigmoid()",
    keras_code=lambda: "keras.activations.sigmoid",
    convention=_SMOOTH,
    aliases=("logistic", "expit"),
    reference=Reference(
        authors=("Rumelhart, David E.", "Hinton, Geoffrey E.", "Williams, Ronald J."),
        year=1986,
        title="Learning representations by back-propagating errors",
        venue="Nature 323, 533–536",
        url="https://doi.org/10.1038/323533a0",
    ),
)

# --- tanh ---------------------------------------------------------------
# tanh' = sech^2 (no 1 - tanh^2 cancellation); tanh'' = -2 tanh sech^2.


def _tanh(x: FloatArray) -> FloatArray:
    return _out(np.tanh(x))


def _tanh_d1(x: FloatArray) -> FloatArray:
    return _out(_sech2(x))


def _tanh_d2(x: FloatArray) -> FloatArray:
    return _out(-2.0 * np.tanh(x) * _sech2(x))


def _tanh_all(x: FloatArray, out: Triple) -> Triple:
    f, d1, d2 = out
    np.tanh(x, out=f)
    e = np.abs(x)
    np.minimum(e, 1e3, out=e)
    e *= -2.0
    np.exp(e, out=e)
    p = 1.0 + e
    p *= p
    np.multiply(4.0, e, out=d1)
    d1 /= p
    np.multiply(-2.0, f, out=d2)
    d2 *= d1
    return out


TANH = Activation(
    id="tanh",
    name="tanh",
    family=Family.SIGMOIDAL,
    f=_tanh,
    df=_tanh_d1,
    d2f=_tanh_d2,
    fused=fx.blocked(_tanh_all),
    torch_code=lambda: "torch.nn.Tanh()",
    keras_code=lambda: "keras.activations.tanh",
    convention=_SMOOTH,
    reference=LECUN_1998,
)

# --- log_sigmoid --------------------------------------------------------
# log(sigmoid(x)); f' = sigmoid(-x) = 1 - sigmoid(x); f'' = -sigmoid'(x).


def _log_sigmoid(x: FloatArray) -> FloatArray:
    return _out(nm.log_sigmoid(x))


def _log_sigmoid_d1(x: FloatArray) -> FloatArray:
    return _out(nm.sigmoid(-x))


def _log_sigmoid_d2(x: FloatArray) -> FloatArray:
    return _out(-_sigmoid_prime(x))


def _log_sigmoid_all(x: FloatArray, out: Triple) -> Triple:
    f, d1, d2 = out
    e = np.abs(x)
    np.negative(e, out=e)
    np.exp(e, out=e)
    np.minimum(x, 0.0, out=f)
    f -= np.log1p(e)
    p = 1.0 + e
    np.less_equal(x, 0.0, out=d1)  # sigmoid(-x): -x >= 0
    np.maximum(e, d1, out=d1)
    d1 /= p
    p *= p
    np.divide(e, p, out=d2)
    np.negative(d2, out=d2)
    return out


LOG_SIGMOID = Activation(
    id="log_sigmoid",
    name="LogSigmoid",
    family=Family.SIGMOIDAL,
    f=_log_sigmoid,
    df=_log_sigmoid_d1,
    d2f=_log_sigmoid_d2,
    fused=fx.blocked(_log_sigmoid_all),
    torch_code=lambda: "torch.nn.LogSigmoid()",
    keras_code=lambda: "keras.activations.log_sigmoid",
    convention=_SMOOTH,
    aliases=("logsigmoid",),
    reference=GOODFELLOW_2016,
)

# --- softsign -----------------------------------------------------------
# x/(1+|x|); f' = 1/(1+|x|)^2; f'' = -2 sign(x)/(1+|x|)^3 jumps from 2 to -2 at 0.
# PyTorch (x / (|x| + 1), d|x|/dx = sign(x) = 0 at 0) gives f''(0) = 0.


def _softsign(x: FloatArray) -> FloatArray:
    return _out(x / (1.0 + np.abs(x)))


def _softsign_d1(x: FloatArray) -> FloatArray:
    q = 1.0 / (1.0 + np.abs(x))
    return _out(q * q)


def _softsign_d2(x: FloatArray) -> FloatArray:
    q = 1.0 / (1.0 + np.abs(x))
    return _out(-2.0 * np.sign(x) * (q * q * q))


def _softsign_all(x: FloatArray, out: Triple) -> Triple:
    f, d1, d2 = out
    a = np.abs(x)
    a += 1.0
    np.divide(x, a, out=f)
    q = np.divide(1.0, a, out=a)
    np.multiply(q, q, out=d1)
    np.sign(x, out=d2)
    d2 *= -2.0
    q *= d1
    d2 *= q
    return out


SOFTSIGN = Activation(
    id="softsign",
    name="Softsign",
    family=Family.SIGMOIDAL,
    f=_softsign,
    df=_softsign_d1,
    d2f=_softsign_d2,
    fused=_softsign_all,
    kinks=lambda: (0.0,),
    torch_code=lambda: "torch.nn.Softsign()",
    keras_code=lambda: "keras.activations.softsign",
    convention="f''(0) = 0 as in PyTorch autograd (one-sided limits 2 and -2); f'(0) = 1",
    aliases=("elliott",),
    reference=Reference(
        authors=("Glorot, Xavier", "Bengio, Yoshua"),
        year=2010,
        title="Understanding the difficulty of training deep feedforward neural networks",
        venue="Proceedings of AISTATS 2010, PMLR 9, 249–256",
        url="https://proceedings.mlr.press/v9/glorot10a.html",
    ),
    see_also=(
        Reference(
            authors=("Elliott, David L.",),
            year=1993,
            title="A Better Activation Function for Artificial Neural Networks",
            venue="Technical report TR 93-8, University of Maryland",
            url="https://drum.lib.umd.edu/handle/1903/5355",
        ),
    ),
)

# --- arctan -------------------------------------------------------------
# f' = 1/(1+x^2), f'' = -2x/(1+x^2)^2; for |x| > 1 written in u = 1/|x| so x*x never
# overflows: f' = u^2/(1+u^2), f'' = -2 sign(x) u^3/(1+u^2)^2.


def _arctan(x: FloatArray) -> FloatArray:
    return _out(np.arctan(x))


def _arctan_d1(x: FloatArray) -> FloatArray:
    ax = np.abs(x)
    s = np.minimum(ax, 1.0)
    u = 1.0 / np.maximum(ax, 1.0)
    u2 = u * u
    return _out(np.where(ax > 1.0, u2 / (1.0 + u2), 1.0 / (1.0 + s * s)))


def _arctan_d2(x: FloatArray) -> FloatArray:
    ax = np.abs(x)
    s = np.clip(x, -1.0, 1.0)
    u = 1.0 / np.maximum(ax, 1.0)
    u2 = u * u
    small = -2.0 * s / ((1.0 + s * s) * (1.0 + s * s))
    big = -2.0 * np.sign(x) * (u2 * u) / ((1.0 + u2) * (1.0 + u2))
    return _out(np.where(ax > 1.0, big, small))


ARCTAN = Activation(
    id="arctan",
    name="Arctan",
    family=Family.SIGMOIDAL,
    f=_arctan,
    df=_arctan_d1,
    d2f=_arctan_d2,
    torch_module=lambda: module("Arctan", "torch.atan(x)"),
    convention=_SMOOTH,
    aliases=("atan",),
    reference=KUTUK_2022,
)

# --- lecun_tanh ---------------------------------------------------------
# LeCun et al., "Efficient BackProp" (1998): 1.7159 tanh(2x/3).  y = x / 1.5 is a
# single correctly rounded division (2x would overflow near 1.8e308).

_LECUN_A = 1.7159


def _lecun_tanh(x: FloatArray) -> FloatArray:
    return _out(_LECUN_A * np.tanh(x / 1.5))


def _lecun_tanh_d1(x: FloatArray) -> FloatArray:
    return _out((_LECUN_A / 1.5) * _sech2(x / 1.5))


def _lecun_tanh_d2(x: FloatArray) -> FloatArray:
    y = x / 1.5
    return _out((-2.0 * _LECUN_A / 2.25) * np.tanh(y) * _sech2(y))


LECUN_TANH = Activation(
    id="lecun_tanh",
    name="LeCun tanh",
    family=Family.SIGMOIDAL,
    f=_lecun_tanh,
    df=_lecun_tanh_d1,
    d2f=_lecun_tanh_d2,
    torch_module=lambda: module("LeCunTanh", "1.7159 * torch.tanh(x / 1.5)"),
    convention=_SMOOTH,
    reference=LECUN_1998,
)

# --- soboleva_tanh ------------------------------------------------------
# Soboleva modified tanh (e^{ax} - e^{-bx}) / (e^{cx} + e^{-dx}).  For x >= 0, with
# t = x, divide through by e^{cx}:
#   f = m K,  m = 1 - e^{-(a+b)t} = -expm1(-(a+b)t),  K = e^{(a-c)t} sigmoid((c+d)t),
# and with alpha = a-c, beta = b+c, gamma = c+d, q = e^{-(a+b)t} = 1-m,
# p = sigmoid(-gamma t), tau = tanh(gamma t / 2) = 1-2p (product rule on
# (e^{alpha t} - e^{-beta t}) * sigmoid(gamma t)):
#   f'  = K [alpha + beta q + gamma m p]
#       = K [(a+b) - beta m + gamma m p]
#   f'' = K [alpha (alpha + 2 gamma p) - beta q ((b-d) + gamma tau) - gamma^2 m tau p]
#       = K [(a+b)(a-b-c+d) + beta (b-d) m - gamma tau (alpha + beta q) - gamma^2 m tau p]
# Each bracket is evaluated in the algebraically equal form whose terms have the
# smallest total magnitude (the first forms for large t, the second near 0).
# For x < 0 the mirror identity f(-t; a, b, c, d) = -f(t; b, a, d, c) is used.
# K is formed as exp(alpha t + log_sigmoid(gamma t)) and saturates at 1.797e308.

#: t beyond this changes nothing (every exponent with a non-zero rate already
#: under/overflows) and keeps rate * t finite.
_T_MAX = 1e300
#: Above this exponent c * exp(z) is formed as exp(z + log|c|).
_Z_SPLIT = 690.0


def _mul_exp(c: FloatArray, z: FloatArray) -> FloatArray:
    """c * exp(z) for |c| < 1e8, saturating at exactly +-MAX instead of overflowing."""
    out = np.asarray(c * np.exp(np.minimum(z, _Z_SPLIT)), dtype=np.float64)
    big = z > _Z_SPLIT
    if np.any(big):
        cb = np.broadcast_to(c, out.shape)[big]
        ac = np.abs(cb)
        zz = z[big] + np.log(np.where(ac > 0.0, ac, 1.0))
        r = np.where(zz < nm.LOG_MAX, np.exp(np.minimum(zz, nm.LOG_MAX)), nm.MAX)
        out[big] = np.where(ac > 0.0, np.copysign(r, cb), 0.0)
    return out


def _diff_err(u: float, v: float, h: float) -> float:
    """Rounding error of h = fl(u - v): u - v = h + error exactly (Knuth's TwoSum)."""
    vv = h - u
    return (u - (h - vv)) - (v + vv)


def _pick(u1: FloatArray, m1: FloatArray, u2: FloatArray, m2: FloatArray) -> FloatArray:
    """u1 where its term magnitude m1 is not larger than m2, else u2."""
    return np.where(m1 <= m2, u1, u2)


def _sob_consts(a: float, b: float, c: float, d: float) -> dict[str, float]:
    """Rate combinations for t >= 0 (x >= 0 with (a, b, c, d); x < 0 with (b, a, d, c))."""
    alpha, bd = a - c, b - d
    s = a + b
    # a - b - c + d from the exact differences (a - c) and (b - d), so that it keeps
    # its relative accuracy when it is ~0 (f''(0) = C0 / 2)
    abcd = (alpha - bd) + (_diff_err(a, c, alpha) - _diff_err(b, d, bd))
    return {
        "alpha": alpha,
        "beta": b + c,
        "gamma": c + d,
        "bd": bd,
        "s": s,
        "ad": a + d,
        "C0": s * abcd,
    }


class _Sob:
    """Shared pieces of the Soboleva kernels on t >= 0 for one orientation of the rates."""

    def __init__(self, t: FloatArray, a: float, b: float, c: float, d: float) -> None:
        t = np.minimum(t, _T_MAX)
        k = _sob_consts(a, b, c, d)
        self.alpha, self.beta, self.gamma = k["alpha"], k["beta"], k["gamma"]
        self.bd, self.s, self.ad, self.C0 = k["bd"], k["s"], k["ad"], k["C0"]
        self._st = st = self.s * t
        self.m = -np.expm1(-st)
        self.gt = gt = self.gamma * t
        self.z = self.alpha * t + nm.log_sigmoid(gt)

    @cached_property
    def q(self) -> FloatArray:
        return np.exp(-self._st)

    @cached_property
    def p(self) -> FloatArray:
        return nm.sigmoid(-self.gt)

    @cached_property
    def tau(self) -> FloatArray:
        return np.tanh(0.5 * self.gt)

    def d1_bracket(self) -> FloatArray:
        al, be, ga, q, m, p = self.alpha, self.beta, self.gamma, self.q, self.m, self.p
        g = ga * m * p
        r1 = al + be * q + g
        m1 = np.abs(al) + be * q + g
        r2 = (self.s - be * m) + g
        m2 = self.s + be * m + g
        return _pick(r1, m1, r2, m2)

    def d2_bracket(self) -> FloatArray:
        al, be, ga, q, m = self.alpha, self.beta, self.gamma, self.q, self.m
        p, tau, bd = self.p, self.tau, self.bd
        t3 = ga * ga * m * tau * p
        # first form (large t); each factor in its own best form
        gp2 = 2.0 * ga * p
        gt = ga * tau
        f1a = _pick(al + gp2, np.abs(al) + gp2, self.ad - gt, self.ad + gt)
        f1b = _pick(bd + gt, np.abs(bd) + gt, be - gp2, be + gp2)
        r1 = al * f1a - be * q * f1b - t3
        m1 = np.abs(al * f1a) + be * q * np.abs(f1b) + t3
        # second form (near 0)
        w = _pick(al + be * q, np.abs(al) + be * q, self.s - be * m, self.s + be * m)
        u = be * bd * m
        v = gt * w
        r2 = self.C0 + u - v - t3
        m2 = np.abs(self.C0) + np.abs(u) + np.abs(v) + t3
        return _pick(r1, m1, r2, m2)


def _sob_f(t: FloatArray, a: float, b: float, c: float, d: float) -> FloatArray:
    s = _Sob(t, a, b, c, d)
    return _mul_exp(s.m, s.z)


def _sob_d1(t: FloatArray, a: float, b: float, c: float, d: float) -> FloatArray:
    s = _Sob(t, a, b, c, d)
    return _mul_exp(s.d1_bracket(), s.z)


def _sob_d2(t: FloatArray, a: float, b: float, c: float, d: float) -> FloatArray:
    s = _Sob(t, a, b, c, d)
    return _mul_exp(s.d2_bracket(), s.z)


def _sob_mirror(
    kernel: Callable[..., FloatArray],
    odd: bool,
    x: FloatArray,
    a: float,
    b: float,
    c: float,
    d: float,
) -> FloatArray:
    """kernel on x >= 0 directly and on x < 0 through f(-t; a, b, c, d) = -f(t; b, a, d, c)."""
    x = np.asarray(x, dtype=np.float64)
    out = np.empty(x.shape)
    neg = x < 0
    pos = ~neg
    out[pos] = kernel(x[pos], a, b, c, d)
    r = kernel(-x[neg], b, a, d, c)
    out[neg] = -r if odd else r
    return out


def _soboleva(x: FloatArray, a: float, b: float, c: float, d: float) -> FloatArray:
    return _sob_mirror(_sob_f, True, x, a, b, c, d)


def _soboleva_d1(x: FloatArray, a: float, b: float, c: float, d: float) -> FloatArray:
    return _sob_mirror(_sob_d1, False, x, a, b, c, d)


def _soboleva_d2(x: FloatArray, a: float, b: float, c: float, d: float) -> FloatArray:
    return _sob_mirror(_sob_d2, True, x, a, b, c, d)


def _rate(name: str, doc: str) -> NumberParam:
    return NumberParam(name, 1.0, 0.05, 5.0, 0.05, doc=doc)


SOBOLEVA_TANH = Activation(
    id="soboleva_tanh",
    name="Soboleva modified tanh",
    family=Family.SIGMOIDAL,
    f=_soboleva,
    df=_soboleva_d1,
    d2f=_soboleva_d2,
    params=(
        _rate("a", "rate of e^{ax} in the numerator"),
        _rate("b", "rate of e^{-bx} in the numerator"),
        _rate("c", "rate of e^{cx} in the denominator"),
        _rate("d", "rate of e^{-dx} in the denominator"),
    ),
    kinks=lambda a, b, c, d: (),
    torch_module=lambda a, b, c, d: module(
        "SobolevaTanh",
        "num = torch.exp(self.a * x) - torch.exp(-self.b * x)\n"
        "return num / (torch.exp(self.c * x) + torch.exp(-self.d * x))",
        {"a": a, "b": b, "c": c, "d": d},
    ),
    convention=_SMOOTH + "; saturates at +-1.797e308 where the true value overflows",
    aliases=("smht",),
    # The original is a Russian-language conference paper with no DOI or online
    # copy; the url is the encyclopedia article that documents it.
    reference=Reference(
        authors=("Soboleva, Elena V.", "Beskorovainyi, Vladimir V."),
        year=2008,
        title=(
            "The utility function in problems of structural optimization of distributed "
            "objects (in Russian)"
        ),
        venue="4th Scientific Conference of the Ivan Kozhedub Kharkiv University of Air Forces",
        url="https://en.wikipedia.org/wiki/Soboleva_modified_hyperbolic_tangent",
    ),
)

# --- isru ---------------------------------------------------------------
# Carlile et al. (2017), inverse square root unit x / sqrt(1 + alpha x^2).
# With w = (1 + alpha x^2)^(-1/2): f = x w, f' = w^3, f'' = -3 alpha x w^5 = -3 alpha f w^4.
# For |x| > 1 use u = 1/|x|: w = u / sqrt(alpha + u^2), f = sign(x) / sqrt(alpha + u^2).


def _isru_parts(x: FloatArray, alpha: float) -> tuple[FloatArray, FloatArray]:
    ax = np.abs(x)
    big = ax > 1.0
    s = np.clip(x, -1.0, 1.0)
    u = 1.0 / np.maximum(ax, 1.0)
    w_small = 1.0 / np.sqrt(1.0 + alpha * (s * s))
    r_big = 1.0 / np.sqrt(alpha + u * u)
    w = np.where(big, u * r_big, w_small)
    f = np.where(big, np.sign(x) * r_big, s * w_small)
    return f, w


def _isru(x: FloatArray, alpha: float) -> FloatArray:
    return _out(_isru_parts(x, alpha)[0])


def _isru_d1(x: FloatArray, alpha: float) -> FloatArray:
    w = _isru_parts(x, alpha)[1]
    return _out(w * w * w)


def _isru_d2(x: FloatArray, alpha: float) -> FloatArray:
    f, w = _isru_parts(x, alpha)
    w2 = w * w
    return _out(-3.0 * alpha * f * (w2 * w2))


ISRU = Activation(
    id="isru",
    name="ISRU",
    family=Family.SIGMOIDAL,
    f=_isru,
    df=_isru_d1,
    d2f=_isru_d2,
    params=(NumberParam("alpha", 1.0, 0.01, 10.0, 0.05, doc="f tends to +-1/sqrt(alpha)"),),
    kinks=lambda alpha: (),
    torch_module=lambda alpha: module(
        "ISRU", "x * torch.rsqrt(1 + self.alpha * x * x)", {"alpha": alpha}
    ),
    convention=_SMOOTH,
    reference=CARLILE_2017,
)

# --- symmetrical_sigmoid ------------------------------------------------
# tanh(x/2) = (1 - e^-x)/(1 + e^-x) = 2 sigmoid(x) - 1;
# f' = sech^2(x/2)/2, f'' = -tanh(x/2) sech^2(x/2)/2.


def _symmetrical_sigmoid(x: FloatArray) -> FloatArray:
    return _out(np.tanh(0.5 * x))


def _symmetrical_sigmoid_d1(x: FloatArray) -> FloatArray:
    return _out(2.0 * _sigmoid_prime(x))


def _symmetrical_sigmoid_d2(x: FloatArray) -> FloatArray:
    return _out(-2.0 * _sigmoid_prime(x) * np.tanh(0.5 * x))


SYMMETRICAL_SIGMOID = Activation(
    id="symmetrical_sigmoid",
    name="Symmetrical sigmoid",
    family=Family.SIGMOIDAL,
    f=_symmetrical_sigmoid,
    df=_symmetrical_sigmoid_d1,
    d2f=_symmetrical_sigmoid_d2,
    torch_module=lambda: module("SymmetricalSigmoid", "torch.tanh(x / 2)"),
    convention=_SMOOTH,
    aliases=("bipolar_sigmoid",),
    reference=KUTUK_2022,
)

# --- log_log ------------------------------------------------------------
# Complementary log-log 1 - exp(-e^x) = -expm1(-e^x); f' = exp(x - e^x);
# f'' = (1 - e^x) exp(x - e^x) = -expm1(x) f'.

#: For x > 50, e^x > 5e21 and exp(-e^x) = 0 in float64: f = 1, f' = f'' = 0 exactly as
#: the true values round, so x is capped there (this also keeps x - e^x finite).
_LOGLOG_CLIP = 50.0


def _log_log(x: FloatArray) -> FloatArray:
    return _out(-np.expm1(-np.exp(np.minimum(x, _LOGLOG_CLIP))))


def _log_log_d1(x: FloatArray) -> FloatArray:
    xc = np.minimum(x, _LOGLOG_CLIP)
    return _out(np.exp(xc - np.exp(xc)))


def _log_log_d2(x: FloatArray) -> FloatArray:
    xc = np.minimum(x, _LOGLOG_CLIP)
    return _out(-np.expm1(xc) * np.exp(xc - np.exp(xc)))


LOG_LOG = Activation(
    id="log_log",
    name="Complementary log-log",
    family=Family.SIGMOIDAL,
    f=_log_log,
    df=_log_log_d1,
    d2f=_log_log_d2,
    torch_module=lambda: module("CLogLog", "-torch.expm1(-torch.exp(x))"),
    convention=_SMOOTH,
    aliases=("cloglog",),
    reference=MCCULLAGH_NELDER_1989,
)

ACTIVATIONS: list[Activation] = [
    SIGMOID,
    TANH,
    LOG_SIGMOID,
    SOFTSIGN,
    ARCTAN,
    LECUN_TANH,
    SOBOLEVA_TANH,
    ISRU,
    SYMMETRICAL_SIGMOID,
    LOG_LOG,
]
