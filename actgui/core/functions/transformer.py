"""Transformer-era activations: QuickGELU, squared ReLU, StarReLU, xIELU, GoLU and the GLU family
(gated units shown on the line b = k a).
"""

from __future__ import annotations

from ..spec import Activation

ACTIVATIONS: tuple[Activation, ...] = ()
