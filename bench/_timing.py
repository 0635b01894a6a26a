"""The timing every benchmark in bench/ shares: wall-clock times of repeated calls.

The scripts import it as ``from _timing import ...``: run as
``python bench/<name>.py``, Python puts bench/ first on the module path.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

# a benchmark times the checkout it is in, not whichever actgui is installed (an
# editable install may point at another clone)
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)


def times_of(
    fn: Callable[[], object],
    repeat: int,
    warmup: int = 1,
    between: Callable[[], object] | None = None,
) -> list[float]:
    """Seconds taken by each of ``repeat`` calls of ``fn()`` (``time.perf_counter``),
    after ``warmup`` untimed calls (buffers, caches, first paint). ``between``, when
    given, is called before every call, warm-ups included, outside the timing."""
    times = []
    for i in range(warmup + repeat):
        if between is not None:
            between()
        t0 = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - t0
        if i >= warmup:
            times.append(elapsed)
    return times


def median_time(fn: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    """The median of :func:`times_of` (seconds): robust to a stray slow run."""
    return statistics.median(times_of(fn, repeat, warmup))


def p95(values: list[float]) -> float:
    """The 95th percentile of ``values`` (numpy's linear interpolation)."""
    return float(np.percentile(values, 95))
