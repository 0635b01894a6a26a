"""Depth lab: what an activation does to signals and gradients in a deep network.

A batch of standard-normal inputs goes through a fully connected network of
``layers`` square layers of ``width`` units (numpy, float64)::

    h_0 = x                                    x: batch x width, entries N(0, 1)
    z_l = h_{l-1} @ W_l + bias                 W_l: width x width, from ``init``
    h_l = f(z_l)                               l = 1 .. layers

Then a unit gradient is backpropagated with the activation's analytic f'.  Each
example b gets its own fixed direction u_b, uniform on the unit sphere of R^width
and drawn from the seed, and the loss ``l_b = <u_b, h_L,b>``; so the gradient at
the output has norm exactly 1 for every example.  A random direction rather than
``ones / sqrt(width)`` because the all-ones direction lines up with the mean of
non-centred activations (ReLU, sigmoid), which the variance analyses of He et
al. (2015) and Glorot and Bengio (2010) leave out.

Per layer (row 0 is the input) a :class:`DepthResult` holds, over all
batch x width entries:

- ``preact_mean``, ``preact_std``: mean and (population) standard deviation of z_l
- ``act_mean``, ``act_std``, ``act_mean_sq``: the same of h_l, and the mean of h_l^2
- ``dead_fraction``: the fraction of units with f'(z) = 0 for every example
- ``saturated_fraction``: the fraction of (example, unit) entries with |f'(z)| < eps
- ``grad_norm_act``: sqrt(mean_b ||dl_b/dh_l,b||^2), the RMS over the batch of the
  per-example gradient norms with respect to the activations (1 at the output)
- ``grad_norm_weight``: sqrt(mean_b ||dl_b/dW_l||_F^2), the same for the weights;
  a per-example weight gradient is the outer product of h_{l-1,b} and
  dl_b/dz_l,b, so its norm is the product of theirs.  Per-example norms do not
  depend on the batch size, unlike the gradient of the batch's mean loss, in
  which the examples' random directions partly cancel.

Values that are not defined at the input (pre-activations, dead and saturated
fractions, weight gradient) are NaN in row 0.  Nothing else is ever NaN or
infinite: when a signal explodes, pre-activations, activations, derivatives and
gradients are clamped to +-``CLAMP`` and the layer is flagged in ``clamped`` (a
flag can come from the backward pass: gradients explode towards the input).

Weights, inputs and output directions depend only on the seed (and the sizes),
never on the activation: activations compared under one seed see the same
network, and the weights of layer l are the same whatever the depth.  The normal
initialisations draw plain normals, as PyTorch does (Keras truncates at two
standard deviations and rescales to the same variance); orthogonal has gain 1.
"""

from __future__ import annotations

import csv
import io
import math
import numbers
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .. import catalog
from ..spec import Activation, FloatArray, ParamValue

INITS = ("glorot_uniform", "glorot_normal", "he_normal", "lecun_normal", "orthogonal", "normal")
INIT_NAMES = {
    "glorot_uniform": "Glorot/Xavier uniform",
    "glorot_normal": "Glorot/Xavier normal",
    "he_normal": "He/Kaiming normal",
    "lecun_normal": "LeCun normal",
    "orthogonal": "orthogonal",
    "normal": "N(0, σ²)",
}
MIN_LAYERS, MAX_LAYERS = 1, 200
MIN_WIDTH, MAX_WIDTH = 8, 2048
MIN_BATCH, MAX_BATCH = 1, 1024
MAX_SIGMA = 100.0
MAX_ABS_BIAS = 100.0
MAX_SEED = 2**63 - 1
MAX_REPEATS = 20
MIN_BINS, MAX_BINS = 2, 1000
DEFAULT_BINS = 60
DEFAULT_EPS = 0.01
#: Magnitude at which exploding values are clamped (and the layer flagged).  With
#: |values| <= 1e100 and at most 2048 x 1024 entries, sums of squares stay below
#: 1e207, far from float64 overflow.
CLAMP = 1e100

COLUMNS = (
    "preact_mean",
    "preact_std",
    "act_mean",
    "act_std",
    "act_mean_sq",
    "dead_fraction",
    "saturated_fraction",
    "grad_norm_act",
    "grad_norm_weight",
)
#: CSV header: the issue's columns, then the seed and the clamp flag.
CSV_HEADER = ("function", "layer", *COLUMNS, "seed", "clamped")

# spawn keys of the random streams (SeedSequence(seed, spawn_key=...))
_KEY_INPUT, _KEY_DIRECTION, _KEY_WEIGHT = 0, 1, 2
#: derivative arrays kept for the backward pass; beyond this, checkpointing
_DERIV_BUDGET_BYTES = 160 * 2**20
#: weights kept between passes and between activations of one seed
WEIGHT_CACHE_BYTES = 256 * 2**20
#: draw the next layer's weights in a background thread while this one is used
PREFETCH = True
#: rows of a weight matrix drawn from one random stream (fixed: results never depend
#: on the number of threads)
_BLOCK_ROWS = 128
#: threads drawing the row blocks of one matrix
_RNG_THREADS = max(1, min(4, os.cpu_count() or 1))

#: ``progress(done, total)``; raise :class:`Cancelled` in it to stop a run.
Progress = Callable[[int, int], None]
FunctionLike = str | Activation | tuple[str | Activation, Mapping[str, Any]]


class Cancelled(Exception):
    """Raised by a progress callback to stop a simulation."""


# --- configuration ----------------------------------------------------------------------


def _int_option(name: str, value: Any, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise ValueError(f"{name} must be a whole number from {lo:,} to {hi:,}, got {value!r}")
    v = int(value)
    if not lo <= v <= hi:
        raise ValueError(f"{name} must be from {lo:,} to {hi:,}, got {v:,}")
    return v


def _float_option(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a number, got {value!r}")
    v = float(value)
    if not math.isfinite(v):
        raise ValueError(f"{name} must be a finite number, got {v!r}")
    return v


@dataclass(frozen=True)
class DepthConfig:
    """The network and the batch; :meth:`checked` validates every option."""

    layers: int = 50
    width: int = 512
    init: str = "he_normal"
    sigma: float | None = None
    bias: float = 0.0
    seed: int = 0
    batch: int = 256
    eps: float = DEFAULT_EPS

    def checked(self) -> DepthConfig:
        """A copy with normalised values; ValueError naming the first bad option."""
        layers = _int_option("layers", self.layers, MIN_LAYERS, MAX_LAYERS)
        width = _int_option("width", self.width, MIN_WIDTH, MAX_WIDTH)
        batch = _int_option("batch", self.batch, MIN_BATCH, MAX_BATCH)
        seed = _int_option("seed", self.seed, 0, MAX_SEED)
        init = str(self.init).strip().lower() if isinstance(self.init, str) else self.init
        if init not in INITS:
            raise ValueError(f"unknown init {self.init!r}; choose one of: {', '.join(INITS)}")
        sigma = self.sigma
        if init == "normal":
            if sigma is None:
                raise ValueError("init 'normal' needs sigma, the weights' standard deviation")
            sigma = _float_option("sigma", sigma)
            if not 0.0 < sigma <= MAX_SIGMA:
                raise ValueError(f"sigma must be in (0, {MAX_SIGMA:g}], got {sigma!r}")
        elif sigma is not None:
            raise ValueError(
                f"sigma applies only to init 'normal'; init {init!r} sets its own scale"
            )
        bias = _float_option("bias", self.bias)
        if abs(bias) > MAX_ABS_BIAS:
            raise ValueError(f"bias must be in [-{MAX_ABS_BIAS:g}, {MAX_ABS_BIAS:g}], got {bias!r}")
        eps = _float_option("eps", self.eps)
        if not 0.0 < eps <= 1.0:
            raise ValueError(f"eps (saturation threshold on |f'|) must be in (0, 1], got {eps!r}")
        return DepthConfig(layers, width, init, sigma, bias, seed, batch, eps)

    def with_seed(self, seed: int) -> DepthConfig:
        return replace(self, seed=seed)

    def weight_std(self) -> float:
        """Standard deviation of one weight (orthogonal: that of a uniform unit column)."""
        n = self.width
        if self.init in ("glorot_uniform", "glorot_normal"):
            return math.sqrt(2.0 / (n + n))
        if self.init == "he_normal":
            return math.sqrt(2.0 / n)
        if self.init == "lecun_normal":
            return math.sqrt(1.0 / n)
        if self.init == "orthogonal":
            return math.sqrt(1.0 / n)
        assert self.sigma is not None
        return float(self.sigma)


def default_hist_layers(layers: int) -> tuple[int, ...]:
    """First, middle and last layer (fewer when they coincide)."""
    return tuple(sorted({1, max(1, round(layers / 2)), layers}))


#: histograms the figure shows (the core computes any number)
MAX_SHOWN_HISTOGRAMS = 3


def parse_hist_layers(text: str, layers: int) -> tuple[int, ...] | None:
    """'1, 25, 50' -> (1, 25, 50); empty text -> None (first, middle, last)."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    if not parts:
        return None
    try:
        values = sorted({int(p) for p in parts})
    except ValueError:
        raise ValueError(
            f"histogram layers must be whole numbers separated by commas, e.g. 1,25,50; "
            f"got {text!r}"
        ) from None
    if len(values) > MAX_SHOWN_HISTOGRAMS:
        raise ValueError(
            f"at most {MAX_SHOWN_HISTOGRAMS} histogram layers, got {len(values)}: {text!r}"
        )
    for v in values:
        _int_option("histogram layer", v, 0, layers)
    return tuple(values)


# --- random streams ---------------------------------------------------------------------


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


# --- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Histogram:
    """Activations of one layer: ``counts[i]`` values fell in [edges[i], edges[i+1])."""

    layer: int
    edges: FloatArray
    counts: NDArray[np.int64]

    @property
    def fractions(self) -> FloatArray:
        """counts / number of values (sums to 1)."""
        total = int(self.counts.sum())
        return self.counts / float(max(total, 1))

    @property
    def centers(self) -> FloatArray:
        return 0.5 * (self.edges[:-1] + self.edges[1:])


@dataclass(frozen=True)
class DepthResult:
    """Per-layer statistics of one activation, one configuration, one seed."""

    label: str
    activation: Activation
    params: dict[str, ParamValue]
    config: DepthConfig
    #: column name -> array of layers + 1 values (row 0: the input)
    columns: dict[str, FloatArray]
    #: True where a value of the layer was clamped to +-CLAMP
    clamped: NDArray[np.bool_]
    histograms: tuple[Histogram, ...] = field(default=())

    @property
    def layers(self) -> NDArray[np.int64]:
        return np.arange(self.config.layers + 1)

    def column(self, name: str) -> FloatArray:
        if name not in self.columns:
            raise ValueError(f"unknown column {name!r}; columns: {', '.join(COLUMNS)}")
        return self.columns[name]

    def histogram(self, layer: int) -> Histogram:
        for h in self.histograms:
            if h.layer == layer:
                return h
        have = ", ".join(str(h.layer) for h in self.histograms) or "none"
        raise ValueError(f"no histogram at layer {layer}; histograms at layers: {have}")


# --- functions ----------------------------------------------------------------------------


def resolve_function(
    function: FunctionLike, params: Mapping[str, Any] | None = None
) -> tuple[str, Activation, dict[str, ParamValue]]:
    """(label, activation, validated params) from a spec, an Activation or a pair.

    A spec is a catalog id with optional parameters (``leaky_relu(negative_slope=0.2)``)
    or a custom expression (``expr:a*x*sigmoid(b*x); a=1; b=1.702``), as
    ``actgui export -f`` takes them.
    """
    if isinstance(function, tuple):
        if params is not None:
            raise ValueError("give the parameters either in the pair or as params, not both")
        function, params = function
    if isinstance(function, Activation):
        act = function
        resolved = catalog.resolve_params(act, params)
        label = catalog.format_spec(act, resolved) if act.id in catalog.CATALOG else act.id
        return label, act, resolved
    if not isinstance(function, str):
        raise ValueError(f"a function must be a spec such as 'relu', got {function!r}")
    from ..export_data import CurveSpec

    spec = CurveSpec.parse(function)
    act = spec.activation
    resolved = catalog.resolve_params(act, {**spec.params, **dict(params or {})})
    label = spec.label if params is None else catalog.format_spec(act, resolved)
    return label, act, resolved


# --- the simulation -----------------------------------------------------------------------


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


# --- CSV ----------------------------------------------------------------------------------


def _num(v: float) -> str:
    """The shortest text that reads back to the same float64, as ``actgui export`` writes."""
    from ..export_data import number_text

    return number_text(v)


def csv_text(results: Sequence[DepthResult]) -> str:
    """One row per (function, seed, layer); numbers read back to the same float64."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_HEADER)
    for r in results:
        for layer in range(r.config.layers + 1):
            w.writerow(
                [
                    r.label,
                    layer,
                    *(_num(r.columns[c][layer]) for c in COLUMNS),
                    r.config.seed,
                    int(r.clamped[layer]),
                ]
            )
    return buf.getvalue()


def read_csv(text: str) -> list[dict[str, Any]]:
    """Rows of :func:`csv_text` as dicts (numbers as int or float)."""
    rows = []
    for raw in csv.DictReader(io.StringIO(text)):
        row: dict[str, Any] = {"function": raw["function"], "layer": int(raw["layer"])}
        for c in COLUMNS:
            row[c] = float(raw[c])
        row["seed"] = int(raw["seed"])
        row["clamped"] = bool(int(raw["clamped"]))
        rows.append(row)
    return rows


# --- presets ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DepthPreset:
    """A configuration that teaches one thing, with a two-line explanation."""

    id: str
    title_en: str
    title_zh: str
    functions: tuple[str, ...]
    config: DepthConfig
    repeats: int
    explanation_en: tuple[str, str]
    explanation_zh: tuple[str, str]

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh_CN" else self.title_en

    def explanation(self, lang: str = "en") -> tuple[str, str]:
        return self.explanation_zh if lang == "zh_CN" else self.explanation_en


PRESETS: tuple[DepthPreset, ...] = (
    DepthPreset(
        id="sigmoid_glorot",
        title_en="sigmoid + Glorot: vanishing gradient",
        title_zh="Sigmoid + Glorot：梯度消失",
        functions=("sigmoid", "tanh"),
        config=DepthConfig(layers=20, width=512, init="glorot_uniform", batch=256),
        repeats=1,
        explanation_en=(
            "Sigmoid's slope is at most 1/4 and its outputs are not centred, so every layer "
            "shrinks the gradient: after 20 layers the first layer's is ~1e-12 of the last's.",
            "tanh, centred and with slope 1 at 0, keeps its weight gradients within a small "
            "factor under the same Glorot init (Glorot and Bengio, 2010).",
        ),
        explanation_zh=(
            "Sigmoid 的导数最大只有 1/4，输出又不以 0 为中心，梯度每反传一层就缩小："
            "20 层后第一层的梯度约为最后一层的 10⁻¹²。",
            "tanh 以 0 为中心、在 0 处斜率为 1，同样的 Glorot 初始化下各层权重梯度只相差很小的倍数"
            "（Glorot 与 Bengio，2010）。",
        ),
    ),
    DepthPreset(
        id="relu_bad_init",
        title_en="ReLU + bad init: dying ReLUs",
        title_zh="ReLU + 错误初始化：ReLU 死亡",
        functions=("relu",),
        config=DepthConfig(layers=30, width=256, init="he_normal", bias=-1.0, batch=256),
        repeats=1,
        explanation_en=(
            "A bias initialised to -1 pushes pre-activations below zero: within five layers "
            "every unit outputs 0 for every input (dead fraction 1).",
            "A dead ReLU passes no gradient (f' = 0), so the gradient below it is exactly zero "
            "and the network cannot learn.",
        ),
        explanation_zh=(
            "偏置初始化为 -1 会把预激活推到 0 以下：不到五层，每个单元对所有输入都输出 0"
            "（死亡比例为 1）。",
            "死亡的 ReLU 不传递梯度（f' = 0），它下面各层的梯度恰好为 0，网络无法学习。",
        ),
    ),
    DepthPreset(
        id="relu_he",
        title_en="ReLU + He: stable variance",
        title_zh="ReLU + He：方差稳定",
        functions=("relu",),
        config=DepthConfig(layers=50, width=512, init="he_normal", batch=256),
        repeats=5,
        explanation_en=(
            "He init (variance 2/fan_in) makes up for ReLU zeroing half its inputs: the mean "
            "square of the activations keeps its input value through 50 layers (He et al., 2015).",
            "Each seed drifts a little, because a finite layer is a random sample; the band "
            "shows the spread over 5 seeds, the line their median.",
        ),
        explanation_zh=(
            "He 初始化（方差 2/fan_in）补偿了 ReLU 把一半输入置零的损失：激活的均方值在 50 层中"
            "保持输入时的大小（He 等，2015）。",
            "有限宽度的层只是一个随机样本，所以每个种子会略有漂移；阴影带是 5 个种子的范围，"
            "线是它们的中位数。",
        ),
    ),
    DepthPreset(
        id="selu_lecun",
        title_en="SELU + LeCun: self-normalising",
        title_zh="SELU + LeCun：自归一化",
        functions=("selu", "elu"),
        config=DepthConfig(layers=50, width=512, init="lecun_normal", batch=256),
        repeats=1,
        explanation_en=(
            "SELU's two constants make mean 0 and variance 1 a stable fixed point: with LeCun "
            "normal init the activations keep mean ≈ 0, variance ≈ 1 (Klambauer et al., 2017).",
            "ELU, the same shape without SELU's scale, loses variance layer after layer under "
            "the same init.",
        ),
        explanation_zh=(
            "SELU 的两个常数使均值 0、方差 1 成为稳定不动点：用 LeCun 正态初始化时，"
            "各层激活均值约为 0、方差约为 1（Klambauer 等，2017）。",
            "ELU 形状相同但没有 SELU 的缩放系数，在同样的初始化下方差逐层减小。",
        ),
    ),
    DepthPreset(
        id="leaky_vs_relu",
        title_en="Leaky ReLU/PReLU/ELU vs ReLU",
        title_zh="Leaky ReLU/PReLU/ELU 对比 ReLU",
        functions=("relu", "leaky_relu", "prelu", "elu"),
        config=DepthConfig(layers=30, width=256, init="he_normal", bias=-1.0, batch=256),
        repeats=1,
        explanation_en=(
            "The bad bias of 'dying ReLUs' again: ReLU dies, while Leaky ReLU, PReLU and ELU "
            "keep a slope for negative inputs, so none of their units is ever dead.",
            "Their gradient still shrinks by that slope per layer: vastly with Leaky ReLU's "
            "0.01, less with PReLU's 0.25, least with ELU.",
        ),
        explanation_zh=(
            "与“ReLU 死亡”相同的错误偏置：ReLU 死亡，而 Leaky ReLU、PReLU 和 ELU 在负半轴仍有斜率，"
            "它们的单元不会死亡。",
            "但梯度每层仍按负半轴的斜率缩小：Leaky ReLU 的 0.01 使它缩小得极多，PReLU 的 0.25 "
            "少一些，ELU 最少。",
        ),
    ),
)


def preset(preset_id: str) -> DepthPreset:
    """A preset by id; ValueError listing the ids if unknown."""
    for p in PRESETS:
        if p.id == preset_id:
            return p
    ids = ", ".join(p.id for p in PRESETS)
    raise ValueError(f"unknown depth preset {preset_id!r}; presets: {ids}")
