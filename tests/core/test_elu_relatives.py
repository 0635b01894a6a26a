"""Facts specific to the ELU / ReLU / softplus relatives (core/functions/elu_relatives.py).

The generic checks (reference data, finiteness, derivatives, properties against
samples, texts) cover these functions with the rest of the catalog; this file
checks what the texts and the module claim about them in particular: the special
cases that are other catalog functions, the paper's constants, properties that
the texts state, and that the pasteable PyTorch modules compute the kernels.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from actgui.core import catalog, properties
from actgui.core.functions import elu_relatives

IDS = [a.id for a in elu_relatives.ACTIVATIONS]
X = np.concatenate(
    [np.linspace(-12.0, 12.0, 481), [-1e300, -1e10, -700.0, -40.0, 40.0, 700.0, 1e10, 1e300]]
)


def ev(fid: str, order: int = 0, x: np.ndarray = X, **params: float) -> np.ndarray:
    return catalog.evaluate(fid, x, params, order)


def props(fid: str, **params: float) -> properties.Properties:
    act = catalog.get(fid)
    return properties.compute(act, catalog.resolve_params(act, params))


def test_ten_new_functions_in_the_relu_family() -> None:
    assert len(IDS) >= 10
    for act in elu_relatives.ACTIVATIONS:
        assert act.family.value == "relu"
        assert act.reference is not None
        assert act.reference.url.startswith(("https://arxiv.org/abs/", "https://doi.org/"))
        assert set(act.learnable) <= {p.name for p in act.params}
        assert act.torch_code is None and act.torch_module is not None


# --- special cases that are other catalog functions ------------------------------------


@pytest.mark.parametrize("order", [0, 1, 2])
def test_pelu_with_a_equal_b_equal_1_is_elu(order: int) -> None:
    x = X[X != 0]  # f'' at 0: the left limit here, PyTorch's 0 for ELU
    np.testing.assert_allclose(ev("pelu", order, x), ev("elu", order, x), rtol=1e-15)


@pytest.mark.parametrize("alpha", [0.25, 1.0, 2.5])
@pytest.mark.parametrize("order", [0, 1, 2])
def test_mpelu_contains_elu_and_celu(alpha: float, order: int) -> None:
    x = X[X != 0]
    np.testing.assert_allclose(
        ev("mpelu", order, x, alpha=alpha, beta=1.0), ev("elu", order, x, alpha=alpha), rtol=1e-15
    )
    # alpha = 1/beta is CELU(alpha) (beta = 1/alpha exact for these alphas)
    np.testing.assert_allclose(
        ev("mpelu", order, x, alpha=alpha, beta=1.0 / alpha),
        ev("celu", order, x, alpha=alpha),
        rtol=1e-14,
        atol=1e-300,
    )


def test_mpelu_alpha_0_is_relu_and_small_beta_a_leaky_relu() -> None:
    np.testing.assert_array_equal(ev("mpelu", 0, alpha=0.0), ev("relu"))
    x = np.linspace(-3.0, 3.0, 61)
    leaky = ev("leaky_relu", 0, x, negative_slope=0.1)
    np.testing.assert_allclose(ev("mpelu", 0, x, alpha=10.0, beta=0.01), leaky, atol=0.02)


@pytest.mark.parametrize("order", [0, 1, 2])
def test_pdelu_with_t_1_is_elu(order: int) -> None:
    x = X[X != 0]
    np.testing.assert_allclose(
        ev("pdelu", order, x, alpha=0.6, t=1.0), ev("elu", order, x, alpha=0.6), rtol=1e-15
    )


def test_pdelu_near_t_1_approaches_elu() -> None:
    x = np.linspace(-10.0, 0.0, 101)
    for t in (1.0 - 1e-9, 1.0 + 1e-9):
        np.testing.assert_allclose(ev("pdelu", 0, x, t=t), ev("elu", 0, x), atol=1e-7)


def test_pdelu_below_t_1_is_flat_at_minus_alpha() -> None:
    x0 = -1.0 / (1.0 - 0.9)
    x = np.array([-1e300, -50.0, x0, x0 + 1.0])  # f(x0 + 1) = -2 + 2e-10
    f = ev("pdelu", 0, x, alpha=2.0, t=0.9)
    assert f[:3].tolist() == [-2.0, -2.0, -2.0] and f[3] > -2.0
    d1 = ev("pdelu", 1, x[:3], alpha=2.0, t=0.9)
    # x0 = fl(-1/0.1) lies a hair right of the true root: u = 6.7e-17 there, f' = 2 u^9
    assert d1[:2].tolist() == [0.0, 0.0] and 0.0 < d1[2] < 1e-140
    p = props("pdelu", alpha=2.0, t=0.9)
    assert p.dead_zones == ((-math.inf, x0),)
    assert p.range_text() == "[-2, ∞)" and p.continuity == 0  # f' = alpha = 2 left of 0
    assert props("pdelu", t=0.9).continuity == 1  # alpha = 1: f'' jumps at 0 only
    assert props("pdelu", t=0.5).continuity == 1  # f'' jumps at -2 and 0
    assert props("pdelu").range_text() == "(-1, ∞)"  # t = 1.5: approached, not reached


def test_smelu_with_beta_1_is_keras_sparse_plus() -> None:
    for order in range(3):
        np.testing.assert_array_equal(ev("smelu", order, beta=1.0), ev("sparse_plus", order))
    assert catalog.framework_code("smelu", None, "keras") == "keras.activations.sparse_plus"
    assert catalog.framework_code("smelu", {"beta": 2.0}, "keras") is None


def test_smelu_beta_sets_the_joint() -> None:
    beta = 0.3
    x = np.array([-1.0, -beta, 0.0, beta, 1.0])
    np.testing.assert_allclose(ev("smelu", 0, x, beta=beta), [0.0, 0.0, beta / 4, beta, 1.0])
    np.testing.assert_allclose(ev("smelu", 1, x, beta=beta), [0.0, 0.0, 0.5, 1.0, 1.0])
    p = props("smelu", beta=beta)
    assert p.dead_zones == ((-math.inf, -beta),) and p.continuity == 1


def test_slu_is_twice_the_shifted_softplus_below_0() -> None:
    neg = X[X < 0]
    np.testing.assert_allclose(ev("slu", 0, neg), 2.0 * ev("shifted_softplus", 0, neg), rtol=1e-15)
    np.testing.assert_array_equal(ev("slu", 0, X[X >= 0]), X[X >= 0])
    # f' continuous at 0 (both sides 1), f'' jumps from 1/2 to 0
    h = 1e-9
    assert ev("slu", 1, np.array([-h, 0.0, h])) == pytest.approx([1.0, 1.0, 1.0], abs=1e-9)
    assert ev("slu", 2, np.array([-h, 0.0, h])).tolist() == pytest.approx([0.5, 0.5, 0.0])
    p = props("slu")
    assert p.continuity == 1 and p.range_text() == f"({-2 * math.log(2):.6g}, ∞)"


def test_flexible_relu_is_relu_shifted_by_b() -> None:
    np.testing.assert_array_equal(ev("flexible_relu", 0, b=0.0), ev("relu"))
    np.testing.assert_array_equal(ev("flexible_relu", 0, b=-0.7), ev("relu") - 0.7)
    assert props("flexible_relu", b=-0.7).range_text() == "[-0.7, ∞)"


def test_repu_is_a_power_of_relu() -> None:
    x = np.linspace(-3.0, 3.0, 61)
    np.testing.assert_allclose(ev("repu", 0, x, p=2.0), np.maximum(x, 0.0) ** 2, rtol=1e-15)
    np.testing.assert_allclose(ev("repu", 0, x, p=3.0), np.maximum(x, 0.0) ** 3, rtol=1e-15)
    assert props("repu", p=2.0).continuity == 1  # f'' jumps from 0 to 2
    assert props("repu", p=3.0).continuity == 2  # "C² or smoother"
    # saturates at MAX instead of overflowing, and is exact just below the overflow
    big = np.array([1.3e154, 1.35e154, 1e300])
    f = ev("repu", 0, big, p=2.0)
    assert (
        f[0] == pytest.approx(1.3e154**2, rel=1e-13)
        and f[1:].tolist() == [catalog.np.finfo(float).max] * 2
    )


# --- the papers' constants and the facts the texts state ------------------------------


def test_serlu_constants_and_its_minimum() -> None:
    lam, alpha = 1.07862, 2.90427
    x = np.array([-2.0, -1.0, 0.5, 2.0])
    expected = [lam * alpha * -2.0 * math.exp(-2.0), -lam * alpha / math.e, lam * 0.5, lam * 2.0]
    np.testing.assert_allclose(ev("serlu", 0, x), expected, rtol=1e-15)
    assert ev("serlu", 1, np.array([-1.0]))[0] == 0.0
    p = props("serlu")
    assert p.monotonic is None and p.continuity == 0
    assert p.global_min is not None and p.global_min.at == pytest.approx(-1.0, abs=1e-9)
    assert p.low.value == pytest.approx(-lam * alpha / math.e, rel=1e-12)
    assert p.df0 == pytest.approx(lam * alpha)  # left limit at the kink
    # very negative inputs give outputs near 0 (the bump), not a constant
    assert abs(ev("serlu", 0, np.array([-40.0]))[0]) < 1e-15


def test_shifted_softplus_is_softplus_minus_ln2_and_smooth() -> None:
    x = np.linspace(-15.0, 15.0, 301)
    sp = ev("softplus", 0, x)
    np.testing.assert_allclose(ev("shifted_softplus", 0, x), sp - math.log(2.0), atol=2e-15)
    # full relative accuracy near 0, where ssp(x) ~ x/2 (softplus - ln 2 cancels)
    assert ev("shifted_softplus", 0, np.array([1e-12]))[0] == pytest.approx(5e-13, rel=1e-12)
    p = props("shifted_softplus")
    assert p.range_text() == f"({-math.log(2):.6g}, ∞)" and not p.low.closed
    assert p.continuity == math.inf and p.monotonic == "increasing" and p.zero_centred
    assert p.df0 == 0.5


def test_pelu_is_c1_for_every_a_b() -> None:
    for a, b in [(1.0, 1.0), (2.0, 0.5), (0.3, 4.0)]:
        p = props("pelu", a=a, b=b)
        assert p.continuity == 1 and p.df0 == pytest.approx(a / b)
        assert p.range_text() == f"({-a:.6g}, ∞)"


def test_nlrelu_grows_without_bound() -> None:
    p = props("nlrelu")
    assert p.range_text() == "[0, ∞)" and not p.bounded_above
    assert p.dead_zones == ((-math.inf, 0.0),) and p.continuity == 0
    x = np.array([1e100, 1e300, 1.7e308])
    np.testing.assert_allclose(ev("nlrelu", 0, x, beta=2.5), np.log(2.5) + np.log(x), rtol=1e-15)
    np.testing.assert_allclose(ev("nlrelu", 1, x, beta=2.5), 1.0 / x, rtol=1e-15)


def test_slow_growth_does_not_unbound_bounded_or_oscillating_functions() -> None:
    assert props("sinusoid").range_text() == "[-1, 1]"
    assert props("arctan").range_text() == "(-1.5708, 1.5708)"
    assert props("softsign").range_text() == "(-1, 1)"
    assert props("log_sigmoid").range_text() == "(-∞, 0)"


# --- the pasteable PyTorch modules -----------------------------------------------------

MODULE_CASES = [
    ("pelu", {}),
    ("pelu", {"a": 2.0, "b": 0.5}),
    ("mpelu", {}),
    ("mpelu", {"alpha": 0.25, "beta": 2.5}),
    ("pdelu", {}),
    ("pdelu", {"alpha": 0.6, "t": 0.9}),
    ("pdelu", {"t": 1.0}),
    ("serlu", {}),
    ("shifted_softplus", {}),
    ("slu", {}),
    ("smelu", {}),
    ("smelu", {"beta": 0.3}),
    ("flexible_relu", {"b": -0.7}),
    ("nlrelu", {"beta": 2.5}),
    ("repu", {"p": 3.0}),
]


@pytest.mark.parametrize("fid, given", MODULE_CASES)
def test_torch_module_runs_and_matches_the_kernel(fid: str, given: dict[str, float]) -> None:
    torch = pytest.importorskip("torch")
    act = catalog.get(fid)
    params = catalog.resolve_params(act, given)
    assert act.torch_module is not None
    code = act.torch_module(**params)
    assert code.startswith(("import torch\n", "import math\n\nimport torch\n"))
    x = np.concatenate([np.linspace(-12.0, 12.0, 241), [-40.0, 40.0]])
    old = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)  # the module's parameters in float64
    try:
        ns: dict[str, object] = {}
        exec(compile(code, f"<{fid} module>", "exec"), ns)
        classes = [v for v in ns.values() if isinstance(v, type) and issubclass(v, torch.nn.Module)]
        module = next(c for c in classes if c is not torch.nn.Module)()
        with torch.no_grad():
            got = module(torch.tensor(x, dtype=torch.float64)).numpy()
        learned = {name for name, _ in module.named_parameters()}
    finally:
        torch.set_default_dtype(old)
    np.testing.assert_allclose(got, act.f(x, **params), rtol=1e-12, atol=1e-14)
    assert learned == set(act.learnable)
