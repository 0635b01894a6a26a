"""Bounded and tanh-like activations beyond the classic sigmoids (penalized tanh, LiSHT, Hexpo,
soft exponential, normal CDF, erf ...).
"""

from __future__ import annotations

from ..spec import Activation

ACTIVATIONS: tuple[Activation, ...] = ()
