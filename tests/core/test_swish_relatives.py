"""Facts specific to the Swish/Mish relatives (actgui/core/functions/swish_relatives.py).

Accuracy against mpmath is checked by test_reference.py (reference_swish_relatives.npz);
here: the special cases the papers name, the limits the texts state, the published
defaults, and the pasteable PyTorch modules.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from actgui.core import catalog, properties
from actgui.core.functions import swish_relatives

IDS = [a.id for a in swish_relatives.ACTIVATIONS]
X = np.concatenate([np.linspace(-9.0, 9.0, 181), [-40.0, -1e-3, 1e-3, 25.0]])


def _ev(fid: str, x: np.ndarray, order: int = 0, **params: float) -> np.ndarray:
    return catalog.evaluate(fid, x, params or None, order)


def test_twelve_new_smooth_gated_functions() -> None:
    assert len(IDS) >= 10 and len(set(IDS)) == len(IDS)
    for fid in IDS:
        act = catalog.get(fid)
        assert act.family.value == "gated"
        assert act.kinks(**catalog.defaults(act)) == ()
        assert act.reference is not None
        assert act.reference.url.startswith(("https://arxiv.org/abs/", "https://doi.org/"))
        assert set(act.learnable) <= {p.name for p in act.params}
        assert act.torch_code is None and act.torch_module is not None


@pytest.mark.parametrize("order", [0, 1, 2])
def test_special_cases_the_papers_name(order: int) -> None:
    # E-swish with beta = 1 is SiLU; dSiLU is SiLU's derivative
    np.testing.assert_allclose(_ev("eswish", X, order, beta=1.0), _ev("silu", X, order), 1e-14)
    if order < 2:
        np.testing.assert_allclose(_ev("dsilu", X, order), _ev("silu", X, order + 1), 1e-14)
    # Pserf with gamma = delta = 1 is Serf
    np.testing.assert_allclose(
        _ev("pserf", X, order, gamma=1.0, delta=1.0), _ev("serf", X, order), 1e-13, 1e-300
    )
    # SMU with alpha = 0, mu = 1/sqrt(2) is GELU: (x + x erf(x/sqrt 2))/2
    np.testing.assert_allclose(
        _ev("smu", X, order, alpha=0.0, mu=math.sqrt(0.5)), _ev("gelu", X, order), 1e-13, 1e-300
    )
    # SinLU without its sine term is SiLU
    np.testing.assert_allclose(
        _ev("sinlu", X, order, a=0.0, b=1.0), _ev("silu", X, order), 1e-14, 1e-16
    )
    # alpha = 1: SMU and SMU-1 are the identity (plus mu/2 for SMU-1)
    ident = [X, np.ones_like(X), np.zeros_like(X)][order]
    np.testing.assert_allclose(_ev("smu", X, order, alpha=1.0, mu=3.0), ident)
    np.testing.assert_allclose(
        _ev("smu1", X, order, alpha=1.0, mu=0.5), ident + (0.25 if order == 0 else 0.0)
    )


@pytest.mark.parametrize("order", [0, 1, 2])
def test_equal_to_other_catalog_functions(order: int) -> None:
    # SMU-1 with alpha = 0 is squareplus with b = mu^2
    np.testing.assert_allclose(
        _ev("smu1", X, order, alpha=0.0, mu=0.7), _ev("squareplus", X, order, b=0.49), 1e-14, 1e-300
    )
    # APTx with alpha = 1, gamma = 1/2 is x sigmoid(2 beta x): Swish with twice the beta
    for beta in (0.5, 1.0, 2.0):
        np.testing.assert_allclose(
            _ev("aptx", X, order, alpha=1.0, beta=beta, gamma=0.5),
            _ev("silu", X, order, beta=2.0 * beta),
            1e-13,
            1e-15,  # both round near the zeros of f''
        )


def test_smu_is_monotonic_exactly_above_alpha_0_114() -> None:
    # f'(x) = alpha + (1 - alpha) K(t): the dip of GELU' (K >= -0.128797) is filled for
    # alpha >= 0.128797/1.128797 = 0.1141, at every mu; properties find it at every mu
    for mu in (0.5, 85.0, 1e6):
        act = catalog.get("smu")
        assert properties.compute(act, {"alpha": 0.12, "mu": mu}).monotonic == "increasing"
        assert properties.compute(act, {"alpha": 0.1, "mu": mu}).monotonic is None
    # alpha = 0: x Phi(sqrt(2) mu x) = gelu(sqrt(2) mu x)/(sqrt(2) mu), minimum at 1e-6 scale
    pr = properties.compute(catalog.get("smu"), {"alpha": 0.0, "mu": 1e6})
    s = math.sqrt(2.0) * 1e6
    assert pr.global_min is not None
    assert pr.global_min.value == pytest.approx(-0.16997120747990366 / s, rel=1e-9)
    assert pr.global_min.at == pytest.approx(-0.7517915246935645 / s, rel=1e-6)


def test_published_defaults() -> None:
    assert catalog.defaults("erfact") == {"alpha": 0.75, "beta": 0.75}
    assert catalog.defaults("pserf") == {"gamma": 1.25, "delta": 0.85}
    assert catalog.defaults("smu") == {"alpha": 0.25, "mu": 1e6}
    assert catalog.defaults("smu1") == {"alpha": 0.25, "mu": 4.352665993287951e-9}
    assert catalog.defaults("smish") == {"alpha": 1.0, "beta": 1.0}
    assert catalog.defaults("logish") == {"alpha": 1.0, "beta": 1.0}
    assert catalog.defaults("aptx") == {"alpha": 1.0, "beta": 1.0, "gamma": 0.5}
    assert catalog.defaults("sinlu") == {"a": 1.0, "b": 1.0}
    assert catalog.get("erfact").learnable == ("alpha", "beta")
    assert catalog.get("smu").learnable == ("mu",)


def test_limits_the_texts_state() -> None:
    big = np.array([60.0, 1e3, 1e300])
    # Smish -> tanh(ln 2) x = 0.6 x, Logish and Gish -> ln(2) x, the others -> x
    np.testing.assert_allclose(_ev("smish", big), 0.6 * big, 1e-15)
    np.testing.assert_allclose(_ev("logish", big), math.log(2.0) * big, 1e-15)
    np.testing.assert_allclose(_ev("gish", big), math.log(2.0) * big, 1e-15)
    for fid in ("phish", "erfact", "pserf", "smu", "aptx"):
        np.testing.assert_allclose(_ev(fid, big), big, 1e-15)
    # SMU and SMU-1 at their defaults are Leaky ReLU(0.25) away from 0
    xs = np.array([-5.0, -1e-3, 1e-3, 5.0])
    leaky = np.where(xs > 0, xs, 0.25 * xs)
    np.testing.assert_allclose(_ev("smu", xs), leaky, 1e-12)
    np.testing.assert_allclose(_ev("smu1", xs), leaky, 1e-5)
    assert _ev("smu1", np.array([0.0]))[0] == 4.352665993287951e-9 / 2
    # dSiLU: bounded, point-symmetric about (0, 1/2), peak ~1.0998 at x ~ 2.3994
    np.testing.assert_allclose(_ev("dsilu", X) + _ev("dsilu", -X), 1.0, 1e-15)
    pr = properties.compute(catalog.get("dsilu"), {})
    assert pr.high.value == pytest.approx(1.0998393, abs=1e-6)
    assert pr.low.value == pytest.approx(-0.0998393, abs=1e-6)


def test_phish_is_never_negative() -> None:
    # x and tanh(gelu(x)) always share their sign: Phish >= 0, a double zero at 0
    assert np.all(_ev("phish", X) >= 0.0)
    pr = properties.compute(catalog.get("phish"), {})
    assert pr.low.value == 0.0 and pr.df0 == 0.0
    assert _ev("phish", np.array([0.0]), 2)[0] == pytest.approx(1.0, abs=1e-15)


def test_minima_of_the_non_monotonic_ones() -> None:
    for fid, lo, at in [
        ("smish", -0.249994, -1.3945),
        ("logish", -0.252769, -1.3725),
        ("gish", -0.278159, -1.2821),
        ("erfact", -0.405281, -1.3966),
        ("pserf", -0.506007, -1.4329),
        ("aptx", -0.139232, -0.6392),
        ("sinlu", -0.497371, -1.0829),
    ]:
        pr = properties.compute(catalog.get(fid), catalog.defaults(fid))
        assert pr.global_min is not None, fid
        assert pr.global_min.value == pytest.approx(lo, abs=2e-6), fid
        assert pr.global_min.at == pytest.approx(at, abs=2e-4), fid
        assert pr.monotonic is None and pr.continuity == math.inf


def test_sinlu_sine_of_the_exact_product() -> None:
    # b x is not a float (b = 0.3, x = 1e300): f' = 1 + a b cos(b x) there
    x = np.array([1e300])
    got = _ev("sinlu", x, 1, a=0.4, b=0.3)[0]
    import mpmath

    with mpmath.workprec(1200):
        want = 1 + mpmath.mpf(0.4) * mpmath.mpf(0.3) * mpmath.cos(
            mpmath.mpf(0.3) * mpmath.mpf(1e300)
        )
    assert got == pytest.approx(float(want), rel=1e-13)


# --- PyTorch modules -----------------------------------------------------------------


def _param_sets(act):  # type: ignore[no-untyped-def]
    base = catalog.defaults(act)
    yield base
    other = {}
    for p in act.params:
        lo, hi = p.min, p.max
        other[p.name] = lo + 0.3 * (hi - lo) if p.name != "mu" else base[p.name] * 3.0
    yield catalog.resolve_params(act, other)


@pytest.mark.parametrize("fid", IDS)
def test_torch_module_runs_and_matches_the_kernel(fid: str) -> None:
    torch = pytest.importorskip("torch")
    act = catalog.get(fid)
    xs = np.array([-6.0, -2.5, -1.0, -0.3, 0.0, 0.2, 0.9, 2.0, 5.5])
    old = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)  # parameters exactly as given (0.85 is no float32)
    try:
        _check_module(torch, act, fid, xs)
    finally:
        torch.set_default_dtype(old)


def _check_module(torch, act, fid: str, xs: np.ndarray) -> None:  # type: ignore[no-untyped-def]
    for params in _param_sets(act):
        code = act.torch_module(**params)
        assert code.startswith("import torch\n\n\nclass ")
        ns: dict[str, object] = {}
        exec(compile(code, f"<{fid}>", "exec"), ns)
        cls = next(v for k, v in ns.items() if isinstance(v, type) and k != "torch")
        module = cls()
        learned = {n for n, _ in module.named_parameters()}
        assert learned == set(act.learnable), (fid, learned)
        t = torch.tensor(xs, dtype=torch.float64, requires_grad=True)
        y = module(t)
        (g,) = torch.autograd.grad(y.sum(), t)
        np.testing.assert_allclose(y.detach().numpy(), _ev(fid, xs, 0, **params), 1e-12, 1e-15)
        np.testing.assert_allclose(g.numpy(), _ev(fid, xs, 1, **params), 1e-9, 1e-12)
