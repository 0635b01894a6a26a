"""Evaluation of the tree with second-order dual numbers: value, f' and f'' in one pass.

A value is ``(v, d1, d2)``; ``d1``/``d2`` are None when zero (x-independent) or
not requested.  :func:`_run` never warns; in diagnostic mode (:class:`_Diag`) it
also records, per node and order, where NaN first appears and why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .. import _numeric as nm
from ..messages import mark, message
from ..spec import FloatArray
from ._base import _MAX, _NAN
from ._elementary import _UNARY, _Triple
from ._tree import (
    _COMPARE,
    _Bin,
    _Catalog,
    _Const,
    _Neg,
    _Node,
    _Param,
    _Pick,
    _Unary,
    _Var,
    _Where,
)

# A value is (v, d1, d2); d1/d2 are None when zero (x-independent) or not requested.

_Dual = tuple[Any, Any, Any]


def _add(p: Any, q: Any) -> Any:
    if p is None:
        return q
    if q is None:
        return p
    return p + q


def _sub(p: Any, q: Any) -> Any:
    if q is None:
        return p
    if p is None:
        return -q
    return p - q


def _scale(c: Any, p: Any) -> Any:
    return None if p is None else c * p


def _chain(u: _Dual, g: _Triple, order: int) -> _Dual:
    if order == 0 or u[1] is None:
        return g[0], None, None
    d1 = g[1] * u[1]
    if order == 1:
        return g[0], d1, None
    d2 = (g[2] * u[1]) * u[1]  # (g'' u') u': no overflow of u'^2 where g'' = 0
    if u[2] is not None:
        d2 = d2 + g[1] * u[2]
    return g[0], d1, d2


def _select(mask: Any, p: Any, q: Any) -> Any:
    if p is None and q is None:
        return None
    return np.where(mask, 0.0 if p is None else p, 0.0 if q is None else q)


def _powk(u: Any, k: Any) -> Any:
    """u**k with 0 to a negative power undefined (NaN)."""
    p = np.power(u, k)
    if np.ndim(k) == 0 and k >= 0:
        return p
    return np.where((u == 0) & (k < 0), _NAN, p)


class _Diag:
    """Collects, per node and order, where NaN first appears (diagnostic mode)."""

    def __init__(self) -> None:
        self.records: list[tuple[_Node, int, str, Any]] = []

    def note(self, node: _Node, out: _Dual, ins: Sequence[_Dual], order: int) -> None:
        for k in range(order + 1):
            if out[k] is None:
                continue
            bad = np.isnan(out[k])
            if not np.any(bad):
                continue
            for d in ins:
                for j in range(k + 1):
                    if d[j] is not None:
                        bad = bad & ~np.isnan(d[j])
            if np.any(bad):
                for why, mask in _reasons(node, ins, k):
                    hit = bad & mask
                    if np.any(hit):
                        self.records.append((node, k, why, hit))
                        bad = bad & ~hit
                if np.any(bad):
                    self.records.append((node, k, message(_OVERFLOW), bad))


class _Evaluator:
    """Evaluates a compiled tree on numpy arrays (recursively: depth <= MAX_TREE_DEPTH)."""

    def __init__(self, x: Any, env: Mapping[str, Any], order: int, diag: _Diag | None) -> None:
        self.x = x
        self.env = env
        self.order = order
        self.diag = diag

    def ev(self, n: _Node) -> _Dual:
        order = self.order if n.xdep else 0
        if isinstance(n, _Const):
            return n.value, None, None
        if isinstance(n, _Var):
            return self.x, (1.0 if order >= 1 else None), None
        if isinstance(n, _Param):
            return np.float64(self.env[n.name]), None, None
        ins: list[_Dual] = [self.ev(c) for c in n.children()]
        out = self._apply(n, ins, order)
        if self.diag is not None:
            self.diag.note(n, out, ins, order)
        return out

    def _apply(self, n: _Node, ins: list[_Dual], order: int) -> _Dual:
        if isinstance(n, _Unary):
            return _chain(ins[0], _UNARY[n.fn][0](ins[0][0], order), order)
        if isinstance(n, _Neg):
            a = ins[0]
            return -a[0], _scale(-1.0, a[1]), _scale(-1.0, a[2])
        if isinstance(n, _Bin):
            return self._binary(n.op, ins[0], ins[1], order)
        if isinstance(n, _Pick):
            a, b = ins
            if n.is_max:
                mask = (a[0] >= b[0]) | np.isnan(a[0])
            else:
                mask = (a[0] <= b[0]) | np.isnan(a[0])
            return tuple(_select(mask, p, q) for p, q in zip(a, b))
        if isinstance(n, _Where):
            k = len(n.terms)
            vals = [d[0] for d in ins[:k]]
            cond: Any = True
            for i, op in enumerate(n.ops):
                cond = cond & _COMPARE[op][1](vals[i], vals[i + 1])
            a, b = ins[k], ins[k + 1]
            return tuple(_select(cond, p, q) for p, q in zip(a, b))
        if isinstance(n, _Catalog):
            return self._catalog(n, ins[0], order)
        raise AssertionError(type(n))  # pragma: no cover

    def _binary(self, op: str, a: _Dual, b: _Dual, order: int) -> _Dual:
        if op == "+":
            return a[0] + b[0], _add(a[1], b[1]), _add(a[2], b[2])
        if op == "-":
            return a[0] - b[0], _sub(a[1], b[1]), _sub(a[2], b[2])
        if op == "*":
            v = a[0] * b[0]
            if order == 0:
                return v, None, None
            d1 = _add(_scale(b[0], a[1]), _scale(a[0], b[1]))
            if order == 1:
                return v, d1, None
            cross = None if a[1] is None or b[1] is None else 2.0 * (a[1] * b[1])
            d2 = _add(_add(_scale(b[0], a[2]), cross), _scale(a[0], b[2]))
            return v, d1, d2
        if op == "/":
            bb = np.where(b[0] != 0, b[0], _NAN)  # division by zero: undefined
            v = a[0] / bb
            if order == 0:
                return v, None, None
            d1 = _sub(a[1], _scale(v, b[1]))
            d1 = None if d1 is None else d1 / bb
            if order == 1:
                return v, d1, None
            num = a[2]
            if b[1] is not None:
                num = _sub(num, 2.0 * (d1 * b[1]))
            num = _sub(num, _scale(v, b[2]))
            return v, d1, (None if num is None else num / bb)
        if op == "**":
            return self._power(a, b, order)
        raise AssertionError(op)  # pragma: no cover

    def _power(self, u: _Dual, w: _Dual, order: int) -> _Dual:
        # (a value may be an array with zero derivatives, e.g. where(x < 0, 2, 2))
        if w[1] is None:  # constant exponent c: c u**(c-1), c (c-1) u**(c-2)
            c = w[0]
            v = _powk(u[0], c)
            if order == 0 or u[1] is None:
                return v, None, None
            if np.ndim(c) == 0:
                cf = float(c)
                g1: Any = 0.0 if cf == 0 else cf * _powk(u[0], cf - 1.0)
                g2: Any = 0.0 if cf in (0.0, 1.0) else cf * (cf - 1.0) * _powk(u[0], cf - 2.0)
            else:
                g1 = np.where(c == 0, 0.0, c * _powk(u[0], c - 1.0))
                g2 = np.where((c == 0) | (c == 1), 0.0, c * (c - 1.0) * _powk(u[0], c - 2.0))
            return _chain(u, (v, g1, g2), order)
        if u[1] is None:  # constant base a: a**w = exp(w log a)
            a = u[0]
            v = np.where((a == 0) & (w[0] < 0), _NAN, np.power(a, w[0]))
            if order == 0:
                return v, None, None
            la = np.log(np.where(a > 0, a, _NAN))
            g1 = v * la
            return _chain(w, (v, g1, g1 * la), order)
        # both depend on x: u**w = exp(w log u), defined for u > 0
        uu = np.where(u[0] > 0, u[0], _NAN)
        v = np.where((u[0] == 0) & (w[0] < 0), _NAN, np.power(u[0], w[0]))
        if order == 0:
            return v, None, None
        lu = np.log(uu)
        r = u[1] / uu
        q = w[1] * lu + w[0] * r
        d1 = v * q
        if order == 1:
            return v, d1, None
        inner = 2.0 * (w[1] * r) - w[0] * (r * r)
        if w[2] is not None:
            inner = inner + w[2] * lu
        if u[2] is not None:
            inner = inner + w[0] * (u[2] / uu)
        return v, d1, d1 * q + v * inner

    def _catalog(self, n: _Catalog, u: _Dual, order: int) -> _Dual:
        try:
            p = n.params(self.env)
        except ValueError:
            nan = np.full(np.shape(u[0]), _NAN)
            return nan, (nan if order >= 1 else None), (nan if order >= 2 else None)
        uv = nm.saturate(np.asarray(u[0], dtype=np.float64))
        act = n.act
        g = np.asarray(act.f(uv, **p), dtype=np.float64)
        if order == 0 or u[1] is None:
            return g, None, None
        g1 = np.asarray(act.df(uv, **p), dtype=np.float64)
        g2 = np.asarray(act.d2f(uv, **p), dtype=np.float64) if order >= 2 else None
        return _chain(u, (g, g1, g2), order)


_OVERFLOW = mark("indeterminate overflow (inf - inf, 0 * inf or inf / inf in float64)")


def _reasons(node: _Node, ins: Sequence[_Dual], order: int) -> list[tuple[str, Any]]:
    """Why a node's value (order 0) or derivative may be NaN where its inputs are not:
    (reason, where) pairs; what none of them covers is an indeterminate overflow."""
    if isinstance(node, _Unary) and node.fn in ("log", "log1p", "sqrt"):
        u = ins[0][0]
        if node.fn == "log":
            return [(message("log of a number <= 0"), u <= 0)]
        if node.fn == "log1p":
            return [(message("log1p of a number <= -1"), u <= -1)]
        out = [(message("sqrt of a negative number"), u < 0)]
        if order >= 1:
            out.append((message("sqrt is not differentiable at 0"), u == 0))
        return out
    if isinstance(node, _Bin) and node.op == "/":
        return [(message("division by zero"), ins[1][0] == 0)]
    if isinstance(node, _Bin) and node.op == "**":
        u, w = ins[0][0], ins[1][0]
        out = [
            (message("0 to a negative power"), (u == 0) & (w < 0)),
            (message("a negative number to a non-integer power"), (u < 0) & (w != np.round(w))),
        ]
        if order >= 1:
            if ins[1][1] is not None or node.b.xdep:
                out.append(
                    (message("a power with a variable exponent needs a positive base"), u <= 0)
                )
            out.append((message("the power is not differentiable at 0"), u == 0))
        return out
    if isinstance(node, _Catalog) and node.refs:
        return [(message("invalid parameters for {function}", function=node.act.id), True)]
    return []


def _run(root: _Node, x: Any, env: Mapping[str, Any], order: int, diag: _Diag | None) -> _Dual:
    with np.errstate(all="ignore"):
        return _Evaluator(x, env, order, diag).ev(root)


def _finish(v: Any, shape: tuple[int, ...]) -> FloatArray:
    """A fresh float64 array of ``shape``: NaN kept (undefined), +-inf saturated."""
    out = np.zeros(shape, dtype=np.float64)
    if v is not None:
        out[...] = v
        np.clip(out, -_MAX, _MAX, out=out)
    return out
