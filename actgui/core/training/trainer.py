"""Train one MLP per activation side by side: same data, same initial weights, same order.

:class:`Trainer` builds the data set and one :class:`~.network.Network` per
function from one seed, then :meth:`Trainer.step` trains every network for one
epoch (in lockstep, so a live view sees them all at the same epoch and every
network meets the mini-batches in the same order).  Per network a
:class:`History` holds, for epoch e = 0 (the initial network) .. epochs:

- ``loss``, ``train_accuracy``: on the whole training set, after e epochs
- ``test_loss``, ``test_accuracy``: the same on the test set
- ``grad_norms``: per weight matrix, the norm of dL/dW; row e >= 1 is the RMS over
  epoch e's mini-batches of the gradients the optimiser used (full batch: the
  gradient at the start of the epoch, so rows 0 and 1 agree), row 0 the gradient
  of the whole training set at the initial weights
- ``learned``: the learned activation parameters after e epochs

A network whose loss or gradient stops being finite is marked ``diverged_at``
that epoch and is not trained further; its later rows are NaN.

The optimisers are PyTorch's: SGD with momentum (``v = μ v + g``, ``θ -= lr v``)
and Adam (β = 0.9, 0.999, ε = 1e-8, bias-corrected).  Everything is float64 and
drawn from the seed: the same seed gives the same numbers, to the last bit.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass

import numpy as np

from ..depth import Cancelled, FunctionLike, resolve_function
from ..export_data import number_text
from ..messages import message
from ..spec import Activation, Family, FloatArray, NumberParam, ParamValue
from . import blas
from .config import MAX_FUNCTIONS, TrainConfig
from .data import BOUNDS, Dataset, make_dataset
from .network import Network, initial_theta, layer_shapes

__all__ = ["Cancelled", "History", "Trainer"]

KEY_ORDER = 30
#: parameters trained without being asked outside the Learnable family: PReLU's slope
#: (the P of its name; PyTorch's nn.PReLU trains it too)
PAPER_LEARNED: dict[str, tuple[str, ...]] = {"prelu": ("init",)}
#: columns of the CSV before the per-layer gradient norms
CSV_COLUMNS = ("function", "epoch", "loss", "train_accuracy", "test_accuracy", "test_loss")

Progress = Callable[[int, int], None]


def default_learned(act: Activation) -> tuple[str, ...]:
    """The parameters trained without being named in ``learn``: those of functions defined
    as trained with the weights, PReLU's slope (:data:`PAPER_LEARNED`) and the
    ``Activation.learnable`` ones of the Learnable family (ACON-C, APL).

    Other functions keep their parameters fixed unless asked, even where a paper trains
    them (``Activation.learnable``: SiLU/Swish's β, PELU's a and b, ...): the README,
    ``actgui train --help`` and the lab's "Also learn" say so.
    """
    paper = act.learnable if act.family is Family.LEARNABLE else ()
    return tuple(dict.fromkeys((*PAPER_LEARNED.get(act.id, ()), *paper)))


def numeric_params(act: Activation) -> list[str]:
    return [p.name for p in act.params if isinstance(p, NumberParam)]


def learned_params(
    label: str, act: Activation, params: Mapping[str, ParamValue], learn: Sequence[str]
) -> tuple[str, ...]:
    """The parameters learned without asking (:func:`default_learned`) and those of
    ``learn`` that ``act`` has."""
    mine = set(numeric_params(act))
    names = tuple(dict.fromkeys((*default_learned(act), *(n for n in learn if n in mine))))
    for name in names:
        value = params[name]
        if not (isinstance(value, float) and np.isfinite(value)):
            raise ValueError(
                message(
                    "{function}: cannot learn {name} = {value}: a learned parameter "
                    "must start at a finite number",
                    function=label,
                    name=name,
                    value=repr(value),
                )
            )
    return names


def check_learn(
    learn: Sequence[str], activations: Sequence[tuple[str, Activation]], option: str = "learn"
) -> None:
    """ValueError unless every name in ``learn`` is a numeric parameter of some function."""
    have = {n for _label, act in activations for n in numeric_params(act)}
    for name in learn:
        if name not in have:
            raise ValueError(
                message(
                    "{option} {name}: none of the functions has such a parameter; "
                    "their parameters: {names}",
                    option=option,
                    name=repr(name),
                    names=", ".join(sorted(have)) or message("none"),
                )
            )


@dataclass
class History:
    """Per-epoch numbers of one network (rows 0 .. epochs; see the module)."""

    label: str
    activation: Activation
    params: dict[str, ParamValue]
    learned_names: tuple[str, ...]
    loss: FloatArray
    train_accuracy: FloatArray
    test_loss: FloatArray
    test_accuracy: FloatArray
    grad_norms: FloatArray
    learned: FloatArray
    diverged_at: int | None = None

    @classmethod
    def empty(
        cls,
        label: str,
        act: Activation,
        params: dict[str, ParamValue],
        learned: tuple[str, ...],
        epochs: int,
        matrices: int,
    ) -> History:
        def nan(*shape: int) -> FloatArray:
            return np.full(shape, np.nan)

        return cls(
            label, act, dict(params), learned,
            nan(epochs + 1), nan(epochs + 1), nan(epochs + 1), nan(epochs + 1),
            nan(epochs + 1, matrices), nan(epochs + 1, len(learned)),
        )  # fmt: skip


class _SGD:
    def __init__(self, theta: FloatArray, grad: FloatArray, lr: float, momentum: float) -> None:
        self.theta, self.grad, self.lr, self.momentum = theta, grad, lr, momentum
        self.velocity = np.zeros_like(theta) if momentum > 0.0 else None
        self.tmp = np.empty_like(theta)
        self.first = True

    def step(self) -> None:
        v = self.velocity
        if v is None:
            np.multiply(self.grad, self.lr, out=self.tmp)
        else:
            if self.first:
                v[...] = self.grad
            else:
                v *= self.momentum
                v += self.grad
            np.multiply(v, self.lr, out=self.tmp)
        self.first = False
        self.theta -= self.tmp


class _Adam:
    BETA1, BETA2, EPS = 0.9, 0.999, 1e-8

    def __init__(self, theta: FloatArray, grad: FloatArray, lr: float) -> None:
        self.theta, self.grad, self.lr = theta, grad, lr
        self.m = np.zeros_like(theta)
        self.v = np.zeros_like(theta)
        self.tmp = np.empty_like(theta)
        self.t = 0

    def step(self) -> None:
        b1, b2 = self.BETA1, self.BETA2
        self.t += 1
        m, v, tmp, g = self.m, self.v, self.tmp, self.grad
        m *= b1
        np.multiply(g, 1.0 - b1, out=tmp)
        m += tmp
        v *= b2
        np.multiply(g, g, out=tmp)
        tmp *= 1.0 - b2
        v += tmp
        correction1 = 1.0 - b1**self.t
        correction2 = 1.0 - b2**self.t
        # θ -= lr m̂ / (√v̂ + ε), as torch.optim.Adam computes it
        np.sqrt(v, out=tmp)
        tmp /= np.sqrt(correction2)
        tmp += self.EPS
        np.divide(m, tmp, out=tmp)
        tmp *= self.lr / correction1
        self.theta -= tmp


class Trainer:
    """One network per function, trained side by side (see the module)."""

    def __init__(
        self,
        functions: Sequence[FunctionLike],
        config: TrainConfig,
        learn: Sequence[str] = (),
        names: Mapping[str, str] | None = None,
    ) -> None:
        cfg = config.checked(names)
        if not functions:
            raise ValueError(message("no function to train: give at least one, e.g. 'relu'"))
        if len(functions) > MAX_FUNCTIONS:
            raise ValueError(
                message(
                    "at most {limit} functions can be trained side by side, got {count}",
                    limit=MAX_FUNCTIONS,
                    count=len(functions),
                )
            )
        resolved = [resolve_function(f) for f in functions]
        learn = tuple(dict.fromkeys(learn))
        check_learn(
            learn,
            [(label, act) for label, act, _p in resolved],
            (names or {}).get("learn", "learn"),
        )
        self.config = cfg
        self.learn = learn
        self.dataset: Dataset = make_dataset(
            cfg.data, cfg.points, cfg.test_points, cfg.noise, int(cfg.classes or 2), cfg.seed
        )
        classes = self.dataset.classes
        outputs = 1 if cfg.head == "sigmoid" else classes
        shapes = layer_shapes(cfg.layers, cfg.width, outputs)
        theta0 = initial_theta(shapes, cfg.init, cfg.sigma, cfg.seed)
        self.networks: list[Network] = []
        self.histories: list[History] = []
        for label, act, params in resolved:
            learned = learned_params(label, act, params, learn)
            net = Network(
                act, params, learned, cfg.layers, cfg.width, classes, str(cfg.head), theta0
            )
            self.networks.append(net)
            self.histories.append(
                History.empty(label, act, params, learned, cfg.epochs, len(shapes))
            )
        lr = float(cfg.lr or 0.0)
        self.optimizers = [
            _Adam(n.theta, n.grad, lr) if cfg.optimizer == "adam"
            else _SGD(n.theta, n.grad, lr, cfg.momentum)
            for n in self.networks
        ]  # fmt: skip
        self._order = np.random.Generator(
            np.random.PCG64(np.random.SeedSequence(cfg.seed, spawn_key=(KEY_ORDER,)))
        )
        self.epoch = 0
        self._alive = [True] * len(self.networks)
        n = cfg.points
        batch = int(cfg.batch or n)
        self._batch_x = np.empty((batch, 2))
        self._batch_y = np.empty(batch, dtype=np.int64)
        with np.errstate(all="ignore"), blas.single_thread():
            self._record_start()

    # --- bookkeeping --------------------------------------------------------------

    @property
    def epochs(self) -> int:
        return self.config.epochs

    @property
    def done(self) -> bool:
        return self.epoch >= self.config.epochs

    def _diverge(self, i: int, epoch: int) -> None:
        self._alive[i] = False
        h = self.histories[i]
        h.diverged_at = epoch
        for arr in (h.loss, h.train_accuracy, h.test_loss, h.test_accuracy):
            arr[epoch:] = np.nan
        h.grad_norms[epoch:] = np.nan
        h.learned[epoch:] = np.nan

    def _train_metrics(self, i: int, epoch: int, loss: float, accuracy: float) -> bool:
        """Row ``epoch``'s training loss and accuracy; False if the network diverged."""
        if not np.isfinite(loss):
            self._diverge(i, epoch)
            return False
        h = self.histories[i]
        h.loss[epoch] = loss
        h.train_accuracy[epoch] = accuracy
        return True

    def _test_metrics(self, i: int, epoch: int) -> None:
        net, h = self.networks[i], self.histories[i]
        d = self.dataset
        loss, acc = net.evaluate(d.x_test, d.y_test)
        h.test_loss[epoch] = loss
        h.test_accuracy[epoch] = acc
        if h.learned.shape[1]:
            h.learned[epoch] = net.learned_values()

    def _record_start(self) -> None:
        """Row 0, and in full batch the forward pass that the first epoch uses."""
        d = self.dataset
        for i, net in enumerate(self.networks):
            buf = net.forward(d.x_train)
            loss, correct = net.loss(buf, d.y_train, gradient=True)
            if not self._train_metrics(i, 0, loss, correct / self.config.points):
                continue
            self._test_metrics(i, 0)
            if not self.config.full_batch:
                net.backward(d.x_train, buf)
                self.histories[i].grad_norms[0] = np.sqrt(net.grad_sq)

    # --- training -----------------------------------------------------------------

    def step(self) -> None:
        """Train every network for one epoch and record its row."""
        if self.done:
            return
        with np.errstate(all="ignore"), blas.single_thread():
            if self.config.full_batch:
                self._full_batch_epoch()
            else:
                self._mini_batch_epoch()

    def _full_batch_epoch(self) -> None:
        d = self.dataset
        e = self.epoch + 1
        for i, net in enumerate(self.networks):
            if not self._alive[i]:
                continue
            # the forward pass and dL/dlogits at these weights were made by the last
            # epoch (or _record_start), which needed them for its training loss
            buf = net.buffers(d.x_train.shape[0])
            net.backward(d.x_train, buf)
            total = float(net.grad_sq.sum())
            if not np.isfinite(total):
                self._diverge(i, e)
                continue
            norms = np.sqrt(net.grad_sq)
            h = self.histories[i]
            h.grad_norms[e] = norms
            if e == 1:
                h.grad_norms[0] = norms
            self.optimizers[i].step()
            if net.learned:
                net.clip_params()
            buf = net.forward(d.x_train)
            loss, correct = net.loss(buf, d.y_train, gradient=True)
            if self._train_metrics(i, e, loss, correct / self.config.points):
                self._test_metrics(i, e)
        self.epoch = e

    def _mini_batch_epoch(self) -> None:
        cfg, d = self.config, self.dataset
        e = self.epoch + 1
        n = cfg.points
        batch = int(cfg.batch or n)
        order = self._order.permutation(n)
        sums = [np.zeros(len(net.shapes)) for net in self.networks]
        batches = 0
        for start in range(0, n, batch):
            idx = order[start : start + batch]
            m = idx.size
            xb, yb = self._batch_x[:m], self._batch_y[:m]
            np.take(d.x_train, idx, axis=0, out=xb)
            np.take(d.y_train, idx, out=yb)
            batches += 1
            for i, net in enumerate(self.networks):
                if not self._alive[i]:
                    continue
                buf = net.forward(xb)
                loss, _correct = net.loss(buf, yb, gradient=True)
                net.backward(xb, buf)
                if not (np.isfinite(loss) and np.isfinite(net.grad_sq.sum())):
                    self._diverge(i, e)
                    continue
                sums[i] += net.grad_sq
                self.optimizers[i].step()
                if net.learned:
                    net.clip_params()
        for i, net in enumerate(self.networks):
            if not self._alive[i]:
                continue
            self.histories[i].grad_norms[e] = np.sqrt(sums[i] / batches)
            loss, acc = net.evaluate(d.x_train, d.y_train)
            if self._train_metrics(i, e, loss, acc):
                self._test_metrics(i, e)
        self.epoch = e

    def run(self, progress: Progress | None = None) -> Trainer:
        """Train to the configured number of epochs; ``progress(epoch, epochs)`` may
        raise :class:`Cancelled` to stop (the rows so far stay)."""
        with blas.single_thread():  # once for the whole run, not per epoch
            while not self.done:
                self.step()
                if progress is not None:
                    progress(self.epoch, self.config.epochs)
        return self

    # --- views --------------------------------------------------------------------

    def grid(self, index: int, resolution: int = 64) -> FloatArray:
        """resolution x resolution x classes probabilities of network ``index`` over
        [-BOUNDS, BOUNDS]^2 at pixel centres; row 0 is the bottom (y = -BOUNDS)."""
        xs = grid_axis(resolution)
        gx, gy = np.meshgrid(xs, xs)
        pts = np.column_stack((gx.ravel(), gy.ravel()))
        with np.errstate(all="ignore"), blas.single_thread():
            p = self.networks[index].probabilities(pts)
        return p.reshape(resolution, resolution, -1)

    def learned_columns(self) -> list[str]:
        """Every learned parameter's name, in order of first appearance."""
        return list(dict.fromkeys(n for h in self.histories for n in h.learned_names))


def grid_axis(resolution: int) -> FloatArray:
    """The pixel centres of one axis of :meth:`Trainer.grid`."""
    step = 2.0 * BOUNDS / resolution
    return -BOUNDS + step * (np.arange(resolution, dtype=np.float64) + 0.5)


def train(
    functions: Sequence[FunctionLike],
    config: TrainConfig,
    learn: Sequence[str] = (),
    progress: Progress | None = None,
) -> Trainer:
    """Build a :class:`Trainer` and run it to the end."""
    return Trainer(functions, config, learn).run(progress)


# --- files --------------------------------------------------------------------------------


def csv_header(trainer: Trainer) -> list[str]:
    layers = trainer.networks[0].layers + 1 if trainer.networks else 0
    grads = [f"grad_norm_{k}" for k in range(1, layers + 1)]
    return [*CSV_COLUMNS, *grads, *trainer.learned_columns(), "seed"]


def csv_text(trainer: Trainer) -> str:
    """One row per function and epoch (0 .. the epochs trained); numbers read back exactly."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(csv_header(trainer))
    learned = trainer.learned_columns()
    for h in trainer.histories:
        where = {name: j for j, name in enumerate(h.learned_names)}
        for e in range(trainer.epoch + 1):
            row = [
                h.label,
                e,
                *(
                    number_text(a[e])
                    for a in (h.loss, h.train_accuracy, h.test_accuracy, h.test_loss)
                ),
                *(number_text(v) for v in h.grad_norms[e]),
                *(number_text(h.learned[e, where[n]]) if n in where else "" for n in learned),
                trainer.config.seed,
            ]
            w.writerow(row)
    return buf.getvalue()


def npz_bytes(trainer: Trainer) -> bytes:
    """The trained networks as a NumPy ``.npz``: ``net{i}/W{k}``, ``net{i}/b{k}`` (k = 1 ..
    layers + 1, ``h @ W + b``), ``net{i}/param/{name}`` (learned values), ``functions``
    and ``config`` (JSON).  Fixed timestamps: the same run gives the same bytes."""
    arrays: dict[str, np.ndarray] = {
        "functions": np.array([h.label for h in trainer.histories]),
        "config": np.array(json.dumps(asdict(trainer.config), sort_keys=True)),
        "learn": np.array(list(trainer.learn), dtype=str),
    }
    for i, net in enumerate(trainer.networks):
        for k, (w, b) in enumerate(zip(net.W, net.b), start=1):
            arrays[f"net{i}/W{k}"] = np.array(w)
            arrays[f"net{i}/b{k}"] = np.array(b)
        for name in net.learned:
            arrays[f"net{i}/param/{name}"] = np.array(float(net.params[name]))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for key, arr in arrays.items():
            info = zipfile.ZipInfo(key + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            data = io.BytesIO()
            np.lib.format.write_array(data, arr, allow_pickle=False)
            zf.writestr(info, data.getvalue())
    return out.getvalue()


def read_csv(text: str) -> list[dict[str, object]]:
    """Rows of :func:`csv_text` as dicts (numbers as int or float, empty cells None)."""
    rows: list[dict[str, object]] = []
    for raw in csv.DictReader(io.StringIO(text)):
        row: dict[str, object] = {}
        for key, value in raw.items():
            if key == "function":
                row[key] = value
            elif key in ("epoch", "seed"):
                row[key] = int(value)
            else:
                row[key] = float(value) if value != "" else None
        rows.append(row)
    return rows
