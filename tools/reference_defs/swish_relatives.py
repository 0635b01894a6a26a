"""mpmath definitions of actgui/core/functions/swish_relatives.py, written from the
papers' formulas (independent of actgui's kernels).

Double exponentials (ErfAct's erf(alpha e^{beta x}), Gish's e^{-e^x}) use the
exponent capped at 200 (make_reference.DEXP_CAP): beyond it the capped and the
true values differ by less than 10**(-3e86).  None of these functions has a
kink and none has a PyTorch built-in.
"""

from __future__ import annotations

from make_reference import DEXP_CAP, Fn, _erf, _erfc, _sig, _softplus
from mpmath import mp, mpf


def f_eswish(x: mpf, beta: mpf) -> mpf:
    return beta * x * _sig(x)


def f_dsilu(x: mpf) -> mpf:
    s = _sig(x)
    return s * (1 + x * (1 - s))


def f_smish(x: mpf, alpha: mpf, beta: mpf) -> mpf:
    return alpha * x * mp.tanh(mp.log(1 + _sig(beta * x)))


def f_logish(x: mpf, alpha: mpf, beta: mpf) -> mpf:
    return alpha * x * mp.log(1 + _sig(beta * x))


def f_phish(x: mpf) -> mpf:
    gelu = x / 2 * _erfc(-x / mp.sqrt(2))
    return x * mp.tanh(gelu)


def f_erfact(x: mpf, alpha: mpf, beta: mpf) -> mpf:
    return x * _erf(alpha * mp.exp(min(beta * x, DEXP_CAP)))


def f_pserf(x: mpf, gamma: mpf, delta: mpf) -> mpf:
    return x * _erf(gamma * _softplus(delta * x))


def f_smu(x: mpf, alpha: mpf, mu: mpf) -> mpf:
    return ((1 + alpha) * x + (1 - alpha) * x * _erf(mu * (1 - alpha) * x)) / 2


def f_smu1(x: mpf, alpha: mpf, mu: mpf) -> mpf:
    return ((1 + alpha) * x + mp.sqrt(((1 - alpha) * x) ** 2 + mu**2)) / 2


def f_gish(x: mpf) -> mpf:
    return x * mp.log(2 - mp.exp(-mp.exp(min(x, DEXP_CAP))))


def f_aptx(x: mpf, alpha: mpf, beta: mpf, gamma: mpf) -> mpf:
    return (alpha + mp.tanh(beta * x)) * gamma * x


FUNCS: tuple[Fn, ...] = (
    Fn(
        "eswish",
        f_eswish,
        {"beta": 1.25},
        ({}, {"beta": 0.01}, {"beta": 10.0}, {"beta": 1.0}, {"beta": 1.75}),
    ),
    Fn("dsilu", f_dsilu),
    Fn(
        "smish",
        f_smish,
        {"alpha": 1.0, "beta": 1.0},
        (
            {},
            {"alpha": 0.01, "beta": 0.01},
            {"alpha": 10.0, "beta": 10.0},
            {"alpha": 2.5, "beta": 0.3},
            {"alpha": 0.7, "beta": 4.0},
        ),
    ),
    Fn(
        "logish",
        f_logish,
        {"alpha": 1.0, "beta": 1.0},
        (
            {},
            {"alpha": 0.01, "beta": 0.01},
            {"alpha": 10.0, "beta": 10.0},
            {"alpha": 1.0, "beta": 10.0},
            {"alpha": 0.7, "beta": 0.3},
        ),
    ),
    Fn("phish", f_phish),
    Fn(
        "erfact",
        f_erfact,
        {"alpha": 0.75, "beta": 0.75},
        (
            {},
            {"alpha": 0.05, "beta": 0.05},
            {"alpha": 5.0, "beta": 5.0},
            {"alpha": 0.05, "beta": 5.0},
            {"alpha": 5.0, "beta": 0.05},
            {"alpha": 1.3, "beta": 0.2},
        ),
    ),
    Fn(
        "pserf",
        f_pserf,
        {"gamma": 1.25, "delta": 0.85},
        (
            {},
            {"gamma": 1.0, "delta": 1.0},
            {"gamma": 0.1, "delta": 0.05},
            {"gamma": 5.0, "delta": 5.0},
            {"gamma": 0.1, "delta": 5.0},
            {"gamma": 5.0, "delta": 0.05},
            {"gamma": 0.6, "delta": 2.2},
        ),
    ),
    Fn(
        "smu",
        f_smu,
        {"alpha": 0.25, "mu": 1e6},
        (
            {},
            {"alpha": 0.0, "mu": 1.0},
            {"alpha": 1.0},
            {"alpha": 0.25, "mu": 0.1},
            {"alpha": 0.05, "mu": 1e6},
            {"alpha": 0.25, "mu": 1e7},
            {"alpha": 0.01, "mu": 2.5},
            {"alpha": 0.6, "mu": 0.3},
        ),
    ),
    Fn(
        "smu1",
        f_smu1,
        {"alpha": 0.25, "mu": 4.352665993287951e-9},
        (
            {},
            {"alpha": 0.0, "mu": 1.0},
            {"alpha": 1.0},
            {"alpha": 0.25, "mu": 1e-12},
            {"alpha": 0.25, "mu": 10.0},
            {"alpha": 0.01, "mu": 0.45},
            {"alpha": 0.6, "mu": 2.5},
        ),
    ),
    Fn("gish", f_gish),
    Fn(
        "aptx",
        f_aptx,
        {"alpha": 1.0, "beta": 1.0, "gamma": 0.5},
        (
            {},
            {"alpha": 0.0, "beta": 0.05, "gamma": 0.05},
            {"alpha": 2.0, "beta": 5.0, "gamma": 2.0},
            {"alpha": 1.0, "beta": 0.5, "gamma": 0.5},
            {"alpha": 0.3, "beta": 2.0, "gamma": 1.2},
        ),
    ),
)
