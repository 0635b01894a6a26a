"""A custom function's expression as LaTeX for the Info panel's typesetter.

The expression has already been accepted by :mod:`actgui.core.expressions`; here it is
only read again with :func:`ast.parse` (a syntax tree, never evaluated) and written in
the notation of the catalog's formulas: ``x*sigmoid(1.702*x)`` becomes
``x \\sigma(1.702 x)``, ``where(x > 0, x, a*x)`` a ``cases`` block.  Anything
unexpected gives ``None`` and the panel shows the text as typed instead.
"""

from __future__ import annotations

import ast

from PySide6.QtCore import QCoreApplication

from .math_view import GREEK_LETTERS

_UPRIGHT = {
    "exp": "\\exp",
    "log": "\\ln",
    "tanh": "\\tanh",
    "sinh": "\\sinh",
    "cosh": "\\cosh",
    "sin": "\\sin",
    "cos": "\\cos",
    "tan": "\\tan",
    "arctan": "\\arctan",
    "erf": "\\operatorname{erf}",
    "softplus": "\\operatorname{softplus}",
    "log1p": "\\operatorname{log1p}",
    "expm1": "\\operatorname{expm1}",
}
_COMPARE = {
    ast.Lt: "<",
    ast.LtE: "\\leq",
    ast.Gt: ">",
    ast.GtE: "\\geq",
    ast.Eq: "=",
    ast.NotEq: "\\neq",
}
# binding strength: sums < products < unary minus < powers < atoms
_SUM, _PRODUCT, _NEG, _POWER, _ATOM = 1, 2, 3, 4, 5


class _Unsupported(Exception):
    pass


def expression_latex(text: str) -> str | None:
    """LaTeX of an accepted expression, or None if it cannot be typeset."""
    try:
        tree = ast.parse(text.strip(), mode="eval")
        latex, _ = _tex(tree.body)
    except (SyntaxError, ValueError, RecursionError, _Unsupported):
        return None
    return latex


def localise_cases(latex: str) -> str:
    """The words of a cases block ("if", "otherwise") in the user's language."""
    if_word = QCoreApplication.translate("InfoFormula", "if")
    otherwise = QCoreApplication.translate("InfoFormula", "otherwise")
    return latex.replace("\\text{if }", f"\\text{{{if_word} }}").replace(
        "\\text{otherwise}", f"\\text{{{otherwise}}}"
    )


def _paren(latex: str) -> str:
    return f"\\left({latex}\\right)"


def _at_least(node: ast.expr, strength: int) -> str:
    latex, own = _tex(node)
    return latex if own >= strength else _paren(latex)


def _number(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Unsupported
    text = repr(value)
    if "e" in text or "E" in text:
        mantissa, _, exponent = f"{value:g}".partition("e")
        if exponent:
            return f"{mantissa} \\times 10^{{{int(exponent)}}}"
        return mantissa
    return text[:-2] if text.endswith(".0") else text


def _name(name: str) -> str:
    if name == "x":
        return "x"
    if name == "pi":
        return "\\pi"
    if name == "e":
        return "e"
    if name.rstrip("_") in GREEK_LETTERS:
        return "\\" + name.rstrip("_")
    if len(name) == 1:
        return name
    head, _, tail = name.partition("_")
    if head and tail and len(head) == 1 and tail.isalnum():
        return f"{head}_{{{tail}}}"  # a_1, b_neg
    return f"\\mathit{{{name}}}"


def _starts_with_number(latex: str) -> bool:
    return latex[:1].isdigit() or latex.startswith(".")


def _tex(node: ast.expr) -> tuple[str, int]:
    """(latex, binding strength) of one node."""
    if isinstance(node, ast.Constant):
        value = node.value
        latex = _number(value)
        return latex, _ATOM if not latex.startswith("-") and "times" not in latex else _PRODUCT
    if isinstance(node, ast.Name):
        return _name(node.id), _ATOM
    if isinstance(node, ast.UnaryOp):
        if isinstance(node.op, ast.USub):
            return "-" + _at_least(node.operand, _PRODUCT), _NEG
        if isinstance(node.op, ast.UAdd):
            return _tex(node.operand)
        raise _Unsupported
    if isinstance(node, ast.BinOp):
        return _binary(node)
    if isinstance(node, ast.Call):
        return _call(node), _ATOM
    if isinstance(node, ast.Compare):
        parts = [_at_least(node.left, _SUM)]
        for op, right in zip(node.ops, node.comparators, strict=True):
            if type(op) not in _COMPARE:
                raise _Unsupported
            parts += [_COMPARE[type(op)], _at_least(right, _SUM)]
        return " ".join(parts), 0
    raise _Unsupported


def _binary(node: ast.BinOp) -> tuple[str, int]:
    op = node.op
    if isinstance(op, ast.Add | ast.Sub):
        left = _at_least(node.left, _SUM)
        right, own = _tex(node.right)
        if own <= _SUM or (isinstance(op, ast.Sub) and own == _NEG):
            right = _paren(right)
        return f"{left} {'+' if isinstance(op, ast.Add) else '-'} {right}", _SUM
    if isinstance(op, ast.Mult):
        left = _at_least(node.left, _PRODUCT)
        right, own = _tex(node.right)
        if own < _PRODUCT or own == _NEG:
            right = _paren(right)
        # 2 x, a \sigma(x): juxtaposed; a number after something: a visible dot
        joiner = " \\cdot " if _starts_with_number(right) else " "
        return f"{left}{joiner}{right}", _PRODUCT
    if isinstance(op, ast.Div):
        num, _ = _tex(node.left)
        den, _ = _tex(node.right)
        return f"\\frac{{{num}}}{{{den}}}", _ATOM
    if isinstance(op, ast.Pow):
        base = _at_least(node.left, _ATOM)
        exponent, _ = _tex(node.right)
        if base.startswith("\\sqrt") or base.startswith("\\frac"):
            base = _paren(base)
        return f"{base}^{{{exponent}}}", _POWER
    raise _Unsupported


def _call(node: ast.Call) -> str:
    if not isinstance(node.func, ast.Name):
        raise _Unsupported
    name = node.func.id
    args = [_tex(a)[0] for a in node.args]
    keywords = []
    for kw in node.keywords:
        if kw.arg is None:
            raise _Unsupported
        value = kw.value
        shown = value.id if isinstance(value, ast.Name) and value.id not in ("x",) else None
        latex = f"\\text{{{shown}}}" if shown is not None and len(shown) > 1 else _tex(value)[0]
        keywords.append(f"\\text{{{kw.arg}}} = {latex}")
    if not keywords:
        if name == "sqrt" and len(args) == 1:
            return f"\\sqrt{{{args[0]}}}"
        if name == "abs" and len(args) == 1:
            return f"\\left|{args[0]}\\right|"
        if name == "sigmoid" and len(args) == 1:
            return f"\\sigma{_paren(args[0])}"
        if name == "exp" and len(args) == 1 and _simple_exponent(node.args[0]):
            return f"e^{{{args[0]}}}"
        if name in _UPRIGHT and len(args) == 1:
            return f"{_UPRIGHT[name]}{_paren(args[0])}"
        if name in ("min", "max") and len(args) >= 2:
            return f"\\{name}{_paren(', '.join(args))}"
        if name == "where" and len(args) == 3:
            cond, a, b = args
            return (
                f"\\begin{{cases}} {a} & \\text{{if }} {cond} \\\\ "
                f"{b} & \\text{{otherwise}} \\end{{cases}}"
            )
    # a catalog function by id or alias, with its keyword parameters
    if not name.isidentifier():
        raise _Unsupported
    return f"\\operatorname{{{name}}}{_paren(', '.join(args + keywords))}"


def _simple_exponent(node: ast.expr) -> bool:
    """Short enough to read as a superscript: e^{-x}, e^{2x}, but exp(...) for longer ones."""
    latex, _ = _tex(node)
    return len(latex) <= 12 and "frac" not in latex and "begin" not in latex
