"""Code for the curves: numpy formulas, matplotlib scripts, PyTorch, Keras, LaTeX, pgfplots.

One table, :data:`FORMULAS`, writes every catalog function's f as an expression
in the language of custom functions (:mod:`actgui.core.expressions`), with the
catalog's parameter names.  Everything else is generated from it:

* the functions of the script that "copy as matplotlib" writes, as numpy
  formulas (``np.where(x > 0, x, negative_slope * x)``), with f' and f'' by
  the chain rule (:mod:`actgui.core.codegen_jet`, copied into the script);
* PyTorch and Keras code where the framework has no built-in;
* the same for custom functions, from their expression.

A test compiles each entry and checks f, f' and f'' against the catalog's
kernels, and fails for a catalog function that has no entry: a function added
to the catalog needs one line here.  LaTeX comes from the function texts
(:mod:`actgui.core.texts`), pgfplots from the curves' samples.
"""

from __future__ import annotations

import ast
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from . import catalog, texts
from .messages import message
from .spec import Activation, NumberParam, ParamValue, format_number
from .state import Curve, ExplorerState, sample_function

#: the numbers of f = 1.0507... * where(x > 0, x, 1.6732... * expm1(x))
_SELU = (1.0507009873554804934193349852946, 1.6732632423543772848170429916717)


def _polynomial(coefficients: Sequence[float], power: Callable[[int], str]) -> str:
    terms = []
    for k, a in enumerate(coefficients):
        if a == 0.0:
            continue
        terms.append(format_number(a) + ("" if k == 0 else " * " + power(k)))
    return " + ".join(terms) or "0"


def _pau(init: str) -> str:
    from .functions.learnable import PAU_INITS

    num, den, _ = PAU_INITS[init]
    p = _polynomial(num, lambda k: "x" if k == 1 else f"x**{k}")
    q = _polynomial(
        (1.0, *(abs(b) for b in den)),
        lambda k: f"abs(x)**{k}" if k % 2 else ("x" if k == 1 else f"x**{k}"),
    )
    return f"({p}) / ({q})".replace("abs(x)**1", "abs(x)")


def _rational() -> str:
    from .functions.learnable import RATIONAL_DEN, RATIONAL_NUM

    p = _polynomial(RATIONAL_NUM, lambda k: "x" if k == 1 else f"x**{k}")
    q = _polynomial(RATIONAL_DEN, lambda k: "x" if k == 1 else f"x**{k}")
    return f"({p}) / ({q})"


#: f of each catalog function in the expression language, with the catalog's
#: parameter names; a function with a choice parameter maps it to one text per choice
FORMULAS: dict[str, str | tuple[str, dict[str, str]]] = {
    # sigmoidal
    "sigmoid": "sigmoid(x)",
    "tanh": "tanh(x)",
    "log_sigmoid": "-softplus(-x)",
    "softsign": "x / (1 + abs(x))",
    "arctan": "arctan(x)",
    "lecun_tanh": "1.7159 * tanh(2 / 3 * x)",
    "soboleva_tanh": "(exp(a * x) - exp(-b * x)) / (exp(c * x) + exp(-d * x))",
    "isru": "x / sqrt(1 + alpha * x**2)",
    "symmetrical_sigmoid": "tanh(x / 2)",
    "log_log": "-expm1(-exp(x))",
    "penalized_tanh": "where(x > 0, tanh(x), a * tanh(x))",
    "rescaled_sigmoid": "4 * sigmoid(x) - 2",
    "normal_cdf": "(1 + erf(x / sqrt(2))) / 2",
    "erf": "erf(x)",
    "gumbel": "exp(-exp(-x))",
    "soft_clipping": "(softplus(alpha * x) - softplus(alpha * (x - 1))) / alpha",
    "hexpo": "where(x >= 0, -a * expm1(-x / b), c * expm1(x / d))",
    "lisht": "x * tanh(x)",
    "resech": "x / cosh(x)",
    "soft_exponential": "where(alpha == 0, x, expm1(alpha * x) / alpha + alpha)",
    # ReLU family
    "relu": "where(x > 0, x, 0)",
    "leaky_relu": "where(x > 0, x, negative_slope * x)",
    "relu_general": (
        "where(max_value <= 1.7976931348623157e308, "
        "min(max(where(x > threshold, x, 0), 0), max_value), where(x > threshold, x, 0))"
        " - negative_slope * where(x < threshold, threshold - x, 0)"
    ),
    "prelu": "where(x > 0, x, init * x)",
    "rrelu": "where(x > 0, x, (lower + upper) / 2 * x)",
    "relu6": "min(max(x, 0), 6)",
    "elu": "where(x > 0, x, alpha * expm1(x))",
    "celu": "where(x > 0, x, alpha * expm1(x / alpha))",
    "selu": f"{_SELU[0]!r} * where(x > 0, x, {_SELU[1]!r} * expm1(x))",
    "isrlu": "where(x >= 0, x, x / sqrt(1 + alpha * x**2))",
    "srelu": (
        "where(x <= t_left, t_left + a_left * (x - t_left),"
        " where(x < t_right, x, t_right + a_right * (x - t_right)))"
    ),
    "softplus": "where(beta * x <= threshold, softplus(beta * x) / beta, x)",
    "sparse_plus": "where(x <= -1, 0, where(x < 1, (x + 1)**2 / 4, x))",
    "squareplus": "(x + sqrt(x**2 + b)) / 2",
    "pelu": "where(x >= 0, a / b * x, a * expm1(x / b))",
    "mpelu": "where(x > 0, x, alpha * expm1(beta * x))",
    "pdelu": "where(x > 0, x, alpha * (max(0, 1 + (1 - t) * x) ** (1 / (1 - t)) - 1))",
    "serlu": "1.07862 * where(x >= 0, x, 2.90427 * x * exp(x))",
    "shifted_softplus": "softplus(x) - log(2)",
    "slu": "where(x >= 0, x, 2 * log1p(expm1(x) / 2))",
    "smelu": "where(x <= -beta, 0, where(x < beta, (x + beta)**2 / (4 * beta), x))",
    "flexible_relu": "where(x > 0, x, 0) + b",
    "nlrelu": "log1p(beta * where(x > 0, x, 0))",
    "repu": "where(x > 0, x**p, 0)",
    # smooth gated
    "gelu": (
        "approximate",
        {
            "none": "x * (1 + erf(x / sqrt(2))) / 2",
            "tanh": "x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x**3))) / 2",
        },
    ),
    "silu": "x * sigmoid(beta * x)",
    "mish": "x * tanh(softplus(x))",
    "elish": "where(x >= 0, x, expm1(x)) * sigmoid(x)",
    "tanh_exp": "x * tanh(exp(x))",
    "serf": "x * erf(softplus(x))",
    "eswish": "beta * x * sigmoid(x)",
    "dsilu": "sigmoid(x) * (1 + x * sigmoid(-x))",
    "smish": "alpha * x * tanh(log1p(sigmoid(beta * x)))",
    "logish": "alpha * x * log1p(sigmoid(beta * x))",
    "phish": "x * tanh(x * (1 + erf(x / sqrt(2))) / 2)",
    "erfact": "x * erf(alpha * exp(beta * x))",
    "pserf": "x * erf(gamma * softplus(delta * x))",
    "smu": "((1 + alpha) * x + (1 - alpha) * x * erf(mu * (1 - alpha) * x)) / 2",
    "smu1": "((1 + alpha) * x + sqrt((1 - alpha)**2 * x**2 + mu**2)) / 2",
    "gish": "x * log1p(-expm1(-exp(x)))",
    "aptx": "(alpha + tanh(beta * x)) * gamma * x",
    # transformer feed-forward activations (the GLUs with both inputs x: k x g(k x))
    "quick_gelu": "x * sigmoid(1.702 * x)",
    "squared_relu": "where(x > 0, x**2, 0)",
    "star_relu": "s * where(x > 0, x**2, 0) + b",
    "xielu": "where(x > 0, alpha_p * x**2 + beta * x, alpha_n * (expm1(x) - x) + beta * x)",
    "golu": "x * exp(-exp(-x))",
    "laplace": "(1 + erf((x - mu) / (sigma * sqrt(2)))) / 2",
    "glu": "x * sigmoid(k * x)",
    "bilinear": "k * x**2",
    "reglu": "x * where(k * x > 0, k * x, 0)",
    "geglu": (
        "approximate",
        {
            "none": "k * x**2 * (1 + erf(k * x / sqrt(2))) / 2",
            "tanh": "k * x**2 * (1 + tanh(sqrt(2 / pi) * (k * x + 0.044715 * (k * x)**3))) / 2",
        },
    ),
    "swiglu": "k * x**2 * sigmoid(beta * k * x)",
    # hard / piecewise
    "hardtanh": "min(max(x, min_val), max_val)",
    "hardsigmoid": "min(max(x + 3, 0), 6) / 6",
    "hard_swish": "x * min(max(x + 3, 0), 6) / 6",
    "hard_elish": "where(x >= 0, x, expm1(x)) * max(0, min(1, (x + 1) / 2))",
    "binary_step": "where(x >= 0, 1, 0)",
    "threshold": "where(x > threshold, x, value)",
    "sparse_sigmoid": "where(x <= -1, 0, where(x < 1, (x + 1) / 2, 1))",
    "sqnl": ("where(x > 2, 1, where(x >= 0, x - x**2 / 4, where(x >= -2, x + x**2 / 4, -1)))"),
    # shrink
    "hardshrink": "where(abs(x) > lambd, x, 0)",
    "softshrink": "where(x > lambd, x - lambd, where(x < -lambd, x + lambd, 0))",
    "tanhshrink": "x - tanh(x)",
    # oscillating
    "ncu": "x - x**3",
    "squ": "x**2 + x",
    "ssu": "pi * sinc(pi - x)",
    "dsu": (
        "where(x > pi / 2, pi**2 * sinc(pi - x) / (pi + x),"
        " where(x < -pi / 2, -pi**2 * sinc(pi + x) / (pi - x), pi**2 * sin(x) / (pi**2 - x**2)))"
    ),
    "cosine": "cos(x)",
    "sinlu": "(x + a * sin(b * x)) * sigmoid(x)",
    "siren": "sin(omega0 * x)",
    # learnable
    "acon_c": "(p1 - p2) * x * sigmoid(beta * (p1 - p2) * x) + p2 * x",
    "pau": ("init", "pau"),  # one rational function per coefficient set, made below
    "rational": "rational",  # made below
    "apl": "where(x > 0, x, 0) + a1 * where(x < b1, b1 - x, 0) + a2 * where(x < b2, b2 - x, 0)",
    # other
    "identity": "x",
    "exponential": "exp(x)",
    "gaussian": "exp(-x**2)",
    "sinusoid": "sin(x)",
    # a series near 0, where sin(x)/x and its derivatives would cancel
    "sinc": "where(abs(x) < 0.1, 1 - x**2 / 6 + x**4 / 120 - x**6 / 5040, sin(x) / x)",
    "absolute": "abs(x)",
    "bent_identity": "(sqrt(x**2 + 1) - 1) / 2 + x",
    "gcu": "x * cos(x)",
    "snake": "x + sin(alpha * x)**2 / alpha",
}


def _entry(function_id: str) -> str | tuple[str, dict[str, str]] | None:
    entry = FORMULAS.get(function_id)
    if entry == ("init", "pau"):
        from .functions.learnable import PAU_INITS

        return ("init", {name: _pau(name) for name in PAU_INITS})
    if entry == "rational":
        return _rational()
    return entry


def missing() -> list[str]:
    """Catalog functions that have no formula here (a test keeps this empty)."""
    return [fid for fid in catalog.ids() if fid not in FORMULAS]


def formula(function_id: str, params: Mapping[str, ParamValue] | None = None) -> str:
    """f of a catalog function in the expression language, for ``params``' choice values."""
    act = catalog.get(function_id)
    entry = _entry(act.id)
    if entry is None:
        raise ValueError(message("no formula is known for {function}", function=act.id))
    if isinstance(entry, str):
        return entry
    name, texts_by_choice = entry
    choice = (params or {}).get(name, catalog.defaults(act)[name])
    return texts_by_choice[str(choice)]


@cache
def _tree(function_id: str, choice: str | None) -> Any:
    """The compiled tree of a catalog function's formula (expressions' private nodes)."""
    from .expressions import _compile as ex

    act = catalog.get(function_id)
    entry = _entry(act.id)
    if entry is None:
        raise ValueError(message("no formula is known for {function}", function=act.id))
    text = entry if isinstance(entry, str) else entry[1][str(choice)]
    numbers = {p.name: p for p in act.params if isinstance(p, NumberParam)}
    return ex._Compiler(text, numbers).expr(ex._parse(text))


def _choice_of(act: Activation, params: Mapping[str, ParamValue] | None) -> str | None:
    entry = _entry(act.id)
    if isinstance(entry, tuple):
        name = entry[0]
        return str((params or {}).get(name, catalog.defaults(act)[name]))
    return None


def evaluate(
    function_id: str, x: Any, params: Mapping[str, ParamValue] | None = None
) -> tuple[Any, Any, Any]:
    """f, f', f'' of the table's formula (by the expression language's own evaluator)."""
    import numpy as np

    from .expressions import _dual as ex

    act = catalog.get(function_id)
    p = catalog.resolve_params(act, params)
    root = _tree(act.id, _choice_of(act, p))
    env = {k: v for k, v in p.items() if not isinstance(v, str)}
    xs = np.asarray(x, dtype=np.float64)
    d = ex._run(root, xs, env, 2, None)
    return tuple(
        np.broadcast_to(np.asarray(0.0 if v is None else v, dtype=np.float64), xs.shape).copy()
        for v in d
    )  # type: ignore[return-value]


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
        from .expressions import _tree as ex

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
        entry = _entry(act.id)
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
            if entry is None:
                raise ValueError(message("no formula is known for {function}", function=act.id))
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


# --- matplotlib --------------------------------------------------------------------------

_LINESTYLES = {"solid": "-", "dash": "--", "dot": ":", "dashdot": "-."}
_ROW_LABELS = ("f(x)", "f′(x)", "f″(x)")


def _jet_source() -> str:
    text = resources.files("actgui.core").joinpath("codegen_jet.py").read_text(encoding="utf-8")
    body = text.split("# --- copied into scripts from here ---\n", 1)[1]
    lines = [line for line in body.splitlines() if not line.startswith(("import ", "from "))]
    return "\n".join(lines).strip("\n")


_PLAIN_HELPERS = {
    "sigmoid": (
        "def sigmoid(u):\n"
        '    """1 / (1 + exp(-u)), without overflow."""\n'
        "    e = np.exp(-np.abs(u))\n"
        "    return np.where(u >= 0, 1.0 / (1.0 + e), e / (1.0 + e))"
    ),
    "softplus": (
        'def softplus(u):\n    """log(1 + exp(u)), without overflow."""\n'
        "    return np.logaddexp(0.0, u)"
    ),
    "erf": (
        "erf = np.vectorize(math.erf, otypes=[float])\n"
        '"""The error function (numpy has none; math.erf, point by point)."""'
    ),
}

_SAMPLES = '''
def samples(f, lo, hi, n, kinks=(), jumps=()):
    """x and f, f', f'' on n even points over [lo, hi], plus each kink and jump and a
    hair either side of it; NaN where the line must break, as actgui draws it."""
    x = np.linspace(lo, hi, n)
    breaks = sorted({*kinks, *jumps})
    if breaks:
        extra = []
        for k in breaks:
            eps = max((hi - lo) * 1e-9, 8.0 * float(np.spacing(abs(k))))
            extra += [k - eps, k, k + eps]
        x = np.unique(np.concatenate([x, np.array(extra)]))
        x = x[(x >= lo) & (x <= hi)]
    y = np.array(DERIVATIVES(f, x), dtype=float)
    if breaks:
        y[1:, np.searchsorted(x, np.array(breaks))] = np.nan
        if jumps:
            y[0, np.searchsorted(x, np.array(sorted(jumps)))] = np.nan
    return x, y
'''


def _figure_curves(state: ExplorerState) -> list[Curve]:
    return [c for c in state.curves if c.visible]


def matplotlib_script(
    state: ExplorerState,
    orders: Sequence[int] | None = None,
    x_range: tuple[float, float] | None = None,
    points: int | None = None,
) -> str:
    """A runnable script that draws the state's figure with matplotlib and numpy only.

    ``python fig.py`` shows it; ``python fig.py out.png`` (or .pdf, .svg) saves it.
    Rows are ``orders`` (default: the state's rows), over ``x_range`` (default: the
    range on screen) at ``points`` samples (default: the state's).
    """
    if orders is None:
        orders = [o for o in range(3) if state.rows[o]] or [0]
    orders = sorted(set(orders))
    lo, hi = x_range if x_range is not None else state.visible_range()
    n = points or state.points
    curves = _figure_curves(state)
    derivatives = any(o > 0 for o in orders)
    defs = _Definitions(NUMPY, state)
    calls = []
    for c in curves:
        act = c.activation
        custom = state.custom.get(act.id)
        rename = (
            {p.name: p.name + "_" if p.name in RESERVED else p.name for p in act.params}
            if custom is not None
            else {}
        )
        defs.need(act.id)
        kinks = [float(k) for k in act.kinks(**c.params) if lo < k < hi]
        jumps = [float(k) for k in act.jumps(**c.params) if lo < k < hi]
        calls.append((c, _call(act, c.params, lambda k, r=rename: r.get(k, k)), kinks, jumps))
    used = "\n\n\n".join(defs.blocks)
    helpers = []
    if derivatives:
        helpers.append(_jet_source())
    else:
        for name, code in _PLAIN_HELPERS.items():
            if re.search(rf"\b{name}\(", used):
                helpers.append(code)
        helpers.append(
            "def derivatives(f, x):\n"
            '    """f at the points x (this figure shows no derivative)."""\n'
            "    return (np.broadcast_to(np.asarray(f(x), dtype=float), np.shape(x)),)"
        )
    lines = [
        '"""The figure from actgui, redrawn with numpy and matplotlib.',
        "",
        "python this.py           shows it",
        "python this.py fig.png   saves it (.png, .pdf, .svg: any format matplotlib writes)",
        '"""',
        "",
        "import math",
        "import sys",
        "",
        "import matplotlib.pyplot as plt",
        "import numpy as np",
        "",
        'np.seterr(all="ignore")  # overflow far out on the x axis is expected, not an error',
        "",
        "",
        "\n\n\n".join(helpers),
        "",
        "",
        _SAMPLES.strip("\n").replace("DERIVATIVES", "derivatives"),
        "",
        "",
        "# --- the functions -------------------------------------------------------------",
        "",
        "",
        used,
        "",
        "",
        "# --- the figure ----------------------------------------------------------------",
        "",
        f"X_MIN, X_MAX, POINTS = {_value(lo)}, {_value(hi)}, {n}",
        "# label, function, colour, line style, kinks, jumps",
        "CURVES = [",
    ]
    for c, call, kinks, jumps in calls:
        label = state.label_of(c)
        style = _LINESTYLES.get(c.style, "-")
        lines.append(
            f"    ({label!r}, lambda x: {call}, {c.color!r}, {style!r},"
            f" {_list(kinks)}, {_list(jumps)}),"
        )
    lines.append("]")
    index = {c.uid: i for i, c in enumerate(curves)}
    compares = [k for k in state.compares if k.visible and k.a in index and k.b in index]
    lines.append("# the comparisons' row: label, curve a, curve b (indices in CURVES), mode,")
    lines.append("# colour, line style")
    lines.append("COMPARES = [")
    for k in compares:
        lines.append(
            f"    ({state.label_of(k)!r}, {index[k.a]}, {index[k.b]}, {k.mode!r},"
            f" {k.color!r}, {_LINESTYLES.get(k.style, '-')!r}),"
        )
    lines.append("]")
    overlay = bool(state.overlay) and len(orders) > 1 and 0 in orders
    rows = [0] if overlay else list(orders)
    lines += [
        f"ROWS = {rows!r}  # 0: f, 1: f', 2: f''",
        f"OVERLAY = {[o for o in orders if o > 0] if overlay else []!r}"
        "  # derivatives drawn on the f plot, f' dashed, f'' dotted",
        "LABELS = " + repr(list(_ROW_LABELS)),
        "",
        "fig, axes = plt.subplots(",
        "    len(ROWS) + bool(COMPARES), 1, sharex=True, squeeze=False,",
        "    figsize=(7, 1.0 + 2.6 * (len(ROWS) + bool(COMPARES))),",
        ")",
        "for label, f, colour, style, kinks, jumps in CURVES:",
        "    x, y = samples(f, X_MIN, X_MAX, POINTS, kinks, jumps)",
        "    for ax, order in zip(axes[:, 0], ROWS):",
        "        ax.plot(x, y[order], color=colour, linestyle=style, label=label)",
        "    for order in OVERLAY:",
        '        dash = "--" if order == 1 else ":"',
        '        axes[0, 0].plot(x, y[order], color=colour, linestyle=dash, label="_" + label)',
        "for label, a, b, mode, colour, style in COMPARES:",
        "    # both curves at the same points: the grid and both curves' kinks and jumps",
        "    marks = [*CURVES[a][4], *CURVES[a][5], *CURVES[b][4], *CURVES[b][5]]",
        "    x = np.union1d(np.linspace(X_MIN, X_MAX, POINTS), marks)",
        "    ya = derivatives(CURVES[a][1], x)[0]",
        "    yb = derivatives(CURVES[b][1], x)[0]",
        '    if mode == "difference":',
        "        y = ya - yb",
        '    elif mode == "ratio":',
        "        y = np.where(yb != 0, ya / np.where(yb != 0, yb, 1.0), np.nan)",
        "    else:  # the error of a in units in the last place of b",
        "        ok = np.isfinite(ya) & np.isfinite(yb)",
        "        y = np.where(ok, (ya - yb) / np.spacing(np.abs(np.where(ok, yb, 0.0))), np.nan)",
        "    axes[-1, 0].plot(x, y, color=colour, linestyle=style, label=label)",
        "for ax, order in zip(axes[:, 0], ROWS):",
        "    ax.set_ylabel(LABELS[order])",
        "if COMPARES:",
        '    axes[-1, 0].set_ylabel({"difference": "a − b", "ratio": "a / b"}.get(',
        '        COMPARES[0][3] if len({c[3] for c in COMPARES}) == 1 else "", "a vs b"',
        "    ))",
        *(['    axes[-1, 0].legend(loc="best", fontsize="small")'] if state.legend else []),
        "for ax in axes[:, 0]:",
        f"    ax.grid({bool(state.grid)!r}, alpha=0.3)",
        '    ax.axhline(0, color="0.5", linewidth=0.6)',
        "axes[-1, 0].set_xlabel('x')",
        "axes[-1, 0].set_xlim(X_MIN, X_MAX)",
    ]
    if state.legend and curves:
        lines.append('axes[0, 0].legend(loc="best", fontsize="small")')
    lines += [
        "fig.tight_layout()",
        "",
        'if __name__ == "__main__":',
        "    if len(sys.argv) > 1:",
        "        fig.savefig(sys.argv[1], dpi=150)",
        "    else:",
        "        plt.show()",
    ]
    return "\n".join(lines).replace("\n\n\n\n\n", "\n\n\n") + "\n"


def _list(values: Iterable[float]) -> str:
    return "[" + ", ".join(_value(v) for v in values) + "]"


# --- PyTorch and Keras ----------------------------------------------------------------------


def _class_name(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", plain)
    out = "".join(w if w[:1].isupper() else w[:1].upper() + w[1:] for w in words) or "Activation"
    return out if out[0].isalpha() else "F" + out


def framework_code(
    function_id: str,
    params: Mapping[str, ParamValue] | None,
    framework: str,
    state: ExplorerState | None = None,
) -> str:
    """PyTorch or Keras code for a function with ``params``: the framework's built-in
    (:func:`catalog.framework_code`), else (PyTorch) the catalog's ``torch_module``,
    else code written from the function's formula."""
    act = _resolve(function_id, state)
    custom = state.custom.get(act.id) if state is not None else None
    if custom is not None:
        p = dict(params or {p.name: p.default for p in act.params})
    else:
        p = catalog.resolve_params(act, params)
        built_in = catalog.framework_code(act, p, framework)
        if built_in is not None:
            return built_in
        if framework == "pytorch" and act.torch_module is not None:
            return act.torch_module(**p).rstrip("\n")
    if framework == "pytorch":
        return _torch_module(act, p, state)
    return _keras_function(act, p, state)


def _torch_module(act: Activation, params: Mapping[str, ParamValue], state: Any) -> str:
    defs = _Definitions(TORCH, state)
    fn = defs.need(act.id)
    names = [q.name for q in act.params]
    rename = {n: (n + "_" if n in RESERVED else n) for n in names}
    cls = _class_name(act.name)
    init = ", ".join(["self", *(f"{rename[n]}={_value(params[n])}" for n in names)])
    lines = ["import math", "", "import torch", "", "", *_join(defs.blocks), "", ""]
    lines += [f"class {cls}(torch.nn.Module):", f'    """{_escape_doc(act.name)} (from actgui)."""']
    lines += ["", f"    def __init__({init}):", "        super().__init__()"]
    lines += [f"        self.{rename[n]} = {rename[n]}" for n in names]
    args = ", ".join(["x", *(f"{n}=self.{rename[n]}" for n in names)])
    lines += ["", "    def forward(self, x):", f"        return {fn}({args})"]
    return "\n".join(lines)


def _keras_function(act: Activation, params: Mapping[str, ParamValue], state: Any) -> str:
    defs = _Definitions(KERAS, state)
    fn = defs.need(act.id)
    rename = (lambda n: n + "_" if n in RESERVED else n) if act.id.startswith("custom:") else str
    call = _call(act, params, rename)
    lines = ["import math", "", "import keras", "", "", *_join(defs.blocks), "", ""]
    if call == f"{fn}(x)":
        lines.append(f"# use: keras.layers.Dense(64, activation={fn})")
    else:
        lines.append(f"# use: keras.layers.Dense(64, activation=lambda x: {call})")
    return "\n".join(lines)


def _join(blocks: list[str]) -> list[str]:
    return "\n\n\n".join(blocks).split("\n")


# --- LaTeX ----------------------------------------------------------------------------------

_TEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def tex_escape(text: str) -> str:
    """Plain text for LaTeX's text mode (legend entries, comments)."""
    return "".join(_TEX_SPECIAL.get(ch, ch) for ch in text)


def _tex_number(v: ParamValue) -> str:
    if isinstance(v, str):
        return f"\\text{{{v}}}"
    if math.isinf(v):
        return "\\infty" if v > 0 else "-\\infty"
    return format_number(float(v))


_GREEK = frozenset(
    "alpha beta gamma delta epsilon lambda mu sigma tau phi theta kappa eta omega rho".split()
)


def _tex_symbol(name: str) -> str:
    if name in _GREEK:
        return "\\" + name
    if len(name) == 1:
        return name
    return "\\mathit{" + name.replace("_", "\\_") + "}"


def latex(
    function_id: str,
    params: Mapping[str, ParamValue] | None = None,
    orders: Sequence[int] = (0,),
    state: ExplorerState | None = None,
    expression_latex: Callable[[str], str | None] | None = None,
) -> str:
    """The formula of f (and of f' when ``orders`` holds 1) for a paper, one display each,
    with the parameters' values; a custom function's from ``expression_latex``."""
    act = _resolve(function_id, state)
    custom = state.custom.get(act.id) if state is not None else None
    lines = [f"% {tex_escape(act.name)} (actgui)"]
    if custom is not None:
        text = custom.text
        tex = expression_latex(text) if expression_latex is not None else None
        values = {p.name: (params or {}).get(p.name, p.default) for p in act.params}
        given = [f"{_tex_symbol(k)} = {_tex_number(v)}" for k, v in values.items()]
        if tex is None:
            lines.append(f"% f(x) = {text}")
            return "\n".join(lines) + "\n"
        lines.append(_display(f"f(x) = {tex}", given))
        return "\n".join(lines) + "\n"
    if not texts.has_text(act.id):
        raise ValueError(message("no formula is known for {function}", function=act.id))
    t = texts.for_function(act.id)
    p = catalog.resolve_params(act, params)
    given = [
        f"{symbol} = {_tex_number(p[name])}" for symbol, name in t.symbols.items() if name in p
    ]
    lines.append(_display(_with_lhs("f(x)", t.formula), given))
    if 1 in orders and t.derivative:
        lines.append(_display(_with_lhs("f'(x)", t.derivative), []))
    return "\n".join(lines) + "\n"


def _with_lhs(lhs: str, formula: str) -> str:
    text = formula.strip()
    return text if text.startswith(("f(x)", "f'(x)")) else f"{lhs} = {text}"


def _display(body: str, given: list[str]) -> str:
    if given:
        body += ", \\qquad " + ", \\; ".join(given)
    return f"\\[ {body} \\]"


def latex_for_state(
    state: ExplorerState,
    orders: Sequence[int] | None = None,
    expression_latex: Callable[[str], str | None] | None = None,
) -> str:
    """:func:`latex` of every visible curve, one block each."""
    if orders is None:
        orders = [o for o in range(3) if state.rows[o]]
    return "\n".join(
        latex(c.function_id, c.params, orders, state, expression_latex)
        for c in _figure_curves(state)
    )


# --- pgfplots -------------------------------------------------------------------------------

#: samples per curve in a pgfplots figure (plus the kinks): plenty for a paper's column
PGF_POINTS = 201
_PGF_STYLES = {"solid": "solid", "dash": "dashed", "dot": "dotted", "dashdot": "dashdotted"}
_PGF_LABELS = ("$f(x)$", "$f'(x)$", "$f''(x)$")


def _colour_name(i: int) -> str:
    letters = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        letters = chr(ord("A") + r) + letters
    return f"actgui{letters}"


def _coord(v: float) -> str:
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    text = f"{v:.7g}"
    return "0" if text in ("-0", "0") else text


def pgfplots(
    state: ExplorerState,
    orders: Sequence[int] | None = None,
    x_range: tuple[float, float] | None = None,
    points: int | None = None,
) -> str:
    """The visible curves as pgfplots axes (one per row), with coordinates: paste into a
    LaTeX document that loads pgfplots."""
    if orders is None:
        orders = [o for o in range(3) if state.rows[o]] or [0]
    lo, hi = x_range if x_range is not None else state.visible_range()
    n = points or PGF_POINTS
    curves = _figure_curves(state)
    lines = [
        "% from actgui; needs \\usepackage{pgfplots} and \\pgfplotsset{compat=1.16}",
    ]
    for i, c in enumerate(curves):
        lines.append(f"\\definecolor{{{_colour_name(i)}}}{{HTML}}{{{c.color.lstrip('#')}}}")
    samples = [sample_function(c.activation, c.params, lo, hi, n) for c in curves]
    for order in sorted(set(orders)):
        options = [
            "width=12cm",
            "height=6cm",
            f"xmin={_coord(lo)}",
            f"xmax={_coord(hi)}",
            "xlabel={$x$}",
            f"ylabel={{{_PGF_LABELS[order]}}}",
            "no markers",
            "unbounded coords=jump",
            "legend pos=outer north east",
            "legend cell align=left",
        ]
        if state.grid:
            options.append("grid=major")
        lines += ["\\begin{tikzpicture}", "\\begin{axis}[", *(f"  {o}," for o in options), "]"]
        for i, (c, s) in enumerate(zip(curves, samples)):
            style = _PGF_STYLES.get(c.style, "solid")
            lines.append(f"\\addplot[color={_colour_name(i)}, thick, {style}] coordinates {{")
            pairs = [f"({_coord(x)},{_coord(y)})" for x, y in zip(s.x, s.y[order])]
            for k in range(0, len(pairs), 6):
                lines.append("  " + " ".join(pairs[k : k + 6]))
            lines.append("};")
            if state.legend:
                lines.append(f"\\addlegendentry{{{tex_escape(state.label_of(c))}}}")
        lines += ["\\end{axis}", "\\end{tikzpicture}", ""]
    return "\n".join(lines)


TARGETS = ("pytorch", "keras", "matplotlib", "latex", "pgfplots")


def code_for_state(
    state: ExplorerState,
    target: str,
    orders: Sequence[int] | None = None,
    x_range: tuple[float, float] | None = None,
    points: int | None = None,
    expression_latex: Callable[[str], str | None] | None = None,
) -> str:
    """What ``actgui code --target TARGET`` prints for the state's visible curves."""
    if target == "matplotlib":
        return matplotlib_script(state, orders, x_range, points)
    if target == "pgfplots":
        return pgfplots(state, orders, x_range, points)
    if target == "latex":
        return latex_for_state(state, orders, expression_latex)
    if target in ("pytorch", "keras"):
        blocks = [
            framework_code(c.function_id, c.params, target, state) for c in _figure_curves(state)
        ]
        return "\n\n".join(blocks) + "\n"
    raise ValueError(
        message(
            "unknown target {target}; choose one of {targets}",
            target=repr(target),
            targets=", ".join(TARGETS),
        )
    )
