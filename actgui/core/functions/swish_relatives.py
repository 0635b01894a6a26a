"""Relatives of Swish and Mish: x times a smooth gate, and a few smooth maxima
(E-swish, dSiLU, Smish, Logish, Phish, ErfAct, Pserf, SMU, SMU-1, Gish, APTx, SinLU).

The kernels follow the rules of :mod:`.gated`: gates that vanish in a tail are
written as a factor ``exp(t)`` (t <= 0) applied last, in two halves
(:func:`.gated._mul_exp`), so that ``x e^x`` keeps its digits where ``e^x`` alone is
subnormal; ``1 - gate`` is never formed where it cancels; arguments are clipped
where the result no longer depends on them; and products that can exceed the
float64 range saturate at +-MAX (:func:`_times`).

Why this module is long: it is a catalog of 11 functions, each a self-contained
block (its kernels for f, f', f'', a fused kernel where one pays, then its
``Activation`` entry); a reader holds one block at a time, and splitting the family across
files would only scatter the shared helpers.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from .. import _numeric as nm
from .._fast import BoolArray
from ..spec import Activation, Family, FloatArray, NumberParam, Reference
from .gated import (
    _TWO_SQRTPI,
    _blocked,
    _gauss,
    _gelu,
    _gelu_d1,
    _gelu_d2,
    _mul_exp,
    _sigmoid_parts,
    _silu,
    _silu_d1,
    _silu_d2,
)

_SMOOTH = "smooth: no kinks"
_INV_SQRTPI = 0.56418958354775628695  # 1/sqrt(pi)
_T_MAX = 1500.0  # exp(-750) = 0: beyond |t| = 1500 every factor exp(-|t|/2) is 0


def _times(a: float, v: FloatArray) -> FloatArray:
    """a * v, saturated at +-MAX where the product leaves the float64 range."""
    with np.errstate(over="ignore"):
        return nm.saturate(a * v)


def _clip_t(x: FloatArray, k: float) -> tuple[FloatArray, FloatArray]:
    """(xc, t): x clipped to |k x| <= 1500 and t = k xc (k > 0)."""
    lim = _T_MAX / k
    xc = np.clip(x, -lim, lim)
    return xc, k * xc


def _module(cls: str, params: Mapping[str, float], learnable: tuple[str, ...], body: str) -> str:
    """A pasteable ``torch.nn.Module``: the params as constructor arguments (defaulting
    to the given values; nn.Parameter for the learnable ones) and ``forward`` = body."""
    args = "".join(f", {k}={v!r}" for k, v in params.items())
    lines = [
        "import torch",
        "",
        "",
        f"class {cls}(torch.nn.Module):",
        f"    def __init__(self{args}):",
        "        super().__init__()",
    ]
    for k in params:
        if k in learnable:
            lines.append(f"        self.{k} = torch.nn.Parameter(torch.tensor(float({k})))")
        else:
            lines.append(f"        self.{k} = {k}")
    lines += ["", "    def forward(self, x):", f"        return {body}", ""]
    return "\n".join(lines)


def _p(**kw: float) -> dict[str, float]:
    return {k: float(v) for k, v in kw.items()}


_BISWAS = ("Biswas, Koushik", "Kumar, Sandeep", "Banerjee, Shilpak", "Pandey, Ashish Kumar")

# --- eswish ---------------------------------------------------------------
# Alcaide 2018: beta x sigmoid(x) = beta silu(x); f' and f'' are beta times SiLU's.


def _eswish(x: FloatArray, beta: float) -> FloatArray:
    return _times(beta, _silu(x, 1.0))


def _eswish_d1(x: FloatArray, beta: float) -> FloatArray:
    return beta * _silu_d1(x, 1.0)


def _eswish_d2(x: FloatArray, beta: float) -> FloatArray:
    return beta * _silu_d2(x, 1.0)


ESWISH = Activation(
    id="eswish",
    name="E-swish",
    family=Family.GATED,
    f=_blocked(_eswish),
    df=_blocked(_eswish_d1),
    d2f=_blocked(_eswish_d2),
    params=(
        NumberParam(
            "beta",
            1.25,
            0.01,
            10.0,
            0.05,
            doc="output scale: beta * x * sigmoid(x) (the paper tries 1 to 2)",
        ),
    ),
    torch_module=lambda beta: _module(
        "ESwish", _p(beta=beta), (), "self.beta * x * torch.sigmoid(x)"
    ),
    convention=_SMOOTH,
    aliases=("e_swish",),
    reference=Reference(
        authors=("Alcaide, Eric",),
        year=2018,
        title="E-swish: Adjusting Activations to Different Network Depths",
        venue="arXiv preprint arXiv:1801.07145",
        url="https://arxiv.org/abs/1801.07145",
    ),
)

# --- dsilu ----------------------------------------------------------------
# Elfwing, Uchibe & Doya 2018: the derivative of SiLU, s (1 + x (1 - s)), s = sigmoid x.
# f = silu', f' = silu'' = T (2 - x tanh(x/2)), T = s (1 - s) = E/(1+E)^2, E = e^-|x|;
# f'' = silu''' = T (3 (1 - 2s) + x (1 - 6T)) = E r^2 (-3 tanh(x/2) + x (1 - 4E + E^2) r^2),
# r = 1/(1+E), tanh(x/2) = sign(x) (1 - E) r.


def _dsilu(x: FloatArray) -> FloatArray:
    return _silu_d1(x, 1.0)


def _dsilu_d1(x: FloatArray) -> FloatArray:
    return _silu_d2(x, 1.0)


def _dsilu_d2(x: FloatArray) -> FloatArray:
    xc = np.clip(x, -_T_MAX, _T_MAX)
    _, h, e = _sigmoid_parts(xc)
    r = 1.0 / (1.0 + e)
    th = np.copysign(-np.expm1(-np.abs(xc)) * r, xc)
    b = r * r * (-3.0 * th + xc * (1.0 - 4.0 * e + e * e) * r * r)
    return (b * h) * h


DSILU = Activation(
    id="dsilu",
    name="dSiLU",
    family=Family.GATED,
    f=_blocked(_dsilu),
    df=_blocked(_dsilu_d1),
    d2f=_blocked(_dsilu_d2),
    torch_module=lambda: _module(
        "DSiLU", {}, (), "torch.sigmoid(x) * (1 + x * (1 - torch.sigmoid(x)))"
    ),
    convention=_SMOOTH,
    aliases=("silu_derivative",),
    reference=Reference(
        authors=("Elfwing, Stefan", "Uchibe, Eiji", "Doya, Kenji"),
        year=2018,
        title=(
            "Sigmoid-weighted linear units for neural network function approximation "
            "in reinforcement learning"
        ),
        venue="Neural Networks",
        url="https://doi.org/10.1016/j.neunet.2017.12.012",
    ),
    see_also=(
        Reference(
            authors=("Elfwing, Stefan", "Uchibe, Eiji", "Doya, Kenji"),
            year=2017,
            title=(
                "Sigmoid-Weighted Linear Units for Neural Network Function Approximation "
                "in Reinforcement Learning"
            ),
            venue="arXiv preprint arXiv:1702.03118",
            url="https://arxiv.org/abs/1702.03118",
        ),
    ),
)

# --- smish ----------------------------------------------------------------
# Wang, Ren & Wang 2022: alpha x tanh(ln(1 + sigmoid(beta x))).  With s = sigmoid(t),
# t = beta x, the gate is rational in s: g = tanh(ln(1+s)) = n/(n+2), n = s(s+2),
# so g = s q with q = (s+2)/(n+2).  dg/ds = 4(1+s)/(n+2)^2, ds/dx = beta T,
# T = s(1-s) = E r^2 (E = e^-|t|, r = 1/(1+E)); and
# g'' = 4 beta^2 T P(s)/(n+2)^3 with P = s^4 - 2s^3 - 9s^2 - 2s + 2.
# f' = alpha (g + x g'), f'' = alpha (2g' + x g'')
#    = 4 alpha beta T/(n+2)^2 (2(1+s) + beta x P/(n+2)).


def _smish_parts(
    x: FloatArray, beta: float
) -> tuple[FloatArray, BoolArray, FloatArray, FloatArray, FloatArray, FloatArray]:
    """(xc, neg, h, r, s, n+2) with neg = beta x < 0, h = e^-|t|/2, r = 1/(1+h^2)."""
    xc, t = _clip_t(x, beta)
    neg, h, e = _sigmoid_parts(t)
    r = 1.0 / (1.0 + e)
    s = np.where(neg, e * r, r)
    return xc, neg, h, r, s, s * (s + 2.0) + 2.0


def _smish(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    _, neg, h, r, s, n2 = _smish_parts(x, beta)
    q = (s + 2.0) / n2
    left = ((x * (q * r)) * h) * h  # x s q with s = E r
    return _times(alpha, np.where(neg, left, x * (s * q)))


def _smish_d1(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    xc, neg, h, r, s, n2 = _smish_parts(x, beta)
    q = (s + 2.0) / n2
    b = xc * (4.0 * beta) * (1.0 + s) * r * r / (n2 * n2)  # x g' / E
    left = ((q * r + b) * h) * h
    right = q * s + (b * h) * h
    return alpha * np.where(neg, left, right)


def _smish_d2(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    xc, _, h, r, s, n2 = _smish_parts(x, beta)
    t = beta * xc
    # 2(1+s) + t P/(n+2) with P/(n+2) = 1 - s K/(n+2), K = -s^3 + 2s^2 + 10s + 4:
    # (2 + t) first, so that the zero near t = -2 keeps its digits
    k = ((2.0 - s) * s + 10.0) * s + 4.0
    b = r * r / (n2 * n2) * (((2.0 + t) + 2.0 * s) - t * s * k / n2)
    return (4.0 * alpha * beta) * ((b * h) * h)


SMISH = Activation(
    id="smish",
    name="Smish",
    family=Family.GATED,
    f=_blocked(_smish),
    df=_blocked(_smish_d1),
    d2f=_blocked(_smish_d2),
    params=(
        NumberParam("alpha", 1.0, 0.01, 10.0, 0.05, doc="output scale"),
        NumberParam("beta", 1.0, 0.01, 10.0, 0.05, doc="steepness of the gate: sigmoid(beta * x)"),
    ),
    torch_module=lambda alpha, beta: _module(
        "Smish",
        _p(alpha=alpha, beta=beta),
        (),
        "self.alpha * x * torch.tanh(torch.log1p(torch.sigmoid(self.beta * x)))",
    ),
    convention=_SMOOTH,
    reference=Reference(
        authors=("Wang, Xueliang", "Ren, Honge", "Wang, Achuan"),
        year=2022,
        title="Smish: A Novel Activation Function for Deep Learning Methods",
        venue="Electronics 11(4)",
        url="https://doi.org/10.3390/electronics11040540",
    ),
)

# --- logish ---------------------------------------------------------------
# Zhu, Zeng, Liu & Zhang 2021: alpha x ln(1 + sigmoid(beta x)).  g = log1p(s),
# g' = beta T/(1+s), g'' = beta^2 T (1 - 2s - s^2)/(1+s)^2 (T = s(1-s) = E r^2);
# f'' = alpha beta T (2/(1+s) + beta x (1 - 2s - s^2)/(1+s)^2).
# For t < 0, g = s L(s) with L(s) = log1p(s)/s, so the factor E comes out.


def _log1p_over(s: FloatArray) -> FloatArray:
    """log1p(s)/s for 0 <= s <= 1 (1 - s/2 below 1e-9)."""
    sc = np.maximum(s, 1e-9)
    return np.where(s < 1e-9, 1.0 - 0.5 * s, np.log1p(sc) / sc)


def _logish(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    _, neg, h, r, s, _ = _smish_parts(x, beta)
    left = ((x * (r * _log1p_over(s))) * h) * h
    return _times(alpha, np.where(neg, left, x * np.log1p(s)))


def _logish_d1(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    xc, neg, h, r, s, _ = _smish_parts(x, beta)
    b = xc * beta * r * r / (1.0 + s)  # x g' / E
    left = ((r * _log1p_over(s) + b) * h) * h
    right = np.log1p(s) + (b * h) * h
    return alpha * np.where(neg, left, right)


def _logish_d2(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    xc, _, h, r, s, _ = _smish_parts(x, beta)
    u = 1.0 / (1.0 + s)
    t = beta * xc
    # 2 + t (1 - 2s - s^2)/(1+s) = (2 + t) - t s (3 + s)/(1+s)
    b = r * r * u * ((2.0 + t) - t * s * (3.0 + s) * u)
    return (alpha * beta) * ((b * h) * h)


LOGISH = Activation(
    id="logish",
    name="Logish",
    family=Family.GATED,
    f=_blocked(_logish),
    df=_blocked(_logish_d1),
    d2f=_blocked(_logish_d2),
    params=(
        NumberParam("alpha", 1.0, 0.01, 10.0, 0.05, doc="output scale"),
        NumberParam("beta", 1.0, 0.01, 10.0, 0.05, doc="steepness of the gate: sigmoid(beta * x)"),
    ),
    torch_module=lambda alpha, beta: _module(
        "Logish",
        _p(alpha=alpha, beta=beta),
        (),
        "self.alpha * x * torch.log1p(torch.sigmoid(self.beta * x))",
    ),
    convention=_SMOOTH,
    reference=Reference(
        authors=("Zhu, Hegui", "Zeng, Huimin", "Liu, Jinhai", "Zhang, Xiangde"),
        year=2021,
        title=(
            "Logish: A new nonlinear nonmonotonic activation function for convolutional "
            "neural network"
        ),
        venue="Neurocomputing 458",
        url="https://doi.org/10.1016/j.neucom.2021.06.067",
    ),
)

# --- phish ----------------------------------------------------------------
# Naveen 2022: x tanh(G), G = gelu(x) = x Phi(x) (the exact GELU).
# f' = tanh G + x sech^2(G) G', f'' = sech^2(G) (2 G' + x (G'' - 2 tanh(G) G'^2)),
# with G' = Phi + x phi and G'' = phi (2 - x^2) from the GELU kernels.

_PHISH_X = 1e4  # sech^2(gelu(x)) = 0 beyond (x > 0); every term is 0 there (x < 0)


def _phish(x: FloatArray) -> FloatArray:
    return x * np.tanh(_gelu(x, "none"))


def _phish_d1(x: FloatArray) -> FloatArray:
    g = _gelu(x, "none")
    xc = np.clip(x, -_PHISH_X, _PHISH_X)
    return np.tanh(g) + xc * nm.sech2(g) * _gelu_d1(x, "none")


def _phish_d2(x: FloatArray) -> FloatArray:
    g = _gelu(x, "none")
    g1 = _gelu_d1(x, "none")
    xc = np.clip(x, -_PHISH_X, _PHISH_X)
    b = 2.0 * g1 + xc * (_gelu_d2(x, "none") - 2.0 * np.tanh(g) * g1 * g1)
    return nm.sech2(g) * b


PHISH = Activation(
    id="phish",
    name="Phish",
    family=Family.GATED,
    f=_blocked(_phish),
    df=_blocked(_phish_d1),
    d2f=_blocked(_phish_d2),
    torch_module=lambda: _module("Phish", {}, (), "x * torch.tanh(torch.nn.functional.gelu(x))"),
    convention=_SMOOTH,
    reference=Reference(
        authors=("Naveen, Philip",),
        year=2022,
        title="Phish: A Novel Hyper-Optimizable Activation Function",
        venue="TechRxiv preprint",
        url="https://doi.org/10.36227/techrxiv.17283824.v1",
    ),
)

# --- erfact ---------------------------------------------------------------
# Biswas et al. 2021: x erf(w), w = alpha e^{beta x} (alpha, beta > 0, trained).
# f' = erf w + x (2/sqrt pi) beta w e^{-w^2},
# f'' = (2/sqrt pi) beta w e^{-w^2} (2 + beta x (1 - 2w^2)).
# For u = beta x <= 0 every term carries e^u: erf w = (2/sqrt pi) w R(w) with
# R(w) = erf(w) sqrt(pi)/(2w) -> 1, and e^u is applied last (_mul_exp).
# For u > 0, w is clipped to 40 (erf = 1 and e^{-w^2} = 0 beyond).


def _erf_ratio(w: FloatArray) -> FloatArray:
    """erf(w) / ((2/sqrt pi) w) for w >= 0, a Maclaurin series below 1e-3."""
    q = w * w
    series = 1.0 - q * (1.0 / 3.0 - q * (0.1 - q / 42.0))
    wc = np.maximum(w, 1e-3)
    return np.where(w < 1e-3, series, nm.erf(wc) / (_TWO_SQRTPI * wc))


def _erfact_parts(
    x: FloatArray, alpha: float, beta: float
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray]:
    """(xc, u, un, w, wc): x clipped, u = beta xc, min(u, 0), w = alpha e^min(u, 10),
    wc = min(w, 40)."""
    xc, u = _clip_t(x, beta)
    w = alpha * np.exp(np.minimum(u, 10.0))
    return xc, u, np.minimum(u, 0.0), w, np.minimum(w, 40.0)


def _erfact(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    xc, u, un, w, wc = _erfact_parts(x, alpha, beta)
    left = _mul_exp(xc * (alpha * _TWO_SQRTPI) * _erf_ratio(np.minimum(w, alpha)), un)
    return np.where(u > 0.0, x * nm.erf(wc), left)


def _erfact_d1(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    xc, u, un, w, wc = _erfact_parts(x, alpha, beta)
    wl = np.minimum(w, alpha)
    left = (alpha * _TWO_SQRTPI) * _mul_exp(_erf_ratio(wl) + xc * beta * np.exp(-wl * wl), un)
    right = nm.erf(wc) + _gauss(_TWO_SQRTPI * beta * xc * wc, wc, 1.0)
    return np.where(u > 0.0, right, left)


def _erfact_d2(x: FloatArray, alpha: float, beta: float) -> FloatArray:
    _, u, un, w, wc = _erfact_parts(x, alpha, beta)
    wl = np.minimum(w, alpha)
    # 2 + u (1 - 2w^2) = (2 + u) - 2u w^2: the zero near u = -2 keeps its digits
    left = (alpha * beta * _TWO_SQRTPI) * _mul_exp(
        np.exp(-wl * wl) * ((2.0 + u) - 2.0 * u * wl * wl), un
    )
    right = _gauss(_TWO_SQRTPI * beta * wc * ((2.0 + u) - 2.0 * u * wc * wc), wc, 1.0)
    return np.where(u > 0.0, right, left)


ERFACT = Activation(
    id="erfact",
    name="ErfAct",
    family=Family.GATED,
    f=_blocked(_erfact),
    df=_blocked(_erfact_d1),
    d2f=_blocked(_erfact_d2),
    params=(
        NumberParam("alpha", 0.75, 0.05, 5.0, 0.05, doc="gate scale: erf(alpha * exp(beta x))"),
        NumberParam("beta", 0.75, 0.05, 5.0, 0.05, doc="gate steepness: exp(beta * x)"),
    ),
    torch_module=lambda alpha, beta: _module(
        "ErfAct",
        _p(alpha=alpha, beta=beta),
        ("alpha", "beta"),
        "x * torch.erf(self.alpha * torch.exp(self.beta * x))",
    ),
    learnable=("alpha", "beta"),
    convention=_SMOOTH,
    reference=Reference(
        authors=_BISWAS,
        year=2021,
        title="ErfAct and Pserf: Non-monotonic Smooth Trainable Activation Functions",
        venue="arXiv preprint arXiv:2109.04386",
        url="https://arxiv.org/abs/2109.04386",
    ),
)

# --- pserf ----------------------------------------------------------------
# Biswas et al. 2021: x erf(gamma p), p = softplus(delta x) (gamma, delta trained);
# Serf is gamma = delta = 1.  With t = delta x, s = sigmoid t, z = gamma p:
# f' = erf z + x (2/sqrt pi) gamma delta s e^{-z^2},
# f'' = (2/sqrt pi) gamma delta s e^{-z^2} (2 + t (1 - s - 2 gamma^2 p s)).
# For t <= 0 every term carries v = e^t: p = v L(v) (L = log1p(v)/v) and
# erf z = z E(z) (E = erf(z)/z), s = v/(1+v); v is applied last (_mul_exp).


def _erf_over(z: FloatArray) -> FloatArray:
    """erf(z)/z for z >= 0, a Maclaurin series below 1e-3."""
    return _TWO_SQRTPI * _erf_ratio(z)


def _pserf_parts(
    x: FloatArray, gamma: float, delta: float
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray, FloatArray, FloatArray]:
    """(xc, t, tn, v, p, s, z): x clipped so that |t| <= max(1500, 50/gamma), t = delta xc,
    min(t, 0), v = e^tn, p = softplus t, s = sigmoid t, z = gamma p."""
    lim = max(_T_MAX, 50.0 / gamma) / delta
    xc = np.clip(x, -lim, lim)
    t = delta * xc
    tn = np.minimum(t, 0.0)
    p = nm.softplus(t)
    return xc, t, tn, np.exp(tn), p, nm.sigmoid(t), gamma * p


def _pserf(x: FloatArray, gamma: float, delta: float) -> FloatArray:
    xc, t, tn, v, _, _, z = _pserf_parts(x, gamma, delta)
    zl = np.minimum(z, 40.0)
    left = _mul_exp(xc * gamma * _log1p_over(v) * _erf_over(zl), tn)
    return np.where(t > 0.0, x * nm.erf(zl), left)


def _pserf_d1(x: FloatArray, gamma: float, delta: float) -> FloatArray:
    xc, t, tn, v, _, s, z = _pserf_parts(x, gamma, delta)
    zc = np.minimum(z, 40.0)
    k = _TWO_SQRTPI * gamma * delta
    left = _mul_exp(
        gamma * _log1p_over(v) * _erf_over(zc) + xc * k * np.exp(-zc * zc) / (1.0 + v), tn
    )
    right = nm.erf(zc) + _gauss(k * xc * s, zc, 1.0)
    return np.where(t > 0.0, right, left)


def _pserf_d2(x: FloatArray, gamma: float, delta: float) -> FloatArray:
    _, t, tn, v, p, s, z = _pserf_parts(x, gamma, delta)
    zc = np.minimum(z, 40.0)
    k = _TWO_SQRTPI * gamma * delta
    b = (2.0 + t) - t * s * (1.0 + 2.0 * gamma * gamma * p)  # 2 + t (1 - s - 2 gamma^2 p s)
    left = k * _mul_exp(np.exp(-zc * zc) * b / (1.0 + v), tn)
    right = _gauss(k * s * b, zc, 1.0)
    return np.where(t > 0.0, right, left)


PSERF = Activation(
    id="pserf",
    name="Pserf",
    family=Family.GATED,
    f=_blocked(_pserf),
    df=_blocked(_pserf_d1),
    d2f=_blocked(_pserf_d2),
    params=(
        NumberParam(
            "gamma", 1.25, 0.1, 5.0, 0.05, doc="gate scale: erf(gamma * softplus(delta x))"
        ),
        NumberParam("delta", 0.85, 0.05, 5.0, 0.05, doc="gate steepness: softplus(delta * x)"),
    ),
    torch_module=lambda gamma, delta: _module(
        "Pserf",
        _p(gamma=gamma, delta=delta),
        ("gamma", "delta"),
        "x * torch.erf(self.gamma * torch.nn.functional.softplus(self.delta * x))",
    ),
    learnable=("gamma", "delta"),
    convention=_SMOOTH,
    aliases=("parametric_serf",),
    reference=ERFACT.reference,
)

# --- smu ------------------------------------------------------------------
# Biswas et al. 2021: ((1+alpha) x + (1-alpha) x erf(mu (1-alpha) x))/2, a smooth
# max(x, alpha x).  With c = 1 - alpha, t = mu c x: f = x g,
# g = 1 - c erfc(t)/2 (t >= 0), alpha + c erfc(-t)/2 (t < 0) (no cancellation);
# f' = g + (c/sqrt pi) t e^{-t^2}, f'' = (2 mu c^2/sqrt pi) e^{-t^2} (1 - t^2).


def _smu_parts(x: FloatArray, alpha: float, mu: float) -> tuple[float, FloatArray, FloatArray]:
    """(c, t, g) with t = mu c x clipped to |t| <= 1e4 (erfc and e^{-t^2} vanish beyond)."""
    c = 1.0 - alpha
    if c <= 0.0:
        z = np.zeros_like(x)
        return 0.0, z, z + 1.0
    lim = 1e4 / (mu * c)
    t = (mu * c) * np.clip(x, -lim, lim)
    ec = 0.5 * c * nm.erfc(np.abs(t))
    return c, t, np.where(t < 0.0, alpha + ec, 1.0 - ec)


def _smu(x: FloatArray, alpha: float, mu: float) -> FloatArray:
    _, _, g = _smu_parts(x, alpha, mu)
    return x * g


def _smu_d1(x: FloatArray, alpha: float, mu: float) -> FloatArray:
    c, t, g = _smu_parts(x, alpha, mu)
    tc = np.clip(t, -40.0, 40.0)
    return g + _gauss((c * _INV_SQRTPI) * tc, tc, 1.0)


def _smu_d2(x: FloatArray, alpha: float, mu: float) -> FloatArray:
    c, t, _ = _smu_parts(x, alpha, mu)
    tc = np.clip(t, -40.0, 40.0)
    return _gauss((2.0 * mu * c * c * _INV_SQRTPI) * ((1.0 - tc) * (1.0 + tc)), tc, 1.0)


_SMU_REF = Reference(
    authors=_BISWAS,
    year=2021,
    title="SMU: smooth activation function for deep networks using smoothing maximum technique",
    venue="arXiv preprint arXiv:2111.04682",
    url="https://arxiv.org/abs/2111.04682",
)

SMU = Activation(
    id="smu",
    name="SMU",
    family=Family.GATED,
    f=_blocked(_smu),
    df=_blocked(_smu_d1),
    d2f=_blocked(_smu_d2),
    params=(
        NumberParam(
            "alpha", 0.25, 0.0, 1.0, 0.05, doc="slope for x < 0 of the max(x, alpha x) it smooths"
        ),
        NumberParam("mu", 1e6, 0.1, 1e7, 0.1, doc="sharpness: large mu approaches the kinked max"),
    ),
    torch_module=lambda alpha, mu: _module(
        "SMU",
        _p(alpha=alpha, mu=mu),
        ("mu",),
        "((1 + self.alpha) * x + (1 - self.alpha) * x"
        " * torch.erf(self.mu * (1 - self.alpha) * x)) / 2",
    ),
    learnable=("mu",),
    convention=_SMOOTH,
    aliases=("smooth_maximum_unit",),
    reference=_SMU_REF,
)

# --- smu1 -----------------------------------------------------------------
# Biswas et al. 2021: ((1+alpha) x + sqrt(((1-alpha) x)^2 + mu^2))/2.  u = c x, c = 1-alpha,
# h = hypot(u, mu).  For x < 0, (1+alpha) x + h cancels; with h - |u| = mu^2/(h + |u|):
# f = alpha x + mu^2/(2(h + |u|)), f' = alpha + c mu^2/(2h(h + |u|));
# for x >= 0: f = ((1+alpha) x + h)/2, f' = ((1+alpha) + c u/h)/2;  f'' = c^2 mu^2/(2 h^3).


def _smu1_parts(
    x: FloatArray, alpha: float, mu: float
) -> tuple[float, FloatArray, FloatArray, FloatArray]:
    """(c, u, h, (h + |u|)/2) with u = (1 - alpha) x, h = hypot(u, mu)."""
    c = 1.0 - alpha
    u = c * x
    h = np.hypot(u, mu)
    return c, u, h, 0.5 * h + 0.5 * np.abs(u)


def _smu1(x: FloatArray, alpha: float, mu: float) -> FloatArray:
    _, _, h, m = _smu1_parts(x, alpha, mu)
    with np.errstate(over="ignore"):
        right = nm.saturate((0.5 * x) * (1.0 + alpha) + 0.5 * h)
    left = alpha * x + (0.25 * mu * mu) / m
    return np.where(x < 0.0, left, right)


def _smu1_d1(x: FloatArray, alpha: float, mu: float) -> FloatArray:
    c, u, h, m = _smu1_parts(x, alpha, mu)
    left = alpha + (0.5 * c) * (mu / h) * ((0.5 * mu) / m)
    right = 0.5 * (1.0 + alpha) + (0.5 * c) * (u / h)
    return np.where(x < 0.0, left, right)


def _smu1_d2(x: FloatArray, alpha: float, mu: float) -> FloatArray:
    c, _, h, _ = _smu1_parts(x, alpha, mu)
    r = mu / h
    return (0.5 * c * c) * (r * r) / h


SMU1 = Activation(
    id="smu1",
    name="SMU-1",
    family=Family.GATED,
    f=_blocked(_smu1),
    df=_blocked(_smu1_d1),
    d2f=_blocked(_smu1_d2),
    params=(
        NumberParam(
            "alpha", 0.25, 0.0, 1.0, 0.05, doc="slope for x < 0 of the max(x, alpha x) it smooths"
        ),
        NumberParam(
            "mu",
            4.352665993287951e-9,
            1e-12,
            10.0,
            0.01,
            doc="rounding radius: f(0) = mu/2; small mu approaches the kinked max",
        ),
    ),
    torch_module=lambda alpha, mu: _module(
        "SMU1",
        _p(alpha=alpha, mu=mu),
        ("mu",),
        "((1 + self.alpha) * x + torch.sqrt(((1 - self.alpha) * x) ** 2 + self.mu**2)) / 2",
    ),
    learnable=("mu",),
    convention=_SMOOTH,
    aliases=("smu_1",),
    reference=_SMU_REF,
)

# --- gish -----------------------------------------------------------------
# Kaytan, Aydilek & Yeroglu 2023: x ln(2 - exp(-e^x)).  w = e^x, q = e^{-w},
# 1 - q = -expm1(-w) =: m, g = log1p(m); g' = q w/(1+m),
# g'' = q w ((1-w)(1+m) - q w)/(1+m)^2;  f' = g + x g',
# f'' = q w/(1+m) (2 + x ((1-w)(1+m) - q w)/(1+m)).
# x <= 0: g = w G(w), G = log1p(m)/w -> 1, and the factor w = e^x is applied last;
# x > 0: the factor q = e^{-w} is applied last.


def _gish_parts(
    x: FloatArray,
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray]:
    """(xc, xn, w, q, m): x clipped to [-1500, 10] (q = 0 above), min(xc, 0), e^xc,
    e^-w, 1 - e^-w."""
    xc = np.clip(x, -_T_MAX, 10.0)
    w = np.exp(xc)
    return xc, np.minimum(xc, 0.0), w, np.exp(-w), -np.expm1(-w)


def _gish_g_over_w(w: FloatArray, m: FloatArray) -> FloatArray:
    """log1p(1 - e^-w)/w (1 - w below 1e-9)."""
    wc = np.maximum(w, 1e-9)
    return np.where(w < 1e-9, 1.0 - w, np.log1p(m) / wc)


def _gish(x: FloatArray) -> FloatArray:
    xc, xn, w, _, m = _gish_parts(x)
    return np.where(x > 0.0, x * np.log1p(m), _mul_exp(xc * _gish_g_over_w(w, m), xn))


def _gish_d1(x: FloatArray) -> FloatArray:
    xc, xn, w, q, m = _gish_parts(x)
    d = 1.0 + m
    left = _mul_exp(_gish_g_over_w(w, m) + xc * q / d, xn)
    right = np.log1p(m) + _mul_exp(xc * w / d, -w)
    return np.where(x > 0.0, right, left)


def _gish_d2(x: FloatArray) -> FloatArray:
    xc, xn, w, q, m = _gish_parts(x)
    d = 1.0 + m
    b = (2.0 + xc) - 2.0 * xc * w / d  # (1-w)(1+m) - q w = 1 + m - 2w
    return np.where(x > 0.0, _mul_exp(w / d * b, -w), _mul_exp(q / d * b, xn))


GISH = Activation(
    id="gish",
    name="Gish",
    family=Family.GATED,
    f=_blocked(_gish),
    df=_blocked(_gish_d1),
    d2f=_blocked(_gish_d2),
    torch_module=lambda: _module("Gish", {}, (), "x * torch.log(2 - torch.exp(-torch.exp(x)))"),
    convention=_SMOOTH,
    reference=Reference(
        authors=("Kaytan, M.", "Aydilek, İ. B.", "Yeroğlu, C."),
        year=2023,
        title="Gish: a novel activation function for image classification",
        venue="Neural Computing and Applications 35",
        url="https://doi.org/10.1007/s00521-023-09035-5",
    ),
)

# --- aptx -----------------------------------------------------------------
# Kumar 2022: (alpha + tanh(beta x)) gamma x.  t = beta x, E = e^{-2|t|}, r = 1/(1+E):
# tanh|t| = (1-E) r, sech^2 t = 4 E r^2, and for t < 0: alpha + tanh t = (alpha - 1) + 2 E r
# (no cancellation in 1 + tanh t).
# f' = gamma (alpha + tanh t) + gamma beta x sech^2 t,
# f'' = 2 gamma beta sech^2(t) (1 - t tanh t).


def _aptx_parts(
    x: FloatArray, beta: float
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray]:
    """(xc, t, h, r, th): x clipped to |beta x| <= 1500, t = beta xc, h = e^-|t|,
    r = 1/(1 + E) with E = h^2 = e^-2|t|, th = tanh|t|."""
    xc, t = _clip_t(x, beta)
    h = np.exp(-np.abs(t))
    return xc, t, h, 1.0 / (1.0 + h * h), np.tanh(np.abs(t))


# below t = -1/2, alpha + tanh t is written (alpha - 1) + 2E r: no cancellation in
# 1 + tanh t for alpha = 1; above, tanh itself keeps small t exact
_APTX_T = -0.5


def _aptx(x: FloatArray, alpha: float, beta: float, gamma: float) -> FloatArray:
    xc, t, h, r, th = _aptx_parts(x, beta)
    far = x * (alpha - 1.0) + ((2.0 * xc * r) * h) * h
    # x (alpha + tanh t) can reach 3 MAX before gamma scales it: beyond 2^1000
    # (where tanh t = +-1), x is scaled by 2^-64 first and the result saturated.
    big = np.abs(x) > 2.0**1000
    xs = np.where(big, x * 2.0**-64, x)
    near = xs * (alpha + np.copysign(th, t))
    inner = np.where(t < _APTX_T, np.where(big, xs * (alpha - 1.0), far), near)
    return np.where(big, _times(2.0**64, gamma * inner), gamma * inner)


def _aptx_d1(x: FloatArray, alpha: float, beta: float, gamma: float) -> FloatArray:
    xc, t, h, r, th = _aptx_parts(x, beta)
    b = 4.0 * beta * xc * r * r  # beta x sech^2 / E
    far = (alpha - 1.0) + ((2.0 * r + b) * h) * h
    near = alpha + np.copysign(th, t) + (b * h) * h
    return gamma * np.where(t < _APTX_T, far, near)


def _aptx_d2(x: FloatArray, alpha: float, beta: float, gamma: float) -> FloatArray:
    _, t, h, r, th = _aptx_parts(x, beta)
    b = 4.0 * r * r * (1.0 - np.abs(t) * th)
    return (2.0 * gamma * beta) * ((b * h) * h)


APTX = Activation(
    id="aptx",
    name="APTx",
    family=Family.GATED,
    f=_blocked(_aptx),
    df=_blocked(_aptx_d1),
    d2f=_blocked(_aptx_d2),
    params=(
        NumberParam("alpha", 1.0, 0.0, 2.0, 0.05, doc="offset added to tanh: (alpha + tanh)"),
        NumberParam("beta", 1.0, 0.05, 5.0, 0.05, doc="steepness of the tanh: tanh(beta * x)"),
        NumberParam("gamma", 0.5, 0.05, 2.0, 0.05, doc="output scale"),
    ),
    torch_module=lambda alpha, beta, gamma: _module(
        "APTx",
        _p(alpha=alpha, beta=beta, gamma=gamma),
        (),
        "(self.alpha + torch.tanh(self.beta * x)) * self.gamma * x",
    ),
    convention=_SMOOTH,
    reference=Reference(
        authors=("Kumar, Ravin",),
        year=2022,
        title=(
            "APTx: Better Activation Function than MISH, SWISH, and ReLU's Variants "
            "used in Deep Learning"
        ),
        venue="International Journal of Artificial Intelligence and Machine Learning 2(2)",
        url="https://doi.org/10.51483/IJAIML.2.2.2022.56-61",
    ),
    see_also=(
        Reference(
            authors=("Kumar, Ravin",),
            year=2022,
            title=(
                "APTx: better activation function than MISH, SWISH, and ReLU's variants "
                "used in deep learning"
            ),
            venue="arXiv preprint arXiv:2209.06119",
            url="https://arxiv.org/abs/2209.06119",
        ),
    ),
)

ACTIVATIONS: tuple[Activation, ...] = (
    ESWISH,
    DSILU,
    SMISH,
    LOGISH,
    PHISH,
    ERFACT,
    PSERF,
    SMU,
    SMU1,
    GISH,
    APTX,
)
