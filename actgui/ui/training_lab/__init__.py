"""The training lab: watch each activation learn, side by side.

A package so that each module stays one a reader can hold; this module
re-exports the names other code and the tests import from
``actgui.ui.training_lab``, so those import paths keep working.
"""

from ..lab_common import SPEC_ROLE
from ._job import HOLD_SECONDS, SNAPSHOT_SECONDS
from ._lab import (
    DATA_WORDS,
    DEFAULT_FUNCTIONS,
    MAX_FUNCTIONS,
    SETTINGS_PREFIX,
    SWITCH_INTERVAL,
    TrainingLab,
)

__all__ = [
    "DATA_WORDS",
    "DEFAULT_FUNCTIONS",
    "HOLD_SECONDS",
    "MAX_FUNCTIONS",
    "SETTINGS_PREFIX",
    "SNAPSHOT_SECONDS",
    "SPEC_ROLE",
    "SWITCH_INTERVAL",
    "TrainingLab",
]
