"""A multilayer perceptron on 2-D inputs, trained with the activation's exact f′.

The network has ``layers`` hidden layers of ``width`` units with one activation
f, and a linear output layer read by a sigmoid (one logit, binary cross-entropy)
or a softmax (one logit per class, cross-entropy)::

    z_k = h_{k-1} W_k + b_k,  h_k = f(z_k)         k = 1 .. layers,  h_0 = x
    logits = h_L W_{L+1} + b_{L+1}

Every trained number lives in one flat float64 vector ``theta`` (weights and
biases layer by layer, then the learned activation parameters, which are shared
by all units of all layers); the gradient has the same layout, so an optimiser
step is a handful of whole-vector operations.  The buffers of a batch size are
allocated once.  The backward pass multiplies by f′ from the catalog kernel
(``Activation.df``) and, for a learned parameter θ, sums dL/dh · ∂f/∂θ over
all units (:mod:`.param_grad`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from .. import catalog
from ..spec import Activation, FloatArray, NumberParam, ParamValue
from . import param_grad


def _rng(seed: int, *key: int) -> np.random.Generator:
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed, spawn_key=key)))


KEY_WEIGHT = 20


def init_weight(
    init: str, sigma: float | None, fan_in: int, fan_out: int, seed: int, layer: int
) -> FloatArray:
    """Layer ``layer``'s fan_in x fan_out matrix, from its own stream of the seed.

    The depth lab's initialisations with rectangular fans: Glorot uses
    fan_in + fan_out, He and LeCun fan_in, orthogonal is semi-orthogonal with gain 1
    (Q of a Gaussian matrix, signs fixed by R's diagonal), normal has std ``sigma``.
    """
    rng = _rng(seed, KEY_WEIGHT, layer)
    if init == "glorot_uniform":
        a = math.sqrt(6.0 / (fan_in + fan_out))
        return rng.uniform(-a, a, (fan_in, fan_out))
    if init == "orthogonal":
        big, small = max(fan_in, fan_out), min(fan_in, fan_out)
        q, r = np.linalg.qr(rng.standard_normal((big, small)))
        q *= np.where(np.diagonal(r) < 0.0, -1.0, 1.0)
        return np.ascontiguousarray(q if fan_in >= fan_out else q.T)
    if init == "glorot_normal":
        std = math.sqrt(2.0 / (fan_in + fan_out))
    elif init == "he_normal":
        std = math.sqrt(2.0 / fan_in)
    elif init == "lecun_normal":
        std = math.sqrt(1.0 / fan_in)
    elif init == "normal":
        assert sigma is not None
        std = float(sigma)
    else:  # pragma: no cover - validated by TrainConfig
        raise AssertionError(init)
    return rng.standard_normal((fan_in, fan_out)) * std


def layer_shapes(layers: int, width: int, outputs: int) -> list[tuple[int, int]]:
    """(fan_in, fan_out) of every weight matrix, input layer first."""
    return [(2 if k == 0 else width, width) for k in range(layers)] + [(width, outputs)]


def initial_theta(
    shapes: Sequence[tuple[int, int]], init: str, sigma: float | None, seed: int
) -> FloatArray:
    """Weights from ``init`` and zero biases, flat, in :class:`Network`'s layout."""
    parts = []
    for k, (fi, fo) in enumerate(shapes):
        parts.append(init_weight(init, sigma, fi, fo, seed, k + 1).ravel())
        parts.append(np.zeros(fo))
    return np.concatenate(parts)


class _Buffers:
    """Everything one batch size needs, allocated once."""

    def __init__(self, n: int, width: int, layers: int, outputs: int) -> None:
        self.z = [np.empty((n, width)) for _ in range(layers)]
        # f(z) and f'(z): arrays the catalog's kernels return
        self.h: list[FloatArray] = [self.z[0]] * layers
        self.d: list[FloatArray] = [self.z[0]] * layers
        self.logits = np.empty((n, outputs))
        self.g = [np.empty((n, width)), np.empty((n, width))]
        self.dlogits = np.empty((n, outputs))
        self.work = np.empty((n, outputs))
        self.rows = np.empty(n)
        self.ones = np.ones(n)  # column sums as a matrix product: faster than np.sum
        self.hits = np.empty(n, dtype=np.bool_)


class Network:
    """One activation's MLP; ``theta`` holds every trained number (see the module)."""

    def __init__(
        self,
        activation: Activation,
        params: dict[str, ParamValue],
        learned: Sequence[str],
        layers: int,
        width: int,
        classes: int,
        head: str,
        theta0: FloatArray,
    ) -> None:
        self.act = activation
        self.params = dict(params)
        self.learned = tuple(learned)
        self.layers, self.width, self.classes, self.head = layers, width, classes, head
        self.outputs = 1 if head == "sigmoid" else classes
        self.shapes = layer_shapes(layers, width, self.outputs)
        n_weights = sum(fi * fo + fo for fi, fo in self.shapes)
        if theta0.size != n_weights:
            raise ValueError("initial weights of the wrong size")
        self.theta = np.empty(n_weights + len(self.learned))
        self.theta[:n_weights] = theta0
        for j, name in enumerate(self.learned):
            self.theta[n_weights + j] = float(self.params[name])
        self.grad = np.zeros_like(self.theta)
        self.n_weights = n_weights
        self.W: list[FloatArray] = []
        self.b: list[FloatArray] = []
        self.gW: list[FloatArray] = []
        self.gb: list[FloatArray] = []
        at = 0
        for fi, fo in self.shapes:
            for store, gstore, size, shape in (
                (self.W, self.gW, fi * fo, (fi, fo)),
                (self.b, self.gb, fo, (fo,)),
            ):
                store.append(self.theta[at : at + size].reshape(shape))
                gstore.append(self.grad[at : at + size].reshape(shape))
                at += size
        self.bounds: list[tuple[float, float]] = []
        for name in self.learned:
            p = self.act.param(name)
            assert isinstance(p, NumberParam)
            self.bounds.append(param_grad.valid_interval(p))
        self._buffers: dict[tuple[int, str], _Buffers] = {}
        #: sum of squares of each weight matrix's gradient after :meth:`backward`
        self.grad_sq = np.zeros(len(self.shapes))

    # --- parameters ---------------------------------------------------------------

    def sync_params(self) -> None:
        """Copy the learned parameters from ``theta`` into ``params``."""
        for j, name in enumerate(self.learned):
            self.params[name] = float(self.theta[self.n_weights + j])

    def clip_params(self) -> None:
        """Keep each learned parameter inside its valid range (after an optimiser step);
        a step that breaks a rule between two of them (hardtanh's min_val < max_val) is
        not taken."""
        for j, (lo, hi) in enumerate(self.bounds):
            i = self.n_weights + j
            v = self.theta[i]
            if v < lo:
                self.theta[i] = lo
            elif v > hi:
                self.theta[i] = hi
        if len(self.learned) > 1 and self.act.id in catalog.CATALOG:
            wanted = dict(self.params)
            for j, name in enumerate(self.learned):
                wanted[name] = float(self.theta[self.n_weights + j])
            try:
                catalog.resolve_params(self.act, wanted)
            except ValueError:
                for j, name in enumerate(self.learned):
                    self.theta[self.n_weights + j] = float(self.params[name])
        self.sync_params()

    def learned_values(self) -> FloatArray:
        return self.theta[self.n_weights :].copy()

    # --- passes -------------------------------------------------------------------

    def buffers(self, n: int, use: str = "train") -> _Buffers:
        """The buffers of ``n`` rows for one use ("train": the passes that backward
        needs; "eval": evaluations, which must not overwrite them)."""
        key = (n, use)
        buf = self._buffers.get(key)
        if buf is None:
            if len(self._buffers) > 5:  # a few sizes: batch, last batch, train, test, grid
                self._buffers.pop(next(iter(self._buffers)))
            buf = self._buffers[key] = _Buffers(n, self.width, self.layers, self.outputs)
        return buf

    def forward(self, x: FloatArray, derivatives: bool = True, use: str = "train") -> _Buffers:
        """Logits of the rows of ``x`` (in the returned buffers' ``logits``)."""
        n = x.shape[0]
        buf = self.buffers(n, use)
        f, df, p = self.act.f, self.act.df, self.params
        h = x
        for k in range(self.layers):
            z = np.matmul(h, self.W[k], out=buf.z[k])
            z += self.b[k]
            buf.h[k] = h = np.asarray(f(z, **p), dtype=np.float64)
            if derivatives:
                buf.d[k] = np.asarray(df(z, **p), dtype=np.float64)
        np.matmul(h, self.W[-1], out=buf.logits)
        buf.logits += self.b[-1]
        return buf

    def loss(self, buf: _Buffers, y: NDArray[np.int64], gradient: bool) -> tuple[float, int]:
        """Mean loss and number of correct predictions; dL/dlogits into ``dlogits``."""
        z = buf.logits
        n = z.shape[0]
        if self.head == "sigmoid":
            t = z[:, 0]
            e = buf.rows
            np.abs(t, out=e)
            np.negative(e, out=e)
            np.exp(e, out=e)  # e^{-|t|}
            # BCE with logits: max(t, 0) - t y + log(1 + e^{-|t|})
            yf = y.astype(np.float64)
            loss = float(np.sum(np.maximum(t, 0.0) - t * yf + np.log1p(e))) / n
            np.greater(t, 0.0, out=buf.hits)
            correct = int(np.count_nonzero(buf.hits == (y == 1)))
            if gradient:
                g = buf.dlogits[:, 0]
                # σ(t) = 1/(1+e) for t >= 0, e/(1+e) for t < 0
                np.add(e, 1.0, out=g)
                np.divide(np.where(t >= 0.0, 1.0, e), g, out=g)
                g -= yf
                g /= n
            return loss, correct
        w = buf.work
        m = z.max(axis=1, keepdims=True)
        np.subtract(z, m, out=w)
        np.exp(w, out=w)
        s = w.sum(axis=1)
        rows = np.arange(n)
        picked = z[rows, y] - m[:, 0]
        loss = float(np.sum(np.log(s) - picked)) / n
        correct = int(np.count_nonzero(np.argmax(z, axis=1) == y))
        if gradient:
            g = buf.dlogits
            np.divide(w, s[:, None], out=g)
            g[rows, y] -= 1.0
            g /= n
        return loss, correct

    def backward(self, x: FloatArray, buf: _Buffers) -> None:
        """The gradient of the mean loss into ``grad`` (after :meth:`forward` and :meth:`loss`)."""
        L = self.layers
        g_out = buf.dlogits
        np.matmul(buf.h[L - 1].T, g_out, out=self.gW[L])
        np.matmul(buf.ones, g_out, out=self.gb[L])
        self.grad_sq[L] = float(np.vdot(self.gW[L], self.gW[L]))
        gh = np.matmul(g_out, self.W[L].T, out=buf.g[0])
        flip = 1
        n_learned = len(self.learned)
        if n_learned:
            self.grad[self.n_weights :] = 0.0
        for k in range(L - 1, -1, -1):
            for j, name in enumerate(self.learned):
                dfdp = param_grad.param_derivative(self.act, name, buf.z[k], self.params)
                self.grad[self.n_weights + j] += float(np.vdot(gh, dfdp))
            np.multiply(gh, buf.d[k], out=gh)  # dL/dz_k
            below = buf.h[k - 1] if k > 0 else x
            np.matmul(below.T, gh, out=self.gW[k])
            np.matmul(buf.ones, gh, out=self.gb[k])
            self.grad_sq[k] = float(np.vdot(self.gW[k], self.gW[k]))
            if k > 0:
                gh = np.matmul(gh, self.W[k].T, out=buf.g[flip])
                flip = 1 - flip

    def evaluate(self, x: FloatArray, y: NDArray[np.int64]) -> tuple[float, float]:
        """(mean loss, accuracy) of the rows of ``x`` with classes ``y``."""
        buf = self.forward(x, derivatives=False, use="eval")
        loss, correct = self.loss(buf, y, gradient=False)
        return loss, correct / max(x.shape[0], 1)

    def probabilities(self, x: FloatArray) -> FloatArray:
        """n x classes class probabilities of the rows of ``x``."""
        z = self.forward(x, derivatives=False, use="eval").logits
        if self.head == "sigmoid":
            p1 = 0.5 * (1.0 + np.tanh(0.5 * z[:, 0]))  # σ without overflow
            return np.column_stack((1.0 - p1, p1))
        w = np.exp(z - z.max(axis=1, keepdims=True))
        return w / w.sum(axis=1, keepdims=True)
