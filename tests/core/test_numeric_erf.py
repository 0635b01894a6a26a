"""Accuracy, range and warning checks of the vectorised erf/erfc in actgui.core._numeric.

Tolerances.  The implementation (fdlibm's method) is within ~1.5 ulp of the true
values (checked against mpmath at 50 digits while writing it).  The platform's
``math.erf``/``math.erfc`` are within ~1 ulp (glibc lists erfc at <= 2 ulp).
Comparing the two, differences are therefore measured in units of the spacing of
the reference value (an ulp, which also covers subnormal results of erfc) and
bounded by 2 ulp for erf and 4 ulp for erfc, i.e. <= 4.5e-16 and <= 9e-16
relative wherever the result is normal.  Against correctly rounded reference
values the bound is 2 ulp for both.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from actgui.core import _numeric as N

_MATH_ERF = np.frompyfunc(math.erf, 1, 1)
_MATH_ERFC = np.frompyfunc(math.erfc, 1, 1)


def _ulps(got: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """|got - ref| in units of the spacing of ref (an ulp; 2**-1074 for subnormals)."""
    return np.abs(got - ref) / np.spacing(np.abs(ref))


def _points() -> np.ndarray:
    rng = np.random.default_rng(20240601)
    mags = 10.0 ** rng.uniform(-323.0, 308.0, 50_000)
    special = [
        0.0,
        -0.0,
        5e-324,
        -5e-324,
        2.2e-308,
        1e-300,
        1e-20,
        2.0**-28,
        2.0**-56,
        0.25,
        0.46875,
        0.84375,
        1.0,
        1.25,
        1.0 / 0.35,
        4.0,
        6.0,
        26.5,
        26.55,
        26.6,
        27.0,
        27.2,
        27.3,
        28.0,
        30.0,
        1e10,
        1e100,
        1e154,
        1.35e154,
        1e300,
        1.7e308,
        np.finfo(np.float64).max,
    ]
    edges = np.array(special[5:18])
    near = np.concatenate([np.nextafter(edges, 0.0), np.nextafter(edges, 10.0)])
    pos = np.concatenate(
        [
            np.linspace(0.0, 30.0, 300_001),
            rng.uniform(0.0, 30.0, 150_000),
            rng.uniform(0.0, 1.5, 50_000),
            mags,
            special,
            near,
        ]
    )
    return np.concatenate([pos, -pos])  # ~1.1e6 points, both signs


@pytest.fixture(scope="module")
def points() -> np.ndarray:
    return _points()


def _strict():
    return np.errstate(over="raise", invalid="raise", divide="raise")


def test_erf_matches_math_erf(points: np.ndarray) -> None:
    ref = np.asarray(_MATH_ERF(points), dtype=np.float64)
    with warnings.catch_warnings(), _strict():
        warnings.simplefilter("error")
        got = N.erf(points)
    assert got.dtype == np.float64 and got.shape == points.shape
    assert np.all(np.isfinite(got))
    err = _ulps(got, ref)
    worst = int(np.argmax(err))
    assert err[worst] <= 2.0, f"erf({points[worst]!r}) = {got[worst]!r}, math: {ref[worst]!r}"


def test_erfc_matches_math_erfc(points: np.ndarray) -> None:
    ref = np.asarray(_MATH_ERFC(points), dtype=np.float64)
    with warnings.catch_warnings(), _strict():
        warnings.simplefilter("error")
        got = N.erfc(points)
    assert got.dtype == np.float64 and got.shape == points.shape
    assert np.all(np.isfinite(got))
    err = _ulps(got, ref)
    worst = int(np.argmax(err))
    assert err[worst] <= 4.0, f"erfc({points[worst]!r}) = {got[worst]!r}, math: {ref[worst]!r}"
    normal = ref >= np.finfo(np.float64).tiny
    rel = np.abs(got - ref)[normal] / ref[normal]
    assert rel.max() <= 1e-15


# (x, erf(x), erfc(x), erfc(-x)), correctly rounded from mpmath at 50 digits.
_REFERENCE = [
    (1e-300, 1.1283791670955126e-300, 1.0, 1.0),
    (0.001, 0.0011283787909692365, 0.9988716212090307, 1.0011283787909693),
    (0.3, 0.3286267594591274, 0.6713732405408726, 1.3286267594591274),
    (0.84375, 0.7672256612323416, 0.23277433876765838, 1.7672256612323416),
    (1.0, 0.8427007929497149, 0.15729920705028513, 1.8427007929497148),
    (2.0, 0.9953222650189527, 0.004677734981047266, 1.9953222650189528),
    (3.0, 0.9999779095030014, 2.209049699858544e-05, 1.9999779095030015),
    (5.0, 0.9999999999984626, 1.537459794428035e-12, 1.9999999999984626),
    (10.0, 1.0, 2.088487583762545e-45, 2.0),
    (15.0, 1.0, 7.212994172451207e-100, 2.0),
    (20.0, 1.0, 5.395865611607901e-176, 2.0),
    (26.0, 1.0, 5.663192408856143e-296, 2.0),
    (26.5, 1.0, 2.2109076642637343e-307, 2.0),
    (27.0, 1.0, 5.23705e-319, 2.0),
]


@pytest.mark.parametrize(("x", "erf", "erfc", "erfc_neg"), _REFERENCE)
def test_against_correctly_rounded_values(
    x: float, erf: float, erfc: float, erfc_neg: float
) -> None:
    xs = np.array([x, -x])
    assert _ulps(N.erf(xs), np.array([erf, -erf])).max() <= 2.0
    assert _ulps(N.erfc(xs), np.array([erfc, erfc_neg])).max() <= 2.0


def test_limits_signs_and_shapes() -> None:
    with warnings.catch_warnings(), _strict():
        warnings.simplefilter("error")
        x = np.array([np.inf, -np.inf, 0.0, -0.0, 1e308, -1e308, 5e-324, -5e-324])
        assert N.erf(x).tolist() == [1.0, -1.0, 0.0, -0.0, 1.0, -1.0, 5e-324, -5e-324]
        assert np.signbit(N.erf(x))[3]
        assert N.erfc(x).tolist() == [0.0, 2.0, 1.0, 1.0, 0.0, 2.0, 1.0, 1.0]
        assert np.isnan(N.erf(np.array([np.nan]))).all()
        assert np.isnan(N.erfc(np.array([np.nan]))).all()
        # 0-d arrays, Python scalars and 2-d arrays keep their shape
        assert N.erf(np.array(0.5)).shape == ()
        assert N.erfc(0.5).shape == ()
        grid = np.linspace(-6.0, 6.0, 70_007).reshape(7, -1)  # several blocks
        assert N.erf(grid).shape == grid.shape
        np.testing.assert_array_equal(N.erf(grid), -N.erf(-grid))
        np.testing.assert_allclose(N.erfc(grid) + N.erfc(-grid), 2.0, rtol=0, atol=4e-16)
        np.testing.assert_allclose(N.erf(grid) + N.erfc(grid), 1.0, rtol=0, atol=4e-16)


def test_erfc_tail_is_monotone_to_underflow() -> None:
    x = np.linspace(20.0, 27.5, 20_001)
    c = N.erfc(x)
    assert np.all(np.diff(c) <= 0.0)
    assert c[0] > 0.0 and c[-1] == 0.0
