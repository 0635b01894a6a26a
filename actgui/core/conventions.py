"""Each function's convention at kinks (``Activation.convention``) in the user's
language (no Qt).

The English is the catalog's; the Chinese is in ``data/conventions_zh.json``, keyed
by function id, each with the English it translates.  A convention whose English
has changed since it was translated is shown in English (a stale translation would
state something else); a custom function's convention is found by its English.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from .spec import Activation

__all__ = ["convention", "translations"]


@lru_cache(maxsize=1)
def translations() -> dict[str, tuple[tuple[str, ...], str]]:
    """function id -> (the English wordings it translates, the Chinese)."""
    raw = json.loads(
        resources.files("actgui.core").joinpath("data/conventions_zh.json").read_text("utf-8")
    )
    out = {}
    for fid, entry in raw["conventions"].items():
        en = entry["en"]
        out[fid] = ((en,) if isinstance(en, str) else tuple(en), entry["zh_CN"])
    return out


@lru_cache(maxsize=1)
def _by_english() -> dict[str, str]:
    return {en: zh for wordings, zh in translations().values() for en in wordings}


def convention(act: Activation, lang: str = "en") -> str:
    """``act.convention`` in ``lang`` ("en" or "zh_CN"); English where no
    translation of the current wording exists."""
    text = act.convention
    if lang != "zh_CN" or not text:
        return text
    entry = translations().get(act.id)
    if entry is not None and text in entry[0]:
        return entry[1]
    return _by_english().get(text, text)
