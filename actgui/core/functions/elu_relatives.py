"""Relatives of ELU, ReLU and softplus: PELU, MPELU, PDELU, SERLU, shifted softplus,
SLU, SmeLU, FReLU, NLReLU and RePU.

None of them is a PyTorch or Keras built-in (SmeLU with beta = 1 is Keras'
``sparse_plus``), so conventions at kinks are the limits from the left and each
function carries a short ``torch.nn.Module`` the user can paste.

Numerics follow the rest of the catalog: every branch is evaluated on x clipped
into the interval where it applies (so the branch ``np.where`` discards cannot
overflow), small factors ``exp(t)`` (t <= 0) multiplying larger ones are applied
as two halves (:func:`_mul_exp`) so that the product is rounded once where
``exp(t)`` alone would be subnormal, and results beyond float64 saturate at
+-MAX.

Why this module is long: it is a catalog of 10 functions, each a self-contained
block (its kernels for f, f', f'', a fused kernel where one pays, then its
``Activation`` entry); a reader holds one block at a time, and splitting the family across
files would only scatter the shared helpers.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from .. import _numeric as nm
from ..spec import Activation, Family, FloatArray, NumberParam, Reference
from ..spec import format_number as _num

BoolArray = NDArray[np.bool_]

_MAX = nm.MAX
_LN2 = 0.6931471805599453  # ln 2 rounded to float64


def _arr(a: FloatArray | float) -> FloatArray:
    """Kernel results as float64 ndarrays (numpy ufuncs turn 0-d arrays into scalars)."""
    return np.asarray(a, dtype=np.float64)


def _mul_exp(c: FloatArray | float, t: FloatArray) -> FloatArray:
    """c * exp(t) for t <= 0, rounded once even when exp(t) alone is subnormal."""
    h = np.exp(0.5 * t)
    return (c * h) * h


def _scaled(a: float, x: FloatArray) -> FloatArray:
    """a * x for a >= 0, saturated at +-MAX instead of overflowing."""
    if a <= 1.0:
        return a * x
    lim = _MAX / a * (1.0 - 2.0**-50)
    return np.where(np.abs(x) < lim, a * np.clip(x, -lim, lim), np.copysign(_MAX, x))


def _module(name: str, args: dict[str, float], learn: tuple[str, ...], body: str) -> str:
    """A pasteable ``torch.nn.Module``: constructor arguments default to ``args``
    (the learnable ones become ``nn.Parameter``), ``body`` is the forward's code."""
    sig = ", ".join(f"{k}={_num(v)}" for k, v in args.items())
    lines = ["import math", ""] if "math." in body else []
    lines += ["import torch", "", "", f"class {name}(torch.nn.Module):"]
    lines.append(f"    def __init__(self{', ' + sig if sig else ''}):")
    lines.append("        super().__init__()")
    for k in args:
        if k in learn:
            lines.append(f"        self.{k} = torch.nn.Parameter(torch.tensor(float({k})))")
        else:
            lines.append(f"        self.{k} = {k}")
    lines.append("")
    lines.append("    def forward(self, x):")
    lines.extend("        " + line for line in body.strip().splitlines())
    return "\n".join(lines) + "\n"


# --- pelu ---------------------------------------------------------------
# Trottier, Giguere & Chaib-draa 2017: (a/b) x for x >= 0, a (e^{x/b} - 1) for
# x < 0, a, b > 0 learned (initialised to 1: ELU).  f' = a/b on both sides of 0,
# so PELU is C^1 for every a, b; f'' jumps from a/b^2 (left) to 0.  x/b is formed
# only for x in [-1600 b, 0] (e^-1600 = 0).


def _pelu_z(x: FloatArray, b: float) -> FloatArray:
    return np.clip(x, -1600.0 * b, 0.0) / b


def _pelu(x: FloatArray, a: float, b: float) -> FloatArray:
    return _arr(np.where(x >= 0, _scaled(a / b, x), a * np.expm1(_pelu_z(x, b))))


def _pelu_d1(x: FloatArray, a: float, b: float) -> FloatArray:
    return _arr(np.where(x > 0, a / b, _mul_exp(a / b, _pelu_z(x, b))))


def _pelu_d2(x: FloatArray, a: float, b: float) -> FloatArray:
    return _arr(np.where(x > 0, 0.0, _mul_exp(a / b / b, _pelu_z(x, b))))


PELU = Activation(
    id="pelu",
    name="PELU",
    family=Family.RELU,
    f=_pelu,
    df=_pelu_d1,
    d2f=_pelu_d2,
    params=(
        NumberParam("a", 1.0, 0.1, 10.0, 0.05, doc="saturation value -a for x -> -inf (learned)"),
        NumberParam(
            "b", 1.0, 0.1, 10.0, 0.05, doc="scale of the exponential decay; slope a/b for x > 0"
        ),
    ),
    kinks=lambda a, b: (0.0,),
    torch_module=lambda a, b: _module(
        "PELU",
        {"a": a, "b": b},
        ("a", "b"),
        "neg = self.a * torch.expm1(torch.clamp(x, max=0.0) / self.b)\n"
        "return torch.where(x >= 0, self.a / self.b * x, neg)",
    ),
    learnable=("a", "b"),
    convention="f'(0) = a/b from both sides; f''(0) = a/b², the limit from the left (0 right)",
    aliases=("parametric_elu",),
    reference=Reference(
        authors=("Trottier, Ludovic", "Giguère, Philippe", "Chaib-draa, Brahim"),
        year=2017,
        title="Parametric Exponential Linear Unit for Deep Convolutional Neural Networks",
        venue="16th IEEE International Conference on Machine Learning and Applications (ICMLA)",
        url="https://arxiv.org/abs/1605.09332",
    ),
)

# --- mpelu --------------------------------------------------------------
# Li, Fan, Li, Wu & Ming 2018: x for x > 0, alpha (e^{beta x} - 1) for x <= 0,
# alpha and beta learned per channel (initialised to 1: ELU).  alpha = 1/beta is
# CELU, beta -> 0 with alpha beta = s fixed is a leaky ReLU of slope s.  Left
# limits at 0: f' = alpha beta, f'' = alpha beta^2.


def _mpelu_z(x: FloatArray, beta: float) -> FloatArray:
    return beta * np.clip(x, -1600.0 / beta, 0.0)


def _mpelu(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    return _arr(np.where(x > 0, x, alpha * np.expm1(_mpelu_z(x, beta))))


def _mpelu_d1(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    return _arr(np.where(x > 0, 1.0, _mul_exp(alpha * beta, _mpelu_z(x, beta))))


def _mpelu_d2(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    return _arr(np.where(x > 0, 0.0, _mul_exp(alpha * beta * beta, _mpelu_z(x, beta))))


MPELU = Activation(
    id="mpelu",
    name="MPELU",
    family=Family.RELU,
    f=_mpelu,
    df=_mpelu_d1,
    d2f=_mpelu_d2,
    params=(
        NumberParam("alpha", 1.0, 0.0, 10.0, 0.05, doc="saturation value -alpha (learned)"),
        NumberParam(
            "beta", 1.0, 0.01, 10.0, 0.05, doc="rate of the exponential for x < 0 (learned)"
        ),
    ),
    kinks=lambda alpha, beta: (0.0,),
    torch_module=lambda alpha, beta: _module(
        "MPELU",
        {"alpha": alpha, "beta": beta},
        ("alpha", "beta"),
        "neg = self.alpha * torch.expm1(self.beta * torch.clamp(x, max=0.0))\n"
        "return torch.where(x > 0, x, neg)",
    ),
    learnable=("alpha", "beta"),
    convention="f'(0) = alpha·beta, f''(0) = alpha·beta², the limits from the left (1 and 0 right)",
    aliases=("multiple_parametric_elu",),
    reference=Reference(
        authors=("Li, Yang", "Fan, Chunxiao", "Li, Yong", "Wu, Qiong", "Ming, Yue"),
        year=2018,
        title="Improving deep neural network with Multiple Parametric Exponential Linear Units",
        venue="Neurocomputing 301, 11–24",
        url="https://doi.org/10.1016/j.neucom.2018.01.084",
    ),
)

# --- pdelu --------------------------------------------------------------
# Cheng, Li, Wu, Ma & Ngan 2020 (and their Caffe layer): x for x > 0, else
# alpha (E_t(x) - 1) with the deformed exponential E_t(x) = [max(0, u)]^{1/(1-t)},
# u = 1 + (1 - t) x; t -> 1 is e^x (ELU).  With d = 1 - t and g = ln E_t = ln(u)/d:
# f' = alpha u^{t/(1-t)} = alpha e^{t g},  f'' = alpha t u^{(2t-1)/(1-t)} = alpha t e^{(2t-1) g}.
# For t < 1, E_t = 0 for x <= -1/(1 - t): f = -alpha there (flat); t >= 0.5 keeps
# f'' bounded (it is continuous there for t > 0.5 and jumps for t = 0.5).  u is
# formed exactly (Dekker product): near that point it is tiny and its digits matter.


def _two_prod(a: float, x: FloatArray) -> tuple[FloatArray, FloatArray]:
    """(p, e) with p = fl(a x) and p + e = a x exactly (Dekker), |a x| < 1e290."""
    p = a * x
    ca = 134217729.0 * a
    ah = ca - (ca - a)
    al = a - ah
    cx = 134217729.0 * x
    xh = cx - (cx - x)
    xl = x - xh
    e = ((ah * xh - p) + ah * xl + al * xh) + al * xl
    return p, e


def _pdelu_g(x: FloatArray, t: float) -> tuple[FloatArray, BoolArray]:
    """(g, dead): g = ln E_t(min(x, 0)) (0 where dead), dead = E_t(x) = 0 (t < 1 only)."""
    xn = np.minimum(x, 0.0)
    if t == 1.0:
        return np.maximum(xn, -1e4), np.zeros(x.shape, dtype=bool)
    d = 1.0 - t  # exact for t >= 0.5
    if d < 0:
        # u = 1 + |d| |x| >= 1; for |x| > 1e100, ln u = ln|d| + ln|x| to the last bit
        big = xn < -1e100
        xs = np.maximum(xn, -1e100)
        p, e = _two_prod(d, xs)
        lu = np.where(big, math.log(-d) + np.log(-np.minimum(xn, -1e100)), np.log1p(p + e))
        return lu / d, np.zeros(x.shape, dtype=bool)
    xs = np.maximum(xn, -2.0 / d)  # beyond, u < 0: dead
    p, e = _two_prod(d, xs)
    u = (1.0 + p) + e  # 1 + p is exact where u is small (Sterbenz)
    dead = u <= 0.0
    small = u < 0.5
    lu = np.where(
        small, np.log(np.where(small & ~dead, u, 1.0)), np.log1p(np.where(small, 0.0, p + e))
    )
    return np.where(dead, 0.0, lu / d), dead


def _pdelu(x: FloatArray, alpha: float, t: float) -> FloatArray:
    g, dead = _pdelu_g(x, t)
    neg = np.where(dead, -alpha, alpha * np.expm1(g))
    return _arr(np.where(x > 0, x, neg))


def _pdelu_d1(x: FloatArray, alpha: float, t: float) -> FloatArray:
    g, dead = _pdelu_g(x, t)
    neg = np.where(dead, 0.0, _mul_exp(alpha, t * g))
    return _arr(np.where(x > 0, 1.0, neg))


def _pdelu_d2(x: FloatArray, alpha: float, t: float) -> FloatArray:
    g, dead = _pdelu_g(x, t)
    neg = np.where(dead, 0.0, _mul_exp(alpha * t, (2.0 * t - 1.0) * g))
    return _arr(np.where(x > 0, 0.0, neg))


def _pdelu_kinks(alpha: float, t: float) -> tuple[float, ...]:
    return (-1.0 / (1.0 - t), 0.0) if t < 1 else (0.0,)


PDELU_BODY = """\
xn = torch.clamp(x, max=0.0)
if self.t == 1.0:
    neg = torch.expm1(xn)
else:
    u = torch.clamp(1.0 + (1.0 - self.t) * xn, min=0.0)
    neg = u ** (1.0 / (1.0 - self.t)) - 1.0
return torch.where(x > 0, x, self.alpha * neg)
"""

PDELU = Activation(
    id="pdelu",
    name="PDELU",
    family=Family.RELU,
    f=_pdelu,
    df=_pdelu_d1,
    d2f=_pdelu_d2,
    params=(
        NumberParam("alpha", 1.0, 0.0, 10.0, 0.05, doc="saturation value -alpha (learned)"),
        NumberParam("t", 1.5, 0.5, 30.0, 0.1, doc="deformation of the exponential (t = 1 is ELU)"),
    ),
    kinks=_pdelu_kinks,
    torch_module=lambda alpha, t: _module(
        "PDELU", {"alpha": alpha, "t": t}, ("alpha",), PDELU_BODY
    ),
    learnable=("alpha",),
    convention=(
        "f'(0) = alpha, f''(0) = alpha·t, the limits from the left (1 and 0 right); "
        "for t < 1, f' = f'' = 0 at x = -1/(1 - t), the limits from the left"
    ),
    aliases=("parametric_deformable_elu",),
    reference=Reference(
        authors=(
            "Cheng, Qishang",
            "Li, Hongliang",
            "Wu, Qingbo",
            "Ma, Lei",
            "Ngan, King Ngi",
        ),
        year=2020,
        title="Parametric Deformable Exponential Linear Units for deep neural networks",
        venue="Neural Networks 125, 281–289",
        url="https://doi.org/10.1016/j.neunet.2020.02.012",
    ),
)

# --- serlu --------------------------------------------------------------
# Zhang & Li 2018: lambda x for x >= 0, lambda alpha x e^x for x < 0 with the
# paper's lambda = 1.07862, alpha = 2.90427.  For x < 0: f' = lambda alpha e^x (1 + x),
# f'' = lambda alpha e^x (2 + x); minimum -lambda alpha / e at x = -1.  f' jumps at
# 0 (lambda alpha on the left, lambda on the right).  x e^x = 0 below x = -1e4.

_SERLU_LAMBDA = 1.07862
_SERLU_ALPHA = 2.90427
_SERLU_LA = _SERLU_LAMBDA * _SERLU_ALPHA


def _serlu_xn(x: FloatArray) -> FloatArray:
    return np.clip(x, -1e4, 0.0)


def _serlu(x: FloatArray) -> FloatArray:
    xn = _serlu_xn(x)
    return _arr(np.where(x >= 0, _scaled(_SERLU_LAMBDA, x), _mul_exp(_SERLU_LA * xn, xn)))


def _serlu_d1(x: FloatArray) -> FloatArray:
    xn = _serlu_xn(x)
    return _arr(np.where(x > 0, _SERLU_LAMBDA, _mul_exp(_SERLU_LA * (1.0 + xn), xn)))


def _serlu_d2(x: FloatArray) -> FloatArray:
    xn = _serlu_xn(x)
    return _arr(np.where(x > 0, 0.0, _mul_exp(_SERLU_LA * (2.0 + xn), xn)))


SERLU = Activation(
    id="serlu",
    name="SERLU",
    family=Family.RELU,
    f=_serlu,
    df=_serlu_d1,
    d2f=_serlu_d2,
    kinks=lambda: (0.0,),
    torch_module=lambda: _module(
        "SERLU",
        {},
        (),
        f"lam, alpha = {_SERLU_LAMBDA!r}, {_SERLU_ALPHA!r}\n"
        "xn = torch.clamp(x, max=0.0)\n"
        "return lam * torch.where(x >= 0, x, alpha * xn * torch.exp(xn))",
    ),
    convention=(
        "f'(0) = lambda·alpha, f''(0) = 2 lambda·alpha, the limits from the left "
        "(lambda and 0 from the right)"
    ),
    reference=Reference(
        authors=("Zhang, G.", "Li, H."),  # as arXiv lists them
        year=2018,
        title="Effectiveness of Scaled Exponentially-Regularized Linear Units (SERLUs)",
        venue="arXiv preprint",
        url="https://arxiv.org/abs/1807.10117",
    ),
)

# --- shifted_softplus ---------------------------------------------------
# Schuett et al. 2017 (SchNet): ssp(x) = ln(e^x/2 + 1/2) = softplus(x) - ln 2.
# Written as log1p(expm1(x)/2), which keeps full relative accuracy near 0 (where
# ssp ~ x/2) and for x -> -inf (-> -ln 2); for x > 40 as x + (log1p(e^-x) - ln 2).
# f' = sigmoid(x), f'' = sigmoid(x) sigmoid(-x) = e/(1+e)^2, e = e^{-|x|}.


def _ssp(x: FloatArray) -> FloatArray:
    lo = np.log1p(0.5 * np.expm1(np.minimum(x, 40.0)))
    hi = x + (np.log1p(np.exp(-np.clip(x, 40.0, 800.0))) - _LN2)
    return np.where(x > 40.0, hi, lo)


def _logistic_d(x: FloatArray) -> FloatArray:
    """sigmoid'(x) = e / (1 + e)^2, e = exp(-|x|)."""
    e = np.exp(-np.abs(x))
    return e / ((1.0 + e) * (1.0 + e))


def _shifted_softplus(x: FloatArray) -> FloatArray:
    return _arr(_ssp(x))


def _shifted_softplus_d1(x: FloatArray) -> FloatArray:
    return _arr(nm.sigmoid(x))


def _shifted_softplus_d2(x: FloatArray) -> FloatArray:
    return _arr(_logistic_d(x))


SHIFTED_SOFTPLUS = Activation(
    id="shifted_softplus",
    name="Shifted softplus",
    family=Family.RELU,
    f=_shifted_softplus,
    df=_shifted_softplus_d1,
    d2f=_shifted_softplus_d2,
    torch_module=lambda: _module(
        "ShiftedSoftplus",
        {},
        (),
        "# logaddexp(x, 0) = ln(1 + e^x) without F.softplus's switch to x above 20\n"
        "return torch.logaddexp(x, torch.zeros_like(x)) - math.log(2.0)",
    ),
    convention="smooth: no kinks",
    aliases=("ssp",),
    reference=Reference(
        authors=(
            "Schütt, Kristof T.",
            "Kindermans, Pieter-Jan",
            "Sauceda, Huziel E.",
            "Chmiela, Stefan",
            "Tkatchenko, Alexandre",
            "Müller, Klaus-Robert",
        ),
        year=2017,
        title=(
            "SchNet: A continuous-filter convolutional neural network for modeling "
            "quantum interactions"
        ),
        venue="Advances in Neural Information Processing Systems 30 (NIPS 2017)",
        url="https://arxiv.org/abs/1706.08566",
    ),
)

# --- slu ----------------------------------------------------------------
# Zhao, Liu, Li & Luo 2018, softplus linear unit: x for x >= 0, b ln(e^x + 1) - c
# for x < 0 with b = 2, c = 2 ln 2 (continuous and differentiable at 0 with slope 1
# on the right): 2 ssp(x).  f' = 2 sigmoid(x) (1 at 0 from both sides); f'' jumps
# from 1/2 (left) to 0.


def _slu(x: FloatArray) -> FloatArray:
    return _arr(np.where(x >= 0, x, 2.0 * _ssp(np.minimum(x, 0.0))))


def _slu_d1(x: FloatArray) -> FloatArray:
    return _arr(np.where(x > 0, 1.0, 2.0 * nm.sigmoid(np.minimum(x, 0.0))))


def _slu_d2(x: FloatArray) -> FloatArray:
    return _arr(np.where(x > 0, 0.0, 2.0 * _logistic_d(np.minimum(x, 0.0))))


SLU = Activation(
    id="slu",
    name="SLU",
    family=Family.RELU,
    f=_slu,
    df=_slu_d1,
    d2f=_slu_d2,
    kinks=lambda: (0.0,),
    torch_module=lambda: _module(
        "SLU",
        {},
        (),
        "xn = torch.clamp(x, max=0.0)\n"
        "neg = 2.0 * (torch.logaddexp(xn, torch.zeros_like(xn)) - math.log(2.0))\n"
        "return torch.where(x >= 0, x, neg)",
    ),
    convention="f'(0) = 1 from both sides; f''(0) = 1/2, the limit from the left (0 right)",
    aliases=("softplus_linear_unit",),
    reference=Reference(
        authors=("Zhao, Huizhen", "Liu, Fuxian", "Li, Longyue", "Luo, Chang"),
        year=2018,
        title="A novel softplus linear unit for deep convolutional neural networks",
        venue="Applied Intelligence 48(7), 1707–1720",
        url="https://doi.org/10.1007/s10489-017-1028-7",
    ),
)

# --- smelu --------------------------------------------------------------
# Shamir, Lin & Coviello 2020: 0 for x <= -beta, (x + beta)^2 / (4 beta) for
# |x| < beta, x for x >= beta; beta = 1 is Keras' sparse_plus.  With s = x + beta
# and q = s / (2 beta) in [0, 1]: f = q s / 2, f' = q, f'' = 1/(2 beta) (no
# underflow of s^2 for tiny beta).  f'' jumps at +-beta; left limits there.


def _smelu_parts(x: FloatArray, beta: float) -> tuple[FloatArray, FloatArray]:
    s = np.clip(x, -beta, beta) + beta
    return s, s / (2.0 * beta)


def _smelu(x: FloatArray, beta: float) -> FloatArray:
    s, q = _smelu_parts(x, beta)
    return _arr(np.where(x <= -beta, 0.0, np.where(x < beta, q * (0.5 * s), x)))


def _smelu_d1(x: FloatArray, beta: float) -> FloatArray:
    _, q = _smelu_parts(x, beta)
    return _arr(np.where(x <= -beta, 0.0, np.where(x < beta, q, 1.0)))


def _smelu_d2(x: FloatArray, beta: float) -> FloatArray:
    curv = 0.5 / beta if beta > 0.5 / _MAX else _MAX
    return _arr(np.where((x > -beta) & (x <= beta), curv, 0.0))


SMELU = Activation(
    id="smelu",
    name="SmeLU",
    family=Family.RELU,
    f=_smelu,
    df=_smelu_d1,
    d2f=_smelu_d2,
    params=(
        NumberParam(
            "beta",
            1.0,
            0.0,
            10.0,
            0.1,
            min_open=True,
            doc="half-width of the quadratic joint (beta -> 0 is ReLU)",
        ),
    ),
    kinks=lambda beta: (-beta, beta),
    keras_code=lambda beta: "keras.activations.sparse_plus" if beta == 1.0 else None,
    torch_module=lambda beta: _module(
        "SmeLU",
        {"beta": beta},
        (),
        "b = self.beta\n"
        "quad = (x + b) ** 2 / (4.0 * b)\n"
        "return torch.where(x <= -b, torch.zeros_like(x), torch.where(x < b, quad, x))",
    ),
    convention="f''(-beta) = 0 and f''(beta) = 1/(2 beta), the limits from the left",
    aliases=("smooth_relu",),
    reference=Reference(
        authors=("Shamir, Gil I.", "Lin, Dong", "Coviello, Lorenzo"),
        year=2020,
        title="Smooth Activations and Reproducibility in Deep Networks",
        venue="arXiv preprint",
        url="https://arxiv.org/abs/2010.09931",
    ),
)

# --- flexible_relu ------------------------------------------------------
# Qiu, Xu & Cai 2018 (FReLU): relu(x) + b with a learned bias b per layer or
# channel (0 gives ReLU; the paper reports that b tends to become negative).
# Kink at 0 with f'(0) = 0 (left limit, also torch.relu's gradient).


def _frelu(x: FloatArray, b: float) -> FloatArray:
    return _arr(np.maximum(x, 0.0) + b)


def _frelu_d1(x: FloatArray, b: float) -> FloatArray:
    return _arr(np.where(x > 0, 1.0, 0.0))


def _frelu_d2(x: FloatArray, b: float) -> FloatArray:
    return np.zeros_like(x, dtype=np.float64)


FLEXIBLE_RELU = Activation(
    id="flexible_relu",
    name="FReLU (flexible ReLU)",
    family=Family.RELU,
    f=_frelu,
    df=_frelu_d1,
    d2f=_frelu_d2,
    params=(NumberParam("b", 0.0, -5.0, 5.0, 0.05, doc="learned bias: the output for x <= 0"),),
    kinks=lambda b: (0.0,),
    torch_module=lambda b: _module("FReLU", {"b": b}, ("b",), "return torch.relu(x) + self.b"),
    learnable=("b",),
    convention="f'(0) = 0, the limit from the left (torch.relu's gradient too); f'' = 0",
    aliases=("frelu",),
    reference=Reference(
        authors=("Qiu, Suo", "Xu, Xiangmin", "Cai, Bolun"),
        year=2018,
        title="FReLU: Flexible Rectified Linear Units for Improving Convolutional Neural Networks",
        venue="24th International Conference on Pattern Recognition (ICPR), 1223–1228",
        url="https://doi.org/10.1109/ICPR.2018.8546022",
    ),
    see_also=(
        Reference(
            authors=("Qiu, Suo", "Xu, Xiangmin", "Cai, Bolun"),
            year=2017,
            title=(
                "FReLU: Flexible Rectified Linear Units for Improving Convolutional Neural Networks"
            ),
            venue="arXiv preprint",
            url="https://arxiv.org/abs/1706.08098",
        ),
    ),
)

# --- nlrelu -------------------------------------------------------------
# Liu, Zhang, Gao, Qu & Ji 2019: ln(beta max(0, x) + 1).  For x > 0:
# f' = beta / (1 + beta x) = 1 / (1/beta + x), f'' = -f'^2.  Beyond x = 1e300
# (where beta x could overflow) f = ln beta + ln x and f' = 1/x to the last bit.


def _nlrelu(x: FloatArray, beta: float) -> FloatArray:
    xp = np.clip(x, 0.0, 1e300)
    big = math.log(beta) + np.log(np.maximum(x, 1e300))
    return _arr(np.where(x > 1e300, big, np.log1p(beta * xp)))


def _nlrelu_slope(x: FloatArray, beta: float) -> FloatArray:
    xp = np.clip(x, 0.0, 1e300)
    return np.where(x > 1e300, 1.0 / np.maximum(x, 1e300), beta / (1.0 + beta * xp))


def _nlrelu_d1(x: FloatArray, beta: float) -> FloatArray:
    return _arr(np.where(x > 0, _nlrelu_slope(x, beta), 0.0))


def _nlrelu_d2(x: FloatArray, beta: float) -> FloatArray:
    r = _nlrelu_slope(x, beta)
    return _arr(np.where(x > 0, -(r * r), 0.0))


NLRELU = Activation(
    id="nlrelu",
    name="NLReLU",
    family=Family.RELU,
    f=_nlrelu,
    df=_nlrelu_d1,
    d2f=_nlrelu_d2,
    params=(
        NumberParam("beta", 1.0, 0.01, 10.0, 0.05, doc="scale inside the log: ln(beta x + 1)"),
    ),
    kinks=lambda beta: (0.0,),
    torch_module=lambda beta: _module(
        "NLReLU", {"beta": beta}, (), "return torch.log1p(self.beta * torch.relu(x))"
    ),
    convention="f'(0) = f''(0) = 0, the limits from the left (beta and -beta² from the right)",
    aliases=("natural_log_relu",),
    reference=Reference(
        authors=("Liu, Yang", "Zhang, Jianpeng", "Gao, Chao", "Qu, Jinghua", "Ji, Lixin"),
        year=2019,
        title="Natural-Logarithm-Rectified Activation Function in Convolutional Neural Networks",
        venue="IEEE 5th International Conference on Computer and Communications (ICCC), 2000–2008",
        url="https://arxiv.org/abs/1908.03682",
    ),
)

# --- repu ---------------------------------------------------------------
# Rectified power unit max(0, x)^p (Li, Tang & Yu 2019; p = 2 is the squared
# ReLU).  f' = p x^{p-1}, f'' = p (p-1) x^{p-2} for x > 0, 0 for x <= 0.  Each
# power is taken of x clipped below the point where c x^k reaches MAX, and
# saturated at MAX beyond.  At 0: f' = 0, f'' = 0 (left limits; f''(0+) = 2 for
# p = 2, 0 for p > 2, so RePU is C^1 for p = 2 and C^2 for p > 2).


def _power_sat(x: FloatArray, c: float, k: float) -> FloatArray:
    """c x^k for x >= 0 (c >= 1, k >= 0), saturated at MAX.

    Directly below x = (MAX/c)^(1/k) (with a margin of 1e-9 for the rounding of
    that bound), as exp(ln c + k ln x) above it (relative error ~ 700 eps there)."""
    if k == 0:
        return np.full(x.shape, c)
    lim = math.exp(min((nm.LOG_MAX - math.log(c)) / k, nm.LOG_MAX)) * (1.0 - 1e-9)
    near = nm.exp(math.log(c) + k * np.log(np.clip(x, lim, _MAX)))
    return np.where(x > lim, near, c * np.power(np.minimum(x, lim), k))


def _repu(x: FloatArray, p: float) -> FloatArray:
    return _arr(np.where(x > 0, _power_sat(np.maximum(x, 0.0), 1.0, p), 0.0))


def _repu_d1(x: FloatArray, p: float) -> FloatArray:
    return _arr(np.where(x > 0, _power_sat(np.maximum(x, 0.0), p, p - 1.0), 0.0))


def _repu_d2(x: FloatArray, p: float) -> FloatArray:
    return _arr(np.where(x > 0, _power_sat(np.maximum(x, 0.0), p * (p - 1.0), p - 2.0), 0.0))


REPU = Activation(
    id="repu",
    name="RePU (ReLUᵖ)",
    family=Family.RELU,
    f=_repu,
    df=_repu_d1,
    d2f=_repu_d2,
    params=(NumberParam("p", 2.0, 2.0, 8.0, 1.0, doc="power: max(0, x)^p (2: squared ReLU)"),),
    kinks=lambda p: (0.0,),
    torch_module=lambda p: _module("RePU", {"p": p}, (), "return torch.relu(x) ** self.p"),
    convention="f'(0) = f''(0) = 0, the limits from the left (f''(0+) = 2 for p = 2)",
    aliases=("rectified_power_unit", "relu_power"),
    reference=Reference(
        authors=("Li, Bo", "Tang, Shanshan", "Yu, Haijun"),
        year=2019,
        title=(
            "Better Approximations of High Dimensional Smooth Functions by Deep Neural "
            "Networks with Rectified Power Units"
        ),
        venue="Communications in Computational Physics 27(2), 379–411",
        url="https://doi.org/10.4208/cicp.OA-2019-0168",
    ),
)

ACTIVATIONS: tuple[Activation, ...] = (
    PELU,
    MPELU,
    PDELU,
    SERLU,
    SHIFTED_SOFTPLUS,
    SLU,
    SMELU,
    FLEXIBLE_RELU,
    NLRELU,
    REPU,
)
