"""Facts an audit found wrong (issue 12, "Facts to correct" 1-8), sources and aliases.

Each fact is checked against the kernels (or, for framework defaults, against
the framework's own definition) as well as against the texts that state it.
"""

from __future__ import annotations

import json
import math
import re
from importlib import resources
from typing import Any
from urllib.parse import urlparse

import numpy as np
import pytest

from actgui.core import catalog
from actgui.core import properties as props
from actgui.core.spec import Family, Reference

ALL = list(catalog.CATALOG.values())
IDS = [a.id for a in ALL]


def P(function_id: str, **given: object) -> props.Properties:
    act = catalog.get(function_id)
    return props.compute(act, catalog.resolve_params(act, given))


def rows(function_id: str, **given: object) -> dict[str, str]:
    return dict(P(function_id, **given).as_rows())


def texts() -> dict[str, Any]:
    folder = resources.files("actgui.core").joinpath("data")
    data: dict[str, Any] = {}
    for e in folder.iterdir():
        if e.name.startswith("texts") and e.name.endswith(".json"):
            data.update(json.loads(e.read_text(encoding="utf-8")))
    return data


def all_strings(entry: dict[str, Any], lang: str) -> list[str]:
    block = entry[lang]
    return [entry["origin"][lang], block["summary"], *block["pros"], *block["cons"], *block["uses"]]


# --- 1. ISRLU is C², not C∞ -------------------------------------------------------


def test_isrlu_is_c2_not_smooth() -> None:
    for alpha in (0.01, 1.0, 10.0):
        p = P("isrlu", alpha=alpha)
        assert p.continuity == 2 and not p.continuity_at_least
        assert p.smoothness_text() == "C²"
    assert rows("isrlu")["smoothness"] == "C²"


def _third(act, p: dict[str, Any], k: float, h: float) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """One-sided f''' at k from finite differences of the analytic f''."""
    d2 = lambda v: float(act.d2f(np.asarray(v, dtype=np.float64), **p))
    return (d2(k - h) - d2(k - 2 * h)) / h, (d2(k + 2 * h) - d2(k + h)) / h


WITH_HIGHER = [a for a in ALL if any(True for _ in a.higher_kinks(**catalog.defaults(a)))]


@pytest.mark.parametrize("act", WITH_HIGHER, ids=[a.id for a in WITH_HIGHER])
def test_declared_higher_kinks_match_finite_differences(act) -> None:  # type: ignore[no-untyped-def]
    """(k, n) in higher_kinks: f'' continuous at k, and for n = 2 the f''' of both sides
    (finite differences of f'') differ; for n = 3 f''' agrees and f'''' differs."""
    assert WITH_HIGHER, "ISRLU declares one"
    settings = [catalog.defaults(act)]
    for prm in act.params:
        lo = catalog.defaults(act)
        lo[prm.name] = prm.min if not prm.min_open else prm.default / 2
        settings.append(catalog.resolve_params(act, lo))
        hi = catalog.defaults(act)
        hi[prm.name] = prm.max
        settings.append(catalog.resolve_params(act, hi))
    for p in settings:
        for k, n in act.higher_kinks(**p):
            assert n >= 2, "orders below 2 are measured from f' and f'' (kinks)"
            h = 1e-5 * max(1.0, abs(k))
            d2 = act.d2f(np.array([k - 1e-9, k + 1e-9]), **p)
            assert abs(d2[1] - d2[0]) <= 1e-6 * max(1.0, *np.abs(d2)), (act.id, p, k, d2)
            left, right = _third(act, p, k, h)
            scale = max(1.0, abs(left), abs(right))
            if n == 2:
                assert abs(left - right) > 1e-3 * scale, (act.id, p, k, left, right)
            else:
                assert n == 3, "only C² and C³ are checked here"
                assert abs(left - right) <= 1e-3 * scale, (act.id, p, k, left, right)
    # ISRLU: f''' is -3 alpha from the left and 0 from the right
    if act.id == "isrlu":
        left, right = _third(act, {"alpha": 2.0}, 0.0, 1e-5)
        assert left == pytest.approx(-6.0, rel=1e-3) and right == 0.0


# --- 2. Softplus is increasing and C∞; PyTorch's switch is a note --------------------


def test_softplus_is_increasing_and_smooth_with_a_note() -> None:
    p = P("softplus")
    assert p.monotonic == "increasing"
    assert p.continuity == math.inf and p.smoothness_text() == "C∞"
    assert p.range_text() == "(0, ∞)"
    (sw,) = p.switches
    assert sw.x == 20.0
    assert sw.step == pytest.approx(-math.log1p(math.exp(-20.0)), rel=1e-5)  # -2.06e-9
    note = rows("softplus")["implementation note"]
    assert "x = 20" in note and "-2.06e-09" in note


def test_softplus_curve_still_follows_pytorch() -> None:
    act = catalog.get("softplus")
    p = catalog.resolve_params(act)
    assert float(act.f(np.array(20.5), **p)) == 20.5  # x itself above the threshold
    assert float(act.f(np.array(20.0), **p)) == pytest.approx(math.log1p(math.exp(20.0)), rel=1e-15)
    assert 20.0 in act.jumps(**p)  # plots still break the curve there


def test_softplus_note_gives_the_step_for_any_parameters() -> None:
    p = P("softplus", beta=0.01, threshold=0.5)
    assert p.monotonic == "increasing"
    (sw,) = p.switches
    assert sw.x == pytest.approx(50.0)
    assert sw.step == pytest.approx(-math.log1p(math.exp(-0.5)) / 0.01, rel=1e-6)
    # no switch, no note row
    assert "implementation note" not in rows("sigmoid")


# --- 3. ranges of functions that jump are unions --------------------------------------


@pytest.mark.parametrize(
    "function_id, given, text",
    [
        ("binary_step", {}, "{0, 1}"),
        ("threshold", {}, "{0} ∪ (1, ∞)"),
        ("threshold", {"threshold": 1.0, "value": 3.0}, "(1, ∞)"),
        ("threshold", {"threshold": 1.0, "value": -2.0}, "{-2} ∪ (1, ∞)"),
        ("hardshrink", {}, "(-∞, -0.5) ∪ {0} ∪ (0.5, ∞)"),
        ("hardshrink", {"lambd": 2.0}, "(-∞, -2) ∪ {0} ∪ (2, ∞)"),
        ("relu_general", {"threshold": 1.0}, "{0} ∪ (1, ∞)"),
        ("relu_general", {"threshold": 1.0, "negative_slope": 0.2}, "(-∞, 0] ∪ (1, ∞)"),
        ("relu_general", {"threshold": 2.0, "max_value": 1.0}, "{0, 1}"),
        ("relu_general", {"threshold": -1.0}, "(-1, ∞)"),
    ],
)
def test_range_of_functions_that_jump(function_id: str, given: dict, text: str) -> None:
    assert P(function_id, **given).range_text() == text


def test_range_parts_are_the_values_the_kernel_takes() -> None:
    act = catalog.get("hardshrink")
    p = catalog.resolve_params(act)
    pr = props.compute(act, p)
    lo, mid, hi = pr.range_parts
    assert lo.low.value == -math.inf and not lo.high.closed
    assert lo.high.value == pytest.approx(-0.5, rel=1e-12)
    # 0 on the whole of [-0.5, 0.5] (PyTorch: f(+-lambd) = 0)
    assert mid.is_point and mid.low.value == 0.0
    assert mid.low.at == props.Interval(-0.5, 0.5, True, True)
    assert hi.low.value == pytest.approx(0.5, rel=1e-12) and not hi.low.closed
    assert hi.high.value == math.inf
    f = act.f(np.linspace(-3, 3, 600001), **p)
    assert not np.any((np.abs(f) > 0) & (np.abs(f) <= 0.5))  # never in [-0.5, 0) or (0, 0.5]
    # the threshold's default: f(1) = value = 0, and values just above 1 but never 1
    th = catalog.get("threshold")
    tp = catalog.resolve_params(th)
    assert float(th.f(np.array(1.0), **tp)) == 0.0
    assert float(th.f(np.array(np.nextafter(1.0, 2.0)), **tp)) > 1.0


def test_range_without_jumps_is_one_interval() -> None:
    for fid in ("relu", "gelu", "sigmoid", "sinc", "hardtanh"):
        assert len(P(fid).range_parts) == 1


# --- 4. GELU in Keras ---------------------------------------------------------------


def test_gelu_keras_default_is_exact() -> None:
    act = catalog.get("gelu")
    assert act.param("approximate").keras_default is None  # keras.activations.gelu: False
    assert catalog.defaults(act, "keras") == {"approximate": "none"}
    code = catalog.framework_code(act, catalog.defaults(act, "keras"), "keras")
    assert code == "keras.activations.gelu(x, approximate=False)"
    t = texts()["gelu"]
    for lang in ("en", "zh_CN"):
        joined = " ".join(all_strings(t, lang))
        assert "keras.activations.gelu" in joined and "keras.ops.gelu" in joined
    assert "Keras to tanh" not in " ".join(all_strings(t, "en"))
    assert "Keras 默认 tanh" not in " ".join(all_strings(t, "zh_CN"))


# --- 5. ReLU (Keras general) with t < 0 and no max_value -------------------------------


def _keras_relu(x: np.ndarray, negative_slope: float, max_value: float | None, threshold: float):  # type: ignore[no-untyped-def]
    """keras.src.activations.activations.ReLU.static_call, step by step in numpy."""
    relu = lambda v: np.maximum(v, 0.0)
    if negative_slope != 0.0:
        if max_value is None and threshold == 0:
            return np.where(x >= 0, x, negative_slope * x)  # backend.nn.leaky_relu
        negative_part = relu(-x + threshold) if threshold != 0 else relu(-x)
    clip_max = max_value is not None
    if threshold != 0:
        y = x * (x > threshold)
    elif max_value == 6:
        y = np.clip(x, 0.0, 6.0)
        clip_max = False
    else:
        y = relu(x)
    if clip_max:
        y = np.clip(y, 0.0, max_value)
    if negative_slope != 0.0:
        y = y - negative_slope * negative_part
    return y


@pytest.mark.parametrize(
    "s, m, t",
    [
        (0.0, None, -1.0),
        (0.1, None, -1.0),
        (0.0, 2.0, -1.0),
        (0.2, None, 1.5),
        (0.0, 1.0, 2.0),
        (0.3, 6.0, 0.0),
        (0.0, 6.0, 0.0),
        (0.0, None, 0.0),
    ],
)
def test_relu_general_matches_keras(s: float, m: float | None, t: float) -> None:
    act = catalog.get("relu_general")
    p = catalog.resolve_params(
        act, {"negative_slope": s, "max_value": math.inf if m is None else m, "threshold": t}
    )
    x = np.concatenate([np.linspace(-5, 8, 2601), [t, np.nextafter(t, 9.0), np.nextafter(t, -9.0)]])
    np.testing.assert_allclose(act.f(x, **p), _keras_relu(x, s, m, t), rtol=0, atol=1e-15)


def test_relu_general_negative_threshold_text() -> None:
    act = catalog.get("relu_general")
    p = catalog.resolve_params(act, {"threshold": -1.0})
    assert float(act.f(np.array(-0.5), **p)) == -0.5  # x on (t, 0]
    assert float(act.f(np.array(-1.0), **p)) == 0.0  # 0 at t, then down to t
    t = texts()["relu_general"]
    assert r"x & \text{if } x > t \text{, no cap } m" in t["formula"]
    assert "from 0 down to t" in t["en"]["summary"]
    assert "从 0 向下跳到 t" in t["zh_CN"]["summary"]
    assert "from 0 down to t" in t["en"]["cons"][0]


# --- 6. SiLU's origin -------------------------------------------------------------------


def test_silu_origin_names_hendrycks_gimpel_first() -> None:
    act = catalog.get("silu")
    assert act.reference is not None and act.reference.year == 2016
    assert act.reference.authors == ("Hendrycks, Dan", "Gimpel, Kevin")
    assert [r.authors[0] for r in act.see_also] == ["Elfwing, Stefan", "Ramachandran, Prajit"]
    for lang in ("en", "zh_CN"):
        origin = texts()["silu"]["origin"][lang]
        i, j, k = (origin.index(n) for n in ("Hendrycks", "Elfwing", "Ramachandran"))
        assert i < j < k and "2016" in origin[:j]


# --- 7. Leaky ReLU in Keras -----------------------------------------------------------


def test_leaky_relu_keras_defaults_named() -> None:
    act = catalog.get("leaky_relu")
    assert act.param("negative_slope").keras_default == 0.3  # the layer's default
    code = catalog.framework_code(act, catalog.defaults(act, "keras"), "keras")
    assert code == "keras.layers.LeakyReLU(negative_slope=0.3)"
    for lang in ("en", "zh_CN"):
        cons = texts()["leaky_relu"][lang]["cons"][0]
        assert "keras.layers.LeakyReLU" in cons and "0.3" in cons
        assert "keras.activations.leaky_relu" in cons and "0.2" in cons


# --- 8. Chinese wording ---------------------------------------------------------------


def test_chinese_wording() -> None:
    data = texts()
    joined = "\n".join(s for entry in data.values() for s in all_strings(entry, "zh_CN"))
    assert "很负" not in joined
    assert "死亡ReLU" not in joined and "死亡 ReLU" in joined
    assert "彻底" not in joined
    silu_cons = " ".join(data["silu"]["zh_CN"]["cons"])
    assert "下凸" in silu_cons and "下凹" not in silu_cons


def test_silu_dip_is_convex() -> None:
    act = catalog.get("silu")
    p = catalog.resolve_params(act)
    assert float(act.d2f(np.array(-1.28), **p)) > 0  # convex at the minimum


# --- sources --------------------------------------------------------------------------

#: Hosts accepted besides arXiv abstract pages and DOIs: a publisher's, proceedings' or
#: university repository's own page for the work.
STABLE_HOSTS = {
    "keras.io": "the software's site (Keras' own citation)",
    "www.deeplearningbook.org": "the book's site (MIT Press)",
    "www.peterlang.com": "the publisher's page of the book",
    "proceedings.mlr.press": "PMLR proceedings",
    "papers.nips.cc": "NeurIPS proceedings",
    "proceedings.neurips.cc": "NeurIPS proceedings (their current address)",
    "mlanthology.org": "ICML 2010 proceedings in the ML anthology",
    "ai.stanford.edu": "the authors' institutional copy (no DOI exists)",
    "www.cs.toronto.edu": "the author's institutional copy of a technical report",
    "drum.lib.umd.edu": "the University of Maryland's repository of the report",
    "www.complex-systems.com": "the journal's page",
    "www.semanticscholar.org": "the paper's record (Hexpo: IJCNN 2017, no DOI found)",
}
#: The one source with no online copy: a Russian-language conference paper, documented
#: by the encyclopedia article the url points to.
NO_ONLINE_COPY = {"soboleva_tanh": "en.wikipedia.org"}

AUTHOR = re.compile(r"^[^,\s][^,]*, [^,\s][^,]*$")


def _check_reference(fid: str, ref: Reference) -> None:
    assert ref.authors, fid
    for i, a in enumerate(ref.authors):
        assert AUTHOR.match(a) or (a == "others" and i == len(ref.authors) - 1), (fid, a)
        assert a == a.strip(), (fid, a)
    assert isinstance(ref.year, int) and 1800 <= ref.year <= 2026, (fid, ref.year)
    for field in (ref.title, ref.venue, ref.url):
        assert field and field == field.strip(), (fid, ref)
    url = urlparse(ref.url)
    assert url.scheme == "https", (fid, ref.url)
    if url.netloc == "arxiv.org":
        m = re.fullmatch(r"/abs/(\d{2})(\d{2})\.\d{4,5}", url.path)
        assert m, (fid, ref.url)
        # the year is the preprint's, or the next one's for its journal version
        # published the year of the preprint or the next; or posted after a
        # conference the year before (soft exponential: IC3K 2015, arXiv 2016)
        assert ref.year - (2000 + int(m.group(1))) in (-1, 0, 1), (fid, ref.year, ref.url)
    elif url.netloc == "doi.org":
        assert re.fullmatch(r"/10\.\d{4,9}/\S+", url.path), (fid, ref.url)
    else:
        assert url.netloc in STABLE_HOSTS or NO_ONLINE_COPY.get(fid) == url.netloc, (fid, ref.url)


@pytest.mark.parametrize("act", ALL, ids=IDS)
def test_every_function_has_a_reference(act) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(act.reference, Reference), f"{act.id} has no reference"
    _check_reference(act.id, act.reference)
    for ref in act.see_also:
        _check_reference(act.id, ref)
        assert ref != act.reference


@pytest.mark.parametrize("act", ALL, ids=IDS)
def test_origin_text_names_the_year_of_the_paper_it_names(act) -> None:  # type: ignore[no-untyped-def]
    """Where the origin text names the reference's first author, it names its year too."""
    entry = texts().get(act.id)
    if entry is None or act.reference is None:
        pytest.skip("no texts or no reference")
    for ref in (act.reference, *act.see_also):
        family = ref.authors[0].split(",")[0]
        for lang in ("en", "zh_CN"):
            origin = entry["origin"][lang]
            if family in origin:
                assert str(ref.year) in origin, (act.id, lang, ref.year, origin)


def test_tanh_exp_is_telu() -> None:
    act = catalog.get("telu")
    assert act.id == "tanh_exp" and catalog.get("TeLU") is act
    assert any(r.authors[0] == "Fernandez, Alfredo" for r in act.see_also)
    t = texts()["tanh_exp"]
    for lang in ("en", "zh_CN"):
        assert "TeLU" in t["origin"][lang] and "TeLU" in t[lang]["summary"]
    # the same function: x tanh(e^x)
    x = np.linspace(-10, 10, 2001)
    np.testing.assert_allclose(act.f(x), x * np.tanh(np.exp(x)), rtol=1e-14, atol=1e-300)


@pytest.mark.parametrize(
    "alias, function_id",
    [
        ("elliott", "softsign"),
        ("telu", "tanh_exp"),
        ("logistic", "sigmoid"),
        ("swish", "silu"),
        ("hard_silu", "hard_swish"),
        ("hardswish", "hard_swish"),
        ("hard_sigmoid", "hardsigmoid"),
        ("hard_tanh", "hardtanh"),
        ("heaviside", "binary_step"),
        ("cloglog", "log_log"),
        ("linear", "identity"),
    ],
)
def test_aliases(alias: str, function_id: str) -> None:
    assert catalog.get(alias).id == function_id
    assert catalog.parse_spec(alias)[0].id == function_id


def test_aliases_are_ids_and_unique() -> None:
    seen: set[str] = set(catalog.CATALOG)
    for act in ALL:
        for a in act.aliases:
            assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", a), (act.id, a)
            assert a not in seen, a
            seen.add(a)


def test_learnable_names_are_parameters() -> None:
    for act in ALL:
        names = {p.name for p in act.params}
        assert set(act.learnable) <= names, (act.id, act.learnable)
    assert catalog.get("prelu").learnable == ("init",)
    assert set(catalog.get("srelu").learnable) == {"t_left", "a_left", "t_right", "a_right"}


def test_oscillating_family() -> None:
    for fid in ("sinusoid", "sinc", "gcu", "snake"):
        assert catalog.get(fid).family is Family.OSCILLATING
