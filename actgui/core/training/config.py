"""The training lab's options and their validation (messages in the user's language)."""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..depth import INIT_NAMES, INITS
from ..messages import message
from .data import DATASETS, DEFAULT_CLASSES, MAX_CLASSES, MIN_CLASSES, MULTICLASS

__all__ = ["INITS", "INIT_NAMES", "TrainConfig"]

MIN_LAYERS, MAX_LAYERS = 1, 8
MIN_WIDTH, MAX_WIDTH = 2, 128
MIN_POINTS, MAX_POINTS = 10, 100_000
MAX_NOISE = 1.0
MAX_EPOCHS = 100_000
MAX_LR = 10.0
MAX_SIGMA = 100.0
MAX_SEED = 2**63 - 1
OPTIMIZERS = ("sgd", "adam")
HEADS = ("auto", "sigmoid", "softmax")
#: the learning rate when none is given, per optimiser
DEFAULT_LR = {"sgd": 0.1, "adam": 0.01}
DEFAULT_MOMENTUM = 0.9
#: at most this many activations are trained side by side: the figure lays their maps
#: out in at most two rows of three (the lab's list, ``actgui train -f`` stop there)
MAX_FUNCTIONS = 6


def _label(names: Mapping[str, str] | None, key: str) -> str:
    default = "data set" if key == "data" else key.replace("_", " ")
    return (names or {}).get(key, default)


def _int(names: Mapping[str, str] | None, key: str, value: Any, lo: int, hi: int) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if (
        isinstance(value, bool)
        or not isinstance(value, numbers.Integral)
        or not lo <= int(value) <= hi
    ):
        raise ValueError(
            message(
                "{name} must be a whole number from {lo} to {hi}, got {value}",
                name=_label(names, key),
                lo=f"{lo:,}",
                hi=f"{hi:,}",
                value=repr(value),
            )
        )
    return int(value)


def _real(names: Mapping[str, str] | None, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
        raise ValueError(
            message(
                "{name} must be a finite number, got {value}",
                name=_label(names, key),
                value=repr(value),
            )
        )
    return float(value)


def _choice(names: Mapping[str, str] | None, key: str, value: Any, allowed: tuple[str, ...]) -> str:
    text = value.strip().lower() if isinstance(value, str) else value
    if text not in allowed:
        raise ValueError(
            message(
                "unknown {name} {value}; choose one of: {allowed}",
                name=_label(names, key),
                value=repr(value),
                allowed=", ".join(allowed),
            )
        )
    return str(text)


def _range_error(names: Mapping[str, str] | None, key: str, value: float, allowed: str) -> None:
    raise ValueError(
        message(
            "{name} must be in {interval}, got {value}",
            name=_label(names, key),
            interval=allowed,
            value=repr(value),
        )
    )


@dataclass(frozen=True)
class TrainConfig:
    """The data, the network and the optimiser; :meth:`checked` validates every option.

    ``classes`` None: the data set's default (spiral 2, blobs 3; the others have 2).
    ``lr`` None: :data:`DEFAULT_LR` of the optimiser.  ``batch`` None: the whole
    training set (full batch).  ``head`` "auto": sigmoid for two classes, else softmax.
    """

    data: str = "circles"
    points: int = 1000
    test_points: int = 500
    noise: float = 0.1
    classes: int | None = None
    layers: int = 2
    width: int = 16
    init: str = "glorot_uniform"
    sigma: float | None = None
    optimizer: str = "adam"
    lr: float | None = None
    momentum: float = DEFAULT_MOMENTUM
    batch: int | None = None
    epochs: int = 200
    seed: int = 0
    head: str = "auto"

    def checked(self, names: Mapping[str, str] | None = None) -> TrainConfig:
        """A copy with every default filled in; ValueError naming the first bad option.

        ``names`` maps option names to what the user calls them ("--lr", a label).
        """
        data = _choice(names, "data", self.data, DATASETS)
        points = _int(names, "points", self.points, MIN_POINTS, MAX_POINTS)
        test_points = _int(names, "test_points", self.test_points, MIN_POINTS, MAX_POINTS)
        noise = _real(names, "noise", self.noise)
        if not 0.0 <= noise <= MAX_NOISE:
            _range_error(names, "noise", noise, f"[0, {MAX_NOISE:g}]")
        if self.classes is None:
            classes = DEFAULT_CLASSES[data]
        elif data in MULTICLASS:
            classes = _int(names, "classes", self.classes, MIN_CLASSES, MAX_CLASSES)
        else:
            classes = _int(names, "classes", self.classes, 2, 2)
        layers = _int(names, "layers", self.layers, MIN_LAYERS, MAX_LAYERS)
        width = _int(names, "width", self.width, MIN_WIDTH, MAX_WIDTH)
        init = _choice(names, "init", self.init, INITS)
        sigma = self.sigma
        if init == "normal":
            if sigma is None:
                raise ValueError(
                    message(
                        "init 'normal' needs {name}, the standard deviation of the weights",
                        name=_label(names, "sigma"),
                    )
                )
            sigma = _real(names, "sigma", sigma)
            if not 0.0 < sigma <= MAX_SIGMA:
                _range_error(names, "sigma", sigma, f"(0, {MAX_SIGMA:g}]")
        else:
            sigma = None  # the other inits set their own scale
        optimizer = _choice(names, "optimizer", self.optimizer, OPTIMIZERS)
        lr = DEFAULT_LR[optimizer] if self.lr is None else _real(names, "lr", self.lr)
        if not 0.0 < lr <= MAX_LR:
            _range_error(names, "lr", lr, f"(0, {MAX_LR:g}]")
        momentum = _real(names, "momentum", self.momentum)
        if not 0.0 <= momentum < 1.0:
            _range_error(names, "momentum", momentum, "[0, 1)")
        batch = points if self.batch is None else _int(names, "batch", self.batch, 1, MAX_POINTS)
        batch = min(batch, points)
        epochs = _int(names, "epochs", self.epochs, 1, MAX_EPOCHS)
        seed = _int(names, "seed", self.seed, 0, MAX_SEED)
        head = _choice(names, "head", self.head, HEADS)
        if head == "auto":
            head = "sigmoid" if classes == 2 else "softmax"
        elif head == "sigmoid" and classes != 2:
            raise ValueError(
                message(
                    "a sigmoid output needs two classes; {data} has {classes}: use softmax",
                    data=data,
                    classes=classes,
                )
            )
        return TrainConfig(
            data, points, test_points, noise, classes, layers, width, init, sigma,
            optimizer, lr, momentum, batch, epochs, seed, head,
        )  # fmt: skip

    @property
    def full_batch(self) -> bool:
        return self.batch is None or self.batch >= self.points

    def with_(self, **changes: Any) -> TrainConfig:
        return replace(self, **changes)
