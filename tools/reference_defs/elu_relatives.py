"""mpmath definitions of actgui/core/functions/elu_relatives.py, written from the papers
(not from actgui's kernels): ``python make_reference.py --set elu_relatives --jobs 1``.

None of these functions is a PyTorch built-in, so there is no ``torch=``: at kinks the
expected f', f'' are mpmath's limits from the left, f the definition.
"""

from __future__ import annotations

from typing import Any

from make_reference import Fn, _softplus, _squares
from mpmath import mp, mpf

# SERLU's constants as printed in Zhang & Li (2018), parsed at the working precision
SERLU_LAMBDA = "1.07862"
SERLU_ALPHA = "2.90427"


def f_pelu(x: mpf, a: mpf, b: mpf) -> mpf:
    # Trottier et al.: (a/b) h for h >= 0, a (exp(h/b) - 1) for h < 0
    return a / b * x if x >= 0 else a * mp.expm1(x / b)


def f_mpelu(x: mpf, alpha: mpf, beta: mpf) -> mpf:
    # Li et al.: y for y > 0, alpha (exp(beta y) - 1) for y <= 0
    return x if x > 0 else alpha * mp.expm1(beta * x)


def f_pdelu(x: mpf, alpha: mpf, t: mpf) -> mpf:
    # Cheng et al. (and their Caffe layer): x for x > 0, else
    # alpha ([max(0, 1 + (1 - t) x)]^(1/(1 - t)) - 1); t = 1 is the exponential
    if x > 0:
        return x
    if t == 1:
        return alpha * mp.expm1(x)
    u = 1 + (1 - t) * x
    if u <= 0:
        return -alpha
    return alpha * (u ** (1 / (1 - t)) - 1)


def f_serlu(x: mpf) -> mpf:
    lam, alpha = mpf(SERLU_LAMBDA), mpf(SERLU_ALPHA)
    return lam * x if x >= 0 else lam * alpha * x * mp.exp(x)


def f_shifted_softplus(x: mpf) -> mpf:
    return _softplus(x) - mp.log(2)


def f_slu(x: mpf) -> mpf:
    # Zhao et al.: a x for x >= 0, b ln(e^x + 1) - c for x < 0 with a = 1 and
    # b = 2, c = 2 ln 2 (continuity and a continuous slope at 0)
    return x if x >= 0 else 2 * _softplus(x) - 2 * mp.log(2)


def f_smelu(x: mpf, beta: mpf) -> mpf:
    if x <= -beta:
        return mpf(0)
    if x < beta:
        return (x + beta) ** 2 / (4 * beta)
    return x


def f_repu(x: mpf, p: mpf) -> mpf:
    return x**p if x > 0 else mpf(0)


def _pdelu_points(alpha: float, t: float) -> tuple[tuple[float, ...], tuple[()]]:
    # u = 0 at x = -1/(1 - t) for t < 1 (the same float expression as the kernel's)
    return ((-1.0 / (1.0 - t), 0.0) if t < 1 else (0.0,)), ()


def _at0(**_: Any) -> tuple[tuple[float, ...], tuple[()]]:
    return (0.0,), ()


FUNCS: tuple[Fn, ...] = (
    Fn(
        "pelu",
        f_pelu,
        {"a": 1.0, "b": 1.0},
        (
            {},
            *_squares("a", 0.1, 10.0, (0.3,)),
            *_squares("b", 0.1, 10.0, (2.5,)),
            {"a": 4.0, "b": 0.7},
            {"a": 0.1, "b": 10.0},
            {"a": 10.0, "b": 0.1},
        ),
        _at0,
    ),
    Fn(
        "mpelu",
        f_mpelu,
        {"alpha": 1.0, "beta": 1.0},
        (
            {},
            *_squares("alpha", 0.0, 10.0, (0.25,)),
            *_squares("beta", 0.01, 10.0, (2.5,)),
            {"alpha": 0.5, "beta": 2.0},
            {"alpha": 10.0, "beta": 10.0},
        ),
        _at0,
    ),
    Fn(
        "pdelu",
        f_pdelu,
        {"alpha": 1.0, "t": 1.5},
        (
            {},
            *_squares("alpha", 0.0, 10.0, (0.6,)),
            *_squares("t", 0.5, 30.0, (1.0, 0.9, 0.75, 1.2, 3.0)),
            {"alpha": 0.6, "t": 30.0},
            {"alpha": 2.5, "t": 0.6},
        ),
        _pdelu_points,
    ),
    Fn("serlu", f_serlu, points=_at0),
    Fn("shifted_softplus", f_shifted_softplus),
    Fn("slu", f_slu, points=_at0),
    Fn(
        "smelu",
        f_smelu,
        {"beta": 1.0},
        ({}, *_squares("beta", 0.01, 10.0, (0.3, 2.5))),
        lambda beta: ((-beta, beta), ()),
    ),
    Fn(
        "flexible_relu",
        lambda x, b: (x if x > 0 else mpf(0)) + b,
        {"b": 0.0},
        ({}, *_squares("b", -5.0, 5.0, (-0.7,))),
        _at0,
    ),
    Fn(
        "nlrelu",
        lambda x, beta: mp.log1p(beta * x) if x > 0 else mpf(0),
        {"beta": 1.0},
        ({}, *_squares("beta", 0.01, 10.0, (0.3, 2.5))),
        _at0,
    ),
    Fn(
        "repu",
        f_repu,
        {"p": 2.0},
        ({}, *_squares("p", 2.0, 8.0, (3.0, 2.5, 5.0))),
        _at0,
    ),
)
