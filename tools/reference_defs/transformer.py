"""mpmath definitions of actgui/core/functions/transformer.py, written from the papers.

Run ``cd tools && python make_reference.py --set transformer --jobs 1``; it writes
``tests/core/reference_data/reference_transformer.npz``.  None of these functions is
a PyTorch built-in (torch.nn.GLU splits its input in halves, so it is not an
elementwise function of x), so every expected value comes from mpmath.

The gated units are written as functions of one x on the line b = k a:
f(x) = x g(k x).
"""

from __future__ import annotations

from typing import Any

from make_reference import Fn, _erfc, _exp_capped, _sig, _squares, f_gelu
from mpmath import mp, mpf

_ZERO = ((0.0,), ())
_K_SETS = ({}, *_squares("k", -4.0, 4.0, (0.0, 0.5, -1.3)))


def f_star_relu(x: mpf, s: mpf, b: mpf) -> mpf:
    return s * max(x, mpf(0)) ** 2 + b


def f_xielu(x: mpf, alpha_p: mpf, alpha_n: mpf, beta: mpf) -> mpf:
    # Huang & Schlag: integral of 2 alpha_p x + beta (x > 0) and of
    # alpha_n (e^x - 1) + beta (x <= 0), both through the origin
    if x > 0:
        return alpha_p * x * x + beta * x
    return alpha_n * (mp.expm1(x) - x) + beta * x


def f_laplace(x: mpf, mu: mpf, sigma: mpf) -> mpf:
    # 0.5 (1 + erf((x - mu)/(sigma sqrt 2))) = erfc((mu - x)/(sigma sqrt 2))/2
    return _erfc((mu - x) / (sigma * mp.sqrt(2))) / 2


def f_swiglu(x: mpf, k: mpf, beta: mpf) -> mpf:
    u = k * x
    return x * u * _sig(beta * u)


def _reglu_points(k: float) -> tuple[tuple[float, ...], tuple[float, ...]]:
    return ((0.0,), ()) if k != 0 else ((), ())


def _xielu_points(**_: Any) -> tuple[tuple[float, ...], tuple[float, ...]]:
    # f'' jumps at 0 (alpha_n | 2 alpha_p); for alpha_n = 2 alpha_p f''' does
    return _ZERO


FUNCS: tuple[Fn, ...] = (
    Fn("quick_gelu", lambda x: x * _sig(mpf("1.702") * x)),
    Fn("squared_relu", lambda x: max(x, mpf(0)) ** 2, points=lambda: _ZERO),
    Fn(
        "star_relu",
        f_star_relu,
        {"s": 0.8944271909999159, "b": -0.4472135954999579},
        (
            {},
            {"s": 0.0},
            {"s": 4.0},
            {"b": -4.0},
            {"b": 4.0},
            {"s": 1.0, "b": 0.0},
            {"s": 0.5, "b": 1.5},
            {"s": 2.5, "b": -0.3},
        ),
        lambda s, b: _ZERO if s != 0 else ((), ()),
    ),
    Fn(
        "xielu",
        f_xielu,
        {"alpha_p": 0.8, "alpha_n": 0.8, "beta": 0.5},
        (
            {},
            *_squares("alpha_p", 0.0, 4.0, ()),
            *_squares("alpha_n", 0.0, 4.0, ()),
            *_squares("beta", 0.0, 2.0, ()),
            {"alpha_p": 0.4, "alpha_n": 0.8},  # alpha_n = 2 alpha_p: C^2 at 0
            {"alpha_p": 1.2, "alpha_n": 0.3, "beta": 1.0},
            {"alpha_p": 0.3, "alpha_n": 0.50001, "beta": 0.5},  # alpha_n ~ beta
        ),
        _xielu_points,
    ),
    Fn("golu", lambda x: x * mp.exp(-_exp_capped(-x))),
    Fn(
        "laplace",
        f_laplace,
        {"mu": 0.707107, "sigma": 0.282095},
        (
            {},
            *_squares("mu", -5.0, 5.0, ()),
            *_squares("sigma", 0.01, 10.0, ()),
            {"mu": 0.0, "sigma": 1.0},
            {"mu": 1.5, "sigma": 0.5},
            {"mu": -0.3, "sigma": 2.7},
        ),
    ),
    Fn("glu", lambda x, k: x * _sig(k * x), {"k": 1.0}, _K_SETS),
    Fn("bilinear", lambda x, k: k * x * x, {"k": 1.0}, _K_SETS),
    Fn("reglu", lambda x, k: x * max(k * x, mpf(0)), {"k": 1.0}, _K_SETS, _reglu_points),
    Fn(
        "geglu",
        lambda x, k, approximate: x * f_gelu(k * x, approximate),
        {"k": 1.0, "approximate": "none"},
        (
            *_K_SETS,
            {"approximate": "tanh"},
            {"approximate": "tanh", "k": -4.0},
            {"approximate": "tanh", "k": 4.0},
            {"approximate": "tanh", "k": 0.0},
            {"approximate": "tanh", "k": -0.7},
        ),
    ),
    Fn(
        "swiglu",
        f_swiglu,
        {"k": 1.0, "beta": 1.0},
        (
            *_K_SETS,
            {"beta": 0.0},
            {"beta": 10.0},
            {"beta": 0.5, "k": -1.3},
            {"beta": 2.5, "k": 0.7},
            {"beta": 10.0, "k": -4.0},
        ),
    ),
)
