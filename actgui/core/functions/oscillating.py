"""Oscillating activations (NCU, SQU, DSU, cosine, SinLU ...)."""

from __future__ import annotations

from ..spec import Activation

ACTIVATIONS: tuple[Activation, ...] = ()
