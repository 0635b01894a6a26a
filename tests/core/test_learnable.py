"""Facts about the learnable functions (actgui/core/functions/learnable.py) beyond the
reference data: the published coefficient sets reproduce their targets, the rationals
have no poles and behave in 1/x for large |x|, special cases of ACON-C, APL's pieces, and
the pasteable PyTorch modules."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from actgui.core import catalog
from actgui.core import properties as props
from actgui.core.functions import learnable as lrn

MAX = float(np.finfo(np.float64).max)
X = np.concatenate([np.linspace(-9.7, 9.7, 389), [1e-300, -1e-8, 20.0, -40.0, 123.25]])


def ev(fid: str, x, order: int = 0, **params) -> np.ndarray:  # type: ignore[no-untyped-def]
    return catalog.evaluate(fid, np.asarray(x, dtype=np.float64), params, order)


def test_family_learnable_and_references() -> None:
    for fid in ("acon_c", "pau", "rational", "apl"):
        act = catalog.get(fid)
        assert act.family.value == "learnable"
        assert act.reference is not None and act.reference.url.startswith("https://arxiv.org/")
        assert set(act.learnable) <= {p.name for p in act.params}
    assert catalog.get("acon_c").learnable == ("p1", "p2", "beta")
    assert catalog.get("apl").learnable == ("a1", "b1", "a2", "b2")


# --- PAU ----------------------------------------------------------------------------------


def test_pau_default_is_the_official_initialisation() -> None:
    # ml-research/pau: PAU() uses init_coefficients="pade_optimized_leakyrelu"
    num, den, slope = lrn.PAU_INITS["leaky_relu"]
    assert catalog.defaults("pau") == {"init": "leaky_relu"}
    assert num[0] == 3.35583603e-02 and den[1] == 3.98021568e00 and slope == 0.01


@pytest.mark.parametrize("init", sorted(lrn.PAU_INITS))
def test_pau_sets_reproduce_their_targets(init: str) -> None:
    _, _, slope = lrn.PAU_INITS[init]
    x = np.linspace(-3.0, 3.0, 6001)
    err = np.max(np.abs(ev("pau", x, init=init) - np.where(x > 0, x, slope * x)))
    assert err < 0.035, (init, err)


@pytest.mark.parametrize("init", sorted(lrn.PAU_INITS))
def test_pau_is_the_safe_rational(init: str) -> None:
    num, den, _ = lrn.PAU_INITS[init]
    p = sum(a * X**j for j, a in enumerate(num))
    q = 1 + sum(abs(b) * np.abs(X) ** k for k, b in enumerate(den, 1))
    assert np.all(q >= 1.0)
    np.testing.assert_allclose(ev("pau", X, init=init), p / q, rtol=1e-11, atol=1e-14)
    # for large |x| it follows the line of slope a5/|b4| on both sides, without overflow
    big = np.array([1e300, -1e300, MAX])
    with np.errstate(all="raise", under="ignore"):
        got = ev("pau", big, init=init)
        assert np.all(np.isfinite(ev("pau", big, 1, init=init)))
    np.testing.assert_allclose(got[:2], num[5] / abs(den[3]) * big[:2], rtol=1e-14)


def test_pau_kink_at_zero_takes_the_left_limit() -> None:
    num, den, _ = lrn.PAU_INITS["leaky_relu_020"]
    a0, a1, b1 = num[0], num[1], abs(den[0])
    assert catalog.get("pau").kinks(init="leaky_relu_020") == (0.0,)
    assert ev("pau", 0.0, 1, init="leaky_relu_020") == pytest.approx(a1 + a0 * b1, rel=1e-15)
    assert ev("pau", 1e-300, 1, init="leaky_relu_020") == pytest.approx(a1 - a0 * b1, rel=1e-15)


@pytest.mark.parametrize("init", sorted(lrn.PAU_INITS))
def test_pau_properties_say_c0_for_every_init(init: str) -> None:
    # the default init's step of f' at 0, 2 a0 |b1| = 2.2e-7, is small, but a step
    num, den, _ = lrn.PAU_INITS[init]
    step = float(ev("pau", -1e-300, 1, init=init) - ev("pau", 1e-300, 1, init=init))
    assert step == pytest.approx(2 * num[0] * abs(den[0]), rel=1e-6)
    pr = props.compute(catalog.get("pau"), {"init": init})
    assert pr.continuity == 0 and pr.smoothness_text() == "C⁰"


def test_pau_without_b1_is_c2(monkeypatch: pytest.MonkeyPatch) -> None:
    # |b3| |x|^3 is the roughest term then: f, f', f'' continuous at 0, f''' jumps
    num, den, slope = lrn.PAU_INITS["leaky_relu_020"]
    monkeypatch.setitem(lrn.PAU_INITS, "no_b1", (num, (0.0, *den[1:]), slope))
    act = catalog.get("pau")
    assert act.kinks(init="no_b1") == () and act.higher_kinks(init="no_b1") == ((0.0, 2),)
    monkeypatch.setitem(lrn.PAU_INITS, "even", (num, (0.0, den[1], 0.0, den[3]), slope))
    assert act.kinks(init="even") == () and act.higher_kinks(init="even") == ()


def test_rational_derivatives_have_no_cancellation() -> None:
    # f'' = N2 / Q^3 with N2's coefficients exact: at x = 1e4 the true f'' ~ 1e-12
    # (f is nearly a line) and the result keeps its digits
    num, den, _ = lrn.PAU_INITS["leaky_relu"]
    a = [Fraction(v) for v in num]
    b = [Fraction(1)] + [abs(Fraction(v)) for v in den]
    x = Fraction(10000)

    def f(t: Fraction) -> Fraction:
        return sum(c * t**j for j, c in enumerate(a)) / sum(c * t**k for k, c in enumerate(b))

    h = Fraction(1, 10**6)
    second = (f(x + h) - 2 * f(x) + f(x - h)) / (h * h)  # error O(h^2 f'''') ~ 1e-24
    assert ev("pau", 1e4, 2) == pytest.approx(float(second), rel=1e-9)


# --- rational (Boullé et al.) ---------------------------------------------------------------


def test_rational_is_the_relu_fit_without_poles() -> None:
    x = np.linspace(-1.0, 1.0, 4001)
    assert np.max(np.abs(ev("rational", x) - np.maximum(x, 0.0))) < 0.022
    # official coefficients, highest power first: [1.1915, 1.5957, 0.5, 0.0218] / [2.383, 0, 1]
    assert lrn.RATIONAL_NUM == (0.0218, 0.5, 1.5957, 1.1915)
    assert lrn.RATIONAL_DEN == (1.0, 0.0, 2.383)
    roots = np.roots(lrn.RATIONAL_DEN[::-1])
    assert np.all(np.abs(roots.imag) > 0.5)  # no real zero of the denominator
    p = ((1.1915 * X + 1.5957) * X + 0.5) * X + 0.0218
    np.testing.assert_allclose(ev("rational", X), p / (2.383 * X * X + 1.0), rtol=1e-12)
    # tends to 0.5 x + 1.5957/2.383 on both sides
    x = np.array([1e8, -1e8])
    np.testing.assert_allclose(ev("rational", x) - 0.5 * x, 1.5957 / 2.383, rtol=1e-6)
    assert list(ev("rational", [1e300, -1e300])) == pytest.approx([5e299, -5e299], rel=1e-15)


# --- ACON-C -----------------------------------------------------------------------------


def test_acon_c_special_cases() -> None:
    # p1 = 1, p2 = 0 (the defaults): Swish / SiLU with the same beta
    for beta in (1.0, 2.5):
        for order in range(3):
            np.testing.assert_allclose(
                ev("acon_c", X, order, beta=beta),
                ev("silu", X, order, beta=beta),
                rtol=1e-13,
                atol=1e-300,
            )
    # beta = 0: the line (p1 + p2) x / 2
    np.testing.assert_allclose(
        ev("acon_c", X, p1=1.2, p2=-0.8, beta=0.0), 0.2 * X, rtol=1e-15, atol=1e-300
    )
    # p1 = -p2: f = p1 x tanh(beta p1 x), about beta p1^2 x^2 near 0, keeps its digits
    x = np.array([1e-8, -3e-5, 0.02])
    np.testing.assert_allclose(
        ev("acon_c", x, p1=5.0, p2=-5.0, beta=10.0), 5.0 * x * np.tanh(50.0 * x), rtol=1e-14
    )
    # large beta: close to max(p1 x, p2 x)
    np.testing.assert_allclose(
        ev("acon_c", X[np.abs(X) > 4], p1=1.0, p2=0.25, beta=10.0),
        np.maximum(X, 0.25 * X)[np.abs(X) > 4],
        rtol=1e-12,
    )


# --- APL --------------------------------------------------------------------------------


def test_apl_is_relu_plus_hinges() -> None:
    p = {"a1": 1.5, "b1": -2.0, "a2": -0.7, "b2": 3.0}
    want = np.maximum(X, 0) + 1.5 * np.maximum(0, -X - 2.0) - 0.7 * np.maximum(0, -X + 3.0)
    np.testing.assert_allclose(ev("apl", X, **p), want, rtol=1e-12, atol=1e-15)
    assert catalog.get("apl").kinks(**p) == (-2.0, 0.0, 3.0)
    # f' at a hinge is the slope on its left; f'' = 0
    np.testing.assert_array_equal(ev("apl", [-2.0, 0.0, 3.0], 1, **p), [-0.8, 0.7, 1.7])
    assert not np.any(ev("apl", X, 2, **p))
    zero = {"a1": 0.0, "b1": 1.0, "a2": 0.0, "b2": -1.0}
    np.testing.assert_array_equal(ev("apl", X, **zero), np.maximum(X, 0.0))
    assert catalog.get("apl").kinks(**zero) == (0.0,)


def test_apl_is_exact_next_to_a_hinge() -> None:
    p = {"a1": -0.2, "b1": -5.0, "a2": 0.1, "b2": -0.5}
    x = np.array([-0.500000001, -0.5 - 2.0**-40])
    np.testing.assert_allclose(ev("apl", x, **p), 0.1 * (-0.5 - x), rtol=1e-15)


def test_apl_defaults_lie_in_the_official_initial_distribution() -> None:
    d = catalog.defaults("apl")
    assert abs(d["a1"]) <= 0.2 and abs(d["a2"]) <= 0.2  # a ~ U(-0.2, 0.2)
    assert abs(d["b1"]) <= 1.0 and abs(d["b2"]) <= 1.0  # b ~ N(0, 0.5^2), within 2 sigma
    pr = props.compute(catalog.get("apl"), d)
    assert pr.monotonic == "increasing" and pr.continuity == 0


# --- PyTorch modules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fid, params",
    [
        ("acon_c", {}),
        ("acon_c", {"p1": 1.2, "p2": -0.8, "beta": 2.5}),
        *(("pau", {"init": k}) for k in sorted(lrn.PAU_INITS)),
        ("rational", {}),
        ("apl", {}),
        ("apl", {"a1": 1.5, "b1": -2.0, "a2": -0.7, "b2": 3.0}),
    ],
)
def test_torch_module_matches_the_kernel(fid: str, params: dict) -> None:
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
        module = cls().double()
    finally:
        torch.set_default_dtype(default)
    learned = {n for n, _ in module.named_parameters()}
    assert learned, "the learnable coefficients are torch.nn.Parameters"
    x = np.array([-5.3, -3.0, -1.0, -0.2, 0.0, 0.37, 1.0, 2.9, 6.5])
    with torch.no_grad():
        got = module(torch.tensor(x, dtype=torch.float64)).numpy()
    np.testing.assert_allclose(got, catalog.evaluate(fid, x, p), rtol=1e-12, atol=1e-14)
