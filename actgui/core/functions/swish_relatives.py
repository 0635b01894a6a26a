"""Relatives of Swish and Mish: self-gated x g(x) functions (E-swish, dSiLU, Smish, Logish, Phish,
ErfAct, SMU ...).
"""

from __future__ import annotations

from ..spec import Activation

ACTIVATIONS: tuple[Activation, ...] = ()
