"""Checks for the explanatory texts in actgui/core/data/texts.json.

The file holds, for every catalog id, the formula and derivative (LaTeX within
the subset the in-app typesetter renders), a map from LaTeX symbols to
parameter names, the origin, and a summary with pros, cons and uses in English
and Simplified Chinese.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

import pytest

from actgui.core import catalog

#: The 50 ids of docs/catalog-brief.md, in catalog order.
BRIEF_IDS = (
    "sigmoid",
    "tanh",
    "log_sigmoid",
    "softsign",
    "arctan",
    "lecun_tanh",
    "soboleva_tanh",
    "isru",
    "symmetrical_sigmoid",
    "log_log",
    "relu",
    "leaky_relu",
    "relu_general",
    "prelu",
    "rrelu",
    "relu6",
    "elu",
    "celu",
    "selu",
    "isrlu",
    "srelu",
    "softplus",
    "sparse_plus",
    "squareplus",
    "gelu",
    "silu",
    "mish",
    "elish",
    "tanh_exp",
    "serf",
    "hardshrink",
    "softshrink",
    "tanhshrink",
    "hardtanh",
    "hardsigmoid",
    "hard_swish",
    "hard_elish",
    "binary_step",
    "threshold",
    "sparse_sigmoid",
    "sqnl",
    "identity",
    "exponential",
    "gaussian",
    "sinusoid",
    "sinc",
    "absolute",
    "bent_identity",
    "gcu",
    "snake",
)

ENTRY_KEYS = {"formula", "derivative", "symbols", "origin", "en", "zh_CN"}
LANGS = ("en", "zh_CN")
TEXT_KEYS = ("summary", "pros", "cons", "uses")
#: (min, max) number of items of each list.
LIST_SIZES = {"pros": (2, 4), "cons": (1, 4), "uses": (1, 3)}

#: LaTeX commands the in-app typesetter renders (``\\`` is the row separator).
ALLOWED_COMMANDS = {
    "frac",
    "sqrt",
    "begin",
    "end",
    "text",
    "left",
    "right",
    "cdot",
    "cdots",
    "max",
    "min",
    "exp",
    "ln",
    "log",
    "tanh",
    "sin",
    "cos",
    "arctan",
    "operatorname",
    "sigma",
    "Phi",
    "alpha",
    "beta",
    "mu",
    "omega",
    "gamma",
    "delta",
    "lambda",
    "pi",
    "leq",
    "geq",
}
ALLOWED_OPERATORNAMES = {"erf", "erfc", "sign", "softplus"}
ALLOWED_ENVIRONMENTS = {"cases"}

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
FULLWIDTH = re.compile(r"[\u3000-\u303f\uff00-\uffef]")
#: ASCII punctuation touching a Chinese character: should be full-width.
HALFWIDTH_NEXT_TO_CJK = re.compile(r"[\u4e00-\u9fff][,;:!?()]|[,;:!?()][\u4e00-\u9fff]")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    assert not dupes, f"duplicate keys in texts.json: {dupes}"
    return dict(pairs)


_DATA = resources.files("actgui.core").joinpath("data")
#: texts.json (the first 50 functions) and texts_<module>.json (one per later module)
TEXT_FILES = sorted(
    e.name for e in _DATA.iterdir() if e.name.startswith("texts") and e.name.endswith(".json")
)


@functools.cache
def raw_text(name: str = "texts.json") -> str:
    return _DATA.joinpath(name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def texts() -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in TEXT_FILES:
        part = json.loads(raw_text(name), object_pairs_hook=_no_duplicate_keys)
        assert isinstance(part, dict)
        assert not set(part) & set(data), f"{name} repeats {sorted(set(part) & set(data))}"
        data.update(part)
    return data


#: every function with texts: the brief's 50 and those added since
ALL_IDS = tuple(catalog.ids())


def _strings(entry: dict[str, Any], lang: str) -> list[str]:
    """Every human-readable string of one language in an entry."""
    block = entry[lang]
    out = [entry["origin"][lang], block["summary"]]
    for key in ("pros", "cons", "uses"):
        out.extend(block[key])
    return out


# --- file level -------------------------------------------------------------


@pytest.mark.parametrize("name", TEXT_FILES)
def test_file_is_utf8_json_with_unescaped_chinese(name: str) -> None:
    text = raw_text(name)
    assert CJK.search(text), "Chinese must be stored as UTF-8 text (ensure_ascii=False)"
    assert "\\u4" not in text and "\\u5" not in text, "Chinese is \\u-escaped"
    assert isinstance(texts(), dict)


def test_covers_exactly_the_brief_ids() -> None:
    data = texts()
    missing = [i for i in BRIEF_IDS if i not in data]
    assert not missing, f"texts.json has no entry for {missing}"
    assert len(BRIEF_IDS) == len(set(BRIEF_IDS)) == 50


def test_covers_every_catalog_id() -> None:
    missing = [i for i in catalog.ids() if i not in texts()]
    assert not missing, f"catalog ids without texts: {missing}"


def test_no_entry_for_unknown_id() -> None:
    known = set(BRIEF_IDS) | set(catalog.ids())
    unknown = sorted(set(texts()) - known)
    assert not unknown, f"texts.json has entries for unknown ids: {unknown}"


# --- per entry: structure and language --------------------------------------


@pytest.mark.parametrize("fid", ALL_IDS)
def test_entry_structure(fid: str) -> None:
    entry = texts()[fid]
    assert set(entry) == ENTRY_KEYS, f"{fid}: keys {sorted(entry)}"
    for key in ("formula", "derivative"):
        assert isinstance(entry[key], str) and entry[key].strip(), f"{fid}: empty {key}"
    assert isinstance(entry["symbols"], dict)
    assert set(entry["origin"]) == set(LANGS), f"{fid}: origin keys"
    for lang in LANGS:
        assert isinstance(entry["origin"][lang], str) and entry["origin"][lang].strip()
        block = entry[lang]
        assert set(block) == set(TEXT_KEYS), f"{fid}/{lang}: keys {sorted(block)}"
        assert isinstance(block["summary"], str) and block["summary"].strip()
        for key, (lo, hi) in LIST_SIZES.items():
            items = block[key]
            assert isinstance(items, list), f"{fid}/{lang}/{key} is not a list"
            assert lo <= len(items) <= hi, f"{fid}/{lang}/{key}: {len(items)} items"
            for item in items:
                assert isinstance(item, str) and item.strip(), f"{fid}/{lang}/{key}: empty item"
                assert item == item.strip(), f"{fid}/{lang}/{key}: stray whitespace {item!r}"


@pytest.mark.parametrize("fid", ALL_IDS)
def test_same_number_of_items_in_both_languages(fid: str) -> None:
    entry = texts()[fid]
    for key in LIST_SIZES:
        assert len(entry["en"][key]) == len(entry["zh_CN"][key]), f"{fid}: {key} differ"


@pytest.mark.parametrize("fid", ALL_IDS)
def test_english_texts(fid: str) -> None:
    entry = texts()[fid]
    for s in _strings(entry, "en"):
        assert not CJK.search(s), f"{fid}: Chinese in English text {s!r}"
        assert not FULLWIDTH.search(s), f"{fid}: full-width punctuation in {s!r}"
    assert entry["en"]["summary"].endswith("."), f"{fid}: English summary needs a full stop"


@pytest.mark.parametrize("fid", ALL_IDS)
def test_chinese_texts(fid: str) -> None:
    entry = texts()[fid]
    for s in _strings(entry, "zh_CN"):
        assert CJK.search(s), f"{fid}: zh_CN text without Chinese characters: {s!r}"
        bad = HALFWIDTH_NEXT_TO_CJK.search(s)
        assert not bad, f"{fid}: use full-width punctuation in Chinese ({bad.group()!r} in {s!r})"
    assert entry["zh_CN"]["summary"].endswith("。"), f"{fid}: Chinese summary needs 。"


# --- per entry: LaTeX ---------------------------------------------------------

_COMMAND = re.compile(r"\\([A-Za-z]+|.)")


def _latex_problems(src: str) -> list[str]:
    """Unbalanced groups and commands outside the typesetter's subset."""
    problems: list[str] = []
    stack: list[str] = []
    closers = {"}": "{", ")": "(", "]": "["}
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            m = _COMMAND.match(src, i)
            assert m is not None
            name = m.group(1)
            i = m.end()
            if name == "\\":
                continue
            if name not in ALLOWED_COMMANDS:
                problems.append(f"command \\{name} is not in the supported subset")
                continue
            if name in ("begin", "end", "operatorname", "text"):
                arg = re.match(r"\{([^{}]*)\}", src[i:])
                if arg is None:
                    problems.append(f"\\{name} needs a {{...}} argument")
                    continue
                i += arg.end()
                value = arg.group(1)
                if name == "begin":
                    if value not in ALLOWED_ENVIRONMENTS:
                        problems.append(f"environment {value!r} is not supported")
                    stack.append("begin:" + value)
                elif name == "end":
                    if not stack or stack[-1] != "begin:" + value:
                        problems.append(f"\\end{{{value}}} without matching \\begin")
                    else:
                        stack.pop()
                elif name == "operatorname" and value not in ALLOWED_OPERATORNAMES:
                    problems.append(f"\\operatorname{{{value}}} is not supported")
            elif name in ("left", "right"):
                want = "(" if name == "left" else ")"
                if src[i : i + 1] != want:
                    problems.append(f"\\{name} must be followed by {want!r}")
                    continue
                i += 1
                if name == "left":
                    stack.append("left(")
                elif not stack or stack[-1] != "left(":
                    problems.append("\\right) without matching \\left(")
                else:
                    stack.pop()
            continue
        if ch in "{([":
            stack.append(ch)
        elif ch in "})]":
            if not stack or stack[-1] != closers[ch]:
                problems.append(f"unbalanced {ch!r} at {i}")
            else:
                stack.pop()
        i += 1
    if stack:
        problems.append(f"unclosed {stack}")
    if src.count("|") % 2:
        problems.append("odd number of '|'")
    return problems


@pytest.mark.parametrize("fid", ALL_IDS)
@pytest.mark.parametrize("key", ["formula", "derivative"])
def test_latex_is_balanced_and_in_subset(fid: str, key: str) -> None:
    src = texts()[fid][key]
    problems = _latex_problems(src)
    assert not problems, f"{fid} {key}: {problems} in {src!r}"
    assert src.count(r"\begin{") == src.count(r"\end{")


@pytest.mark.parametrize("fid", ALL_IDS)
@pytest.mark.parametrize("key", ["formula", "derivative"])
def test_cases_rows_have_value_and_condition(fid: str, key: str) -> None:
    src = texts()[fid][key]
    for body in re.findall(r"\\begin\{cases\}(.*?)\\end\{cases\}", src, flags=re.S):
        rows = body.split(r"\\")
        assert len(rows) >= 2, f"{fid} {key}: a cases block needs two rows"
        for row in rows:
            assert row.count("&") == 1, f"{fid} {key}: row {row!r} needs one '&'"
            cond = row.split("&")[1].strip()
            assert cond.startswith((r"\text{if }", r"\text{otherwise}")), (
                f"{fid} {key}: condition {cond!r} should start with \\text{{if }} "
                "or be \\text{otherwise}"
            )


def test_latex_checker_catches_mistakes() -> None:
    assert _latex_problems(r"\frac{1}{1 + e^{-x}") != []
    assert _latex_problems(r"\begin{cases} x & \text{if } x > 0 \end{array}") != []
    assert _latex_problems(r"\mathbb{R}") != []
    assert _latex_problems(r"\left( x \right]") != []
    assert _latex_problems(r"\operatorname{erf}\left(\frac{x}{\sqrt{2}}\right)") == []


@pytest.mark.parametrize("fid", ALL_IDS)
def test_formula_uses_x_and_every_symbol(fid: str) -> None:
    entry = texts()[fid]
    assert "x" in entry["formula"], f"{fid}: formula does not mention x"
    names = list(entry["symbols"].values())
    assert len(names) == len(set(names)), f"{fid}: a parameter has two symbols"
    for sym in entry["symbols"]:
        assert sym.strip() and sym != "x", f"{fid}: bad symbol {sym!r}"
        assert sym in entry["formula"], f"{fid}: symbol {sym!r} is not used in the formula"


# --- per entry: symbols match the catalog's parameters -------------------------


@pytest.mark.parametrize("fid", ALL_IDS)
def test_symbols_are_the_catalog_parameters(fid: str) -> None:
    # Fails for ids whose catalog module has not been written yet.
    try:
        act = catalog.get(fid)
    except ValueError:
        pytest.fail(f"{fid!r} is in the brief but not (yet) in the catalog")
    params = {p.name for p in act.params}
    symbols = texts()[fid]["symbols"]
    unknown = sorted(set(symbols.values()) - params)
    assert not unknown, f"{fid}: symbols name unknown parameters {unknown}; params {params}"
    missing = sorted(params - set(symbols.values()))
    assert not missing, f"{fid}: parameters without a symbol: {missing}"
