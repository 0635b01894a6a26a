"""Learnable activations with their published initial or typical values: ACON-C, the Padé
activation unit (PAU), the rational activation of Boullé et al. and APL.

The rational functions are evaluated from polynomials whose coefficients are worked out
exactly (``fractions.Fraction``) and rounded once: P/Q, f' = N1/Q^2 with N1 = P'Q - PQ',
f'' = N2/Q^3 with N2 = Q(P''Q - PQ'') - 2Q'N1, so f'' of a nearly linear rational has no
cancellation between large terms.  For |x| > 1 the same polynomials are evaluated in 1/x
(reversed coefficients), so x^5 never overflows.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from fractions import Fraction

import numpy as np

from ..spec import Activation, ChoiceParam, Family, FloatArray, NumberParam, Reference
from .oscillating import mul_sat

_SMOOTH = "smooth: no kinks"


def _torch(name: str, init: str, forward: str) -> str:
    head = f"import torch\n\n\nclass {name}(torch.nn.Module):\n"
    return head + init + f"    def forward(self, x):\n        return {forward}\n"


def _param_lines(**values: float | tuple[float, ...]) -> str:
    """__init__ with the given defaults, each stored as a torch.nn.Parameter."""
    args = ", ".join(f"{k}={v!r}" for k, v in values.items())
    body = "".join(f"        self.{k} = torch.nn.Parameter(torch.tensor({k}))\n" for k in values)
    return f"    def __init__(self, {args}):\n        super().__init__()\n{body}\n"


# --- acon_c -----------------------------------------------------------------------------
# Ma et al. 2021: (p1 - p2) x sigmoid(beta (p1 - p2) x) + p2 x = x (p1 s + p2 (1 - s)),
# s = sigmoid(t), t = beta d x, d = p1 - p2 (no 1 - s is ever formed).  With E = exp(-|t|),
# r = 1/(1 + E) and (A, B) = (p1, p2) for t >= 0, (p2, p1) for t < 0:
#   f = x (A r + B E r),  f' = A r + E r (B + d t r),
#   f'' = beta d^2 E r^2 (2 - |t| (1 - E) r).
# The factor E = h^2, h = exp(-|t|/2), is applied last as (.. h) h (no lost digits when
# E alone would be subnormal); |t| is clipped at 1500, where E is 0.  For |t| < 1,
# p1 s + p2 (1 - s) = m + (d/2) tanh(t/2) with m = (p1 + p2)/2, which keeps its digits when
# p1 = -p2 (f ~ x^2 near 0) as well.

_T_MAX = 1500.0


def _acon_parts(
    x: FloatArray, p1: float, p2: float, beta: float
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray, float, float]:
    """(t, h, r, A, B, d, k): t = k x (clipped), k = beta d, d = p1 - p2."""
    d = p1 - p2
    k = beta * d
    if k == 0.0:
        t = np.zeros_like(x)
    else:
        lim = _T_MAX / abs(k)
        t = k * np.clip(x, -lim, lim)
    h = np.exp(-0.5 * np.abs(t))
    r = 1.0 / (1.0 + h * h)
    neg = t < 0.0
    return t, h, r, np.where(neg, p2, p1), np.where(neg, p1, p2), d, k


def _acon_mid(p1: float, p2: float) -> tuple[float, float]:
    """((p1 + p2)/2, (p1 - p2)/2), each rounded once."""
    a, b = Fraction(p1), Fraction(p2)
    return float((a + b) / 2), float((a - b) / 2)


def _acon_c(x: FloatArray, p1: float, p2: float, beta: float) -> FloatArray:
    t, h, r, a, b, _, _ = _acon_parts(x, p1, p2, beta)
    m, hd = _acon_mid(p1, p2)
    small = np.abs(t) < 1.0
    big = np.abs(t) >= 700.0  # E < 1e-304: the B term is applied as (.. h) h
    near = mul_sat(x, np.where(small, m + hd * np.tanh(0.5 * t), a * r + (b * r) * (h * h)))
    far = mul_sat(x, a * r) + ((b * r * h) * np.where(big, x, 0.0)) * h
    return np.where(big, far, near)


def _acon_c_d1(x: FloatArray, p1: float, p2: float, beta: float) -> FloatArray:
    t, h, r, a, b, d, _ = _acon_parts(x, p1, p2, beta)
    m, hd = _acon_mid(p1, p2)
    centre = m + hd * np.tanh(0.5 * t) + d * t * (r * r * (h * h))
    return np.where(np.abs(t) < 1.0, centre, a * r + (((b + d * t * r) * r) * h) * h)


def _acon_c_d2(x: FloatArray, p1: float, p2: float, beta: float) -> FloatArray:
    t, h, r, _, _, d, k = _acon_parts(x, p1, p2, beta)
    c = (k * d) * r * r * (2.0 - np.abs(t) * ((1.0 - h * h) * r))
    return (c * h) * h


ACON_C = Activation(
    id="acon_c",
    name="ACON-C",
    family=Family.LEARNABLE,
    f=_acon_c,
    df=_acon_c_d1,
    d2f=_acon_c_d2,
    params=(
        NumberParam("p1", 1.0, -5.0, 5.0, 0.05, doc="slope for large positive (p1-p2)x"),
        NumberParam("p2", 0.0, -5.0, 5.0, 0.05, doc="slope for large negative (p1-p2)x"),
        NumberParam("beta", 1.0, 0.0, 10.0, 0.05, doc="switching sharpness; 0 gives a line"),
    ),
    torch_module=lambda p1, p2, beta: _torch(
        "AconC",
        _param_lines(p1=float(p1), p2=float(p2), beta=float(beta)),
        "(self.p1 - self.p2) * x * torch.sigmoid(self.beta * (self.p1 - self.p2) * x)"
        " + self.p2 * x",
    ),
    learnable=("p1", "p2", "beta"),
    convention=_SMOOTH,
    aliases=("acon", "activate_or_not"),
    reference=Reference(
        authors=("Ma, Ningning", "Zhang, Xiangyu", "Liu, Ming", "Sun, Jian"),
        year=2021,
        title="Activate or Not: Learning Customized Activation",
        venue="CVPR 2021",
        url="https://arxiv.org/abs/2009.04759",
    ),
)

# --- rational functions (PAU, Boullé et al.) ----------------------------------------------

Poly = list[Fraction]


def _pmul(a: Poly, b: Poly) -> Poly:
    out = [Fraction(0)] * (len(a) + len(b) - 1)
    for i, ai in enumerate(a):
        for j, bj in enumerate(b):
            out[i + j] += ai * bj
    return out


def _psub(a: Poly, b: Poly) -> Poly:
    n = max(len(a), len(b))
    a = a + [Fraction(0)] * (n - len(a))
    b = b + [Fraction(0)] * (n - len(b))
    return [x - y for x, y in zip(a, b, strict=True)]


def _pder(a: Poly) -> Poly:
    return [k * c for k, c in enumerate(a)][1:] or [Fraction(0)]


def _pfloat(a: Poly, degree: int) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(low-to-high coefficients, the same reversed) padded to ``degree``, rounded once."""
    if any(c != 0 for c in a[degree + 1 :]):
        raise ValueError("polynomial degree above its bound")
    c = [float(v) for v in a[: degree + 1]] + [0.0] * (degree + 1 - len(a))
    return tuple(c), tuple(reversed(c))


def _horner(coeffs: Sequence[float], t: FloatArray) -> FloatArray:
    acc = np.full_like(t, coeffs[-1])
    for c in coeffs[-2::-1]:
        acc = acc * t + c
    return acc


class _Side:
    """P/Q and the numerators of its derivatives for one sign of x, as functions of u = |x|."""

    def __init__(self, p: Poly, q: Poly) -> None:
        m, n = len(p) - 1, len(q) - 1
        if m - n != 1:
            raise ValueError("expected deg P = deg Q + 1")
        dp, dq = _pder(p), _pder(q)
        n1 = _psub(_pmul(dp, q), _pmul(p, dq))
        n2 = _psub(
            _pmul(q, _psub(_pmul(_pder(dp), q), _pmul(p, _pder(dq)))),
            _pmul([Fraction(2) * c for c in dq], n1),
        )
        self.p = _pfloat(p, m)
        self.q = _pfloat(q, n)
        self.n1 = _pfloat(n1, m + n - 1)
        self.n2 = _pfloat(n2, m + 2 * n - 2)

    def eval(self, u: FloatArray, order: int) -> FloatArray:
        """F^(order)(u) for u >= 0: Horner in u up to 1, in w = 1/u beyond."""
        small = u <= 1.0
        us = np.where(small, u, 0.0)
        w = 1.0 / np.where(small, 1.0, u)
        if order == 0:
            near = _horner(self.p[0], us) / _horner(self.q[0], us)
            far = mul_sat(u, _horner(self.p[1], w) / _horner(self.q[1], w))
        elif order == 1:
            qs = _horner(self.q[0], us)
            ql = _horner(self.q[1], w)
            near = _horner(self.n1[0], us) / (qs * qs)
            far = _horner(self.n1[1], w) / (ql * ql)
        else:
            qs = _horner(self.q[0], us)
            ql = _horner(self.q[1], w)
            near = _horner(self.n2[0], us) / (qs * qs * qs)
            far = w * (_horner(self.n2[1], w) / (ql * ql * ql))
        return np.where(small, near, far)


class _Rational:
    """f = P(x)/Q(x) on both sides of 0: x > 0 uses P(u)/Q(u), x <= 0 uses P(-u)/Q(-u)
    (or, for the safe PAU, Q(u) on both sides); f'(x) = -F'(u) for x <= 0, so x = 0
    takes the limits from the left."""

    def __init__(self, num: Sequence[float], den: Sequence[float], safe: bool) -> None:
        self.num = tuple(float(v) for v in num)
        self.den = tuple(float(v) for v in den)
        self.safe = safe
        a = [Fraction(v) for v in self.num]
        if safe:  # 1 + |b1| |x| + ... + |bn| |x|^n
            q_pos = q_neg = [Fraction(1)] + [abs(Fraction(v)) for v in self.den]
        else:
            q_pos = [Fraction(v) for v in self.den]
            q_neg = [c * (-1) ** k for k, c in enumerate(q_pos)]
        self.pos = _Side(a, q_pos)
        self.neg = _Side([c * (-1) ** k for k, c in enumerate(a)], q_neg)

    def eval(self, x: FloatArray, order: int) -> FloatArray:
        x = np.asarray(x, dtype=np.float64)
        u = np.abs(x)
        left = x <= 0.0
        sign = -1.0 if order == 1 else 1.0
        return np.where(left, sign * self.neg.eval(u, order), self.pos.eval(u, order))


# --- pau --------------------------------------------------------------------------------
# Molina, Schramowski & Kersting 2020, "safe" PAU of degree (5, 4):
#   f = (a0 + a1 x + ... + a5 x^5) / (1 + |b1| |x| + |b2| |x|^2 + |b3| |x|^3 + |b4| |x|^4),
# the form of the official code (ml-research/pau, PADEACTIVATION_F_python and the CUDA
# kernels: Q = 1 + sum |x^k| |d_k|).  The coefficient sets are the ones that repository
# ships: pade_optimized_leakyrelu (the default of its PAU()) in pau/cuda/python_imp/Pade.py,
# and the leaky ReLU fits of slope 0.2, 0.25, 0.3 and -0.5 (abs form, x in [-3, 3]) in
# pau/find_coefficients.ipynb.  |x| in Q makes f' jump at 0 by 2 a0 |b1| (f'' by -4 a1 |b1|).

PAU_INITS: dict[str, tuple[tuple[float, ...], tuple[float, ...], float]] = {
    # name: (a0..a5, b1..b4, slope of the leaky ReLU it approximates on [-3, 3])
    "leaky_relu": (
        (
            3.35583603e-02,
            5.05000375e-01,
            1.65343934e00,
            2.01001052e00,
            9.31901999e-01,
            1.52424124e-01,
        ),
        (3.30847488e-06, 3.98021568e00, 5.12471206e-07, 3.01830109e-01),
        0.01,
    ),
    "leaky_relu_020": (
        (
            0.025577756009581332,
            0.6618281545012629,
            1.5818297539580468,
            2.944787587381909,
            0.9528779431354413,
            0.23319680694163697,
        ),
        (-0.5096260509947604, 4.183768902183391, 0.3783209020348012, 0.3240731442906416),
        0.2,
    ),
    "leaky_relu_025": (
        (
            0.02423485464722387,
            0.6770971779085044,
            1.4385836314706064,
            2.9549799006291724,
            0.8567972159918334,
            0.2322961171003388,
        ),
        (-0.41014745814143555, 4.1469196374300115, 0.3029254642283438, 0.32002849530519256),
        0.25,
    ),
    "leaky_relu_030": (
        (
            0.022823661027641513,
            0.6935843817924783,
            1.308474321805162,
            2.976815988084191,
            0.7716529650279255,
            0.23252265245280854,
        ),
        (-0.3284954321510746, 4.115579017543179, 0.2415560267417864, 0.31659365394646605),
        0.3,
    ),
    "leaky_relu_neg050": (
        (
            0.026504409606513814,
            0.8077291240826262,
            13.566116392373088,
            7.002178997009714,
            11.614777812309141,
            0.6872037476855452,
        ),
        (-13.706489934094302, 6.077817327962073, 12.325352286416361, -0.540068802253311),
        -0.5,
    ),
}


@functools.cache
def _pau_rational(init: str) -> _Rational:
    """PAU's rational function for a coefficient set, made on first use: the exact
    (Fraction) derivative polynomials cost ~10 ms at start-up for all five sets."""
    num, den, _ = PAU_INITS[init]
    return _Rational(num, den, safe=True)


def _pau(x: FloatArray, init: str) -> FloatArray:
    return _pau_rational(init).eval(x, 0)


def _pau_d1(x: FloatArray, init: str) -> FloatArray:
    return _pau_rational(init).eval(x, 1)


def _pau_d2(x: FloatArray, init: str) -> FloatArray:
    return _pau_rational(init).eval(x, 2)


def _pau_torch(init: str) -> str:
    num, den, _ = PAU_INITS[init]
    return _torch(
        "PAU",
        _param_lines(numerator=tuple(num), denominator=tuple(den)),
        "sum(a * x**j for j, a in enumerate(self.numerator)) / (\n"
        "            1 + sum(b.abs() * x.abs() ** k for k, b in enumerate(self.denominator, 1))\n"
        "        )",
    )


def _pau_kinks(init: str) -> tuple[float, ...]:
    """|b1 x| = |b1| |x| in Q makes f' jump at 0 (by 2 a0 |b1|): C⁰ there."""
    return (0.0,) if PAU_INITS[init][1][0] != 0.0 else ()


def _pau_higher_kinks(init: str) -> tuple[tuple[float, int], ...]:
    """Without b1, |b3| |x|^3 is the roughest term of Q (the even powers of |x| are
    smooth): C² at 0, the third derivative jumps."""
    b = PAU_INITS[init][1]
    return ((0.0, 2),) if b[0] == 0.0 and b[2] != 0.0 else ()


PAU = Activation(
    id="pau",
    name="Padé activation unit (PAU)",
    family=Family.LEARNABLE,
    f=_pau,
    df=_pau_d1,
    d2f=_pau_d2,
    params=(
        ChoiceParam(
            "init",
            "leaky_relu",
            tuple(PAU_INITS),
            doc="initial coefficients: the fit of a leaky ReLU of slope 0.01, 0.2, 0.25, 0.3, -0.5",
        ),
    ),
    kinks=_pau_kinks,
    higher_kinks=_pau_higher_kinks,
    torch_module=_pau_torch,
    convention="f'(0), f''(0) are the limits from the left (|x| in the denominator)",
    aliases=("pade_activation_unit", "pade"),
    reference=Reference(
        authors=("Molina, Alejandro", "Schramowski, Patrick", "Kersting, Kristian"),
        year=2020,
        title=(
            "Padé Activation Units: End-to-end Learning of Flexible Activation Functions "
            "in Deep Networks"
        ),
        venue="ICLR 2020",
        url="https://arxiv.org/abs/1907.06732",
    ),
)

# --- rational (Boullé, Nakatsukasa & Townsend 2020) ---------------------------------------
# Type (3, 2), initialised to the best (minimax) rational approximation of ReLU on [-1, 1]
# (NBoulle/RationalNets: RationalLayer alpha_initializer [1.1915, 1.5957, 0.5, 0.0218],
# beta_initializer [2.383, 0.0, 1.0], highest power first):
#   f = (1.1915 x^3 + 1.5957 x^2 + 0.5 x + 0.0218) / (2.383 x^2 + 1).
# Q > 0 everywhere; beyond [-1, 1] f tends to the line 0.5 x + 0.67 on both sides.

RATIONAL_NUM = (0.0218, 0.5, 1.5957, 1.1915)  # a0..a3
RATIONAL_DEN = (1.0, 0.0, 2.383)  # b0..b2


@functools.cache
def _rational() -> _Rational:
    """The rational activation's function, made on first use (as PAU's)."""
    return _Rational(RATIONAL_NUM, RATIONAL_DEN, safe=False)


RATIONAL = Activation(
    id="rational",
    name="Rational activation (3, 2)",
    family=Family.LEARNABLE,
    f=lambda x: _rational().eval(x, 0),
    df=lambda x: _rational().eval(x, 1),
    d2f=lambda x: _rational().eval(x, 2),
    torch_module=lambda: _torch(
        "Rational",
        _param_lines(numerator=RATIONAL_NUM, denominator=RATIONAL_DEN),
        "sum(a * x**j for j, a in enumerate(self.numerator)) / sum(\n"
        "            b * x**k for k, b in enumerate(self.denominator)\n"
        "        )",
    ),
    convention=_SMOOTH,
    aliases=("rational_neural_network", "boulle_rational"),
    reference=Reference(
        authors=("Boullé, Nicolas", "Nakatsukasa, Yuji", "Townsend, Alex"),
        year=2020,
        title="Rational neural networks",
        venue="NeurIPS 2020",
        url="https://arxiv.org/abs/2004.01902",
    ),
)

# --- apl --------------------------------------------------------------------------------
# Agostinelli et al. 2015: max(0, x) + a1 max(0, -x + b1) + a2 max(0, -x + b2) (S = 2).
# The breakpoints {0, b1, b2} split the line into pieces on which f is linear with slope c1
# (summed exactly).  f(x) = f(K) + c1 (x - K) with K the nearest end of x's piece and f(K)
# exact, rounded once: x - K is exact next to a hinge, where f(K) + c1 (x - K) would
# otherwise cancel, and |x - K| <= |x| since 0 is always a breakpoint.  At a breakpoint the
# piece on its left is used (f' is the limit from the left); f'' = 0.


def _apl_exact(x: Fraction, a1: float, b1: float, a2: float, b2: float) -> Fraction:
    out = max(Fraction(0), x)
    for a, b in ((a1, b1), (a2, b2)):
        out += Fraction(a) * max(Fraction(0), Fraction(b) - x)
    return out


def _apl_pieces(a1: float, b1: float, a2: float, b2: float) -> tuple[list[float], np.ndarray]:
    """Sorted breakpoints K and, per piece (K[i-1], K[i]] (ends -+inf), the row
    (lo, hi, f(lo), f(hi), slope)."""
    points = sorted({0.0, b1, b2})
    rows = []
    for i in range(len(points) + 1):
        lo = points[i - 1] if i > 0 else -math.inf
        hi = points[i] if i < len(points) else math.inf
        c1 = Fraction(1 if lo >= 0.0 else 0)
        for a, b in ((a1, b1), (a2, b2)):
            if hi <= b:  # -x + b > 0 on the piece
                c1 -= Fraction(a)
        f_lo = float(_apl_exact(Fraction(lo), a1, b1, a2, b2)) if lo > -math.inf else 0.0
        f_hi = float(_apl_exact(Fraction(hi), a1, b1, a2, b2)) if hi < math.inf else 0.0
        rows.append((lo, hi, f_lo, f_hi, float(c1)))
    return points, np.array(rows)


def _apl_kinks(a1: float, b1: float, a2: float, b2: float) -> tuple[float, ...]:
    points, rows = _apl_pieces(a1, b1, a2, b2)
    return tuple(k for i, k in enumerate(points) if rows[i, 4] != rows[i + 1, 4])


def _apl_rows(x: FloatArray, a1: float, b1: float, a2: float, b2: float) -> np.ndarray:
    points, rows = _apl_pieces(a1, b1, a2, b2)
    return rows[np.searchsorted(np.array(points), x, side="left")]


def _apl(x: FloatArray, a1: float, b1: float, a2: float, b2: float) -> FloatArray:
    x = np.asarray(x, dtype=np.float64)
    r = _apl_rows(x, a1, b1, a2, b2)
    lo, hi, f_lo, f_hi, c1 = (r[..., k] for k in range(5))
    use_lo = (x - lo) < (hi - x)  # one end is finite: inf is never chosen
    k = np.where(use_lo, lo, hi)
    return np.where(use_lo, f_lo, f_hi) + mul_sat(c1, x - k)


def _apl_d1(x: FloatArray, a1: float, b1: float, a2: float, b2: float) -> FloatArray:
    return _apl_rows(np.asarray(x, dtype=np.float64), a1, b1, a2, b2)[..., 4]


def _apl_d2(x: FloatArray, a1: float, b1: float, a2: float, b2: float) -> FloatArray:
    return np.zeros_like(np.asarray(x, dtype=np.float64))


APL = Activation(
    id="apl",
    name="Adaptive piecewise linear (APL)",
    family=Family.LEARNABLE,
    f=_apl,
    df=_apl_d1,
    d2f=_apl_d2,
    params=(
        NumberParam("a1", -0.2, -2.0, 2.0, 0.05, doc="slope change of the first hinge (learned)"),
        NumberParam("b1", 0.5, -5.0, 5.0, 0.1, doc="position of the first hinge (learned)"),
        NumberParam("a2", 0.1, -2.0, 2.0, 0.05, doc="slope change of the second hinge (learned)"),
        NumberParam("b2", -0.5, -5.0, 5.0, 0.1, doc="position of the second hinge (learned)"),
    ),
    kinks=_apl_kinks,
    torch_module=lambda a1, b1, a2, b2: _torch(
        "APL",
        _param_lines(a=(float(a1), float(a2)), b=(float(b1), float(b2))),
        "torch.relu(x) + sum(a * torch.relu(b - x) for a, b in zip(self.a, self.b))",
    ),
    learnable=("a1", "b1", "a2", "b2"),
    convention="f' at a hinge is the slope on its left; f'' = 0 everywhere",
    aliases=("adaptive_piecewise_linear",),
    reference=Reference(
        authors=("Agostinelli, Forest", "Hoffman, Matthew", "Sadowski, Peter", "Baldi, Pierre"),
        year=2015,
        title="Learning Activation Functions to Improve Deep Neural Networks",
        venue="ICLR 2015 (workshop track)",
        url="https://arxiv.org/abs/1412.6830",
    ),
)

ACTIVATIONS: tuple[Activation, ...] = (ACON_C, PAU, RATIONAL, APL)
