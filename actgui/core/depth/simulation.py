"""The simulation: a batch forward through the network, a unit gradient back, statistics per layer.

:func:`simulate` runs one activation under one configuration;
:func:`simulate_many` runs several activations and seeds on shared weights;
:func:`spread` summarises the seeds.  The forward pass keeps the derivatives
for the backward pass up to a memory budget, beyond which it keeps checkpoints
and recomputes segments; results never depend on the budget.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..spec import Activation, FloatArray, ParamValue
from .config import (
    CLAMP,
    COLUMNS,
    DEFAULT_BINS,
    DEFAULT_EPS,
    MAX_BINS,
    MAX_REPEATS,
    MAX_SEED,
    MIN_BINS,
    DepthConfig,
    FunctionLike,
    Progress,
    _int_option,
    default_hist_layers,
    resolve_function,
)
from .results import DepthResult, Histogram
from .weights import Weights, directions, inputs

#: derivative arrays kept for the backward pass; beyond this, checkpointing
_DERIV_BUDGET_BYTES = 160 * 2**20


def _clamp(a: FloatArray) -> bool | None:
    """Clamp to +-CLAMP in place; True if anything was clamped, None if there is a NaN."""
    lo, hi = float(a.min()), float(a.max())
    if math.isnan(lo) or math.isnan(hi):
        return None
    if lo < -CLAMP or hi > CLAMP:
        np.clip(a, -CLAMP, CLAMP, out=a)
        return True
    return False


#: a sum of squares at most this proves every value is within +-CLAMP (and not NaN)
_SQUARES_LIMIT = CLAMP * CLAMP


def _squares(a: FloatArray) -> float:
    """Sum of squares; inf (never a warning) when it overflows, NaN if a holds NaN."""
    return float(np.einsum("ij,ij->", a, a))


def _row_squares(a: FloatArray) -> FloatArray:
    return np.einsum("ij,ij->i", a, a)


def _total(v: FloatArray) -> float:
    """Sum of non-negative values, inf rather than an overflow warning."""
    with np.errstate(over="ignore"):  # an exploding signal, caught by the caller
        return float(v.sum())


def _rms(v: FloatArray) -> float:
    """sqrt(mean(v^2)) of non-negative v without overflow."""
    m = float(v.max()) if v.size else 0.0
    if m == 0.0:
        return 0.0
    s = v / m
    return m * math.sqrt(float(np.einsum("i,i->", s, s)) / v.size)


def _mean_std(a: FloatArray, squares: float) -> tuple[float, float]:
    """Mean and population standard deviation of bounded values, given their sum of squares.

    One more pass (the sum) in the usual case; when the spread is tiny against the
    mean, where sum(a^2)/N - mean^2 would cancel, a second, centred pass.
    """
    n = a.size
    mean = float(a.sum()) / n
    var = squares / n - mean * mean
    if var <= 1e-6 * mean * mean:
        flat = a.reshape(-1)
        c = flat - mean
        var = float(np.einsum("i,i->", c, c)) / n
    return mean, math.sqrt(max(var, 0.0))


class _Run:
    """One forward and backward pass; keeps what the backward pass needs.

    Per layer the batch x width arrays are touched a handful of times (a sum of
    squares doubles as the overflow check) and, apart from the kernels' results,
    written into buffers allocated once.
    """

    def __init__(
        self,
        label: str,
        act: Activation,
        params: dict[str, ParamValue],
        cfg: DepthConfig,
        weights: Weights,
        hist_layers: tuple[int, ...],
        bins: int,
        progress: Progress | None,
    ) -> None:
        self.label, self.act, self.params, self.cfg = label, act, params, cfg
        self.weights = weights
        self.hist_layers, self.bins = hist_layers, bins
        self.progress = progress
        L, B, n = cfg.layers, cfg.batch, cfg.width
        per_layer = B * n * 8
        if L * per_layer <= _DERIV_BUDGET_BYTES:
            self.segment = L
        else:  # keep h every `segment` layers and recompute f' a segment at a time
            self.segment = min(L, max(math.ceil(math.sqrt(L)), _DERIV_BUDGET_BYTES // per_layer))
        self.starts = list(range(0, L, self.segment))
        recompute = self.starts[-1]  # layers before the last segment are computed twice
        self.total = 2 * L + recompute
        self.done = 0
        self.cols = {c: np.full(L + 1, np.nan) for c in COLUMNS}
        self.clamped = np.zeros(L + 1, dtype=bool)
        #: ||h_l,b||^2 per example, for the weight gradients
        self.sq_norms = np.empty((L + 1, B))
        self.checkpoints: dict[int, FloatArray] = {}
        self.derivs: dict[int, FloatArray] = {}
        self.histograms: list[Histogram] = []
        self._z = np.empty((B, n))
        self._abs = np.empty((B, n))
        self._below = np.empty((B, n), dtype=bool)
        self._g = [np.empty((B, n)), np.empty((B, n))]

    def _tick(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)

    def _bounded(self, a: FloatArray, squares: float, what: str, layer: int) -> float:
        """``squares`` if it proves ``a`` bounded; else clamp ``a`` (or refuse NaN) and recount."""
        if squares <= _SQUARES_LIMIT:
            return squares
        status = _clamp(a)
        if status is None:
            raise ValueError(
                f"{self.label}: {what} is NaN at layer {layer}; the function is not "
                "defined for the values it receives there"
            )
        if status:
            self.clamped[layer] = True
        return _squares(a)

    def _layer(
        self, h: FloatArray, layer: int, prefetch: int | None
    ) -> tuple[FloatArray, float, FloatArray]:
        """z (in a reused buffer), its sum of squares, and f'(z) of one layer, clamped."""
        z = np.matmul(h, self.weights.layer(layer, prefetch), out=self._z)
        if self.cfg.bias != 0.0:
            z += self.cfg.bias
        z_sq = self._bounded(z, _squares(z), "the pre-activation", layer)
        d = np.asarray(self.act.df(z, **self.params), dtype=np.float64)
        np.abs(d, out=self._abs)
        d_max = float(self._abs.max())
        if not d_max <= CLAMP:
            self._bounded(d, math.inf, "f'", layer)
            np.abs(d, out=self._abs)
        return z, z_sq, d

    def _activation(self, z: FloatArray, layer: int) -> tuple[FloatArray, FloatArray]:
        """f(z), clamped, and its examples' squared norms."""
        a = np.asarray(self.act.f(z, **self.params), dtype=np.float64)
        rows = _row_squares(a)
        if not _total(rows) <= _SQUARES_LIMIT:
            self._bounded(a, math.inf, "f", layer)
            rows = _row_squares(a)
        return a, rows

    def forward(self, x: FloatArray) -> None:
        cols, cfg = self.cols, self.cfg
        N = x.size
        self.sq_norms[0] = _row_squares(x)
        x_sq = float(self.sq_norms[0].sum())
        cols["act_mean"][0], cols["act_std"][0] = _mean_std(x, x_sq)
        cols["act_mean_sq"][0] = x_sq / N
        if 0 in self.hist_layers:
            self._histogram(0, x)
        last = self.starts[-1]
        h = x
        for layer in range(1, cfg.layers + 1):
            if layer - 1 in self.starts:
                self.checkpoints[layer - 1] = h
            z, z_sq, d = self._layer(h, layer, layer + 1)
            cols["preact_mean"][layer], cols["preact_std"][layer] = _mean_std(z, z_sq)
            np.less(self._abs, cfg.eps, out=self._below)
            cols["saturated_fraction"][layer] = np.count_nonzero(self._below) / N
            alive = np.count_nonzero(self._abs.max(axis=0))
            cols["dead_fraction"][layer] = (cfg.width - alive) / cfg.width
            a, rows = self._activation(z, layer)
            self.sq_norms[layer] = rows
            a_sq = float(rows.sum())
            cols["act_mean"][layer], cols["act_std"][layer] = _mean_std(a, a_sq)
            cols["act_mean_sq"][layer] = a_sq / N
            if layer in self.hist_layers:
                self._histogram(layer, a)
            if layer > last:
                self.derivs[layer] = d
            h = a
            self._tick()

    def _histogram(self, layer: int, a: FloatArray) -> None:
        counts, edges = np.histogram(a.reshape(-1), bins=self.bins)
        self.histograms.append(Histogram(layer, edges, counts.astype(np.int64)))

    def _recompute(self, start: int, stop: int) -> None:
        """f'(z) of layers start+1 .. stop from the checkpoint at layer start."""
        h = self.checkpoints[start]
        for layer in range(start + 1, stop + 1):
            z, _z_sq, d = self._layer(h, layer, layer + 1 if layer < stop else stop - 1)
            self.derivs[layer] = d
            if layer < stop:
                h, _rows = self._activation(z, layer)
            self._tick()

    def backward(self, u: FloatArray) -> None:
        cols, L, B = self.cols, self.cfg.layers, self.cfg.batch
        g = self._g[0]
        g[...] = u
        cols["grad_norm_act"][L] = math.sqrt(_squares(g) / B)
        flip = 1
        for k in range(len(self.starts) - 1, -1, -1):
            start = self.starts[k]
            stop = min(start + self.segment, L)
            if start != self.starts[-1]:
                self._recompute(start, stop)
            # after this segment comes the recomputation of the one before it
            then = self.starts[k - 1] + 1 if k > 0 else None
            for layer in range(stop, start, -1):
                nxt = layer - 1 if layer - 1 > start else then
                g *= self.derivs.pop(layer)  # dl/dz: both factors are within +-CLAMP
                rows = _row_squares(g)
                if not _total(rows) <= _SQUARES_LIMIT:
                    self._bounded(g, math.inf, "the gradient", layer)
                    rows = _row_squares(g)
                gz_norm = np.sqrt(rows)
                cols["grad_norm_weight"][layer] = _rms(gz_norm * np.sqrt(self.sq_norms[layer - 1]))
                g_next = np.matmul(g, self.weights.layer(layer, nxt).T, out=self._g[flip])
                flip = 1 - flip
                g_sq = self._bounded(g_next, _squares(g_next), "the gradient", layer - 1)
                cols["grad_norm_act"][layer - 1] = math.sqrt(g_sq / B)
                g = g_next
                self._tick()
            self.checkpoints.pop(start, None)

    def result(self) -> DepthResult:
        return DepthResult(
            self.label,
            self.act,
            self.params,
            self.cfg,
            self.cols,
            self.clamped,
            tuple(sorted(self.histograms, key=lambda h: h.layer)),
        )


def _check_hist(hist_layers: Sequence[int] | None, layers: int, bins: int) -> tuple[int, ...]:
    _int_option("bins", bins, MIN_BINS, MAX_BINS)
    if hist_layers is None:
        return default_hist_layers(layers)
    out = set()
    for v in hist_layers:
        out.add(_int_option("histogram layer", v, 0, layers))
    return tuple(sorted(out))


def simulate(
    function: FunctionLike,
    params: Mapping[str, Any] | None = None,
    layers: int = 50,
    width: int = 512,
    init: str = "he_normal",
    sigma: float | None = None,
    bias: float = 0.0,
    seed: int = 0,
    batch: int = 256,
    eps: float = DEFAULT_EPS,
    *,
    hist_layers: Sequence[int] | None = None,
    bins: int = DEFAULT_BINS,
    progress: Progress | None = None,
    weights: Weights | None = None,
) -> DepthResult:
    """Push a batch through the network and backpropagate a unit gradient.

    ``function`` is a spec text (``"leaky_relu(negative_slope=0.2)"``), an
    :class:`Activation` (custom ones included) or an (activation, params) pair;
    ``params`` override the spec's.  ``hist_layers`` (default: first, middle and
    last) are the layers whose activations are histogrammed into ``bins`` bins.
    ``weights`` lets several activations share one generated network.
    """
    cfg = DepthConfig(layers, width, init, sigma, bias, seed, batch, eps).checked()
    return simulate_config(
        function,
        params,
        cfg,
        hist_layers=hist_layers,
        bins=bins,
        progress=progress,
        weights=weights,
    )


def simulate_config(
    function: FunctionLike,
    params: Mapping[str, Any] | None,
    config: DepthConfig,
    *,
    hist_layers: Sequence[int] | None = None,
    bins: int = DEFAULT_BINS,
    progress: Progress | None = None,
    weights: Weights | None = None,
) -> DepthResult:
    """:func:`simulate` with the network given as a :class:`DepthConfig`."""
    cfg = config.checked()
    label, act, resolved = resolve_function(function, params)
    hl = _check_hist(hist_layers, cfg.layers, bins)
    if weights is not None and weights.config != cfg:
        raise ValueError("the shared weights were made for another configuration")
    own = weights is None
    if weights is None:
        weights = Weights(cfg)
    try:
        run = _Run(label, act, resolved, cfg, weights, hl, bins, progress)
        run.forward(inputs(cfg))
        run.backward(directions(cfg))
    finally:
        if own:
            weights.close()
    return run.result()


def seeds_for(seed: int, repeats: int) -> list[int]:
    """The seeds of ``repeats`` runs starting at ``seed``."""
    repeats = _int_option("repeats", repeats, 1, MAX_REPEATS)
    seed = _int_option("seed", seed, 0, MAX_SEED - MAX_REPEATS)
    return [seed + i for i in range(repeats)]


def simulate_many(
    functions: Sequence[FunctionLike],
    config: DepthConfig,
    repeats: int = 1,
    *,
    hist_layers: Sequence[int] | None = None,
    bins: int = DEFAULT_BINS,
    progress: Progress | None = None,
) -> list[list[DepthResult]]:
    """Every function under seeds seed .. seed + repeats - 1, sharing each seed's weights.

    Returns one list per function, with one result per seed.  ``progress`` gets the
    steps of the whole batch of runs.
    """
    cfg = config.checked()
    if not functions:
        raise ValueError("no function to simulate: give at least one, e.g. 'relu'")
    resolved = [resolve_function(f) for f in functions]
    seeds = seeds_for(cfg.seed, repeats)
    hl = _check_hist(hist_layers, cfg.layers, bins)
    out: list[list[DepthResult]] = [[] for _ in resolved]
    total = 0
    done = 0

    def sub_progress(d: int, t: int) -> None:
        if progress is not None:
            progress(done + d, total)

    for seed in seeds:
        scfg = cfg.with_seed(seed)
        with Weights(scfg) as weights:
            for i, (label, act, params) in enumerate(resolved):
                run = _Run(label, act, params, scfg, weights, hl, bins, sub_progress)
                total = run.total * len(seeds) * len(resolved)
                run.forward(inputs(scfg))
                run.backward(directions(scfg))
                done += run.total
                out[i].append(run.result())
    return out


def spread(
    results: Sequence[DepthResult], column: str
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Median, minimum and maximum over seeds of one column, per layer."""
    if not results:
        raise ValueError("no results to summarise")
    stack = np.vstack([r.column(column) for r in results])
    if np.isnan(stack).all(axis=0).any():
        # rows not defined at the input stay NaN; nan-aware reductions on the rest
        out = []
        for fn in (np.median, np.min, np.max):
            col = np.full(stack.shape[1], np.nan)
            ok = ~np.isnan(stack).any(axis=0)
            col[ok] = fn(stack[:, ok], axis=0)
            out.append(col)
        return out[0], out[1], out[2]
    return np.median(stack, axis=0), stack.min(axis=0), stack.max(axis=0)
