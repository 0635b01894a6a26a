"""Where a sampled curve is saturated (|f'| < eps) or dead (f' = 0)."""

from __future__ import annotations

import numpy as np

from .spec import FloatArray


def _runs(x: FloatArray, mask: np.ndarray) -> list[tuple[float, float]]:
    """[x_start, x_end] of every run of consecutive True samples."""
    if x.size == 0 or not mask.any():
        return []
    m = mask.astype(np.int8)
    edges = np.diff(np.concatenate([[0], m, [0]]))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1) - 1
    return [(float(x[a]), float(x[b])) for a, b in zip(starts, ends) if b > a]


def saturation_intervals(x: FloatArray, d1: FloatArray, eps: float) -> list[tuple[float, float]]:
    """Intervals where 0 < |f'| < eps (the gradient is tiny but not zero)."""
    finite = np.isfinite(d1)
    a = np.abs(np.where(finite, d1, 1.0))
    return _runs(x, finite & (a < eps) & (a > 0))


def dead_intervals(x: FloatArray, d1: FloatArray) -> list[tuple[float, float]]:
    """Intervals where f' is exactly 0 (no gradient flows)."""
    return _runs(x, np.isfinite(d1) & (np.where(np.isfinite(d1), d1, 1.0) == 0.0))
