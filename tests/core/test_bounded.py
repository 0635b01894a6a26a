"""Facts about the bounded / tanh-like functions of core/functions/bounded.py.

Accuracy against mpmath (and torch where PyTorch has the function) is checked by
test_reference.py with reference_data/reference_bounded.npz; here: identities with other
catalog functions, values from the papers, the pasteable PyTorch modules, and references.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from actgui.core import catalog
from actgui.core import properties as props
from actgui.core.functions import bounded

IDS = [a.id for a in bounded.ACTIVATIONS]
X = np.concatenate([np.linspace(-12.0, 12.0, 481), [-700.0, -40.0, 40.0, 700.0]])


def ev(fid: str, x: np.ndarray, order: int = 0, **params: float) -> np.ndarray:
    return catalog.evaluate(fid, x, params, order)


def test_at_least_ten_functions_all_in_the_catalog() -> None:
    assert len(IDS) >= 10 and len(set(IDS)) == len(IDS)
    assert all(catalog.get(fid).id == fid for fid in IDS)


@pytest.mark.parametrize(
    "alias, fid",
    [("probit", "normal_cdf"), ("ptanh", "penalized_tanh"), ("scaled_sigmoid", "rescaled_sigmoid")],
)
def test_aliases(alias: str, fid: str) -> None:
    assert catalog.get(alias).id == fid


def test_no_duplicate_of_an_existing_function() -> None:
    # the log-log curve is the mirror image of the complementary log-log, not the same curve
    assert not np.allclose(ev("gumbel", X), ev("log_log", X))
    np.testing.assert_allclose(ev("gumbel", X), 1.0 - ev("log_log", -X), rtol=1e-14, atol=1e-15)


# --- identities ---------------------------------------------------------------------------


def test_rescaled_sigmoid_is_4_sigmoid_minus_2() -> None:
    np.testing.assert_allclose(ev("rescaled_sigmoid", X), 4 * ev("sigmoid", X) - 2, atol=2e-15)
    np.testing.assert_allclose(ev("rescaled_sigmoid", X), 2 * ev("symmetrical_sigmoid", X))
    np.testing.assert_allclose(ev("rescaled_sigmoid", X, 1), 4 * ev("sigmoid", X, 1), rtol=1e-14)


def test_penalized_tanh() -> None:
    np.testing.assert_array_equal(ev("penalized_tanh", X, a=1.0), np.tanh(X))
    neg = X <= 0
    np.testing.assert_allclose(ev("penalized_tanh", X)[neg], 0.25 * np.tanh(X[neg]))
    np.testing.assert_array_equal(ev("penalized_tanh", X)[~neg], np.tanh(X[~neg]))
    # the convention at the kink: f'(0) = a (left), f'(0+) = 1
    assert float(ev("penalized_tanh", np.array(0.0), 1)) == 0.25
    assert float(ev("penalized_tanh", np.array(1e-300), 1)) == 1.0
    assert catalog.get("penalized_tanh").kinks(a=1.0) == ()
    assert props.compute(catalog.get("penalized_tanh"), {"a": 0.25}).range_text() == "(-0.25, 1)"


def test_normal_cdf_is_half_one_plus_erf_and_the_gelu_gate() -> None:
    x = np.linspace(-5.0, 5.0, 201)
    np.testing.assert_allclose(
        ev("normal_cdf", x), 0.5 * (1.0 + ev("erf", x / math.sqrt(2.0))), rtol=1e-14, atol=1e-16
    )
    np.testing.assert_allclose(ev("gelu", x), x * ev("normal_cdf", x), rtol=1e-14, atol=1e-300)
    assert float(ev("normal_cdf", np.array(0.0))) == 0.5
    assert float(ev("normal_cdf", np.array(0.0), 1)) == pytest.approx(1 / math.sqrt(2 * math.pi))
    # the lower tail keeps its relative accuracy (torch.special.ndtr returns 0 here)
    assert float(ev("normal_cdf", np.array(-20.0))) == pytest.approx(2.7536241186062337e-89, 1e-13)


def test_erf_slope_and_symmetry() -> None:
    assert float(ev("erf", np.array(0.0), 1)) == pytest.approx(2 / math.sqrt(math.pi), 1e-15)
    np.testing.assert_array_equal(ev("erf", -X), -ev("erf", X))
    np.testing.assert_allclose(ev("erf", X, 2), -2 * X * ev("erf", X, 1), rtol=1e-14, atol=1e-300)


def test_gumbel_values() -> None:
    assert float(ev("gumbel", np.array(0.0))) == pytest.approx(math.exp(-1), 1e-15)
    assert float(ev("gumbel", np.array(0.0), 1)) == pytest.approx(math.exp(-1), 1e-15)
    assert float(ev("gumbel", np.array(0.0), 2)) == 0.0  # inflection point at 0


@pytest.mark.parametrize("alpha", [0.01, 0.5, 1.0, 5.0, 100.0])
def test_soft_clipping_symmetry_slope_and_definition(alpha: float) -> None:
    x = np.linspace(-6.0, 7.0, 261)
    f = ev("soft_clipping", x, alpha=alpha)
    np.testing.assert_allclose(f + ev("soft_clipping", 1.0 - x, alpha=alpha), 1.0, rtol=1e-14)
    mid = float(ev("soft_clipping", np.array(0.5), 1, alpha=alpha))
    assert mid == pytest.approx(math.tanh(alpha / 4), 1e-14)
    if alpha <= 5.0:  # the textbook formula, where it does not overflow
        direct = (np.log1p(np.exp(alpha * x)) - np.log1p(np.exp(alpha * (x - 1)))) / alpha
        np.testing.assert_allclose(f, direct, rtol=1e-12, atol=1e-15)


def test_soft_clipping_approaches_clip_for_large_alpha() -> None:
    x = np.array([-3.0, -0.2, 0.2, 0.5, 0.8, 1.2, 3.0])
    np.testing.assert_allclose(
        ev("soft_clipping", x, alpha=100.0), np.clip(x, 0.0, 1.0), atol=0.0071
    )


def test_hexpo() -> None:
    act = catalog.get("hexpo")
    x = np.linspace(-8.0, 8.0, 161)
    np.testing.assert_allclose(ev("hexpo", x), np.sign(x) * -np.expm1(-np.abs(x)), rtol=1e-15)
    p = {"a": 2.0, "b": 0.5, "c": 0.3, "d": 3.0}
    big = ev("hexpo", np.array([-1e3, 1e3]), **p)
    np.testing.assert_array_equal(big, [-0.3, 2.0])  # limits -c and a
    assert act.kinks(**p) == (0.0,)
    # at 0: the left limits c/d and c/d^2 (a/b and -a/b^2 from the right)
    assert float(ev("hexpo", np.array(0.0), 1, **p)) == pytest.approx(0.1)
    assert float(ev("hexpo", np.array(0.0), 2, **p)) == pytest.approx(0.3 / 9)
    assert float(ev("hexpo", np.array(1e-300), 1, **p)) == pytest.approx(4.0)
    assert float(ev("hexpo", np.array(1e-300), 2, **p)) == pytest.approx(-8.0)


def test_lisht() -> None:
    np.testing.assert_array_equal(ev("lisht", -X), ev("lisht", X))
    np.testing.assert_allclose(ev("lisht", X), X * np.tanh(X))
    pr = props.compute(catalog.get("lisht"), {})
    assert pr.symmetry == "even" and pr.monotonic != "increasing"
    assert pr.global_min is not None and pr.global_min.value == 0.0


def test_resech_extremum_from_x_tanh_x_equals_1() -> None:
    # f'(x) = sech x (1 - x tanh x) = 0 at x tanh x = 1: x0 = 1.19967864...
    x0 = 1.1996786402577337
    assert x0 * math.tanh(x0) == pytest.approx(1.0, 1e-15)
    pr = props.compute(catalog.get("resech"), {})
    assert pr.global_max is not None
    assert pr.global_max.at == pytest.approx(x0, abs=1e-8)
    assert pr.global_max.value == pytest.approx(x0 / math.cosh(x0), 1e-12)
    assert abs(float(ev("resech", np.array(x0), 1))) < 1e-15
    np.testing.assert_allclose(ev("resech", X), X / np.cosh(X), rtol=1e-14, atol=1e-300)


def test_soft_exponential_branches() -> None:
    x = np.linspace(-30.0, 30.0, 121)
    np.testing.assert_array_equal(ev("soft_exponential", x, alpha=0.0), x)
    np.testing.assert_allclose(ev("soft_exponential", x, alpha=1.0), np.exp(x), rtol=1e-15)
    # alpha -> 0 is continuous: (e^{ax} - 1)/a + a -> x
    np.testing.assert_allclose(ev("soft_exponential", x, alpha=1e-12), x, rtol=1e-10, atol=1e-11)
    # no cancellation in e^x = expm1(x) + 1 for alpha = 1 far to the left
    assert float(ev("soft_exponential", np.array(-700.0), alpha=1.0)) == pytest.approx(
        math.exp(-700.0), 1e-13
    )
    a = 0.5
    np.testing.assert_allclose(
        ev("soft_exponential", x, alpha=a), np.expm1(a * x) / a + a, rtol=1e-14, atol=1e-14
    )
    np.testing.assert_allclose(ev("soft_exponential", x, 1, alpha=a), np.exp(a * x), rtol=1e-15)
    assert catalog.get("soft_exponential").learnable == ("alpha",)
    assert float(ev("soft_exponential", np.array(1e300), alpha=a)) == np.finfo(float).max


# --- references and code --------------------------------------------------------------------


@pytest.mark.parametrize("fid", IDS)
def test_reference_fields(fid: str) -> None:
    act = catalog.get(fid)
    refs = ([act.reference] if act.reference else []) + list(act.see_also)
    assert act.reference is not None
    for ref in refs:
        assert ref.authors and all(", " in a for a in ref.authors)
        assert 1900 < ref.year <= 2026 and ref.title and ref.venue
        # Hexpo (IJCNN 2017) has no DOI found: its Semantic Scholar record
        assert re.fullmatch(
            r"https://(arxiv\.org/abs/\d{4}\.\d{4,5}|doi\.org/10\.\S+"
            r"|www\.semanticscholar\.org/paper/[0-9a-f]{40})",
            ref.url,
        )


def test_framework_code() -> None:
    assert catalog.framework_code("erf", None, "pytorch") == "torch.special.erf"
    assert catalog.framework_code("erf", None, "keras") == "keras.ops.erf"
    assert catalog.framework_code("normal_cdf", None, "pytorch") == "torch.special.ndtr"
    for fid in IDS:
        act = catalog.get(fid)
        assert (act.torch_code is None) != (act.torch_module is None), fid


torch = pytest.importorskip("torch")


def _module_cases() -> list[tuple[str, dict[str, float]]]:
    cases = []
    for act in bounded.ACTIVATIONS:
        if act.torch_module is None:
            continue
        cases.append((act.id, dict(catalog.defaults(act))))
        if act.params:
            mid = {p.name: p.min + 0.37 * (p.max - p.min) for p in act.params}
            cases.append((act.id, catalog.resolve_params(act, mid)))
    return cases


@pytest.mark.parametrize("fid, params", _module_cases(), ids=lambda v: str(v))
def test_torch_module_runs_and_matches(fid: str, params: dict[str, float]) -> None:
    act = catalog.get(fid)
    assert act.torch_module is not None
    code = act.torch_module(**params)
    assert code.startswith("import torch\n") and "class " in code
    namespace: dict[str, object] = {}
    exec(compile(code, f"<{fid}>", "exec"), namespace)
    cls = next(
        v
        for k, v in namespace.items()
        if isinstance(v, type) and issubclass(v, torch.nn.Module) and v is not torch.nn.Module
    )
    module = cls().double()
    x = np.array([-6.0, -2.5, -1.0, -0.3, 0.0, 0.2, 0.7, 1.0, 1.5, 3.0, 6.0])
    with torch.no_grad():
        got = module(torch.tensor(x, dtype=torch.float64)).numpy()
    np.testing.assert_allclose(got, act.f(x, **params), rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("fid", ["erf", "normal_cdf"])
def test_torch_functions_match(fid: str) -> None:
    code = catalog.framework_code(fid, None, "pytorch")
    assert code is not None
    fun = eval(code, {"torch": torch})
    x = np.linspace(-4.0, 4.0, 33)
    got = fun(torch.tensor(x, dtype=torch.float64)).numpy()
    np.testing.assert_allclose(got, catalog.evaluate(fid, x), rtol=1e-12, atol=1e-15)
