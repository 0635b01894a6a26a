"""ReLU family: rectifiers and their smooth or leaky variants.

Every kernel clips x into the interval where a formula applies before using it,
so the branch that ``np.where`` does not select cannot overflow.  Conventions
at kinks follow PyTorch float64 autograd where PyTorch has the function (f' by
backward, f'' by double backward) and the limit from the left elsewhere.

Why this module is long: it is a catalog of 14 functions, each a self-contained
block (its kernels for f, f', f'', a fused kernel where one pays, then its
``Activation`` entry); a reader holds one block at a time, and splitting the family across
files would only scatter the shared helpers.
"""

from __future__ import annotations

import math

import numpy as np

from .. import _fast as fx
from .. import _numeric as nm
from ..spec import Activation, Family, FloatArray, NumberParam, Reference, Triple
from ._code import call, module
from ._references import BLONDEL_2020, CARLILE_2017, KERAS_2015

_MAX = nm.MAX


def _arr(a: FloatArray | float) -> FloatArray:
    """Kernel results as float64 ndarrays (numpy ufuncs turn 0-d arrays into scalars)."""
    return np.asarray(a, dtype=np.float64)


def _scale_sat(a: float, x: FloatArray) -> FloatArray:
    """a * x, saturated at +-MAX instead of overflowing (for |a| > 1)."""
    if abs(a) <= 1.0:
        return a * x
    lim = _MAX / abs(a) * (1.0 - 2.0**-50)
    with np.errstate(over="ignore", invalid="ignore"):  # overwritten below
        r = np.multiply(a, x, out=np.empty(np.shape(x)))
    far = np.less(np.abs(x), lim, out=np.empty(np.shape(x), dtype=np.bool_))
    np.logical_not(far, out=far)  # |x| >= lim or NaN: +-MAX (rare: one predictable pass)
    if far.any():
        sat = np.copysign(_MAX, x[far])
        r[far] = sat if a > 0 else -sat
    return r


def _keras_fn(name: str, **kwargs: float) -> str:
    """``keras.activations.elu(x, alpha=0.5)``: a Keras activation called on x."""
    if not kwargs:
        return f"{name}(x)"
    return call(name, **kwargs).replace("(", "(x, ", 1)


def _points(*xs: float) -> tuple[float, ...]:
    """Sorted, de-duplicated, finite points."""
    return tuple(sorted({float(v) for v in xs if math.isfinite(v)}))


# --- relu ---------------------------------------------------------------
# Kink at 0; PyTorch's autograd uses x > 0, so relu'(0) = 0 and relu''(0) = 0.


def _relu(x: FloatArray) -> FloatArray:
    return _arr(np.maximum(x, 0.0))


def _relu_d1(x: FloatArray) -> FloatArray:
    return _arr(np.where(x > 0, 1.0, 0.0))


def _relu_d2(x: FloatArray) -> FloatArray:
    return np.zeros_like(x, dtype=np.float64)


def _relu_all(x: FloatArray, out: Triple) -> Triple:
    f, d1, d2 = out
    np.maximum(x, 0.0, out=f)
    np.greater(x, 0.0, out=d1)
    d2.fill(0.0)
    return out


RELU = Activation(
    id="relu",
    name="ReLU",
    family=Family.RELU,
    f=_relu,
    df=_relu_d1,
    d2f=_relu_d2,
    fused=_relu_all,
    kinks=lambda: (0.0,),
    torch_code=lambda: "torch.nn.ReLU()",
    keras_code=lambda: "keras.layers.ReLU()",
    convention="f'(0) = 0 as in PyTorch autograd; f'' = 0 everywhere",
    aliases=("rectifier",),
    reference=Reference(
        authors=("Fukushima, Kunihiko",),
        year=1969,
        title="Visual Feature Extraction by a Multilayered Network of Analog Threshold Elements",
        venue="IEEE Transactions on Systems Science and Cybernetics 5(4), 322–333",
        url="https://doi.org/10.1109/TSSC.1969.300225",
    ),
    see_also=(
        Reference(
            authors=("Nair, Vinod", "Hinton, Geoffrey E."),
            year=2010,
            title="Rectified Linear Units Improve Restricted Boltzmann Machines",
            venue="Proceedings of ICML 2010, 807–814",
            url="https://mlanthology.org/icml/2010/nair2010icml-rectified/",
        ),
        Reference(
            authors=("Glorot, Xavier", "Bordes, Antoine", "Bengio, Yoshua"),
            year=2011,
            title="Deep Sparse Rectifier Neural Networks",
            venue="Proceedings of AISTATS 2011, PMLR 15, 315–323",
            url="https://proceedings.mlr.press/v15/glorot11a.html",
        ),
    ),
)

# --- leaky_relu ---------------------------------------------------------
# PyTorch: grad = x > 0 ? 1 : negative_slope, so f'(0) = negative_slope.
# Keras has two defaults: the layer keras.layers.LeakyReLU uses negative_slope=0.3,
# the function keras.activations.leaky_relu 0.2.  The Keras preset follows the
# layer, which is what keras_code writes.


def _leaky(x: FloatArray, negative_slope: float) -> FloatArray:
    return _arr(np.where(x > 0, x, negative_slope * x))


def _leaky_d1(x: FloatArray, negative_slope: float) -> FloatArray:
    return _arr(np.where(x > 0, 1.0, negative_slope))


def _leaky_d2(x: FloatArray, negative_slope: float) -> FloatArray:
    return np.zeros_like(x, dtype=np.float64)


def _leaky_all(x: FloatArray, out: Triple, negative_slope: float) -> Triple:
    """f' = (1 or slope), f = x f' (x * 1 is x, x * slope is slope * x)."""
    f, d1, d2 = out
    fx.select(x > 0, 1.0, negative_slope, d1)
    np.multiply(x, d1, out=f)
    d2.fill(0.0)
    return out


LEAKY_RELU = Activation(
    id="leaky_relu",
    name="Leaky ReLU",
    family=Family.RELU,
    f=_leaky,
    df=_leaky_d1,
    d2f=_leaky_d2,
    fused=_leaky_all,
    params=(
        NumberParam(
            "negative_slope",
            0.01,
            0.0,
            1.0,
            0.01,
            keras_default=0.3,
            doc="slope of the line for x < 0",
        ),
    ),
    kinks=lambda negative_slope: (0.0,),
    torch_code=lambda negative_slope: call("torch.nn.LeakyReLU", negative_slope=negative_slope),
    keras_code=lambda negative_slope: call("keras.layers.LeakyReLU", negative_slope=negative_slope),
    convention="f'(0) = negative_slope as in PyTorch autograd; f'' = 0 everywhere",
    aliases=("lrelu",),
    reference=Reference(
        authors=("Maas, Andrew L.", "Hannun, Awni Y.", "Ng, Andrew Y."),
        year=2013,
        title="Rectifier Nonlinearities Improve Neural Network Acoustic Models",
        venue="Proceedings of ICML 2013",
        url="https://ai.stanford.edu/~amaas/papers/relu_hybrid_icml2013_final.pdf",
    ),
)

# --- relu_general -------------------------------------------------------
# Keras 3 keras.activations.relu (ReLU.static_call), literally:
#   pos = x * (x > threshold)        if threshold != 0   (no clipping at 0!)
#       = relu(x)                    otherwise
#   pos = clip(pos, 0, max_value)    if max_value is not None
#   f   = pos - negative_slope * relu(threshold - x)
# With threshold < 0 and max_value = None Keras returns x on (threshold, 0].
# f jumps at threshold unless the clip at 0 makes it continuous (threshold < 0
# with a finite max_value).  f' at 0 and at threshold is the left limit (as
# torch ReLU / LeakyReLU give at 0); f'(max_value) = 0 as torch ReLU6 /
# Hardtanh(0, max_value) give.


def _rg_pos(x: FloatArray, max_value: float, threshold: float) -> FloatArray:
    pos = np.where(x > threshold, x, 0.0) if threshold != 0 else np.maximum(x, 0.0)
    if math.isfinite(max_value):
        pos = np.clip(pos, 0.0, max_value)
    return pos


def _relu_general(
    x: FloatArray, negative_slope: float, max_value: float, threshold: float
) -> FloatArray:
    pos = _rg_pos(x, max_value, threshold)
    if negative_slope != 0:
        pos = pos - negative_slope * np.maximum(threshold - x, 0.0)
    return _arr(pos)


def _relu_general_d1(
    x: FloatArray, negative_slope: float, max_value: float, threshold: float
) -> FloatArray:
    rising = x > threshold
    if math.isfinite(max_value):
        rising = rising & (x > 0) & (x <= max_value)  # left limit at max_value
    return _arr(np.where(rising, 1.0, 0.0) + np.where(x <= threshold, negative_slope, 0.0))


def _relu_general_d2(
    x: FloatArray, negative_slope: float, max_value: float, threshold: float
) -> FloatArray:
    return np.zeros_like(x, dtype=np.float64)


def _relu_general_all(
    x: FloatArray, out: Triple, negative_slope: float, max_value: float, threshold: float
) -> Triple:
    f, d1, d2 = out
    above = x > threshold
    if threshold != 0:
        fx.select(above, x, 0.0, f)
    else:
        np.maximum(x, 0.0, out=f)
    if math.isfinite(max_value):
        np.clip(f, 0.0, max_value, out=f)
    if negative_slope != 0:
        f -= negative_slope * np.maximum(threshold - x, 0.0)
    rising = above
    if math.isfinite(max_value):
        rising = rising & (x > 0) & (x <= max_value)
    fx.flag(rising, d1)
    if negative_slope != 0:  # + 0.0 changes nothing
        d1 += fx.select(above, 0.0, negative_slope, d2)
    d2.fill(0.0)
    return out


def _relu_general_kinks(
    negative_slope: float, max_value: float, threshold: float
) -> tuple[float, ...]:
    s, m, t = negative_slope, max_value, threshold
    fin = math.isfinite(m)
    if t == 0:
        return _points(*([m] if fin else []), *([0.0] if s != 1 else []))
    if not fin:
        return _points(t)  # jump at t; slope s on the left, 1 on the right
    if t > 0:
        return _points(t, *([m] if m > t else []))  # jump at t
    return _points(*([t] if s != 0 else []), 0.0, m)  # continuous at t < 0


def _relu_general_jumps(
    negative_slope: float, max_value: float, threshold: float
) -> tuple[float, ...]:
    # f(t-) = 0; f(t+) = t (no max_value) or clip(t, 0, max_value).
    t = threshold
    if t == 0:
        return ()
    right = t if not math.isfinite(max_value) else min(max(t, 0.0), max_value)
    return (t,) if right != 0 else ()


def _relu_general_torch(negative_slope: float, max_value: float, threshold: float) -> str | None:
    if threshold != 0:
        return None
    if math.isinf(max_value):
        if negative_slope == 0:
            return "torch.nn.ReLU()"
        return call("torch.nn.LeakyReLU", negative_slope=negative_slope)
    if max_value == 6 and negative_slope == 0:
        return "torch.nn.ReLU6()"
    return None


def _relu_general_keras(negative_slope: float, max_value: float, threshold: float) -> str:
    kw: dict[str, float] = {}
    if math.isfinite(max_value):
        kw["max_value"] = max_value
    kw["negative_slope"] = negative_slope
    kw["threshold"] = threshold
    if threshold < 0:
        # keras.layers.ReLU rejects a negative threshold; the function accepts it.
        return _keras_fn("keras.activations.relu", **kw)
    return call("keras.layers.ReLU", **kw)


RELU_GENERAL = Activation(
    id="relu_general",
    name="ReLU (Keras general)",
    family=Family.RELU,
    f=_relu_general,
    df=_relu_general_d1,
    d2f=_relu_general_d2,
    fused=_relu_general_all,
    params=(
        NumberParam(
            "negative_slope",
            0.0,
            0.0,
            1.0,
            0.01,
            doc="slope of the line below the threshold",
        ),
        NumberParam(
            "max_value",
            math.inf,
            0.0,
            math.inf,
            0.5,
            min_open=True,
            allow_inf=True,
            doc="largest output (inf = no limit, Keras' None)",
        ),
        NumberParam(
            "threshold",
            0.0,
            -10.0,
            10.0,
            0.1,
            doc="x at or below which the output is 0 (or the leaky line)",
        ),
    ),
    kinks=_relu_general_kinks,
    jumps=_relu_general_jumps,
    torch_code=_relu_general_torch,
    keras_code=_relu_general_keras,
    torch_module=lambda negative_slope, max_value, threshold: module(
        "KerasReLU",
        "if self.threshold != 0:\n"
        "    pos = torch.where(x > self.threshold, x, torch.zeros_like(x))\n"
        "else:\n"
        "    pos = torch.relu(x)\n"
        "if self.max_value != float('inf'):\n"
        "    pos = torch.clamp(pos, 0.0, self.max_value)\n"
        "return pos - self.negative_slope * torch.relu(self.threshold - x)",
        {"negative_slope": negative_slope, "max_value": max_value, "threshold": threshold},
    ),
    convention=(
        "f at threshold is Keras' value (x > threshold is false); f' at 0 and at threshold is "
        "the left limit, as at max_value (f'(max_value) = 1: Keras' function, not torch's "
        "ReLU6, whose f'(6) = 0 the catalog's relu6 keeps); f'' = 0"
    ),
    aliases=("keras_relu",),
    reference=KERAS_2015,
)

# --- prelu --------------------------------------------------------------
# x > 0 ? x : init * x with a single (learnable) weight; PyTorch f'(0) = init.


def _prelu(x: FloatArray, init: float) -> FloatArray:
    return _arr(np.where(x > 0, x, init * x))


def _prelu_d1(x: FloatArray, init: float) -> FloatArray:
    return _arr(np.where(x > 0, 1.0, init))


def _prelu_d2(x: FloatArray, init: float) -> FloatArray:
    return np.zeros_like(x, dtype=np.float64)


def _prelu_all(x: FloatArray, out: Triple, init: float) -> Triple:
    return _leaky_all(x, out, init)


def _prelu_keras(init: float) -> str:
    if init == 0:
        return "keras.layers.PReLU()"
    return f"keras.layers.PReLU(alpha_initializer=keras.initializers.Constant({init!r}))"


PRELU = Activation(
    id="prelu",
    name="PReLU",
    family=Family.RELU,
    f=_prelu,
    df=_prelu_d1,
    d2f=_prelu_d2,
    fused=_prelu_all,
    params=(
        NumberParam(
            "init",
            0.25,
            -1.0,
            1.0,
            0.01,
            keras_default=0.0,
            doc="initial slope for x < 0 (learned in training)",
        ),
    ),
    kinks=lambda init: (0.0,),
    torch_code=lambda init: call("torch.nn.PReLU", init=init),
    keras_code=_prelu_keras,
    convention="f'(0) = init as in PyTorch autograd; f'' = 0 everywhere",
    learnable=("init",),
    reference=Reference(
        authors=("He, Kaiming", "Zhang, Xiangyu", "Ren, Shaoqing", "Sun, Jian"),
        year=2015,
        title=(
            "Delving Deep into Rectifiers: Surpassing Human-Level Performance on "
            "ImageNet Classification"
        ),
        venue="IEEE International Conference on Computer Vision (ICCV 2015)",
        url="https://arxiv.org/abs/1502.01852",
    ),
)

# --- rrelu --------------------------------------------------------------
# Evaluation mode of torch.nn.RReLU: leaky_relu with slope (lower + upper) / 2;
# its backward is leaky_relu's, so f'(0) = (lower + upper) / 2.


def _rrelu(x: FloatArray, lower: float, upper: float) -> FloatArray:
    return _arr(np.where(x > 0, x, (lower + upper) / 2 * x))


def _rrelu_d1(x: FloatArray, lower: float, upper: float) -> FloatArray:
    return _arr(np.where(x > 0, 1.0, (lower + upper) / 2))


def _rrelu_d2(x: FloatArray, lower: float, upper: float) -> FloatArray:
    return np.zeros_like(x, dtype=np.float64)


def _rrelu_all(x: FloatArray, out: Triple, lower: float, upper: float) -> Triple:
    return _leaky_all(x, out, (lower + upper) / 2)


RRELU = Activation(
    id="rrelu",
    name="RReLU (eval)",
    family=Family.RELU,
    f=_rrelu,
    df=_rrelu_d1,
    d2f=_rrelu_d2,
    fused=_rrelu_all,
    params=(
        NumberParam("lower", 1.0 / 8.0, 0.0, 1.0, 0.01, doc="lower bound of the random slope"),
        NumberParam("upper", 1.0 / 3.0, 0.0, 1.0, 0.01, doc="upper bound of the random slope"),
    ),
    kinks=lambda lower, upper: (0.0,),
    torch_code=lambda lower, upper: call("torch.nn.RReLU", lower=lower, upper=upper),
    convention="f'(0) = (lower + upper)/2 as in PyTorch eval-mode autograd; f'' = 0",
    reference=Reference(
        authors=("Xu, Bing", "Wang, Naiyan", "Chen, Tianqi", "Li, Mu"),
        year=2015,
        title="Empirical Evaluation of Rectified Activations in Convolutional Network",
        venue="arXiv preprint arXiv:1505.00853",
        url="https://arxiv.org/abs/1505.00853",
    ),
)

# --- relu6 --------------------------------------------------------------
# min(max(x, 0), 6) = Hardtanh(0, 6) in PyTorch: f' = 1 only for 0 < x < 6.


def _relu6(x: FloatArray) -> FloatArray:
    return _arr(np.clip(x, 0.0, 6.0))


def _relu6_d1(x: FloatArray) -> FloatArray:
    return _arr(np.where((x > 0) & (x < 6), 1.0, 0.0))


def _relu6_d2(x: FloatArray) -> FloatArray:
    return np.zeros_like(x, dtype=np.float64)


def _relu6_all(x: FloatArray, out: Triple) -> Triple:
    f, d1, d2 = out
    np.clip(x, 0.0, 6.0, out=f)
    fx.flag((x > 0) & (x < 6), d1)
    d2.fill(0.0)
    return out


RELU6 = Activation(
    id="relu6",
    name="ReLU6",
    family=Family.RELU,
    f=_relu6,
    df=_relu6_d1,
    d2f=_relu6_d2,
    fused=_relu6_all,
    kinks=lambda: (0.0, 6.0),
    torch_code=lambda: "torch.nn.ReLU6()",
    keras_code=lambda: "keras.layers.ReLU(max_value=6.0)",
    convention="f'(0) = f'(6) = 0 as in PyTorch autograd; f'' = 0 everywhere",
    reference=Reference(
        authors=("Krizhevsky, Alex",),
        year=2010,
        title="Convolutional Deep Belief Networks on CIFAR-10",
        venue="Technical report, University of Toronto",
        url="https://www.cs.toronto.edu/~kriz/conv-cifar10-aug2010.pdf",
    ),
)

# --- elu ----------------------------------------------------------------
# Clevert et al. 2016: x > 0 ? x : alpha (e^x - 1).  PyTorch's backward takes
# the exponential branch for x <= 0 (f'(0) = alpha) but its double backward
# only for x < 0 (f''(0) = 0).


def _elu(x: FloatArray, alpha: float) -> FloatArray:
    return _arr(np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0))))


def _elu_d1(x: FloatArray, alpha: float) -> FloatArray:
    return _arr(np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0.0))))


def _elu_d2(x: FloatArray, alpha: float) -> FloatArray:
    return _arr(np.where(x < 0, alpha * np.exp(np.minimum(x, 0.0)), 0.0))


def _elu_all(x: FloatArray, out: Triple, alpha: float) -> Triple:
    f, d1, d2 = out
    xn = np.minimum(x, 0.0)
    pos = x > 0
    np.expm1(xn, out=f)
    f *= alpha
    fx.select(pos, x, f, f)
    ae = np.exp(xn, out=xn)
    ae *= alpha
    fx.select(pos, 1.0, ae, d1)
    fx.select(x < 0, ae, 0.0, d2)
    return out


ELU = Activation(
    id="elu",
    name="ELU",
    family=Family.RELU,
    f=_elu,
    df=_elu_d1,
    d2f=_elu_d2,
    fused=fx.blocked(_elu_all),
    params=(
        NumberParam("alpha", 1.0, 0.0, 10.0, 0.05, doc="saturation value -alpha for x -> -inf"),
    ),
    kinks=lambda alpha: (0.0,),
    torch_code=lambda alpha: call("torch.nn.ELU", alpha=alpha),
    keras_code=lambda alpha: call("keras.layers.ELU", alpha=alpha),
    convention="f'(0) = alpha, f''(0) = 0 as in PyTorch autograd",
    reference=Reference(
        authors=("Clevert, Djork-Arné", "Unterthiner, Thomas", "Hochreiter, Sepp"),
        year=2015,
        title="Fast and Accurate Deep Network Learning by Exponential Linear Units (ELUs)",
        venue="arXiv preprint arXiv:1511.07289",
        url="https://arxiv.org/abs/1511.07289",
    ),
)

# --- celu ---------------------------------------------------------------
# Barron 2017: max(0, x) + min(0, alpha (e^{x/alpha} - 1)).  PyTorch computes
# it as elu(x, alpha, input_scale=1/alpha): f'(0) = 1, f''(0) = 0.  (PyTorch's
# backward uses 1/float32(alpha), so its f' is off by ~1e-8 for alpha = 0.3.)
# x/alpha is formed only for x in [-1600 alpha, 0] (e^-1600 / alpha = 0 in
# float64 even for the smallest alpha).


def _celu_z(x: FloatArray, alpha: float) -> FloatArray:
    return np.clip(x, -1600.0 * alpha, 0.0) / alpha


def _celu(x: FloatArray, alpha: float) -> FloatArray:
    return _arr(np.where(x > 0, x, alpha * np.expm1(_celu_z(x, alpha))))


def _celu_d1(x: FloatArray, alpha: float) -> FloatArray:
    return _arr(np.where(x > 0, 1.0, np.exp(_celu_z(x, alpha))))


def _celu_d2(x: FloatArray, alpha: float) -> FloatArray:
    # e^z / alpha; as e^{z - log alpha} where e^z is subnormal (alpha < 1) or
    # 1/alpha overflows (then saturated at MAX).
    z = _celu_z(x, alpha)
    if alpha >= 1e-300:
        d2 = np.exp(z) / alpha
    else:
        arg = z - math.log(alpha)
        d2 = np.where(arg > nm.LOG_MAX, _MAX, np.exp(np.minimum(arg, nm.LOG_MAX)))
    if alpha < 1:
        tiny = np.exp(np.minimum(z, -700.0) - math.log(alpha))
        d2 = np.where(z < -700.0, tiny, d2)
    return _arr(np.where(x < 0, d2, 0.0))


def _celu_all(x: FloatArray, out: Triple, alpha: float) -> Triple:
    f, d1, d2 = out
    z = _celu_z(x, alpha)
    pos = x > 0
    np.expm1(z, out=f)
    f *= alpha
    fx.select(pos, x, f, f)
    ez = np.exp(z)
    fx.select(pos, 1.0, ez, d1)
    if alpha >= 1e-300:
        np.divide(ez, alpha, out=d2)
    else:
        arg = z - math.log(alpha)
        d2[...] = np.where(arg > nm.LOG_MAX, _MAX, np.exp(np.minimum(arg, nm.LOG_MAX)))
    if alpha < 1:
        low = z < -700.0
        if low.any():
            np.copyto(d2, np.exp(np.minimum(z, -700.0) - math.log(alpha)), where=low)
    fx.select(x < 0, d2, 0.0, d2)
    return out


CELU = Activation(
    id="celu",
    name="CELU",
    family=Family.RELU,
    f=_celu,
    df=_celu_d1,
    d2f=_celu_d2,
    fused=fx.blocked(_celu_all),
    params=(
        NumberParam(
            "alpha",
            1.0,
            0.01,
            10.0,
            0.05,
            doc="saturation value -alpha and scale of the negative part",
        ),
    ),
    kinks=lambda alpha: (0.0,),
    torch_code=lambda alpha: call("torch.nn.CELU", alpha=alpha),
    keras_code=lambda alpha: _keras_fn("keras.activations.celu", alpha=alpha),
    convention="f'(0) = 1, f''(0) = 0 as in PyTorch autograd",
    reference=Reference(
        authors=("Barron, Jonathan T.",),
        year=2017,
        title="Continuously Differentiable Exponential Linear Units",
        venue="arXiv preprint arXiv:1704.07483",
        url="https://arxiv.org/abs/1704.07483",
    ),
)

# --- selu ---------------------------------------------------------------
# Klambauer et al. 2017: scale * elu(x, alpha) with the fixed constants below
# (PyTorch's SELU_ALPHA / SELU_SCALE).  f'(0) = scale*alpha, f''(0) = 0 as ELU.

_SELU_SCALE = 1.0507009873554804934193349852946
_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SA = _SELU_ALPHA * _SELU_SCALE


def _selu(x: FloatArray) -> FloatArray:
    return _arr(
        np.where(x > 0, _scale_sat(_SELU_SCALE, x), _SELU_SA * np.expm1(np.minimum(x, 0.0)))
    )


def _selu_d1(x: FloatArray) -> FloatArray:
    return _arr(np.where(x > 0, _SELU_SCALE, _SELU_SA * np.exp(np.minimum(x, 0.0))))


def _selu_d2(x: FloatArray) -> FloatArray:
    return _arr(np.where(x < 0, _SELU_SA * np.exp(np.minimum(x, 0.0)), 0.0))


def _selu_all(x: FloatArray, out: Triple) -> Triple:
    f, d1, d2 = out
    xn = np.minimum(x, 0.0)
    pos = x > 0
    np.expm1(xn, out=f)
    f *= _SELU_SA
    fx.select(pos, _scale_sat(_SELU_SCALE, x), f, f)  # |x| < lim: a predictable where
    ae = np.exp(xn, out=xn)
    ae *= _SELU_SA
    fx.select(pos, _SELU_SCALE, ae, d1)
    fx.select(x < 0, ae, 0.0, d2)
    return out


SELU = Activation(
    id="selu",
    name="SELU",
    family=Family.RELU,
    f=_selu,
    df=_selu_d1,
    d2f=_selu_d2,
    fused=fx.blocked(_selu_all),
    kinks=lambda: (0.0,),
    torch_code=lambda: "torch.nn.SELU()",
    keras_code=lambda: "keras.activations.selu",
    convention="f'(0) = scale*alpha, f''(0) = 0 as in PyTorch autograd",
    reference=Reference(
        authors=("Klambauer, Günter", "Unterthiner, Thomas", "Mayr, Andreas", "Hochreiter, Sepp"),
        year=2017,
        title="Self-Normalizing Neural Networks",
        venue="Advances in Neural Information Processing Systems 30 (NIPS 2017), 971–980",
        url="https://arxiv.org/abs/1706.02515",
    ),
)

# --- isrlu --------------------------------------------------------------
# Carlile et al. 2017: x >= 0 ? x : x / sqrt(1 + alpha x^2).  For x < -1 it is
# written with u = 1/|x| as -1 / hypot(u, sqrt(alpha)) (no x*x overflow).
# f' -> 1 and f'' -> 0 from both sides at 0: no kink.  f''' jumps there (-3 alpha
# from the left, 0 from the right), so f is C² and not C³: declared in higher_kinks.


def _isrlu_parts(x: FloatArray, alpha: float) -> tuple[FloatArray, ...]:
    sa = math.sqrt(alpha)
    xs = np.clip(x, -1.0, 0.0)  # |x| <= 1: direct formula
    hs = np.hypot(1.0, sa * xs)  # sqrt(1 + alpha x^2)
    u = -1.0 / np.minimum(x, -1.0)  # x < -1: u = 1/|x| in (0, 1)
    hl = np.hypot(u, sa)  # sqrt(u^2 + alpha)
    return xs, hs, u, hl


def _isrlu(x: FloatArray, alpha: float) -> FloatArray:
    xs, hs, _, hl = _isrlu_parts(x, alpha)
    neg = np.where(x >= -1.0, xs / hs, -1.0 / hl)
    return _arr(np.where(x >= 0, x, neg))


def _isrlu_d1(x: FloatArray, alpha: float) -> FloatArray:
    # (1 + alpha x^2)^(-3/2)
    _, hs, u, hl = _isrlu_parts(x, alpha)
    rs = 1.0 / hs
    tl = u / hl
    neg = np.where(x >= -1.0, rs * rs * rs, tl * tl * tl)
    return _arr(np.where(x >= 0, 1.0, neg))


def _isrlu_d2(x: FloatArray, alpha: float) -> FloatArray:
    # -3 alpha x (1 + alpha x^2)^(-5/2)
    xs, hs, u, hl = _isrlu_parts(x, alpha)
    rs = 1.0 / hs
    tl = u / hl
    small = (xs * ((rs * rs) * (rs * rs) * rs)) * alpha * -3.0
    large = ((tl * tl) * (tl * tl) / hl) * alpha * 3.0
    return _arr(np.where(x >= 0, 0.0, np.where(x >= -1.0, small, large)))


ISRLU = Activation(
    id="isrlu",
    name="ISRLU",
    family=Family.RELU,
    f=_isrlu,
    df=_isrlu_d1,
    d2f=_isrlu_d2,
    params=(
        NumberParam(
            "alpha",
            1.0,
            0.01,
            10.0,
            0.05,
            doc="saturation value -1/sqrt(alpha) for x -> -inf",
        ),
    ),
    kinks=lambda alpha: (),
    higher_kinks=lambda alpha: ((0.0, 2),),
    torch_module=lambda alpha: module(
        "ISRLU",
        "neg = x * torch.rsqrt(1 + self.alpha * x * x)\nreturn torch.where(x >= 0, x, neg)",
        {"alpha": alpha},
    ),
    convention=(
        "no PyTorch built-in; f' and f'' are continuous at 0 (f'(0) = 1, f''(0) = 0); "
        "f''' jumps there (-3 alpha from the left, 0 from the right)"
    ),
    reference=CARLILE_2017,
)

# --- srelu --------------------------------------------------------------
# Jin et al. 2016, S-shaped ReLU with fixed (learned in training) parameters:
# lines of slope a_left / a_right outside [t_left, t_right], identity inside.
# No PyTorch built-in: f' at t_left and t_right is the left limit.


def _srelu(
    x: FloatArray, t_left: float, a_left: float, t_right: float, a_right: float
) -> FloatArray:
    left = t_left + _scale_sat(a_left, x - t_left)
    right = t_right + _scale_sat(a_right, x - t_right)
    return _arr(np.where(x <= t_left, left, np.where(x < t_right, x, right)))


def _srelu_d1(
    x: FloatArray, t_left: float, a_left: float, t_right: float, a_right: float
) -> FloatArray:
    return _arr(np.where(x <= t_left, a_left, np.where(x <= t_right, 1.0, a_right)))


def _srelu_d2(
    x: FloatArray, t_left: float, a_left: float, t_right: float, a_right: float
) -> FloatArray:
    return np.zeros_like(x, dtype=np.float64)


SRELU = Activation(
    id="srelu",
    name="SReLU",
    family=Family.RELU,
    f=_srelu,
    df=_srelu_d1,
    d2f=_srelu_d2,
    params=(
        NumberParam("t_left", -1.0, -10.0, 10.0, 0.05, doc="left knee"),
        NumberParam("a_left", 0.1, -1.0, 2.0, 0.05, doc="slope left of t_left"),
        NumberParam("t_right", 1.0, -10.0, 10.0, 0.05, doc="right knee"),
        NumberParam("a_right", 0.1, -1.0, 2.0, 0.05, doc="slope right of t_right"),
    ),
    kinks=lambda t_left, a_left, t_right, a_right: _points(t_left, t_right),
    torch_module=lambda t_left, a_left, t_right, a_right: module(
        "SReLU",
        "left = self.t_left + self.a_left * (x - self.t_left)\n"
        "right = self.t_right + self.a_right * (x - self.t_right)\n"
        "return torch.where(x <= self.t_left, left, torch.where(x < self.t_right, x, right))",
        {"t_left": t_left, "a_left": a_left, "t_right": t_right, "a_right": a_right},
        ("t_left", "a_left", "t_right", "a_right"),
    ),
    convention="no PyTorch built-in; f' at t_left and t_right is the limit from the left",
    learnable=("t_left", "a_left", "t_right", "a_right"),
    reference=Reference(
        authors=(
            "Jin, Xiaojie",
            "Xu, Chunyan",
            "Feng, Jiashi",
            "Wei, Yunchao",
            "Xiong, Junjun",
            "Yan, Shuicheng",
        ),
        year=2016,
        title="Deep Learning with S-Shaped Rectified Linear Activation Units",
        venue="Proceedings of the AAAI Conference on Artificial Intelligence 30(1)",
        url="https://doi.org/10.1609/aaai.v30i1.10287",
    ),
)

# --- softplus -----------------------------------------------------------
# PyTorch: (1/beta) log(1 + e^{beta x}), or x where beta*x > threshold (a jump
# of log1p(e^-threshold)/beta at x = threshold/beta).  Backward: 1 where
# beta*x > threshold else sigmoid(beta x); double backward: beta s (1 - s)
# only where beta*x < threshold, so at beta*x == threshold f and f' come from
# the log branch and f'' = 0.  beta*x uses x clipped to +-MAX/(2 beta), which
# keeps the branch test; below beta*x = -700 (beta < 1) the log branch is
# e^{beta x - log beta} to stay accurate where e^{beta x} is subnormal.
# The switch to x is PyTorch's, not softplus's: it is declared a switch, so the
# properties describe softplus (increasing, C∞) and note the step
# (-log1p(e^-threshold)/beta, -2.06e-9 at the defaults).


def _softplus_z(x: FloatArray, beta: float) -> FloatArray:
    if beta > 1:
        c = 0.5 * _MAX / beta
        x = np.clip(x, -c, c)
    return beta * x


def _softplus(x: FloatArray, beta: float, threshold: float) -> FloatArray:
    z = _softplus_z(x, beta)
    sp = nm.softplus(z)
    if beta < 1:
        cap = _MAX * beta * (1.0 - 2.0**-50)  # sp / beta beyond float64 -> MAX
        sp = np.where(sp < cap, np.minimum(sp, cap) / beta, _MAX)
        tiny = np.exp(np.minimum(z, -700.0) - math.log(beta))
        sp = np.where(z < -700.0, tiny, sp)
    elif beta != 1:
        sp = sp / beta
    return _arr(np.where(z > threshold, x, sp))


def _softplus_d1(x: FloatArray, beta: float, threshold: float) -> FloatArray:
    z = _softplus_z(x, beta)
    return _arr(np.where(z > threshold, 1.0, nm.sigmoid(z)))


def _softplus_d2(x: FloatArray, beta: float, threshold: float) -> FloatArray:
    z = _softplus_z(x, beta)
    e = np.exp(-np.abs(z))
    return _arr(np.where(z < threshold, beta * (e / ((1.0 + e) * (1.0 + e))), 0.0))


def _softplus_all(x: FloatArray, out: Triple, beta: float, threshold: float) -> Triple:
    """One e = exp(-|beta x|) for the three; sigmoid(z) = max(e, z >= 0) / (1 + e)."""
    f, d1, d2 = out
    z = _softplus_z(x, beta)
    e = np.abs(z)
    np.negative(e, out=e)
    np.exp(e, out=e)
    sp = np.maximum(z, 0.0, out=f)
    sp += np.log1p(e)
    if beta < 1:
        cap = _MAX * beta * (1.0 - 2.0**-50)
        sp[...] = np.where(sp < cap, np.minimum(sp, cap) / beta, _MAX)
        low = z < -700.0
        if low.any():
            np.copyto(sp, np.exp(np.minimum(z, -700.0) - math.log(beta)), where=low)
    elif beta != 1:
        sp /= beta
    above = z > threshold  # rare on a plotted range: a predictable branch
    np.copyto(f, x, where=above)
    p = 1.0 + e
    np.greater_equal(z, 0.0, out=d1)
    np.maximum(e, d1, out=d1)  # 1 for z >= 0, e below (0 <= e <= 1)
    d1 /= p
    np.copyto(d1, 1.0, where=above)
    p *= p
    np.divide(e, p, out=d2)
    d2 *= beta
    np.copyto(d2, 0.0, where=z >= threshold)
    return out


def _softplus_points(beta: float, threshold: float) -> tuple[float, ...]:
    return _points(threshold / beta)


SOFTPLUS = Activation(
    id="softplus",
    name="Softplus",
    family=Family.RELU,
    f=_softplus,
    df=_softplus_d1,
    d2f=_softplus_d2,
    fused=fx.blocked(_softplus_all),
    params=(
        NumberParam(
            "beta",
            1.0,
            0.01,
            100.0,
            0.1,
            doc="sharpness: (1/beta) log(1 + exp(beta x))",
        ),
        NumberParam(
            "threshold",
            20.0,
            0.0,
            100.0,
            1.0,
            min_open=True,
            doc="above beta*x = threshold the output is x (PyTorch)",
        ),
    ),
    kinks=_softplus_points,
    jumps=_softplus_points,
    switches=_softplus_points,
    torch_code=lambda beta, threshold: call("torch.nn.Softplus", beta=beta, threshold=threshold),
    keras_code=lambda beta, threshold: (
        "keras.activations.softplus" if beta == 1 and threshold >= 20 else None
    ),
    convention=(
        "at beta*x == threshold f and f' are the log branch's and f'' = 0, as in PyTorch autograd"
    ),
    reference=Reference(
        authors=(
            "Dugas, Charles",
            "Bengio, Yoshua",
            "Bélisle, François",
            "Nadeau, Claude",
            "Garcia, René",
        ),
        year=2000,
        title="Incorporating Second-Order Functional Knowledge for Better Option Pricing",
        venue="Advances in Neural Information Processing Systems 13 (NIPS 2000), 472–478",
        url=(
            "https://papers.nips.cc/paper_files/paper/2000/hash/"
            "44968aece94f667e4095002d140b5896-Abstract.html"
        ),
    ),
)

# --- sparse_plus --------------------------------------------------------
# Keras: 0 (x <= -1), (x + 1)^2 / 4 (-1 < x < 1), x (x >= 1).  f' is
# continuous; f'' jumps at +-1 and is the left limit there (0 at -1, 1/2 at 1).


def _sparse_plus(x: FloatArray) -> FloatArray:
    xc = np.clip(x, -1.0, 1.0) + 1.0
    return _arr(np.where(x <= -1.0, 0.0, np.where(x < 1.0, 0.25 * xc * xc, x)))


def _sparse_plus_d1(x: FloatArray) -> FloatArray:
    xc = np.clip(x, -1.0, 1.0) + 1.0
    return _arr(np.where(x <= -1.0, 0.0, np.where(x < 1.0, 0.5 * xc, 1.0)))


def _sparse_plus_d2(x: FloatArray) -> FloatArray:
    return _arr(np.where((x > -1.0) & (x <= 1.0), 0.5, 0.0))


SPARSE_PLUS = Activation(
    id="sparse_plus",
    name="SparsePlus",
    family=Family.RELU,
    f=_sparse_plus,
    df=_sparse_plus_d1,
    d2f=_sparse_plus_d2,
    kinks=lambda: (-1.0, 1.0),
    keras_code=lambda: "keras.activations.sparse_plus",
    torch_module=lambda: module(
        "SparsePlus", "torch.where(x >= 1, x, torch.clamp(x + 1, min=0) ** 2 / 4)"
    ),
    convention="no PyTorch built-in; f'' at -1 and 1 is the limit from the left (0 and 1/2)",
    reference=BLONDEL_2020,
)

# --- squareplus ---------------------------------------------------------
# Barron 2021: (x + sqrt(x^2 + b)) / 2 with h = hypot(x, sqrt b).  For x <= 0
# it is b / (2 (h - x)) (no cancellation); f' = b / (2 h (h - x)) there and
# f'' = b / (2 h^3), all written with s/h, s = sqrt b, so nothing overflows.
# b = 0 gives relu: kink at 0 with the left limits f'(0) = f''(0) = 0.


def _squareplus_parts(x: FloatArray, b: float) -> tuple[float, FloatArray, FloatArray]:
    s = math.sqrt(b)
    h = np.hypot(x, s)
    h = np.where(h > 0, h, 1.0)  # h = 0 only at x = 0 with b = 0
    d = 0.5 * h + 0.5 * np.abs(x)  # (h - x) / 2 for x <= 0
    d = np.where(d > 0, d, 1.0)  # 0 only when b = 0 and x = +-5e-324 (then s = 0)
    return s, h, d


def _squareplus(x: FloatArray, b: float) -> FloatArray:
    s, h, d = _squareplus_parts(x, b)
    neg = (0.5 * s) * ((0.5 * s) / d)
    pos = np.where(x > 1.0, 0.5 * x + 0.5 * h, 0.5 * (np.minimum(x, 1.0) + h))
    return _arr(np.where(x > 0, pos, neg))


def _squareplus_d1(x: FloatArray, b: float) -> FloatArray:
    s, h, d = _squareplus_parts(x, b)
    neg = (s / h) * ((0.25 * s) / d)
    return _arr(np.where(x > 0, 0.5 + 0.5 * (x / h), neg))


def _squareplus_d2(x: FloatArray, b: float) -> FloatArray:
    s, h, _ = _squareplus_parts(x, b)
    q = s / h
    return _arr(0.5 * ((q * q) / h))


SQUAREPLUS = Activation(
    id="squareplus",
    name="Squareplus",
    family=Family.RELU,
    f=_squareplus,
    df=_squareplus_d1,
    d2f=_squareplus_d2,
    params=(
        NumberParam(
            "b",
            4.0,
            0.0,
            100.0,
            0.1,
            doc="curvature at 0 (b = 0 is ReLU)",
        ),
    ),
    kinks=lambda b: (0.0,) if b == 0 else (),
    keras_code=lambda b: _keras_fn("keras.activations.squareplus", b=b),
    torch_module=lambda b: module(
        "Squareplus",
        "if self.b == 0:\n"
        "    return torch.relu(x)\n"
        "h = torch.sqrt(x * x + self.b)\n"
        "# for x <= 0, (x + h)/2 = b/(2(h - x)): no cancellation\n"
        "return torch.where(x > 0, (x + h) / 2, self.b / (2 * (h - x)))",
        {"b": b},
    ),
    convention="no PyTorch built-in; smooth for b > 0; b = 0 is ReLU with f'(0) = f''(0) = 0",
    reference=Reference(
        authors=("Barron, Jonathan T.",),
        year=2021,
        title="Squareplus: A Softplus-Like Algebraic Rectifier",
        venue="arXiv preprint arXiv:2112.11687",
        url="https://arxiv.org/abs/2112.11687",
    ),
)

ACTIVATIONS: list[Activation] = [
    RELU,
    LEAKY_RELU,
    RELU_GENERAL,
    PRELU,
    RRELU,
    RELU6,
    ELU,
    CELU,
    SELU,
    ISRLU,
    SRELU,
    SOFTPLUS,
    SPARSE_PLUS,
    SQUAREPLUS,
]
