"""Every function's convention at kinks has a Chinese text that says the same."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from actgui.core import catalog, conventions
from actgui.core.expressions import CONVENTION

_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:e\d+)?")


def test_every_catalog_convention_has_a_current_chinese_text() -> None:
    table = conventions.translations()
    stale, missing = [], []
    for fid in catalog.ids():
        act = catalog.get(fid)
        if not act.convention:
            continue
        if fid not in table:
            missing.append(fid)
        elif act.convention not in table[fid][0]:
            stale.append(fid)  # the English changed: translate data/conventions_zh.json again
        zh = conventions.convention(act, "zh_CN")
        assert zh != act.convention and re.search(r"[\u4e00-\u9fff]", zh), fid
    assert not missing and not stale, (missing, stale)


def test_chinese_keeps_the_mathematics() -> None:
    """Numbers and parameter names as in the English; primes as f′, f″; 折点, not 拐点."""
    for fid, (wordings, zh) in conventions.translations().items():
        en = wordings[0].replace("^2", "²")  # the Chinese writes squares one way
        assert not Counter(_NUMBER.findall(en)) - Counter(_NUMBER.findall(zh)), fid
        names = {p.name for p in catalog.get(fid).params} if fid in catalog.ids() else set()
        for name in names:
            if re.search(rf"\b{re.escape(name)}\b", en):
                assert re.search(rf"\b{re.escape(name)}\b", zh), f"{fid}: {name}"
        assert "'" not in zh and "拐点" not in zh, fid
        assert zh.count("′") >= en.count("f'") - en.count("f''") - en.count("f'''"), fid


def test_other_languages_and_changed_wordings_stay_english() -> None:
    relu = catalog.get("relu")
    assert conventions.convention(relu, "en") == relu.convention
    assert conventions.convention(relu, "zh_CN").startswith("f′(0) = 0，")
    changed = dataclasses.replace(relu, convention="f'(0) = 1/2 by a new rule")
    assert conventions.convention(changed, "zh_CN") == changed.convention  # never stale
    # the wording elsewhere in the catalog (and custom functions' convention) is found
    smooth = dataclasses.replace(relu, id="custom:smooth", convention="smooth: no kinks")
    assert conventions.convention(smooth, "zh_CN") == "光滑：无折点"
    custom = dataclasses.replace(relu, id="custom:f", convention=CONVENTION)
    assert "目录中的函数" in conventions.convention(custom, "zh_CN")
