"""All activation definitions, one module per family, in catalog order."""

from __future__ import annotations

from ..spec import Activation
from . import (
    bounded,
    elu_relatives,
    gated,
    learnable,
    oscillating,
    other,
    piecewise,
    relu,
    shrink,
    sigmoidal,
    swish_relatives,
    transformer,
)

ALL_ACTIVATIONS: tuple[Activation, ...] = (
    *sigmoidal.ACTIVATIONS,
    *bounded.ACTIVATIONS,
    *relu.ACTIVATIONS,
    *elu_relatives.ACTIVATIONS,
    *gated.ACTIVATIONS,
    *swish_relatives.ACTIVATIONS,
    *transformer.ACTIVATIONS,
    *piecewise.ACTIVATIONS,
    *shrink.ACTIVATIONS,
    *oscillating.ACTIVATIONS,
    *learnable.ACTIVATIONS,
    *other.ACTIVATIONS,
)
