"""One BLAS thread while small networks train.

The lab's matrices are at most 128 wide: OpenBLAS's threads cost more to wake
than they save, and on a busy two-core machine they made a 3 x 32 network train
about 30 times slower (20 instead of 700 epochs per second, measured).  numpy
ships OpenBLAS on Linux and Windows; its thread count is set through the
library's own ``openblas_set_num_threads`` (with the symbol suffix numpy's
64-bit-integer build uses), found with ctypes.  Where there is no OpenBLAS
(macOS' Accelerate) this does nothing.
"""

from __future__ import annotations

import ctypes
import glob
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_SYMBOLS = (
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
    ("openblas_set_num_threads", "openblas_get_num_threads"),
)

_lock = threading.Lock()
_users = 0
_saved: int | None = None
_functions: tuple[Any, Any] | bool | None = False  # False: not looked for yet


def _candidates() -> list[str]:
    import numpy as np

    paths: list[str] = []
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/maps", encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    parts = line.split()
                    if len(parts) >= 6 and "openblas" in parts[-1].lower():
                        paths.append(parts[-1])
        except OSError:
            pass
    root = os.path.dirname(os.path.dirname(np.__file__))
    for folder in ("numpy.libs", os.path.join("numpy", ".libs"), "scipy_openblas64", "lib"):
        for pattern in ("*openblas*.so*", "*openblas*.dll", "*openblas*.dylib"):
            paths += glob.glob(os.path.join(root, folder, pattern))
    return list(dict.fromkeys(paths))


def _find() -> tuple[Any, Any] | None:
    global _functions
    if _functions is False:
        _functions = None
        for path in _candidates():
            try:
                lib = ctypes.CDLL(path)
            except OSError:
                continue
            for set_name, get_name in _SYMBOLS:
                setter = getattr(lib, set_name, None)
                getter = getattr(lib, get_name, None)
                if setter is not None and getter is not None:
                    setter.argtypes, setter.restype = [ctypes.c_int], None
                    getter.argtypes, getter.restype = [], ctypes.c_int
                    _functions = (setter, getter)
                    break
            if _functions:
                break
    return _functions if isinstance(_functions, tuple) else None


def threads() -> int | None:
    """OpenBLAS's thread count now, or None when numpy's BLAS is not OpenBLAS."""
    found = _find()
    return None if found is None else int(found[1]())


@contextmanager
def single_thread() -> Iterator[None]:
    """OpenBLAS on one thread inside the block (nested and threaded uses are counted)."""
    global _users, _saved
    found = _find()
    if found is None:
        yield
        return
    setter, getter = found
    with _lock:
        if _users == 0:
            _saved = int(getter())
            setter(1)
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0 and _saved is not None:
                setter(_saved)
