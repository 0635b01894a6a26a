"""Fused kernels (f, f', f'' in one call) equal the three separate kernels bit for bit.

Bit for bit includes the sign of zero: the fused kernels reorder nothing, they
only compute shared intermediate results once and select branches without
branching (actgui.core._fast.select), so there is no tolerance to document.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actgui.core import _fast, catalog

from .strategies import finite_x, valid_params
from .test_kernels import EXTREMES

FUSED = [a for a in catalog.CATALOG.values() if a.fused is not None]
IDS = [a.id for a in FUSED]


def _separate(act, x, p):  # type: ignore[no-untyped-def]
    return [np.asarray(k(x, **p), dtype=np.float64) for k in (act.f, act.df, act.d2f)]


def _same_bits(act, x, p) -> None:  # type: ignore[no-untyped-def]
    want = _separate(act, x, p)
    got = act.evaluate_all(x, p)
    for order, (w, g) in enumerate(zip(want, got, strict=True)):
        assert g.dtype == np.float64 and g.shape == x.shape, (act.id, order)
        same = w.view(np.int64) == g.view(np.int64)
        if not np.all(same):
            bad = np.flatnonzero(~same.ravel())[:5]
            raise AssertionError(
                f"{act.id} {p} order {order}: at x = {x.ravel()[bad].tolist()} "
                f"separate {w.ravel()[bad].tolist()} fused {g.ravel()[bad].tolist()}"
            )


def _near(points) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Each point and its neighbours one and a few ulp away."""
    out = []
    for k in points:
        if not math.isfinite(k):
            continue
        out += [k, np.nextafter(k, -np.inf), np.nextafter(k, np.inf), k * (1 - 1e-15), k + 1e-9]
        out += [-k, 2 * k, k / 2]
    return np.array(out, dtype=np.float64)


def _grid(act, p) -> np.ndarray:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(7)
    pts = [*act.kinks(**p), *act.jumps(**p), *act.switches(**p), 0.0, 1.0, 6.0, 20.0]
    return np.concatenate(
        [
            EXTREMES,
            np.linspace(-60.0, 60.0, 2001),
            rng.normal(0.0, 4.0, 3000),
            rng.normal(0.0, 1e3, 500),
            _near(pts),
        ]
    )


@pytest.mark.parametrize("act", FUSED, ids=IDS)
def test_fused_equals_separate_defaults(act) -> None:  # type: ignore[no-untyped-def]
    for preset in ("pytorch", "keras"):
        p = catalog.resolve_params(act, None, preset)
        _same_bits(act, _grid(act, p), p)


@pytest.mark.parametrize("act", FUSED, ids=IDS)
def test_fused_shapes_and_blocks(act) -> None:  # type: ignore[no-untyped-def]
    p = catalog.resolve_params(act)
    _same_bits(act, np.float64(0.5)[()] + np.zeros(()), p)  # 0-d
    _same_bits(act, np.linspace(-8.0, 8.0, 30).reshape(5, 6), p)
    big = np.random.default_rng(1).normal(0.0, 4.0, 2 * _fast.BLOCK + 123)
    _same_bits(act, big, p)  # several blocks where the kernel is blocked
    _same_bits(act, big[: big.size // 11 * 11].reshape(-1, 11), p)
    _same_bits(act, big[::3], p)  # strided


@pytest.mark.parametrize("act", FUSED, ids=IDS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fused_equals_separate_any_params(act, data) -> None:  # type: ignore[no-untyped-def]
    p = data.draw(valid_params(act))
    xs = np.array(data.draw(st.lists(finite_x, min_size=1, max_size=20)), dtype=np.float64)
    pts = [*act.kinks(**p), *act.jumps(**p), *act.switches(**p)]
    both = np.concatenate([xs, EXTREMES, np.linspace(-30.0, 30.0, 241), _near(pts)])
    _same_bits(act, both, p)


def test_torch_builtins_have_fused_kernels() -> None:
    """Every function PyTorch has (at its defaults) comes with a fused kernel."""
    missing = []
    for act in catalog.CATALOG.values():
        code = catalog.framework_code(act, None, "pytorch")
        if code is not None and code.startswith("torch.nn.") and act.fused is None:
            missing.append(act.id)
    assert not missing


def test_catalog_evaluate_all_orders_and_out() -> None:
    x = np.linspace(-5.0, 5.0, 101)
    for fid in ("silu", "elu", "arctan"):  # fused or not, the same numbers
        act = catalog.get(fid)
        p = catalog.resolve_params(act)
        want = _separate(act, x, p)
        out = (np.empty_like(x), np.empty_like(x), np.empty_like(x))
        got = catalog.evaluate_all(fid, x, None, (0, 1, 2), out=out)
        assert all(g is o for g, o in zip(got, out, strict=True))
        for w, g in zip(want, got, strict=True):
            assert np.array_equal(w, g)
        f2, f0 = catalog.evaluate_all(fid, x, None, (2, 0))
        assert np.array_equal(f2, want[2]) and np.array_equal(f0, want[0])
        (f1,) = catalog.evaluate_all(fid, x, None, (1,))
        assert np.array_equal(f1, want[1])
    with pytest.raises(ValueError):
        catalog.evaluate_all("relu", x, None, (0, 3))


@pytest.mark.parametrize("alias", ["a", "b", None])
def test_select_is_where(alias) -> None:  # type: ignore[no-untyped-def]
    rng = np.random.default_rng(3)
    a = rng.normal(size=1000)
    a[:4] = [0.0, -0.0, 5e-324, -1.7976931348623157e308]
    b = -rng.normal(size=1000)
    b[4:8] = [-0.0, 0.0, -5e-324, 1.7976931348623157e308]
    c = rng.random(1000) < 0.5
    want = np.where(c, a, b)
    out = {"a": a, "b": b, None: np.empty_like(a)}[alias]
    got = _fast.select(c, a, b, out)
    assert got is out and np.array_equal(got.view(np.int64), want.view(np.int64))
    for sa, sb in ((1.0, -0.0), (a, 0.25), (-0.0, b)):
        want = np.where(c, sa, sb)
        got = _fast.select(c, sa, sb, np.empty_like(a))
        assert np.array_equal(got.view(np.int64), want.view(np.int64))
