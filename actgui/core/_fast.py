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

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
    may be ``a`` or ``b`` itself (not both).  Returns ``out`` (a new array when
    ``out`` is a numpy scalar, as ufuncs make of 0-d arrays).
    """
    if not isinstance(out, np.ndarray) or out.ndim == 0:  # numpy scalars from 0-d input
        return np.asarray(np.where(cond, a, b), dtype=np.float64)
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


def flag_between(x: FloatArray, lo: float, hi: float, out: FloatArray) -> FloatArray:
    """``np.where((x > lo) & (x < hi), 1.0, 0.0)`` into ``out`` (shaped like x).

    The two boolean temporaries are views of :func:`scratch` buffers (n/8 float64
    each): new bool arrays of 10^5 elements and more are mapped afresh by the C
    library on every call, which cost more than the three passes over them.
    """
    n = x.size
    with scratch((n + 7) // 8) as take:
        a = take().view(np.bool_)[:n].reshape(x.shape)
        b = take().view(np.bool_)[:n].reshape(x.shape)
        np.greater(x, lo, out=a)
        np.less(x, hi, out=b)
        np.logical_and(a, b, out=a)
        np.copyto(out, a)
    return out


#: elements per block of :func:`blocked` (128 KiB of float64)
BLOCK = 16384

Fused = Callable[..., Triple]


def blocked(kernel: Fused, block: int = BLOCK) -> Fused:
    """Run a fused kernel block by block on large arrays.

    A block's temporaries stay in the L2 cache, and the allocator hands the same
    small buffers back block after block, where arrays of 10^5 elements and more
    are mapped afresh by the C library on every allocation (a page fault per 4 KiB,
    about half a millisecond per 1.6 MB temporary on a virtual machine).  Kernels
    with many temporaries (the smooth ones) use it; the piecewise-linear ones,
    with two or three, are faster in one pass.  ``block``: elements per block
    (larger for kernels whose many small operations cost more in Python's calls
    than in the cache; their temporaries come from :func:`scratch`).
    """

    def run(x: FloatArray, out: Triple, /, **params: Any) -> Triple:
        if x.size <= 2 * block or not all(o.flags.c_contiguous for o in out):
            return kernel(x, out, **params)
        flat = x.reshape(-1)
        outs = [o.reshape(-1) for o in out]
        for k in range(0, flat.size, block):
            s = slice(k, k + block)
            kernel(flat[s], (outs[0][s], outs[1][s], outs[2][s]), **params)
        return out

    run.__name__ = getattr(kernel, "__name__", "fused")
    run.__doc__ = kernel.__doc__
    return run


#: largest buffer :func:`scratch` keeps between calls (256 KiB of float64; GELU's
#: fused kernel, the deepest user, holds about 20 of them: 5 MB per thread)
SCRATCH_MAX = 32768


class _Pool(threading.local):
    """One thread's scratch buffers, handed out and taken back in stack order."""

    def __init__(self) -> None:
        self.bufs: list[FloatArray] = []
        self.top = 0


_POOL = _Pool()


@contextmanager
def scratch(n: int) -> Iterator[Callable[[], FloatArray]]:
    """Temporaries of ``n`` float64 elements, reused from call to call.

    ``with scratch(n) as take:`` gives a function; each ``take()`` returns a
    fresh uninitialised 1-d array of length ``n`` that nobody else holds until
    the ``with`` block ends, when all of them are taken back (the caller must not
    keep them: copy results out first).  Blocks nest (a helper may open its own
    inside a kernel's).  Why: a new array of 128 KiB or more is mapped afresh
    by the C library on many allocations, and the page faults of a kernel's
    dozens of temporaries cost more than its arithmetic; these buffers stay
    mapped and cached.  Buffers are per thread, so kernels stay thread-safe;
    above :data:`SCRATCH_MAX` elements they are plain new arrays.
    """
    pool = _POOL
    start = pool.top
    bufs = pool.bufs

    def take() -> FloatArray:
        if n > SCRATCH_MAX:
            return np.empty(n)
        i = pool.top
        if i == len(bufs):
            bufs.append(np.empty(SCRATCH_MAX))
        pool.top = i + 1
        return bufs[i][:n]

    try:
        yield take
    finally:
        pool.top = start
