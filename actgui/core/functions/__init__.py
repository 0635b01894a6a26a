"""All activation definitions, one module per family, in catalog order."""

from __future__ import annotations

from ..spec import Activation
from . import gated, other, piecewise, relu, shrink, sigmoidal

ALL_ACTIVATIONS: tuple[Activation, ...] = (
    *sigmoidal.ACTIVATIONS,
    *relu.ACTIVATIONS,
    *gated.ACTIVATIONS,
    *piecewise.ACTIVATIONS,
    *shrink.ACTIVATIONS,
    *other.ACTIVATIONS,
)
