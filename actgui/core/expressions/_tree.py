"""The private expression tree that the compiler builds and the evaluator and code printer walk.

Every node keeps its source span (``pos``, ``end``: 0-based columns) for error
messages and whether it depends on x (``xdep``: only such nodes carry
derivatives).  The node classes are private to :mod:`actgui.core`:
:mod:`actgui.core.codegen` reads them to print a tree as code.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from typing import Any

import numpy as np

from .. import catalog
from ..spec import Activation


class _Node:
    __slots__ = ("end", "pos", "xdep")

    def __init__(self, pos: int, end: int, xdep: bool) -> None:
        self.pos = pos
        self.end = end
        self.xdep = xdep  # depends on x (has derivatives)

    def children(self) -> tuple[_Node, ...]:
        return ()


class _Const(_Node):
    __slots__ = ("value",)

    def __init__(self, value: float, pos: int, end: int) -> None:
        super().__init__(pos, end, False)
        self.value = np.float64(value)


class _Var(_Node):
    __slots__ = ()


class _Param(_Node):
    __slots__ = ("name",)

    def __init__(self, name: str, pos: int, end: int) -> None:
        super().__init__(pos, end, False)
        self.name = name


class _Unary(_Node):
    __slots__ = ("arg", "fn")

    def __init__(self, fn: str, arg: _Node, pos: int, end: int) -> None:
        super().__init__(pos, end, arg.xdep)
        self.fn = fn
        self.arg = arg

    def children(self) -> tuple[_Node, ...]:
        return (self.arg,)


class _Neg(_Node):
    __slots__ = ("arg",)

    def __init__(self, arg: _Node, pos: int, end: int) -> None:
        super().__init__(pos, end, arg.xdep)
        self.arg = arg

    def children(self) -> tuple[_Node, ...]:
        return (self.arg,)


class _Bin(_Node):
    __slots__ = ("a", "b", "op")

    def __init__(self, op: str, a: _Node, b: _Node, pos: int, end: int) -> None:
        super().__init__(pos, end, a.xdep or b.xdep)
        self.op = op
        self.a = a
        self.b = b

    def children(self) -> tuple[_Node, ...]:
        return (self.a, self.b)


class _Pick(_Node):
    """max(a, b) (is_max) or min(a, b): the first argument on ties."""

    __slots__ = ("a", "b", "is_max")

    def __init__(self, is_max: bool, a: _Node, b: _Node, pos: int, end: int) -> None:
        super().__init__(pos, end, a.xdep or b.xdep)
        self.is_max = is_max
        self.a = a
        self.b = b

    def children(self) -> tuple[_Node, ...]:
        return (self.a, self.b)


_COMPARE = {
    ast.Lt: ("<", np.less),
    ast.LtE: ("<=", np.less_equal),
    ast.Gt: (">", np.greater),
    ast.GtE: (">=", np.greater_equal),
    ast.Eq: ("==", np.equal),
    ast.NotEq: ("!=", np.not_equal),
}


class _Where(_Node):
    """where(t0 op0 t1 op1 t2 ..., a, b): a chain of comparisons is their conjunction."""

    __slots__ = ("a", "b", "ops", "terms")

    def __init__(
        self, terms: list[_Node], ops: list[Any], a: _Node, b: _Node, pos: int, end: int
    ) -> None:
        super().__init__(pos, end, a.xdep or b.xdep or any(t.xdep for t in terms))
        self.terms = terms
        self.ops = ops
        self.a = a
        self.b = b

    def children(self) -> tuple[_Node, ...]:
        return (*self.terms, self.a, self.b)


class _Catalog(_Node):
    """A catalog function applied to an expression, with fixed or parameter-valued kwargs."""

    __slots__ = ("act", "arg", "fixed", "refs")

    def __init__(
        self,
        act: Activation,
        arg: _Node,
        fixed: dict[str, Any],
        refs: dict[str, str],
        pos: int,
        end: int,
    ) -> None:
        super().__init__(pos, end, arg.xdep)
        self.act = act
        self.arg = arg
        self.fixed = fixed  # resolved params when refs is empty, else the given constants
        self.refs = refs  # catalog parameter -> declared parameter name

    def children(self) -> tuple[_Node, ...]:
        return (self.arg,)

    def params(self, env: Mapping[str, Any]) -> dict[str, Any]:
        if not self.refs:
            return self.fixed
        given = dict(self.fixed)
        for kw, name in self.refs.items():
            given[kw] = float(env[name])
        return catalog.resolve_params(self.act, given)
