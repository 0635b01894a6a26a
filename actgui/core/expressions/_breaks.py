"""Kinks and jumps: where a compiled tree's f' or f'' may be discontinuous, and where f jumps.

Each switching quantity the compiler collected (the argument of abs, the
difference of max/min's arguments, the sides of a where comparison, a catalog
call's argument minus each of its kinks and jumps) is searched for sign
changes on a grid over the whole float64 line, then bisected to adjacent
floats.  At most :data:`MAX_SWITCHES` quantities are searched and
:data:`MAX_BREAKS` points (those nearest 0) are declared.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from .. import _numeric as nm
from ..spec import FloatArray
from ._base import _MAX, MAX_BREAKS, MAX_SWITCHES
from ._dual import _run
from ._tree import _Catalog, _Node


def _grid() -> FloatArray:
    dense = np.linspace(-64.0, 64.0, 8193)  # step 1/64: exact multiples, 0 included
    tail = np.logspace(np.log10(64.0), 308.0, 1200)[1:]
    return np.unique(np.concatenate([-tail[::-1], dense, tail, [-_MAX, _MAX]]))


_GRID = _grid()


def _key(x: FloatArray) -> Any:
    """A monotone map of floats to int64 (so bisection halves the number of floats)."""
    b = x.view(np.int64)
    return np.where(b < 0, np.int64(-(2**63)) - b, b)


def _unkey(k: Any) -> FloatArray:
    k = np.asarray(k, dtype=np.int64)
    return np.where(k < 0, np.int64(-(2**63)) - k, k).view(np.float64)


def _roots(s: Callable[[FloatArray], FloatArray], limit: int) -> list[float]:
    """Sign changes and zeros of s on the grid, refined to adjacent floats by bisection."""
    with np.errstate(all="ignore"):
        y = np.asarray(s(_GRID), dtype=np.float64)
        y = np.broadcast_to(y, _GRID.shape)
        sg = np.sign(y)
        zeros = _GRID[sg == 0]
        out = list(zeros[np.argsort(np.abs(zeros), kind="stable")][:limit])
        ch = np.flatnonzero((sg[:-1] * sg[1:]) < 0)
        ch = ch[np.argsort(np.abs(_GRID[ch]), kind="stable")][:limit]  # nearest 0 first
        if ch.size:
            lo, hi = _key(_GRID[ch]), _key(_GRID[ch + 1])
            slo = sg[ch]
            for _ in range(70):
                active = hi - lo > 1
                if not np.any(active):
                    break
                mid = lo + (hi - lo) // 2
                sm = np.sign(np.broadcast_to(s(_unkey(mid)), mid.shape))
                same = (sm == slo) & active
                moved = ~same & active & (sm != 0)
                lo = np.where(same, mid, lo)
                hi = np.where(moved, mid, hi)
                zero = active & (sm == 0)
                lo = np.where(zero, mid, lo)
                hi = np.where(zero, mid, hi)
            xl, xh = _unkey(lo), _unkey(hi)
            yl = np.abs(np.broadcast_to(s(xl), xl.shape))
            yh = np.abs(np.broadcast_to(s(xh), xh.shape))
            out += list(np.where(yh <= yl, xh, xl))
    return sorted({float(v) for v in out if math.isfinite(v)})


def locate(
    root: _Node, switches: Sequence[tuple[str, _Node, Any]], env: Mapping[str, float]
) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(kinks, jumps) of the tree ``root`` for the parameter values ``env``.

    ``switches`` are the compiler's ``(kind, node, extra)`` records: kind "kink"
    (a sign change of node is a kink), "where" (a candidate jump, kept as a kink
    where f turns out continuous) or "catalog" (node is a catalog call's
    argument; extra is the call, or its fixed (kinks, jumps)).  Each result holds
    at most MAX_BREAKS points, those nearest 0, in increasing order.
    """
    kinks: set[float] = set()
    cands: set[float] = set()
    searches: list[tuple[_Node, float, set[float]]] = []  # s(x) = node(x) - offset
    for kind, node, extra in switches:
        if kind in ("kink", "where"):
            searches.append((node, 0.0, kinks if kind == "kink" else cands))
            continue
        if isinstance(extra, _Catalog):
            if not _params_ok(extra, env):
                continue
            p = extra.params(env)
            ks, js = tuple(extra.act.kinks(**p)), tuple(extra.act.jumps(**p))
        else:
            ks, js = extra
        searches += [(node, float(k), kinks) for k in ks]
        searches += [(node, float(k), cands) for k in js]
    for node, offset, target in searches[:MAX_SWITCHES]:

        def s(x: FloatArray, node: _Node = node, offset: float = offset) -> FloatArray:
            return _run(node, x, env, 0, None)[0] - offset

        target.update(_roots(s, MAX_BREAKS))
    jumps = _jumps_among(root, sorted(cands), env)
    kinks |= cands - jumps
    return _nearest(kinks), _nearest(jumps)


def _jumps_among(root: _Node, cands: list[float], env: Mapping[str, float]) -> set[float]:
    """The candidates where f's left and right limits differ (beyond what f' explains)."""
    if not cands:
        return set()
    k = np.array(cands, dtype=np.float64)
    delta = 1e-9 * np.maximum(1.0, np.abs(k))
    with np.errstate(all="ignore"):
        xs = nm.saturate(np.concatenate([k - delta, k + delta]))
    d = _run(root, xs, env, 1, None)
    v = np.broadcast_to(np.asarray(d[0], dtype=np.float64), xs.shape).reshape(2, -1)
    g = np.broadcast_to(
        np.asarray(0.0 if d[1] is None else d[1], dtype=np.float64), xs.shape
    ).reshape(2, -1)
    with np.errstate(all="ignore"):
        tol = 1e-7 * (1.0 + np.abs(v).max(axis=0)) + 4.0 * delta * np.abs(g).max(axis=0)
        jump = np.abs(v[1] - v[0]) > tol
    jump &= np.isfinite(v).all(axis=0)
    return {c for c, j in zip(cands, jump) if j}


def _nearest(points: set[float]) -> tuple[float, ...]:
    """At most MAX_BREAKS points, those nearest 0 first, in increasing order."""
    return tuple(sorted(sorted(points, key=abs)[:MAX_BREAKS]))


def _params_ok(node: _Catalog, env: Mapping[str, float]) -> bool:
    try:
        node.params(env)
    except ValueError:
        return False
    return True
