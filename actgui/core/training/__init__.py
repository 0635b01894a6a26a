"""Training lab: small MLPs on 2-D toy data, one per activation, trained side by side.

numpy only.  :mod:`.data` makes the data sets, :mod:`.network` the networks and
their exact backpropagation (the catalog's f′, and ∂f/∂θ for learned activation
parameters from :mod:`.param_grad`), :mod:`.trainer` the optimisers, the
lockstep training of several networks, and the CSV and ``.npz`` files.
"""

from __future__ import annotations

from .config import (
    DEFAULT_LR,
    HEADS,
    INIT_NAMES,
    INITS,
    MAX_EPOCHS,
    MAX_FUNCTIONS,
    MAX_LAYERS,
    MAX_LR,
    MAX_NOISE,
    MAX_POINTS,
    MAX_WIDTH,
    MIN_LAYERS,
    MIN_POINTS,
    MIN_WIDTH,
    OPTIMIZERS,
    TrainConfig,
)
from .data import BOUNDS, DATASETS, DEFAULT_CLASSES, MULTICLASS, Dataset, make_dataset
from .network import Network
from .trainer import (
    Cancelled,
    History,
    Trainer,
    csv_header,
    csv_text,
    default_learned,
    grid_axis,
    npz_bytes,
    read_csv,
    train,
)

__all__ = [
    "BOUNDS",
    "DATASETS",
    "DEFAULT_CLASSES",
    "DEFAULT_LR",
    "HEADS",
    "INITS",
    "INIT_NAMES",
    "MAX_EPOCHS",
    "MAX_FUNCTIONS",
    "MAX_LAYERS",
    "MAX_LR",
    "MAX_NOISE",
    "MAX_POINTS",
    "MAX_WIDTH",
    "MIN_LAYERS",
    "MIN_POINTS",
    "MIN_WIDTH",
    "MULTICLASS",
    "OPTIMIZERS",
    "Cancelled",
    "Dataset",
    "History",
    "Network",
    "TrainConfig",
    "Trainer",
    "csv_header",
    "csv_text",
    "default_learned",
    "grid_axis",
    "make_dataset",
    "npz_bytes",
    "read_csv",
    "train",
]
