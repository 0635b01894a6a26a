"""ReLU family: rectifiers and their smooth or leaky variants."""

from __future__ import annotations

import numpy as np

from ..spec import Activation, Family, FloatArray, NumberParam
from ._code import call

# --- relu ---------------------------------------------------------------
# Kink at 0; PyTorch's autograd uses x > 0, so relu'(0) = 0 and relu''(0) = 0.


def _relu(x: FloatArray) -> FloatArray:
    return np.maximum(x, 0.0)


def _relu_d1(x: FloatArray) -> FloatArray:
    return np.where(x > 0, 1.0, 0.0)


def _relu_d2(x: FloatArray) -> FloatArray:
    return np.zeros_like(x)


RELU = Activation(
    id="relu",
    name="ReLU",
    family=Family.RELU,
    f=_relu,
    df=_relu_d1,
    d2f=_relu_d2,
    kinks=lambda: (0.0,),
    torch_code=lambda: "torch.nn.ReLU()",
    keras_code=lambda: "keras.layers.ReLU()",
    convention="f'(0) = 0 as in PyTorch autograd; f'' = 0 everywhere",
)

# --- leaky_relu ---------------------------------------------------------
# PyTorch: grad = x > 0 ? 1 : negative_slope, so f'(0) = negative_slope.


def _leaky(x: FloatArray, negative_slope: float) -> FloatArray:
    return np.where(x > 0, x, negative_slope * x)


def _leaky_d1(x: FloatArray, negative_slope: float) -> FloatArray:
    return np.where(x > 0, 1.0, negative_slope)


def _leaky_d2(x: FloatArray, negative_slope: float) -> FloatArray:
    return np.zeros_like(x)


LEAKY_RELU = Activation(
    id="leaky_relu",
    name="Leaky ReLU",
    family=Family.RELU,
    f=_leaky,
    df=_leaky_d1,
    d2f=_leaky_d2,
    params=(
        NumberParam(
            "negative_slope", 0.01, 0.0, 1.0, 0.01,
            keras_default=0.3,
            doc="slope of the line for x < 0",
        ),
    ),
    kinks=lambda negative_slope: (0.0,),
    torch_code=lambda negative_slope: call("torch.nn.LeakyReLU", negative_slope=negative_slope),
    keras_code=lambda negative_slope: call("keras.layers.LeakyReLU", negative_slope=negative_slope),
    convention="f'(0) = negative_slope as in PyTorch autograd",
)

ACTIVATIONS: list[Activation] = [RELU, LEAKY_RELU]
