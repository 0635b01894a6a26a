"""Parameter declarations: ``name = default in [low, high] step s``, checked, and back to text.

:func:`parse_parameter` reads one declaration, :func:`parse_definition` the
one-line form ``expression; a=1; b=1.702 in [0, 5]``; :func:`_decl_text` writes
a parameter so that it reads back the same.
"""

from __future__ import annotations

import keyword
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .. import catalog
from ..messages import message
from ..spec import NumberParam, format_number, format_value
from ._base import MAX_LENGTH, MAX_PARAMS, ExpressionError, _err, _short
from ._elementary import _CONSTANTS, _FUNCTION_NAMES
from ._parse import _check_text

__all__ = ["parse_definition", "parse_parameter"]

_NUM = r"[+-]?(?:\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|inf)"
_DECL = re.compile(
    rf"\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*({_NUM})"
    rf"(?:\s*in\s*([\[(])\s*({_NUM})\s*,\s*({_NUM})\s*([\])]))?"
    rf"(?:\s*step\s*({_NUM}))?\s*"
)
MAX_DECL_LENGTH = 200


def _check_param_name(name: str, pos: int | None = None) -> None:
    end = None if pos is None else pos + len(name)
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,31}", name):
        raise _err(
            message(
                "parameter name `{name}` must be a letter followed by up to 31 "
                "letters, digits or `_`",
                name=_short(str(name)),
            ),
            pos,
            end,
        )
    if "__" in name:
        raise _err(message("parameter name `{name}` must not contain `__`", name=name), pos, end)
    if keyword.iskeyword(name) or name in ("x", "inf", "None", "none", *_CONSTANTS):
        raise _err(message("`{name}` cannot be a parameter name", name=name), pos, end)
    if name in _FUNCTION_NAMES or name in catalog.CATALOG or name in catalog.ALIASES:
        raise _err(
            message("`{name}` is a function name and cannot be a parameter name", name=name),
            pos,
            end,
        )


def _auto_step(default: float, lo: float, hi: float) -> float:
    with np.errstate(over="ignore"):
        span = float(np.float64(hi) - np.float64(lo))
    if not (math.isfinite(span) and hi > lo):
        span = 10.0 * max(abs(default), 1.0) if abs(default) < 1e300 else 1e302
    # a power of ten near span/100, kept inside float64 (a=1e308 is a valid default)
    return float(10.0 ** min(300, max(-300, math.floor(math.log10(span / 100.0)))))


def _make_param(
    name: str,
    default: float,
    lo: float = -math.inf,
    hi: float = math.inf,
    lo_open: bool = False,
    hi_open: bool = False,
    step: float | None = None,
    pos: int | None = None,
) -> NumberParam:
    _check_param_name(name, pos)
    try:
        default, lo, hi = float(default), float(lo), float(hi)
    except (TypeError, ValueError):
        raise _err(
            message("parameter `{name}`: default and range must be numbers", name=name), pos
        ) from None
    if not math.isfinite(default):
        raise _err(
            message("parameter `{name}`: the default must be a finite number", name=name), pos
        )
    if math.isnan(lo) or math.isnan(hi) or not lo < hi:
        raise _err(
            message(
                "parameter `{name}`: the range needs lower < upper, got [{low}, {high}]",
                name=name,
                low=lo,
                high=hi,
            ),
            pos,
        )
    if step is None:
        step = _auto_step(default, lo, hi)
    p = NumberParam(
        name,
        default,
        lo,
        hi,
        float(step),
        min_open=lo_open and math.isfinite(lo),
        max_open=hi_open and math.isfinite(hi),
    )
    why = p.check(default)
    if why is not None:
        raise _err(
            message(
                "parameter `{name}`: the default {value} is outside {allowed}",
                name=name,
                value=format_number(default),
                allowed=p.allowed(),
            ),
            pos,
        )
    if not (p.step > 0 and math.isfinite(p.step)):
        raise _err(
            message("parameter `{name}`: the step must be a positive number", name=name), pos
        )
    return p


def parse_parameter(text: str, offset: int = 0) -> NumberParam:
    """``"a = 1.0"``, ``"a = 1.0 in [0, 5]"`` (``(``/``)`` for open ends, ``inf`` for no
    bound), optionally followed by ``step 0.05``, as a NumberParam.

    ``offset`` is added to error positions (for declarations inside a longer text).
    """
    _check_text(text, declaration=True)
    if len(text) > MAX_DECL_LENGTH:
        raise _err(
            message(
                "the parameter declaration is too long (at most {limit} characters)",
                limit=MAX_DECL_LENGTH,
            ),
            offset + MAX_DECL_LENGTH,
        )
    m = _DECL.fullmatch(text)
    if m is None:
        lead = len(text) - len(text.lstrip())
        raise _err(
            message("cannot read the parameter declaration"),
            offset + lead,
            offset + len(text.rstrip()),
            message("write it as name = value, optionally followed by in [low, high] and step s"),
        )
    name, default = m.group(1), float(m.group(2))
    step = None if m.group(7) is None else float(m.group(7))
    if m.group(3) is None:
        return _make_param(name, default, step=step, pos=offset + m.start(1))
    return _make_param(
        name,
        default,
        float(m.group(4)),
        float(m.group(5)),
        m.group(3) == "(",
        m.group(6) == ")",
        step=step,
        pos=offset + m.start(1),
    )


def parse_definition(text: str) -> tuple[str, tuple[NumberParam, ...]]:
    """Split ``"a*x*sigmoid(b*x); a=1; b=1.702 in [0, 5]"`` into the expression and params."""
    if not isinstance(text, str):
        raise ExpressionError(
            message("the definition must be text, got {type}", type=type(text).__name__)
        )
    if len(text) > MAX_LENGTH:
        raise _err(
            message(
                "the definition is too long ({size} characters; at most {limit})",
                size=f"{len(text):,}",
                limit=f"{MAX_LENGTH:,}",
            ),
            MAX_LENGTH,
        )
    parts = text.split(";")
    if len(parts) - 1 > MAX_PARAMS:
        raise ExpressionError(message("too many parameters (at most {limit})", limit=MAX_PARAMS))
    params: list[NumberParam] = []
    offset = len(parts[0]) + 1
    seen: set[str] = set()
    for part in parts[1:]:
        if part.strip():
            p = parse_parameter(part, offset)
            if p.name in seen:
                raise _err(message("parameter `{name}` is declared twice", name=p.name), offset)
            seen.add(p.name)
            params.append(p)
        offset += len(part) + 1
    return parts[0], tuple(params)


def _coerce_params(params: Any) -> dict[str, NumberParam]:
    if params is None:
        return {}
    items: list[tuple[str, Any]]
    if isinstance(params, Mapping):
        items = list(params.items())
    else:
        items = [(getattr(p, "name", "?"), p) for p in params]
    if len(items) > MAX_PARAMS:
        raise ExpressionError(message("too many parameters (at most {limit})", limit=MAX_PARAMS))
    out: dict[str, NumberParam] = {}
    for name, spec in items:
        if isinstance(spec, NumberParam):
            p = _make_param(
                name, spec.default, spec.min, spec.max, spec.min_open, spec.max_open, spec.step
            )
            p = NumberParam(
                p.name, p.default, p.min, p.max, p.step, p.min_open, p.max_open, doc=spec.doc
            )
        elif isinstance(spec, (int, float)) and not isinstance(spec, bool):
            p = _make_param(name, spec)
        elif isinstance(spec, Sequence) and not isinstance(spec, str) and len(spec) == 3:
            p = _make_param(name, *spec)
        else:
            raise ExpressionError(
                message(
                    "parameter `{name}`: give a default or (default, low, high)",
                    name=_short(str(name)),
                )
            )
        if p.name in out:
            raise ExpressionError(message("parameter `{name}` is declared twice", name=p.name))
        out[p.name] = p
    return out


def _decl_text(p: NumberParam) -> str:
    """``p`` as a declaration that :func:`parse_parameter` reads back to the same parameter."""
    lo = "(" if p.min_open else "["
    hi = ")" if p.max_open else "]"
    rng = ""
    if math.isfinite(p.min) or math.isfinite(p.max):
        rng = f" in {lo}{format_value(p.min)}, {format_value(p.max)}{hi}"
    step = ""
    if p.step != _auto_step(p.default, p.min, p.max):
        step = f" step {format_number(p.step)}"
    return f"{p.name} = {format_number(p.default)}{rng}{step}"
