"""gated activations."""

from __future__ import annotations

from ..spec import Activation

ACTIVATIONS: list[Activation] = []
