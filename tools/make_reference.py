"""Write the golden reference data for actgui's activation functions.

Usage::

    python tools/make_reference.py [--set NAME] [--jobs N] [--out PATH] [--only ID,ID,...]

Writes ``tests/core/reference_data/reference.npz`` (``np.savez_compressed``),
which ``tests/core/test_reference.py`` checks the catalog kernels against.
With ``--set NAME`` it takes the functions of ``tools/reference_defs/NAME.py``
(its ``FUNCS``, written with this file's ``Fn`` and helpers) instead and writes
``reference_NAME.npz`` beside it: one file per module of ``core/functions``
added after the first 50, so that each can be regenerated on its own.

The reference is independent of actgui: this script never imports it.  Every
function of ``docs/catalog-brief.md`` is written again below, in mpmath, from
the brief's formulas, together with its kinks and jumps (worked out by hand
from the same formulas) and, where the brief names a PyTorch class, that class.

For each function and several parameter sets (the defaults, the ends of each
range, one or two interior values; every choice of a choice parameter) the
script evaluates, on a grid of x (kinks and jumps, kink +-1e-9 and +-1e-3, 0,
+-1e-300, +-5e-324, +-1e-8, a spread over [-8, 8], +-20, +-40, +-100, +-700,
+-710, +-1e3, +-1e10, +-1e300):

* **mpmath** f, f', f'' from an mpmath definition written here from the
  brief (``mpmath.diff``: central differences with step 2^-(prec+10)) at a
  working precision of at least 200 bits (60 digits), raised by the bits of
  |x| (x + h exact, sin(1e300) reduced correctly) and by the bits of
  1/(distance to the nearest kink) (the stencil stays on the branch x lies
  on).  Each value is recomputed 64 bits higher and accepted only when both
  agree to 2^-60 and it stands 2^60 above the rounding noise max(|f|,|x|,1)
  2^-prec, or that noise is below 2^-1100 (exact zeros); otherwise the
  precision is raised by 256 bits and the check repeated.  Exactly on a kink
  or jump, f is the brief's definition there and f', f'' are the limits from
  the left: mpmath at kink - 2^-1200, whose distance from the limit,
  2^-1200 |f^(n+1)|, is below half the smallest subnormal (for any
  |f^(n+1)| < 2^100, true of every function here), so the float64
  value is the limit's (an exact 0 stays 0).  The limits from the right, at
  kink + 2^-1200, are computed too, to name torch's choice.
* **PyTorch** float64 autograd for the functions PyTorch has (and torch.abs
  for absolute, whose f'(0) = 0 the brief takes from it): f by the module, f'
  by ``torch.autograd.grad(create_graph=True)``, f'' by a second grad.
  Exactly on kinks and jumps the torch values are the expected values (the
  brief's convention); where torch is within 1e-6 of, but not equal to, an
  exact one-sided value (float32 constants inside torch), that exact value.
  Elsewhere torch is a second, independent check.

Values whose true magnitude exceeds float64 (exponential(1000)) are stored as
+-1.7976931348623157e308, actgui's saturation convention.

Layout of the npz (N rows, one per (case, x)):

* ``x`` (N,) float64; ``case`` (N,) int16 index into ``meta["cases"]``;
  ``kink`` (N,) bool, x is exactly one of the case's kinks or jumps.
* ``expected`` (N, 3) float64: the value the test asserts for f, f', f''.
* ``source`` (N, 3) uint8: where ``expected`` came from (``meta["sources"]``).
* ``mp`` (N, 3) float64: mpmath (on kinks: definition / left limits).
* ``torch`` (N, 3) float64 and ``torch_flag`` (N, 3) uint8
  (``meta["torch_flags"]``); NaN where there is no usable torch value.
* ``meta``: a JSON string: versions, the code tables, and per case the id,
  the full parameter dict, the torch expression, kinks, jumps, and its rows.

Takes 1 to 2.5 minutes on 2 cores (``--jobs`` processes for the mpmath part;
torch runs in the main process).  Requires numpy, mpmath and torch 2.x (CPU).
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import mpmath
import numpy as np
from mpmath import mp, mpf

MAX = float(np.finfo(np.float64).max)
TINY = float(np.finfo(np.float64).tiny)  # smallest normal, 2**-1022
BASE_PREC = 200  # bits, about 60 significant digits
LEFT_BITS = 1200  # one-sided limits are taken at kink -+ 2**-1200

OUT = Path(__file__).resolve().parent.parent / "tests" / "core" / "reference_data" / "reference.npz"

# source codes (what "expected" is)
SRC_MP = 1  # mpmath f^(n)(x)
SRC_MP_LEFT = 2  # mpmath limit from the left at a kink (f', f'')
SRC_MP_DEF = 3  # mpmath f(kink) from the definition's inequalities
SRC_TORCH = 4  # torch autograd value at a kink
SRC_TORCH_NONE = 5  # torch's second grad is None / a zero tensor at a kink: 0
SRC_TORCH_SNAP = 6  # torch's one-sided value at a kink, exact (torch is off < 1e-6)
SOURCES = {
    SRC_MP: "mpmath f^(n)(x)",
    SRC_MP_LEFT: "mpmath limit from the left at the kink",
    SRC_MP_DEF: "mpmath f at the kink from the definition",
    SRC_TORCH: "torch float64 autograd at the kink",
    SRC_TORCH_NONE: "torch second grad is None (not differentiable) at the kink: 0",
    SRC_TORCH_SNAP: "torch's choice at the kink (mpmath one-sided value torch rounds)",
}

# torch flags
T_NONE = 0  # PyTorch has no such function (for these parameters)
T_OK = 1
T_GRAD_NONE = 2  # second grad None / zero tensor; stored as 0.0
T_NONFINITE = 3  # torch returned inf or NaN; stored as NaN
T_ERROR = 4  # torch raised (double backward not implemented); stored as NaN
TORCH_FLAGS = {
    T_NONE: "no torch function",
    T_OK: "ok",
    T_GRAD_NONE: "second grad is None / zero tensor (stored as 0)",
    T_NONFINITE: "torch value is inf or NaN (stored as NaN)",
    T_ERROR: "torch raised (double backward not implemented; stored as NaN)",
}


# --------------------------------------------------------------------------
# mpmath helpers


def _erfc(z: mpf) -> mpf:
    # mpmath's erfc overflows (OverflowError) for |z| > ~1e154; use the
    # asymptotic series exp(-z^2)/(z sqrt(pi)) sum (-1)^n (2n-1)!!/(2z^2)^n
    # beyond 1e10, where 8 terms are exact to far more than 60 digits.
    if abs(z) <= 1e10:
        return mp.erfc(z)
    a = abs(z)
    s = t = mpf(1)
    for n in range(1, 8):
        t *= -(2 * n - 1) / (2 * a * a)
        s += t
    tail = mp.exp(-a * a) / (a * mp.sqrt(mp.pi)) * s
    return tail if z > 0 else 2 - tail


def _erf(z: mpf) -> mpf:
    return mp.erf(z) if abs(z) <= 1e10 else 1 - _erfc(z)


def _sig(x: mpf) -> mpf:
    return 1 / (1 + mp.exp(-x))


def _softplus(x: mpf) -> mpf:
    return mp.log1p(mp.exp(x))


def _clip(v: mpf, lo: Any, hi: Any) -> mpf:
    return mpf(min(max(v, lo), hi))


# Double exponentials: exp(-exp(1e10)) would need an exponent of 2**(1.4e10)
# bits, which exhausts memory.  For x > 200, exp(-exp(x)) < 10**(-3e86): below
# float64 and below 2**-prec of everything it is added to, so using
# exp(min(x, 200)) inside tanh(.) / exp(-.) changes f, f', f'' by less than
# 10**(-3e86) (f' and f'' gain a kink of that size at 200, not a grid point).
DEXP_CAP = 200


def _exp_capped(x: mpf) -> mpf:
    return mp.exp(min(x, DEXP_CAP))


# --------------------------------------------------------------------------
# The 50 functions (docs/catalog-brief.md), written independently in mpmath.

# decimal constants are parsed at the working precision (not at import time)
SELU_SCALE = "1.0507009873554804934193349852946"
SELU_ALPHA = "1.6732632423543772848170429916717"


def f_relu_general(x: mpf, negative_slope: mpf, max_value: mpf, threshold: mpf) -> mpf:
    # Keras 3 keras.activations.relu (ReLU.static_call): a = x [x > threshold]
    # when threshold != 0, else max(x, 0); clipped to [0, max_value] only when
    # max_value is given; minus negative_slope * max(threshold - x, 0).  NB the
    # brief's summary clip(x [x > threshold], 0, max_value) clips at 0 always,
    # which Keras does not do for threshold != 0 with max_value=None (there
    # f = x on (threshold, 0) for threshold < 0); the brief asks for Keras'
    # semantics "exactly", so this follows Keras' code.
    a = (x if x > threshold else mpf(0)) if threshold != 0 else max(x, mpf(0))
    if not mp.isinf(max_value):
        a = _clip(a, 0, max_value)
    return a - negative_slope * max(threshold - x, 0)


def f_srelu(x: mpf, t_left: mpf, a_left: mpf, t_right: mpf, a_right: mpf) -> mpf:
    if x <= t_left:
        return t_left + a_left * (x - t_left)
    if x >= t_right:
        return t_right + a_right * (x - t_right)
    return x


def f_softplus(x: mpf, beta: mpf, threshold: mpf) -> mpf:
    # torch semantics: x where beta*x > threshold, that test made in float64 on
    # the float64 x (as torch and any float64 kernel make it): for beta = 0.1,
    # fl(0.1 * 200) = 20 is not > 20 although 0.1 * 200 exactly is.  Inside
    # mpmath.diff, float(x +- h) is x, so the stencil stays on x's branch.
    if float(beta) * float(x) > float(threshold):
        return x
    return mp.log1p(mp.exp(beta * x)) / beta


def f_sparse_plus(x: mpf) -> mpf:
    if x <= -1:
        return mpf(0)
    if x < 1:
        return (x + 1) ** 2 / 4
    return x


def f_gelu(x: mpf, approximate: str) -> mpf:
    if approximate == "tanh":
        k = mp.sqrt(2 / mp.pi)
        return x / 2 * (1 + mp.tanh(k * (x + mpf("0.044715") * x**3)))
    return x / 2 * _erfc(-x / mp.sqrt(2))


def f_elish(x: mpf) -> mpf:
    return x * _sig(x) if x >= 0 else mp.expm1(x) * _sig(x)


def f_softshrink(x: mpf, lambd: mpf) -> mpf:
    if x > lambd:
        return x - lambd
    if x < -lambd:
        return x + lambd
    return mpf(0)


def f_hard_elish(x: mpf) -> mpf:
    g = _clip((x + 1) / 2, 0, 1)
    return x * g if x >= 0 else mp.expm1(x) * g


def f_sparse_sigmoid(x: mpf) -> mpf:
    if x <= -1:
        return mpf(0)
    if x >= 1:
        return mpf(1)
    return (x + 1) / 2


def f_sqnl(x: mpf) -> mpf:
    if x > 2:
        return mpf(1)
    if x >= 0:
        return x - x * x / 4
    if x >= -2:
        return x + x * x / 4
    return mpf(-1)


Kinks = Callable[..., tuple[Sequence[float], Sequence[float]]]
TorchSpec = Callable[..., "tuple[str, dict[str, Any]] | None"]


def _none(**_: Any) -> tuple[Sequence[float], Sequence[float]]:
    return (), ()


@dataclass(frozen=True)
class Fn:
    id: str
    f: Callable[..., mpf]
    defaults: dict[str, Any] = field(default_factory=dict)
    #: parameter sets, each as overrides of the defaults
    sets: tuple[dict[str, Any], ...] = ({},)
    #: (kinks, jumps) of the brief's definition for given params
    points: Kinks = _none
    #: (torch expression, kwargs) or None when PyTorch has no such function
    torch: TorchSpec | None = None


def _t(name: str, **kw: Any) -> TorchSpec:
    return lambda **p: (name, {k: p[v] for k, v in kw.items()})


def _relu_general_torch(**p: Any) -> tuple[str, dict[str, Any]] | None:
    ns, mv, thr = p["negative_slope"], p["max_value"], p["threshold"]
    if thr == 0 and math.isinf(mv):
        return ("torch.nn.ReLU", {}) if ns == 0 else ("torch.nn.LeakyReLU", {"negative_slope": ns})
    # max_value = 6 alone computes torch.nn.ReLU6's values, but relu_general is
    # Keras' function: its kinks follow the left-limit rule (f'(6) = 1), while
    # the catalog's relu6 carries PyTorch's f'(6) = 0.
    return None


def _relu_general_points(
    negative_slope: float, max_value: float, threshold: float
) -> tuple[Sequence[float], Sequence[float]]:
    # a = x [x > t] jumps at t != 0 unless clipped to 0 there (t < 0 with a
    # max_value); the clip has kinks at 0 (t < 0) and at max_value (> t);
    # -s max(t - x, 0) has a kink at t.
    finite = math.isfinite(max_value)
    kinks = [threshold]
    jumps = [threshold] if threshold != 0 and (threshold > 0 or not finite) else []
    if threshold < 0 and finite:
        kinks.append(0.0)
    if finite and max_value > threshold:
        kinks.append(max_value)
    return kinks, jumps


def _squares(name: str, lo: float, hi: float, mid: Sequence[float]) -> tuple[dict[str, Any], ...]:
    return tuple({name: v} for v in (lo, hi, *mid))


FUNCS: tuple[Fn, ...] = (
    # sigmoidal
    Fn("sigmoid", _sig, torch=_t("torch.nn.Sigmoid")),
    Fn("tanh", mp.tanh, torch=_t("torch.nn.Tanh")),
    Fn("log_sigmoid", lambda x: -mp.log1p(mp.exp(-x)), torch=_t("torch.nn.LogSigmoid")),
    Fn(
        "softsign",
        lambda x: x / (1 + abs(x)),
        points=lambda: ((0.0,), ()),
        torch=_t("torch.nn.Softsign"),
    ),
    Fn("arctan", mp.atan),
    Fn("lecun_tanh", lambda x: mpf("1.7159") * mp.tanh(2 * x / 3)),
    Fn(
        "soboleva_tanh",
        lambda x, a, b, c, d: (mp.exp(a * x) - mp.exp(-b * x)) / (mp.exp(c * x) + mp.exp(-d * x)),
        {"a": 1.0, "b": 1.0, "c": 1.0, "d": 1.0},
        (
            {},
            *({k: v} for k in "abcd" for v in (0.05, 5.0)),
            {"a": 0.5, "b": 1.5, "c": 2.0, "d": 0.3},
            {"a": 2.5, "b": 0.25, "c": 0.75, "d": 4.0},
        ),
    ),
    Fn(
        "isru",
        lambda x, alpha: x / mp.sqrt(1 + alpha * x * x),
        {"alpha": 1.0},
        ({}, *_squares("alpha", 0.05, 10.0, (0.3, 2.5))),
    ),
    Fn("symmetrical_sigmoid", lambda x: mp.tanh(x / 2)),
    Fn("log_log", lambda x: -mp.expm1(-_exp_capped(x))),
    # relu family
    Fn(
        "relu",
        lambda x: x if x > 0 else mpf(0),
        points=lambda: ((0.0,), ()),
        torch=_t("torch.nn.ReLU"),
    ),
    Fn(
        "leaky_relu",
        lambda x, negative_slope: x if x > 0 else negative_slope * x,
        {"negative_slope": 0.01},
        ({}, *_squares("negative_slope", 0.0, 1.0, (0.3, 0.2))),
        lambda **p: ((0.0,), ()),
        _t("torch.nn.LeakyReLU", negative_slope="negative_slope"),
    ),
    Fn(
        "relu_general",
        f_relu_general,
        {"negative_slope": 0.0, "max_value": math.inf, "threshold": 0.0},
        (
            {},
            {"negative_slope": 1.0},
            {"negative_slope": 0.2},
            {"max_value": 6.0},
            {"max_value": 0.5},
            {"threshold": -10.0},
            {"threshold": 10.0},
            {"threshold": 1.5},
            {"threshold": -2.0},
            {"negative_slope": 0.1, "max_value": 6.0, "threshold": 2.0},
            {"negative_slope": 0.3, "max_value": 3.0, "threshold": -1.0},
            {"negative_slope": 0.5, "max_value": 2.0, "threshold": 4.0},
        ),
        _relu_general_points,
        _relu_general_torch,
    ),
    Fn(
        "prelu",
        lambda x, init: x if x > 0 else init * x,
        {"init": 0.25},
        ({}, *_squares("init", -1.0, 1.0, (0.0, 0.6))),
        lambda **p: ((0.0,), ()),
        _t("torch.nn.PReLU", init="init"),
    ),
    Fn(
        "rrelu",
        lambda x, lower, upper: x if x >= 0 else (lower + upper) / 2 * x,
        {"lower": 0.125, "upper": 1 / 3},
        (
            {},
            {"lower": 0.0, "upper": 0.0},
            {"lower": 1.0, "upper": 1.0},
            {"lower": 0.0, "upper": 1.0},
            {"lower": 0.2, "upper": 0.5},
        ),
        lambda **p: ((0.0,), ()),
        _t("torch.nn.RReLU", lower="lower", upper="upper"),
    ),
    Fn(
        "relu6",
        lambda x: _clip(x, 0, 6),
        points=lambda: ((0.0, 6.0), ()),
        torch=_t("torch.nn.ReLU6"),
    ),
    Fn(
        "elu",
        lambda x, alpha: x if x > 0 else alpha * mp.expm1(x),
        {"alpha": 1.0},
        ({}, *_squares("alpha", 0.0, 10.0, (0.5, 2.5))),
        lambda **p: ((0.0,), ()),
        _t("torch.nn.ELU", alpha="alpha"),
    ),
    Fn(
        "celu",
        lambda x, alpha: max(x, 0) + min(0, alpha * mp.expm1(x / alpha)),
        {"alpha": 1.0},
        ({}, *_squares("alpha", 0.05, 10.0, (0.5, 2.5))),
        lambda **p: ((0.0,), ()),
        _t("torch.nn.CELU", alpha="alpha"),
    ),
    Fn(
        "selu",
        lambda x: mpf(SELU_SCALE) * (x if x > 0 else mpf(SELU_ALPHA) * mp.expm1(x)),
        points=lambda: ((0.0,), ()),
        torch=_t("torch.nn.SELU"),
    ),
    Fn(
        # C^2 at 0 (f''' jumps); 0 is listed as a point of non-analyticity
        "isrlu",
        lambda x, alpha: x if x >= 0 else x / mp.sqrt(1 + alpha * x * x),
        {"alpha": 1.0},
        ({}, *_squares("alpha", 0.05, 10.0, (0.3, 2.5))),
        lambda **p: ((0.0,), ()),
    ),
    Fn(
        "srelu",
        f_srelu,
        {"t_left": -1.0, "a_left": 0.1, "t_right": 1.0, "a_right": 0.1},
        (
            {},
            {"t_left": -10.0},
            {"t_left": 10.0, "t_right": 10.0},
            {"a_left": -1.0},
            {"a_left": 2.0},
            {"t_right": 10.0},
            {"t_left": -10.0, "t_right": -10.0},
            {"a_right": -1.0},
            {"a_right": 2.0},
            {"t_left": -2.5, "a_left": 0.5, "t_right": 3.0, "a_right": 1.5},
            {"t_left": 0.5, "a_left": -0.3, "t_right": 0.5, "a_right": 0.7},
        ),
        lambda t_left, a_left, t_right, a_right: ((t_left, t_right), ()),
    ),
    Fn(
        # f jumps by ~ exp(-threshold)/beta where beta*x crosses threshold
        "softplus",
        f_softplus,
        {"beta": 1.0, "threshold": 20.0},
        (
            {},
            *_squares("beta", 0.1, 100.0, (0.5, 3.0)),
            *_squares("threshold", 1.0, 100.0, (5.0,)),
        ),
        lambda beta, threshold: ((), (threshold / beta,)),
        _t("torch.nn.Softplus", beta="beta", threshold="threshold"),
    ),
    Fn("sparse_plus", f_sparse_plus, points=lambda: ((-1.0, 1.0), ())),
    Fn(
        "squareplus",
        lambda x, b: (x + mp.sqrt(x * x + b)) / 2,
        {"b": 4.0},
        ({}, *_squares("b", 0.0, 100.0, (1.0, 0.3))),
        lambda b: (((0.0,) if b == 0 else ()), ()),
    ),
    # gated
    Fn(
        "gelu",
        f_gelu,
        {"approximate": "none"},
        ({}, {"approximate": "tanh"}),
        torch=_t("torch.nn.GELU", approximate="approximate"),
    ),
    Fn(
        "silu",
        lambda x, beta: x * _sig(beta * x),
        {"beta": 1.0},
        ({}, *_squares("beta", 0.05, 10.0, (0.5, 2.5))),
        torch=lambda beta: ("torch.nn.SiLU", {}) if beta == 1 else None,
    ),
    Fn("mish", lambda x: x * mp.tanh(_softplus(x)), torch=_t("torch.nn.Mish")),
    Fn("elish", f_elish, points=lambda: ((0.0,), ())),
    Fn("tanh_exp", lambda x: x * mp.tanh(_exp_capped(x))),
    Fn("serf", lambda x: x * _erf(_softplus(x))),
    # shrink
    Fn(
        "hardshrink",
        lambda x, lambd: x if abs(x) > lambd else mpf(0),
        {"lambd": 0.5},
        ({}, *_squares("lambd", 0.0, 10.0, (2.0,))),
        lambda lambd: ((), (-lambd, lambd)),
        _t("torch.nn.Hardshrink", lambd="lambd"),
    ),
    Fn(
        "softshrink",
        f_softshrink,
        {"lambd": 0.5},
        ({}, *_squares("lambd", 0.0, 10.0, (2.0,))),
        lambda lambd: ((-lambd, lambd), ()),
        _t("torch.nn.Softshrink", lambd="lambd"),
    ),
    Fn("tanhshrink", lambda x: x - mp.tanh(x), torch=_t("torch.nn.Tanhshrink")),
    # piecewise
    Fn(
        "hardtanh",
        lambda x, min_val, max_val: _clip(x, min_val, max_val),
        {"min_val": -1.0, "max_val": 1.0},
        (
            {},
            {"min_val": -10.0, "max_val": 10.0},
            {"min_val": -10.0, "max_val": -9.9},
            {"min_val": 9.9, "max_val": 10.0},
            {"min_val": -0.5, "max_val": 0.3},
            {"min_val": 2.0, "max_val": 7.0},
        ),
        lambda min_val, max_val: ((min_val, max_val), ()),
        _t("torch.nn.Hardtanh", min_val="min_val", max_val="max_val"),
    ),
    Fn(
        "hardsigmoid",
        lambda x: _clip(x + 3, 0, 6) / 6,
        points=lambda: ((-3.0, 3.0), ()),
        torch=_t("torch.nn.Hardsigmoid"),
    ),
    Fn(
        "hard_swish",
        lambda x: x * _clip(x + 3, 0, 6) / 6,
        points=lambda: ((-3.0, 3.0), ()),
        torch=_t("torch.nn.Hardswish"),
    ),
    Fn("hard_elish", f_hard_elish, points=lambda: ((-1.0, 0.0, 1.0), ())),
    Fn("binary_step", lambda x: mpf(1) if x >= 0 else mpf(0), points=lambda: ((), (0.0,))),
    Fn(
        "threshold",
        lambda x, threshold, value: x if x > threshold else value,
        {"threshold": 1.0, "value": 0.0},
        (
            {},
            {"threshold": -10.0},
            {"threshold": 10.0},
            {"value": -10.0},
            {"value": 10.0},
            {"threshold": -2.5, "value": 3.7},
        ),
        lambda threshold, value: ((), (threshold,)),
        _t("torch.nn.Threshold", threshold="threshold", value="value"),
    ),
    Fn("sparse_sigmoid", f_sparse_sigmoid, points=lambda: ((-1.0, 1.0), ())),
    Fn("sqnl", f_sqnl, points=lambda: ((-2.0, 0.0, 2.0), ())),
    # other
    Fn("identity", lambda x: x, torch=_t("torch.nn.Identity")),
    Fn("exponential", mp.exp),
    Fn("gaussian", lambda x: mp.exp(-x * x)),
    Fn("sinusoid", mp.sin),
    Fn("sinc", mp.sinc),  # mpmath's sinc is sin(x)/x with sinc(0) = 1
    Fn("absolute", abs, points=lambda: ((0.0,), ()), torch=_t("torch.abs")),
    Fn("bent_identity", lambda x: (mp.sqrt(x * x + 1) - 1) / 2 + x),
    Fn("gcu", lambda x: x * mp.cos(x)),
    Fn(
        "snake",
        lambda x, alpha: x + mp.sin(alpha * x) ** 2 / alpha,
        {"alpha": 1.0},
        ({}, *_squares("alpha", 0.05, 10.0, (0.5, 2.5))),
    ),
)
BY_ID = {fn.id: fn for fn in FUNCS}


# --------------------------------------------------------------------------
# cases and grids

_MODERATE = sorted(
    {*np.linspace(-8.0, 8.0, 33).tolist()}
    | {s * v for v in (0.1, 0.3, 0.7, 1.7, 2.9, 3.1, 4.4, 6.3, 7.7) for s in (-1.0, 1.0)}
)
_SPECIAL = (0.0, 1e-300, 5e-324, 1e-8, 20.0, 40.0, 100.0, 700.0, 710.0, 1e3, 1e10, 1e300)


@dataclass
class Case:
    id: str
    params: dict[str, Any]
    kinks: list[float]
    jumps: list[float]
    torch: tuple[str, dict[str, Any]] | None
    x: np.ndarray = field(default_factory=lambda: np.zeros(0))
    at_kink: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))


def build_cases(only: set[str] | None = None) -> list[Case]:
    cases = []
    for fn in FUNCS:
        if only and fn.id not in only:
            continue
        seen = []
        for over in fn.sets:
            params = {**fn.defaults, **over}
            if params in seen:
                continue
            seen.append(params)
            kinks, jumps = fn.points(**params)
            kinks = sorted({float(k) for k in kinks})
            jumps = sorted({float(k) for k in jumps})
            sing = sorted({*kinks, *jumps})
            xs = set(_MODERATE)
            for v in _SPECIAL:
                xs |= {v, -v}
            for k in sing:
                xs |= {k, k - 1e-9, k + 1e-9, k - 1e-3, k + 1e-3}
            x = np.array(sorted(v + 0.0 for v in xs), dtype=np.float64)  # + 0.0: no -0.0
            x = np.unique(x)
            at = np.isin(x, np.array(sing, dtype=np.float64))
            spec = fn.torch(**params) if fn.torch is not None else None
            cases.append(Case(fn.id, params, kinks, jumps, spec, x, at))
    return cases


# --------------------------------------------------------------------------
# mpmath evaluation (runs in worker processes)


def to_f64(v: Any) -> float:
    """mpmath value -> float64, saturating beyond float64 at +-MAX."""
    v = mpf(v)
    if mp.isnan(v):
        raise ValueError("mpmath returned NaN")
    if mp.isinf(v) or abs(v) > MAX:
        return MAX if v > 0 else -MAX
    return float(v)


def _mag(v: mpf) -> int:
    return -(10**6) if v == 0 else int(mp.mag(v))


def _mp_params(params: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (v if isinstance(v, str) else mp.inf if math.isinf(v) else mpf(v))
        for k, v in params.items()
    }


MAX_PREC = 16000  # bits; no point of the grid needs more than ~3000


def _raw(fn: Fn, x: mpf, params: dict[str, Any], n: int, prec: int) -> mpf:
    """f^(n)(x) by mpmath.diff (central differences, step 2**-(prec+10)) at prec bits.

    x and the parameters must be exact at prec bits (float64 values are)."""
    with mp.workprec(prec):
        p = _mp_params(params)
        g = lambda t: mpf(fn.f(t, **p))
        return +g(mpf(x)) if n == 0 else mp.diff(g, mpf(x), n)


def _f_n(fn: Fn, x: mpf, params: dict[str, Any], n: int, prec: int) -> tuple[mpf, int]:
    """f^(n)(x) to better than float64 accuracy, and the precision that gave it.

    The rounding noise of a difference quotient (and of cancellation inside f)
    is about T 2**-prec with T = max(|f(x)|, |x|, 1).  A value is accepted
    when it agrees with the value at 64 fewer bits to 2**-60 and is either
    2**60 above that noise, or the noise is below 2**-1100 (beneath the
    smallest subnormal, so the float64 rounding is exact, e.g. an exact 0).
    Otherwise the precision is raised by 256 bits and the check repeated."""
    with mp.workprec(prec):
        xm = mpf(x)
        scale = max(abs(_raw(fn, xm, params, 0, prec)), abs(xm), mpf(1))
    lo = _raw(fn, xm, params, n, prec)
    q = prec + 64
    while True:
        hi = _raw(fn, xm, params, n, q)
        with mp.workprec(q + 64):
            noise = scale * mpf(2) ** -q
            agree = abs(hi - lo) <= abs(hi) * mpf(2) ** -60 + mpf(2) ** -1100
            resolved = abs(hi) >= noise * mpf(2) ** 60 or noise <= mpf(2) ** -1100
        if agree and resolved:
            return hi, q
        if q > MAX_PREC:
            raise RuntimeError(f"{fn.id}: f^({n})({x}) does not converge")
        lo, q = hi, q + 256


def _start_prec(x: mpf, sing: Sequence[float]) -> int:
    # bits of |x| (x + h exact, sin(1e300) reduced) + bits of 1/distance to the
    # nearest kink (the stencil x +- 2h stays on x's branch)
    with mp.workprec(BASE_PREC + 64):
        dist = min((abs(x - mpf(s)) for s in sing), default=mpf(1))
    return BASE_PREC + max(0, _mag(x)) + max(0, -_mag(dist))


def mp_case(case: Case) -> tuple[np.ndarray, ...]:
    """(values, sources, right limits; each (n, 3)), left limits of f (n,)."""
    fn = BY_ID[case.id]
    n = len(case.x)
    vals = np.zeros((n, 3))
    right = np.full((n, 3), np.nan)
    left0 = np.full(n, np.nan)
    src = np.zeros((n, 3), np.uint8)
    sing = sorted({*case.kinks, *case.jumps})
    for i, xf in enumerate(case.x.tolist()):
        if case.at_kink[i]:
            # f from the definition at the kink; f', f'' (and for torch's
            # convention also f) as limits from the left and from the right
            prec = BASE_PREC + LEFT_BITS + max(0, _mag(mpf(xf)))
            vals[i, 0] = to_f64(_f_n(fn, mpf(xf), case.params, 0, BASE_PREC)[0])
            with mp.workprec(prec):
                xl = mpf(xf) - mpf(2) ** -LEFT_BITS
                xr = mpf(xf) + mpf(2) ** -LEFT_BITS
            for k in range(3):
                lim = to_f64(_f_n(fn, xl, case.params, k, prec)[0])
                if k:
                    vals[i, k] = lim
                else:
                    left0[i] = lim
                right[i, k] = to_f64(_f_n(fn, xr, case.params, k, prec)[0])
            src[i] = (SRC_MP_DEF, SRC_MP_LEFT, SRC_MP_LEFT)
            continue
        x = mpf(xf)
        prec = _start_prec(x, sing)
        src[i] = SRC_MP
        for k in range(3):
            vals[i, k] = to_f64(_f_n(fn, x, case.params, k, prec)[0])
    return vals, src, right, left0


# --------------------------------------------------------------------------
# torch evaluation (main process)


def torch_expr(spec: tuple[str, dict[str, Any]] | None) -> str | None:
    if spec is None:
        return None
    name, kw = spec
    if name == "torch.abs" or not name.startswith("torch.nn."):
        return name  # a function (torch.abs, torch.special.erf), applied to x as it is
    return f"{name}({', '.join(f'{k}={v!r}' for k, v in kw.items())})"


def torch_case(case: Case) -> tuple[np.ndarray, np.ndarray]:
    import torch

    n = len(case.x)
    vals = np.full((n, 3), np.nan)
    flag = np.zeros((n, 3), np.uint8)
    if case.torch is None:
        return vals, flag
    name, kw = case.torch
    if name == "torch.abs":
        fun = torch.abs
    elif not name.startswith("torch.nn."):
        # a function such as torch.special.erf or torch.asinh: resolve the dotted name
        fun = torch
        for part in name.split(".")[1:]:
            fun = getattr(fun, part)
    else:
        cls = getattr(torch.nn, name.rsplit(".", 1)[1])
        if "dtype" in inspect.signature(cls).parameters:
            # PReLU: otherwise its weight is float32(init), 0.6 -> 0.6000000238
            kw = {**kw, "dtype": torch.float64}
        fun = cls(**kw).double().eval()
    t = torch.tensor(case.x, dtype=torch.float64, requires_grad=True)
    y = fun(t)
    (g,) = torch.autograd.grad(y.sum(), t, create_graph=True)
    cols = [y.detach().numpy().copy(), g.detach().numpy().copy()]
    g2_flag = T_OK
    if not g.requires_grad:
        g2, g2_flag = np.zeros(n), T_GRAD_NONE
    else:
        try:
            (g2t,) = torch.autograd.grad(g.sum(), t, allow_unused=True)
        except RuntimeError:
            g2, g2_flag = np.full(n, np.nan), T_ERROR
        else:
            if g2t is None or g2t._is_zerotensor():
                g2, g2_flag = np.zeros(n), T_GRAD_NONE
            else:
                g2 = g2t.detach().numpy().copy()
    cols.append(g2)
    for k in range(3):
        v = np.asarray(cols[k], dtype=np.float64)
        fin = np.isfinite(v)
        vals[:, k] = np.where(fin, v, np.nan)
        base = g2_flag if k == 2 else T_OK
        flag[:, k] = np.where(fin | (base == T_ERROR), base, T_NONFINITE)
    return vals, flag


# --------------------------------------------------------------------------
# assembly


def _rel(a: float, b: float) -> float:
    """Error of a against reference b: relative, absolute (in units of 2^-1022)
    where b is below the normal range."""
    if not (math.isfinite(a) and math.isfinite(b)):
        return math.inf
    return abs(a - b) / abs(b) if abs(b) >= TINY else abs(a - b) / TINY


def _kink_expected(tv: float, tf: int, cands: dict[str, float]) -> tuple[float, int, str]:
    """Expected value at a kink for a torch function: torch's value; where it is
    within 1e-6 of (but not equal to) one of the exact one-sided values, that
    exact value, since torch's difference is its float32 constant, not a
    convention (CELU(alpha=0.05)'(0) = 0.999999985 = 0.05 * float32(1/0.05))."""
    if tf == T_GRAD_NONE:
        return 0.0, SRC_TORCH_NONE, ""
    near = min(cands.items(), key=lambda kv: abs(kv[1] - tv))
    if near[1] != tv and _rel(tv, near[1]) <= 1e-6:
        return near[1], SRC_TORCH_SNAP, near[0]
    return tv, SRC_TORCH, ""


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=multiprocessing.cpu_count())
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--only", default="", help="comma-separated ids (for debugging)")
    ap.add_argument("--set", default="", help="take FUNCS from tools/reference_defs/SET.py")
    args = ap.parse_args(argv)
    if args.set:
        global FUNCS, BY_ID
        import importlib

        FUNCS = tuple(importlib.import_module(f"reference_defs.{args.set}").FUNCS)
        BY_ID = {fn.id: fn for fn in FUNCS}
        if args.out == OUT:
            args.out = OUT.with_name(f"reference_{args.set}.npz")
    only = {s for s in args.only.split(",") if s} or None
    t0 = time.perf_counter()
    cases = build_cases(only)
    print(f"{len(cases)} cases, {sum(len(c.x) for c in cases)} points; mpmath ...", flush=True)
    # biggest cases first, for load balance
    order = sorted(range(len(cases)), key=lambda i: -(1 + len(cases[i].params)) * len(cases[i].x))
    results: list[Any] = [None] * len(cases)
    if args.jobs > 1:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            todo = [cases[i] for i in order]
            for i, r in zip(order, pool.imap(mp_case, todo), strict=True):
                results[i] = r
    else:
        for i in order:
            results[i] = mp_case(cases[i])
    t_mp = time.perf_counter() - t0
    print(f"mpmath done in {t_mp:.0f} s; torch ...", flush=True)
    import torch

    torch.set_num_threads(1)
    cols: dict[str, list[np.ndarray]] = {
        k: [] for k in ("x", "case", "kink", "expected", "source", "mp", "torch", "torch_flag")
    }
    meta_cases = []
    kink_notes: list[str] = []
    torch_err: list[list[Any]] = []
    torch_bad: list[list[Any]] = []
    start = 0
    for ci, case in enumerate(cases):
        vals, src, right, left0 = results[ci]
        tv, tf = torch_case(case)
        xs = case.x.tolist()
        expected, esrc = vals.copy(), src.copy()
        for i in np.flatnonzero(case.at_kink):
            for k in range(3):
                if tf[i, k] not in (T_OK, T_GRAD_NONE):
                    if tf[i, k] != T_NONE:
                        kink_notes.append(
                            f"{case.id} {case.params} x={xs[i]!r} {'f' + chr(39) * k}: "
                            f"torch gives no value ({TORCH_FLAGS[int(tf[i, k])]}); "
                            "expected is the mpmath left limit"
                        )
                    continue
                what = "definition" if k == 0 else "left limit"
                cands = {what: float(vals[i, k]), "right limit": float(right[i, k])}
                if k == 0:
                    cands["left limit"] = float(left0[i])
                e, s_, snapped = _kink_expected(float(tv[i, k]), int(tf[i, k]), cands)
                expected[i, k], esrc[i, k] = e, s_
                if snapped:
                    kink_notes.append(
                        f"{case.id} {case.params} x={xs[i]!r} {'f' + chr(39) * k}: torch "
                        f"{float(tv[i, k])!r} is within 1e-6 of the {snapped} {e!r} (torch's "
                        f"rounding / float32 constant); expected {e!r}"
                    )
                elif e != vals[i, k]:
                    side = "right limit" if e == right[i, k] else "neither one-sided value"
                    kink_notes.append(
                        f"{case.id} {case.params} x={xs[i]!r} {'f' + chr(39) * k}: torch "
                        f"{e!r} ({side}) vs mpmath {what} {float(vals[i, k])!r}, right limit "
                        f"{float(right[i, k])!r}"
                    )
        # torch against mpmath away from kinks
        for i in np.flatnonzero(~case.at_kink):
            for k in range(3):
                if tf[i, k] == T_NONE:
                    continue
                row = [case.id, case.params, xs[i], k]
                if tf[i, k] in (T_NONFINITE, T_ERROR):
                    torch_bad.append([*row, TORCH_FLAGS[int(tf[i, k])], float(vals[i, k])])
                    continue
                e = _rel(tv[i, k], vals[i, k])
                if e > 1e-12:
                    torch_err.append([*row, float(tv[i, k]), float(vals[i, k]), e])
        n = len(case.x)
        meta_cases.append(
            {
                "id": case.id,
                "params": case.params,
                "torch": torch_expr(case.torch),
                "kinks": case.kinks,
                "jumps": case.jumps,
                "start": start,
                "stop": start + n,
            }
        )
        start += n
        for key, arr in (
            ("x", case.x),
            ("case", np.full(n, ci, np.int16)),
            ("kink", case.at_kink),
            ("expected", expected),
            ("source", esrc),
            ("mp", vals),
            ("torch", tv),
            ("torch_flag", tf),
        ):
            cols[key].append(arr)
    meta = {
        "generator": "tools/make_reference.py",
        "mpmath": mpmath.__version__,
        "torch": torch.__version__,
        "numpy": np.__version__,
        "base_prec_bits": BASE_PREC,
        "sources": {str(k): v for k, v in SOURCES.items()},
        "torch_flags": {str(k): v for k, v in TORCH_FLAGS.items()},
        "cases": meta_cases,
        "torch_vs_mpmath": torch_err,
        "torch_unusable": torch_bad,
        "torch_at_kinks": kink_notes,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    arrays = {k: np.concatenate(v) for k, v in cols.items()}
    np.savez_compressed(args.out, meta=np.array(json.dumps(meta)), **arrays)
    total = time.perf_counter() - t0
    size = args.out.stat().st_size
    print(
        f"wrote {args.out} ({size / 1024:.0f} KiB): {len(cases)} cases, {start} points, "
        f"{total:.0f} s (mpmath {t_mp:.0f} s)"
    )
    print(
        "\ntorch vs mpmath away from kinks, errors > 1e-12 "
        "(relative; in units of 2^-1022 below it):"
    )
    for r in torch_err:
        print(
            f"  {r[0]} {r[1]} x={r[2]!r} {'f' + chr(39) * r[3]}: "
            f"torch {r[4]!r} mpmath {r[5]!r} err {r[6]:.3g}"
        )
    print("\nunusable torch values:")
    for r in torch_bad:
        print(f"  {r[0]} {r[1]} x={r[2]!r} {'f' + chr(39) * r[3]}: {r[4]} (mpmath {r[5]!r})")
    print("\ntorch at kinks:")
    for line in kink_notes:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
