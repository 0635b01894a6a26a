"""mpmath definitions of actgui/core/functions/bounded.py (penalized tanh, rescaled sigmoid,
normal CDF, erf, log-log (Gumbel), soft clipping, Hexpo, LiSHT, ReSech, soft exponential),
written from the papers' formulas, independently of actgui's kernels.

Run ``cd tools && python make_reference.py --set bounded --jobs 1``.
"""

from __future__ import annotations

from typing import Any

from make_reference import Fn, _erf, _erfc, _exp_capped, _sig, _squares, _t
from mpmath import mp, mpf


def f_penalized_tanh(x: mpf, a: mpf) -> mpf:
    # Xu, Huang & Li 2016: tanh x for x > 0, a tanh x otherwise
    return mp.tanh(x) if x > 0 else a * mp.tanh(x)


def f_soft_clipping(x: mpf, alpha: mpf) -> mpf:
    # Klimek & Perelstein: (1/alpha) ln((1 + e^{alpha x}) / (1 + e^{alpha (x - 1)}))
    return (mp.log1p(mp.exp(alpha * x)) - mp.log1p(mp.exp(alpha * (x - 1)))) / alpha


def f_hexpo(x: mpf, a: mpf, b: mpf, c: mpf, d: mpf) -> mpf:
    # Kong & Takatsuka 2017: -a (e^{-x/b} - 1) for x >= 0, c (e^{x/d} - 1) for x < 0
    if x >= 0:
        return -a * (mp.exp(-x / b) - 1)
    return c * (mp.exp(x / d) - 1)


def f_soft_exponential(x: mpf, alpha: mpf) -> mpf:
    # Godfrey & Gashler 2015, alpha >= 0 branches: x, or (e^{alpha x} - 1)/alpha + alpha
    if alpha == 0:
        return +x
    return (mp.exp(alpha * x) - 1) / alpha + alpha


def _points_kink0(**_: Any) -> tuple[tuple[float, ...], tuple[float, ...]]:
    return (0.0,), ()


FUNCS: tuple[Fn, ...] = (
    Fn(
        "penalized_tanh",
        f_penalized_tanh,
        {"a": 0.25},
        ({}, *_squares("a", 0.0, 1.0, (0.5, 0.1))),
        lambda a: ((0.0,) if a != 1.0 else (), ()),
    ),
    Fn("rescaled_sigmoid", lambda x: 4 * _sig(x) - 2),
    Fn(
        "normal_cdf",
        lambda x: _erfc(-x / mp.sqrt(2)) / 2,
        torch=_t("torch.special.ndtr"),
    ),
    Fn("erf", _erf, torch=_t("torch.special.erf")),
    # exp(-exp(-x)); exp(min(-x, 200)) inside: see make_reference.DEXP_CAP
    Fn("gumbel", lambda x: mp.exp(-_exp_capped(-x))),
    Fn(
        "soft_clipping",
        f_soft_clipping,
        {"alpha": 0.5},
        ({}, *_squares("alpha", 0.01, 100.0, (1.0, 5.0, 20.0))),
    ),
    Fn(
        "hexpo",
        f_hexpo,
        {"a": 1.0, "b": 1.0, "c": 1.0, "d": 1.0},
        (
            {},
            {"a": 0.0},
            {"a": 10.0},
            {"b": 0.05},
            {"b": 10.0},
            {"c": 0.0},
            {"c": 10.0},
            {"d": 0.05},
            {"d": 10.0},
            {"a": 2.0, "b": 0.5, "c": 0.3, "d": 3.0},
            {"a": 0.7, "b": 4.0, "c": 5.0, "d": 0.2},
        ),
        _points_kink0,
    ),
    Fn("lisht", lambda x: x * mp.tanh(x)),
    Fn("resech", lambda x: x * mp.sech(x)),
    Fn(
        "soft_exponential",
        f_soft_exponential,
        {"alpha": 0.5},
        ({}, *_squares("alpha", 0.0, 1.0, (1e-3, 0.05, 0.3, 0.9))),
    ),
)
