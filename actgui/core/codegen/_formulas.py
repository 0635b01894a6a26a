"""The table of formulas: every catalog function's f in the expression language.

:data:`FORMULAS` is the one place a catalog function's formula is written for code;
every target prints the tree compiled from it.  :func:`evaluate` runs the same tree
with the expression language's own evaluator (the test checks it against the kernels).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any

from .. import catalog
from ..messages import message
from ..spec import Activation, NumberParam, ParamValue, format_number

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
    from ..functions.learnable import PAU_INITS

    num, den, _ = PAU_INITS[init]
    p = _polynomial(num, lambda k: "x" if k == 1 else f"x**{k}")
    q = _polynomial(
        (1.0, *(abs(b) for b in den)),
        lambda k: f"abs(x)**{k}" if k % 2 else ("x" if k == 1 else f"x**{k}"),
    )
    return f"({p}) / ({q})".replace("abs(x)**1", "abs(x)")


def _rational() -> str:
    from ..functions.learnable import RATIONAL_DEN, RATIONAL_NUM

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
    "pau": ("init", {}),  # one rational function per coefficient set, made in _entry
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
    if function_id == "pau":
        from ..functions.learnable import PAU_INITS

        return ("init", {name: _pau(name) for name in PAU_INITS})
    if entry == "rational":
        return _rational()
    return entry


def _known_entry(function_id: str) -> str | tuple[str, dict[str, str]]:
    """:func:`_entry`, or ValueError for a function without one."""
    entry = _entry(function_id)
    if entry is None:
        raise ValueError(message("no formula is known for {function}", function=function_id))
    return entry


def missing() -> list[str]:
    """Catalog functions that have no formula here (a test keeps this empty)."""
    return [fid for fid in catalog.ids() if fid not in FORMULAS]


def formula(function_id: str, params: Mapping[str, ParamValue] | None = None) -> str:
    """f of a catalog function in the expression language, for ``params``' choice values."""
    act = catalog.get(function_id)
    entry = _known_entry(act.id)
    if isinstance(entry, str):
        return entry
    return entry[1][str(_choice_of(act, params))]


@cache
def _tree(function_id: str, choice: str | None) -> Any:
    """The compiled tree of a catalog function's formula (expressions' private nodes)."""
    from ..expressions import _compile as ex

    act = catalog.get(function_id)
    entry = _known_entry(act.id)
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

    from ..expressions import _dual as ex

    act = catalog.get(function_id)
    p = catalog.resolve_params(act, params)
    root = _tree(act.id, _choice_of(act, p))
    env = {k: v for k, v in p.items() if not isinstance(v, str)}
    xs = np.asarray(x, dtype=np.float64)
    d = ex._run(root, xs, env, 2, None)
    f, d1, d2 = (
        np.broadcast_to(np.asarray(0.0 if v is None else v, dtype=np.float64), xs.shape).copy()
        for v in d
    )
    return f, d1, d2
