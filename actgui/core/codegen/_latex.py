"""LaTeX: the formula of f (and f') for a paper, from the function texts
(:mod:`actgui.core.texts`), with the parameters' values."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from .. import catalog, texts
from ..bibtex import _SPECIAL as _TEX_SPECIAL  # one table of LaTeX's special characters
from ..messages import message
from ..spec import ChoiceParam, ParamValue, format_number
from ..state import ExplorerState
from ._printer import _figure_curves, _resolve

# --- LaTeX ----------------------------------------------------------------------------------


def tex_escape(text: str) -> str:
    """Plain text for LaTeX's text mode (legend entries, comments)."""
    return "".join(_TEX_SPECIAL.get(ch, ch) for ch in text)


def _tex_number(v: ParamValue) -> str:
    if isinstance(v, str):  # a choice: leaky_relu is leaky\_relu in LaTeX
        return f"\\text{{{tex_escape(v)}}}"
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
    choices = {q.name: str(p[q.name]) for q in act.params if isinstance(q, ChoiceParam)}
    formula, chosen = texts.chosen_variant(t.formula, choices)
    given = [
        f"{symbol} = {_tex_number(p[name])}"
        for symbol, name in t.symbols.items()
        if name in p and name not in chosen
    ]
    lines.append(_display(texts.with_lhs("f(x)", formula), given))
    if 1 in orders and t.derivative:
        derivative, _ = texts.chosen_variant(t.derivative, choices)
        lines.append(_display(texts.with_lhs("f'(x)", derivative), []))
    return "\n".join(lines) + "\n"


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
