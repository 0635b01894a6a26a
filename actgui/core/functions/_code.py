"""Helpers that spell framework calls for the window's "copy as code"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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


def module(
    name: str,
    forward: str,
    params: Mapping[str, ParamValue] | None = None,
    learnable: Sequence[str] = (),
) -> str:
    """A pasteable ``torch.nn.Module`` (``import torch`` included).

    ``params`` become constructor arguments defaulting to the given values, stored as
    ``self.<name>`` (a ``torch.nn.Parameter`` for the ``learnable`` ones).  ``forward``
    is the body of ``forward(self, x)``: one expression (returned), or statements.
    """
    params = params or {}
    sig = "".join(f", {k}={_py(v)}" for k, v in params.items())
    lines = ["import torch", "", "", f"class {name}(torch.nn.Module):"]
    if params:
        lines += [f"    def __init__(self{sig}):", "        super().__init__()"]
        for k in params:
            if k in learnable:
                lines.append(f"        self.{k} = torch.nn.Parameter(torch.tensor(float({k})))")
            else:
                lines.append(f"        self.{k} = {k}")
        lines.append("")
    body = forward.strip().splitlines()
    if len(body) == 1 and not body[0].startswith("return "):
        body = ["return " + body[0]]
    lines.append("    def forward(self, x):")
    lines += ["        " + line if line else "" for line in body]
    return "\n".join(lines) + "\n"
