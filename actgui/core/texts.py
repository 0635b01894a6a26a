"""Explanations of each function in English and Simplified Chinese.

The texts live in ``actgui/core/data/texts.json`` and ``texts_<module>.json``
beside it, one file per module of ``core/functions`` added later (one entry per
catalog id: LaTeX of f and f', the symbol each parameter has in the formulas,
and origin, summary, pros, cons and uses in each language).  An id may appear
in one file only.

A language's block may also give a ``name``: the display name in that language,
for functions whose catalog name is a description ("Non-monotonic cubic unit")
rather than a proper name (GELU, Swish).  :func:`display_name` returns it for the
language the front end set with :func:`set_language`, else the catalog's name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .spec import Activation

LANGUAGES = ("en", "zh_CN")

#: the language of display names (set by the front end with its translator)
_language = "en"


@dataclass(frozen=True)
class FunctionText:
    formula: str
    derivative: str
    #: LaTeX symbol -> parameter name, e.g. {"\\alpha": "negative_slope"}
    symbols: dict[str, str]
    origin: str
    summary: str
    pros: tuple[str, ...]
    cons: tuple[str, ...]
    uses: tuple[str, ...]


@cache
def _all() -> dict[str, Any]:
    folder = resources.files("actgui.core").joinpath("data")
    names = sorted(
        e.name for e in folder.iterdir() if e.name.startswith("texts") and e.name.endswith(".json")
    )
    data: dict[str, Any] = {}
    for name in names:
        part: dict[str, Any] = json.loads(folder.joinpath(name).read_text(encoding="utf-8"))
        twice = sorted(set(part) & set(data))
        if twice:
            raise RuntimeError(f"texts of {twice} are given twice ({name})")
        data.update(part)
    return data


def has_text(function_id: str) -> bool:
    return function_id in _all()


def for_function(function_id: str, lang: str = "en") -> FunctionText:
    """Texts of one function; ``lang`` is "en" or "zh_CN" (others fall back to English)."""
    entry = _all().get(function_id)
    if entry is None:
        raise ValueError(f"no description for function {function_id!r}")
    lang = lang if lang in LANGUAGES else "en"
    body = entry.get(lang) or entry["en"]
    origin = entry["origin"].get(lang) or entry["origin"]["en"]
    return FunctionText(
        formula=entry["formula"],
        derivative=entry["derivative"],
        symbols=dict(entry.get("symbols", {})),
        origin=origin,
        summary=body["summary"],
        pros=tuple(body["pros"]),
        cons=tuple(body["cons"]),
        uses=tuple(body["uses"]),
    )


def set_language(lang: str) -> None:
    """Show display names in ``lang`` from now on ("en", "zh_CN"; others: English)."""
    global _language
    _language = lang if lang in LANGUAGES else "en"


def language() -> str:
    return _language


def local_name(function_id: str, lang: str | None = None) -> str | None:
    """The name the texts give the function in ``lang`` (default: the current
    language), or None where it keeps its catalog name."""
    entry = _all().get(function_id)
    if entry is None:
        return None
    block = entry.get(lang or _language)
    return block.get("name") if isinstance(block, dict) else None


def display_name(act: Activation, lang: str | None = None) -> str:
    """``act``'s name as the user reads it: localized where the texts give one."""
    return local_name(act.id, lang) or act.name


def with_lhs(lhs: str, formula: str) -> str:
    """``f(x) = …`` (``lhs`` and the formula) unless the formula already has its
    own left-hand side (``f(x)``, ``f'(x)`` or ``f’(x)``): what the info panel
    typesets and ``actgui code --target latex`` writes."""
    text = formula.strip()
    return text if text.startswith(("f(x)", "f'(x)", "f’(x)")) else f"{lhs} = {text}"


_CASES = re.compile(r"\\begin\{cases\}(?P<rows>.*?)\\end\{cases\}", re.DOTALL)
_CHOICE_ROW = re.compile(
    r"^\s*(?P<expr>.*?)\s*&\s*\\text\{if \}\s*\\text\{(?P<name>\w+)\}"
    r"\s*=\s*\\text\{(?P<value>[^{}]*)\}\s*$",
    re.DOTALL,
)


def chosen_variant(tex: str, choices: Mapping[str, str]) -> tuple[str, set[str]]:
    """``tex`` with each ``cases`` whose rows are the values of one choice parameter
    (GELU's ``approximate``: none or tanh) replaced by the row of the chosen value, as
    a paper states the one formula it used, and the Info panel the one plotted; and
    the names of the choices so settled."""
    settled: set[str] = set()

    def pick(m: re.Match[str]) -> str:
        rows = [_CHOICE_ROW.match(r) for r in re.split(r"\s\\\\\s", m.group("rows"))]
        names = {r.group("name") for r in rows if r is not None}
        if None in rows or len(names) != 1 or (name := names.pop()) not in choices:
            return m.group(0)
        for r in rows:
            assert r is not None
            if r.group("value") == choices[name]:
                settled.add(name)
                return r.group("expr")
        return m.group(0)

    return _CASES.sub(pick, tex), settled
