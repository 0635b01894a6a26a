"""Learnable activations with their published initial or typical learned values (ACON-C, PAU, APL
...).
"""

from __future__ import annotations

from ..spec import Activation

ACTIVATIONS: tuple[Activation, ...] = ()
