"""Helpers that spell framework calls for the window's "copy as code"."""

from __future__ import annotations

from ..spec import ParamValue, format_number


def call(target: str, /, **kwargs: ParamValue) -> str:
    """``call("torch.nn.ELU", alpha=0.5)`` -> ``torch.nn.ELU(alpha=0.5)``."""
    args = ", ".join(f"{k}={_py(v)}" for k, v in kwargs.items())
    return f"{target}({args})"


def _py(v: ParamValue) -> str:
    if isinstance(v, str):
        return repr(v)
    return format_number(float(v))


def changed(params: dict[str, ParamValue], base: dict[str, ParamValue]) -> dict[str, ParamValue]:
    """The params that differ from ``base`` (to keep generated code short)."""
    return {k: v for k, v in params.items() if base.get(k) != v}
