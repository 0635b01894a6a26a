"""Custom activation functions typed as expressions in x, with exact f' and f''.

An expression is data, never code.  The text is checked character by character,
parsed with :func:`ast.parse` (which only builds a syntax tree: nothing is ever
passed to ``eval`` or ``exec`` or compiled to bytecode), and the tree is converted, node by node,
against a whitelist into a small private tree of numpy operations.  Anything
not on the whitelist (attributes, subscripts, strings, lambdas, comprehensions,
``:=``, ``*args``, unknown names, dunders, ...) is refused with an
:class:`ExpressionError` that carries the 0-based column of the offending spot.

Grammar
    ``+ - * / **``, unary ``-``/``+``, parentheses, numbers (``1``, ``0.5``,
    ``1e-3``), the variable ``x``, the constants ``pi`` and ``e``, declared
    parameter names, the functions in :data:`FUNCTIONS` (exp, log, log1p, expm1,
    sqrt, abs, sin, cos, tan, tanh, sinh, cosh, arctan, erf, sigmoid, softplus,
    min, max, where) and every catalog function by id or alias with optional
    keyword parameters: ``gelu(x)``, ``leaky_relu(2*x, negative_slope=0.2)``,
    ``elu(x, alpha=a)`` (a declared parameter whose range lies within alpha's),
    ``gelu(x, approximate=tanh)`` (a choice as a bare word).  ``sigmoid``,
    ``tanh``, ``softplus`` and ``arctan`` are the plain mathematical functions;
    with keyword arguments the catalog function of that id is called
    (``softplus(x, beta=2)`` is PyTorch's Softplus).  Comparisons ``< <= > >=
    == !=`` (chains such as ``0 < x < 1`` included) are allowed only as the first
    argument of ``where(cond, a, b)``.

Parameters
    Declared as ``name = default``, optionally followed by ``in [low, high]``
    (``(``/``)`` for open ends, ``inf`` for no bound) and ``step s``; the one-line
    form used by ``actgui export -f "expr:..."`` is the expression followed by
    declarations, separated by ``;``: ``a*x*sigmoid(b*x); a=1; b=1.702 in [0, 5]``.

Derivatives
    Forward-mode automatic differentiation with second-order dual numbers
    (value, d/dx, d2/dx2) propagated through the tree; each elementary function
    supplies its analytic g, g', g'' in a cancellation-free form (sigmoid' as
    E/(1+E)^2 with E = e^-|u|, tanh' via ``_numeric.sech2``, ...).  Catalog calls
    use the catalog's own f, f', f'' kernels and the chain rule.  No finite
    differences anywhere.

Conventions at kinks (:data:`CONVENTION`)
    ``abs'(0) = 0`` (``sign(0) = 0``, as ``torch.abs`` autograd); ``max``/``min``
    pick the *first* argument on ties, with its derivatives; ``where`` takes value
    and derivatives from the selected branch; catalog functions keep their own
    conventions.  Kinks (and jumps of ``where``) are located numerically (sign
    changes of the switching quantity on a grid over the whole float64 line, then
    bisection to adjacent floats) and declared on the :class:`Activation`.

Undefined points and overflow (the domain policy)
    Evaluation never warns and never raises for any input.  Where the expression
    is mathematically undefined -- log or sqrt of a negative number, log(0),
    division by zero, 0 to a negative power, a negative number to a non-integer
    power, a derivative that does not exist (sqrt'(0)), or an indeterminate
    result of overflowing intermediates (inf - inf, 0 * inf) -- the result is
    NaN, so plots show a gap; :meth:`CustomFunction.undefined` says where and
    why, and :meth:`CustomFunction.defined_everywhere` whether there is any such
    place on the whole line.  (For ``x*tanh(exp(x))`` at x > 709, f' is
    ``sech^2(inf) * inf = 0 * inf``: NaN, as PyTorch's autograd gives.)  A result
    whose true value is beyond float64 (``exp(1000)``) is saturated to
    +-1.797e308, the catalog's convention.

Limits (bounded time and memory for any input)
    :data:`MAX_LENGTH` characters, :data:`MAX_BRACKET_DEPTH` nested brackets
    (checked on the raw text before parsing), :data:`MAX_TREE_DEPTH` levels and
    :data:`MAX_NODES` nodes in the parsed tree, constant exponents with
    ``|p| <= MAX_EXPONENT``, every constant (literal or folded) a finite float64
    (folding is done in numpy float64, never with Python integers), at most
    :data:`MAX_PARAMS` parameters; kinks are searched along the first
    :data:`MAX_SWITCHES` switching quantities and at most :data:`MAX_BREAKS`
    (those nearest 0) are declared.
"""

from __future__ import annotations

import ast
import difflib
import hashlib
import keyword
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from .. import _numeric as nm
from .. import catalog
from ..messages import mark, message
from ..spec import Activation, ChoiceParam, Family, FloatArray, NumberParam, format_number

__all__ = [
    "CONVENTION",
    "FUNCTIONS",
    "MAX_BRACKET_DEPTH",
    "MAX_BREAKS",
    "MAX_EXPONENT",
    "MAX_LENGTH",
    "MAX_NODES",
    "MAX_PARAMS",
    "MAX_SWITCHES",
    "MAX_TREE_DEPTH",
    "CustomFunction",
    "ExpressionError",
    "compile_definition",
    "compile_expression",
    "parse_definition",
    "parse_parameter",
]

MAX_LENGTH = 10_000
MAX_BRACKET_DEPTH = 100
MAX_TREE_DEPTH = 200
MAX_NODES = 5_000
MAX_EXPONENT = 1_000.0
MAX_PARAMS = 16
MAX_NAME_LENGTH = 80
#: At most this many kinks and jumps are located (abs(sin(x)) has infinitely many).
MAX_BREAKS = 100
#: At most this many switching quantities (abs, max/min, where, catalog kinks) are searched.
MAX_SWITCHES = 100
#: Kernel calls on at most this many points skip the cache and compute one order only.
_SMALL = 64

CONVENTION = (
    "abs'(0) = 0; max/min take the first argument on ties; where follows the selected "
    "branch; catalog functions keep their own conventions"
)

_MAX = nm.MAX
_NAN = float("nan")
_ORDER_NAMES = ("f", "f'", "f''")


class ExpressionError(ValueError):
    """A refused expression: ``str(err)`` says what and where.

    ``position`` is the 0-based column in the text that was compiled (None when
    the problem has no place, such as a bad parameter range given as data) and
    ``end`` the column just past the offending token when known.  Messages
    count columns from 1, as editors do.
    """

    def __init__(self, message: str, position: int | None = None, end: int | None = None):
        super().__init__(message)
        self.message = message
        self.position = position
        self.end = end


def _err(reason: str, pos: int | None, end: int | None = None, hint: str = "") -> ExpressionError:
    """The error ``reason`` (already in the user's language) at a column, with a hint."""
    if pos is None:
        text = message("{reason}: {hint}", reason=reason, hint=hint) if hint else reason
    elif hint:
        text = message(
            "{reason} at column {column}: {hint}", reason=reason, column=pos + 1, hint=hint
        )
    else:
        text = message("{reason} at column {column}", reason=reason, column=pos + 1)
    return ExpressionError(text, pos, end)


def _example(code: str) -> str:
    """A hint that shows code: ``e.g. where(x > 0, x, 0)``."""
    return message("e.g. {example}", example=code)


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 3] + "..."


# --- elementary functions: value, first and second derivative ---------------------------
# Each takes the argument's value u and the highest order needed, and returns
# (g(u), g'(u) or None, g''(u) or None).  The forms avoid cancellation and overflow.

_Triple = tuple[Any, Any, Any]
_TWO_OVER_SQRT_PI = 1.1283791670955125739


def _sigmoid_parts(u: Any) -> tuple[Any, Any, Any]:
    """(r, h, E): E = exp(-|u|) = h*h, r = 1/(1+E)."""
    h = np.exp(-0.5 * np.abs(u))
    e = h * h
    return 1.0 / (1.0 + e), h, e


def _sigmoid3(u: Any, order: int) -> _Triple:
    r, h, _ = _sigmoid_parts(u)
    g = np.where(u >= 0, r, (r * h) * h)
    if order == 0:
        return g, None, None
    g1 = ((r * r) * h) * h  # E/(1+E)^2, rounded once even where E is subnormal
    if order == 1:
        return g, g1, None
    return g, g1, -np.tanh(0.5 * u) * g1  # sigmoid'' = -tanh(u/2) sigmoid'


def _softplus3(u: Any, order: int) -> _Triple:
    g = nm.softplus(u)
    if order == 0:
        return g, None, None
    s, s1, _ = _sigmoid3(u, order - 1)
    return g, s, s1


def _exp3(u: Any, order: int) -> _Triple:
    g = np.exp(u)
    return g, g, g


def _expm1_3(u: Any, order: int) -> _Triple:
    g = np.expm1(u)
    if order == 0:
        return g, None, None
    e = np.exp(u)
    return g, e, e


def _log3(u: Any, order: int) -> _Triple:
    uu = np.where(u > 0, u, _NAN)  # log(0) = -inf is a pole: undefined
    g = np.log(uu)
    if order == 0:
        return g, None, None
    g1 = 1.0 / uu
    return g, g1, -(g1 * g1)


def _log1p3(u: Any, order: int) -> _Triple:
    uu = np.where(u > -1.0, u, _NAN)
    g = np.log1p(uu)
    if order == 0:
        return g, None, None
    g1 = 1.0 / (1.0 + uu)
    return g, g1, -(g1 * g1)


def _sqrt3(u: Any, order: int) -> _Triple:
    uu = np.where(u >= 0, u, _NAN)
    g = np.sqrt(uu)
    if order == 0:
        return g, None, None
    g1 = 0.5 / np.where(g > 0, g, _NAN)  # sqrt is not differentiable at 0
    return g, g1, -0.5 * g1 / uu


def _abs3(u: Any, order: int) -> _Triple:
    return np.abs(u), np.sign(u), np.zeros_like(u)  # sign(0) = 0: abs'(0) = 0


def _sin3(u: Any, order: int) -> _Triple:
    g = np.sin(u)
    if order == 0:
        return g, None, None
    return g, np.cos(u), -g


def _cos3(u: Any, order: int) -> _Triple:
    g = np.cos(u)
    if order == 0:
        return g, None, None
    return g, -np.sin(u), -g


def _tan3(u: Any, order: int) -> _Triple:
    g = np.tan(u)
    g1 = 1.0 + g * g
    return g, g1, 2.0 * g * g1


def _tanh3(u: Any, order: int) -> _Triple:
    g = np.tanh(u)
    if order == 0:
        return g, None, None
    g1 = nm.sech2(u)
    return g, g1, -2.0 * g * g1


def _sinh3(u: Any, order: int) -> _Triple:
    g = np.sinh(u)
    if order == 0:
        return g, None, None
    return g, np.cosh(u), g


def _cosh3(u: Any, order: int) -> _Triple:
    g = np.cosh(u)
    if order == 0:
        return g, None, None
    return g, np.sinh(u), g


def _arctan3(u: Any, order: int) -> _Triple:
    g = np.arctan(u)
    if order == 0:
        return g, None, None
    # in 1/u for |u| > 1, so that nothing overflows and the tails keep their digits
    au = np.abs(u)
    s = np.clip(u, -1.0, 1.0)
    t = 1.0 / np.maximum(au, 1.0)
    t2 = t * t
    big = au > 1.0
    g1 = np.where(big, t2 / (1.0 + t2), 1.0 / (1.0 + s * s))
    if order == 1:
        return g, g1, None
    small = -2.0 * s / ((1.0 + s * s) * (1.0 + s * s))
    return g, g1, np.where(big, -2.0 * np.sign(u) * (t2 * t) / ((1.0 + t2) * (1.0 + t2)), small)


def _exp_neg_sq(u: Any) -> Any:
    """exp(-u^2) to a few ulp: u = s + d with s a multiple of 2**-16, so s*s is exact."""
    a = np.minimum(np.abs(u), 40.0)  # exp(-1600) is 0 already
    s = np.trunc(a * 65536.0) / 65536.0
    return np.exp(-(s * s)) * np.exp(-((a - s) * (a + s)))


def _erf3(u: Any, order: int) -> _Triple:
    g = nm.erf(np.asarray(u, dtype=np.float64))
    if order == 0:
        return g, None, None
    g1 = _TWO_OVER_SQRT_PI * _exp_neg_sq(u)
    return g, g1, -2.0 * u * g1


_UNARY: dict[str, tuple[Callable[[Any, int], _Triple], str]] = {
    "exp": (_exp3, "e to the power u"),
    "log": (_log3, "natural logarithm (u > 0)"),
    "log1p": (_log1p3, "log(1 + u), accurate for small u (u > -1)"),
    "expm1": (_expm1_3, "exp(u) - 1, accurate for small u"),
    "sqrt": (_sqrt3, "square root (u >= 0)"),
    "abs": (_abs3, "absolute value; abs'(0) = 0"),
    "sin": (_sin3, "sine"),
    "cos": (_cos3, "cosine"),
    "tan": (_tan3, "tangent"),
    "tanh": (_tanh3, "hyperbolic tangent"),
    "sinh": (_sinh3, "hyperbolic sine"),
    "cosh": (_cosh3, "hyperbolic cosine"),
    "arctan": (_arctan3, "inverse tangent"),
    "erf": (_erf3, "error function"),
    "sigmoid": (_sigmoid3, "logistic 1/(1 + exp(-u))"),
    "softplus": (_softplus3, "log(1 + exp(u)), without overflow"),
}

#: Reason shown when a function's value or derivative is undefined.
_DOMAIN = {
    "log": ("log of a number <= 0", "log of a number <= 0"),
    "log1p": ("log1p of a number <= -1", "log1p of a number <= -1"),
    "sqrt": ("sqrt of a negative number", "sqrt is not differentiable at 0"),
}

#: Built-in names and a one-line description each (for help and completion in the UI).
FUNCTIONS: dict[str, str] = {
    **{name: desc for name, (_, desc) in _UNARY.items()},
    "min": "min(a, b, ...): the smallest; the first argument on ties",
    "max": "max(a, b, ...): the largest; the first argument on ties",
    "where": "where(cond, a, b): a where cond holds, else b (cond: a comparison like x > 0)",
    "pi": "3.14159...",
    "e": "2.71828...",
    "x": "the variable",
}
_CONSTANTS = {"pi": math.pi, "e": math.e}
_FUNCTION_NAMES = frozenset([*_UNARY, "min", "max", "where"])


# --- the private expression tree --------------------------------------------------------


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


# --- dual-number evaluation -------------------------------------------------------------
# A value is (v, d1, d2); d1/d2 are None when zero (x-independent) or not requested.

_Dual = tuple[Any, Any, Any]


def _add(p: Any, q: Any) -> Any:
    if p is None:
        return q
    if q is None:
        return p
    return p + q


def _sub(p: Any, q: Any) -> Any:
    if q is None:
        return p
    if p is None:
        return -q
    return p - q


def _scale(c: Any, p: Any) -> Any:
    return None if p is None else c * p


def _chain(u: _Dual, g: _Triple, order: int) -> _Dual:
    if order == 0 or u[1] is None:
        return g[0], None, None
    d1 = g[1] * u[1]
    if order == 1:
        return g[0], d1, None
    d2 = (g[2] * u[1]) * u[1]  # (g'' u') u': no overflow of u'^2 where g'' = 0
    if u[2] is not None:
        d2 = d2 + g[1] * u[2]
    return g[0], d1, d2


def _select(mask: Any, p: Any, q: Any) -> Any:
    if p is None and q is None:
        return None
    return np.where(mask, 0.0 if p is None else p, 0.0 if q is None else q)


def _powk(u: Any, k: Any) -> Any:
    """u**k with 0 to a negative power undefined (NaN)."""
    p = np.power(u, k)
    if np.ndim(k) == 0 and k >= 0:
        return p
    return np.where((u == 0) & (k < 0), _NAN, p)


class _Diag:
    """Collects, per node and order, where NaN first appears (diagnostic mode)."""

    def __init__(self) -> None:
        self.records: list[tuple[_Node, int, str, Any]] = []

    def note(self, node: _Node, out: _Dual, ins: Sequence[_Dual], order: int) -> None:
        for k in range(order + 1):
            if out[k] is None:
                continue
            bad = np.isnan(out[k])
            if not np.any(bad):
                continue
            for d in ins:
                for j in range(k + 1):
                    if d[j] is not None:
                        bad = bad & ~np.isnan(d[j])
            if np.any(bad):
                for why, mask in _reasons(node, ins, k):
                    hit = bad & mask
                    if np.any(hit):
                        self.records.append((node, k, why, hit))
                        bad = bad & ~hit
                if np.any(bad):
                    self.records.append((node, k, message(_OVERFLOW), bad))


class _Evaluator:
    """Evaluates a compiled tree on numpy arrays (recursively: depth <= MAX_TREE_DEPTH)."""

    def __init__(self, x: Any, env: Mapping[str, Any], order: int, diag: _Diag | None) -> None:
        self.x = x
        self.env = env
        self.order = order
        self.diag = diag

    def ev(self, n: _Node) -> _Dual:
        order = self.order if n.xdep else 0
        if isinstance(n, _Const):
            return n.value, None, None
        if isinstance(n, _Var):
            return self.x, (1.0 if order >= 1 else None), None
        if isinstance(n, _Param):
            return np.float64(self.env[n.name]), None, None
        ins: list[_Dual] = [self.ev(c) for c in n.children()]
        out = self._apply(n, ins, order)
        if self.diag is not None:
            self.diag.note(n, out, ins, order)
        return out

    def _apply(self, n: _Node, ins: list[_Dual], order: int) -> _Dual:
        if isinstance(n, _Unary):
            return _chain(ins[0], _UNARY[n.fn][0](ins[0][0], order), order)
        if isinstance(n, _Neg):
            a = ins[0]
            return -a[0], _scale(-1.0, a[1]), _scale(-1.0, a[2])
        if isinstance(n, _Bin):
            return self._binary(n.op, ins[0], ins[1], order)
        if isinstance(n, _Pick):
            a, b = ins
            if n.is_max:
                mask = (a[0] >= b[0]) | np.isnan(a[0])
            else:
                mask = (a[0] <= b[0]) | np.isnan(a[0])
            return tuple(_select(mask, p, q) for p, q in zip(a, b))  # type: ignore[return-value]
        if isinstance(n, _Where):
            k = len(n.terms)
            vals = [d[0] for d in ins[:k]]
            cond: Any = True
            for i, op in enumerate(n.ops):
                cond = cond & _COMPARE[op][1](vals[i], vals[i + 1])
            a, b = ins[k], ins[k + 1]
            return tuple(_select(cond, p, q) for p, q in zip(a, b))  # type: ignore[return-value]
        if isinstance(n, _Catalog):
            return self._catalog(n, ins[0], order)
        raise AssertionError(type(n))  # pragma: no cover

    def _binary(self, op: str, a: _Dual, b: _Dual, order: int) -> _Dual:
        if op == "+":
            return a[0] + b[0], _add(a[1], b[1]), _add(a[2], b[2])
        if op == "-":
            return a[0] - b[0], _sub(a[1], b[1]), _sub(a[2], b[2])
        if op == "*":
            v = a[0] * b[0]
            if order == 0:
                return v, None, None
            d1 = _add(_scale(b[0], a[1]), _scale(a[0], b[1]))
            if order == 1:
                return v, d1, None
            cross = None if a[1] is None or b[1] is None else 2.0 * (a[1] * b[1])
            d2 = _add(_add(_scale(b[0], a[2]), cross), _scale(a[0], b[2]))
            return v, d1, d2
        if op == "/":
            bb = np.where(b[0] != 0, b[0], _NAN)  # division by zero: undefined
            v = a[0] / bb
            if order == 0:
                return v, None, None
            d1 = _sub(a[1], _scale(v, b[1]))
            d1 = None if d1 is None else d1 / bb
            if order == 1:
                return v, d1, None
            num = a[2]
            if b[1] is not None:
                num = _sub(num, 2.0 * (d1 * b[1]))
            num = _sub(num, _scale(v, b[2]))
            return v, d1, (None if num is None else num / bb)
        if op == "**":
            return self._power(a, b, order)
        raise AssertionError(op)  # pragma: no cover

    def _power(self, u: _Dual, w: _Dual, order: int) -> _Dual:
        # (a value may be an array with zero derivatives, e.g. where(x < 0, 2, 2))
        if w[1] is None:  # constant exponent c: c u**(c-1), c (c-1) u**(c-2)
            c = w[0]
            v = _powk(u[0], c)
            if order == 0 or u[1] is None:
                return v, None, None
            if np.ndim(c) == 0:
                cf = float(c)
                g1: Any = 0.0 if cf == 0 else cf * _powk(u[0], cf - 1.0)
                g2: Any = 0.0 if cf in (0.0, 1.0) else cf * (cf - 1.0) * _powk(u[0], cf - 2.0)
            else:
                g1 = np.where(c == 0, 0.0, c * _powk(u[0], c - 1.0))
                g2 = np.where((c == 0) | (c == 1), 0.0, c * (c - 1.0) * _powk(u[0], c - 2.0))
            return _chain(u, (v, g1, g2), order)
        if u[1] is None:  # constant base a: a**w = exp(w log a)
            a = u[0]
            v = np.where((a == 0) & (w[0] < 0), _NAN, np.power(a, w[0]))
            if order == 0:
                return v, None, None
            la = np.log(np.where(a > 0, a, _NAN))
            g1 = v * la
            return _chain(w, (v, g1, g1 * la), order)
        # both depend on x: u**w = exp(w log u), defined for u > 0
        uu = np.where(u[0] > 0, u[0], _NAN)
        v = np.where((u[0] == 0) & (w[0] < 0), _NAN, np.power(u[0], w[0]))
        if order == 0:
            return v, None, None
        lu = np.log(uu)
        r = u[1] / uu
        q = w[1] * lu + w[0] * r
        d1 = v * q
        if order == 1:
            return v, d1, None
        inner = 2.0 * (w[1] * r) - w[0] * (r * r)
        if w[2] is not None:
            inner = inner + w[2] * lu
        if u[2] is not None:
            inner = inner + w[0] * (u[2] / uu)
        return v, d1, d1 * q + v * inner

    def _catalog(self, n: _Catalog, u: _Dual, order: int) -> _Dual:
        try:
            p = n.params(self.env)
        except ValueError:
            nan = np.full(np.shape(u[0]), _NAN)
            return nan, (nan if order >= 1 else None), (nan if order >= 2 else None)
        uv = nm.saturate(np.asarray(u[0], dtype=np.float64))
        act = n.act
        g = np.asarray(act.f(uv, **p), dtype=np.float64)
        if order == 0 or u[1] is None:
            return g, None, None
        g1 = np.asarray(act.df(uv, **p), dtype=np.float64)
        g2 = np.asarray(act.d2f(uv, **p), dtype=np.float64) if order >= 2 else None
        return _chain(u, (g, g1, g2), order)


_OVERFLOW = mark("indeterminate overflow (inf - inf, 0 * inf or inf / inf in float64)")


def _reasons(node: _Node, ins: Sequence[_Dual], order: int) -> list[tuple[str, Any]]:
    """Why a node's value (order 0) or derivative may be NaN where its inputs are not:
    (reason, where) pairs; what none of them covers is an indeterminate overflow."""
    if isinstance(node, _Unary) and node.fn in ("log", "log1p", "sqrt"):
        u = ins[0][0]
        if node.fn == "log":
            return [(message("log of a number <= 0"), u <= 0)]
        if node.fn == "log1p":
            return [(message("log1p of a number <= -1"), u <= -1)]
        out = [(message("sqrt of a negative number"), u < 0)]
        if order >= 1:
            out.append((message("sqrt is not differentiable at 0"), u == 0))
        return out
    if isinstance(node, _Bin) and node.op == "/":
        return [(message("division by zero"), ins[1][0] == 0)]
    if isinstance(node, _Bin) and node.op == "**":
        u, w = ins[0][0], ins[1][0]
        out = [
            (message("0 to a negative power"), (u == 0) & (w < 0)),
            (message("a negative number to a non-integer power"), (u < 0) & (w != np.round(w))),
        ]
        if order >= 1:
            if ins[1][1] is not None or node.b.xdep:
                out.append(
                    (message("a power with a variable exponent needs a positive base"), u <= 0)
                )
            out.append((message("the power is not differentiable at 0"), u == 0))
        return out
    if isinstance(node, _Catalog) and node.refs:
        return [(message("invalid parameters for {function}", function=node.act.id), True)]
    return []


def _run(root: _Node, x: Any, env: Mapping[str, Any], order: int, diag: _Diag | None) -> _Dual:
    with np.errstate(all="ignore"):
        return _Evaluator(x, env, order, diag).ev(root)


def _finish(v: Any, shape: tuple[int, ...]) -> FloatArray:
    """A fresh float64 array of ``shape``: NaN kept (undefined), +-inf saturated."""
    out = np.zeros(shape, dtype=np.float64)
    if v is not None:
        out[...] = v
        np.clip(out, -_MAX, _MAX, out=out)
    return out


# --- text checks and parsing -----------------------------------------------------------

_OPEN, _CLOSE = "([{", ")]}"
_FORBIDDEN_CHARS = {
    "'": mark("strings are not allowed"),
    '"': mark("strings are not allowed"),
    "#": mark("comments (`#`) are not allowed"),
    "\\": mark("a backslash is not allowed"),
    ";": mark("`;` separates parameter declarations and cannot appear inside the expression"),
}


def _check_text(text: str, declaration: bool = False) -> None:
    """Length, characters and bracket nesting, on the raw text (before any parsing).

    ``declaration``: the text is a parameter declaration, not an expression.
    """
    if not isinstance(text, str):
        kind = type(text).__name__
        if declaration:
            raise ExpressionError(
                message("the parameter declaration must be text, got {type}", type=kind)
            )
        raise ExpressionError(message("the expression must be text, got {type}", type=kind))
    if len(text) > MAX_LENGTH:
        size, limit = f"{len(text):,}", f"{MAX_LENGTH:,}"
        if declaration:
            reason = message(
                "the parameter declaration is too long ({size} characters; at most {limit})",
                size=size,
                limit=limit,
            )
        else:
            reason = message(
                "the expression is too long ({size} characters; at most {limit})",
                size=size,
                limit=limit,
            )
        raise _err(reason, MAX_LENGTH)
    depth = 0
    stack: list[int] = []
    for i, ch in enumerate(text):
        o = ord(ch)
        if o > 126 or (o < 32 and ch not in "\t\n\r") or o == 127:
            uname = unicodedata.name(ch, "")
            label = f"U+{o:04X}" + (f" ({uname})" if uname else "")
            if o == 0:
                label = message("NUL byte (U+0000)")
            if o < 32 or o == 127:
                reason = message("control character {char} is not allowed", char=label)
            else:
                reason = message("character {char} is not allowed", char=label)
            raise _err(reason, i, i + 1, message("use plain ASCII"))
        if ch in _FORBIDDEN_CHARS:
            raise _err(message(_FORBIDDEN_CHARS[ch]), i, i + 1)
        if ch in _OPEN:
            depth += 1
            stack.append(i)
            if depth > MAX_BRACKET_DEPTH:
                raise _err(
                    message(
                        "brackets are nested too deeply (more than {limit} levels)",
                        limit=MAX_BRACKET_DEPTH,
                    ),
                    i,
                    i + 1,
                )
        elif ch in _CLOSE:
            if depth == 0:
                raise _err(message("unmatched `{bracket}`", bracket=ch), i, i + 1)
            depth -= 1
            stack.pop()
    if stack:
        raise _err(
            message("unclosed `{bracket}`", bracket=text[stack[-1]]), stack[-1], stack[-1] + 1
        )


#: Python's own syntax messages that a typo in an expression can give
_SYNTAX = {
    "invalid syntax": mark("invalid syntax"),
    "invalid decimal literal": mark("invalid decimal literal"),
    "invalid hexadecimal literal": mark("invalid hexadecimal literal"),
    "invalid octal literal": mark("invalid octal literal"),
    "invalid binary literal": mark("invalid binary literal"),
    "positional argument follows keyword argument": mark(
        "positional argument follows keyword argument"
    ),
    "cannot use starred expression here": mark("cannot use starred expression here"),
    "cannot use double starred expression here": mark("cannot use double starred expression here"),
    "leading zeros in decimal integer literals are not permitted; "
    "use an 0o prefix for octal integers": mark(
        "leading zeros in decimal integer literals are not permitted; "
        "use an 0o prefix for octal integers"
    ),
}
_INVALID_DIGIT = re.compile(r"invalid digit '(.)' in (binary|octal) literal")


def _syntax_reason(msg: str) -> str:
    """Python's syntax message in the user's language where it is a known one."""
    if msg in _SYNTAX:
        return message(_SYNTAX[msg])
    m = _INVALID_DIGIT.fullmatch(msg)
    if m and m.group(2) == "binary":
        return message("invalid digit '{digit}' in binary literal", digit=m.group(1))
    if m:
        return message("invalid digit '{digit}' in octal literal", digit=m.group(1))
    return msg  # another of Python's messages: shown as Python words it


def _parse(text: str) -> ast.expr:
    """ast.parse of the checked text, wrapped in brackets; offsets stay those of ``text``."""
    if not text.strip():
        raise ExpressionError(
            message("the expression is empty: type something like {example}", example=_EXAMPLE)
        )
    flat = text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    try:
        tree = ast.parse("(" + flat + "\n)", mode="eval")
    except SyntaxError as exc:
        pos: int | None = None
        if exc.offset is not None and (exc.lineno or 1) == 1:
            pos = min(max(exc.offset - 2, 0), len(text))
        msg = _syntax_reason((exc.msg or "invalid syntax").split(".")[0])
        if (exc.lineno or 1) != 1 or (pos is not None and pos >= len(text.rstrip())):
            msg = message("the expression ends too early")
            pos = len(text.rstrip())
        if "Exceeds the limit" in (exc.msg or ""):
            msg = message("a number has too many digits")
        raise _err(message("cannot read the expression ({reason})", reason=msg), pos) from None
    except (RecursionError, MemoryError):
        raise ExpressionError(
            message(
                "the expression is too complex (nested more than {limit} levels deep)",
                limit=MAX_TREE_DEPTH,
            )
        ) from None
    except ValueError as exc:  # e.g. "source code string cannot contain null bytes"
        raise ExpressionError(
            message("cannot read the expression ({reason})", reason=exc)
        ) from None
    _shift(tree.body)
    _check_shape(tree.body)
    return tree.body


def _shift(root: ast.AST) -> None:
    """Undo the leading '(' of the wrapper in every node's column (iteratively)."""
    stack = [root]
    while stack:
        n = stack.pop()
        if hasattr(n, "col_offset"):
            n.col_offset -= 1  # type: ignore[attr-defined]
            if getattr(n, "end_col_offset", None) is not None and n.end_lineno == 1:  # type: ignore[attr-defined]
                n.end_col_offset -= 1  # type: ignore[attr-defined]
        stack.extend(ast.iter_child_nodes(n))


def _check_shape(root: ast.AST) -> None:
    """Depth and size of the parsed tree, without recursion."""
    count = 0
    stack: list[tuple[ast.AST, int]] = [(root, 1)]
    while stack:
        n, d = stack.pop()
        count += isinstance(n, ast.expr)
        if count > MAX_NODES:
            raise _err(
                message(
                    "the expression is too large (more than {limit} operations)",
                    limit=f"{MAX_NODES:,}",
                ),
                getattr(n, "col_offset", 0),
            )
        if d > MAX_TREE_DEPTH:
            raise _err(
                message(
                    "the expression is nested too deeply (more than {limit} levels)",
                    limit=MAX_TREE_DEPTH,
                ),
                getattr(n, "col_offset", 0),
            )
        for c in ast.iter_child_nodes(n):
            stack.append((c, d + 1 if isinstance(c, ast.expr) else d))


# --- conversion of the parsed tree, against the whitelist --------------------------------

_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}
_EXAMPLE = "x * sigmoid(x)"
#: reasons (templates for :func:`message`) by refused operator and syntax
_BAD_BINOPS = {
    ast.BitXor: mark("`^` is not a power here: use ** (x**2)"),
    ast.Mod: mark("`%` is not supported"),
    ast.FloorDiv: mark("`//` is not supported: use /"),
    ast.MatMult: mark("`@` is not supported"),
    ast.BitAnd: mark(
        "`&` is not supported: chain comparisons inside where, e.g. where(0 < x < 1, ...)"
    ),
    ast.BitOr: mark("`|` is not supported: nest where(...) instead"),
    ast.LShift: mark("`<<` is not supported"),
    ast.RShift: mark("`>>` is not supported"),
}
_REFUSED: dict[type, str] = {
    ast.Subscript: mark("indexing with [...] is not allowed"),
    ast.Lambda: mark("lambda is not allowed"),
    ast.ListComp: mark("comprehensions are not allowed"),
    ast.SetComp: mark("comprehensions are not allowed"),
    ast.DictComp: mark("comprehensions are not allowed"),
    ast.GeneratorExp: mark("generator expressions are not allowed"),
    ast.JoinedStr: mark("strings are not allowed"),
    ast.FormattedValue: mark("strings are not allowed"),
    ast.Starred: mark("`*` unpacking is not allowed"),
    ast.NamedExpr: mark("assignment (`:=`) is not allowed"),
    ast.IfExp: mark("`a if c else b` is not allowed: use where(c, a, b)"),
    ast.BoolOp: mark(
        "`and`/`or` are not allowed: chain comparisons (0 < x < 1) or nest where(...)"
    ),
    ast.Tuple: mark("a comma here makes a tuple, which is not allowed"),
    ast.List: mark("lists are not allowed"),
    ast.Set: mark("sets are not allowed"),
    ast.Dict: mark("dictionaries are not allowed"),
    ast.Await: mark("await is not allowed"),
    ast.Yield: mark("yield is not allowed"),
    ast.YieldFrom: mark("yield is not allowed"),
    ast.Slice: mark("slices are not allowed"),
}


def _pos(n: ast.AST) -> tuple[int, int]:
    p = int(getattr(n, "col_offset", 0))
    e = getattr(n, "end_col_offset", None)
    return p, (int(e) if e is not None and getattr(n, "end_lineno", 1) == 1 else p + 1)


class _Compiler:
    def __init__(self, text: str, params: Mapping[str, NumberParam]) -> None:
        self.text = text
        self.params = params
        self.switches: list[tuple[str, _Node, Any]] = []

    # -- names --------------------------------------------------------------------------

    def _known(self) -> list[str]:
        return sorted({*FUNCTIONS, *self.params, *catalog.CATALOG, *catalog.ALIASES})

    def _unknown(self, name: str, pos: int, end: int, called: bool) -> ExpressionError:
        shown = _short(name)
        if name.startswith("_") or "__" in name:
            return _err(
                message(
                    "name `{name}` is not allowed (no names with leading or double `_`)",
                    name=shown,
                ),
                pos,
                end,
            )
        cands = self._known()
        lower = {c.lower(): c for c in cands}
        close = [lower[name.lower()]] if name.lower() in lower else []
        close = close or difflib.get_close_matches(name, cands, n=1, cutoff=0.6)
        reason = message("unknown name `{name}`", name=shown)
        if close:
            return _err(reason, pos, end, message("did you mean `{name}`?", name=close[0]))
        if not called and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,31}", name):
            return _err(
                reason,
                pos,
                end,
                message("declare it as a parameter ({name} = 1.0) or use x", name=name),
            )
        return _err(reason, pos, end)

    # -- expressions ----------------------------------------------------------------------

    def expr(self, n: ast.AST) -> _Node:
        pos, end = _pos(n)
        if isinstance(n, ast.Constant):
            return self._constant(n, pos, end)
        if isinstance(n, ast.Name):
            return self._name(n.id, pos, end)
        if isinstance(n, ast.UnaryOp):
            if isinstance(n.op, ast.USub):
                return self._fold(_Neg(self.expr(n.operand), pos, end))
            if isinstance(n.op, ast.UAdd):
                return self.expr(n.operand)
            op = "not" if isinstance(n.op, ast.Not) else "~"
            raise _err(message("`{operator}` is not supported", operator=op), pos, end)
        if isinstance(n, ast.BinOp):
            return self._binop(n, pos, end)
        if isinstance(n, ast.Call):
            return self._call(n, pos, end)
        if isinstance(n, ast.Compare):
            raise _err(
                message("a comparison is only allowed as the first argument of where(...)"),
                pos,
                end,
                _example("where(x > 0, x, 0)"),
            )
        if type(n) in _REFUSED:
            reason = message(_REFUSED[type(n)])
        else:
            reason = message("`{syntax}` is not allowed in an expression", syntax=type(n).__name__)
        if isinstance(n, ast.Attribute):
            reason = message("attribute access (`.{name}`) is not allowed", name=_short(n.attr))
            pos = end - len(n.attr) - 1
        if isinstance(n, ast.Tuple) and n.elts:
            pos = _pos(n.elts[0])[1]
            while pos < len(self.text) and self.text[pos] in " )\t\r\n":
                pos += 1
        raise _err(reason, max(pos, 0), end)

    def _constant(self, n: ast.Constant, pos: int, end: int) -> _Node:
        v = n.value
        if isinstance(v, bool) or v is None or v is Ellipsis:
            raise _err(message("`{value}` is not a number", value=repr(v)), pos, end)
        if isinstance(v, str):
            raise _err(message("strings are not allowed"), pos, end)
        if isinstance(v, bytes):
            raise _err(message("bytes are not allowed"), pos, end)
        if isinstance(v, complex):
            raise _err(message("complex numbers are not allowed"), pos, end)
        if not isinstance(v, (int, float)):  # pragma: no cover - ast gives no other kinds
            raise _err(message("this constant is not allowed"), pos, end)
        try:
            f = float(v)
        except OverflowError:
            f = math.inf
        if not math.isfinite(f):
            raise _err(message("the number is too large for float64 (at most 1.797e308)"), pos, end)
        return _Const(f, pos, end)

    def _name(self, name: str, pos: int, end: int) -> _Node:
        if name == "x":
            return _Var(pos, end, True)
        if name in self.params:
            return _Param(name, pos, end)
        if name in _CONSTANTS:
            return _Const(_CONSTANTS[name], pos, end)
        if name in _FUNCTION_NAMES or name in catalog.CATALOG or name in catalog.ALIASES:
            raise _err(
                message("`{name}` is a function", name=name),
                pos,
                end,
                message("call it, as in {example}", example=f"{name}(x)"),
            )
        raise self._unknown(name, pos, end, called=False)

    def _binop(self, n: ast.BinOp, pos: int, end: int) -> _Node:
        op = _BINOPS.get(type(n.op))
        if op is None:
            opos = self._op_pos(n)
            if type(n.op) in _BAD_BINOPS:
                raise _err(message(_BAD_BINOPS[type(n.op)]), opos)
            raise _err(message("this operator is not supported"), opos)  # pragma: no cover
        a = self.expr(n.left)
        b = self.expr(n.right)
        if op == "**" and isinstance(b, _Const) and abs(float(b.value)) > MAX_EXPONENT:
            raise _err(
                message(
                    "the exponent {value} is too large "
                    "(constant exponents are limited to |p| <= {limit})",
                    value=format_number(float(b.value)),
                    limit=f"{MAX_EXPONENT:g}",
                ),
                b.pos,
                b.end,
            )
        return self._fold(_Bin(op, a, b, pos, end))

    def _op_pos(self, n: ast.BinOp) -> int:
        """Column of a binary operator: the first non-space after the left operand."""
        _, lend = _pos(n.left)
        i = lend
        while i < len(self.text) and self.text[i] in " )\t\r\n":
            i += 1
        return min(i, len(self.text))

    def _call(self, n: ast.Call, pos: int, end: int) -> _Node:
        if not isinstance(n.func, ast.Name):
            self.expr(n.func)  # refused with its own message (attribute, lambda, ...)
            raise _err(
                message("only named functions can be called, as in {example}", example="exp(x)"),
                pos,
                end,
            )
        name = n.func.id
        fpos, fend = _pos(n.func)
        for a in n.args:
            if isinstance(a, ast.Starred):
                raise _err(message("`*` unpacking is not allowed"), *_pos(a))
        for kw in n.keywords:
            if kw.arg is None:
                raise _err(message("`**` unpacking is not allowed"), *_pos(kw.value))
        if name in _UNARY and not n.keywords:
            self._arity(name, n, 1, fpos, fend)
            arg = self.expr(n.args[0])
            node = _Unary(name, arg, pos, end)
            if name == "abs" and arg.xdep:
                self.switches.append(("kink", arg, None))
            return self._fold(node)
        if name in ("min", "max"):
            self._no_keywords(name, n)
            if len(n.args) < 2:
                raise _err(
                    message("{name} takes two or more arguments", name=name),
                    pos,
                    end,
                    message(
                        "{form}, e.g. {example}", form=f"{name}(a, b)", example=f"{name}(x, 0.1*x)"
                    ),
                )
            args = [self.expr(a) for a in n.args]
            acc = args[0]
            for b in args[1:]:
                acc = self._fold(_Pick(name == "max", acc, b, pos, end))
                if isinstance(acc, _Pick) and acc.xdep:
                    self.switches.append(("kink", _Bin("-", acc.a, acc.b, pos, end), None))
            return acc
        if name == "where":
            return self._where(n, pos, end, fpos, fend)
        if name in _UNARY and name not in catalog.CATALOG:
            self._no_keywords(name, n)
        act = catalog.CATALOG.get(name) or catalog.CATALOG.get(catalog.ALIASES.get(name, ""))
        if act is not None:
            return self._catalog_call(act, n, pos, end, fpos, fend)
        if name in ("x", *_CONSTANTS) or name in self.params:
            raise _err(message("`{name}` is not a function", name=name), fpos, fend)
        raise self._unknown(name, fpos, fend, called=True)

    def _arity(self, name: str, n: ast.Call, k: int, fpos: int, fend: int) -> None:
        if len(n.args) != k:
            if k == 1:
                reason = message(
                    "{name} takes 1 argument, got {count}", name=name, count=len(n.args)
                )
            else:  # pragma: no cover - every plain function takes one argument
                reason = message(
                    "{name} takes {k} arguments, got {count}", name=name, k=k, count=len(n.args)
                )
            raise _err(reason, fpos, fend)

    def _no_keywords(self, name: str, n: ast.Call) -> None:
        if n.keywords:
            kw = n.keywords[0]
            raise _err(message("{name} takes no keyword arguments", name=name), *_pos(kw))

    def _where(self, n: ast.Call, pos: int, end: int, fpos: int, fend: int) -> _Node:
        self._no_keywords("where", n)
        if len(n.args) != 3:
            raise _err(
                message("where takes 3 arguments (cond, a, b), got {count}", count=len(n.args)),
                fpos,
                fend,
                _example("where(x > 0, x, 0.1*x)"),
            )
        cond = n.args[0]
        if not isinstance(cond, ast.Compare):
            raise _err(
                message("the first argument of where must be a comparison"),
                *_pos(cond),
                _example("where(x > 0, x, 0)"),
            )
        terms = [self.expr(cond.left), *(self.expr(c) for c in cond.comparators)]
        ops = [type(o) for o in cond.ops]
        for o, t in zip(cond.ops, cond.comparators):
            if type(o) not in _COMPARE:
                raise _err(message("only < <= > >= == != can compare numbers"), *_pos(t))
        a = self.expr(n.args[1])
        b = self.expr(n.args[2])
        node = _Where(terms, ops, a, b, pos, end)
        for i in range(len(ops)):
            lhs, rhs = terms[i], terms[i + 1]
            if lhs.xdep or rhs.xdep:
                self.switches.append(("where", _Bin("-", lhs, rhs, pos, end), None))
        return self._fold(node)

    def _catalog_call(
        self, act: Activation, n: ast.Call, pos: int, end: int, fpos: int, fend: int
    ) -> _Node:
        if len(n.args) != 1:
            raise _err(
                message(
                    "{function} takes one argument (an expression in x) and keyword parameters, "
                    "got {count} arguments",
                    function=act.id,
                    count=len(n.args),
                ),
                fpos,
                fend,
                _example(f"{act.id}(x" + (f", {act.params[0].name}=...)" if act.params else ")")),
            )
        arg = self.expr(n.args[0])
        fixed: dict[str, Any] = {}
        refs: dict[str, str] = {}
        given: dict[str, ast.keyword] = {}
        for kw in n.keywords:
            kpos, kend = _pos(kw)
            assert kw.arg is not None
            try:
                p = act.param(kw.arg)
            except KeyError:
                names = ", ".join(q.name for q in act.params) or message("none")
                close = difflib.get_close_matches(kw.arg, [q.name for q in act.params], n=1)
                if close:
                    hint = message("did you mean `{name}`?", name=close[0])
                else:
                    hint = message("its parameters: {names}", names=names)
                raise _err(
                    message(
                        "{function} has no parameter `{name}`", function=act.id, name=_short(kw.arg)
                    ),
                    kpos,
                    kend,
                    hint,
                ) from None
            if kw.arg in given:
                raise _err(
                    message(
                        "{function}: parameter {name} is given twice ({first} and {second})",
                        function=act.id,
                        name=f"`{kw.arg}`",
                        first=self._src_of(given[kw.arg].value),
                        second=self._src_of(kw.value),
                    ),
                    kpos,
                    kend,
                    message("give it once"),
                )
            given[kw.arg] = kw
            fixed_value = self._kw_value(act, p, kw.value, refs, kw.arg)
            if fixed_value is not None:
                fixed[kw.arg] = fixed_value[0]
                why = p.check(fixed_value[0]) if isinstance(p, NumberParam) else None
                if why is not None:
                    raise _err(
                        message(
                            "{function}: parameter {name} = {value} is not allowed ({reason}); "
                            "allowed: {allowed}",
                            function=act.id,
                            name=f"`{kw.arg}`",
                            value=_fmt(fixed_value[0]),
                            reason=why,
                            allowed=p.allowed(),
                        ),
                        kpos,
                        kend,
                    )
        try:
            resolved = catalog.resolve_params(
                act, {**fixed, **{k: self.params[v].default for k, v in refs.items()}}
            )
        except ValueError as exc:
            raise _err(str(exc), pos, end) from None
        node = _Catalog(act, arg, resolved if not refs else fixed, refs, pos, end)
        if arg.xdep:
            if refs:
                ks: Any = node
            else:
                ks = (tuple(act.kinks(**resolved)), tuple(act.jumps(**resolved)))
            self.switches.append(("catalog", arg, ks))
        return self._fold(node)

    def _kw_value(
        self, act: Activation, p: Any, value: ast.expr, refs: dict[str, str], kw: str
    ) -> tuple[Any] | None:
        vpos, vend = _pos(value)
        if isinstance(p, ChoiceParam):
            if isinstance(value, ast.Name) and value.id in p.choices:
                return (value.id,)
            raise _err(
                message(
                    "{function}: parameter `{name}` must be one of {choices} "
                    "(a bare word, as in {example})",
                    function=act.id,
                    name=kw,
                    choices=", ".join(p.choices),
                    example=f"{kw}={p.choices[-1]}",
                ),
                vpos,
                vend,
            )
        if isinstance(value, ast.Name) and value.id in ("inf", "None", "none"):
            return (math.inf,)
        if isinstance(value, ast.Name) and value.id in self.params:
            decl = self.params[value.id]
            if not _range_inside(decl, p):
                raise _err(
                    message(
                        "{function}: parameter `{name}` accepts {allowed}, but `{param}` "
                        "ranges over {range}",
                        function=act.id,
                        name=kw,
                        allowed=p.allowed(),
                        param=value.id,
                        range=decl.allowed(),
                    ),
                    vpos,
                    vend,
                    message(
                        "declare {param} within {allowed}", param=value.id, allowed=p.allowed()
                    ),
                )
            refs[kw] = value.id
            return None
        node = self.expr(value)
        if not isinstance(node, _Const):
            raise _err(
                message(
                    "{function}: parameter `{name}` must be a number or a declared parameter name",
                    function=act.id,
                    name=kw,
                ),
                vpos,
                vend,
            )
        return (float(node.value),)

    # -- constant folding ---------------------------------------------------------------------

    def _fold(self, node: _Node) -> _Node:
        """Replace a node whose inputs are all constants by its (finite) value."""
        kids = node.children()
        if isinstance(node, _Where) and all(isinstance(t, _Const) for t in node.terms):
            cond = all(
                bool(_COMPARE[op][1](node.terms[i].value, node.terms[i + 1].value))  # type: ignore[attr-defined]
                for i, op in enumerate(node.ops)
            )
            return node.a if cond else node.b
        if isinstance(node, _Catalog) and node.refs:
            return node  # its parameters are only known at evaluation time
        if not kids or not all(isinstance(c, _Const) for c in kids):
            return node
        diag = _Diag()
        v = _run(node, np.float64(0.0), {}, 0, diag)[0]
        f = float(np.asarray(v))
        if math.isnan(f):
            why = diag.records[0][2] if diag.records else message("undefined")
            raise _err(
                message("`{source}` is undefined ({reason})", source=self._src(node), reason=why),
                node.pos,
                node.end,
            )
        if math.isinf(f):
            raise _err(
                message("`{source}` overflows float64", source=self._src(node)),
                node.pos,
                node.end,
            )
        return _Const(f, node.pos, node.end)

    def _src(self, node: _Node) -> str:
        return _short(self.text[node.pos : node.end].strip() or "?")

    def _src_of(self, n: ast.AST) -> str:
        pos, end = _pos(n)
        return _short(self.text[pos:end].strip() or "?")


def _range_inside(decl: NumberParam, p: NumberParam) -> bool:
    """True when every value the declared parameter can take is valid for ``p``."""
    lo_ok = decl.min > p.min or (decl.min == p.min and (not p.min_open or decl.min_open))
    hi_ok = decl.max < p.max or (decl.max == p.max and (not p.max_open or decl.max_open))
    return lo_ok and hi_ok


# --- kinks and jumps --------------------------------------------------------------------


def _grid() -> FloatArray:
    dense = np.linspace(-64.0, 64.0, 8193)  # step 1/64: exact multiples, 0 included
    tail = np.logspace(np.log10(64.0), 308.0, 1200)[1:]
    return np.unique(np.concatenate([-tail[::-1], dense, tail, [-_MAX, _MAX]]))


_GRID = _grid()


def _key(x: FloatArray) -> Any:
    """A monotone map of floats to int64 (so bisection halves the number of floats)."""
    b = x.view(np.int64)
    return np.where(b < 0, np.int64(-(2**63)) - b, b)


def _unkey(k: Any) -> FloatArray:
    k = np.asarray(k, dtype=np.int64)
    return np.where(k < 0, np.int64(-(2**63)) - k, k).view(np.float64)


def _roots(s: Callable[[FloatArray], FloatArray], limit: int) -> list[float]:
    """Sign changes and zeros of s on the grid, refined to adjacent floats by bisection."""
    with np.errstate(all="ignore"):
        y = np.asarray(s(_GRID), dtype=np.float64)
        y = np.broadcast_to(y, _GRID.shape)
        sg = np.sign(y)
        zeros = _GRID[sg == 0]
        out = list(zeros[np.argsort(np.abs(zeros), kind="stable")][:limit])
        ch = np.flatnonzero((sg[:-1] * sg[1:]) < 0)
        ch = ch[np.argsort(np.abs(_GRID[ch]), kind="stable")][:limit]  # nearest 0 first
        if ch.size:
            lo, hi = _key(_GRID[ch]), _key(_GRID[ch + 1])
            slo = sg[ch]
            for _ in range(70):
                active = hi - lo > 1
                if not np.any(active):
                    break
                mid = lo + (hi - lo) // 2
                sm = np.sign(np.broadcast_to(s(_unkey(mid)), mid.shape))
                same = (sm == slo) & active
                moved = ~same & active & (sm != 0)
                lo = np.where(same, mid, lo)
                hi = np.where(moved, mid, hi)
                zero = active & (sm == 0)
                lo = np.where(zero, mid, lo)
                hi = np.where(zero, mid, hi)
            xl, xh = _unkey(lo), _unkey(hi)
            yl = np.abs(np.broadcast_to(s(xl), xl.shape))
            yh = np.abs(np.broadcast_to(s(xh), xh.shape))
            out += list(np.where(yh <= yl, xh, xl))
    return sorted({float(v) for v in out if math.isfinite(v)})


# --- parameters ---------------------------------------------------------------------------

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


# --- the public object ----------------------------------------------------------------------


def _slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return s[:40]


@dataclass(frozen=True, eq=False)
class CustomFunction:
    """A compiled custom activation: use :attr:`activation` like a catalog function.

    Kernels (``activation.f``, ``.df``, ``.d2f``) take ``(x, **params)`` with the
    declared parameters (missing ones take their defaults), return fresh float64
    arrays of x's shape, never warn, and are NaN exactly where the expression is
    undefined (see :meth:`undefined`).
    """

    name: str
    #: The normalised source: outer whitespace stripped, runs of whitespace as one space.
    text: str
    params: tuple[NumberParam, ...]
    activation: Activation = field(repr=False)
    _root: _Node = field(repr=False)
    _switches: tuple[tuple[str, _Node, Any], ...] = field(repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    # -- evaluation -----------------------------------------------------------------------

    def defaults(self) -> dict[str, float]:
        return {p.name: p.default for p in self.params}

    def _env(self, params: Mapping[str, Any] | None) -> dict[str, float]:
        env = self.defaults()
        for k, v in (params or {}).items():
            if k not in env:
                allowed = ", ".join(env) or message("none")
                raise ValueError(
                    message(
                        "{function}: unknown parameter {name}; its parameters are: {names}",
                        function=self.activation.id,
                        name=repr(k),
                        names=allowed,
                    )
                )
            env[k] = float(v)
        return env

    def evaluate_all(
        self, x: ArrayLike, params: Mapping[str, Any] | None = None
    ) -> tuple[FloatArray, FloatArray, FloatArray]:
        """f, f' and f'' at x in one pass (cached for the last x and params)."""
        xs = np.asarray(x, dtype=np.float64)
        env = self._env(params)
        key = tuple(sorted(env.items()))
        with self._lock:
            last = self._cache.get("eval")
        if (
            last is not None
            and last[0] == key
            and last[1].shape == xs.shape
            and np.array_equal(last[1], xs)
        ):
            return tuple(a.copy() for a in last[2])  # type: ignore[return-value]
        d = _run(self._root, xs, env, 2, None)
        out = tuple(_finish(v, xs.shape) for v in d)
        with self._lock:
            self._cache["eval"] = (key, xs.copy(), out)
        return tuple(a.copy() for a in out)  # type: ignore[return-value]

    def _kernel(self, x: ArrayLike, params: Mapping[str, Any], order: int) -> FloatArray:
        xs = np.asarray(x, dtype=np.float64)
        if xs.size > _SMALL:
            return self.evaluate_all(xs, params)[order]
        # a few points (bisection, probes): only the order asked for, no cache
        return _finish(_run(self._root, xs, self._env(params), order, None)[order], xs.shape)

    def evaluate(
        self, x: ArrayLike, params: Mapping[str, Any] | None = None, order: int = 0
    ) -> FloatArray:
        """f (order 0), f' (1) or f'' (2) at x."""
        if order not in (0, 1, 2):
            raise ValueError(
                message("derivative order must be 0, 1 or 2, got {order}", order=repr(order))
            )
        return self.evaluate_all(x, params)[order]

    def undefined(self, x: ArrayLike, params: Mapping[str, Any] | None = None) -> list[str]:
        """Where f, f', f'' are NaN on x and why: one line each, empty when defined everywhere.

        For example ``["f undefined at 1000 of 2001 points in [-6, -0.006]: log of a
        number <= 0 (column 7)"]``.
        """
        xs = np.asarray(x, dtype=np.float64).ravel()
        env = self._env(params)
        diag = _Diag()
        d = _run(self._root, xs, env, 2, diag)
        lines = []
        for k in range(3):
            res = _finish(d[k], xs.shape)
            bad = np.isnan(res) & ~np.isnan(xs)
            if not np.any(bad):
                continue
            why = message("undefined")
            for node, order, reason, mask in diag.records:
                if order == k and np.any(np.broadcast_to(mask, bad.shape) & bad):
                    why = message("{reason} (column {column})", reason=reason, column=node.pos + 1)
                    break
            xb = xs[bad]
            lines.append(
                message(
                    "{order} undefined at {count} of {total} points in [{low}, {high}]: {reason}",
                    order=_ORDER_NAMES[k],
                    count=int(bad.sum()),
                    total=xs.size,
                    low=f"{float(xb.min()):.6g}",
                    high=f"{float(xb.max()):.6g}",
                    reason=why,
                )
            )
        return lines

    def defined_everywhere(self, params: Mapping[str, Any] | None = None) -> bool:
        """True when f, f', f'' are numbers (not NaN) on a grid over the whole float64 line.

        Properties and other whole-line analyses assume this; a function with undefined
        regions (log(x), 1/x) should be plotted but not analysed.
        """
        env = self._env(params)
        key = ("defined", *sorted(env.items()))
        with self._lock:
            hit = self._cache.get(key)
        if hit is None:
            kinks, jumps = self.breaks(params)
            xs = np.unique(np.concatenate([_GRID, np.array([*kinks, *jumps], dtype=float)]))
            d = _run(self._root, xs, env, 2, None)
            hit = not any(np.any(np.isnan(_finish(v, xs.shape))) for v in d)
            with self._lock:
                self._cache[key] = hit
        return bool(hit)

    def undefined_mask(self, x: ArrayLike, params: Mapping[str, Any] | None = None) -> Any:
        """Boolean array of shape (3, *x.shape): True where f, f', f'' are undefined (NaN)."""
        return np.stack([np.isnan(a) for a in self.evaluate_all(x, params)])

    # -- kinks ------------------------------------------------------------------------------

    def breaks(
        self, params: Mapping[str, Any] | None = None
    ) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """(kinks, jumps): where f' or f'' may be discontinuous, and where f jumps."""
        env = self._env(params)
        key = ("breaks", *sorted(env.items()))
        with self._lock:
            hit = self._cache.get(key)
        if hit is not None:
            return hit
        kinks: set[float] = set()
        cands: set[float] = set()
        searches: list[tuple[_Node, float, set[float]]] = []  # s(x) = node(x) - offset
        for kind, node, extra in self._switches:
            if kind in ("kink", "where"):
                searches.append((node, 0.0, kinks if kind == "kink" else cands))
                continue
            if isinstance(extra, _Catalog):
                if not _params_ok(extra, env):
                    continue
                p = extra.params(env)
                ks, js = tuple(extra.act.kinks(**p)), tuple(extra.act.jumps(**p))
            else:
                ks, js = extra
            searches += [(node, float(k), kinks) for k in ks]
            searches += [(node, float(k), cands) for k in js]
        for node, offset, target in searches[:MAX_SWITCHES]:

            def s(x: FloatArray, node: _Node = node, offset: float = offset) -> FloatArray:
                return _run(node, x, env, 0, None)[0] - offset

            target.update(_roots(s, MAX_BREAKS))
        jumps = self._jumps_among(sorted(cands), env)
        kinks |= cands - jumps
        result = (_nearest(kinks), _nearest(jumps))
        with self._lock:
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[key] = result
        return result

    def _jumps_among(self, cands: list[float], env: Mapping[str, float]) -> set[float]:
        """The candidates where f's left and right limits differ (beyond what f' explains)."""
        if not cands:
            return set()
        k = np.array(cands, dtype=np.float64)
        delta = 1e-9 * np.maximum(1.0, np.abs(k))
        with np.errstate(all="ignore"):
            xs = nm.saturate(np.concatenate([k - delta, k + delta]))
        d = _run(self._root, xs, env, 1, None)
        v = np.broadcast_to(np.asarray(d[0], dtype=np.float64), xs.shape).reshape(2, -1)
        g = np.broadcast_to(
            np.asarray(0.0 if d[1] is None else d[1], dtype=np.float64), xs.shape
        ).reshape(2, -1)
        with np.errstate(all="ignore"):
            tol = 1e-7 * (1.0 + np.abs(v).max(axis=0)) + 4.0 * delta * np.abs(g).max(axis=0)
            jump = np.abs(v[1] - v[0]) > tol
        jump &= np.isfinite(v).all(axis=0)
        return {c for c, j in zip(cands, jump) if j}

    # -- persistence ------------------------------------------------------------------------

    def definition(self) -> str:
        """The one-line form ``"a*x*sigmoid(b*x); a = 1.0 in [0, 5]"`` (compile_definition)."""
        return "; ".join([self.text, *(_decl_text(p) for p in self.params)])

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-safe data for sessions (infinite bounds as null)."""
        return {
            "version": 1,
            "name": self.name,
            "text": self.text,
            "params": [
                {
                    "name": p.name,
                    "default": p.default,
                    "min": p.min if math.isfinite(p.min) else None,
                    "max": p.max if math.isfinite(p.max) else None,
                    "min_open": p.min_open,
                    "max_open": p.max_open,
                    "step": p.step,
                }
                for p in self.params
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CustomFunction:
        """Inverse of :meth:`to_dict`; the text is compiled (and checked) again."""
        if not isinstance(data, Mapping):
            raise ExpressionError(message("a custom function must be a mapping"))
        if data.get("version", 1) != 1:
            raise ExpressionError(
                message(
                    "unknown custom function version {version}", version=repr(data.get("version"))
                )
            )
        text, name, raw = data.get("text"), data.get("name", ""), data.get("params", [])
        if not isinstance(text, str) or not isinstance(name, str) or not isinstance(raw, list):
            raise ExpressionError(
                message("a custom function needs text, name and a list of params")
            )
        if len(raw) > MAX_PARAMS:
            raise ExpressionError(
                message("too many parameters (at most {limit})", limit=MAX_PARAMS)
            )
        params = []
        for item in raw:
            if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
                raise ExpressionError(message("each parameter needs a name"))
            lo, hi = item.get("min"), item.get("max")
            step = item.get("step")
            try:
                params.append(
                    _make_param(
                        item["name"],
                        item.get("default"),  # type: ignore[arg-type]
                        -math.inf if lo is None else lo,
                        math.inf if hi is None else hi,
                        bool(item.get("min_open", False)),
                        bool(item.get("max_open", False)),
                        None if step is None else float(step),
                    )
                )
            except (TypeError, ValueError) as exc:
                if isinstance(exc, ExpressionError):
                    raise
                raise ExpressionError(
                    message("parameter {name}: {reason}", name=repr(item["name"]), reason=exc)
                ) from None
        return compile_expression(text, params, name)


def _nearest(points: set[float]) -> tuple[float, ...]:
    """At most MAX_BREAKS points, those nearest 0 first, in increasing order."""
    return tuple(sorted(sorted(points, key=abs)[:MAX_BREAKS]))


def _params_ok(node: _Catalog, env: Mapping[str, float]) -> bool:
    try:
        node.params(env)
    except ValueError:
        return False
    return True


def _decl_text(p: NumberParam) -> str:
    lo = "(" if p.min_open else "["
    hi = ")" if p.max_open else "]"
    rng = ""
    if math.isfinite(p.min) or math.isfinite(p.max):
        rng = f" in {lo}{_fmt(p.min)}, {_fmt(p.max)}{hi}"
    step = ""
    if p.step != _auto_step(p.default, p.min, p.max):
        step = f" step {format_number(p.step)}"
    return f"{p.name} = {format_number(p.default)}{rng}{step}"


def _fmt(v: float) -> str:
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return format_number(v)


def _normalise(text: str) -> str:
    return " ".join(text.split())


def compile_expression(
    text: str,
    params: Mapping[str, Any] | Sequence[NumberParam] | None = None,
    name: str = "",
) -> CustomFunction:
    """Check and compile an expression in x into a :class:`CustomFunction`.

    ``params`` maps each parameter name to its default, to ``(default, low, high)``
    or to a :class:`NumberParam` (a sequence of NumberParams works too).  Raises
    :class:`ExpressionError` (a ValueError) with ``.position`` for anything refused.
    """
    _check_text(text)
    if not isinstance(name, str):
        raise ExpressionError(message("the name must be text"))
    name = " ".join(name.split())
    if len(name) > MAX_NAME_LENGTH or any(unicodedata.category(c)[0] == "C" for c in name):
        raise ExpressionError(
            message("the name must be at most {limit} printable characters", limit=MAX_NAME_LENGTH)
        )
    decls = _coerce_params(params)
    tree = _parse(text)
    comp = _Compiler(text, decls)
    try:
        root = comp.expr(tree)
    except RecursionError:  # pragma: no cover - depth is checked before
        raise ExpressionError(message("the expression is too complex"), 0) from None
    norm = _normalise(text)
    plist = tuple(decls.values())
    digest = hashlib.sha256(
        (norm + "\0" + ";".join(_decl_text(p) for p in plist)).encode()
    ).hexdigest()[:10]
    fid = "custom:" + (_slug(name) or digest)
    holder: dict[str, CustomFunction] = {}

    def kernel(order: int) -> Callable[..., FloatArray]:
        def k(x: FloatArray, /, **p: Any) -> FloatArray:
            return holder["fn"]._kernel(x, p, order)

        k.__name__ = f"custom_{'d' * order}f" if order else "custom_f"
        return k

    act = Activation(
        id=fid,
        name=name or (norm if len(norm) <= 60 else norm[:57] + "..."),
        family=Family.OTHER,
        f=kernel(0),
        df=kernel(1),
        d2f=kernel(2),
        params=plist,
        kinks=lambda **p: holder["fn"].breaks(p)[0],
        jumps=lambda **p: holder["fn"].breaks(p)[1],
        convention=CONVENTION,
    )
    fn = CustomFunction(name, norm, plist, act, root, tuple(comp.switches))
    holder["fn"] = fn
    return fn


def compile_definition(text: str, name: str = "") -> CustomFunction:
    """Compile the one-line form ``"a*x*sigmoid(b*x); a=1; b=1.702 in [0, 5]"``."""
    expr, params = parse_definition(text)
    return compile_expression(expr, params, name)
