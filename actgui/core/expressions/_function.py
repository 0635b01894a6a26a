"""The public object: :class:`CustomFunction` and :func:`compile_expression`.

A CustomFunction holds the compiled tree, its switching quantities and the
declared parameters; its :attr:`~CustomFunction.activation` works like a catalog
function (kernels, kinks, jumps, convention).  Results are cached per x and
parameters, under a lock, so one function can be evaluated from several threads.
"""

from __future__ import annotations

import hashlib
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from ..messages import message
from ..spec import Activation, Family, FloatArray, NumberParam
from ._base import CONVENTION, MAX_NAME_LENGTH, MAX_PARAMS, ExpressionError
from ._breaks import _GRID, locate
from ._compile import _Compiler
from ._dual import _Diag, _finish, _run
from ._parse import _check_text, _parse
from ._tree import _Node
from .params import _coerce_params, _decl_text, _make_param, parse_definition

#: Kernel calls on at most this many points skip the cache and compute one order only.
_SMALL = 64
_ORDER_NAMES = ("f", "f'", "f''")


def _slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    return s[:40]


@dataclass(frozen=True, eq=False)
class CustomFunction:
    """A compiled custom activation: use :attr:`activation` like a catalog function.

    Kernels (``activation.f``, ``.df``, ``.d2f``) take ``(x, **params)`` with the
    declared parameters (missing ones take their defaults), return fresh float64
    arrays of x's shape, never warn, and are NaN exactly where the expression is
    undefined (see :meth:`undefined`).
    """

    name: str
    #: The normalised source: outer whitespace stripped, runs of whitespace as one space.
    text: str
    params: tuple[NumberParam, ...]
    activation: Activation = field(repr=False)
    _root: _Node = field(repr=False)
    _switches: tuple[tuple[str, _Node, Any], ...] = field(repr=False)
    _cache: dict[str | tuple[object, ...], Any] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    # -- evaluation -----------------------------------------------------------------------

    def defaults(self) -> dict[str, float]:
        return {p.name: p.default for p in self.params}

    def _env(self, params: Mapping[str, Any] | None) -> dict[str, float]:
        env = self.defaults()
        for k, v in (params or {}).items():
            if k not in env:
                allowed = ", ".join(env) or message("none")
                raise ValueError(
                    message(
                        "{function}: unknown parameter {name}; its parameters are: {names}",
                        function=self.activation.id,
                        name=repr(k),
                        names=allowed,
                    )
                )
            env[k] = float(v)
        return env

    def evaluate_all(
        self, x: ArrayLike, params: Mapping[str, Any] | None = None
    ) -> tuple[FloatArray, FloatArray, FloatArray]:
        """f, f' and f'' at x in one pass (cached for the last x and params)."""
        xs = np.asarray(x, dtype=np.float64)
        env = self._env(params)
        key = tuple(sorted(env.items()))
        with self._lock:
            last = self._cache.get("eval")
        if (
            last is not None
            and last[0] == key
            and last[1].shape == xs.shape
            and np.array_equal(last[1], xs)
        ):
            return tuple(a.copy() for a in last[2])
        d = _run(self._root, xs, env, 2, None)
        out = tuple(_finish(v, xs.shape) for v in d)
        with self._lock:
            self._cache["eval"] = (key, xs.copy(), out)
        return tuple(a.copy() for a in out)

    def _kernel(self, x: ArrayLike, params: Mapping[str, Any], order: int) -> FloatArray:
        xs = np.asarray(x, dtype=np.float64)
        if xs.size > _SMALL:
            return self.evaluate_all(xs, params)[order]
        # a few points (bisection, probes): only the order asked for, no cache
        return _finish(_run(self._root, xs, self._env(params), order, None)[order], xs.shape)

    def evaluate(
        self, x: ArrayLike, params: Mapping[str, Any] | None = None, order: int = 0
    ) -> FloatArray:
        """f (order 0), f' (1) or f'' (2) at x."""
        if order not in (0, 1, 2):
            raise ValueError(
                message("derivative order must be 0, 1 or 2, got {order}", order=repr(order))
            )
        return self.evaluate_all(x, params)[order]

    def undefined(self, x: ArrayLike, params: Mapping[str, Any] | None = None) -> list[str]:
        """Where f, f', f'' are NaN on x and why: one line each, empty when defined everywhere.

        For example ``["f undefined at 1000 of 2001 points in [-6, -0.006]: log of a
        number <= 0 (column 7)"]``.
        """
        xs = np.asarray(x, dtype=np.float64).ravel()
        env = self._env(params)
        diag = _Diag()
        d = _run(self._root, xs, env, 2, diag)
        lines = []
        for k in range(3):
            res = _finish(d[k], xs.shape)
            bad = np.isnan(res) & ~np.isnan(xs)
            if not np.any(bad):
                continue
            why = message("undefined")
            for node, order, reason, mask in diag.records:
                if order == k and np.any(np.broadcast_to(mask, bad.shape) & bad):
                    why = message("{reason} (column {column})", reason=reason, column=node.pos + 1)
                    break
            xb = xs[bad]
            lines.append(
                message(
                    "{order} undefined at {count} of {total} points in [{low}, {high}]: {reason}",
                    order=_ORDER_NAMES[k],
                    count=int(bad.sum()),
                    total=xs.size,
                    low=f"{float(xb.min()):.6g}",
                    high=f"{float(xb.max()):.6g}",
                    reason=why,
                )
            )
        return lines

    def defined_everywhere(self, params: Mapping[str, Any] | None = None) -> bool:
        """True when f, f', f'' are numbers (not NaN) on a grid over the whole float64 line.

        Properties and other whole-line analyses assume this; a function with undefined
        regions (log(x), 1/x) should be plotted but not analysed.
        """
        env = self._env(params)
        key = ("defined", *sorted(env.items()))
        with self._lock:
            hit = self._cache.get(key)
        if hit is None:
            kinks, jumps = self.breaks(params)
            xs = np.unique(np.concatenate([_GRID, np.array([*kinks, *jumps], dtype=float)]))
            d = _run(self._root, xs, env, 2, None)
            hit = not any(np.any(np.isnan(_finish(v, xs.shape))) for v in d)
            with self._lock:
                self._cache[key] = hit
        return bool(hit)

    def undefined_mask(self, x: ArrayLike, params: Mapping[str, Any] | None = None) -> Any:
        """Boolean array of shape (3, *x.shape): True where f, f', f'' are undefined (NaN)."""
        return np.stack([np.isnan(a) for a in self.evaluate_all(x, params)])

    # -- kinks ------------------------------------------------------------------------------

    def breaks(
        self, params: Mapping[str, Any] | None = None
    ) -> tuple[tuple[float, ...], tuple[float, ...]]:
        """(kinks, jumps): where f' or f'' may be discontinuous, and where f jumps."""
        env = self._env(params)
        key = ("breaks", *sorted(env.items()))
        with self._lock:
            hit = self._cache.get(key)
        if hit is not None:
            return hit
        result = locate(self._root, self._switches, env)
        with self._lock:
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[key] = result
        return result

    # -- persistence ------------------------------------------------------------------------

    def definition(self) -> str:
        """The one-line form ``"a*x*sigmoid(b*x); a = 1.0 in [0, 5]"`` (compile_definition)."""
        return "; ".join([self.text, *(_decl_text(p) for p in self.params)])

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-safe data for sessions (infinite bounds as null)."""
        return {
            "version": 1,
            "name": self.name,
            "text": self.text,
            "params": [
                {
                    "name": p.name,
                    "default": p.default,
                    "min": p.min if math.isfinite(p.min) else None,
                    "max": p.max if math.isfinite(p.max) else None,
                    "min_open": p.min_open,
                    "max_open": p.max_open,
                    "step": p.step,
                }
                for p in self.params
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CustomFunction:
        """Inverse of :meth:`to_dict`; the text is compiled (and checked) again."""
        if not isinstance(data, Mapping):
            raise ExpressionError(message("a custom function must be a mapping"))
        if data.get("version", 1) != 1:
            raise ExpressionError(
                message(
                    "unknown custom function version {version}", version=repr(data.get("version"))
                )
            )
        text, name, raw = data.get("text"), data.get("name", ""), data.get("params", [])
        if not isinstance(text, str) or not isinstance(name, str) or not isinstance(raw, list):
            raise ExpressionError(
                message("a custom function needs text, name and a list of params")
            )
        if len(raw) > MAX_PARAMS:
            raise ExpressionError(
                message("too many parameters (at most {limit})", limit=MAX_PARAMS)
            )
        params = []
        for item in raw:
            if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
                raise ExpressionError(message("each parameter needs a name"))
            lo, hi = item.get("min"), item.get("max")
            step = item.get("step")
            try:
                params.append(
                    _make_param(
                        item["name"],
                        item.get("default"),  # type: ignore[arg-type]  # None too: rejected with its message
                        -math.inf if lo is None else lo,
                        math.inf if hi is None else hi,
                        bool(item.get("min_open", False)),
                        bool(item.get("max_open", False)),
                        None if step is None else float(step),
                    )
                )
            except (TypeError, ValueError) as exc:
                if isinstance(exc, ExpressionError):
                    raise
                raise ExpressionError(
                    message("parameter {name}: {reason}", name=repr(item["name"]), reason=exc)
                ) from None
        return compile_expression(text, params, name)


def _normalise(text: str) -> str:
    return " ".join(text.split())


def compile_expression(
    text: str,
    params: Mapping[str, Any] | Sequence[NumberParam] | None = None,
    name: str = "",
) -> CustomFunction:
    """Check and compile an expression in x into a :class:`CustomFunction`.

    ``params`` maps each parameter name to its default, to ``(default, low, high)``
    or to a :class:`NumberParam` (a sequence of NumberParams works too).  Raises
    :class:`ExpressionError` (a ValueError) with ``.position`` for anything refused.
    """
    _check_text(text)
    if not isinstance(name, str):
        raise ExpressionError(message("the name must be text"))
    name = " ".join(name.split())
    if len(name) > MAX_NAME_LENGTH or any(unicodedata.category(c)[0] == "C" for c in name):
        raise ExpressionError(
            message("the name must be at most {limit} printable characters", limit=MAX_NAME_LENGTH)
        )
    decls = _coerce_params(params)
    tree = _parse(text)
    comp = _Compiler(text, decls)
    try:
        root = comp.expr(tree)
    except RecursionError:  # pragma: no cover - depth is checked before
        raise ExpressionError(message("the expression is too complex"), 0) from None
    norm = _normalise(text)
    plist = tuple(decls.values())
    digest = hashlib.sha256(
        (norm + "\0" + ";".join(_decl_text(p) for p in plist)).encode()
    ).hexdigest()[:10]
    fid = "custom:" + (_slug(name) or digest)
    holder: dict[str, CustomFunction] = {}

    def kernel(order: int) -> Callable[..., FloatArray]:
        def k(x: FloatArray, /, **p: Any) -> FloatArray:
            return holder["fn"]._kernel(x, p, order)

        k.__name__ = f"custom_{'d' * order}f" if order else "custom_f"
        return k

    act = Activation(
        id=fid,
        name=name or (norm if len(norm) <= 60 else norm[:57] + "..."),
        family=Family.OTHER,
        f=kernel(0),
        df=kernel(1),
        d2f=kernel(2),
        params=plist,
        kinks=lambda **p: holder["fn"].breaks(p)[0],
        jumps=lambda **p: holder["fn"].breaks(p)[1],
        convention=CONVENTION,
    )
    fn = CustomFunction(name, norm, plist, act, root, tuple(comp.switches))
    holder["fn"] = fn
    return fn


def compile_definition(text: str, name: str = "") -> CustomFunction:
    """Compile the one-line form ``"a*x*sigmoid(b*x); a=1; b=1.702 in [0, 5]"``."""
    expr, params = parse_definition(text)
    return compile_expression(expr, params, name)
