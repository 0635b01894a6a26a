"""Facts about the transformer-era functions (actgui/core/functions/transformer.py).

The generic suites (reference data, kernels, properties, texts) cover these functions
too; here: identities with other catalog functions, values the texts quote, the
gated units on the line b = k a, saturation, and the pasteable PyTorch modules.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from actgui.core import catalog
from actgui.core import properties as props
from actgui.core.functions import transformer as tr
from actgui.core.spec import Family

IDS = [a.id for a in tr.ACTIVATIONS]
X = np.concatenate([np.linspace(-12.0, 12.0, 481), [-1e-8, 1e-8, 0.0]])
MAX = float(np.finfo(np.float64).max)


def ev(fid: str, x: object, order: int = 0, **params: object) -> np.ndarray:
    return catalog.evaluate(fid, x, params, order)


def test_at_least_ten_functions_each_with_source_and_family() -> None:
    assert len(IDS) >= 10
    for act in tr.ACTIVATIONS:
        assert act.reference is not None, act.id
        assert act.reference.url.startswith(("https://arxiv.org/abs/", "https://doi.org/"))
        assert all(", " in name for name in act.reference.authors), act.id
    glu_family = {a.id for a in tr.ACTIVATIONS if a.family is Family.GLU}
    assert glu_family == {"glu", "bilinear", "reglu", "geglu", "swiglu"}
    assert catalog.get("starrelu").learnable == ("s", "b")
    assert catalog.get("xielu").learnable == ("alpha_p", "alpha_n")
    for alias, fid in [
        ("quickgelu", "quick_gelu"),
        ("relu2", "squared_relu"),
        ("gompertz_linear_unit", "golu"),
        ("gated_linear_unit", "glu"),
        ("SwiGLU", "swiglu"),
        ("Quick-GELU", "quick_gelu"),
    ]:
        assert catalog.get(alias).id == fid


# --- identities ---------------------------------------------------------------------


def test_quick_gelu_is_silu_with_beta_1702() -> None:
    for order in range(3):
        np.testing.assert_allclose(
            ev("quick_gelu", X, order), ev("silu", X, order, beta=1.702), rtol=1e-15, atol=0
        )


def test_quick_gelu_stays_within_0021_of_gelu() -> None:
    x = np.linspace(-10, 10, 200_001)
    gap = np.abs(ev("quick_gelu", x) - ev("gelu", x))
    assert 0.020 < gap.max() < 0.021
    assert x[np.argmax(gap)] == pytest.approx(-2.27, abs=0.01)


@pytest.mark.parametrize("k", [0.05, 0.5, 1.0, 2.5, 4.0])
def test_glu_on_the_line_is_silu_with_beta_k(k: float) -> None:
    for order in range(3):
        np.testing.assert_allclose(
            ev("glu", X, order, k=k), ev("silu", X, order, beta=k), rtol=1e-14, atol=1e-300
        )


def test_glu_with_negative_k_mirrors_positive_k() -> None:
    # x s(-k x) = x - x s(k x): the gate closes as x grows
    for k in (0.7, 3.0):
        np.testing.assert_allclose(
            ev("glu", X, k=-k), X - ev("glu", X, k=k), rtol=1e-12, atol=1e-13
        )
    assert ev("glu", [100.0], k=-1.0)[0] == pytest.approx(100.0 / (1.0 + math.exp(100.0)))
    # k = 0: the gate is 1/2 everywhere
    np.testing.assert_array_equal(ev("glu", X, k=0.0), X / 2)


def test_reglu_and_star_relu_contain_squared_relu() -> None:
    for order in range(3):
        sq = ev("squared_relu", X, order)
        np.testing.assert_array_equal(ev("reglu", X, order, k=1.0), sq)
        np.testing.assert_array_equal(ev("star_relu", X, order, s=1.0, b=0.0), sq)


def test_reglu_negative_k_and_its_convention_at_0() -> None:
    x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
    np.testing.assert_array_equal(ev("reglu", x, k=-1.5), [-6.0, -0.375, 0.0, 0.0, 0.0])
    # f'' at the kink is the limit from the left: 2k for k < 0, 0 for k > 0
    assert ev("reglu", [0.0], 2, k=-1.5)[0] == -3.0
    assert ev("reglu", [0.0], 2, k=1.5)[0] == 0.0
    assert catalog.get("reglu").kinks(k=0.0) == ()


@pytest.mark.parametrize("approximate", ["none", "tanh"])
@pytest.mark.parametrize("k", [-2.0, 0.5, 1.0, 3.0])
def test_geglu_is_x_times_gelu_of_kx(approximate: str, k: float) -> None:
    gelu = ev("gelu", k * X, approximate=approximate)
    np.testing.assert_allclose(
        ev("geglu", X, k=k, approximate=approximate), X * gelu, rtol=1e-13, atol=1e-300
    )
    # f' = g(u) + u g'(u), u = k x
    d1 = gelu + k * X * ev("gelu", k * X, 1, approximate=approximate)
    np.testing.assert_allclose(
        ev("geglu", X, 1, k=k, approximate=approximate), d1, rtol=1e-11, atol=1e-13
    )


@pytest.mark.parametrize("k, beta", [(1.0, 1.0), (-1.3, 0.5), (2.0, 3.0), (0.3, 10.0)])
def test_swiglu_is_x_times_swish_of_kx(k: float, beta: float) -> None:
    np.testing.assert_allclose(
        ev("swiglu", X, k=k, beta=beta), X * ev("silu", k * X, beta=beta), rtol=1e-13, atol=1e-300
    )


def test_swiglu_with_beta_0_is_half_the_bilinear() -> None:
    for order in range(3):
        np.testing.assert_allclose(
            ev("swiglu", X, order, k=-1.7, beta=0.0), ev("bilinear", X, order, k=-1.7) / 2
        )


def test_bilinear_is_k_x_squared() -> None:
    np.testing.assert_allclose(ev("bilinear", X, k=-2.5), -2.5 * X * X, rtol=1e-15)
    np.testing.assert_allclose(ev("bilinear", X, 1, k=-2.5), -5.0 * X, rtol=1e-15)
    np.testing.assert_array_equal(ev("bilinear", X, 2, k=-2.5), -5.0)


def test_laplace_is_the_normal_cdf() -> None:
    x = [-30.0, -5.0, -1.0, 0.0, 0.3, 2.0, 7.0]
    want = [0.5 * math.erfc(-v / math.sqrt(2)) for v in x]
    # rtol: the rounding of v / sqrt(2) moves erfc by ~2 w^2 ulp (1e-13 at x = -30)
    np.testing.assert_allclose(ev("laplace", x, mu=0.0, sigma=1.0), want, rtol=1e-12)
    dens = [math.exp(-v * v / 2) / math.sqrt(2 * math.pi) for v in x]
    np.testing.assert_allclose(ev("laplace", x, 1, mu=0.0, sigma=1.0), dens, rtol=1e-14)


def test_laplace_defaults_touch_x_squared_at_mu() -> None:
    act = catalog.get("laplace")
    mu, sigma = act.param("mu").default, act.param("sigma").default
    assert (mu, sigma) == (0.707107, 0.282095)  # the official code's constants
    assert mu == pytest.approx(math.sqrt(0.5), abs=1e-6)
    assert sigma == pytest.approx(math.sqrt(1 / (4 * math.pi)), abs=1e-6)
    assert ev("laplace", [mu])[0] == pytest.approx(0.5, abs=1e-15)
    assert ev("laplace", [mu], 1)[0] == pytest.approx(2 * mu, abs=2e-6)  # slope of x^2
    assert ev("laplace", [mu])[0] == pytest.approx(mu * mu, abs=1e-6)
    assert ev("laplace", [0.0])[0] == pytest.approx(0.0061, abs=5e-5)


def test_star_relu_defaults_normalise_a_standard_normal_input() -> None:
    # E f(X) = 0 and Var f(X) = 1 for X ~ N(0, 1): s = 2/sqrt 5, b = -1/sqrt 5
    x = np.linspace(-12.0, 12.0, 480_001)
    w = np.exp(-x * x / 2) / math.sqrt(2 * math.pi) * (x[1] - x[0])
    f = ev("star_relu", x)
    assert float(np.sum(w * f)) == pytest.approx(0.0, abs=1e-9)
    assert float(np.sum(w * f * f)) == pytest.approx(1.0, abs=1e-9)
    assert ev("star_relu", [math.sqrt(0.5)])[0] == pytest.approx(0.0, abs=1e-16)


def test_star_relu_keeps_accuracy_next_to_its_zero() -> None:
    s, b = 0.8944271909999159, -0.4472135954999579
    x = np.nextafter(math.sqrt(-b / s), 2.0) * (1.0 + np.arange(1, 6) * 1e-12)
    exact = [float(Fraction(s) * Fraction(float(v)) ** 2 + Fraction(b)) for v in x]
    np.testing.assert_allclose(ev("star_relu", x), exact, rtol=1e-15)


def test_golu_minimum_is_at_minus_omega() -> None:
    omega = 0.5671432904097838  # W(1): omega e^omega = 1
    p = props.compute(catalog.get("golu"), {})
    assert p.global_min is not None
    assert p.global_min.at == pytest.approx(-omega, abs=1e-9)
    assert p.global_min.value == pytest.approx(-omega * math.exp(-1 / omega), rel=1e-12)
    assert p.df0 == pytest.approx(math.exp(-1.0), rel=1e-15)
    assert abs(ev("golu", [-3.2])[0]) < 1e-10


def test_xielu_matches_the_reference_code_and_its_minimum() -> None:
    ap, an, beta, eps = 0.8, 0.8, 0.5, -1e-6
    x = np.concatenate([np.linspace(-8, 8, 161), [-1e-7, -1e-6, 1e-7]])
    ref = np.where(
        x > 0,
        ap * x * x + beta * x,
        an * np.expm1(np.minimum(x, eps)) - an * x + beta * x,
    )
    got = ev("xielu", x)
    assert np.max(np.abs(got - ref)) <= an * 1e-6
    np.testing.assert_allclose(got[np.abs(x) >= 1e-3], ref[np.abs(x) >= 1e-3], rtol=1e-12)
    # slope beta on both sides of 0; f'' jumps from alpha_n to 2 alpha_p
    assert ev("xielu", [-1e-300, 0.0, 1e-300], 1).tolist() == [0.5, 0.5, 0.5]
    assert ev("xielu", [0.0, 1e-9], 2).tolist() == [0.8, 1.6]
    p = props.compute(catalog.get("xielu"), catalog.defaults("xielu"))
    assert p.global_min is not None and p.monotonic is None
    assert p.global_min.at == pytest.approx(math.log(1 - beta / an), abs=1e-9)
    assert p.global_min.value == pytest.approx(-0.205751, abs=1e-6)
    assert ev("xielu", [-1e6])[0] > 0  # slope beta - alpha_n < 0 on the far left
    # alpha_n < beta: f' > beta - alpha_n > 0, increasing
    q = props.compute(catalog.get("xielu"), catalog.resolve_params("xielu", {"alpha_n": 0.3}))
    assert q.monotonic == "increasing"
    # alpha_n = 2 alpha_p: f'' continuous at 0, f''' jumps: C^2
    c2 = props.compute(catalog.get("xielu"), catalog.resolve_params("xielu", {"alpha_p": 0.4}))
    assert c2.continuity == 2


def test_texts_numbers_for_the_gated_units() -> None:
    x = np.linspace(-10, 10, 200_001)
    for fid, top, at in (("geglu", 0.1657, -1.19), ("swiglu", 0.4828, -2.218)):
        y = ev(fid, x)
        i = np.argmax(np.where(x < 0, y, -1.0))
        assert y[i] == pytest.approx(top, abs=1e-4) and x[i] == pytest.approx(at, abs=1e-2)
        assert np.all(y >= 0.0)
    gap = np.abs(ev("geglu", x, approximate="tanh") - ev("geglu", x))
    assert gap.max() < 0.0014


# --- saturation instead of overflow ------------------------------------------------


def test_sat_prod_is_exact_and_saturates() -> None:
    rng = np.random.default_rng(3)
    a = rng.uniform(-1, 1, 200) * 10.0 ** rng.integers(-300, 300, 200)
    b = rng.uniform(-1, 1, 200) * 10.0 ** rng.integers(-300, 300, 200)
    got = tr._sat_prod(a, b)
    for ai, bi, gi in zip(a.tolist(), b.tolist(), got.tolist(), strict=True):
        exact = Fraction(ai) * Fraction(bi)
        if abs(exact) >= Fraction(MAX):
            assert gi == (MAX if exact > 0 else -MAX)
        elif abs(exact) > Fraction(2.0**-1022):
            assert abs(Fraction(gi) - exact) <= abs(exact) * Fraction(2.0**-52)
    assert tr._sat_prod(0.0, MAX, MAX) == 0.0
    assert tr._sat_prod(-3.0, MAX) == -MAX
    assert tr._sat_prod(0.5, MAX, 2.0) == MAX
    assert tr._sat_prod(5e-324, 2.0**1000, 2.0**74) == 1.0


@pytest.mark.parametrize("fid", ["squared_relu", "star_relu", "bilinear", "geglu", "swiglu"])
def test_quadratic_growth_saturates_at_max(fid: str) -> None:
    # about 1e308 at x = 1e154, past the largest float64 from x = 1.5e154 on
    y = ev(fid, [1e154, 1.5e154, 1e300, MAX])
    assert 0.8e308 < y[0] < MAX
    assert y[1:].tolist() == [MAX, MAX, MAX]
    assert ev(fid, [MAX], 1)[0] == MAX  # f' ~ 2 c x
    assert np.all(np.isfinite(ev(fid, [-MAX, MAX], 2)))


# --- PyTorch code -------------------------------------------------------------------


def test_glu_uses_torch_and_keras_built_ins() -> None:
    assert catalog.framework_code("glu", {"k": -2.0}, "pytorch") == "torch.nn.GLU(dim=-1)"
    assert catalog.framework_code("glu", None, "keras") == "keras.activations.glu"
    for fid in IDS:
        act = catalog.get(fid)
        assert (act.torch_code is None) != (act.torch_module is None), fid


_MODULE_CASES = [
    ("quick_gelu", {}),
    ("squared_relu", {}),
    ("star_relu", {}),
    ("star_relu", {"s": 1.5, "b": -0.2}),
    ("xielu", {}),
    ("xielu", {"alpha_p": 1.2, "alpha_n": 0.3, "beta": 1.0}),
    ("golu", {}),
    ("laplace", {}),
    ("laplace", {"mu": 0.3, "sigma": 2.0}),
    ("bilinear", {"k": -1.5}),
    ("reglu", {"k": -0.7}),
    ("geglu", {"k": 1.3}),
    ("geglu", {"k": -2.0, "approximate": "tanh"}),
    ("swiglu", {}),
    ("swiglu", {"k": 0.6, "beta": 2.5}),
]


@pytest.mark.parametrize("fid, given", _MODULE_CASES)
def test_torch_module_runs_and_matches_the_kernel(fid: str, given: dict) -> None:
    torch = pytest.importorskip("torch")
    act = catalog.get(fid)
    params = catalog.resolve_params(act, given)
    assert act.torch_module is not None
    code = act.torch_module(**params)
    assert code.startswith("import torch\n\n\nclass ")
    name = code.split("class ", 1)[1].split("(", 1)[0]
    x = np.linspace(-6.0, 6.0, 49)
    old = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    try:
        space: dict = {}
        exec(compile(code, f"<{fid} module>", "exec"), space)
        cls = space[name]
        if act.family is Family.GLU:
            module = cls(1, 1)  # one input, one hidden unit: b = k a along the line
            with torch.no_grad():
                module.w.weight.fill_(1.0)
                module.v.weight.fill_(params["k"])
            got = module(torch.tensor(x).unsqueeze(-1)).squeeze(-1)
        else:
            got = cls()(torch.tensor(x))
        got_np = got.detach().numpy()
    finally:
        torch.set_default_dtype(old)
    np.testing.assert_allclose(got_np, catalog.evaluate(act, x, params), rtol=1e-9, atol=1e-12)
    for p in act.learnable:
        assert f"torch.nn.Parameter(torch.tensor({p}))" in code


@pytest.mark.parametrize("k", [1.0, -0.4, 2.5])
def test_torch_glu_splits_the_last_dimension_in_half(k: float) -> None:
    torch = pytest.importorskip("torch")
    x = torch.tensor(np.linspace(-6.0, 6.0, 49), dtype=torch.float64)
    got = torch.nn.GLU(dim=-1)(torch.cat([x, k * x]))  # a: first half, b: second half
    np.testing.assert_allclose(got.numpy(), ev("glu", x.numpy(), k=k), rtol=1e-12, atol=1e-15)
