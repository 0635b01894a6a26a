"""Numerically stable building blocks shared by the activation kernels.

Every helper takes and returns float64 arrays and is warning-free for any
finite input.  Results whose true magnitude exceeds the largest float64 are
saturated to +-MAX (documented convention: actgui never returns inf or NaN for
finite input).
"""

from __future__ import annotations

import math

import numpy as np

from .spec import FloatArray

MAX = float(np.finfo(np.float64).max)
#: Largest x with exp(x) finite.
LOG_MAX = float(np.nextafter(np.log(MAX), 0.0))


def saturate(a: FloatArray) -> FloatArray:
    """Clip to the finite float64 range (inf -> +-MAX); NaN is left alone."""
    return np.clip(a, -MAX, MAX)


def exp(x: FloatArray) -> FloatArray:
    """exp(x), saturated at MAX instead of overflowing."""
    return np.exp(np.minimum(x, LOG_MAX))


def sigmoid(x: FloatArray) -> FloatArray:
    """Logistic 1/(1+exp(-x)) without overflow for either sign."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def softplus(x: FloatArray) -> FloatArray:
    """log(1 + exp(x)) = max(x, 0) + log1p(exp(-|x|))."""
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def log_sigmoid(x: FloatArray) -> FloatArray:
    """log(sigmoid(x)) = min(x, 0) - log1p(exp(-|x|))."""
    return np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))


def sech2(x: FloatArray) -> FloatArray:
    """1 - tanh(x)**2 computed as 4 e^{-2|x|} / (1 + e^{-2|x|})**2 (no cancellation)."""
    e = np.exp(-2.0 * np.abs(x))
    return 4.0 * e / ((1.0 + e) * (1.0 + e))


_erf_scalar = np.frompyfunc(math.erf, 1, 1)
_erfc_scalar = np.frompyfunc(math.erfc, 1, 1)


def erf(x: FloatArray) -> FloatArray:
    """Error function, correctly rounded to libm accuracy."""
    return np.asarray(_erf_scalar(x), dtype=np.float64)


def erfc(x: FloatArray) -> FloatArray:
    """Complementary error function 1 - erf(x), accurate in the tails."""
    return np.asarray(_erfc_scalar(x), dtype=np.float64)
