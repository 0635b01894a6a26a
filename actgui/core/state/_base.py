"""The fields of :class:`~actgui.core.state.ExplorerState`, its notification, and the
settings that concern no curve in particular (x range, samples, view, rows, options,
preset)."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .. import catalog
from ..compare import Compare
from ..messages import message
from ..spec import Preset
from ..sweep import Sweep
from ._types import MAX_ABS_X, MAX_POINTS, MIN_POINTS, MIN_SPAN, Change, Curve, Kind, Subscription


@dataclass
class _StateBase:
    """The fields, the listeners and the curve-independent setters of
    :class:`~actgui.core.state.ExplorerState` (its one base; see its docstring)."""

    curves: list[Curve] = field(default_factory=list)
    selected: int | None = None
    x_min: float = -6.0
    x_max: float = 6.0
    points: int = 2000
    #: the x interval the plot currently shows (zoom/pan); None: x_min..x_max
    view: tuple[float, float] | None = None
    rows: list[bool] = field(default_factory=lambda: [True, True, False])
    overlay: bool = False
    preset: Preset = Preset.PYTORCH
    grid: bool = True
    legend: bool = True
    shade_saturation: bool = False
    saturation_eps: float = 0.01
    shade_dead: bool = False
    #: custom functions by id ("custom:..."), compiled from user expressions
    custom: dict[str, Any] = field(default_factory=dict)
    #: comparisons of two curves (f_a − f_b, ratio, ulps), drawn after the curves
    compares: list[Compare] = field(default_factory=list)
    #: parameter families by group id: the curves with that ``group`` are its members
    sweeps: dict[int, Sweep] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._listeners: list[Callable[[Change], None]] = []
        self._held: list[Change] | None = None
        uids = [c.uid for c in self.curves] + [c.uid for c in self.compares]
        self._next_uid = max(uids, default=0) + 1
        self._next_gid = max(self.sweeps, default=0) + 1
        for c in self.curves:
            if c.custom is None and c.function_id in self.custom:
                c.custom = self.custom[c.function_id]
        self._ready = True

    def _put(self, name: str, value: Any) -> None:
        """Write a field without its setter: only for the setters themselves,
        which validate the value and notify."""
        object.__setattr__(self, name, value)

    # --- notification ------------------------------------------------------------

    def subscribe(self, listener: Callable[[Change], None]) -> Subscription:
        """Call ``listener`` with every :class:`Change` until the returned
        :class:`Subscription` is closed (or :meth:`unsubscribe` is called).

        The state holds the listener (a bound method keeps its object alive)
        while subscribed; closing the subscription lets go of it.
        """
        self._listeners.append(listener)
        return Subscription(self, listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        """Stop calling ``listener``; ValueError if it is not subscribed."""
        self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        if self._held is not None:
            if change not in self._held:
                self._held.append(change)
            return
        for listener in list(self._listeners):
            listener(change)

    def _notify_dependents(self, uid: int) -> None:
        """Announce PARAMS for every comparison of curve ``uid`` (its numbers changed)."""
        for k in self.compares:
            if uid in (k.a, k.b):
                self._notify(Change(Kind.PARAMS, k.uid))

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Apply several edits, then notify once per distinct change."""
        if self._held is not None:
            yield
            return
        self._held = []
        try:
            yield
        finally:
            held, self._held = self._held, None
            for change in held:
                self._notify(change)

    # --- range, rows, options --------------------------------------------------

    def set_preset(self, preset: Preset | str) -> None:
        """Switch PyTorch/Keras defaults; curves still at the old defaults follow."""
        new = Preset(preset)
        if new is self.preset:
            return
        old = self.preset
        self._put("preset", new)
        with self.batch():
            for c in self.curves:
                if c.params == catalog.defaults(c.activation, old):
                    c.params = catalog.defaults(c.activation, new)
                    self._notify(Change(Kind.PARAMS, c.uid))
                    self._notify_dependents(c.uid)
            self._notify(Change(Kind.PRESET))

    def set_x_range(self, x_min: float, x_max: float) -> None:
        x_min, x_max = float(x_min), float(x_max)
        if not (math.isfinite(x_min) and math.isfinite(x_max)):
            raise ValueError(
                message(
                    "x range must be finite numbers, got [{x_min}, {x_max}]",
                    x_min=x_min,
                    x_max=x_max,
                )
            )
        if not x_min < x_max:
            raise ValueError(
                message(
                    "x min ({x_min}) must be less than x max ({x_max})",
                    x_min=f"{x_min:g}",
                    x_max=f"{x_max:g}",
                )
            )
        if max(abs(x_min), abs(x_max)) > MAX_ABS_X:
            raise ValueError(
                message("x range must lie within [-{limit}, {limit}]", limit=f"{MAX_ABS_X:g}")
            )
        if x_max - x_min < MIN_SPAN:
            raise ValueError(message("x range is narrower than {span}", span=f"{MIN_SPAN:g}"))
        self._put("x_min", x_min)
        self._put("x_max", x_max)
        self._put("view", None)
        self._notify(Change(Kind.RANGE))

    def set_points(self, n: int) -> None:
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
            raise ValueError(
                message("sample count must be a whole number, got {value}", value=repr(n))
            )
        if not MIN_POINTS <= n <= MAX_POINTS:
            raise ValueError(
                message(
                    "sample count must be in [{low}, {high}], got {value}",
                    low=MIN_POINTS,
                    high=MAX_POINTS,
                    value=n,
                )
            )
        if n != self.points:
            self._put("points", int(n))
            self._notify(Change(Kind.RANGE))

    def set_view(self, lo: float, hi: float) -> None:
        """The visible x interval after zoom or pan: curves are re-sampled there."""
        lo, hi = float(lo), float(hi)
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi - lo < MIN_SPAN:
            return  # a degenerate view from the mouse: keep the last good one
        lo, hi = max(lo, -MAX_ABS_X), min(hi, MAX_ABS_X)
        if self.view != (lo, hi):
            self._put("view", (lo, hi))
            self._notify(Change(Kind.VIEW))

    def reset_view(self) -> None:
        if self.view is not None:
            self._put("view", None)
            self._notify(Change(Kind.VIEW))

    def visible_range(self) -> tuple[float, float]:
        return self.view if self.view is not None else (self.x_min, self.x_max)

    def set_rows(self, rows: Any) -> None:
        """Show exactly the rows f, f', f'' that are true in ``rows`` (three values)."""
        new = [bool(r) for r in rows]
        if len(new) != 3:
            raise ValueError(message("expected three booleans, got {value}", value=repr(rows)))
        if new != self.rows:
            self._put("rows", new)
            self._notify(Change(Kind.ROWS))

    def set_row_visible(self, order: int, on: bool) -> None:
        if order not in (0, 1, 2):
            raise ValueError(
                message("row must be 0 (f), 1 (f') or 2 (f''), got {value}", value=repr(order))
            )
        if self.rows[order] != on:
            self._put("rows", [bool(on) if i == order else r for i, r in enumerate(self.rows)])
            self._notify(Change(Kind.ROWS))

    def set_option(self, name: str, value: Any) -> None:
        """overlay, grid, legend, shade_saturation, shade_dead (bool); saturation_eps."""
        if name in ("overlay", "grid", "legend", "shade_saturation", "shade_dead"):
            value = bool(value)
        elif name == "saturation_eps":
            value = float(value)
            if not (math.isfinite(value) and 0 < value <= 1):
                raise ValueError(
                    message(
                        "saturation threshold ε must be in (0, 1], got {value}", value=repr(value)
                    )
                )
        else:
            raise ValueError(message("unknown option {name}", name=repr(name)))
        if getattr(self, name) != value:
            self._put(name, value)
            self._notify(Change(Kind.OPTIONS))
