"""Comparing two curves: f_a − f_b, f_a / f_b or the error of f_a in ulps of f_b.

A comparison is drawn and read out like a curve, so its f′ and f″ are the
derivatives of its f: the difference's rows are (f_a − f_b), (f_a − f_b)′ and
(f_a − f_b)″; the ratio's are r = f_a/f_b, r′ = (f_a′ − r f_b′)/f_b and
r″ = (f_a″ − 2 r′ f_b′ − r f_b″)/f_b (the quotient rule, NaN where f_b = 0).
The ulps rows are the one exception, being a measure of error, not a function
to differentiate: each is (row_a − row_b) / ulp(row_b), the error of that row
of a in units in the last place of the same row of b (NaN where either is not
finite).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .messages import mark, message
from .spec import Activation, Family, FloatArray, Kernel, ParamValue

MODES = ("difference", "ratio", "ulps")
#: the modes' names for menus and messages (translated through message())
MODE_TITLES = {
    "difference": mark("difference"),
    "ratio": mark("ratio"),
    "ulps": mark("error in ulps"),
}
#: a spec of a comparison, as in CSV headers: diff(A, B), ratio(A, B), ulps(A, B)
SPEC_NAMES = {"difference": "diff", "ratio": "ratio", "ulps": "ulps"}


@dataclass
class Compare:
    """A comparison of the curves ``a`` and ``b`` (uids in the state), drawn like a curve."""

    uid: int
    a: int
    b: int
    mode: str
    color: str
    style: str = "solid"
    visible: bool = True


def check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ValueError(
            message(
                "comparison must be one of {choices}, got {value}",
                choices=", ".join(MODES),
                value=repr(mode),
            )
        )
    return mode


def combine(mode: str, ya: FloatArray, yb: FloatArray) -> FloatArray:
    """One row of the comparison from the same row of a and b."""
    ya = np.asarray(ya, dtype=np.float64)
    yb = np.asarray(yb, dtype=np.float64)
    with np.errstate(all="ignore"):
        if mode == "difference":
            return ya - yb
        if mode == "ratio":
            return np.where(yb != 0, ya / np.where(yb != 0, yb, 1.0), np.nan)
        ok = np.isfinite(ya) & np.isfinite(yb)
        ulp = np.spacing(np.abs(np.where(ok, yb, 0.0)))
        return np.where(ok, (ya - yb) / ulp, np.nan)


def activation(
    mode: str,
    act_a: Activation,
    params_a: Mapping[str, ParamValue],
    act_b: Activation,
    params_b: Mapping[str, ParamValue],
    name: str,
) -> Activation:
    """An :class:`Activation` (no parameters) whose kernels are the comparison's rows;
    its kinks and jumps are both curves'."""
    pa, pb = dict(params_a), dict(params_b)

    def row(ka: Kernel, kb: Kernel) -> Kernel:
        def kernel(x: FloatArray, **_: ParamValue) -> FloatArray:
            return combine(mode, ka(x, **pa), kb(x, **pb))

        return kernel

    def ratio_rows(x: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
        fa, dfa, d2fa = (np.asarray(k(x, **pa), dtype=np.float64) for k in kernels_a)
        fb, dfb, d2fb = (np.asarray(k(x, **pb), dtype=np.float64) for k in kernels_b)
        ok = fb != 0
        safe = np.where(ok, fb, 1.0)
        with np.errstate(all="ignore"):
            r = fa / safe
            d1 = (dfa - r * dfb) / safe
            d2 = (d2fa - 2.0 * d1 * dfb - r * d2fb) / safe
        return np.where(ok, r, np.nan), np.where(ok, d1, np.nan), np.where(ok, d2, np.nan)

    kernels_a = (act_a.f, act_a.df, act_a.d2f)
    kernels_b = (act_b.f, act_b.df, act_b.d2f)

    def ratio_row(order: int) -> Kernel:
        def kernel(x: FloatArray, **_: ParamValue) -> FloatArray:
            return ratio_rows(x)[order]

        return kernel

    def kinks(**_: ParamValue) -> list[float]:
        return [*act_a.kinks(**pa), *act_b.kinks(**pb)]

    def jumps(**_: ParamValue) -> list[float]:
        return [*act_a.jumps(**pa), *act_b.jumps(**pb)]

    return Activation(
        id=f"{SPEC_NAMES[mode]}({act_a.id}, {act_b.id})",
        name=name,
        family=Family.OTHER,
        f=row(act_a.f, act_b.f),
        df=ratio_row(1) if mode == "ratio" else row(act_a.df, act_b.df),
        d2f=ratio_row(2) if mode == "ratio" else row(act_a.d2f, act_b.d2f),
        kinks=kinks,
        jumps=jumps,
    )


def label(mode: str, label_a: str, label_b: str) -> str:
    """``A − B``, ``A / B`` or ``A vs B (ulps)``."""
    if mode == "difference":
        return message("{a} − {b}", a=label_a, b=label_b)
    if mode == "ratio":
        return message("{a} / {b}", a=label_a, b=label_b)
    return message("{a} vs {b} (ulps)", a=label_a, b=label_b)


def spec(mode: str, spec_a: str, spec_b: str) -> str:
    """The comparison's spec for CSV headers: ``diff(gelu, gelu(approximate='tanh'))``."""
    return f"{SPEC_NAMES[mode]}({spec_a}, {spec_b})"
