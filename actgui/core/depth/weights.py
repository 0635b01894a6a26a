"""The random streams of a run: inputs, output directions and the weight matrices.

Everything depends only on the seed and the sizes, never on the activation or on
the number of threads: each layer's matrix (and each block of its rows) has its
own :class:`numpy.random.SeedSequence` spawn key.  ``PREFETCH`` and
``WEIGHT_CACHE_BYTES`` are read here (set them on this module, not the package).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from ..spec import FloatArray
from .config import DepthConfig

# spawn keys of the random streams (SeedSequence(seed, spawn_key=...))
_KEY_INPUT, _KEY_DIRECTION, _KEY_WEIGHT = 0, 1, 2
#: weights kept between passes and between activations of one seed
WEIGHT_CACHE_BYTES = 256 * 2**20
#: draw the next layer's weights in a background thread while this one is used
PREFETCH = True
#: rows of a weight matrix drawn from one random stream (fixed: results never depend
#: on the number of threads)
_BLOCK_ROWS = 128
#: threads drawing the row blocks of one matrix
_RNG_THREADS = max(1, min(4, os.cpu_count() or 1))


def _rng(seed: int, *key: int) -> np.random.Generator:
    # SFC64: a quality generator about 20 % faster than PCG64 at drawing normals,
    # which is most of the cost of a wide network
    return np.random.Generator(np.random.SFC64(np.random.SeedSequence(seed, spawn_key=key)))


def inputs(config: DepthConfig) -> FloatArray:
    """The batch x width standard-normal input of a run."""
    return _rng(config.seed, _KEY_INPUT).standard_normal((config.batch, config.width))


def directions(config: DepthConfig) -> FloatArray:
    """Per-example unit vectors u_b: the gradient of the loss at the output."""
    u = _rng(config.seed, _KEY_DIRECTION).standard_normal((config.batch, config.width))
    u /= np.sqrt(np.einsum("ij,ij->i", u, u))[:, None]
    return u


class Weights:
    """The weight matrices of one configuration, generated per layer on demand.

    Layer l's matrix comes from its own random streams (one per block of rows), so
    it is the same whatever order layers are asked in; the first layers asked are
    kept (up to ``cache_bytes``) for the backward pass and for other activations.
    Drawing width^2 normals per layer is the largest cost of a wide network, so the
    row blocks are drawn in parallel and the next layer's matrix is drawn in a
    background thread while the current one is used (numpy's generators and
    LAPACK release the GIL).
    """

    def __init__(self, config: DepthConfig, cache_bytes: int = WEIGHT_CACHE_BYTES) -> None:
        self.config = config.checked()
        n = self.config.width
        self._capacity = max(0, cache_bytes // (n * n * 8))
        self._cache: dict[int, FloatArray] = {}
        self._pending: dict[int, Future[FloatArray]] = {}
        self._pool: ThreadPoolExecutor | None = None
        self._rng_pool: ThreadPoolExecutor | None = None
        self._last: tuple[int, FloatArray] | None = None

    def _blocks(
        self, layer: int, fill: Callable[[np.random.Generator, FloatArray], None]
    ) -> FloatArray:
        """A width x width matrix whose row blocks are filled from their own streams.

        The blocks are fixed (``_BLOCK_ROWS`` rows each), so the numbers do not depend
        on how many threads fill them; with more than one block they are filled in
        parallel (numpy's generators release the GIL).
        """
        cfg = self.config
        n = cfg.width
        out = np.empty((n, n))
        starts = range(0, n, _BLOCK_ROWS)

        def one(k: int) -> None:
            a = starts[k]
            fill(_rng(cfg.seed, _KEY_WEIGHT, layer, k), out[a : a + _BLOCK_ROWS])

        if len(starts) == 1 or _RNG_THREADS == 1:
            for k in range(len(starts)):
                one(k)
        else:
            if self._rng_pool is None:
                self._rng_pool = ThreadPoolExecutor(_RNG_THREADS, thread_name_prefix="actgui-rng")
            for fut in [self._rng_pool.submit(one, k) for k in range(len(starts))]:
                fut.result()
        return out

    def generate(self, layer: int) -> FloatArray:
        """Layer ``layer``'s matrix, drawn afresh from its own streams."""
        cfg = self.config
        n = cfg.width
        if cfg.init == "glorot_uniform":
            a = math.sqrt(6.0 / (n + n))

            def uniform(rng: np.random.Generator, block: FloatArray) -> None:
                rng.random(out=block)  # [0, 1) -> [-a, a)
                block *= 2.0 * a
                block -= a

            return self._blocks(layer, uniform)

        def normal(rng: np.random.Generator, block: FloatArray) -> None:
            rng.standard_normal(out=block)

        w = self._blocks(layer, normal)
        if cfg.init == "orthogonal":
            # Mezzadri (2007): Q of a Gaussian matrix, column signs fixed by R's diagonal,
            # is Haar-distributed; h @ Q keeps every example's norm.
            q, r = np.linalg.qr(w)
            q *= np.where(np.diagonal(r) < 0.0, -1.0, 1.0)
            return np.ascontiguousarray(q)
        w *= cfg.weight_std()
        return w

    def layer(self, layer: int, prefetch: int | None = None) -> FloatArray:
        """Layer ``layer``'s matrix; start generating layer ``prefetch`` meanwhile."""
        if not 1 <= layer <= self.config.layers:
            raise ValueError(f"layer must be from 1 to {self.config.layers}, got {layer}")
        w = self._cache.get(layer)
        if w is None and self._last is not None and self._last[0] == layer:
            w = self._last[1]
        if w is None:
            fut = self._pending.pop(layer, None)
            w = fut.result() if fut is not None else self.generate(layer)
            if len(self._cache) < self._capacity:
                self._cache[layer] = w
        self._last = (layer, w)
        if PREFETCH and prefetch is not None and 1 <= prefetch <= self.config.layers:
            known = self._cache.keys() | self._pending.keys()
            if self._last is not None:
                known.add(self._last[0])
            if prefetch not in known:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(1, thread_name_prefix="actgui-weights")
                self._pending[prefetch] = self._pool.submit(self.generate, prefetch)
        return w

    def close(self) -> None:
        """Stop the background threads (cached matrices stay usable)."""
        for fut in self._pending.values():
            fut.cancel()
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        if self._rng_pool is not None:
            self._rng_pool.shutdown(wait=True)
            self._rng_pool = None

    def __enter__(self) -> Weights:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
