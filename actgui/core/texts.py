"""Explanations of each function in English and Simplified Chinese.

The texts live in ``actgui/core/data/texts.json`` and ``texts_<module>.json``
beside it, one file per module of ``core/functions`` added later (one entry per
catalog id: LaTeX of f and f', the symbol each parameter has in the formulas,
and origin, summary, pros, cons and uses in each language).  An id may appear
in one file only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "zh_CN")


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
