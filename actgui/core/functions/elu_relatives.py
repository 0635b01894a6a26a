"""Relatives of ELU and softplus (PELU, SERLU, shifted softplus, SmeLU ...)."""

from __future__ import annotations

from ..spec import Activation

ACTIVATIONS: tuple[Activation, ...] = ()
