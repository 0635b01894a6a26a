"""Facts about the oscillating functions (actgui/core/functions/oscillating.py) beyond the
reference data: identities from the papers, exactness where the closed forms cancel, the
saturating helpers, and the pasteable PyTorch modules."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from actgui.core import catalog
from actgui.core import properties as props
from actgui.core.functions import oscillating as osc

IDS = ("ncu", "squ", "ssu", "dsu", "cosine", "sinlu", "siren")
MAX = float(np.finfo(np.float64).max)
X = np.concatenate([np.linspace(-9.7, 9.7, 389), [1e-300, -1e-8, 20.0, -40.0, 123.25]])


def ev(fid: str, x, order: int = 0, **params: float) -> np.ndarray:  # type: ignore[no-untyped-def]
    return catalog.evaluate(fid, np.asarray(x, dtype=np.float64), params, order)


def test_family_and_references() -> None:
    for fid in IDS:
        act = catalog.get(fid)
        assert act.family.value == "oscillating"
        assert act.reference is not None and act.reference.url.startswith("https://")
    for fid in ("ncu", "squ", "ssu", "dsu"):
        assert catalog.get(fid).reference.url == "https://arxiv.org/abs/2111.04020"
    assert catalog.get("sinlu").learnable == ("a", "b")
    assert catalog.defaults("sinlu") == {"a": 1.0, "b": 1.0}  # torch.ones in the official code
    assert catalog.defaults("siren") == {"omega0": 30.0}


@pytest.mark.parametrize("fid", ["ncu", "squ", "ssu", "dsu"])
def test_noel_units_are_identity_like_at_zero(fid: str) -> None:
    # the paper asks g(0) = 0 and g'(0) = 1 of every proposed unit
    assert ev(fid, 0.0) == 0.0
    assert ev(fid, 0.0, 1) == pytest.approx(1.0, rel=1e-15)


def test_polynomials_and_their_zeros() -> None:
    assert list(ev("ncu", [-1.0, 0.0, 1.0])) == [0.0, 0.0, 0.0]
    assert list(ev("squ", [-1.0, 0.0])) == [0.0, 0.0]
    np.testing.assert_allclose(ev("ncu", X), X - X**3, rtol=1e-13, atol=1e-300)
    np.testing.assert_allclose(ev("squ", X), X**2 + X, rtol=1e-13, atol=1e-300)
    assert list(ev("ncu", X[:5], 2)) == list(-6.0 * X[:5])
    sq = props.compute(catalog.get("squ"), {})
    assert sq.global_min is not None
    assert (sq.global_min.value, sq.global_min.at) == pytest.approx((-0.25, -0.5), abs=1e-12)


def test_ncu_slope_keeps_its_digits_near_its_zeros() -> None:
    root = 1.0 / math.sqrt(3.0)
    x = np.array([np.nextafter(root, 0.0), root, np.nextafter(root, 1.0), -root])
    got = ev("ncu", x, 1)
    exact = [float(1 - 3 * Fraction(v) ** 2) for v in x]
    np.testing.assert_allclose(got, exact, rtol=1e-15)


def test_huge_inputs_saturate_without_overflow() -> None:
    big = np.array([1e103, -1e103, 1e160, -MAX, MAX])
    with np.errstate(all="raise", under="ignore"):
        assert list(ev("ncu", big)) == [-MAX, MAX, -MAX, MAX, -MAX]
        assert list(ev("ncu", big, 1)) == [-3e206, -3e206, -MAX, -MAX, -MAX]
        assert list(ev("squ", big)) == [1e206, 1e206, MAX, MAX, MAX]
        assert list(ev("squ", big[-2:], 1)) == [-MAX, MAX]


def test_mul_sat_rounds_once_and_saturates() -> None:
    rng = np.random.default_rng(3)
    a = rng.normal(size=200) * 10.0 ** rng.integers(-150, 150, 200)
    b = rng.normal(size=200) * 10.0 ** rng.integers(-150, 150, 200)
    np.testing.assert_array_equal(osc.mul_sat(a, b), a * b)
    assert list(osc.mul_sat(np.array([3e200, -3e200]), 1e200)) == [MAX, -MAX]
    assert osc.mul_sat(5e-324, 0.5) in (0.0, 5e-324)


def test_ssu_and_dsu_are_shifted_sincs() -> None:
    # the paper's sinc is sin(t)/t; catalog "sinc" is that function
    # (X - pi is rounded here, which moves the sinc by up to 1e-16 absolutely)
    t = X - np.pi
    np.testing.assert_allclose(ev("ssu", X), np.pi * ev("sinc", t), rtol=1e-12, atol=1e-15)
    away = np.abs(np.abs(X) - np.pi) > 1e-3
    closed = np.pi**2 * np.sin(X) / (np.pi**2 - X**2)
    np.testing.assert_allclose(ev("dsu", X)[away], closed[away], rtol=1e-12, atol=1e-300)
    both = np.pi / 2 * (ev("sinc", X - np.pi) - ev("sinc", X + np.pi))
    np.testing.assert_allclose(ev("dsu", X), both, rtol=1e-9, atol=1e-15)


def test_values_at_the_removable_singularities() -> None:
    pi = np.pi
    assert ev("ssu", pi) == pytest.approx(pi, rel=1e-15)
    assert abs(ev("ssu", pi, 1)) < 1e-15
    assert ev("ssu", pi, 2) == pytest.approx(-pi / 3, rel=1e-14)
    np.testing.assert_allclose(ev("dsu", [pi, -pi]), [pi / 2, -pi / 2], rtol=1e-15)
    np.testing.assert_allclose(ev("dsu", [pi, -pi], 1), [-0.25, -0.25], rtol=1e-14)


def test_ranges_and_symmetry() -> None:
    ssu = props.compute(catalog.get("ssu"), {})
    assert (ssu.low.value, ssu.high.value) == pytest.approx((-0.682459570501, np.pi), abs=1e-9)
    dsu = props.compute(catalog.get("dsu"), {})
    assert dsu.symmetry == "odd" and dsu.high.value == pytest.approx(1.636408136825, abs=1e-9)
    assert props.compute(catalog.get("cosine"), {}).symmetry == "even"
    assert props.compute(catalog.get("ncu"), {}).symmetry == "odd"


def test_cosine_is_the_shifted_sine() -> None:
    np.testing.assert_allclose(ev("cosine", X), ev("sinusoid", X + np.pi / 2), atol=1e-15)
    np.testing.assert_array_equal(ev("cosine", X, 1), -np.sin(X))


def test_siren_is_the_sine_of_the_exact_product() -> None:
    np.testing.assert_array_equal(ev("siren", X, omega0=1.0), np.sin(X))
    # 30 * x is exact for these x, so numpy's sin of the product is the reference
    x = np.array([0.25, -3.5, 1e10, 2.0**900])
    np.testing.assert_allclose(ev("siren", x), np.sin(30.0 * x), rtol=1e-14)
    np.testing.assert_allclose(ev("siren", x, 1), 30.0 * np.cos(30.0 * x), rtol=1e-14)
    np.testing.assert_allclose(ev("siren", x, 2), -900.0 * np.sin(30.0 * x), rtol=1e-14)
    # halving before the product overflows; sin^2 + cos^2 = 1 survives the double angles
    s, c = osc.sincos_prod(100.0, np.array([MAX, -MAX, 1e307]))
    np.testing.assert_allclose(s * s + c * c, 1.0, rtol=1e-13)
    # the double-angle path agrees with the direct one where both apply
    x = np.array([1.5e306, -1.7e306])
    s1, _ = osc.sincos_prod(100.0, x)
    s2, _ = osc.sincos_prod(50.0, 2.0 * x)
    np.testing.assert_allclose(s1, s2, atol=1e-13)


def test_sinlu_special_cases() -> None:
    sig = 1.0 / (1.0 + np.exp(-X))
    np.testing.assert_allclose(ev("sinlu", X, a=0.0, b=3.0), X * sig, rtol=1e-14, atol=1e-300)
    np.testing.assert_allclose(ev("sinlu", X, a=2.0, b=0.0), X * sig, rtol=1e-14, atol=1e-300)
    np.testing.assert_allclose(ev("sinlu", X), (X + np.sin(X)) * sig, rtol=1e-12, atol=1e-300)
    # a b = -1: u = x - sin x = x^3/6 - x^5/120 + ... keeps all its digits near 0
    x = np.array([1e-5, -3e-4, 1e-100])
    u = x**3 / 6 - x**5 / 120
    np.testing.assert_allclose(ev("sinlu", x, a=-1.0, b=1.0), u / (1 + np.exp(-x)), rtol=1e-14)
    assert ev("sinlu", 0.0, 1, a=0.4, b=2.5) == pytest.approx((1 + 0.4 * 2.5) / 2, rel=1e-15)


def _torch_module(fid: str, params: dict):  # type: ignore[no-untyped-def]
    torch = pytest.importorskip("torch")
    act = catalog.get(fid)
    p = catalog.resolve_params(act, params)
    assert act.torch_module is not None and act.torch_code is None
    code = act.torch_module(**p)
    assert code.startswith("import torch\n\n\nclass ")
    scope: dict = {}
    exec(compile(code, f"<{fid} module>", "exec"), scope)  # our own generated code
    cls = next(v for k, v in scope.items() if isinstance(v, type) and k != "torch")
    default = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)  # parameters exactly as given, not float32
    try:
        module = cls()
    finally:
        torch.set_default_dtype(default)
    return torch, module.double(), p


@pytest.mark.parametrize(
    "fid, params",
    [
        ("ncu", {}),
        ("squ", {}),
        ("ssu", {}),
        ("dsu", {}),
        ("cosine", {}),
        ("sinlu", {}),
        ("sinlu", {"a": -0.7, "b": 2.5}),
        ("siren", {}),
        ("siren", {"omega0": 7.5}),
    ],
)
def test_torch_module_matches_the_kernel(fid: str, params: dict) -> None:
    torch, module, p = _torch_module(fid, params)
    x = np.array([-5.3, -np.pi, -1.0, -0.2, 0.0, 0.37, 1.0, np.pi, 2.9, 6.5])
    with torch.no_grad():
        got = module(torch.tensor(x, dtype=torch.float64)).numpy()
    np.testing.assert_allclose(got, catalog.evaluate(fid, x, p), rtol=1e-12, atol=1e-14)
