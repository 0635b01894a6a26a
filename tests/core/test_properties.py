"""Properties are computed from the math; here they are checked against samples."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actgui.core import catalog
from actgui.core import properties as props

from .strategies import valid_params

ALL = list(catalog.CATALOG.values())
IDS = [a.id for a in ALL]


def P(function_id: str, **given: object) -> props.Properties:
    act = catalog.get(function_id)
    return props.compute(act, catalog.resolve_params(act, given))


def test_gelu_minimum() -> None:
    p = P("gelu")
    assert p.global_min is not None
    assert p.global_min.value == pytest.approx(-0.16997120747990366, abs=1e-12)
    assert p.global_min.at == pytest.approx(-0.7517915246935645, abs=1e-9)
    assert p.range_text() == "[-0.169971, ∞)"


@pytest.mark.parametrize(
    "fid, lo, at",
    [("silu", -0.27846454, -1.27846454), ("mish", -0.30884341301725, -1.1924312145155)],
)
def test_swish_and_mish_are_bounded_below(fid: str, lo: float, at: float) -> None:
    p = P(fid)
    assert p.bounded_below and not p.bounded_above
    assert p.low.closed and p.low.value == pytest.approx(lo, abs=1e-5)
    assert p.global_min is not None and p.global_min.at == pytest.approx(at, abs=1e-4)


def test_sigmoid_does_not_approximate_identity() -> None:
    p = P("sigmoid")
    assert p.range_text() == "(0, 1)"
    assert not p.identity_near_zero and not p.zero_centred
    assert p.f0 == 0.5 and p.df0 == 0.25
    assert p.symmetry == "point"  # sigmoid(x) + sigmoid(-x) = 1
    assert p.saturates_left and p.saturates_right
    assert p.monotonic == "increasing" and p.continuity == math.inf


def test_tanh() -> None:
    p = P("tanh")
    assert p.range_text() == "(-1, 1)"
    assert p.identity_near_zero and p.zero_centred and p.symmetry == "odd"


def test_relu_and_dead_zone() -> None:
    p = P("relu")
    assert p.range_text() == "[0, ∞)"
    assert p.dead_zones == ((-math.inf, 0.0),)
    assert p.monotonic == "non-decreasing" and p.continuity == 0
    assert not p.zero_centred and p.saturates_left and not p.saturates_right
    assert P("leaky_relu").dead_zones == ()
    assert P("leaky_relu").zero_centred


def test_piecewise_and_jumps() -> None:
    assert P("hardtanh").range_text() == "[-1, 1]"
    assert P("hardtanh", min_val=-2.0, max_val=0.5).range_text() == "[-2, 0.5]"
    step = P("binary_step")
    # a jump splits the range: the step takes only the values 0 and 1
    assert step.continuity == -1 and step.range_text() == "{0, 1}"
    assert step.monotonic == "non-decreasing"
    assert P("threshold", threshold=1.0, value=1.0).continuity == 0  # no jump: a kink
    # found by hypothesis: a piece only 0.004 wide still makes f take both signs
    narrow = P("threshold", threshold=-0.00390625, value=0.0)
    assert narrow.zero_centred and narrow.range_text() == "(-0.00390625, ∞)"


def test_smoothness_depends_on_parameters() -> None:
    assert P("elu", alpha=1.0).continuity == 1  # f' continuous at 0, f'' jumps
    assert P("elu", alpha=0.5).continuity == 0
    # small steps of f' count too: slope 1e-4 left of the threshold, 0 right of it
    assert P("relu_general", negative_slope=1e-4, max_value=6.0, threshold=-5.0).continuity == 0
    assert P("relu_general", negative_slope=1e-9, threshold=1.0).continuity == -1  # f jumps
    assert P("hexpo", a=0.0, b=1.0, c=1e-3, d=10.0).continuity == 0  # f' = 1e-4 left, 0 right
    # and a kink where only f'' jumps stays C¹, however sharp the bend
    assert P("celu", alpha=0.01).continuity == 1


def test_other_shapes() -> None:
    g = P("gaussian")
    assert g.range_text() == "(0, 1]" and g.symmetry == "even" and g.monotonic is None
    assert P("sinusoid").range_text() == "[-1, 1]"
    assert P("exponential").range_text() == "(0, ∞)"
    assert P("log_sigmoid").range_text() == "(-∞, 0)"
    assert P("identity").range_text() == "(-∞, ∞)"
    assert P("softsign").identity_near_zero
    assert P("absolute").range_text() == "[0, ∞)"
    assert P("absolute").symmetry == "even"


def _check_against_samples(act, p: dict, pr: props.Properties, rng) -> None:  # type: ignore[no-untyped-def]
    x = np.sort(
        np.concatenate(
            [
                rng.uniform(-60, 60, 4000),
                rng.normal(0, 3, 2000),
                np.logspace(
                    -12, 3, 400
                ),  # near 0 on both sides: narrow pieces (threshold t = -0.004)
                -np.logspace(-12, 3, 400),
                np.logspace(-3, 300, 300) * rng.choice([-1, 1], 300),
                # beside every kink: a piece between two close hinges (APL's at
                # -2.834 and -2.832) is where f may take its other sign
                *(k + np.linspace(-1e-3, 1e-3, 21) for k in act.kinks(**p)),
                *(np.linspace(a, b, 11) for a, b in zip(act.kinks(**p), act.kinks(**p)[1:])),
            ]
        )
    )
    f = act.f(x, **p)
    d = act.df(x, **p)
    tol = 1e-12 * np.maximum(1.0, np.abs(f))
    # every sample lies in one part of the range (a union when f jumps)
    in_some = np.zeros(x.shape, dtype=bool)
    for part in pr.range_parts:
        lo_t = 1e-9 * max(1.0, abs(part.low.value)) if math.isfinite(part.low.value) else 0.0
        hi_t = 1e-9 * max(1.0, abs(part.high.value)) if math.isfinite(part.high.value) else 0.0
        in_some |= (f >= part.low.value - lo_t) & (f <= part.high.value + hi_t)
    assert np.all(in_some), (act.id, p, pr.range_text(), x[~in_some][:5], f[~in_some][:5])
    # every sample lies in the range; open ends are not reached (above underflow)
    lo, hi = pr.low.value, pr.high.value
    assert np.all(f >= lo - tol) and np.all(f <= hi + tol), (act.id, p, pr.range_text())
    moderate = np.abs(x) <= 20
    if not pr.low.closed and math.isfinite(lo):
        assert np.all(f[moderate] > lo - tol[moderate])
    if pr.global_min is not None:
        at = pr.global_min.at
        xm = props._interior_point(at[0], at[1]) if isinstance(at, tuple) else at
        assert float(act.f(np.asarray(xm), **p)) == pytest.approx(
            pr.global_min.value, rel=1e-9, abs=1e-12
        )
    # monotonicity claims (differences of +-MAX overflow to +-inf: still ordered);
    # an implementation's switch of formula (Softplus) is not part of the function
    with np.errstate(over="ignore"):
        steps = np.diff(f)
    for k in act.switches(**p):
        steps[(x[:-1] <= k) & (x[1:] > k)] = 0.0
    if pr.monotonic in ("increasing", "non-decreasing"):
        assert np.all(steps >= -tol[1:])
    if pr.monotonic in ("decreasing", "non-increasing"):
        assert np.all(steps <= tol[1:])
    # symmetry claims
    if pr.symmetry == "odd":
        np.testing.assert_allclose(act.f(-x, **p), -f, rtol=1e-12, atol=1e-300)
    if pr.symmetry == "even":
        np.testing.assert_allclose(act.f(-x, **p), f, rtol=1e-12, atol=1e-300)
    if pr.symmetry == "point":
        np.testing.assert_allclose(act.f(-x, **p) - pr.f0, pr.f0 - f, rtol=1e-9, atol=1e-12)
    # dead zones: f' exactly 0 inside
    for a, b in pr.dead_zones:
        inside = (x > a) & (x < b)
        assert np.all(d[inside] == 0.0)
    # f(0) and f'(0)
    assert pr.f0 == float(act.f(np.asarray(0.0), **p))
    assert pr.df0 == float(act.df(np.asarray(0.0), **p))
    if pr.zero_centred:
        assert np.any(f < 0) and np.any(f > 0)


@pytest.mark.parametrize("act", ALL, ids=IDS)
def test_properties_hold_on_samples_at_defaults(act) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(7)
    for preset in ("pytorch", "keras"):
        p = catalog.resolve_params(act, None, preset)
        _check_against_samples(act, p, props.compute(act, p), rng)


@pytest.mark.parametrize("act", [a for a in ALL if a.params], ids=[a.id for a in ALL if a.params])
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_properties_hold_on_samples_random_params(act, data) -> None:  # type: ignore[no-untyped-def]
    p = data.draw(valid_params(act, tiny=False))
    rng = np.random.default_rng(11)
    _check_against_samples(act, p, props.compute(act, p), rng)


def test_zero_centred_apl_between_two_close_hinges() -> None:
    """APL with hinges 0.002 apart (a case hypothesis found): f < 0 only between them,
    about -5e-4, so 'zero-centred' holds; the samples take that piece in (they missed
    it before, and the test failed on a true claim)."""
    act = catalog.get("apl")
    p = {"a1": -0.25, "b1": -2.83203125, "a2": 1.0, "b2": -2.833984375}
    pr = props.compute(act, p)
    assert pr.zero_centred
    _check_against_samples(act, p, pr, np.random.default_rng(0))
