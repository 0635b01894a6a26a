"""The core's user-facing messages: all translatable, all registered for Qt Linguist.

Every message the core raises is built by ``messages.message(template, **fields)``
with a literal template.  These tests (Qt-free: they read ``actgui/ui/i18n.py``
with :mod:`ast`, never import it) check that

* every template is registered in i18n.py with ``QT_TRANSLATE_NOOP("Messages", ...)``
  and nothing else is (so lupdate lists exactly the templates in use);
* no f-string or bare literal reaches an exception in the converted modules;
* under a pseudo-translation (every template's words in fullwidth letters), the
  messages of a corpus of bad input hold no English word: nothing bypasses the hook;
* a broken translation falls back to English.
"""

from __future__ import annotations

import ast
import json
import math
import re
import string
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

import actgui.core
from actgui.core import catalog, messages, session
from actgui.core import expressions as ex
from actgui.core.expressions import CustomFunction, ExpressionError
from actgui.core.spec import ChoiceParam, NumberParam
from actgui.core.state import LINE_STYLES, ExplorerState

from .test_expressions import HOSTILE

CORE = Path(actgui.core.__file__).parent
I18N = CORE.parent / "ui" / "i18n.py"
#: the modules whose messages were converted; each must raise none in plain English
CONVERTED = (
    *sorted(p.relative_to(CORE).as_posix() for p in (CORE / "expressions").glob("*.py")),
    *sorted(p.relative_to(CORE).as_posix() for p in (CORE / "state").glob("*.py")),
    "catalog.py",
    "session.py",
    "spec.py",
)


# --- static checks ------------------------------------------------------------------


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _core_templates() -> dict[str, list[str]]:
    """template -> where it is used, for every literal first argument of message()/mark()."""
    found: dict[str, list[str]] = {}
    # the core (the atomic writer that the window and the command line share included)
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in ("message", "mark"):
                assert node.args, f"{path.name}:{node.lineno}: message() without a template"
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, []).append(f"{path.name}:{node.lineno}")
                else:
                    assert _name(node.func) == "message", (
                        f"{path.name}:{node.lineno}: mark() takes a literal template"
                    )
    return found


def _registered() -> list[str]:
    tree = ast.parse(I18N.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) == "QT_TRANSLATE_NOOP":
            ctx, text = node.args
            assert isinstance(ctx, ast.Constant) and isinstance(text, ast.Constant)
            if ctx.value == messages.CONTEXT:
                out.append(text.value)
    return out


def test_every_core_template_is_registered_for_linguist() -> None:
    used = _core_templates()
    registered = _registered()
    assert len(used) > 150, "the converted modules use message() throughout"
    dupes = sorted({t for t in registered if registered.count(t) > 1})
    assert not dupes, f"registered twice in i18n.py: {dupes}"
    missing = sorted(set(used) - set(registered))
    assert not missing, "add to MESSAGES in actgui/ui/i18n.py:\n" + "\n".join(
        f"  {t!r}  ({', '.join(used[t])})" for t in missing
    )
    unused = sorted(set(registered) - set(used))
    assert not unused, f"registered in i18n.py but used nowhere in the core: {unused}"


def test_templates_are_well_formed() -> None:
    for template in _core_templates():
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        assert all(f.isidentifier() for f in fields), f"{template!r}: fields must be names"
        assert template == template.strip(), f"{template!r}: outer blanks"


#: exceptions that users never see: internal invariants of the catalog's own data
JUSTIFIED = {
    ("catalog.py", "RuntimeError", "duplicate activation id"),
    ("catalog.py", "RuntimeError", "alias"),
    # a programming error: code assigning a collection of the state instead of calling
    # its methods
    ("_explorer.py", "AttributeError", "ExplorerState."),  # core/state/_explorer.py
}

#: helpers that raise their message argument: name -> positions of message arguments
RAISERS = {"_err": (0, 3), "_expect": (2,)}


def _plain_text(node: ast.expr) -> str | None:
    """The text of an f-string, a str literal or a concatenation with one; else None."""
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp):
        return _plain_text(node.left) or _plain_text(node.right)
    if isinstance(node, ast.IfExp):
        return _plain_text(node.body) or _plain_text(node.orelse)
    return None


def _offences(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name.endswith("Error") or name in ("Exception", "KeyError"):
            positions: tuple[int, ...] = (0,)
        elif name in RAISERS:
            positions = RAISERS[name]
        else:
            continue
        args = list(node.args) + [k.value for k in node.keywords if k.arg == "hint"]
        for i, arg in enumerate(args):
            if i not in positions and not (i >= len(node.args)):
                continue
            text = _plain_text(arg)
            if text is None:
                continue
            if any(path.name == f and name == n and text.startswith(s) for f, n, s in JUSTIFIED):
                continue
            yield f"{path.name}:{node.lineno}: {name}({text[:50]!r}...)"


def test_no_plain_english_message_is_raised() -> None:
    offences = [o for f in CONVERTED for o in _offences(CORE / f)]
    assert not offences, "use message(...) for:\n" + "\n".join(offences)


def test_the_static_check_sees_an_f_string(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "def f(x):\n"
        "    raise ValueError(f'x is {x}')\n"
        "def g(x):\n"
        "    raise _err('plain', 0, 1, f'hint {x}')\n"
        "def h(x):\n"
        "    raise ValueError(message('x is {x}', x=x))\n",
        encoding="utf-8",
    )
    assert len(list(_offences(bad))) == 3


# --- the hook reaches every message -------------------------------------------------------


def _wide(template: str) -> str:
    """The template with its words in fullwidth letters, fields kept: a pseudo-language."""
    out = []
    for literal, field, spec, conv in string.Formatter().parse(template):
        wide = "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in literal)
        out.append(wide.replace("{", "{{").replace("}", "}}"))
        if field is not None:
            out.append(
                "{" + field + ("!" + conv if conv else "") + (":" + spec if spec else "") + "}"
            )
    return "".join(out)


@pytest.fixture
def pseudo() -> Iterator[None]:
    messages.set_translator(_wide)
    try:
        yield
    finally:
        messages.set_translator(None)


def _names() -> set[str]:
    """Words that may stay ASCII: names of functions, parameters, choices, keys and types."""
    words = {*ex.FUNCTIONS, *catalog.CATALOG, *catalog.ALIASES, *LINE_STYLES}
    for act in catalog.CATALOG.values():
        for p in act.params:
            words.add(p.name)
            if isinstance(p, ChoiceParam):
                words.update(p.choices)
    words.update({"str", "int", "float", "NoneType", "list", "dict", "tuple", "bool", "object"})
    words.update({"inf", "nan", "NaN", "Infinity", "True", "False", "None", "Ellipsis"})
    # keys of a session file, named in "where: what" (curves[2].color), and custom ids
    words.update(json.loads(_doc()))
    words.update({"options", "saturation_eps", "function", "params", "color", "style"})
    words.update({"visible", "custom", "actgui"})
    return words


#: a word: an identifier of three or more characters that is not a hexadecimal code
WORD = re.compile(r"(?<![\w])[A-Za-z_][A-Za-z0-9_]{2,}")


def _english(msg: str, given: str) -> list[str]:
    allowed = _names() | set(WORD.findall(given))
    msg = re.sub(r"'[^']*'", "''", msg)  # a quoted value is data ('actgui-session')
    for ch in given:
        allowed.update(WORD.findall(unicodedata.name(ch, "")))
    return [w for w in WORD.findall(msg) if w not in allowed and not re.fullmatch("[0-9A-F]+", w)]


def _raises(call: Callable[[], object]) -> str:
    with pytest.raises(ValueError) as info:
        call()
    return str(info.value)


def _doc(**changes: object) -> str:
    d = session.to_dict(ExplorerState.first_launch())
    d.update(changes)
    return json.dumps(d)


SPECS = [
    "",
    "sigmod",
    "qwertyuiop",
    "leaky_relu(negative_slope=0.2, negative_slope=0.3)",
    "leaky_relu(negative_slope=2)",
    "leaky_relu(negative_slope='a')",
    "leaky_relu(negative_slope=[1])",
    "leaky_relu(0.2)",
    "leaky_relu(**k)",
    "leaky_relu(slope=1)",
    "gelu(approximate=exact)",
    "hardtanh(min_val=2, max_val=1)",
    "rrelu(lower=0.4, upper=0.3)",
    "elu(alpha=nan)",
    "relu(",
    "relu(" + "x" * 1000 + ")",
]

SESSIONS = [
    '{"format": "actgui-session", "version": 1, "curves": [',
    "[1, 2]",
    '{"format": "other"}',
    _doc(version=2),
    _doc(version=0),
    _doc(version="1"),
    _doc(curves=[{"function": "sigmod"}]),
    _doc(curves=[{"function": "elu", "params": {"alpha": -3}}]),
    _doc(curves=[{"function": "relu", "color": "red"}]),
    _doc(curves=[{"function": "relu", "style": "zigzag"}]),
    _doc(curves=[{"function": 3}]),
    _doc(curves=[{"function": "relu", "visible": "yes"}]),
    _doc(curves=[3]),
    _doc(curves={}),
    _doc(x_range=[3, 1]),
    _doc(x_range=[3]),
    _doc(x_range=["a", 1]),
    _doc(points=0),
    _doc(view=[2, 1]),
    _doc(view=3),
    _doc(rows=[True]),
    _doc(preset="jax"),
    _doc(options={"fancy": True}),
    _doc(options={"saturation_eps": 3}),
    _doc(options=[]),
    _doc(selected=99),
    _doc(custom=[{"text": "x", "name": "a", "params": [], "version": 9}]),
    _doc(custom=[{"text": "x +", "name": "a", "params": []}]),
    _doc(custom=[{"text": "x", "name": "a", "params": [{"name": "a", "default": "q"}]}]),
    _doc(custom=[{"text": "x", "name": "a", "params": [{}]}]),
    _doc(custom=[3]),
    _doc(custom=[{"text": 3}]),
    _doc(custom=list(range(101))),
    '{"format": "actgui-session", "version": 1, "points": NaN}',
]

DEFINITIONS = [
    "x; a = 1; a = 2",
    "x; a = b",
    "x; a = 1 in [2, 1]",
    "x; a = 5 in [0, 1]",
    "x; a = 1 step -1",
    "x; a = 1 step 0",
    "x; x = 1",
    "x; exp = 1",
    "x; a__b = 1",
    "x; 1a = 1",
    "x" + ";" * 20,
    "x; " + "a" * 300 + " = 1",
    "x; a = 1 in [0, 1]\u00e9",
    "x" * 20_000,
    "elu(x, alpha=a); a = 1 in [-5, 5]",
    "leaky_relu(x, negative_slope=0.2, negative_slope=0.3)",
    "gelu(x, approximate=a); a = 1",
    "elu(x, alpha=sin(x))",
    "elu(x, alpah=1)",
    "elu(x, qwertyuiop=1)",
    "relu(x, slope=1)",
    "sigmod(x)",
    "qwertyuiop",
    "qwerty(x)",
    "1 2",
    "2x",
    "0b2",
    "max(x=1)",
    "0 ** -1 + x",
    "(-1) ** 0.5 + x",
    "where(x in x, 1, 2)",
    "log1p(-1)",
    "x @ 2",
    "x | 2",
    "x & 2",
    "x << 2",
    "x >> 2",
    "{1, 2}",
    "x[1:2]",
    "{x: 1}",
]


def test_every_message_goes_through_the_hook(pseudo: None) -> None:
    """With a pseudo-language installed, no English word is left in any message."""
    problems = []

    def check(given: str, msg: str) -> None:
        words = _english(msg, given)
        if words:
            problems.append(f"{given[:60]!r}: {msg[:200]!r} has English {words}")

    for text, _fragment, _pos in HOSTILE:
        check(text, _raises(lambda text=text: ex.compile_expression(text)))
    for text in DEFINITIONS:
        check(text, _raises(lambda text=text: ex.compile_definition(text)))
    for text in SPECS:
        check(text, _raises(lambda text=text: catalog.parse_spec(text)))
    for text in SESSIONS:
        check(text, _raises(lambda text=text: session.loads(text)))
    check("", _raises(lambda: ex.compile_expression(3)))  # type: ignore[arg-type]
    check("", _raises(lambda: ex.parse_definition(3)))  # type: ignore[arg-type]
    check("", _raises(lambda: ex.compile_expression("x", name="\x00")))
    check("", _raises(lambda: ex.compile_expression("x", name=3)))  # type: ignore[arg-type]
    check("", _raises(lambda: ex.compile_expression("x", {"a": "q"})))
    check("", _raises(lambda: ex.compile_expression("x", {"a": math.inf})))
    check("", _raises(lambda: ex.compile_expression("x", {"a": object()})))
    check("", _raises(lambda: ex.compile_expression("x", {f"a{i}": 1 for i in range(20)})))
    check("", _raises(lambda: CustomFunction.from_dict([])))  # type: ignore[arg-type]
    fn = ex.compile_definition("a*x; a = 1")
    check("", _raises(lambda: fn.evaluate([0.0], {"b": 1})))
    check("", _raises(lambda: fn.evaluate([0.0], order=3)))
    check("", _raises(lambda: catalog.evaluate("relu", [0.0], order=3)))
    check("jax", _raises(lambda: catalog.framework_code("relu", {}, "jax")))
    check("", _raises(lambda: catalog.resolve_params("relu", {"a": 1})))
    check("", _raises(lambda: catalog.resolve_params("elu", {"alpha": math.nan})))
    check("", _raises(lambda: catalog.resolve_params("elu", {"alpha": math.inf})))
    check("", _raises(lambda: catalog.resolve_params("elu", {"alpha": "x"})))
    check("", _raises(lambda: catalog.resolve_params("gelu", {"approximate": 1})))
    relu_as_custom = SimpleNamespace(activation=catalog.get("relu"))  # not a custom: id
    check("", _raises(lambda: ExplorerState().register_custom(relu_as_custom)))
    state = ExplorerState.first_launch()
    check("", _raises(lambda: state.set_x_range(1, 0)))
    check("", _raises(lambda: state.set_x_range(0, math.inf)))
    check("", _raises(lambda: state.set_x_range(0, 1e300)))
    check("", _raises(lambda: state.set_x_range(0, 1e-300)))
    check("", _raises(lambda: state.set_points(1)))
    check("", _raises(lambda: state.set_points(1.5)))  # type: ignore[arg-type]
    check("", _raises(lambda: state.set_row_visible(3, True)))
    check("", _raises(lambda: state.set_option("saturation_eps", 2)))
    check("fancy", _raises(lambda: state.set_option("fancy", 2)))
    check("", _raises(lambda: state.curve(-1)))
    check("", _raises(lambda: state.set_param(state.curves[0].uid, "alpha", -1)))
    state.add_custom(ex.compile_definition("x", name="mine"))
    check("mine", _raises(lambda: state.add_custom(ex.compile_definition("2*x", name="mine"))))
    for lines, given in (
        (ex.compile_expression("log(x) + sqrt(x) + 1/x").undefined([-1.0, 0.0]), ""),
        (ex.compile_expression("x ** 0.5 + x ** x").undefined([-1.0, 0.0]), ""),
        (ex.compile_expression("log1p(x)").undefined([-2.0]), ""),
        (ex.compile_expression("x * tanh(exp(x))").undefined([800.0]), ""),
        (
            ex.compile_definition("elu(x, alpha=a); a = 1 in [0, 10]").undefined([1.0], {"a": -1}),
            "",
        ),
    ):
        assert lines
        for line in lines:
            check(given, line)
    number = NumberParam("a", 1.0, 0.0, 1.0, 0.1)
    for v in (math.nan, math.inf, -1.0, 2.0):
        check("", number.check(v) or "")
    check("", ChoiceParam("c", "p", ("p", "q")).allowed())
    assert not problems, "\n".join(problems)


def test_the_pseudo_language_check_can_fail() -> None:
    assert _english(_wide("unknown name `{name}`").format(name="sigmod"), "sigmod") == []
    assert _english("unknown name `sigmod`", "sigmod") == ["unknown", "name"]


# --- translations at run time ----------------------------------------------------------


def test_message_is_translated_and_formatted() -> None:
    table = {"unknown name `{name}`": "未知名称 `{name}`"}
    messages.set_translator(lambda t: table.get(t, t))
    try:
        with pytest.raises(ExpressionError, match="未知名称 `sigmod`"):
            ex.compile_expression("sigmod(x)")
        assert messages.message("unknown name `{name}`", name="q") == "未知名称 `q`"
    finally:
        messages.set_translator(None)
    assert messages.message("unknown name `{name}`", name="q") == "unknown name `q`"


@pytest.mark.parametrize("broken", ["未知名称 `{nam}`", "未知名称 `{0}`", "未知名称 `{name`", ""])
def test_a_broken_translation_falls_back_to_english(broken: str) -> None:
    messages.set_translator(lambda t: broken)
    try:
        assert messages.message("unknown name `{name}`", name="q") == "unknown name `q`"
    finally:
        messages.set_translator(None)


# --- parameters given twice ----------------------------------------------------------


def test_a_spec_parameter_given_twice_is_refused() -> None:
    with pytest.raises(ValueError) as info:
        catalog.parse_spec("leaky_relu(negative_slope=0.2, negative_slope=0.3)")
    assert str(info.value) == (
        "leaky_relu: parameter 'negative_slope' is given twice (0.2 and 0.3); give it once"
    )


def test_an_expression_parameter_given_twice_is_refused() -> None:
    with pytest.raises(ExpressionError) as info:
        ex.compile_expression("leaky_relu(x, negative_slope=0.2, negative_slope=0.3)")
    assert str(info.value) == (
        "leaky_relu: parameter `negative_slope` is given twice (0.2 and 0.3) at column 35:"
        " give it once"
    )
    assert info.value.position == 34
