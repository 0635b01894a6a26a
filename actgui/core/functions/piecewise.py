"""Hard / piecewise activations: clipped lines, steps and piecewise polynomials.

Every kernel clips x into the interval where a formula applies before using
it, so the branch that ``np.where`` does not select cannot overflow.
"""

from __future__ import annotations

import numpy as np

from .. import _fast as fx
from ..spec import Activation, Family, FloatArray, NumberParam, Reference, Triple, format_number
from ._code import call, module
from ._references import BASIRAT_ROTH_2018, BLONDEL_2020, HOWARD_2019, PYTORCH_2019

# --- hardtanh -----------------------------------------------------------
# clip(x, min_val, max_val).  PyTorch's backward passes the gradient only for
# min_val < x < max_val, so f' = 0 at both ends.


def _hardtanh(x: FloatArray, min_val: float, max_val: float) -> FloatArray:
    return np.minimum(np.maximum(x, min_val), max_val)


def _hardtanh_d1(x: FloatArray, min_val: float, max_val: float) -> FloatArray:
    return np.where((x > min_val) & (x < max_val), 1.0, 0.0)


def _hardtanh_d2(x: FloatArray, min_val: float, max_val: float) -> FloatArray:
    return np.zeros_like(x)


def _hardtanh_keras(min_val: float, max_val: float) -> str | None:
    if min_val == -1.0 and max_val == 1.0:
        return "keras.activations.hard_tanh"
    return None


def _hardtanh_all(x: FloatArray, out: Triple, min_val: float, max_val: float) -> Triple:
    f, d1, d2 = out
    np.maximum(x, min_val, out=f)
    np.minimum(f, max_val, out=f)
    fx.flag_between(x, min_val, max_val, d1)
    d2.fill(0.0)
    return out


HARDTANH = Activation(
    id="hardtanh",
    name="Hardtanh",
    family=Family.PIECEWISE,
    f=_hardtanh,
    df=_hardtanh_d1,
    d2f=_hardtanh_d2,
    fused=_hardtanh_all,
    params=(
        NumberParam("min_val", -1.0, -10.0, 10.0, 0.1, doc="lower end of the linear region"),
        NumberParam("max_val", 1.0, -10.0, 10.0, 0.1, doc="upper end of the linear region"),
    ),
    kinks=lambda min_val, max_val: (min_val, max_val),
    torch_code=lambda min_val, max_val: call("torch.nn.Hardtanh", min_val=min_val, max_val=max_val),
    keras_code=_hardtanh_keras,
    convention="f'(min_val) = f'(max_val) = 0 as in PyTorch autograd; f'' = 0 everywhere",
    aliases=("hard_tanh",),
    reference=Reference(
        authors=(
            "Collobert, Ronan",
            "Weston, Jason",
            "Bottou, Léon",
            "Karlen, Michael",
            "Kavukcuoglu, Koray",
            "Kuksa, Pavel",
        ),
        year=2011,
        title="Natural Language Processing (Almost) from Scratch",
        venue="Journal of Machine Learning Research 12, 2493–2537",
        url="https://arxiv.org/abs/1103.0398",
    ),
)

# --- hardsigmoid --------------------------------------------------------
# relu6(x + 3) / 6 (Howard et al. 2019, MobileNetV3).  PyTorch: f' = 1/6 only
# for -3 < x < 3, so f'(-3) = f'(3) = 0.  (PyTorch's float64 backward uses the
# float32 constant 1/6 = 0.1666666716...; here f' is the exact 1/6.)

_SIXTH = 1.0 / 6.0


def _hardsigmoid(x: FloatArray) -> FloatArray:
    return np.minimum(np.maximum(x + 3.0, 0.0), 6.0) / 6.0


def _hardsigmoid_d1(x: FloatArray) -> FloatArray:
    return np.where((x > -3.0) & (x < 3.0), _SIXTH, 0.0)


def _hardsigmoid_d2(x: FloatArray) -> FloatArray:
    return np.zeros_like(x)


def _hardsigmoid_all(x: FloatArray, out: Triple) -> Triple:
    f, d1, d2 = out
    np.add(x, 3.0, out=f)
    np.maximum(f, 0.0, out=f)
    np.minimum(f, 6.0, out=f)
    f /= 6.0
    fx.flag((x > -3.0) & (x < 3.0), d1)
    d1 *= _SIXTH  # 1 * c is c, 0 * c is 0
    d2.fill(0.0)
    return out


HARDSIGMOID = Activation(
    id="hardsigmoid",
    name="Hardsigmoid",
    family=Family.PIECEWISE,
    f=_hardsigmoid,
    df=_hardsigmoid_d1,
    d2f=_hardsigmoid_d2,
    fused=_hardsigmoid_all,
    kinks=lambda: (-3.0, 3.0),
    torch_code=lambda: "torch.nn.Hardsigmoid()",
    keras_code=lambda: "keras.activations.hard_sigmoid",
    convention="f'(-3) = f'(3) = 0 as in PyTorch autograd; f'' = 0 everywhere",
    aliases=("hard_sigmoid",),
    reference=HOWARD_2019,
)

# --- hard_swish ---------------------------------------------------------
# x * relu6(x + 3) / 6 (Howard et al. 2019).  Written x * hardsigmoid(x) so that
# x = 1e308 gives 1e308 (x * 6 would overflow).  PyTorch 2.13 backward:
# 0 for x <= -3, x/3 + 1/2 for -3 < x < 3, 1 for x >= 3; double backward 1/3
# on the open interval only.


def _hard_swish(x: FloatArray) -> FloatArray:
    return x * (np.minimum(np.maximum(x + 3.0, 0.0), 6.0) / 6.0)


def _hard_swish_d1(x: FloatArray) -> FloatArray:
    xc = np.clip(x, -3.0, 3.0)
    # 2x + 3 is exact near the zero at x = -1.5 (Sterbenz): no cancellation.
    mid = (2.0 * xc + 3.0) / 6.0
    return np.where(x <= -3.0, 0.0, np.where(x < 3.0, mid, 1.0))


def _hard_swish_d2(x: FloatArray) -> FloatArray:
    return np.where((x > -3.0) & (x < 3.0), 1.0 / 3.0, 0.0)


def _hard_swish_all(x: FloatArray, out: Triple) -> Triple:
    f, d1, d2 = out
    np.add(x, 3.0, out=f)
    np.maximum(f, 0.0, out=f)
    np.minimum(f, 6.0, out=f)
    f /= 6.0
    f *= x
    np.clip(x, -3.0, 3.0, out=d1)
    d1 *= 2.0
    d1 += 3.0
    d1 /= 6.0
    fx.select(x < 3.0, d1, 1.0, d1)
    fx.select(x <= -3.0, 0.0, d1, d1)
    fx.flag((x > -3.0) & (x < 3.0), d2)
    d2 *= 1.0 / 3.0
    return out


HARD_SWISH = Activation(
    id="hard_swish",
    name="Hardswish",
    family=Family.PIECEWISE,
    f=_hard_swish,
    df=_hard_swish_d1,
    d2f=_hard_swish_d2,
    fused=fx.blocked(_hard_swish_all),
    kinks=lambda: (-3.0, 3.0),
    torch_code=lambda: "torch.nn.Hardswish()",
    keras_code=lambda: "keras.activations.hard_silu",
    convention="PyTorch 2.13 autograd: f'(-3) = 0, f'(3) = 1, f''(-3) = f''(3) = 0",
    aliases=("hard_silu", "hardswish", "h_swish"),
    reference=HOWARD_2019,
)

# --- hard_elish ---------------------------------------------------------
# Basirat & Roth 2018: x >= 0: x * h(x); x < 0: (e^x - 1) * h(x), with
# h(x) = max(0, min(1, (x + 1)/2)).  Pieces: 0 (x <= -1),
# expm1(x)(x+1)/2 (-1 < x < 0), x(x+1)/2 (0 <= x < 1), x (x >= 1).
# On (-1, 0]: f' = (e^x (x + 2) - 1)/2, which vanishes at x0 = W(e^2) - 2.  With
# x = x0 + d and e^x0 = 1/(x0 + 2) it equals (expm1(d) + e^x0 d e^d)/2, a sum of
# two terms of the same sign: accurate right through the zero.

_ELISH_X0_HI = -0.4428544010023886
_ELISH_X0_LO = 1.4810791653201162e-17  # x0 = HI + LO to ~1e-33
_ELISH_EX0 = 0.6422007040598738  # e^x0 = 1/(x0 + 2) = 1/W(e^2)


def _hard_elish(x: FloatArray) -> FloatArray:
    xn = np.clip(x, -1.0, 0.0)
    xp = np.clip(x, 0.0, 1.0)
    neg = np.expm1(xn) * (xn + 1.0) * 0.5
    pos = xp * (xp + 1.0) * 0.5
    return np.where(x <= -1.0, 0.0, np.where(x < 0.0, neg, np.where(x < 1.0, pos, x)))


def _hard_elish_d1(x: FloatArray) -> FloatArray:
    xn = np.clip(x, -1.0, 0.0)
    xp = np.clip(x, 0.0, 1.0)
    d = (xn - _ELISH_X0_HI) - _ELISH_X0_LO
    neg = (np.expm1(d) + _ELISH_EX0 * d * np.exp(d)) * 0.5
    pos = xp + 0.5
    return np.where(x <= -1.0, 0.0, np.where(x <= 0.0, neg, np.where(x <= 1.0, pos, 1.0)))


def _hard_elish_d2(x: FloatArray) -> FloatArray:
    xn = np.clip(x, -1.0, 0.0)
    neg = np.exp(xn) * (xn + 3.0) * 0.5
    return np.where(x <= -1.0, 0.0, np.where(x <= 0.0, neg, np.where(x <= 1.0, 1.0, 0.0)))


HARD_ELISH = Activation(
    id="hard_elish",
    name="HardELiSH",
    family=Family.PIECEWISE,
    f=_hard_elish,
    df=_hard_elish_d1,
    d2f=_hard_elish_d2,
    kinks=lambda: (-1.0, 0.0, 1.0),
    torch_module=lambda: module(
        "HardELiSH",
        "neg = torch.expm1(torch.clamp(x, max=0.0))\n"
        "return torch.where(x >= 0, x, neg) * torch.clamp((x + 1) / 2, 0.0, 1.0)",
    ),
    convention=(
        "left limits: f'(-1) = 0, f''(-1) = 0; f'(0) = 1/2, f''(0) = 3/2; f'(1) = 3/2, f''(1) = 1"
    ),
    reference=BASIRAT_ROTH_2018,
)

# --- binary_step --------------------------------------------------------
# Heaviside step with f(0) = 1; f' = f'' = 0 everywhere (jump at 0).


def _binary_step(x: FloatArray) -> FloatArray:
    return np.where(x >= 0.0, 1.0, 0.0)


def _zero(x: FloatArray) -> FloatArray:
    return np.zeros_like(x)


BINARY_STEP = Activation(
    id="binary_step",
    name="Binary step",
    family=Family.PIECEWISE,
    f=_binary_step,
    df=_zero,
    d2f=_zero,
    jumps=lambda: (0.0,),
    torch_module=lambda: module("BinaryStep", "(x >= 0).to(x.dtype)"),
    convention="f(0) = 1; f' = f'' = 0 everywhere, including the jump at 0",
    aliases=("heaviside", "step"),
    reference=Reference(
        authors=("McCulloch, Warren S.", "Pitts, Walter"),
        year=1943,
        title="A logical calculus of the ideas immanent in nervous activity",
        venue="Bulletin of Mathematical Biophysics 5(4), 115–133",
        url="https://doi.org/10.1007/BF02478259",
    ),
    see_also=(
        Reference(
            authors=("Rosenblatt, Frank",),
            year=1958,
            title=(
                "The perceptron: A probabilistic model for information storage and "
                "organization in the brain"
            ),
            venue="Psychological Review 65(6), 386–408",
            url="https://doi.org/10.1037/h0042519",
        ),
    ),
)

# --- threshold ----------------------------------------------------------
# torch.nn.Threshold: x if x > threshold else value.  PyTorch's backward passes
# the gradient only for x > threshold: f(threshold) = value, f'(threshold) = 0.


def _threshold(x: FloatArray, threshold: float, value: float) -> FloatArray:
    return np.where(x > threshold, x, value)


def _threshold_d1(x: FloatArray, threshold: float, value: float) -> FloatArray:
    return np.where(x > threshold, 1.0, 0.0)


def _threshold_d2(x: FloatArray, threshold: float, value: float) -> FloatArray:
    return np.zeros_like(x)


def _threshold_jumps(threshold: float, value: float) -> tuple[float, ...]:
    return () if value == threshold else (threshold,)


def _threshold_all(x: FloatArray, out: Triple, threshold: float, value: float) -> Triple:
    f, d1, d2 = out
    above = x > threshold
    fx.select(above, x, value, f)
    fx.flag(above, d1)
    d2.fill(0.0)
    return out


THRESHOLD = Activation(
    id="threshold",
    name="Threshold",
    family=Family.PIECEWISE,
    f=_threshold,
    df=_threshold_d1,
    d2f=_threshold_d2,
    fused=_threshold_all,
    params=(
        NumberParam("threshold", 1.0, -10.0, 10.0, 0.1, doc="x above this is passed through"),
        NumberParam("value", 0.0, -10.0, 10.0, 0.1, doc="output for x <= threshold"),
    ),
    kinks=lambda threshold, value: (threshold,),
    jumps=_threshold_jumps,
    torch_code=lambda threshold, value: call(
        "torch.nn.Threshold", threshold=threshold, value=value
    ),
    keras_code=lambda threshold, value: (
        "keras.activations.threshold(x, "
        f"threshold={format_number(threshold)}, default_value={format_number(value)})"
    ),
    convention="f(threshold) = value, f'(threshold) = 0 as in PyTorch autograd; f'' = 0",
    reference=PYTORCH_2019,
)

# --- sparse_sigmoid -----------------------------------------------------
# Keras 3: 0 (x <= -1), (x + 1)/2 (-1 < x < 1), 1 (x >= 1).  No PyTorch
# built-in, so f' at the kinks is the left limit.


def _sparse_sigmoid(x: FloatArray) -> FloatArray:
    return (np.clip(x, -1.0, 1.0) + 1.0) * 0.5


def _sparse_sigmoid_d1(x: FloatArray) -> FloatArray:
    return np.where((x > -1.0) & (x <= 1.0), 0.5, 0.0)


SPARSE_SIGMOID = Activation(
    id="sparse_sigmoid",
    name="SparseSigmoid",
    family=Family.PIECEWISE,
    f=_sparse_sigmoid,
    df=_sparse_sigmoid_d1,
    d2f=_zero,
    kinks=lambda: (-1.0, 1.0),
    keras_code=lambda: "keras.activations.sparse_sigmoid",
    torch_module=lambda: module("SparseSigmoid", "(torch.clamp(x, -1.0, 1.0) + 1) / 2"),
    convention="left limits: f'(-1) = 0, f'(1) = 1/2; f'' = 0 everywhere",
    reference=BLONDEL_2020,
)

# --- sqnl ---------------------------------------------------------------
# Wuraola & Patel 2018: with c = clip(x, -2, 2), f = c - c|c|/4 = c(1 - |c|/4),
# f' = 1 - |c|/2 (0 outside [-2, 2]), f'' = -sign(x)/2 inside.


def _sqnl(x: FloatArray) -> FloatArray:
    c = np.clip(x, -2.0, 2.0)
    return c * (1.0 - 0.25 * np.abs(c))


def _sqnl_d1(x: FloatArray) -> FloatArray:
    c = np.abs(np.clip(x, -2.0, 2.0))
    return (2.0 - c) * 0.5


def _sqnl_d2(x: FloatArray) -> FloatArray:
    return np.where((x > -2.0) & (x <= 0.0), 0.5, np.where((x > 0.0) & (x <= 2.0), -0.5, 0.0))


SQNL = Activation(
    id="sqnl",
    name="SQNL",
    family=Family.PIECEWISE,
    f=_sqnl,
    df=_sqnl_d1,
    d2f=_sqnl_d2,
    kinks=lambda: (-2.0, 0.0, 2.0),
    torch_module=lambda: module(
        "SQNL", "c = torch.clamp(x, -2.0, 2.0)\nreturn c - c * c.abs() / 4"
    ),
    convention=(
        "left limits: f'(-2) = 0, f''(-2) = 0; f'(0) = 1, f''(0) = 1/2; f'(2) = 0, f''(2) = -1/2"
    ),
    reference=Reference(
        authors=("Wuraola, Adedamola", "Patel, Nitish"),
        year=2018,
        title="SQNL: A New Computationally Efficient Activation Function",
        venue="2018 International Joint Conference on Neural Networks (IJCNN), 1–7",
        url="https://doi.org/10.1109/IJCNN.2018.8489043",
    ),
)

ACTIVATIONS: list[Activation] = [
    HARDTANH,
    HARDSIGMOID,
    HARD_SWISH,
    HARD_ELISH,
    BINARY_STEP,
    THRESHOLD,
    SPARSE_SIGMOID,
    SQNL,
]
