"""What the explorer window shows, as a Qt-free object with change callbacks.

The window renders an :class:`ExplorerState` and sends every edit back to it
through a method; the state validates the edit (through the catalog), applies
it, and notifies its listeners with a :class:`Change`.  Tests build, change and
check the state without Qt.

The package: :mod:`._types` holds the data (:class:`Curve`, :class:`Kind`,
:class:`Change`, :class:`Subscription`, :class:`Samples`, the palette and the
limits) and :func:`sample_function`; :mod:`._base` the state's fields, its
notification and the settings that concern no curve (x range, view, rows,
options); :mod:`._explorer` :class:`ExplorerState` itself: curves, comparisons
and parameter families.  Every name is imported from here.
"""

from ._explorer import ExplorerState
from ._types import (
    DEFAULT_FUNCTIONS,
    LINE_STYLES,
    MAX_ABS_X,
    MAX_POINTS,
    MIN_POINTS,
    MIN_SPAN,
    PALETTE,
    Change,
    Curve,
    Kind,
    Samples,
    Subscription,
    sample_function,
)

__all__ = [
    "DEFAULT_FUNCTIONS",
    "LINE_STYLES",
    "MAX_ABS_X",
    "MAX_POINTS",
    "MIN_POINTS",
    "MIN_SPAN",
    "PALETTE",
    "Change",
    "Curve",
    "ExplorerState",
    "Kind",
    "Samples",
    "Subscription",
    "sample_function",
]
