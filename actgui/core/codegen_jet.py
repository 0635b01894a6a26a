"""Exact f' and f'' for the scripts that "copy as matplotlib" writes (numpy only).

This module is copied, from the line after this docstring's block below, into a
script that draws derivatives, so that the script needs nothing but numpy and
matplotlib: a function written as a numpy formula, ``np.where(x > 0, x, a * x)``,
called on ``Jet(x, 1.0)`` gives f, f' and f'' at once, by the chain rule (forward
mode automatic differentiation with second-order dual numbers, the rules of
:mod:`actgui.core.expressions`).  :func:`actgui.core.codegen.matplotlib_script`
embeds it; tests run it as it is.
"""

# --- copied into scripts from here ---
import math

import numpy as np


class Jet:
    """A value with its first and second derivative in x (None: zero).

    numpy's functions accept it: np.exp(j), np.where(c, j, 0), j * 2, ...
    """

    __array_priority__ = 1000

    def __init__(self, v, d1=None, d2=None):
        self.v = np.asarray(v, dtype=float)
        self.d1 = d1
        self.d2 = d2

    def __array_ufunc__(self, ufunc, method, *args, **kwargs):
        if method != "__call__" or kwargs:
            return NotImplemented
        if ufunc in _COMPARISONS:
            return ufunc(*(value(a) for a in args))
        rule = _RULES.get(ufunc)
        if rule is None:
            return NotImplemented
        return rule(*(a if isinstance(a, Jet) else Jet(a) for a in args))

    def __array_function__(self, func, types, args, kwargs):
        if func is np.where and len(args) == 3 and not kwargs:
            cond, a, b = args
            a, b = lift(a), lift(b)
            return Jet(np.where(cond, a.v, b.v), _pick(cond, a.d1, b.d1), _pick(cond, a.d2, b.d2))
        return NotImplemented

    def _op(self, other, ufunc, swap=False):
        return ufunc(other, self) if swap else ufunc(self, other)

    def __add__(self, o):
        return self._op(o, np.add)

    def __radd__(self, o):
        return self._op(o, np.add, True)

    def __sub__(self, o):
        return self._op(o, np.subtract)

    def __rsub__(self, o):
        return self._op(o, np.subtract, True)

    def __mul__(self, o):
        return self._op(o, np.multiply)

    def __rmul__(self, o):
        return self._op(o, np.multiply, True)

    def __truediv__(self, o):
        return self._op(o, np.true_divide)

    def __rtruediv__(self, o):
        return self._op(o, np.true_divide, True)

    def __pow__(self, o):
        return self._op(o, np.power)

    def __rpow__(self, o):
        return self._op(o, np.power, True)

    def __neg__(self):
        return np.negative(self)

    def __pos__(self):
        return self

    def __abs__(self):
        return np.abs(self)

    def __lt__(self, o):
        return np.less(self, o)

    def __le__(self, o):
        return np.less_equal(self, o)

    def __gt__(self, o):
        return np.greater(self, o)

    def __ge__(self, o):
        return np.greater_equal(self, o)

    def __eq__(self, o):
        return np.equal(self, o)

    def __ne__(self, o):
        return np.not_equal(self, o)

    __hash__ = None  # type: ignore[assignment]  # unhashable like an array; object has one


def lift(a):
    return a if isinstance(a, Jet) else Jet(a)


def value(a):
    return a.v if isinstance(a, Jet) else a


def _plus(p, q):
    return q if p is None else p if q is None else p + q


def _times(c, p):
    return None if p is None else c * p


def _pick(mask, p, q):
    if p is None and q is None:
        return None
    return np.where(mask, 0.0 if p is None else p, 0.0 if q is None else q)


def _chain(u, g, g1, g2):
    """g(u) with g' and g'' at u: (g, g' u', g'' u'^2 + g' u'')."""
    if u.d1 is None:
        return Jet(g)
    d2 = (g2 * u.d1) * u.d1
    if u.d2 is not None:
        d2 = d2 + g1 * u.d2
    return Jet(g, g1 * u.d1, d2)


def _add(a, b):
    return Jet(a.v + b.v, _plus(a.d1, b.d1), _plus(a.d2, b.d2))


def _sub(a, b):
    return Jet(a.v - b.v, _plus(a.d1, _times(-1.0, b.d1)), _plus(a.d2, _times(-1.0, b.d2)))


def _mul(a, b):
    cross = None if a.d1 is None or b.d1 is None else 2.0 * (a.d1 * b.d1)
    d2 = _plus(_plus(_times(b.v, a.d2), cross), _times(a.v, b.d2))
    return Jet(a.v * b.v, _plus(_times(b.v, a.d1), _times(a.v, b.d1)), d2)


def _div(a, b):
    bb = np.where(b.v != 0, b.v, np.nan)
    v = a.v / bb
    d1 = _plus(a.d1, _times(-v, b.d1))
    d1 = None if d1 is None else d1 / bb
    num = a.d2
    if b.d1 is not None:
        num = _plus(num, -2.0 * (d1 * b.d1))
    num = _plus(num, _times(-v, b.d2))
    return Jet(v, d1, None if num is None else num / bb)


def _pow(u, w):
    if w.d1 is None:  # a constant exponent c: c u^(c-1), c (c-1) u^(c-2)
        c = w.v
        v = np.power(u.v, c)
        g1 = np.where(c == 0, 0.0, c * np.power(u.v, c - 1.0))
        g2 = np.where((c == 0) | (c == 1), 0.0, c * (c - 1.0) * np.power(u.v, c - 2.0))
        return _chain(u, v, g1, g2)
    if u.d1 is None:  # a constant base a: a^w = exp(w log a)
        v = np.power(u.v, w.v)
        la = np.log(np.where(u.v > 0, u.v, np.nan))
        return _chain(w, v, v * la, v * la * la)
    return np.exp(w * np.log(u))


def _neg(a):
    return Jet(-a.v, _times(-1.0, a.d1), _times(-1.0, a.d2))


def _unary(g, g1, g2):
    """A rule for g(u) from g, g' and g'' as functions of u's value."""
    return lambda u: _chain(u, g(u.v), g1(u.v), g2(u.v))


def _pick_max(a, b):
    mask = (a.v >= b.v) | np.isnan(a.v)
    return Jet(np.where(mask, a.v, b.v), _pick(mask, a.d1, b.d1), _pick(mask, a.d2, b.d2))


def _pick_min(a, b):
    mask = (a.v <= b.v) | np.isnan(a.v)
    return Jet(np.where(mask, a.v, b.v), _pick(mask, a.d1, b.d1), _pick(mask, a.d2, b.d2))


def _sech2(u):
    return 1.0 / np.cosh(u) ** 2


def _sec2(u):
    return 1.0 + np.tan(u) ** 2


def _atan1(u):
    return 1.0 / (1.0 + u * u)


_COMPARISONS = (np.less, np.less_equal, np.greater, np.greater_equal, np.equal, np.not_equal)
_RULES = {
    np.add: _add,
    np.subtract: _sub,
    np.multiply: _mul,
    np.true_divide: _div,
    np.power: _pow,
    np.negative: _neg,
    np.maximum: _pick_max,
    np.minimum: _pick_min,
    np.exp: _unary(np.exp, np.exp, np.exp),
    np.expm1: _unary(np.expm1, np.exp, np.exp),
    np.log: _unary(np.log, lambda u: 1.0 / u, lambda u: -1.0 / (u * u)),
    np.log1p: _unary(np.log1p, lambda u: 1.0 / (1.0 + u), lambda u: -1.0 / (1.0 + u) ** 2),
    np.sqrt: _unary(np.sqrt, lambda u: 0.5 / np.sqrt(u), lambda u: -0.25 / (u * np.sqrt(u))),
    np.absolute: _unary(np.abs, np.sign, np.zeros_like),
    np.sin: _unary(np.sin, np.cos, lambda u: -np.sin(u)),
    np.cos: _unary(np.cos, lambda u: -np.sin(u), lambda u: -np.cos(u)),
    np.tan: _unary(np.tan, _sec2, lambda u: 2.0 * np.tan(u) * _sec2(u)),
    np.tanh: _unary(np.tanh, _sech2, lambda u: -2.0 * np.tanh(u) * _sech2(u)),
    np.sinh: _unary(np.sinh, np.cosh, np.sinh),
    np.cosh: _unary(np.cosh, np.sinh, np.cosh),
    np.arctan: _unary(np.arctan, _atan1, lambda u: -2.0 * u * _atan1(u) ** 2),
}


def _elementary(g, g1, g2):
    """A function of arrays and Jets from g, g' and g''."""

    def f(u):
        if isinstance(u, Jet):
            return _chain(u, g(u.v), g1(u.v), g2(u.v))
        return g(np.asarray(u, dtype=float))

    return f


def _sigmoid(u):
    e = np.exp(-np.abs(u))
    return np.where(u >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _sigmoid1(u):
    e = np.exp(-np.abs(u))
    return e / (1.0 + e) ** 2


_erf = np.vectorize(math.erf, otypes=[float])


def _erf1(u):
    return 2.0 / math.sqrt(math.pi) * np.exp(-u * u)


sigmoid = _elementary(_sigmoid, _sigmoid1, lambda u: -np.tanh(0.5 * u) * _sigmoid1(u))
softplus = _elementary(lambda u: np.logaddexp(0.0, u), _sigmoid, _sigmoid1)
erf = _elementary(_erf, _erf1, lambda u: -2.0 * u * _erf1(u))


def derivatives(f, x):
    """f, f' and f'' of the function ``f`` at the points ``x`` (three arrays)."""
    j = lift(f(Jet(x, 1.0)))
    shape = np.shape(x)
    return tuple(np.broadcast_to(0.0 if d is None else d, shape) for d in (j.v, j.d1, j.d2))
