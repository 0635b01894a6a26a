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

Modules (each private but :mod:`.params`; import from this package)
    :mod:`._base` limits, conventions and :class:`ExpressionError`;
    :mod:`._elementary` the elementary functions with g, g', g'';
    :mod:`._tree` the private expression tree; :mod:`._dual` its dual-number
    evaluation; :mod:`._parse` checks on the raw text and Python's parser;
    :mod:`._compile` the whitelist conversion and constant folding;
    :mod:`._breaks` kinks and jumps; :mod:`.params` parameter declarations;
    :mod:`._function` :class:`CustomFunction` and :func:`compile_expression`.
"""

from __future__ import annotations

from ._base import (
    CONVENTION,
    MAX_BRACKET_DEPTH,
    MAX_BREAKS,
    MAX_EXPONENT,
    MAX_LENGTH,
    MAX_NODES,
    MAX_PARAMS,
    MAX_SWITCHES,
    MAX_TREE_DEPTH,
    ExpressionError,
)
from ._elementary import FUNCTIONS
from ._function import CustomFunction, compile_definition, compile_expression
from .params import parse_definition, parse_parameter

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
