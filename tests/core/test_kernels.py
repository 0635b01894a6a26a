"""Every kernel, any finite x, any valid parameters: finite, warning-free, consistent.

Warnings are errors for the whole suite (pyproject: filterwarnings = error), so
numpy's overflow/invalid/divide RuntimeWarnings fail these tests by themselves.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actgui.core import catalog

from .strategies import finite_x, moderate_x, valid_params

ALL = list(catalog.CATALOG.values())
IDS = [a.id for a in ALL]
EPS = np.finfo(np.float64).eps

EXTREMES = np.array(
    [
        0.0,
        -0.0,
        5e-324,
        -5e-324,
        2.2e-308,
        1e-300,
        -1e-300,
        1e-8,
        -1e-8,
        1.0,
        -1.0,
        40.0,
        -40.0,
        700.0,
        -700.0,
        710.0,
        -710.0,
        1e3,
        -1e3,
        1e10,
        -1e10,
        1e154,
        -1e154,
        1e155,
        -1e155,
        1e300,
        -1e300,
        1e308,
        -1e308,
        1.7976931348623157e308,
        -1.7976931348623157e308,
    ]
)


def _all_orders(act, x, p):  # type: ignore[no-untyped-def]
    return [np.asarray(k(np.asarray(x, dtype=np.float64), **p)) for k in (act.f, act.df, act.d2f)]


@pytest.mark.parametrize("act", ALL, ids=IDS)
def test_extremes_finite_and_shaped(act) -> None:  # type: ignore[no-untyped-def]
    for preset in ("pytorch", "keras"):
        p = catalog.resolve_params(act, None, preset)
        for y in _all_orders(act, EXTREMES, p):
            assert y.dtype == np.float64 and y.shape == EXTREMES.shape
            assert np.all(np.isfinite(y)), (act.id, EXTREMES[~np.isfinite(y)])
        grid = EXTREMES.reshape(-1, 1)[:30].reshape(5, 6)
        for y in _all_orders(act, grid, p):
            assert y.shape == (5, 6)
        for y in _all_orders(act, np.float64(0.5), p):  # 0-d input
            assert y.shape == ()


@pytest.mark.parametrize("act", ALL, ids=IDS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_finite_x_any_valid_params(act, data) -> None:  # type: ignore[no-untyped-def]
    p = data.draw(valid_params(act))
    xs = np.array(data.draw(st.lists(finite_x, min_size=1, max_size=20)))
    both = np.concatenate([xs, EXTREMES])
    for y in _all_orders(act, both, p):
        assert np.all(np.isfinite(y)), (act.id, p, both[~np.isfinite(y)])


def _near_break(act, p, x: float, h: float) -> bool:  # type: ignore[no-untyped-def]
    pts = [*act.kinks(**p), *act.jumps(**p)]
    return any(abs(x - k) <= 3 * h for k in pts)


def _bracket_ok(cd: float, d_vals: list[float], slack: float) -> bool:
    return min(d_vals) - slack <= cd <= max(d_vals) + slack


@pytest.mark.parametrize("act", ALL, ids=IDS)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_derivatives_match_central_differences(act, data) -> None:  # type: ignore[no-untyped-def]
    """f' vs a central difference of f, and f'' vs one of f'.

    Why this tolerance: by the mean value theorem (f(x+h) - f(x-h)) / 2h is the
    average of f' over [x-h, x+h], so it lies between the extremes of f' there.
    We check it against f' sampled at x-h, x, x+h (plus midpoints), widened by
    the rounding error of the quotient, 4 eps max|f| / h, and by how far f' can
    bulge between samples h/2 apart (about h |f'''| / 16, f''' read from the
    analytic f''), plus 1e-9 relative.  The same argument with f' and f''
    (bulge margin 1e-6 relative, as f'''' is not available).
    """
    p = data.draw(valid_params(act, tiny=False))
    x = data.draw(moderate_x)
    h = 1e-5 * max(1.0, abs(x))
    if _near_break(act, p, x, h):
        return
    pts = np.array([x - h, x - h / 2, x, x + h / 2, x + h])
    f = act.f(pts, **p)
    d1 = act.df(pts, **p)
    d2 = act.d2f(pts, **p)
    cd1 = (f[4] - f[0]) / (2 * h)
    bulge = h * np.max(np.abs(np.diff(d2))) / 16
    slack1 = 4 * EPS * np.max(np.abs(f)) / h + bulge + 1e-9 * np.max(np.abs(d1)) + 1e-300
    assert _bracket_ok(cd1, list(d1), slack1), (act.id, p, x, cd1, d1)
    cd2 = (d1[4] - d1[0]) / (2 * h)
    slack2 = 4 * EPS * np.max(np.abs(d1)) / h + 1e-6 * np.max(np.abs(d2)) + 1e-300
    assert _bracket_ok(cd2, list(d2), slack2), (act.id, p, x, cd2, d2)
