"""What an export of a state holds, numpy only: the one owner for the window's
File > Export and ``actgui export`` / ``actgui code``.

* :data:`EXPORT_SUFFIXES`: the files an export writes (figure or CSV table), by
  suffix, in the order the dialog lists them;
* :data:`DEFAULT_ROWS`: f, f' shown and f'' hidden when no session says otherwise;
* :func:`orders_from_rows`: the derivative orders a row selection exports
  (f alone when every row is hidden);
* :func:`sample_table` / :func:`state_table`: x, then each curve's orders, on a
  uniform grid (the CSV's columns, see :mod:`actgui.core.export_data`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from . import export_data
from .spec import FloatArray

if TYPE_CHECKING:
    from .state import ExplorerState

#: what File > Export and ``actgui export`` write: three figures and a table
EXPORT_SUFFIXES: tuple[str, ...] = (".png", ".svg", ".pdf", ".csv")
#: the rows f, f', f'' exported when neither a session nor --derivatives says
DEFAULT_ROWS: tuple[bool, bool, bool] = (True, True, False)


def orders_from_rows(rows: Sequence[bool]) -> tuple[int, ...]:
    """The orders (0 f, 1 f', 2 f'') whose row is shown, ascending; ``(0,)`` if none is."""
    return tuple(o for o in (0, 1, 2) if rows[o]) or (0,)


def sample_table(
    curves: Sequence[export_data.CurveSpec],
    x_range: tuple[float, float],
    points: int,
    orders: Sequence[int],
) -> tuple[list[str], FloatArray]:
    """Header and columns: x (``points`` samples from ``x_range[0]`` to
    ``x_range[1]``, both ends included), then each curve's ``orders``."""
    x = np.linspace(x_range[0], x_range[1], points)
    return export_data.table(curves, x, orders)


def state_table(state: ExplorerState) -> tuple[list[str], FloatArray]:
    """x, then f, f', f'' (the rows shown) of each visible curve and comparison
    of ``state``, on the view's sample grid: what the window exports as CSV."""
    return sample_table(
        export_data.state_curves(state),  # visible curves, then comparisons
        state.visible_range(),
        state.points,
        orders_from_rows(state.rows),
    )
