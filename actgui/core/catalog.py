"""The catalog of activation functions: lookup, parameter validation, evaluation.

Everything here raises :class:`ValueError` with a message that names the
function, the parameter, what was given and what is allowed.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from .functions import ALL_ACTIVATIONS
from .messages import message
from .spec import (
    Activation,
    ChoiceParam,
    FloatArray,
    NumberParam,
    ParamValue,
    Preset,
    format_value,
)


def _build_index(acts: Iterable[Activation]) -> tuple[dict[str, Activation], dict[str, str]]:
    by_id: dict[str, Activation] = {}
    alias: dict[str, str] = {}
    for act in acts:
        if act.id in by_id:
            raise RuntimeError(f"duplicate activation id {act.id!r}")
        by_id[act.id] = act
    for act in by_id.values():
        for a in act.aliases:
            if a in by_id or a in alias:
                raise RuntimeError(f"alias {a!r} of {act.id!r} is already taken")
            alias[a] = act.id
    return by_id, alias


CATALOG, ALIASES = _build_index(ALL_ACTIVATIONS)

#: a function spec (``leaky_relu(negative_slope=0.2)``) is at most this long
MAX_SPEC_LENGTH = 1000


def ids() -> list[str]:
    """Catalog ids in catalog order."""
    return list(CATALOG)


def get(function_id: str) -> Activation:
    """Look up a built-in activation by id or alias; ValueError with suggestions if unknown.

    Only the fixed catalog is searched: custom functions belong to the
    :class:`~actgui.core.state.ExplorerState` that defined them (its
    :meth:`~actgui.core.state.ExplorerState.resolve` looks up both), and
    an :class:`Activation` passed in is returned as it is.
    """
    if isinstance(function_id, Activation):
        return function_id
    key = str(function_id).strip()
    if key in CATALOG:
        return CATALOG[key]
    if key in ALIASES:
        return CATALOG[ALIASES[key]]
    lowered = key.lower().replace("-", "_").replace(" ", "_")
    if lowered in CATALOG:
        return CATALOG[lowered]
    if lowered in ALIASES:
        return CATALOG[ALIASES[lowered]]
    import difflib  # only for a mistyped name: ~5 ms at start-up otherwise

    close = difflib.get_close_matches(lowered, [*CATALOG, *ALIASES], n=3, cutoff=0.6)
    if close:
        raise ValueError(
            message(
                "unknown function {name}; did you mean {names}? "
                "(run 'actgui list' for all {count} ids)",
                name=repr(key),
                names=", ".join(repr(c) for c in close),
                count=len(CATALOG),
            )
        )
    raise ValueError(
        message(
            "unknown function {name} (run 'actgui list' for all {count} ids)",
            name=repr(key),
            count=len(CATALOG),
        )
    )


def defaults(
    function_id: str | Activation, preset: Preset | str = Preset.PYTORCH
) -> dict[str, ParamValue]:
    """Default parameters of a function for the PyTorch or Keras preset."""
    act = get(function_id) if not isinstance(function_id, Activation) else function_id
    pre = Preset(preset)
    return {p.name: p.default_for(pre) for p in act.params}


def differs_by_preset(act: Activation) -> bool:
    """True when the PyTorch and Keras presets give different defaults."""
    return defaults(act, Preset.PYTORCH) != defaults(act, Preset.KERAS)


def _coerce_number(act: Activation, p: NumberParam, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                raise ValueError(
                    message(
                        "{function}: parameter {name} must be a number in {allowed}, got {value}",
                        function=act.id,
                        name=repr(p.name),
                        allowed=p.allowed(),
                        value=repr(value),
                    )
                ) from None
        else:
            raise ValueError(
                message(
                    "{function}: parameter {name} must be a number in {allowed}, "
                    "got {type} {value}",
                    function=act.id,
                    name=repr(p.name),
                    allowed=p.allowed(),
                    type=type(value).__name__,
                    value=repr(value),
                )
            )
    v = float(value)
    why = p.check(v)
    if why is not None:
        raise ValueError(
            message(
                "{function}: parameter {name} = {value} is not allowed ({reason}); "
                "allowed: {allowed}",
                function=act.id,
                name=repr(p.name),
                value=repr(v),
                reason=why,
                allowed=p.allowed(),
            )
        )
    return v


def _coerce_choice(act: Activation, p: ChoiceParam, value: Any) -> str:
    if not isinstance(value, str) or value not in p.choices:
        raise ValueError(
            message(
                "{function}: parameter {name} = {value} is not allowed; allowed: {allowed}",
                function=act.id,
                name=repr(p.name),
                value=repr(value),
                allowed=p.allowed(),
            )
        )
    return value


def resolve_params(
    function_id: str | Activation,
    given: Mapping[str, Any] | None = None,
    preset: Preset | str = Preset.PYTORCH,
) -> dict[str, ParamValue]:
    """Defaults for ``preset`` overridden by ``given``, every value validated."""
    act = get(function_id) if not isinstance(function_id, Activation) else function_id
    params = defaults(act, preset)
    for name, value in (given or {}).items():
        try:
            p = act.param(name)
        except KeyError:
            allowed = ", ".join(repr(q.name) for q in act.params) or message("none")
            raise ValueError(
                message(
                    "{function}: unknown parameter {name}; its parameters are: {names}",
                    function=act.id,
                    name=repr(name),
                    names=allowed,
                )
            ) from None
        if isinstance(p, NumberParam):
            params[name] = _coerce_number(act, p, value)
        else:
            params[name] = _coerce_choice(act, p, value)
    _check_joint(act, params)
    return params


def _check_joint(act: Activation, params: Mapping[str, ParamValue]) -> None:
    """Constraints between parameters (min_val < max_val, lower <= upper, ...)."""
    for lo, hi, strict in _ORDERED_PAIRS.get(act.id, ()):
        a, b = float(params[lo]), float(params[hi])
        if a > b or (strict and a == b):
            fields = dict(function=act.id, low_name=repr(lo), low=repr(a), high_name=repr(hi))
            if strict:
                raise ValueError(
                    message(
                        "{function}: parameter {low_name} = {low} must be less than "
                        "{high_name} = {high}",
                        high=repr(b),
                        **fields,
                    )
                )
            raise ValueError(
                message(
                    "{function}: parameter {low_name} = {low} must be at most {high_name} = {high}",
                    high=repr(b),
                    **fields,
                )
            )


#: (lower, upper, strict) parameter pairs that must stay ordered.
_ORDERED_PAIRS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "hardtanh": (("min_val", "max_val", True),),
    "rrelu": (("lower", "upper", False),),
    "srelu": (("t_left", "t_right", False),),
}


def evaluate(
    function_id: str | Activation,
    x: ArrayLike,
    params: Mapping[str, Any] | None = None,
    order: int = 0,
    preset: Preset | str = Preset.PYTORCH,
) -> FloatArray:
    """f (order 0), f' (1) or f'' (2) of a catalog function at ``x`` (float64)."""
    act = get(function_id) if not isinstance(function_id, Activation) else function_id
    p = resolve_params(act, params, preset)
    xs = np.asarray(x, dtype=np.float64)
    if order == 0:
        kernel = act.f
    elif order == 1:
        kernel = act.df
    elif order == 2:
        kernel = act.d2f
    else:
        raise ValueError(
            message("derivative order must be 0, 1 or 2, got {order}", order=repr(order))
        )
    return np.asarray(kernel(xs, **p), dtype=np.float64)


def evaluate_all(
    function_id: str | Activation,
    x: ArrayLike,
    params: Mapping[str, Any] | None = None,
    orders: Iterable[int] = (0, 1, 2),
    preset: Preset | str = Preset.PYTORCH,
    out: tuple[FloatArray, FloatArray, FloatArray] | None = None,
) -> tuple[FloatArray, ...]:
    """Several of f, f', f'' at ``x`` at once, one array per entry of ``orders``.

    With two or more orders and a fused kernel (:attr:`Activation.fused`) all
    three come from one call that shares their intermediate results, written
    into ``out`` (three float64 arrays shaped like ``x``) when given; otherwise
    each order comes from its own kernel.  Either way the numbers are the same
    bit for bit.
    """
    act = get(function_id) if not isinstance(function_id, Activation) else function_id
    p = resolve_params(act, params, preset)
    orders = tuple(orders)
    for o in orders:
        if o not in (0, 1, 2):
            raise ValueError(
                message("derivative order must be 0, 1 or 2, got {order}", order=repr(o))
            )
    xs = np.asarray(x, dtype=np.float64)
    if act.fused is not None and len(set(orders)) > 1:
        res = act.evaluate_all(xs, p, out)
        return tuple(res[o] for o in orders)
    kernels = (act.f, act.df, act.d2f)
    got = {o: np.asarray(kernels[o](xs, **p), dtype=np.float64) for o in set(orders)}
    if out is not None:
        for o in got:
            out[o][...] = got[o]
            got[o] = out[o]
    return tuple(got[o] for o in orders)


def parse_spec(spec: str) -> tuple[Activation, dict[str, ParamValue]]:
    """Parse ``leaky_relu(negative_slope=0.2)`` into the activation and its params.

    The text is parsed with :mod:`ast` and only literal keyword arguments are
    accepted, each at most once; nothing is evaluated.
    """
    text = spec.strip()
    if not text:
        raise ValueError(
            message(
                "empty function spec; expected an id such as {first} or {second}",
                first="'relu'",
                second="'elu(alpha=0.5)'",
            )
        )
    if "(" not in text:
        act = get(text)
        return act, resolve_params(act)
    if len(text) > MAX_SPEC_LENGTH:
        raise ValueError(
            message(
                "function spec is too long (more than {limit} characters)", limit=MAX_SPEC_LENGTH
            )
        )
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError:
        raise ValueError(
            message(
                "cannot read function spec {spec}; expected id(name=value, ...), "
                "for example {example}",
                spec=repr(spec),
                example="leaky_relu(negative_slope=0.2)",
            )
        ) from None
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name) or node.args:
        raise ValueError(
            message(
                "cannot read function spec {spec}; expected id(name=value, ...) with "
                "keyword arguments only, for example {example}",
                spec=repr(spec),
                example="elu(alpha=0.5)",
            )
        )
    act = get(node.func.id)
    given: dict[str, Any] = {}
    first: dict[str, ast.expr] = {}
    for kw in node.keywords:
        if kw.arg is None:
            raise ValueError(
                message("{function}: '**' is not allowed in a function spec", function=act.id)
            )
        if kw.arg in first:
            raise ValueError(
                message(
                    "{function}: parameter {name} is given twice ({first} and {second}); "
                    "give it once",
                    function=act.id,
                    name=repr(kw.arg),
                    first=ast.get_source_segment(text, first[kw.arg]) or "?",
                    second=ast.get_source_segment(text, kw.value) or "?",
                )
            )
        first[kw.arg] = kw.value
        given[kw.arg] = _literal(act, kw.arg, kw.value)
    return act, resolve_params(act, given)


def _literal(act: Activation, name: str, node: ast.expr) -> Any:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str)):
        return node.value
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, (ast.USub, ast.UAdd))
        and isinstance(node.operand, ast.Constant)
        and isinstance(node.operand.value, (int, float))
        and not isinstance(node.operand.value, bool)
    ):
        v = float(node.operand.value)
        return -v if isinstance(node.op, ast.USub) else v
    if isinstance(node, ast.Name) and node.id in {"inf", "none", "None"}:
        return math.inf
    if isinstance(node, ast.Name):
        return node.id  # a bare word is a choice value: gelu(approximate=tanh)
    raise ValueError(
        message(
            "{function}: parameter {name} must be a plain number or name",
            function=act.id,
            name=repr(name),
        )
    )


def format_spec(
    function_id: str | Activation,
    params: Mapping[str, ParamValue] | None = None,
    expression: str | None = None,
) -> str:
    """Inverse of :func:`parse_spec`; parameters equal to the defaults are omitted.

    With ``expression`` (a custom function's text, without parameter values) the
    spec is the ``expr:TEXT; a=VALUE; ...`` form ``actgui export -f`` reads back,
    every parameter written.
    """
    act = get(function_id) if not isinstance(function_id, Activation) else function_id
    p = resolve_params(act, params)
    if expression:
        values = "".join(f"; {q.name}={spec_value(p[q.name])}" for q in act.params)
        return f"expr:{expression}{values}"
    base = defaults(act)
    parts = []
    for q in act.params:
        v = p[q.name]
        if v == base[q.name]:
            continue
        parts.append(f"{q.name}={spec_value(v)}")
    return f"{act.id}({', '.join(parts)})" if parts else act.id


def spec_value(v: ParamValue) -> str:
    """A parameter's value as a spec writes it (``0.2``, ``inf``, ``'tanh'``): what
    :func:`format_spec` and a sweep's member specs write."""
    if isinstance(v, str):
        return repr(v)
    return format_value(v)  # -inf stays -inf


def framework_code(
    function_id: str | Activation, params: Mapping[str, Any] | None, framework: str
) -> str | None:
    """PyTorch or Keras code for the given params; None when there is no built-in."""
    act = get(function_id) if not isinstance(function_id, Activation) else function_id
    p = resolve_params(act, params)
    if framework == "pytorch":
        maker = act.torch_code
    elif framework == "keras":
        maker = act.keras_code
    else:
        raise ValueError(
            message(
                "framework must be 'pytorch' or 'keras', got {framework}", framework=repr(framework)
            )
        )
    return None if maker is None else maker(**p)
