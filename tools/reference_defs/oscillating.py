"""mpmath definitions of actgui/core/functions/oscillating.py, written from the papers.

* NCU x - x^3, SQU x^2 + x, SSU pi sinc(x - pi), DSU (pi/2)(sinc(x - pi) - sinc(x + pi)):
  Noel et al. 2021 (arXiv:2111.04020); sinc is the unnormalised sin(t)/t (mpmath's sinc).
* cosine cos x.
* SinLU (x + a sin(b x)) sigmoid(x): Paul et al. 2022 (Mathematics 10(3), 337).
* SIREN sin(w0 x), w0 = 30: Sitzmann et al. 2020 (arXiv:2006.09661).

None has a PyTorch built-in; none has kinks.
"""

from __future__ import annotations

from make_reference import Fn, _sig, _squares
from mpmath import mp, mpf


def f_sinlu(x: mpf, a: mpf, b: mpf) -> mpf:
    return (x + a * mp.sin(b * x)) * _sig(x)


FUNCS: tuple[Fn, ...] = (
    Fn("ncu", lambda x: x - x**3),
    Fn("squ", lambda x: x**2 + x),
    Fn("ssu", lambda x: mp.pi * mp.sinc(x - mp.pi)),
    Fn("dsu", lambda x: mp.pi / 2 * (mp.sinc(x - mp.pi) - mp.sinc(x + mp.pi))),
    Fn("cosine", mp.cos),
    Fn(
        "sinlu",
        f_sinlu,
        {"a": 1.0, "b": 1.0},
        (
            {},
            *_squares("a", -5.0, 5.0, ()),
            *_squares("b", 0.0, 10.0, ()),
            {"a": -1.0, "b": 1.0},  # 1 + ab = 0: u = x - sin x ~ x^3/6 near 0
            {"a": 0.5, "b": 2.5},
            {"a": -2.0, "b": 0.3},
            {"a": 3.7, "b": 7.1},
        ),
    ),
    Fn(
        "siren",
        lambda x, omega0: mp.sin(omega0 * x),
        {"omega0": 30.0},
        ({}, *_squares("omega0", 0.1, 100.0, (1.0, 7.3))),
    ),
)
