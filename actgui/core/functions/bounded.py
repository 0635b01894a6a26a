"""Bounded and tanh-like activations beyond the classic sigmoids: penalized tanh, the rescaled
sigmoid, the normal CDF Φ, erf, the log-log (Gumbel) curve, soft clipping, Hexpo, LiSHT,
ReSech and soft exponential.

Every kernel is analytic (f, f', f'' worked out by hand) and stays finite, warning-free and
accurate to a few ulp for any finite x: exponentials of unbounded arguments are capped where
the result no longer depends on them, small factors exp(-t) multiplying large ones are applied
as two halves (so the product is rounded once), and differences that cancel are rewritten
(expm1 / log1p forms, exact identities such as sigma(a) - sigma(b) in cosh form).

Why this module is long: it is a catalog of 10 functions, each a self-contained
block (its kernels for f, f', f'', a fused kernel where one pays, then its
``Activation`` entry); a reader holds one block at a time, and splitting the family across
files would only scatter the shared helpers.
"""

from __future__ import annotations

import math

import numpy as np

from .. import _numeric as nm
from .._fast import BoolArray
from ..spec import Activation, Family, FloatArray, NumberParam, Reference
from .gated import _gauss, _phi_big

_SMOOTH = "smooth everywhere (no kinks)"
_LEFT = "the limit from the left"

_INV_SQRT_2PI = 0.39894228040143267794  # 1/sqrt(2 pi)
_TWO_SQRTPI = 1.12837916709551257390  # 2/sqrt(pi)
_GAUSS_X = 40.0  # exp(-40^2/2) * 40^2 underflows to 0: Gaussian factors are 0 beyond


def _out(a: FloatArray) -> FloatArray:
    """Always hand back an ndarray (ufuncs turn 0-d arrays into numpy scalars)."""
    return np.asarray(a, dtype=np.float64)


def _half_exp(c: FloatArray, t: FloatArray) -> FloatArray:
    """c * exp(t) for t <= 0, rounded once even when exp(t) alone would be subnormal."""
    h = np.exp(0.5 * t)
    return (c * h) * h


def _tanh_sech2(x: FloatArray) -> tuple[FloatArray, FloatArray]:
    """(tanh x, sech^2 x) from E = exp(-2|x|), |x| capped at 1e3 (sech^2 = 0 beyond)."""
    e = np.exp(-2.0 * np.minimum(np.abs(x), 1e3))
    r = 1.0 / (1.0 + e)
    return np.copysign(-np.expm1(-2.0 * np.minimum(np.abs(x), 1e3)) * r, x), 4.0 * e * r * r


def _ref(authors: tuple[str, ...], year: int, title: str, venue: str, url: str) -> Reference:
    return Reference(authors=authors, year=year, title=title, venue=venue, url=url)


# --- penalized_tanh -------------------------------------------------------------------
# Xu, Huang & Li 2016: tanh x for x > 0, a tanh x for x <= 0.  f' = sech^2 x (times a on
# the left), f'' = -2 tanh x sech^2 x (times a).  f' jumps at 0 from a to 1 unless a = 1.

_XU_2016 = _ref(
    ("Xu, Bing", "Huang, Ruitong", "Li, Mu"),
    2016,
    "Revise Saturated Activation Functions",
    "arXiv preprint arXiv:1602.05980 (ICLR 2016 workshop submission)",
    "https://arxiv.org/abs/1602.05980",
)


def _penalized_tanh(x: FloatArray, a: float) -> FloatArray:
    t = np.tanh(x)
    return _out(np.where(x > 0.0, t, a * t))


def _penalized_tanh_d1(x: FloatArray, a: float) -> FloatArray:
    _, s2 = _tanh_sech2(x)
    return _out(np.where(x > 0.0, s2, a * s2))


def _penalized_tanh_d2(x: FloatArray, a: float) -> FloatArray:
    t, s2 = _tanh_sech2(x)
    d2 = -2.0 * t * s2
    return _out(np.where(x > 0.0, d2, a * d2))


def _penalized_tanh_module(a: float) -> str:
    return (
        "import torch\n\n\n"
        "class PenalizedTanh(torch.nn.Module):\n"
        f"    def __init__(self, a={a!r}):\n"
        "        super().__init__()\n"
        "        self.a = a\n\n"
        "    def forward(self, x):\n"
        "        t = torch.tanh(x)\n"
        "        return torch.where(x > 0, t, self.a * t)\n"
    )


PENALIZED_TANH = Activation(
    id="penalized_tanh",
    name="Penalized tanh",
    family=Family.SIGMOIDAL,
    f=_penalized_tanh,
    df=_penalized_tanh_d1,
    d2f=_penalized_tanh_d2,
    params=(
        NumberParam(
            "a", 0.25, 0.0, 1.0, 0.05, doc="factor on the negative side: a*tanh(x) for x <= 0"
        ),
    ),
    kinks=lambda a: (0.0,) if a != 1.0 else (),
    torch_module=_penalized_tanh_module,
    convention="f'(0) = a and f''(0) = 0, " + _LEFT + " (f'(0+) = 1)",
    aliases=("ptanh",),
    reference=_XU_2016,
)

# --- rescaled_sigmoid -----------------------------------------------------------------
# Xu, Huang & Li 2016: 4 sigmoid(x) - 2 = 2 tanh(x/2); f' = 4 s(1-s) = 4e/(1+e)^2 with
# e = exp(-|x|) (no cancellation), f'' = -f' tanh(x/2).


def _sigmoid_prime(x: FloatArray) -> FloatArray:
    e = np.exp(-np.abs(x))
    return e / ((1.0 + e) * (1.0 + e))


def _rescaled_sigmoid(x: FloatArray) -> FloatArray:
    return _out(2.0 * np.tanh(0.5 * x))


def _rescaled_sigmoid_d1(x: FloatArray) -> FloatArray:
    return _out(4.0 * _sigmoid_prime(x))


def _rescaled_sigmoid_d2(x: FloatArray) -> FloatArray:
    return _out(-4.0 * _sigmoid_prime(x) * np.tanh(0.5 * x))


RESCALED_SIGMOID = Activation(
    id="rescaled_sigmoid",
    name="Rescaled sigmoid",
    family=Family.SIGMOIDAL,
    f=_rescaled_sigmoid,
    df=_rescaled_sigmoid_d1,
    d2f=_rescaled_sigmoid_d2,
    torch_module=lambda: (
        "import torch\n\n\n"
        "class RescaledSigmoid(torch.nn.Module):\n"
        "    def forward(self, x):\n"
        "        return 4 * torch.sigmoid(x) - 2\n"
    ),
    convention=_SMOOTH,
    aliases=("scaled_sigmoid",),
    reference=_XU_2016,
)

# --- normal_cdf -----------------------------------------------------------------------
# Phi(x) = erfc(-x/sqrt 2)/2 (the inverse of the probit link); f' = phi(x) =
# exp(-x^2/2)/sqrt(2 pi), f'' = -x phi(x).  Phi comes from GELU's accurate _phi_big, the
# Gaussian factor from _gauss (exact x^2 split).


def _normal_cdf(x: FloatArray) -> FloatArray:
    return _out(_phi_big(np.asarray(x, dtype=np.float64)))


def _normal_cdf_d1(x: FloatArray) -> FloatArray:
    xc = np.clip(x, -_GAUSS_X, _GAUSS_X)
    return _out(_gauss(np.full_like(xc, _INV_SQRT_2PI), xc))


def _normal_cdf_d2(x: FloatArray) -> FloatArray:
    xc = np.clip(x, -_GAUSS_X, _GAUSS_X)
    return _out(_gauss(-xc * _INV_SQRT_2PI, xc))


NORMAL_CDF = Activation(
    id="normal_cdf",
    name="Normal CDF (Φ)",
    family=Family.SIGMOIDAL,
    f=_normal_cdf,
    df=_normal_cdf_d1,
    d2f=_normal_cdf_d2,
    torch_code=lambda: "torch.special.ndtr",
    convention=_SMOOTH,
    aliases=("probit",),
    reference=_ref(
        ("Bliss, Chester I.",),
        1934,
        "The method of probits",
        "Science 79(2037), 38-39",
        "https://doi.org/10.1126/science.79.2037.38",
    ),
    see_also=(
        _ref(
            ("Gomes, Gecynalda S. da S.", "Ludermir, Teresa B.", "Lima, Leyla M. M. R."),
            2011,
            "Comparison of new activation functions in neural network for forecasting "
            "financial time series",
            "Neural Computing and Applications",
            "https://doi.org/10.1007/s00521-010-0407-3",
        ),
    ),
)

# --- erf ------------------------------------------------------------------------------
# erf(x); f' = (2/sqrt pi) exp(-x^2), f'' = -2x f'.


def _erf(x: FloatArray) -> FloatArray:
    return _out(nm.erf(x))


def _erf_d1(x: FloatArray) -> FloatArray:
    xc = np.clip(x, -_GAUSS_X, _GAUSS_X)
    return _out(_gauss(np.full_like(xc, _TWO_SQRTPI), xc, 1.0))


def _erf_d2(x: FloatArray) -> FloatArray:
    xc = np.clip(x, -_GAUSS_X, _GAUSS_X)
    return _out(_gauss(-2.0 * _TWO_SQRTPI * xc, xc, 1.0))


ERF = Activation(
    id="erf",
    name="erf",
    family=Family.SIGMOIDAL,
    f=_erf,
    df=_erf_d1,
    d2f=_erf_d2,
    torch_code=lambda: "torch.special.erf",
    keras_code=lambda: "keras.ops.erf",
    convention=_SMOOTH,
    aliases=("error_function",),
    reference=_ref(
        ("Williams, Christopher K. I.",),
        1998,
        "Computation with Infinite Neural Networks",
        "Neural Computation 10(5), 1203-1216",
        "https://doi.org/10.1162/089976698300017412",
    ),
)

# --- gumbel (log-log) -----------------------------------------------------------------
# exp(-exp(-x)), the CDF of the (maximum) Gumbel distribution and the inverse of the log-log
# link; the mirror image 1 - f(-x) is the complementary log-log (log_log).
# f' = exp(-x - e^-x), f'' = (e^-x - 1) f' = expm1(-x) f'.  For x < -50, exp(-e^50) = 0:
# x is capped there (which also keeps -x - e^-x finite).

_GUMBEL_CLIP = -50.0


def _gumbel(x: FloatArray) -> FloatArray:
    return _out(np.exp(-np.exp(-np.maximum(x, _GUMBEL_CLIP))))


def _gumbel_d1(x: FloatArray) -> FloatArray:
    xc = np.maximum(x, _GUMBEL_CLIP)
    return _out(np.exp(-xc - np.exp(-xc)))


def _gumbel_d2(x: FloatArray) -> FloatArray:
    xc = np.maximum(x, _GUMBEL_CLIP)
    return _out(np.expm1(-xc) * np.exp(-xc - np.exp(-xc)))


GUMBEL = Activation(
    id="gumbel",
    name="Log-log (Gumbel)",
    family=Family.SIGMOIDAL,
    f=_gumbel,
    df=_gumbel_d1,
    d2f=_gumbel_d2,
    torch_module=lambda: (
        "import torch\n\n\n"
        "class LogLog(torch.nn.Module):\n"
        "    def forward(self, x):\n"
        "        return torch.exp(-torch.exp(-x))\n"
    ),
    convention=_SMOOTH,
    aliases=("loglog_gumbel",),
    reference=_ref(
        ("Gomes, Gecynalda S. da S.", "Ludermir, Teresa B.", "Lima, Leyla M. M. R."),
        2011,
        "Comparison of new activation functions in neural network for forecasting "
        "financial time series",
        "Neural Computing and Applications",
        "https://doi.org/10.1007/s00521-010-0407-3",
    ),
)

# --- soft_clipping --------------------------------------------------------------------
# Klimek & Perelstein: (1/alpha) ln((1 + e^{alpha x}) / (1 + e^{alpha (x-1)})), a smooth
# clip(x, 0, 1).  With u = alpha x and f(x) = 1 - f(1 - x) (point symmetry about (1/2, 1/2)):
#   x <= 1/2:  f = log1p(e^u (1 - e^-alpha) / (1 + e^{u - alpha})) / alpha
#   x > 1/2:   f = 1 - f(1 - x)
# With d = alpha (1/2 - x), S = sinh(alpha/2), K = cosh(alpha/2), E = exp(-|d|) (from
# sigma(a) - sigma(b) = sinh((a-b)/2) / (2 cosh(a/2) cosh(b/2))):
#   f'  = S / (K + cosh d)               = 2 S E / (1 + E^2 + 2 K E)
#   f'' = alpha S sinh d / (K + cosh d)^2 = alpha f' sign(d) (1 - E^2) / (1 + E^2 + 2 K E)
# where S E and K E are formed from exp(alpha/2 - |d|) (E alone may underflow).


def _soft_clip_low(x: FloatArray, alpha: float) -> FloatArray:
    """f for x <= 1/2 (u = alpha x <= alpha/2, so e^u cannot overflow)."""
    u = alpha * np.clip(x, -1e6, 0.5)  # e^u = 0 below -1e6 * alpha
    z = np.exp(u) * (-math.expm1(-alpha)) / (1.0 + np.exp(u - alpha))
    return np.log1p(z) / alpha


def _soft_clipping(x: FloatArray, alpha: float) -> FloatArray:
    x = np.asarray(x, dtype=np.float64)
    low = x <= 0.5
    lo = _soft_clip_low(np.where(low, x, 0.5), alpha)
    hi = 1.0 - _soft_clip_low(np.where(low, 0.5, 1.0 - x), alpha)
    return _out(np.where(low, lo, hi))


def _soft_clip_parts(x: FloatArray, alpha: float) -> tuple[FloatArray, FloatArray, FloatArray]:
    """(d, den, f') with d = alpha (1/2 - x), den = 1 + E^2 + 2 K E."""
    d = alpha * (0.5 - np.clip(x, -1e6, 1e6))  # E = 0 beyond
    ad = np.abs(d)
    e = np.exp(-ad)
    # G = e^{alpha/2} E = e^{alpha/2 - |d|} directly: E alone underflows while f' is normal;
    # 2 K E = G (1 + e^-alpha) and 2 S E = G (1 - e^-alpha)
    g = np.exp(0.5 * alpha - ad)
    em = math.exp(-alpha)
    den = 1.0 + e * e + g * (1.0 + em)
    return d, den, (-math.expm1(-alpha)) * g / den


def _soft_clipping_d1(x: FloatArray, alpha: float) -> FloatArray:
    return _out(_soft_clip_parts(x, alpha)[2])


def _soft_clipping_d2(x: FloatArray, alpha: float) -> FloatArray:
    d, den, d1 = _soft_clip_parts(x, alpha)
    return _out(alpha * d1 * np.sign(d) * (-np.expm1(-2.0 * np.abs(d))) / den)


def _soft_clipping_module(alpha: float) -> str:
    return (
        "import torch\n"
        "import torch.nn.functional as F\n\n\n"
        "class SoftClipping(torch.nn.Module):\n"
        f"    def __init__(self, alpha={alpha!r}):\n"
        "        super().__init__()\n"
        "        self.alpha = alpha\n\n"
        "    def forward(self, x):\n"
        "        a = self.alpha\n"
        "        # u > 40: softplus(u) = u in float64 (the default threshold, 20, is off by 2e-9)\n"
        "        up = F.softplus(a * x, threshold=40.0)\n"
        "        down = F.softplus(a * (x - 1), threshold=40.0)\n"
        "        return (up - down) / a\n"
    )


SOFT_CLIPPING = Activation(
    id="soft_clipping",
    name="Soft clipping",
    family=Family.SIGMOIDAL,
    f=_soft_clipping,
    df=_soft_clipping_d1,
    d2f=_soft_clipping_d2,
    params=(
        NumberParam(
            "alpha",
            0.5,
            0.01,
            100.0,
            0.1,
            doc="sharpness: large alpha approaches clip(x, 0, 1)",
        ),
    ),
    kinks=lambda alpha: (),
    torch_module=_soft_clipping_module,
    convention=_SMOOTH,
    reference=_ref(
        ("Klimek, Matthew D.", "Perelstein, Maxim"),
        2018,
        "Neural Network-Based Approach to Phase Space Integration",
        "arXiv preprint arXiv:1810.11509 (published in SciPost Physics)",
        "https://arxiv.org/abs/1810.11509",
    ),
)

# --- hexpo ----------------------------------------------------------------------------
# Kong & Takatsuka 2017: -a (e^{-x/b} - 1) for x >= 0, c (e^{x/d} - 1) for x < 0.
# x >= 0: f = -a expm1(-x/b), f' = (a/b) e^{-x/b}, f'' = -(a/b^2) e^{-x/b};
# x < 0:  f = c expm1(x/d),   f' = (c/d) e^{x/d},  f'' = (c/d^2) e^{x/d}.
# f'' always jumps at 0 (from c/d^2 > 0 to -a/b^2 < 0); f' too unless a/b = c/d.
# |x| is capped at 1e3 * scale (every exponential is 0 there) so x/b cannot overflow.


def _hexpo_t(x: FloatArray, b: float, d: float, left_at_zero: bool) -> tuple[BoolArray, FloatArray]:
    """(right, t): the right branch (x > 0, or x >= 0 for f itself) and -|x|/scale, with
    scale b on the right and d on the left, |x| capped at 1e3 scales (every exponential is
    0 beyond)."""
    x = np.asarray(x, dtype=np.float64)
    right = x > 0.0 if left_at_zero else x >= 0.0
    t = np.where(x >= 0.0, -np.clip(x, 0.0, 1e3 * b) / b, np.clip(x, -1e3 * d, 0.0) / d)
    return right, t


def _hexpo(x: FloatArray, a: float, b: float, c: float, d: float) -> FloatArray:
    right, t = _hexpo_t(x, b, d, False)
    return _out(np.where(right, -a * np.expm1(t), c * np.expm1(t)))


def _hexpo_d1(x: FloatArray, a: float, b: float, c: float, d: float) -> FloatArray:
    right, t = _hexpo_t(x, b, d, True)
    return _out(_half_exp(np.where(right, a / b, c / d), t))


def _hexpo_d2(x: FloatArray, a: float, b: float, c: float, d: float) -> FloatArray:
    right, t = _hexpo_t(x, b, d, True)
    return _out(_half_exp(np.where(right, -a / (b * b), c / (d * d)), t))


def _hexpo_module(a: float, b: float, c: float, d: float) -> str:
    return (
        "import torch\n\n\n"
        "class Hexpo(torch.nn.Module):\n"
        f"    def __init__(self, a={a!r}, b={b!r}, c={c!r}, d={d!r}):\n"
        "        super().__init__()\n"
        "        self.a, self.b, self.c, self.d = a, b, c, d\n\n"
        "    def forward(self, x):\n"
        "        right = -self.a * torch.expm1(-x.clamp(min=0) / self.b)\n"
        "        left = self.c * torch.expm1(x.clamp(max=0) / self.d)\n"
        "        return torch.where(x >= 0, right, left)\n"
    )


def _scale(name: str, doc: str) -> NumberParam:
    return NumberParam(name, 1.0, 0.05, 10.0, 0.05, doc=doc)


HEXPO = Activation(
    id="hexpo",
    name="Hexpo",
    family=Family.SIGMOIDAL,
    f=_hexpo,
    df=_hexpo_d1,
    d2f=_hexpo_d2,
    params=(
        NumberParam("a", 1.0, 0.0, 10.0, 0.05, doc="upper limit: f tends to a as x grows"),
        _scale("b", "length scale of the approach to a on the right"),
        NumberParam("c", 1.0, 0.0, 10.0, 0.05, doc="lower limit: f tends to -c as x falls"),
        _scale("d", "length scale of the approach to -c on the left"),
    ),
    kinks=lambda a, b, c, d: (0.0,),
    torch_module=_hexpo_module,
    convention="f'(0) = c/d and f''(0) = c/d^2, " + _LEFT + " (a/b and -a/b^2 from the right)",
    reference=Reference(
        authors=("Kong, S.", "Takatsuka, M."),
        year=2017,
        title="Hexpo: A vanishing-proof activation function",
        venue="International Joint Conference on Neural Networks (IJCNN), pp. 2562-2567",
        url="https://www.semanticscholar.org/paper/170eaec31e64c21ec6b80a322e03230933b5671e",
    ),
)

# --- lisht ----------------------------------------------------------------------------
# Roy et al. 2019: x tanh x; f' = tanh x + x sech^2 x, f'' = 2 sech^2 x (1 - x tanh x).


def _lisht(x: FloatArray) -> FloatArray:
    return _out(x * np.tanh(x))


def _lisht_d1(x: FloatArray) -> FloatArray:
    t, s2 = _tanh_sech2(x)
    xc = np.clip(x, -1e3, 1e3)  # sech^2 = 0 beyond
    return _out(t + xc * s2)


def _lisht_d2(x: FloatArray) -> FloatArray:
    t, s2 = _tanh_sech2(x)
    xc = np.clip(x, -1e3, 1e3)
    return _out(2.0 * s2 * (1.0 - xc * t))


LISHT = Activation(
    id="lisht",
    name="LiSHT",
    family=Family.GATED,
    f=_lisht,
    df=_lisht_d1,
    d2f=_lisht_d2,
    torch_module=lambda: (
        "import torch\n\n\n"
        "class LiSHT(torch.nn.Module):\n"
        "    def forward(self, x):\n"
        "        return x * torch.tanh(x)\n"
    ),
    convention=_SMOOTH,
    reference=_ref(
        ("Roy, Swalpa Kumar", "Manna, Suvojit", "Dubey, Shiv Ram", "Chaudhuri, Bidyut Baran"),
        2019,
        "LiSHT: Non-Parametric Linearly Scaled Hyperbolic Tangent Activation Function for "
        "Neural Networks",
        "arXiv preprint arXiv:1901.05894",
        "https://arxiv.org/abs/1901.05894",
    ),
    see_also=(
        _ref(
            ("Roy, Swalpa Kumar", "Manna, Suvojit", "Dubey, Shiv Ram", "Chaudhuri, Bidyut Baran"),
            2023,
            "LiSHT: Non-parametric Linearly Scaled Hyperbolic Tangent Activation Function for "
            "Neural Networks",
            "Communications in Computer and Information Science, vol. 1776, 462-476",
            "https://doi.org/10.1007/978-3-031-31407-0_35",
        ),
    ),
)

# --- resech ---------------------------------------------------------------------------
# Njikam & Zhao 2016: x sech x.  With s = sech x, t = tanh x:
# f' = s (1 - x t), f'' = s (x (t^2 - s^2) - 2t), t^2 - s^2 = (1 - 6E + E^2)/(1 + E)^2 with
# E = exp(-2|x|).  sech x = 2 exp(-|x|)/(1 + E) is applied as two halves exp(-|x|/2).


def _resech_parts(
    x: FloatArray,
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray, FloatArray]:
    """(xc, h, r, t, e): x capped at +-1e3, exp(-|x|/2), 1/(1+E), tanh x, E = exp(-2|x|)."""
    xc = np.clip(x, -1e3, 1e3)  # x sech x = 0 beyond
    ax = np.abs(xc)
    h = np.exp(-0.5 * ax)
    e = np.exp(-2.0 * ax)
    r = 1.0 / (1.0 + e)
    t = np.copysign(-np.expm1(-2.0 * ax) * r, xc)
    return xc, h, r, t, e


def _resech(x: FloatArray) -> FloatArray:
    xc, h, r, _, _ = _resech_parts(x)
    return _out(((2.0 * xc * r) * h) * h)


def _resech_d1(x: FloatArray) -> FloatArray:
    xc, h, r, t, _ = _resech_parts(x)
    return _out(((2.0 * r * (1.0 - xc * t)) * h) * h)


def _resech_d2(x: FloatArray) -> FloatArray:
    xc, h, r, t, e = _resech_parts(x)
    t2_minus_s2 = (1.0 - 6.0 * e + e * e) * r * r
    return _out(((2.0 * r * (xc * t2_minus_s2 - 2.0 * t)) * h) * h)


RESECH = Activation(
    id="resech",
    name="ReSech",
    family=Family.OTHER,
    f=_resech,
    df=_resech_d1,
    d2f=_resech_d2,
    torch_module=lambda: (
        "import torch\n\n\n"
        "class ReSech(torch.nn.Module):\n"
        "    def forward(self, x):\n"
        "        return x / torch.cosh(x)\n"
    ),
    convention=_SMOOTH,
    aliases=("rectified_hyperbolic_secant",),
    reference=_ref(
        ("Njikam, Aboubakar Nasser Samatin", "Zhao, Huan"),
        2016,
        "A novel activation function for multilayer feed-forward neural networks",
        "Applied Intelligence 45(1), 75-82",
        "https://doi.org/10.1007/s10489-015-0744-0",
    ),
)

# --- soft_exponential -----------------------------------------------------------------
# Godfrey & Gashler 2015, for alpha >= 0 (alpha < 0 is a logarithm defined only for
# x > (1 - alpha^2)/alpha, so it cannot be drawn on the whole line):
#   alpha = 0: x;  alpha > 0: (e^{alpha x} - 1)/alpha + alpha,  f' = e^{alpha x},
#   f'' = alpha e^{alpha x}.
# alpha f = expm1(t) + alpha^2 = e^t - (1 - alpha)(1 + alpha), t = alpha x: each x takes the
# form whose terms are smaller (the first near t = 0, where it is written x q(t) + alpha with
# q(t) = expm1(t)/t so that a tiny alpha is never divided by; the second as t -> -inf, where
# the first would lose e^t against 1).  Beyond t = 700 the result is e^{t - ln alpha},
# saturating at 1.797e308.

_SE_T = 700.0


def _expm1_over(t: FloatArray) -> FloatArray:
    """expm1(t)/t, 1 at t = 0 (Taylor series for |t| < 1e-5)."""
    small = np.abs(t) < 1e-5
    ts = np.where(small, 1.0, t)
    tt = np.where(small, t, 0.0)
    series = 1.0 + tt * (0.5 + tt / 6.0)
    return np.where(small, series, np.expm1(ts) / ts)


def _soft_exponential(x: FloatArray, alpha: float) -> FloatArray:
    x = np.asarray(x, dtype=np.float64)
    if alpha == 0.0:
        return _out(x.copy())
    t = alpha * x
    tc = np.minimum(t, _SE_T)
    q = (1.0 - alpha) * (1.0 + alpha)
    qt = _expm1_over(tc)
    # x q(t) beyond float64 (only possible where q > 1, i.e. t > 0): f saturates
    over = (t > _SE_T) | (x > nm.MAX / np.maximum(qt, 1.0))
    near = np.where(over, 0.0, x) * qt + alpha
    # the second form wins only where e^t < alpha^2, never where it could overflow
    use_far = np.abs(np.expm1(tc)) + alpha * alpha > np.exp(tc) + q
    far = np.where(use_far, np.exp(tc) - q, 0.0) / alpha
    small = np.where(use_far, far, near)
    big = nm.exp(t - math.log(alpha))
    return _out(np.where(t > _SE_T, big, np.where(over, nm.MAX, small)))


def _soft_exponential_d1(x: FloatArray, alpha: float) -> FloatArray:
    x = np.asarray(x, dtype=np.float64)
    if alpha == 0.0:
        return _out(np.ones_like(x))
    return _out(nm.exp(alpha * x))


def _soft_exponential_d2(x: FloatArray, alpha: float) -> FloatArray:
    x = np.asarray(x, dtype=np.float64)
    if alpha == 0.0:
        return _out(np.zeros_like(x))
    return _out(nm.exp(alpha * x + math.log(alpha)))


def _soft_exponential_module(alpha: float) -> str:
    return (
        "import torch\n\n\n"
        "class SoftExponential(torch.nn.Module):\n"
        f"    def __init__(self, alpha={alpha!r}):\n"
        "        super().__init__()\n"
        "        self.alpha = torch.nn.Parameter(torch.tensor(alpha, dtype=torch.float64))\n\n"
        "    def forward(self, x):\n"
        "        a = self.alpha\n"
        "        if a == 0:\n"
        "            return x\n"
        "        if a < 0:  # defined only where 1 - a (x + a) > 0\n"
        "            return -torch.log1p(-a * (x + a)) / a\n"
        "        return torch.expm1(a * x) / a + a\n"
    )


SOFT_EXPONENTIAL = Activation(
    id="soft_exponential",
    name="Soft exponential",
    family=Family.OTHER,
    f=_soft_exponential,
    df=_soft_exponential_d1,
    d2f=_soft_exponential_d2,
    params=(
        NumberParam(
            "alpha",
            0.5,
            0.0,
            1.0,
            0.05,
            doc="0 gives x, 1 gives e^x; the paper trains it (its alpha < 0 branch is not shown)",
        ),
    ),
    kinks=lambda alpha: (),
    torch_module=_soft_exponential_module,
    learnable=("alpha",),
    convention=_SMOOTH + "; saturates at 1.797e308 where the true value overflows",
    reference=_ref(
        ("Godfrey, Luke B.", "Gashler, Michael S."),
        2015,
        "A continuum among logarithmic, linear, and exponential functions, and its potential "
        "to improve generalization in neural networks",
        "7th International Joint Conference on Knowledge Discovery, Knowledge Engineering and "
        "Knowledge Management (IC3K 2015), KDIR, 481-486",
        "https://arxiv.org/abs/1602.01321",
    ),
)

ACTIVATIONS: tuple[Activation, ...] = (
    PENALIZED_TANH,
    RESCALED_SIGMOID,
    NORMAL_CDF,
    ERF,
    GUMBEL,
    SOFT_CLIPPING,
    HEXPO,
    LISHT,
    RESECH,
    SOFT_EXPONENTIAL,
)
