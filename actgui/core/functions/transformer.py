"""Transformer-era activations: QuickGELU, squared ReLU, StarReLU, xIELU, GoLU, MEGA's
Laplace function and the GLU family (gated units shown on the line b = k a).

A gated linear unit takes two linear projections of its input, a = x W and b = x V,
and returns a * g(b).  As a function of one x it is shown on the line b = k a
(k = V / W for a scalar input): f(x) = x g(k x); k = 1 is the self-gated x g(x).
With u = k x:  f' = g(u) + u g'(u),  f'' = k (2 g'(u) + u g''(u)).

Accuracy follows gated.py: sigmoid-like gates are rational in E = exp(-|t|) and a
small factor exp(t) is applied as two halves; products that can pass the largest
float64 (k x^2 for |x| ~ 1e154) go through :func:`_sat_prod`, which saturates at
+-MAX like the rest of actgui instead of overflowing.

Why this module is long: it is a catalog of 11 functions, each a self-contained
block (its kernels for f, f', f'', a fused kernel where one pays, then its
``Activation`` entry); a reader holds one block at a time, and splitting the family across
files would only scatter the shared helpers.
"""

from __future__ import annotations

import math

import numpy as np

from .. import _fast as fx
from .. import _numeric as nm
from ..spec import (
    Activation,
    ChoiceParam,
    Family,
    FloatArray,
    NumberParam,
    Reference,
    Triple,
    format_number,
)
from .gated import (
    _GELU_A,
    _GELU_K,
    _INV_SQRT_2PI,
    _blocked,
    _gauss,
    _mul_exp,
    _phi_big,
    _sigmoid_parts,
    _xsig_all,
)

_SMOOTH = "smooth: no kinks"
_MAX = nm.MAX
_T_MAX = 1500.0  # exp(-750) = 0: beyond |t| = 1500 every sigmoid factor is 0 or 1
_TWO_OVER_SQRTPI = 1.12837916709551257390  # 2/sqrt(pi)
_INV_SQRTPI = 0.56418958354775628695  # 1/sqrt(pi)


def _arr(a: FloatArray | float) -> FloatArray:
    """Kernel results as float64 ndarrays (numpy ufuncs turn 0-d arrays into scalars)."""
    return np.asarray(a, dtype=np.float64)


def _sat_prod(*factors: FloatArray | float) -> FloatArray:
    """The product of the factors, saturated at +-MAX instead of overflowing.

    Mantissas (frexp, in [1/2, 1)) and exponents are multiplied and added apart,
    so no intermediate overflows or loses bits to underflow; the result is rounded
    once per factor, and once more if it is subnormal.  Every factor must be finite.
    """
    m: FloatArray | float = 1.0
    e: FloatArray | int = 0
    for f in factors:
        mf, ef = np.frexp(f)
        m = m * mf
        e = e + ef
    mm, em = np.frexp(m)
    e = e + em
    out = np.ldexp(mm, np.minimum(e, 1024))  # |mm| < 1, so mm * 2**1024 <= MAX
    return _arr(np.where((e > 1024) & (mm != 0.0), np.copysign(_MAX, mm), out))


def _line(x: FloatArray, k: float, cap: float) -> FloatArray:
    """u = k x with x clipped where |u| would pass ``cap`` (no overflow for any k)."""
    lim = cap / abs(k) if abs(k) > cap / _MAX else _MAX
    return k * np.clip(x, -lim, lim)


def _two_prod(a: FloatArray | float, b: FloatArray | float) -> tuple[FloatArray, FloatArray]:
    """(p, e) with p = fl(a b) and p + e = a b exactly (Dekker); |a|, |b| <= 1e150."""

    def split(v: FloatArray | float) -> tuple[FloatArray, FloatArray]:
        c = 134217729.0 * v  # 2**27 + 1
        hi = c - (c - v)
        return _arr(hi), _arr(v - hi)

    p = _arr(np.multiply(a, b))
    ah, al = split(a)
    bh, bl = split(b)
    return p, _arr(((ah * bh - p) + ah * bl + al * bh) + al * bl)


def _two_sum(a: FloatArray | float, b: FloatArray | float) -> tuple[FloatArray, FloatArray]:
    """(s, e) with s = fl(a + b) and s + e = a + b exactly (Knuth)."""
    s = _arr(np.add(a, b))
    bb = s - a
    return s, _arr((a - (s - bb)) + (b - bb))


# --- quick_gelu and glu: x sigmoid(k x) ---------------------------------------
# t = k x:  f = x s(t),  f' = s(t) + t s'(t),  f'' = k s'(t) (2 - t tanh(t/2)),
# s'(t) = E/(1+E)^2 with E = exp(-|t|); k may be 0 or negative.


def _xsig(x: FloatArray, k: float) -> FloatArray:
    neg, h, e = _sigmoid_parts(_line(x, k, _T_MAX))
    q = x / (1.0 + e)
    return _arr(np.where(neg, (q * h) * h, q))


def _xsig_d1(x: FloatArray, k: float) -> FloatArray:
    t = _line(x, k, _T_MAX)
    neg, h, e = _sigmoid_parts(t)
    r = 1.0 / (1.0 + e)
    b = t * r * r
    # t < 0: e (r + t r^2);  t >= 0: r + t e r^2
    return _arr(np.where(neg, ((r + b) * h) * h, r + (b * h) * h))


def _xsig_d2(x: FloatArray, k: float) -> FloatArray:
    t = _line(x, k, _T_MAX)
    _, h, e = _sigmoid_parts(t)
    r = 1.0 / (1.0 + e)
    b = k * (2.0 - np.abs(t) * ((1.0 - e) * r)) * r * r
    return _arr((b * h) * h)


_QUICK_K = 1.702


def _xsig_fused(x: FloatArray, out: Triple, k: float) -> Triple:
    return _xsig_all(x, _line(x, k, _T_MAX), k, out)


def _quick_gelu_all(x: FloatArray, out: Triple) -> Triple:
    return _xsig_fused(x, out, _QUICK_K)


def _module(name: str, init: str, forward: str, doc: str = "") -> str:
    """A pasteable ``torch.nn.Module`` (``import torch`` included)."""
    head = f"import torch\n\n\nclass {name}(torch.nn.Module):\n"
    if doc:
        head += f'    """{doc}"""\n\n'
    body = ""
    if init:
        body += init + "\n\n"
    return head + body + "    def forward(self, x):\n" + forward + "\n"


QUICK_GELU = Activation(
    id="quick_gelu",
    name="QuickGELU",
    family=Family.GATED,
    f=_blocked(lambda x: _xsig(x, _QUICK_K)),
    df=_blocked(lambda x: _xsig_d1(x, _QUICK_K)),
    d2f=_blocked(lambda x: _xsig_d2(x, _QUICK_K)),
    fused=fx.blocked(_quick_gelu_all),
    torch_module=lambda: _module(
        "QuickGELU",
        "",
        "        return x * torch.sigmoid(1.702 * x)",
        "x * sigmoid(1.702 x), as in OpenAI's CLIP.",
    ),
    convention=_SMOOTH,
    aliases=("quickgelu", "gelu_quick"),
    reference=Reference(
        authors=("Hendrycks, Dan", "Gimpel, Kevin"),
        year=2016,
        title="Gaussian Error Linear Units (GELUs)",
        venue="arXiv preprint arXiv:1606.08415",
        url="https://arxiv.org/abs/1606.08415",
    ),
    see_also=(
        Reference(
            authors=(
                "Radford, Alec",
                "Kim, Jong Wook",
                "Hallacy, Chris",
                "Ramesh, Aditya",
                "Goh, Gabriel",
                "Agarwal, Sandhini",
                "Sastry, Girish",
                "Askell, Amanda",
                "Mishkin, Pamela",
                "Clark, Jack",
                "Krueger, Gretchen",
                "Sutskever, Ilya",
            ),
            year=2021,
            title="Learning Transferable Visual Models From Natural Language Supervision",
            venue="Proceedings of the 38th International Conference on Machine Learning (ICML)",
            url="https://arxiv.org/abs/2103.00020",
        ),
    ),
)

_METAFORMER = Reference(
    authors=(
        "Yu, Weihao",
        "Si, Chenyang",
        "Zhou, Pan",
        "Luo, Mi",
        "Zhou, Yichen",
        "Feng, Jiashi",
        "Yan, Shuicheng",
        "Wang, Xinchao",
    ),
    year=2024,
    title="MetaFormer Baselines for Vision",
    venue="IEEE Transactions on Pattern Analysis and Machine Intelligence",
    url="https://doi.org/10.1109/TPAMI.2023.3329173",
)

# --- squared_relu -----------------------------------------------------------
# relu(x)^2 (So et al. 2021, Primer).  f' = 2 relu(x); f'' jumps at 0 (0 | 2).


def _relu_sq(x: FloatArray) -> FloatArray:
    xp = np.maximum(x, 0.0)
    return _sat_prod(xp, xp)


def _relu_sq_d1(x: FloatArray) -> FloatArray:
    return _sat_prod(2.0, np.maximum(x, 0.0))


def _relu_sq_d2(x: FloatArray) -> FloatArray:
    return _arr(np.where(x > 0.0, 2.0, 0.0))


SQUARED_RELU = Activation(
    id="squared_relu",
    name="Squared ReLU",
    family=Family.RELU,
    f=_relu_sq,
    df=_relu_sq_d1,
    d2f=_relu_sq_d2,
    kinks=lambda: (0.0,),
    torch_module=lambda: _module(
        "SquaredReLU",
        "",
        "        return torch.square(torch.relu(x))",
        "relu(x)^2 (Primer, So et al. 2021).",
    ),
    convention="f''(0) = 0, the limit from the left (2 from the right); f'(0) = 0",
    aliases=("relu2", "relu_squared", "squared_relu2"),
    reference=Reference(
        authors=(
            "So, David R.",
            "Mańke, Wojciech",
            "Liu, Hanxiao",
            "Dai, Zihang",
            "Shazeer, Noam",
            "Le, Quoc V.",
        ),
        year=2021,
        title="Primer: Searching for Efficient Transformers for Language Modeling",
        venue="Advances in Neural Information Processing Systems (NeurIPS)",
        url="https://arxiv.org/abs/2109.08668",
    ),
    see_also=(_METAFORMER,),
)

# --- star_relu --------------------------------------------------------------
# s relu(x)^2 + b (Yu et al., MetaFormer Baselines).  s relu(x)^2 is formed as a
# double-double (Dekker) and b added with an exact two-sum, so f keeps its relative
# accuracy next to its zero at x = sqrt(-b/s).

_STAR_S = 2.0 / math.sqrt(5.0)  # 0.8944: (relu(x)^2 - 1/2) / sqrt(5/4) for x ~ N(0, 1)
_STAR_B = -1.0 / math.sqrt(5.0)  # -0.4472
_DD_X = 1e100  # below, x^2 and s x^2 are split exactly


def _star(x: FloatArray, s: float, b: float) -> FloatArray:
    xp = np.maximum(x, 0.0)
    xd = np.minimum(xp, _DD_X)
    p, pe = _two_prod(xd, xd)
    q, qe = _two_prod(s, p)
    hi, lo = _two_sum(q, b)
    dd = hi + (lo + (qe + s * pe))
    return _arr(np.where(xp < _DD_X, dd, _sat_prod(s, xp, xp) + b))


def _star_d1(x: FloatArray, s: float, b: float) -> FloatArray:
    return _sat_prod(2.0 * s, np.maximum(x, 0.0))


def _star_d2(x: FloatArray, s: float, b: float) -> FloatArray:
    return _arr(np.where(x > 0.0, 2.0 * s, 0.0))


def _star_module(s: float, b: float) -> str:
    init = (
        f"    def __init__(self, s={format_number(s)}, b={format_number(b)}):\n"
        "        super().__init__()\n"
        "        self.s = torch.nn.Parameter(torch.tensor(s))  # learnable scale\n"
        "        self.b = torch.nn.Parameter(torch.tensor(b))  # learnable bias"
    )
    forward = "        return self.s * torch.relu(x) ** 2 + self.b"
    return _module("StarReLU", init, forward, "s * relu(x)^2 + b (Yu et al., MetaFormer).")


STAR_RELU = Activation(
    id="star_relu",
    name="StarReLU",
    family=Family.RELU,
    f=_star,
    df=_star_d1,
    d2f=_star_d2,
    params=(
        NumberParam("s", _STAR_S, 0.0, 4.0, 0.05, doc="scale of relu(x)^2 (learned)"),
        NumberParam("b", _STAR_B, -4.0, 4.0, 0.05, doc="bias added everywhere (learned)"),
    ),
    kinks=lambda s, b: (0.0,) if s != 0.0 else (),
    torch_module=_star_module,
    learnable=("s", "b"),
    convention="f''(0) = 0, the limit from the left (2s from the right); f'(0) = 0",
    aliases=("starrelu",),
    reference=_METAFORMER,
)

# --- xielu ------------------------------------------------------------------
# Huang & Schlag: x > 0: alpha_p x^2 + beta x;  x <= 0: alpha_n (e^x - 1 - x) + beta x.
# f' = 2 alpha_p x + beta | alpha_n expm1(x) + beta;  f'' = 2 alpha_p | alpha_n e^x.
# f and f' are continuous at 0 (f'(0) = beta); f'' jumps unless alpha_n = 2 alpha_p
# (then f''' does: C^2).  e^x - 1 - x is a series for |x| <= 1/2.

_EM_COEF = tuple(1.0 / math.factorial(n) for n in range(2, 19))


def _expm1_minus_x(x: FloatArray) -> FloatArray:
    """e^x - 1 - x for x <= 0, to a few ulp (Maclaurin series for |x| <= 1/2)."""
    xs = np.maximum(x, -0.5)
    acc = np.full_like(xs, _EM_COEF[-1])
    for c in _EM_COEF[-2::-1]:
        acc = acc * xs + c
    series = xs * xs * acc
    xb = np.clip(x, -1e300, -0.5)
    return _arr(np.where(x >= -0.5, series, np.expm1(xb) - xb))


def _xielu(x: FloatArray, alpha_p: float, alpha_n: float, beta: float) -> FloatArray:
    right = _sat_prod(x, _sat_prod(alpha_p, np.maximum(x, 0.0)) + beta)
    xn = np.minimum(x, 0.0)
    near = alpha_n * _expm1_minus_x(np.maximum(xn, -1.0)) + beta * np.maximum(xn, -1.0)
    far = _sat_prod(beta - alpha_n, np.minimum(xn, -1.0)) + alpha_n * np.expm1(np.minimum(xn, -1.0))
    return _arr(np.where(x > 0.0, right, np.where(x >= -1.0, near, far)))


def _xielu_d1(x: FloatArray, alpha_p: float, alpha_n: float, beta: float) -> FloatArray:
    right = _sat_prod(2.0 * alpha_p, np.maximum(x, 0.0)) + beta
    xn = np.minimum(x, 0.0)
    # near 0 alpha_n expm1(x) + beta keeps f' ~ beta + alpha_n x exact (beta = 0);
    # below -1, (beta - alpha_n) + alpha_n e^x, where beta - alpha_n is exact when the
    # two are close (Sterbenz) and f'(-inf) = beta - alpha_n is small
    near = alpha_n * np.expm1(xn) + beta
    far = (beta - alpha_n) + alpha_n * np.exp(xn)
    return _arr(np.where(x > 0.0, right, np.where(x > -1.0, near, far)))


def _xielu_d2(x: FloatArray, alpha_p: float, alpha_n: float, beta: float) -> FloatArray:
    return _arr(np.where(x > 0.0, 2.0 * alpha_p, alpha_n * np.exp(np.minimum(x, 0.0))))


def _xielu_module(alpha_p: float, alpha_n: float, beta: float) -> str:
    init = (
        f"    def __init__(self, alpha_p={format_number(alpha_p)}, "
        f"alpha_n={format_number(alpha_n)}, beta={format_number(beta)}):\n"
        "        super().__init__()\n"
        "        # learned; the paper keeps alpha_p > 0 and alpha_n > beta by training\n"
        "        # them through softplus: alpha_p = softplus(p), alpha_n = beta + softplus(n)\n"
        "        self.alpha_p = torch.nn.Parameter(torch.tensor(alpha_p))\n"
        "        self.alpha_n = torch.nn.Parameter(torch.tensor(alpha_n))\n"
        "        self.beta = beta"
    )
    forward = (
        "        neg = torch.clamp(x, max=0.0)\n"
        "        left = self.alpha_n * (torch.expm1(neg) - x) + self.beta * x\n"
        "        right = self.alpha_p * x * x + self.beta * x\n"
        "        return torch.where(x > 0, right, left)"
    )
    return _module("XIELU", init, forward, "xIELU (Huang & Schlag).")


XIELU = Activation(
    id="xielu",
    name="xIELU",
    family=Family.RELU,
    f=_xielu,
    df=_xielu_d1,
    d2f=_xielu_d2,
    params=(
        NumberParam(
            "alpha_p", 0.8, 0.0, 4.0, 0.05, doc="curvature for x > 0: alpha_p x^2 (learned)"
        ),
        NumberParam(
            "alpha_n", 0.8, 0.0, 4.0, 0.05, doc="weight of the exponential for x <= 0 (learned)"
        ),
        NumberParam("beta", 0.5, 0.0, 2.0, 0.05, doc="slope at 0 (fixed at 0.5 in the paper)"),
    ),
    # f'' jumps at 0 unless alpha_n = 2 alpha_p; even then f''' does (C^2): always listed
    kinks=lambda alpha_p, alpha_n, beta: (0.0,),
    torch_module=_xielu_module,
    learnable=("alpha_p", "alpha_n"),
    convention=(
        "f''(0) = alpha_n, the limit from the left (2 alpha_p from the right); f'(0) = beta"
    ),
    aliases=("expanded_integral_elu",),
    reference=Reference(
        authors=("Huang, Allen Hao", "Schlag, Imanol"),
        year=2024,
        title="Deriving Activation Functions Using Integration",
        venue="arXiv preprint arXiv:2411.13010",
        url="https://arxiv.org/abs/2411.13010",
    ),
)

# --- golu -------------------------------------------------------------------
# Das et al.: x G(x), G = exp(-e^-x) (the Gompertz function, CDF of the standard
# Gumbel distribution).  With E = e^-x:  G' = G E,  G'' = G E (E - 1);
# f' = G (1 + x E),  f'' = G E (2 + x (E - 1)),  E - 1 = expm1(-x).
# For x < -8, G = exp(-2981) = 0 already; x is clipped there inside exp.

_GOLU_LOW = -8.0


def _golu_parts(x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(xl, E, G): x clipped below at -8, e^-xl, exp(-e^-xl)."""
    xl = np.maximum(x, _GOLU_LOW)
    e = np.exp(-xl)
    return xl, e, np.exp(-e)


def _golu(x: FloatArray) -> FloatArray:
    _, _, g = _golu_parts(x)
    return _arr(x * g)


def _golu_d1(x: FloatArray) -> FloatArray:
    xl, e, g = _golu_parts(x)
    # x >= 0: x E = x e^-x applied in halves (e^-x is subnormal for x > 708);
    # x < -8: G = 0, and xl keeps xl E finite
    xe = np.where(xl >= 0.0, _mul_exp(xl, -np.maximum(xl, 0.0)), xl * e)
    return _arr(g * (1.0 + xe))


def _golu_d2(x: FloatArray) -> FloatArray:
    xl, e, g = _golu_parts(x)
    b = 2.0 + xl * np.expm1(-xl)
    right = _mul_exp(g * b, -np.maximum(xl, 0.0))
    left = (g * e) * b
    return _arr(np.where(xl >= 0.0, right, left))


GOLU = Activation(
    id="golu",
    name="GoLU",
    family=Family.GATED,
    f=_blocked(_golu),
    df=_blocked(_golu_d1),
    d2f=_blocked(_golu_d2),
    torch_module=lambda: _module(
        "GoLU",
        "",
        "        # exp(-exp(20)) is 0 already: the clamp only keeps gradients finite\n"
        "        return x * torch.exp(-torch.exp(-torch.clamp(x, min=-20.0)))",
        "x * exp(-exp(-x)), the Gompertz linear unit (Das et al. 2025).",
    ),
    convention=_SMOOTH,
    aliases=("gompertz_linear_unit",),
    reference=Reference(
        authors=(
            "Das, Indrashis",
            "Safari, Mahmoud",
            "Adriaensen, Steven",
            "Hutter, Frank",
        ),
        year=2025,
        title="Gompertz Linear Units: Leveraging Asymmetry for Enhanced Learning Dynamics",
        venue="Advances in Neural Information Processing Systems (NeurIPS)",
        url="https://arxiv.org/abs/2502.03654",
    ),
)

# --- laplace ----------------------------------------------------------------
# MEGA (Ma et al.): Phi((x - mu)/sigma) = erfc(w)/2 with w = (mu - x)/(sigma sqrt 2).
# f' = exp(-w^2)/(sigma sqrt(2 pi)),  f'' = w exp(-w^2)/(sigma^2 sqrt pi).
# w is formed as w_hi + w_lo (exact two-sum of mu - x, double-double sigma sqrt 2),
# and erfc(w_hi + w_lo) = erfc(w_hi) - w_lo (2/sqrt pi) exp(-w_hi^2), so the tail keeps
# its relative accuracy (the rounding of w alone would cost ~w^2 ulp).

_LAPLACE_MU = 0.707107  # the official code's value: sqrt(1/2) to six digits
_LAPLACE_SIGMA = 0.282095  # sqrt(1/(4 pi)) to six digits
_SQRT2_HI = 1.4142135623730951
_SQRT2_LO = -9.667293313452913e-17  # sqrt(2) - _SQRT2_HI
_W_CLIP = 40.0  # erfc(40) and exp(-1600) are 0


def _laplace_w(x: FloatArray, mu: float, sigma: float) -> tuple[FloatArray, FloatArray]:
    """(w_hi, w_lo): w = (mu - x)/(sigma sqrt 2) to about 2**-104 relative, |w| <= 40."""
    c_hi, c_err = _two_prod(sigma, _SQRT2_HI)
    c_lo = float(c_err) + sigma * _SQRT2_LO
    span = 1e3 * sigma
    xc = np.clip(x, mu - span, mu + span)  # |w| <= 708: erfc is 0 or 2 beyond 40
    d, d_err = _two_sum(mu, -xc)
    w = d / float(c_hi)
    p, p_err = _two_prod(w, float(c_hi))
    w_lo = (((d - p) - p_err) + d_err - w * c_lo) / float(c_hi)
    wc = np.clip(w, -_W_CLIP, _W_CLIP)
    return _arr(wc), _arr(np.where(np.abs(w) > _W_CLIP, 0.0, w_lo))


def _laplace(x: FloatArray, mu: float, sigma: float) -> FloatArray:
    w, w_lo = _laplace_w(x, mu, sigma)
    g = _gauss(np.full_like(w, _TWO_OVER_SQRTPI), w, 1.0)
    return _arr(0.5 * (nm.erfc(w) - w_lo * g))


def _laplace_d1(x: FloatArray, mu: float, sigma: float) -> FloatArray:
    w, w_lo = _laplace_w(x, mu, sigma)
    c = 0.5 * _INV_SQRTPI * _SQRT2_HI / sigma  # 1/(sigma sqrt(2 pi))
    return _arr(_gauss(np.full_like(w, c), w, 1.0) * (1.0 - 2.0 * w * w_lo))


def _laplace_d2(x: FloatArray, mu: float, sigma: float) -> FloatArray:
    w, w_lo = _laplace_w(x, mu, sigma)
    c = _INV_SQRTPI / (sigma * sigma)
    return _arr(_gauss(c * (w + w_lo), w, 1.0) * (1.0 - 2.0 * w * w_lo))


def _laplace_module(mu: float, sigma: float) -> str:
    init = (
        f"    def __init__(self, mu={format_number(mu)}, sigma={format_number(sigma)}):\n"
        "        super().__init__()\n"
        "        self.mu = mu\n"
        "        self.sigma = sigma"
    )
    forward = (
        "        z = (x - self.mu) / (self.sigma * 2.0**0.5)\n"
        "        return 0.5 * (1.0 + torch.erf(z))"
    )
    return _module("Laplace", init, forward, "MEGA's Laplace attention function (Ma et al.).")


LAPLACE = Activation(
    id="laplace",
    name="Laplace (MEGA)",
    family=Family.SIGMOIDAL,
    f=_blocked(_laplace),
    df=_blocked(_laplace_d1),
    d2f=_blocked(_laplace_d2),
    params=(
        NumberParam("mu", _LAPLACE_MU, -5.0, 5.0, 0.05, doc="centre: f(mu) = 1/2"),
        NumberParam(
            "sigma",
            _LAPLACE_SIGMA,
            0.01,
            10.0,
            0.01,
            doc="width of the step (a standard deviation)",
        ),
    ),
    torch_module=_laplace_module,
    convention=_SMOOTH,
    aliases=("laplace_attention",),
    reference=Reference(
        authors=(
            "Ma, Xuezhe",
            "Zhou, Chunting",
            "Kong, Xiang",
            "He, Junxian",
            "Gui, Liangke",
            "Neubig, Graham",
            "May, Jonathan",
            "Zettlemoyer, Luke",
        ),
        year=2023,
        title="Mega: Moving Average Equipped Gated Attention",
        venue="International Conference on Learning Representations (ICLR)",
        url="https://arxiv.org/abs/2209.10655",
    ),
)

# --- the GLU family on the line b = k a ----------------------------------------

_K_PARAM = NumberParam(
    "k",
    1.0,
    -4.0,
    4.0,
    0.05,
    doc="slope of the line b = k a along which the two-input unit is drawn",
)

_SHAZEER = Reference(
    authors=("Shazeer, Noam",),
    year=2020,
    title="GLU Variants Improve Transformer",
    venue="arXiv preprint arXiv:2002.05202",
    url="https://arxiv.org/abs/2002.05202",
)
_DAUPHIN = Reference(
    authors=("Dauphin, Yann N.", "Fan, Angela", "Auli, Michael", "Grangier, David"),
    year=2017,
    title="Language Modeling with Gated Convolutional Networks",
    venue="Proceedings of the 34th International Conference on Machine Learning (ICML)",
    url="https://arxiv.org/abs/1612.08083",
)


def _glu_module(name: str, gate: str, doc: str, extra: str = "", extra_init: str = "") -> str:
    """The real two-projection module: a = W x, b = V x, returns a * gate(b)."""
    init = (
        f"    def __init__(self, d_in, d_hidden{extra}, bias=False):\n"
        "        super().__init__()\n"
        "        self.w = torch.nn.Linear(d_in, d_hidden, bias=bias)  # a = W x\n"
        "        self.v = torch.nn.Linear(d_in, d_hidden, bias=bias)  # b = V x, the gate's input"
        + extra_init
    )
    forward = f"        a, b = self.w(x), self.v(x)\n        return a * {gate}"
    return _module(name, init, forward, doc)


GLU = Activation(
    id="glu",
    name="GLU",
    family=Family.GLU,
    f=lambda x, k: _xsig(x, k),
    df=lambda x, k: _xsig_d1(x, k),
    d2f=lambda x, k: _xsig_d2(x, k),
    fused=fx.blocked(_xsig_fused),
    params=(_K_PARAM,),
    torch_code=lambda k: "torch.nn.GLU(dim=-1)",
    keras_code=lambda k: "keras.activations.glu",
    convention=_SMOOTH,
    aliases=("gated_linear_unit",),
    reference=_DAUPHIN,
    see_also=(_SHAZEER,),
)

# bilinear: a b -> k x^2


def _bilinear(x: FloatArray, k: float) -> FloatArray:
    return _sat_prod(k, x, x)


def _bilinear_d1(x: FloatArray, k: float) -> FloatArray:
    return _sat_prod(2.0 * k, x)


def _bilinear_d2(x: FloatArray, k: float) -> FloatArray:
    return _arr(np.full_like(x, 2.0 * k))


BILINEAR = Activation(
    id="bilinear",
    name="Bilinear (GLU)",
    family=Family.GLU,
    f=_bilinear,
    df=_bilinear_d1,
    d2f=_bilinear_d2,
    params=(_K_PARAM,),
    torch_module=lambda k: _glu_module(
        "Bilinear", "b", "a * b with a = W x, b = V x: a GLU without its sigmoid (Shazeer 2020)."
    ),
    convention=_SMOOTH,
    aliases=("bilinear_glu",),
    reference=_SHAZEER,
    see_also=(_DAUPHIN,),
)

# reglu: a relu(b) -> x relu(k x) = k x^2 where k x > 0


def _reglu_on(x: FloatArray, k: float) -> fx.BoolArray:
    return (x > 0.0) if k > 0.0 else (x < 0.0) if k < 0.0 else np.zeros_like(x, dtype=bool)


def _reglu(x: FloatArray, k: float) -> FloatArray:
    return _arr(np.where(_reglu_on(x, k), _sat_prod(k, x, x), 0.0))


def _reglu_d1(x: FloatArray, k: float) -> FloatArray:
    return _arr(np.where(_reglu_on(x, k), _sat_prod(2.0 * k, x), 0.0))


def _reglu_d2(x: FloatArray, k: float) -> FloatArray:
    on = _reglu_on(x, k) | ((x == 0.0) & (k < 0.0))  # at 0: the limit from the left
    return _arr(np.where(on, 2.0 * k, 0.0))


REGLU = Activation(
    id="reglu",
    name="ReGLU",
    family=Family.GLU,
    f=_reglu,
    df=_reglu_d1,
    d2f=_reglu_d2,
    params=(_K_PARAM,),
    kinks=lambda k: (0.0,) if k != 0.0 else (),
    torch_module=lambda k: _glu_module(
        "ReGLU", "torch.relu(b)", "a * relu(b) with a = W x, b = V x (Shazeer 2020)."
    ),
    convention=(
        "f''(0) is the limit from the left: 2k for k < 0, 0 for k > 0 (the right limit is "
        "the other one); f'(0) = 0"
    ),
    reference=_SHAZEER,
)

# geglu: a gelu(b) -> x gelu(u), u = k x.  With G(u) = u R(u) (R = Phi, or S = sigmoid(2v),
# v = K (u + A u^3) for the tanh form): f = k x^2 R(u);
#   exact: f' = k x (2 Phi + u phi),  f'' = k (2 Phi + u phi (4 - u^2));
#   tanh:  f' = k x (2 S + 2 u v' T),  f'' = k (2 S + T (8 u v' + 2 u^2 v'' - 4 u^2 v'^2 tanh v)),
#          T = S (1 - S).


def _geglu_tanh_parts(
    x: FloatArray, k: float
) -> tuple[FloatArray, FloatArray, FloatArray, fx.BoolArray, FloatArray, FloatArray]:
    """(u, v, v', neg, h, r): u = k x clipped to +-1e3, v and v' of the tanh form,
    neg = v < 0, h = exp(-|v|), r = 1/(1 + h^2); S = r (v >= 0) or h^2 r (v < 0)."""
    u = _line(x, k, 1e3)
    u2 = u * u
    v = _GELU_K * (u * (1.0 + _GELU_A * u2))
    dv = _GELU_K * (1.0 + 3.0 * _GELU_A * u2)
    neg, h, e = _sigmoid_parts(2.0 * v)
    return u, v, dv, neg, h, 1.0 / (1.0 + e)


def _geglu(x: FloatArray, k: float, approximate: str) -> FloatArray:
    if approximate == "tanh":
        _, _, _, neg, h, r = _geglu_tanh_parts(x, k)
        hh = np.where(neg, h, 1.0)
        return _sat_prod(k, x, x, r, hh, hh)
    return _sat_prod(k, x, x, _phi_big(_line(x, k, 1e4)))


def _geglu_d1(x: FloatArray, k: float, approximate: str) -> FloatArray:
    if approximate == "tanh":
        u, _, dv, neg, h, r = _geglu_tanh_parts(x, k)
        e = h * h
        left = r * (2.0 + 2.0 * u * dv * r)  # times e
        right = 2.0 * r + 2.0 * u * dv * ((e * r) * r)
        hh = np.where(neg, h, 1.0)
        return _sat_prod(k, x, np.where(neg, left, right), hh, hh)
    u = _line(x, k, _W_CLIP)
    b = 2.0 * _phi_big(_line(x, k, 1e4)) + _gauss(u * _INV_SQRT_2PI, u)
    return _sat_prod(k, x, b)


def _geglu_d2(x: FloatArray, k: float, approximate: str) -> FloatArray:
    if approximate == "tanh":
        u, v, dv, neg, h, r = _geglu_tanh_parts(x, k)
        e = h * h
        tanh_v = np.copysign((1.0 - e) * r, v)
        d2v = 6.0 * _GELU_A * _GELU_K * u
        c = 8.0 * u * dv + 2.0 * u * u * d2v - 4.0 * u * u * dv * dv * tanh_v
        left = k * r * (2.0 + r * c)  # times e
        right = k * (2.0 * r + ((e * r) * r) * c)
        return _arr(np.where(neg, (left * h) * h, right))
    u = _line(x, k, _W_CLIP)
    g = _gauss(u * (2.0 - u) * (2.0 + u) * _INV_SQRT_2PI, u)
    return _arr(k * (2.0 * _phi_big(_line(x, k, 1e4)) + g))


def _geglu_module(k: float, approximate: str) -> str:
    return _glu_module(
        "GEGLU",
        "torch.nn.functional.gelu(b, approximate=self.approximate)",
        "a * gelu(b) with a = W x, b = V x (Shazeer 2020).",
        extra=f", approximate={approximate!r}",
        extra_init="\n        self.approximate = approximate",
    )


GEGLU = Activation(
    id="geglu",
    name="GEGLU",
    family=Family.GLU,
    f=_blocked(_geglu),
    df=_blocked(_geglu_d1),
    d2f=_blocked(_geglu_d2),
    params=(
        _K_PARAM,
        ChoiceParam(
            "approximate",
            "none",
            ("none", "tanh"),
            doc="the gate's GELU: 'none' exact b*Phi(b), 'tanh' PyTorch's tanh form",
        ),
    ),
    torch_module=_geglu_module,
    convention=_SMOOTH,
    reference=_SHAZEER,
)

# swiglu: a swish_beta(b) -> x u sigmoid(beta u), u = k x, t = beta u:
#   f = k x^2 s(t),  f' = k x (2 s + t s'),  f'' = k (2 s + t s' (4 - t tanh(t/2))).


def _swiglu_parts(
    x: FloatArray, k: float, beta: float
) -> tuple[FloatArray, fx.BoolArray, FloatArray, FloatArray, FloatArray]:
    """(t, neg, h, e, r): t = beta k x clipped to +-1500, t < 0, exp(-|t|/2), h^2, 1/(1+e)."""
    # the cap on k x: _T_MAX / beta, or no cap where that would overflow (beta ~ 5e-324)
    cap = _T_MAX / beta if beta >= _T_MAX / _MAX else _MAX
    t = beta * _line(x, k, cap) if beta > 0.0 else np.zeros_like(x)
    neg, h, e = _sigmoid_parts(t)
    return t, neg, h, e, 1.0 / (1.0 + e)


def _swiglu(x: FloatArray, k: float, beta: float) -> FloatArray:
    _, neg, h, _, r = _swiglu_parts(x, k, beta)
    hh = np.where(neg, h, 1.0)
    return _sat_prod(k, x, x, r, hh, hh)


def _swiglu_d1(x: FloatArray, k: float, beta: float) -> FloatArray:
    t, neg, h, e, r = _swiglu_parts(x, k, beta)
    left = r * (2.0 + t * r)  # times e
    right = 2.0 * r + t * ((e * r) * r)
    hh = np.where(neg, h, 1.0)
    return _sat_prod(k, x, np.where(neg, left, right), hh, hh)


def _swiglu_d2(x: FloatArray, k: float, beta: float) -> FloatArray:
    t, neg, h, e, r = _swiglu_parts(x, k, beta)
    c = 4.0 - np.abs(t) * ((1.0 - e) * r)  # 4 - t tanh(t/2)
    left = k * r * (2.0 + t * r * c)  # times e
    right = k * (2.0 * r + t * ((e * r) * r) * c)
    return _arr(np.where(neg, (left * h) * h, right))


def _swiglu_module(k: float, beta: float) -> str:
    return _glu_module(
        "SwiGLU",
        "b * torch.sigmoid(self.beta * b)",
        "a * swish_beta(b) with a = W x, b = V x (Shazeer 2020); beta = 1 gives a * silu(b).",
        extra=f", beta={format_number(beta)}",
        extra_init="\n        self.beta = beta",
    )


SWIGLU = Activation(
    id="swiglu",
    name="SwiGLU",
    family=Family.GLU,
    f=_blocked(_swiglu),
    df=_blocked(_swiglu_d1),
    d2f=_blocked(_swiglu_d2),
    params=(
        _K_PARAM,
        NumberParam(
            "beta", 1.0, 0.0, 10.0, 0.05, doc="steepness of the gate's swish: b sigmoid(beta b)"
        ),
    ),
    torch_module=_swiglu_module,
    convention=_SMOOTH,
    reference=_SHAZEER,
)


ACTIVATIONS: tuple[Activation, ...] = (
    QUICK_GELU,
    SQUARED_RELU,
    STAR_RELU,
    XIELU,
    GOLU,
    LAPLACE,
    GLU,
    BILINEAR,
    REGLU,
    GEGLU,
    SWIGLU,
)
