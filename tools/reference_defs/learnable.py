"""mpmath definitions of actgui/core/functions/learnable.py, written from the papers and the
official code (coefficients copied from the sources named below, not from actgui).

* ACON-C (p1 - p2) x sigmoid(beta (p1 - p2) x) + p2 x: Ma et al. 2021 (nmaac/acon, acon.py).
* PAU, safe form P(x) / (1 + sum |b_k| |x|^k), degree (5, 4): Molina et al. 2020
  (ml-research/pau: pade_optimized_leakyrelu in pau/cuda/python_imp/Pade.py and the leaky
  ReLU fits of pau/find_coefficients.ipynb).  Kink at 0 (|x|, b1 != 0 in every set).
* Rational (3, 2) of Boullé et al. 2020, initialised to ReLU on [-1, 1]
  (NBoulle/RationalNets, RationalLayer.py: [1.1915, 1.5957, 0.5, 0.0218] / [2.383, 0.0, 1.0],
  highest power first).
* APL max(0, x) + sum_s a_s max(0, -x + b_s), S = 2: Agostinelli et al. 2015.
"""

from __future__ import annotations

from typing import Any

from make_reference import Fn, _sig, _squares
from mpmath import mpf

PAU_SETS = {
    "leaky_relu": (
        (
            "3.35583603e-02",
            "5.05000375e-01",
            "1.65343934e+00",
            "2.01001052e+00",
            "9.31901999e-01",
            "1.52424124e-01",
        ),
        ("3.30847488e-06", "3.98021568e+00", "5.12471206e-07", "3.01830109e-01"),
    ),
    "leaky_relu_020": (
        (
            0.025577756009581332,
            0.6618281545012629,
            1.5818297539580468,
            2.944787587381909,
            0.9528779431354413,
            0.23319680694163697,
        ),
        (-0.5096260509947604, 4.183768902183391, 0.3783209020348012, 0.3240731442906416),
    ),
    "leaky_relu_025": (
        (
            0.02423485464722387,
            0.6770971779085044,
            1.4385836314706064,
            2.9549799006291724,
            0.8567972159918334,
            0.2322961171003388,
        ),
        (-0.41014745814143555, 4.1469196374300115, 0.3029254642283438, 0.32002849530519256),
    ),
    "leaky_relu_030": (
        (
            0.022823661027641513,
            0.6935843817924783,
            1.308474321805162,
            2.976815988084191,
            0.7716529650279255,
            0.23252265245280854,
        ),
        (-0.3284954321510746, 4.115579017543179, 0.2415560267417864, 0.31659365394646605),
    ),
    "leaky_relu_neg050": (
        (
            0.026504409606513814,
            0.8077291240826262,
            13.566116392373088,
            7.002178997009714,
            11.614777812309141,
            0.6872037476855452,
        ),
        (-13.706489934094302, 6.077817327962073, 12.325352286416361, -0.540068802253311),
    ),
}


def _exact(v: Any) -> mpf:
    # the float64 value (a decimal string is first rounded to float64, as Python reads it)
    return mpf(float(v))


def f_pau(x: mpf, init: str) -> mpf:
    num, den = PAU_SETS[init]
    p = sum(_exact(a) * x**j for j, a in enumerate(num))
    q = 1 + sum(abs(_exact(b)) * abs(x) ** k for k, b in enumerate(den, 1))
    return p / q


def f_rational(x: mpf) -> mpf:
    p = ((_exact(1.1915) * x + _exact(1.5957)) * x + _exact(0.5)) * x + _exact(0.0218)
    q = (_exact(2.383) * x + 0) * x + 1
    return p / q


def f_acon_c(x: mpf, p1: mpf, p2: mpf, beta: mpf) -> mpf:
    return (p1 * x - p2 * x) * _sig(beta * (p1 * x - p2 * x)) + p2 * x


def f_apl(x: mpf, a1: mpf, b1: mpf, a2: mpf, b2: mpf) -> mpf:
    return max(mpf(0), x) + a1 * max(mpf(0), -x + b1) + a2 * max(mpf(0), -x + b2)


def apl_points(a1: float, b1: float, a2: float, b2: float) -> tuple[list[float], list[float]]:
    # the slope increases by 1 at 0 and by a_s at b_s (from -a_s on the left to 0)
    change: dict[float, float] = {0.0: 1.0}
    for a, b in ((a1, b1), (a2, b2)):
        change[b] = change.get(b, 0.0) + a
    return sorted(k for k, c in change.items() if c != 0.0), []


FUNCS: tuple[Fn, ...] = (
    Fn(
        "acon_c",
        f_acon_c,
        {"p1": 1.0, "p2": 0.0, "beta": 1.0},
        (
            {},
            *_squares("p1", -5.0, 5.0, ()),
            *_squares("p2", -5.0, 5.0, ()),
            *_squares("beta", 0.0, 10.0, ()),
            {"p1": 1.2, "p2": -0.8, "beta": 1.0},
            {"p1": 0.3, "p2": 0.9, "beta": 2.5},
            {"p1": 0.0, "p2": 1.0, "beta": 1.0},  # f = x sigmoid(-x): no 1 - s
            {"p1": 5.0, "p2": -5.0, "beta": 10.0},
            {"p1": 0.7, "p2": 0.7, "beta": 3.0},
        ),
    ),
    Fn(
        "pau",
        f_pau,
        {"init": "leaky_relu"},
        tuple({"init": k} for k in PAU_SETS),
        lambda init: ([0.0], []),
    ),
    Fn("rational", f_rational),
    Fn(
        "apl",
        f_apl,
        {"a1": -0.2, "b1": 0.5, "a2": 0.1, "b2": -0.5},
        (
            {},
            *_squares("a1", -2.0, 2.0, ()),
            *_squares("b1", -5.0, 5.0, ()),
            *_squares("a2", -2.0, 2.0, ()),
            *_squares("b2", -5.0, 5.0, ()),
            {"a1": 0.2, "b1": 0.5, "a2": -0.2, "b2": 0.5},  # hinges cancel: no kink at 0.5
            {"a1": 1.5, "b1": -2.0, "a2": -0.7, "b2": 3.0},
            {"a1": -1.0, "b1": 0.0, "a2": 0.3, "b2": 0.0},
            {"a1": 0.0, "b1": 1.7, "a2": 0.0, "b2": -4.4},
        ),
        apl_points,
    ),
)
