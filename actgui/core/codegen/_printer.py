"""Printing a compiled formula as Python source, and the function definitions around it.

A :class:`Vocabulary` spells the expression language's functions for one target
(numpy, PyTorch, Keras); :class:`_Printer` writes a tree in it; :class:`_Definitions`
collects each function a piece of code calls, once, callees first.  Shared by every
Python target (the matplotlib script, PyTorch and Keras).
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import catalog
from ..spec import Activation, ParamValue, format_number
from ..state import Curve, ExplorerState
from ._formulas import _known_entry, _tree

# --- printing a tree as code ---------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """How one target spells the expression language's functions."""

    unary: dict[str, str]
    maximum: str
    minimum: str
    where: str
    #: clamp(a, min=b) where one side of max/min is a number (PyTorch), else None
    clamp: str | None = None


_UNARY = (
    "exp log log1p expm1 sqrt abs sin cos tan tanh sinh cosh arctan erf sigmoid softplus"
).split()

NUMPY = Vocabulary(
    unary={
        **{n: f"np.{n}" for n in _UNARY},
        "erf": "erf",
        "sigmoid": "sigmoid",
        "softplus": "softplus",
    },
    maximum="np.maximum",
    minimum="np.minimum",
    where="np.where",
)
TORCH = Vocabulary(
    unary={
        **{n: f"torch.{n}" for n in _UNARY},
        "arctan": "torch.atan",
        "softplus": "torch.nn.functional.softplus",
    },
    maximum="torch.maximum",
    minimum="torch.minimum",
    where="torch.where",
    clamp="torch.clamp",
)
KERAS = Vocabulary(
    unary={n: f"keras.ops.{n}" for n in _UNARY},
    maximum="keras.ops.maximum",
    minimum="keras.ops.minimum",
    where="keras.ops.where",
)

_COMPARE_TEXT = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
}
#: names a script defines; a custom parameter with one of them is renamed
RESERVED = frozenset(
    "np math sys plt x Jet lift value erf sigmoid softplus derivatives samples curves"
    " fig axes ax torch keras self".split()
)


def _number(v: float) -> str:
    v = float(v)
    if v == int(v) and abs(v) < 1e6:
        return str(int(v))
    return format_number(v)


class _Printer:
    """A compiled tree as source code in a vocabulary; collects the catalog functions
    it calls (to be defined beside it)."""

    def __init__(self, vocab: Vocabulary, names: Mapping[str, str] | None = None) -> None:
        self.vocab = vocab
        self.names = dict(names or {})
        self.calls: list[str] = []

    def __call__(self, node: Any) -> str:
        return self.expr(node)[0]

    def expr(self, n: Any) -> tuple[str, int]:
        from ..expressions import _tree as ex

        if isinstance(n, ex._Const):
            v = float(n.value)
            text = _number(v)
            return text, (70 if v < 0 or text.startswith("-") else 100)
        if isinstance(n, ex._Var):
            return "x", 100
        if isinstance(n, ex._Param):
            return self.names.get(n.name, n.name), 100
        if isinstance(n, ex._Neg):
            return "-" + self.at_least(n.arg, 70), 70
        if isinstance(n, ex._Bin):
            return self.binary(n)
        if isinstance(n, ex._Unary):
            return f"{self.vocab.unary[n.fn]}({self(n.arg)})", 100
        if isinstance(n, ex._Pick):
            return self.pick(n), 100
        if isinstance(n, ex._Where):
            return self.where(n)
        if isinstance(n, ex._Catalog):
            return self.catalog_call(n), 100
        raise TypeError(type(n))  # pragma: no cover

    def at_least(self, n: Any, level: int, strict: bool = False) -> str:
        text, own = self.expr(n)
        if own < level or (strict and own == level):
            return f"({text})"
        return text

    def binary(self, n: Any) -> tuple[str, int]:
        op = n.op
        if op == "**":
            return f"{self.at_least(n.a, 80, strict=True)} ** {self.at_least(n.b, 80)}", 80
        level = 60 if op in ("*", "/") else 50
        return f"{self.at_least(n.a, level)} {op} {self.at_least(n.b, level, strict=True)}", level

    def pick(self, n: Any) -> str:
        a, b = self(n.a), self(n.b)
        if not n.a.xdep and not n.b.xdep:
            return f"{'max' if n.is_max else 'min'}({a}, {b})"
        if self.vocab.clamp is not None and not (n.a.xdep and n.b.xdep):
            tensor, number = (a, b) if n.a.xdep else (b, a)
            side = "min" if n.is_max else "max"
            return f"{self.vocab.clamp}({tensor}, {side}={number})"
        return f"{self.vocab.maximum if n.is_max else self.vocab.minimum}({a}, {b})"

    def where(self, n: Any) -> tuple[str, int]:
        parts = []
        for i, op in enumerate(n.ops):
            lhs = self.at_least(n.terms[i], 50)
            rhs = self.at_least(n.terms[i + 1], 50)
            parts.append(f"{lhs} {_COMPARE_TEXT[op]} {rhs}")
        a, b = self(n.a), self(n.b)
        if not any(t.xdep for t in n.terms):
            # a condition on the parameters alone: Python's own if-else
            cond = " and ".join(parts)
            return f"{self.at_least(n.a, 20)} if {cond} else {self.at_least(n.b, 20)}", 10
        cond = parts[0] if len(parts) == 1 else " & ".join(f"({p})" for p in parts)
        return f"{self.vocab.where}({cond}, {a}, {b})", 100

    def catalog_call(self, n: Any) -> str:
        act = n.act
        if act.id not in self.calls:
            self.calls.append(act.id)
        base = catalog.defaults(act)
        args = [self(n.arg)]
        for p in act.params:
            if p.name in n.refs:
                args.append(f"{p.name}={self.names.get(n.refs[p.name], n.refs[p.name])}")
            elif p.name in n.fixed and n.fixed[p.name] != base[p.name]:
                args.append(f"{p.name}={_value(n.fixed[p.name])}")
        return f"{python_name(act.id)}({', '.join(args)})"


def _value(v: ParamValue) -> str:
    """A parameter value as Python code (``0.2``, ``'tanh'``, ``math.inf``)."""
    if isinstance(v, str):
        return repr(v)
    if math.isinf(v):
        return "math.inf" if v > 0 else "-math.inf"
    return format_number(float(v))


def python_name(function_id: str) -> str:
    """The name of a function in generated code: the catalog id (``sigmoid_`` where the
    id is a helper's name), or ``custom_<slug>``."""
    if function_id.startswith("custom:"):
        slug = re.sub(r"\W+", "_", function_id[len("custom:") :]).strip("_") or "f"
        return f"custom_{slug}"
    # a script's helpers keep their names: its sigmoid curve is sigmoid_
    return function_id + "_" if function_id in RESERVED else function_id


# --- function definitions -------------------------------------------------------------


@dataclass
class _Definitions:
    """Function definitions in one vocabulary, each once, callees first."""

    vocab: Vocabulary
    state: ExplorerState | None = None
    done: list[str] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)

    def need(self, function_id: str) -> str:
        act = _resolve(function_id, self.state)
        if act.id in self.done:
            return python_name(act.id)
        self.done.append(act.id)
        custom = self.state.custom.get(act.id) if self.state is not None else None
        if custom is not None:
            self._custom(act, custom)
        else:
            self._catalog(act)
        return python_name(act.id)

    def _emit(self, printer: _Printer, header: str, body: list[str]) -> None:
        for callee in printer.calls:
            self.need(callee)
        self.blocks.append("\n".join([header, *body]))

    def _catalog(self, act: Activation) -> None:
        defaults = catalog.defaults(act)
        sig = ", ".join(["x", *(f"{p.name}={_value(defaults[p.name])}" for p in act.params)])
        header = f"def {python_name(act.id)}({sig}):"
        doc = f'    """{_doc(act)}"""'
        entry = _known_entry(act.id)
        printer = _Printer(self.vocab)
        if isinstance(entry, tuple):
            name, by_choice = entry
            body = [doc]
            for i, choice in enumerate(by_choice):
                code = printer(_tree(act.id, choice))
                if i < len(by_choice) - 1:
                    body.append(f"    if {name} == {choice!r}:")
                    body.append(f"        return {code}")
                else:
                    body.append(f"    return {code}  # {name} == {choice!r}")
        else:
            body = [doc, f"    return {printer(_tree(act.id, None))}"]
        self._emit(printer, header, body)

    def _custom(self, act: Activation, custom: Any) -> None:
        names = {p.name: (p.name + "_" if p.name in RESERVED else p.name) for p in custom.params}
        sig = ", ".join(["x", *(f"{names[p.name]}={_value(p.default)}" for p in custom.params)])
        printer = _Printer(self.vocab, names)
        code = printer(custom._root)
        title = act.name if act.name == custom.text else f"{act.name}: {custom.text}"
        doc = f'    """{_escape_doc(title)} (from actgui)."""'
        self._emit(printer, f"def {python_name(act.id)}({sig}):", [doc, f"    return {code}"])


def _resolve(function_id: str, state: ExplorerState | None) -> Activation:
    """A catalog function, or one of ``state``'s custom functions (they are its alone)."""
    return state.resolve(function_id) if state is not None else catalog.get(function_id)


def _figure_curves(state: ExplorerState) -> list[Curve]:
    """The curves a figure (and the code for it) shows: the visible ones, in order."""
    return [c for c in state.curves if c.visible]


def _escape_doc(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _doc(act: Activation) -> str:
    return _escape_doc(f"{act.name} (from actgui).")


def _call(act: Activation, params: Mapping[str, ParamValue], names: Callable[[str], str]) -> str:
    """``leaky_relu(x, negative_slope=0.2)``: the parameters that differ from the defaults."""
    if act.id.startswith("custom:"):
        base: dict[str, ParamValue] = {p.name: p.default for p in act.params}
    else:
        base = catalog.defaults(act)
    args = ["x"]
    for p in act.params:
        v = params[p.name]
        if v != base[p.name]:
            args.append(f"{names(p.name)}={_value(v)}")
    return f"{python_name(act.id)}({', '.join(args)})"
