"""Two-dimensional toy data sets for the training lab (numpy only).

Every set lies roughly in [-1, 1]^2 (:data:`BOUNDS` is the square the lab draws)
and has balanced classes: point i belongs to class ``i % classes`` before the
points are shuffled.  ``noise`` is the standard deviation of Gaussian noise added
to each coordinate (blobs: added to their spread, :data:`BLOB_SPREAD`).  Training
and test points are drawn from their own random streams of the seed, so the
training set does not change when only the number of test points does.

- circles: a disc of radius 0.5 (class 0) inside a ring from 0.7 to 1 (class 1)
- xor: uniform in [-1, 1]^2 (kept 0.05 off the axes), class 1 where x*y > 0
- moons: scikit-learn's two interleaving half circles, centred and scaled by 0.8
- spiral: ``classes`` arms, each turning 1.75 times around the centre
- blobs: ``classes`` Gaussian clusters on a circle of radius 0.6
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from ..spec import FloatArray

DATASETS = ("circles", "xor", "moons", "spiral", "blobs")
#: data sets whose number of classes can be chosen (the others have two)
MULTICLASS = ("spiral", "blobs")
DEFAULT_CLASSES = {"circles": 2, "xor": 2, "moons": 2, "spiral": 2, "blobs": 3}
MIN_CLASSES, MAX_CLASSES = 2, 6
#: the square [-B, B]^2 that holds the data (with noise up to ~0.2) and the lab draws
BOUNDS = 1.5
#: standard deviation of a blob before noise is added
BLOB_SPREAD = 0.15

# spawn keys of the random streams (SeedSequence(seed, spawn_key=...))
KEY_TRAIN, KEY_TEST = 10, 11


def _rng(seed: int, *key: int) -> np.random.Generator:
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed, spawn_key=key)))


@dataclass(frozen=True)
class Dataset:
    """Training and test points: ``x_*`` is n x 2 (float64), ``y_*`` n class indices."""

    name: str
    classes: int
    x_train: FloatArray
    y_train: NDArray[np.int64]
    x_test: FloatArray
    y_test: NDArray[np.int64]


def _circles(rng: np.random.Generator, labels: NDArray[np.int64]) -> FloatArray:
    n = labels.size
    inner = labels == 0
    # uniform over the disc or the ring: r^2 uniform between the radii squared
    lo = np.where(inner, 0.0, 0.7**2)
    hi = np.where(inner, 0.5**2, 1.0)
    r = np.sqrt(lo + (hi - lo) * rng.random(n))
    angle = rng.uniform(0.0, 2.0 * math.pi, n)
    return np.column_stack((r * np.cos(angle), r * np.sin(angle)))


def _xor(rng: np.random.Generator, labels: NDArray[np.int64]) -> FloatArray:
    n = labels.size
    pad = 0.05
    mag = rng.uniform(pad, 1.0, (n, 2))
    sx = rng.choice(np.array([-1.0, 1.0]), n)
    # class 1: both coordinates of one sign; class 0: of opposite signs
    sy = np.where(labels == 1, sx, -sx)
    return mag * np.column_stack((sx, sy))


def _moons(rng: np.random.Generator, labels: NDArray[np.int64]) -> FloatArray:
    n = labels.size
    t = rng.uniform(0.0, math.pi, n)
    upper = labels == 0
    x = np.where(upper, np.cos(t), 1.0 - np.cos(t))
    y = np.where(upper, np.sin(t), 0.5 - np.sin(t))
    # scikit-learn's moons span x in [-1, 2], y in [-0.5, 1]: centre and scale
    return 0.8 * np.column_stack((x - 0.5, y - 0.25))


def _spiral(rng: np.random.Generator, labels: NDArray[np.int64], classes: int) -> FloatArray:
    n = labels.size
    t = np.sqrt(rng.random(n))  # more points far out, where the arms are longer
    r = 0.05 + 0.95 * t
    angle = 1.75 * 2.0 * math.pi * t + 2.0 * math.pi * labels / classes
    return np.column_stack((r * np.cos(angle), r * np.sin(angle)))


def _blobs(
    rng: np.random.Generator, labels: NDArray[np.int64], classes: int, noise: float
) -> FloatArray:
    n = labels.size
    angle = 2.0 * math.pi * labels / classes + math.pi / 4.0
    centres = 0.6 * np.column_stack((np.cos(angle), np.sin(angle)))
    return centres + (BLOB_SPREAD + noise) * rng.standard_normal((n, 2))


def sample(
    name: str, n: int, noise: float, classes: int, rng: np.random.Generator
) -> tuple[FloatArray, NDArray[np.int64]]:
    """``n`` points of data set ``name`` (already validated) and their classes."""
    labels = np.arange(n, dtype=np.int64) % classes
    if name == "circles":
        x = _circles(rng, labels)
    elif name == "xor":
        x = _xor(rng, labels)
    elif name == "moons":
        x = _moons(rng, labels)
    elif name == "spiral":
        x = _spiral(rng, labels, classes)
    elif name == "blobs":
        x = _blobs(rng, labels, classes, noise)
    else:  # pragma: no cover - validated by TrainConfig
        raise AssertionError(name)
    if noise > 0.0 and name != "blobs":
        x = x + noise * rng.standard_normal((n, 2))
    order = rng.permutation(n)
    return np.ascontiguousarray(x[order], dtype=np.float64), labels[order]


def make_dataset(
    name: str, points: int, test_points: int, noise: float, classes: int, seed: int
) -> Dataset:
    """The training and test sets of one configuration (arguments already validated)."""
    x_train, y_train = sample(name, points, noise, classes, _rng(seed, KEY_TRAIN))
    x_test, y_test = sample(name, test_points, noise, classes, _rng(seed, KEY_TEST))
    return Dataset(name, classes, x_train, y_train, x_test, y_test)
