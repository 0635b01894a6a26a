"""Custom functions typed as expressions: safety, errors, exact derivatives, conventions.

The suite runs with warnings as errors (pyproject), so any numpy RuntimeWarning
raised while compiling or evaluating an expression fails these tests by itself.
"""

from __future__ import annotations

import builtins
import json
import math
import re
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actgui.core import catalog, properties
from actgui.core import expressions as ex
from actgui.core.expressions import (
    CustomFunction,
    ExpressionError,
    compile_definition,
    compile_expression,
    parse_definition,
    parse_parameter,
)
from actgui.core.spec import Activation, Family, NumberParam
from actgui.core.state import sample_function

EPS = float(np.finfo(np.float64).eps)
MAX = float(np.finfo(np.float64).max)

# --- hostile and malformed input --------------------------------------------------------

#: (text, expected fragment of the message, expected position or None for "any").
HOSTILE: list[tuple[str, str, int | None]] = [
    ("__import__('os').system('touch /tmp/pwned')", "not allowed", None),
    ("__import__", "`__import__` is not allowed", 0),
    ("__import__(x)", "not allowed", 0),
    ("().__class__.__bases__[0].__subclasses__()", "not allowed", None),
    ("x.__class__", "attribute access (`.__class__`)", 1),
    ("exp.__globals__", "attribute access (`.__globals__`)", 3),
    ("sigmoid.__code__.co_consts", "attribute access", None),
    ("open('/etc/passwd')", "strings are not allowed", 5),
    ("open(x)", "unknown name `open`", 0),
    ("eval(x)", "unknown name `eval`", 0),
    ("exec(x)", "unknown name `exec`", 0),
    ("compile(x)", "unknown name `compile`", 0),
    ("globals()", "unknown name `globals`", 0),
    ("getattr(x, x)", "unknown name `getattr`", 0),
    ("__builtins__", "not allowed", 0),
    ("x + __dict__", "not allowed", 4),
    ("a__b * x", "not allowed", 0),
    ("_secret", "not allowed", 0),
    ("9**9**9**9", "exponent 387420489", 6),
    ("x**1e308", "exponent 1e+308 is too large", 3),
    ("x**-5000", "is too large", None),
    ("2**10000", "is too large", 3),
    ("10**400", "overflows float64", 0),
    ("1e999 * x", "too large for float64", 0),
    ("1" * 5000, "too many digits", None),
    ("exp(exp(exp(1000)))", "overflows", None),
    ("1/0", "division by zero", 0),
    ("log(-1) + x", "log of a number <= 0", 0),
    ("sqrt(-2)", "sqrt of a negative number", 0),
    ("x+" * 500_000 + "x", "too long", 10_000),
    ("(" * 10_000 + "x" + ")" * 10_000, "too long", 10_000),
    ("(" * 5000 + "x" + ")" * 4999, "nested too deeply", 100),
    ("(" * 10_000, "nested too deeply", 100),
    ("-" * 5000 + "x", "too complex", None),
    ("x" + "+x" * 4000, "too complex", None),
    ("x\x00", "NUL", 1),
    ("\x00", "NUL", 0),
    ("x\x1b[2J", "control character", 1),
    ("ｘ * sigmoid(ｘ)", "FULLWIDTH LATIN SMALL LETTER X", 0),
    ("x\u202e*2", "RIGHT-TO-LEFT OVERRIDE", 1),
    ("x\u200f+1", "RIGHT-TO-LEFT MARK", 1),
    ("x\u200b+1", "ZERO WIDTH SPACE", 1),
    ("х + 1", "CYRILLIC SMALL LETTER HA", 0),
    ("e\u0301xp(x)", "COMBINING ACUTE ACCENT", 1),
    ("x\ufeff", "U+FEFF", 1),
    ("lambda: x", "lambda is not allowed", 0),
    ("(lambda y: y)(x)", "lambda", None),
    ("[x for x in (1, 2)]", "not allowed", None),
    ("sum(x for x in y)", "unknown name `sum`", 0),
    ("{x: x for x in y}", "not allowed", None),
    ("'x'", "strings are not allowed", 0),
    ('"x"', "strings are not allowed", 0),
    ("f'{x}'", "strings are not allowed", 1),
    ("b'x'", "strings are not allowed", 1),
    ("x[0]", "indexing", 0),
    ("x[::2]", "indexing", 0),
    ("(y := x)", "assignment", 1),
    ("*x", "cannot read", 0),
    ("max(*x)", "unpacking", 4),
    ("gelu(x, **x)", "unpacking", 10),
    ("x if x > 0 else 0", "use where", 0),
    ("x > 0 and x < 1", "`and`/`or` are not allowed", 0),
    ("not x", "`not` is not supported", 0),
    ("~x", "`~` is not supported", 0),
    ("x ^ 2", "use **", 2),
    ("x % 2", "`%` is not supported", 2),
    ("x // 2", "`//` is not supported", 2),
    ("x @ x", "`@` is not supported", 2),
    ("x, x", "tuple", 1),
    ("[x]", "lists are not allowed", 0),
    ("{x}", "sets are not allowed", 0),
    ("{1: x}", "dictionaries are not allowed", 0),
    ("True", "`True` is not a number", 0),
    ("None", "`None` is not a number", 0),
    ("...", "is not a number", 0),
    ("1j * x", "complex numbers", 0),
    ("await x", "not allowed", None),
    ("(yield x)", "not allowed", None),
    ("x # comment", "comments", 2),
    ("x \\\n+ 1", "backslash", 2),
    ("x; import os", "`;`", 1),
    ("import os", "cannot read", None),
    ("x = 1", "cannot read", None),
    ("", "empty", None),
    ("   \n ", "empty", None),
    ("x *", "ends too early", 3),
    ("(x", "unclosed `(`", 0),
    ("x)", "unmatched `)`", 1),
    ("sigmoid", "is a function", 0),
    ("x(2)", "`x` is not a function", 0),
    ("pi(x)", "`pi` is not a function", 0),
    ("x > 0", "only allowed as the first argument of where", 0),
    ("where(x, 1, 2)", "must be a comparison", 6),
    ("where(x > 0, 1)", "where takes 3 arguments", 0),
    ("max(x)", "two or more arguments", 0),
    ("exp(x, y)", "exp takes 1 argument", 0),
    ("exp(x, base=2)", "no keyword arguments", 7),
    ("gelu(x, x)", "gelu takes one argument", 0),
    ("gelu(approximate=tanh)", "gelu takes one argument", 0),
    ("leaky_relu(x, negative_slope=x)", "must be a number", 29),
    ("leaky_relu(x, negative_slope=2)", "above the valid range", 14),
    ("hardtanh(x, min_val=2, max_val=1)", "must be less than", 0),
    ("gelu(x, approximate=exact)", "must be one of none, tanh", 20),
    ("gelu(x, approximate=1)", "must be one of", 20),
    ("relu_general(x, max_value=-inf)", "unknown name `inf`", None),
    ("gelu.f(x)", "attribute access", None),
]


#: legal expressions with a hole: a hostile input inside one is refused all the same
_AROUND = ("x + ({})", "sigmoid({}) * x", "where(x > 0, x, {})", "leaky_relu({})")


@pytest.mark.parametrize("text", [h[0] for h in HOSTILE], ids=range(len(HOSTILE)))
def test_hostile_input_is_refused_wherever_it_stands(text: str) -> None:
    """The checks see the whole tree, not only its top: inside a sum, a call or a
    where, each hostile input is still refused, by an ExpressionError (never another
    exception, never accepted) with a one-line message that points inside the text."""
    for template in _AROUND:
        whole = template.format(text)
        with pytest.raises(ExpressionError) as info:
            compile_expression(whole)
        msg = str(info.value)
        assert "\n" not in msg and len(msg) < 300, msg
        assert msg.isascii() and msg.isprintable(), msg
        pos = info.value.position
        assert pos is None or 0 <= pos <= len(whole), (pos, msg)


@pytest.mark.parametrize(("text", "fragment", "pos"), HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_refused_quickly_with_a_clear_message(
    text: str, fragment: str, pos: int | None
) -> None:
    start = time.perf_counter()
    with pytest.raises(ExpressionError) as info:
        compile_expression(text)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0, elapsed
    err = info.value
    msg = str(err)
    assert fragment in msg, msg
    assert "\n" not in msg and len(msg) < 300, msg
    assert msg.isascii() and msg.isprintable(), msg  # never echoes control or RTL characters
    if pos is not None:
        assert err.position == pos, (err.position, msg)
    if err.position is not None:
        assert 0 <= err.position <= len(text)
        assert f"at column {err.position + 1}" in msg


def test_payload_does_nothing(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    payloads = [
        f"__import__('os').system('touch {target}')",
        f"__import__(chr(111)+chr(115)).system(touch {target})",
        "().__class__.__bases__[0].__subclasses__()",
        "[c for c in ().__class__.__base__.__subclasses__()][0]",
        f"open({target}, w)",
    ]
    existed = Path("/tmp/pwned").exists()
    for text in payloads:
        with pytest.raises(ExpressionError):
            compile_expression(text)
    assert not target.exists()
    assert Path("/tmp/pwned").exists() == existed


def test_user_text_never_reaches_eval_exec_or_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    """eval/exec are never called; compile only by ast.parse, with PyCF_ONLY_AST."""
    import ast

    real_compile = builtins.compile
    calls: list[int] = []

    def guarded_compile(source: Any, filename: Any, mode: str, flags: int = 0, *a: Any, **k: Any):
        assert flags & ast.PyCF_ONLY_AST, "compile() to bytecode"
        calls.append(flags)
        return real_compile(source, filename, mode, flags, *a, **k)

    def refuse(*_: Any, **__: Any) -> None:
        raise AssertionError("eval/exec called")

    monkeypatch.setattr(builtins, "compile", guarded_compile)
    monkeypatch.setattr(builtins, "eval", refuse)
    monkeypatch.setattr(builtins, "exec", refuse)
    fn = compile_expression("a*x*sigmoid(b*x) + gelu(x) + where(x > 0, x, 0)", {"a": 1, "b": 2})
    fn.evaluate_all(np.linspace(-3, 3, 7))
    fn.breaks()
    fn.undefined(np.linspace(-3, 3, 7))
    for text, _, _ in HOSTILE[:40]:
        with pytest.raises(ExpressionError):
            compile_expression(text)
    assert calls  # ast.parse did run


# --- error messages for typos --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message", "pos"),
    [
        ("x * sigmod(x)", "unknown name `sigmod` at column 5: did you mean `sigmoid`?", 4),
        ("x * sofplus(x)", "unknown name `sofplus` at column 5: did you mean `softplus`?", 4),
        ("gleu(x)", "unknown name `gleu` at column 1: did you mean `glu`?", 0),  # glu is closer
        ("Sigmoid(x)", "unknown name `Sigmoid` at column 1: did you mean `sigmoid`?", 0),
        ("leaky_rleu(x)", "unknown name `leaky_rleu` at column 1: did you mean `leaky_relu`?", 0),
        ("2*xx", "unknown name `xx` at column 3: did you mean `x`?", 2),
        ("exp(x) + pii", "unknown name `pii` at column 10: did you mean `pi`?", 9),
        ("a*x", "unknown name `a` at column 1: declare it as a parameter (a = 1.0) or use x", 0),
        (
            "leaky_relu(x, negative_slop=0.2)",
            "leaky_relu has no parameter `negative_slop` at column 15: did you mean "
            "`negative_slope`?",
            14,
        ),
        ("elu(x, beta=1)", "elu has no parameter `beta` at column 8: its parameters: alpha", 7),
        ("x +* 2", "cannot read the expression (invalid syntax) at column 4", 3),
    ],
)
def test_typos_point_at_the_column_with_a_suggestion(text: str, message: str, pos: int) -> None:
    with pytest.raises(ExpressionError) as info:
        compile_expression(text)
    assert str(info.value) == message
    assert info.value.position == pos
    assert isinstance(info.value, ValueError)


def test_suggestion_includes_declared_parameters() -> None:
    with pytest.raises(ExpressionError, match="did you mean `alpha`"):
        compile_expression("alpah * x", {"alpha": 1.0})


def test_error_end_covers_the_token() -> None:
    with pytest.raises(ExpressionError) as info:
        compile_expression("x * sigmod(x)")
    assert (info.value.position, info.value.end) == (4, 10)


# --- exact derivatives against the catalog ---------------------------------------------------

GRID = np.concatenate(
    [
        np.linspace(-50, 50, 20_001),
        -np.logspace(-300, 300, 301),
        np.logspace(-300, 300, 301),
        [0.0, 700.0, -700.0, 1e308, -1e308],
    ]
)


def _assert_rel(got: np.ndarray, ref: np.ndarray, rtol: float, what: str) -> None:
    """|got - ref| <= rtol |ref|, and 1e-300 absolute below 1e-290.

    Near the bottom of the float64 range forward-mode intermediates (sech^2 of a
    large argument times its inner derivative, say) are subnormal and carry fewer
    than 53 bits, so relative accuracy is only asked of results above 1e-290.
    """
    assert got.dtype == np.float64 and got.shape == ref.shape
    assert not np.any(np.isnan(got)), what
    bad = np.abs(got - ref) > rtol * np.abs(ref)
    bad &= got != ref
    bad &= ~((np.maximum(np.abs(got), np.abs(ref)) < 1e-290) & (np.abs(got - ref) < 1e-300))
    assert not np.any(bad), (what, GRID[: got.size][bad][:5], got[bad][:5], ref[bad][:5])


@pytest.mark.parametrize(
    ("text", "decl", "cid", "cparams", "away_from"),
    [
        ("x*sigmoid(x)", None, "silu", {}, None),
        ("x*sigmoid(b*x)", {"b": 1.702}, "silu", {"beta": 1.702}, None),
        ("x / (1 + exp(-x))", None, "silu", {}, "finite-tails"),
        ("x*tanh(softplus(x))", None, "mish", {}, None),
        ("where(x > 0, x, a*(exp(x) - 1))", {"a": 1.0}, "elu", {}, 1e-3),
        ("where(x > 0, x, a*expm1(x))", {"a": 0.5}, "elu", {"alpha": 0.5}, 0.0),
        ("max(x, 0.1*x)", None, "leaky_relu", {"negative_slope": 0.1}, 0.0),
        ("gelu(x)", None, "gelu", {}, None),
        ("gelu(x, approximate=tanh)", None, "gelu", {"approximate": "tanh"}, None),
        ("softplus(x, beta=2)", None, "softplus", {"beta": 2.0}, None),
        ("mish(x)", None, "mish", {}, None),
        ("x*tanh(exp(x))", None, "tanh_exp", {}, "finite-tails"),
        ("abs(x)", None, "absolute", {}, None),
        ("sin(x)", None, "sinusoid", {}, None),
        ("x*cos(x)", None, "gcu", {}, None),
        ("arctan(x)", None, "arctan", {}, None),
        ("tanh(x)", None, "tanh", {}, None),
        ("sigmoid(x)", None, "sigmoid", {}, None),
    ],
)
def test_derivatives_equal_the_catalog(
    text: str, decl: dict[str, float] | None, cid: str, cparams: dict[str, Any], away_from: Any
) -> None:
    """f, f', f'' to 1e-12 relative on a grid over the whole line (tails included).

    Forward mode sums terms such as s + x s' for silu', so where f' itself passes
    through 0 the relative error grows like eps * |terms| / |f'|; the grid's points
    nearest those zeros (step 0.005) keep it below 1e-12.
    """
    fn = compile_expression(text, decl)
    x = GRID
    keep = np.ones(x.shape, bool)
    if away_from == "finite-tails":  # exp(+-x) overflows: f' is an indeterminate 0 * inf
        keep = np.abs(x) < 700  # (PyTorch autograd gives NaN there too)
    elif away_from is not None:
        keep = np.abs(x) > away_from
    got = fn.evaluate_all(x)
    for order in range(3):
        ref = catalog.evaluate(cid, x, cparams, order)
        _assert_rel(got[order][keep], ref[keep], 1e-12, f"{text} order {order}")


REFERENCE = Path(__file__).resolve().parent / "reference_data" / "reference.npz"

#: Catalog functions written as expressions, with the catalog parameters they take.
AS_EXPRESSIONS = {
    "silu": ("x*sigmoid(beta*x)", ["beta"]),
    "mish": ("x*tanh(softplus(x))", []),
    "elu": ("where(x > 0, x, alpha*expm1(x))", ["alpha"]),
    "selu": ("1.0507009873554805*where(x > 0, x, 1.6732632423543772*expm1(x))", []),
    "leaky_relu": ("max(x, negative_slope*x)", ["negative_slope"]),
    "sigmoid": ("sigmoid(x)", []),
    "tanh": ("tanh(x)", []),
    "log_sigmoid": ("-softplus(-x)", []),
    "gelu": ("x*(1 + erf(x/sqrt(2)))/2", []),
}


def test_expressions_match_the_reference_data() -> None:
    """Custom spellings of catalog functions vs the golden data (mpmath >= 60 digits, whose
    values PyTorch float64 autograd also matched when the data was made), away from kinks,
    to 1e-12 relative (1e-300 absolute below 1e-290).

    Only the right half-line is used for gelu: x (1 + erf(x/sqrt 2))/2 cancels for
    x < -1 (1 + erf -> 0), which is the expression's, not the differentiation's, fault.
    """
    if not REFERENCE.exists():
        pytest.skip("no reference data")
    with np.load(REFERENCE) as npz:
        data = {k: npz[k] for k in ("meta", "x", "kink", "mp")}
    cases = json.loads(str(data["meta"]))["cases"]
    checked = set()
    for case in cases:
        if case["id"] not in AS_EXPRESSIONS or case["params"].get("approximate", "none") != "none":
            continue
        text, names = AS_EXPRESSIONS[case["id"]]
        decl = {k: (float(case["params"][k]), -1e9, 1e9) for k in names}
        fn = compile_expression(text, decl)
        rows = slice(case["start"], case["stop"])
        x, kink, mp = data["x"][rows], data["kink"][rows], data["mp"][rows]
        keep = ~kink & (x >= 0 if case["id"] == "gelu" else True)
        got = fn.evaluate_all(x[keep])
        for order in range(3):
            ref = mp[keep, order]
            ok = np.isfinite(ref)
            _assert_rel(got[order][ok], ref[ok], 1e-12, f"{case['id']} {case['params']} {order}")
        checked.add(case["id"])
    assert checked == set(AS_EXPRESSIONS)


def test_catalog_call_is_the_kernel_itself() -> None:
    x = GRID
    for text, cid, p in [
        ("gelu(x)", "gelu", {}),
        ("leaky_relu(x, negative_slope=0.2)", "leaky_relu", {"negative_slope": 0.2}),
        ("elish(x)", "elish", {}),
        ("srelu(x, t_left=-2, a_right=0.5)", "srelu", {"t_left": -2, "a_right": 0.5}),
    ]:
        got = compile_expression(text).evaluate_all(x)
        for o in range(3):
            np.testing.assert_array_equal(got[o], catalog.evaluate(cid, x, p, o))


def test_catalog_calls_with_params_use_the_chain_rule() -> None:
    x = np.linspace(-5, 5, 1001)
    x = x[np.abs(x) > 1e-9]
    fn = compile_expression("leaky_relu(2*x, negative_slope=0.2)")
    f, d1, d2 = fn.evaluate_all(x)
    p = {"negative_slope": 0.2}
    np.testing.assert_array_equal(f, catalog.evaluate("leaky_relu", 2 * x, p, 0))
    np.testing.assert_array_equal(d1, 2 * catalog.evaluate("leaky_relu", 2 * x, p, 1))
    np.testing.assert_array_equal(d2, 4 * catalog.evaluate("leaky_relu", 2 * x, p, 2))
    # a declared parameter passed on to a catalog function
    fn = compile_expression("elu(x - 1, alpha=a) * c", {"a": (1.0, 0, 5), "c": 3.0})
    for a in (0.25, 1.0, 4.0):
        got = fn.evaluate_all(x, {"a": a})
        for o in range(3):
            ref = 3.0 * catalog.evaluate("elu", x - 1, {"alpha": a}, o)
            np.testing.assert_allclose(got[o], ref, rtol=1e-15, atol=0)
    assert fn.breaks()[0] == (1.0,)
    # a constant argument with a parameter-valued keyword is evaluated, not folded
    fn = compile_expression("elu(-1, alpha=a) * x", {"a": (1.0, 0, 5)})
    f = fn.evaluate(np.array([2.0]), {"a": 3.0})
    np.testing.assert_allclose(f, 2 * 3 * np.expm1(-1.0), rtol=1e-15)


def test_declared_parameter_range_must_fit_the_catalog_parameter() -> None:
    with pytest.raises(ExpressionError, match=r"`alpha` accepts \[0.0, 10.0\], but `a`") as info:
        compile_expression("elu(x, alpha=a)", {"a": (1.0, -1.0, 5.0)})
    assert info.value.position == 13
    with pytest.raises(ExpressionError, match="ranges over"):
        compile_expression("elu(x, alpha=a)", {"a": 1.0})  # unbounded
    with pytest.raises(ExpressionError, match="ranges over"):  # threshold is in (0, 100]
        compile_expression("softplus(x, threshold=t)", {"t": (20.0, 0.0, 100.0)})
    t = NumberParam("t", 20.0, 0.0, 100.0, 1.0, min_open=True)
    fn = compile_expression("softplus(x, threshold=t)", {"t": t})
    x = np.array([-1.0, 3.0, 30.0])
    np.testing.assert_array_equal(
        fn.evaluate(x, {"t": 2.0}), catalog.evaluate("softplus", x, {"threshold": 2.0})
    )


def test_joint_constraints_with_parameters_are_nan_not_exceptions() -> None:
    fn = compile_expression(
        "hardtanh(x, min_val=lo, max_val=hi)", {"lo": (-1.0, -10, 10), "hi": (1.0, -10, 10)}
    )
    x = np.linspace(-3, 3, 7)
    np.testing.assert_array_equal(fn.evaluate(x), np.clip(x, -1, 1))
    f = fn.evaluate(x, {"lo": 2.0, "hi": 1.0})
    assert np.all(np.isnan(f))
    assert "invalid parameters for hardtanh" in fn.undefined(x, {"lo": 2.0, "hi": 1.0})[0]


# --- conventions at kinks -------------------------------------------------------------------


def test_abs_derivative_at_zero_is_zero() -> None:
    f, d1, d2 = compile_expression("abs(x)").evaluate_all(np.array([-1.0, -0.0, 0.0, 2.0]))
    np.testing.assert_array_equal(f, [1, 0, 0, 2])
    np.testing.assert_array_equal(d1, [-1, 0, 0, 1])
    np.testing.assert_array_equal(d2, [0, 0, 0, 0])
    # composed: d/dx abs(x - 1)**2 at 1 is 0 by the chain rule, abs(x)*x has f' = 0 at 0
    assert compile_expression("abs(x - 1)*3").evaluate(np.array(1.0), order=1) == 0.0


def test_max_and_min_take_the_first_argument_on_ties() -> None:
    x = np.array([-2.0, 0.0, 2.0])
    _, d1, _ = compile_expression("max(x, 0.1*x)").evaluate_all(x)
    np.testing.assert_array_equal(d1, [0.1, 1.0, 1.0])
    _, d1, _ = compile_expression("max(0.1*x, x)").evaluate_all(x)
    np.testing.assert_array_equal(d1, [0.1, 0.1, 1.0])
    _, d1, d2 = compile_expression("min(x**2, 2*x)").evaluate_all(np.array([0.0, 1.0, 2.0, 3.0]))
    np.testing.assert_array_equal(d1, [0.0, 2.0, 4.0, 2.0])  # ties at 0 and 2: x**2's
    np.testing.assert_array_equal(d2, [2.0, 2.0, 2.0, 0.0])
    f = compile_expression("max(x, 0, -1, x/2)").evaluate(np.array([-4.0, 3.0]))
    np.testing.assert_array_equal(f, [0.0, 3.0])


def test_where_follows_the_selected_branch() -> None:
    x = np.array([-1.0, 0.0, 1.0])
    _, d1, d2 = compile_expression("where(x > 0, x**2, 3*x)").evaluate_all(x)
    np.testing.assert_array_equal(d1, [3.0, 3.0, 2.0])
    np.testing.assert_array_equal(d2, [0.0, 0.0, 2.0])
    _, d1, _ = compile_expression("where(x >= 0, x**2, 3*x)").evaluate_all(x)
    np.testing.assert_array_equal(d1, [3.0, 0.0, 2.0])
    f = compile_expression("where(-1 < x <= 0, 1, 0)").evaluate(np.array([-1.0, -0.5, 0, 0.5]))
    np.testing.assert_array_equal(f, [0, 1, 1, 0])
    f = compile_expression("where(x == 0, 1, 0) + where(x != 1, 2, 0)").evaluate(x)
    np.testing.assert_array_equal(f, [2, 3, 0])
    # the branch not taken may be undefined there: no NaN, no warning
    fn = compile_expression("where(x > 0, log(x), x)")
    f, d1, d2 = fn.evaluate_all(np.array([-1.0, 0.0, np.e]))
    np.testing.assert_allclose(f, [-1.0, 0.0, 1.0])
    np.testing.assert_allclose(d1, [1.0, 1.0, 1 / np.e])
    assert fn.undefined(np.linspace(-5, 5, 11)) == []


def test_kinks_and_jumps_are_declared() -> None:
    fn = compile_expression("where(x > 0, x, a*(exp(x) - 1))", {"a": (1.0, 0, 5)})
    assert fn.activation.kinks(a=1.0) == (0.0,) and fn.activation.jumps(a=1.0) == ()
    fn = compile_expression("where(x >= 0.3, 1, 0) + abs(x + 2) + max(x, 2*x - 5)")
    kinks, jumps = fn.breaks()
    assert jumps == (0.3,)
    assert kinks == (-2.0, 5.0)
    fn = compile_expression("hardtanh(2*x - 1) + threshold(x, threshold=-1.5, value=3)")
    assert fn.breaks() == ((-1.5, 0.0, 1.0), (-1.5,))  # torch.nn.Threshold's own kink too
    kinks = compile_expression("abs(sin(x))").breaks()[0]
    assert len(kinks) == ex.MAX_BREAKS
    near = [k for k in kinks if abs(k) < 10]
    np.testing.assert_allclose(near, np.pi * np.arange(-3, 4), atol=4e-15)
    assert compile_expression("x*sigmoid(x)").breaks() == ((), ())


# --- undefined points and overflow ------------------------------------------------------------


def test_undefined_is_nan_with_a_reason_and_no_warning() -> None:
    x = np.linspace(-2, 2, 5)
    fn = compile_expression("log(x)")
    f, d1, d2 = fn.evaluate_all(x)
    assert np.all(np.isnan(f[:3])) and np.all(np.isnan(d1[:3])) and np.all(np.isnan(d2[:3]))
    np.testing.assert_allclose(f[3:], np.log([1.0, 2.0]))
    np.testing.assert_allclose(d2[3:], [-1.0, -0.25])
    report = fn.undefined(x)
    assert report[0] == "f undefined at 3 of 5 points in [-2, 0]: log of a number <= 0 (column 1)"
    assert [line[:4] for line in report] == ["f un", "f' u", "f'' "]
    assert not fn.defined_everywhere()
    np.testing.assert_array_equal(fn.undefined_mask(x)[0], [True, True, True, False, False])

    fn = compile_expression("sqrt(x)")
    f, d1, _ = fn.evaluate_all(np.array([-1.0, 0.0, 4.0]))
    assert math.isnan(f[0]) and f[1] == 0 and f[2] == 2
    assert math.isnan(d1[0]) and math.isnan(d1[1]) and d1[2] == 0.25
    assert "sqrt is not differentiable at 0 (column 1)" in fn.undefined(np.array([0.0]))[0]

    fn = compile_expression("1 + 1/(x - 1)")
    assert fn.undefined(np.array([0.0, 1.0]))[0].endswith("division by zero (column 5)")
    for text, where in [
        ("x**0.5", [-1.0]),
        ("x**-1", [0.0]),
        ("x**x", [-0.5]),
        ("log1p(x)", [-1.0]),
    ]:
        fn = compile_expression(text)
        assert np.isnan(fn.evaluate(np.array(where))).all(), text
        assert fn.undefined(np.array(where)), text


def test_overflow_saturates_like_the_catalog() -> None:
    x = np.array([-1e308, -1000.0, 0.0, 1000.0, 1e308])
    f, d1, d2 = compile_expression("exp(x)").evaluate_all(x)
    np.testing.assert_array_equal(f, [0.0, 0.0, 1.0, MAX, MAX])
    np.testing.assert_array_equal(d2, f)
    f, d1, _ = compile_expression("x**3").evaluate_all(x)
    np.testing.assert_array_equal(f[[0, 4]], [-MAX, MAX])
    np.testing.assert_array_equal(d1[[0, 4]], [MAX, MAX])
    # an indeterminate inf/inf is undefined (NaN), and said so
    fn = compile_expression("exp(x)/exp(x)")
    assert math.isnan(fn.evaluate(np.array(1000.0)))
    assert "indeterminate overflow" in fn.undefined(np.array([1000.0]))[0]
    # but where nothing overflows twice, results stay exact in the tails
    np.testing.assert_array_equal(compile_expression("1/x").evaluate(np.array(5e-324)), MAX)


def test_evaluation_never_warns_on_extreme_inputs() -> None:
    x = np.array([-MAX, -1e300, -710.0, -1.0, -5e-324, -0.0, 0.0, 5e-324, 1.0, 710.0, 1e300, MAX])
    texts = [
        "x*sigmoid(x)", "log(x)*sqrt(x)", "1/x - 1/x", "exp(x)*exp(-x)", "x**x", "2**x",
        "tan(x)*cosh(x)", "sinh(x)/cosh(x)", "erf(x)*x**2", "arctan(x)*x**3", "softplus(x)**2",
        "where(x > 0, log(x), exp(-x))", "max(exp(x), -exp(x))", "expm1(x)/x", "log1p(x)/x",
        "gelu(1e308*x) * elu(x*x)", "(x*x)**0.5 - abs(x)", "0**x", "(-2)**x",
    ]  # fmt: skip
    for t in texts:
        fn = compile_expression(t)
        for y in fn.evaluate_all(x):
            assert y.shape == x.shape and y.dtype == np.float64
            assert not np.any(np.isinf(y)), t
        fn.undefined(x)


# --- shapes, copies, constants -----------------------------------------------------------------


def test_shapes_and_fresh_arrays() -> None:
    fn = compile_expression("x*sigmoid(x)")
    k = fn.activation
    assert k.f(np.float64(1.0)).shape == ()
    assert k.df(np.zeros((3, 4))).shape == (3, 4)
    x = np.linspace(-1, 1, 2000)
    a = k.f(x)
    a[:] = 7.0  # callers may write into the result: the cache is not affected
    assert not np.any(k.f(x) == 7.0)
    b = compile_expression("x").activation.f(x)
    assert b is not x and np.shares_memory(b, x) is False
    f, d1, d2 = compile_expression("2*pi + e").evaluate_all(np.zeros(3))
    np.testing.assert_array_equal(f, 2 * np.pi + np.e)
    np.testing.assert_array_equal(d1, 0.0)
    np.testing.assert_array_equal(d2, 0.0)
    f = compile_expression("a + 0*x", {"a": 2.5}).evaluate(np.zeros((2, 2)), {"a": -1.0})
    np.testing.assert_array_equal(f, np.full((2, 2), -1.0))


def test_constant_folding_is_float64_and_bounded() -> None:
    assert compile_expression("2**10 * x").evaluate(np.array(1.0)) == 1024.0
    assert compile_expression("x**1000").evaluate(np.array(1.0)) == 1.0
    with pytest.raises(ExpressionError, match="undefined"):
        compile_expression("(-8)**(1/3)")
    with pytest.raises(ExpressionError, match="overflows"):
        compile_expression("10.0**300 * 10.0**300")
    with pytest.raises(ExpressionError, match="is too large"):
        compile_expression("x**(500*3)")
    # a parameter exponent is evaluated in float64, never folded
    f = compile_expression("x**p", {"p": 2.0}).evaluate(np.array([3.0]), {"p": 1e308})
    assert f[0] == MAX


# --- parameters, definitions, sessions ---------------------------------------------------------


def test_parse_parameter_forms() -> None:
    p = parse_parameter("a = 1.0 in [0, 5]")
    assert (p.name, p.default, p.min, p.max, p.min_open, p.max_open) == ("a", 1, 0, 5, 0, 0)
    assert p.step == 0.01
    p = parse_parameter("  beta=1.702 ")
    assert (p.default, p.min, p.max) == (1.702, -math.inf, math.inf)
    p = parse_parameter("t = -0.5 in (-1, 1e3)")
    assert p.min_open and p.max_open and p.check(-1.0) is not None
    p = parse_parameter("k=2 in [0, inf)")
    assert p.max == math.inf and not p.max_open
    for bad, frag in [
        ("a == 1", "cannot read the parameter declaration"),
        ("a = 1 in [5, 0]", "lower < upper"),
        ("a = 9 in [0, 5]", "outside [0.0, 5.0]"),
        ("x = 1", "`x` cannot be a parameter name"),
        ("exp = 1", "function name"),
        ("gelu = 1", "function name"),
        ("lambda = 1", "cannot be a parameter name"),
        ("__a = 1", "cannot read the parameter"),
        ("a = inf", "finite"),
        ("a = 1e999", "finite"),
        ("a = 1 in [0, 5", "unclosed `[`"),
        ("a = 1 in [0, 5] step -1", "the step must be a positive number"),
        ("a = 1 in [0, 5] step 0", "the step must be a positive number"),
        ("a = 1 in [0, 5] step", "cannot read"),
        ("a = 1 ; b", "`;`"),
    ]:
        with pytest.raises(ExpressionError, match=re.escape(frag)):
            parse_parameter(bad)


def test_parse_definition_positions() -> None:
    expr, params = parse_definition("a*x*sigmoid(b*x); a=1; b=1.702 in [0, 5]")
    assert expr == "a*x*sigmoid(b*x)"
    assert [(p.name, p.default, p.max) for p in params] == [("a", 1, math.inf), ("b", 1.702, 5)]
    with pytest.raises(ExpressionError) as info:
        parse_definition("a*x; a=1; b==2")
    assert info.value.position == 10
    with pytest.raises(ExpressionError, match="declared twice"):
        parse_definition("a*x; a=1; a=2")
    with pytest.raises(ExpressionError, match="too many parameters"):
        parse_definition("x" + "; a=1" * 40)


def test_compile_definition_and_parameters() -> None:
    fn = compile_definition("a*x*sigmoid(b*x); a=1; b=1.702", name="GELU (sigmoid approx.)")
    act = fn.activation
    assert isinstance(act, Activation) and act.family is Family.OTHER
    assert act.id == "custom:gelu_sigmoid_approx" and act.name == "GELU (sigmoid approx.)"
    assert [p.name for p in act.params] == ["a", "b"]
    assert catalog.resolve_params(act) == {"a": 1.0, "b": 1.702}
    assert catalog.resolve_params(act, {"b": "2"}) == {"a": 1.0, "b": 2.0}
    with pytest.raises(ValueError, match="unknown parameter 'c'"):
        catalog.resolve_params(act, {"c": 1})
    x = np.linspace(-4, 4, 81)
    np.testing.assert_allclose(
        catalog.evaluate(act, x, {"b": 2.0}, 1), catalog.evaluate("silu", x, {"beta": 2.0}, 1),
        rtol=1e-13, atol=1e-16,
    )  # fmt: skip
    with pytest.raises(ValueError, match="unknown parameter"):
        fn.evaluate(x, {"zzz": 1.0})
    # unnamed: the id is a hash of the normalised text and parameters
    a = compile_expression("x *  sigmoid(x)")
    b = compile_expression(" x * sigmoid(x)\n")
    assert a.text == b.text == "x * sigmoid(x)" and a.activation.id == b.activation.id
    assert a.activation.id.startswith("custom:") and a.activation.name == "x * sigmoid(x)"
    assert compile_expression("x*sigmoid(x)", {"a": 1}).activation.id != a.activation.id
    assert a.activation.convention == ex.CONVENTION
    with pytest.raises(ExpressionError, match="name"):
        compile_expression("x", name="bad\x00name")


def test_params_mapping_forms() -> None:
    fn = compile_expression(
        "a*x + b + c", {"a": 2, "b": (0.5, -1, 1), "c": NumberParam("c", 0.0, 0.0, 1.0, 0.1)}
    )
    assert [(p.name, p.default, p.min, p.max) for p in fn.params] == [
        ("a", 2.0, -math.inf, math.inf),
        ("b", 0.5, -1.0, 1.0),
        ("c", 0.0, 0.0, 1.0),
    ]
    bads: list[dict[str, Any]] = [
        {"x": 1},
        {"sigmoid": 1},
        {"a": "1"},
        {"a": (1, 2)},
        {"a": (5, 0, 1)},
        {"a": True},
    ]
    for bad in bads:
        with pytest.raises(ExpressionError):
            compile_expression("x", bad)


def test_session_round_trip() -> None:
    fn = compile_expression(
        "a*x*sigmoid(b*x)", {"a": (1.0, 0, 5), "b": NumberParam("b", 1.7, 0, 10, 0.05, True)},
        name="mine",
    )  # fmt: skip
    assert (
        fn.definition()
        == "a*x*sigmoid(b*x); a = 1.0 in [0.0, 5.0]; b = 1.7 in (0.0, 10.0] step 0.05"
    )
    data = json.loads(json.dumps(fn.to_dict(), allow_nan=False))
    back = CustomFunction.from_dict(data)
    assert back.text == fn.text and back.name == fn.name and back.params == fn.params
    assert back.activation.id == fn.activation.id
    x = np.linspace(-3, 3, 13)
    for o in range(3):
        np.testing.assert_array_equal(back.evaluate(x, order=o), fn.evaluate(x, order=o))
    again = compile_definition(fn.definition(), name="mine")
    assert again.params == fn.params and again.text == fn.text
    unbounded = compile_expression("a*x", {"a": 1.0})
    assert unbounded.to_dict()["params"][0]["min"] is None
    assert CustomFunction.from_dict(unbounded.to_dict()).params == unbounded.params
    # a session file is untrusted input too
    for bad in [
        {"text": "__import__('os')", "params": []},
        {"text": 1, "params": []},
        {"text": "x", "params": "a"},
        {"text": "x", "params": [{"name": "x", "default": 1}]},
        {"text": "x", "params": [{"name": "a", "default": "nan"}]},
        {"text": "x", "params": [{"name": "a"}]},
        {"text": "x", "version": 99},
        [],
    ]:
        with pytest.raises(ExpressionError):
            CustomFunction.from_dict(bad)  # type: ignore[arg-type]


# --- the rest of actgui uses it like a catalog function -------------------------------------


def test_works_with_sample_function_and_properties() -> None:
    fn = compile_expression("where(x > 0, x, a*(exp(x) - 1))", {"a": (1.0, 0, 5)})
    s = sample_function(fn.activation, fn.defaults(), -3, 3, 101)
    assert 0.0 in s.x and np.isnan(s.y[1][s.x == 0]).all()
    pr = properties.compute(fn.activation, fn.defaults())
    ref = properties.compute(catalog.get("elu"), catalog.resolve_params("elu"))
    assert pr.as_rows() == ref.as_rows()
    assert fn.defined_everywhere()
    pr = properties.compute(compile_expression("x*sigmoid(x)").activation, {})
    assert pr.as_rows() == properties.compute(catalog.get("silu"), {"beta": 1.0}).as_rows()


# --- hypothesis ----------------------------------------------------------------------------------

#: Expressions, parameters, and a bound on |f'''| over [-50, 50] away from kinks: twice the
#: maximum of |f'''| found by PyTorch float64 triple autograd on 2,000,001 points.
CENTRAL: list[tuple[str, dict[str, float] | None, float]] = [
    ("x*sigmoid(1.702*x)", None, 2 * 0.893),
    ("x*tanh(softplus(x))", None, 2 * 0.589),
    ("where(x > 0, x, a*(exp(x) - 1)) + 0.1*sin(3*x)", {"a": 1.5}, 2 * 3.24),
    ("log1p(x*x)/(1 + abs(x)) + arctan(x/2)", None, 2 * 6.25),
    ("sqrt(1 + x*x) - 1 + erf(x/2)*cosh(x/10)", None, 2 * 1.08),
    ("gelu(x)*exp(-x*x/100) + leaky_relu(2*x - 1, negative_slope=0.2)", None, 2 * 0.853),
    ("x**3/(1 + x**2) + 2**(x/10)", None, 2 * 6.0),
    ("min(softplus(x), 2 + x/4) * cos(x/3)", None, 2 * 0.48),
]
_COMPILED = {t: compile_expression(t, d) for t, d, _ in CENTRAL}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    case=st.sampled_from(CENTRAL),
    x=st.floats(min_value=-50, max_value=50, allow_nan=False, allow_infinity=False),
)
def test_first_derivative_agrees_with_a_central_difference(
    case: tuple[str, dict[str, float] | None, float], x: float
) -> None:
    """f'(x) vs (f(x+h) - f(x-h)) / (x+h - (x-h)), h = 2**-17 max(1, |x|).

    Why this tolerance: Taylor's theorem bounds the truncation error of the central
    difference by h^2/6 * max|f'''| on [x-h, x+h] (M3 above: twice the largest value
    PyTorch's triple autograd finds on a fine grid).  Rounding: f(x+-h) are each
    within 8 ulp of |f| (forward-mode sums of a few correctly rounded terms), giving
    16 eps max|f| / (2h) after the division; the difference of the abscissae and the
    quotient add 4 eps |f'|.  The sum is doubled.  Points within 4h of a kink, where
    the difference straddles two pieces, are skipped.
    """
    text, _, m3 = case
    fn = _COMPILED[text]
    h = 2.0**-17 * max(1.0, abs(x))
    kinks, jumps = fn.breaks()
    if any(abs(x - k) <= 4 * h for k in (*kinks, *jumps)):
        return
    xp, xm = x + h, x - h
    f = fn.evaluate(np.array([xm, xp]))
    d1 = float(fn.evaluate(np.array(x), order=1))
    cd = (f[1] - f[0]) / (xp - xm)
    tol = 2 * (h * h / 6 * m3 + 16 * EPS * np.abs(f).max() / (2 * h) + 4 * EPS * abs(d1))
    assert abs(cd - d1) <= tol, (text, x, cd, d1, tol)


_LEAVES = st.sampled_from(
    ["x", "x", "x", "a", "b", "pi", "e", "0", "1", "2", "0.5", "-3", "1e-300", "1e300", "700"]
)
_UNARY = sorted(ex.FUNCTIONS.keys() - {"min", "max", "where", "pi", "e", "x"})
_CATALOG = ["relu", "gelu", "mish", "elu", "leaky_relu", "hardtanh", "binary_step", "silu"]
_CATALOG_B = [  # catalog calls whose keyword parameter is the declared parameter b
    "elu({}, alpha=b)", "leaky_relu({}, negative_slope=b)", "hardtanh({}, max_val=b)",
    "threshold({}, threshold=b, value=-b)", "softplus({}, beta=b)",
]  # fmt: skip


def _trees(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(st.sampled_from(_UNARY), children).map(lambda t: f"{t[0]}({t[1]})"),
        st.tuples(children, st.sampled_from(["+", "-", "*", "/", "**"]), children).map(
            lambda t: f"({t[0]}) {t[1]} ({t[2]})"
        ),
        children.map(lambda c: f"-({c})"),
        st.tuples(st.sampled_from(["min", "max"]), children, children).map(
            lambda t: f"{t[0]}({t[1]}, {t[2]})"
        ),
        st.tuples(children, st.sampled_from(["<", "<=", ">", ">=", "==", "!="]), children,
                  children, children).map(
            lambda t: f"where({t[0]} {t[1]} {t[2]}, {t[3]}, {t[4]})"
        ),
        st.tuples(st.sampled_from(_CATALOG), children).map(lambda t: f"{t[0]}({t[1]})"),
        st.tuples(st.sampled_from(_CATALOG_B), children).map(lambda t: t[0].format(t[1])),
    )  # fmt: skip


EXPRESSIONS = st.recursive(_LEAVES, _trees, max_leaves=12)
X_EXTREME = np.array(
    [-MAX, -1e300, -745.0, -30.0, -1.0, -1e-300, -0.0, 0.0, 5e-324, 0.5, 1.0, 30.0, 1e300, MAX]
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=EXPRESSIONS,
    a=st.floats(-10, 10),
    b=st.one_of(st.floats(0, 1, exclude_min=True), st.sampled_from([1e-300, 0.5, 1.0])),
)
def test_random_expression_trees_evaluate_or_are_refused(text: str, a: float, b: float) -> None:
    """Each random tree compiles and evaluates to finite-or-NaN arrays, or is refused."""
    try:
        fn = compile_expression(
            text, {"a": (0.5, -10, 10), "b": NumberParam("b", 0.5, 0, 1, 0.01, min_open=True)}
        )
    except ExpressionError as err:
        assert err.position is None or 0 <= err.position <= len(text)
        return
    params = {"a": a, "b": b}
    x = np.concatenate([X_EXTREME, np.linspace(-5, 5, 41)])
    ys = fn.evaluate_all(x, params)
    for y in ys:
        assert y.shape == x.shape and y.dtype == np.float64
        assert not np.any(np.isinf(y))
    nan = np.isnan(np.stack(ys))
    report = fn.undefined(x, params)
    assert bool(report) == bool(nan.any())
    np.testing.assert_array_equal(fn.undefined_mask(x, params), nan)
    kinks, jumps = fn.breaks(params)
    assert len(kinks) <= ex.MAX_BREAKS and all(math.isfinite(k) for k in (*kinks, *jumps))


# --- bounded work ------------------------------------------------------------------------


def test_large_legal_expression_is_fast() -> None:
    text = " + ".join(f"{k}*sigmoid(x - {k})*abs(x + {k})" for k in range(150))
    assert len(text) < ex.MAX_LENGTH
    start = time.perf_counter()
    fn = compile_expression(text)
    fn.evaluate_all(np.linspace(-6, 6, 2000))
    kinks, _ = fn.breaks()
    # bounded time is a safety property (a hostile input must not hang the window);
    # 10 s leaves room for a loaded machine, the typical time is 0.1 s
    assert time.perf_counter() - start < 10.0
    # only the first MAX_SWITCHES switching quantities are searched for kinks
    assert kinks == tuple(float(-k) for k in range(ex.MAX_SWITCHES - 1, -1, -1))


def test_kinks_are_searched_along_the_first_max_switches_quantities_only() -> None:
    """More switching quantities than MAX_SWITCHES: the kinks of the first ones in the
    text are found, every one of them, and none of the rest (though those are nearer 0);
    at most MAX_BREAKS of them, those nearest 0, are declared."""
    n = ex.MAX_SWITCHES + 50
    fn = compile_expression(" + ".join(f"abs(x + {k})" for k in range(n, 0, -1)))
    kinks, jumps = fn.breaks()
    searched = [float(-k) for k in range(n, n - ex.MAX_SWITCHES, -1)]
    assert kinks == tuple(sorted(sorted(searched, key=abs)[: ex.MAX_BREAKS]))
    assert jumps == ()


def test_too_many_terms_are_refused_not_crashed() -> None:
    text = " + ".join(f"{k}*x" for k in range(300))
    with pytest.raises(ExpressionError, match="nested too deeply"):
        compile_expression(text)
