"""Branch-free, exact building blocks for the fused kernels (numpy only).

``np.where(c, a, b)`` and ``np.copyto(out, a, where=c)`` branch on every
element: on a mask that changes unpredictably (x > 0 on scattered points) the
CPU mispredicts about half of them and they run 10-40x slower than one
arithmetic pass.  :func:`select` gives the same bits with integer operations
on the float64 bit patterns, whatever the mask.  ``np.copyto(where=)`` stays
the better choice for masks that are almost all false (a saturation limit far
out in the tails), where the branch is predictable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .spec import FloatArray, Triple

BoolArray = NDArray[np.bool_]


def _bits(a: FloatArray | float) -> Any:
    if isinstance(a, np.ndarray):
        return a.view(np.int64)
    return np.float64(a).view(np.int64)


def select(
    cond: BoolArray, a: FloatArray | float, b: FloatArray | float, out: FloatArray
) -> FloatArray:
    """``out[...] = np.where(cond, a, b)`` bit for bit, without a branch per element.

    ``a`` and ``b`` are float64 arrays shaped like ``out`` or scalars; ``out``
    may be ``a`` or ``b`` itself (not both).  Returns ``out``.
    """
    m = cond.view(np.int8)
    m = np.negative(m, out=np.empty_like(m))  # 0 or -1 (all bits set)
    o = out.view(np.int64)
    ai, bi = _bits(a), _bits(b)
    if isinstance(b, np.ndarray) and np.shares_memory(b, out):
        # out is b: keep a intact and write ((a ^ b) & ~m) ^ a
        np.bitwise_xor(ai, bi, out=o)
        np.bitwise_and(o, np.invert(m, out=m), out=o)
        np.bitwise_xor(o, ai, out=o)
        return out
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        np.bitwise_xor(ai, bi, out=o)
        np.bitwise_and(o, m, out=o)
    else:
        np.bitwise_and(m, ai ^ bi, out=o)
    np.bitwise_xor(o, bi, out=o)
    return out


def flag(cond: BoolArray, out: FloatArray) -> FloatArray:
    """``np.where(cond, 1.0, 0.0)`` into ``out``."""
    np.copyto(out, cond)
    return out


#: elements per block of :func:`blocked`: a block's temporaries stay in the CPU cache
BLOCK = 32768

Fused = Callable[..., Triple]


def blocked(kernel: Fused) -> Fused:
    """Run a fused kernel block by block on large arrays (``out`` sliced the same way)."""

    def run(x: FloatArray, out: Triple, /, **params: Any) -> Triple:
        if x.size <= 2 * BLOCK or x.ndim != 1 or not all(o.ndim == 1 for o in out):
            return kernel(x, out, **params)
        for k in range(0, x.size, BLOCK):
            s = slice(k, k + BLOCK)
            kernel(x[s], (out[0][s], out[1][s], out[2][s]), **params)
        return out

    run.__name__ = getattr(kernel, "__name__", "fused")
    run.__doc__ = kernel.__doc__
    return run
