"""What the explorer window shows, as a Qt-free object with change callbacks.

The window renders an :class:`ExplorerState` and sends every edit back to it
through a method; the state validates the edit (through the catalog), applies
it, and notifies its listeners with a :class:`Change`.  Tests build, change and
check the state without Qt.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import numpy as np

from . import catalog, texts
from . import compare as _compare
from .compare import Compare
from .messages import message
from .spec import Activation, FloatArray, ParamValue, Preset
from .sweep import Sweep, member_colors

#: Tableau 10: distinguishable for the common colour-vision deficiencies and
#: readable on both light and dark backgrounds.
PALETTE = (
    "#4E79A7",
    "#F28E2B",
    "#E15759",
    "#76B7B2",
    "#59A14F",
    "#EDC948",
    "#B07AA1",
    "#FF9DA7",
    "#9C755F",
    "#BAB0AC",
)
#: Line styles cycled once the colours are used up.
LINE_STYLES = ("solid", "dash", "dot", "dashdot")

DEFAULT_FUNCTIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu")
MIN_POINTS, MAX_POINTS = 2, 1_000_000
#: Width of the x range below which floats cannot resolve the samples.
MIN_SPAN = 1e-9
MAX_ABS_X = 1e12


@dataclass
class Curve:
    """One plotted curve: a catalog function with its own parameters and look."""

    uid: int
    function_id: str
    params: dict[str, ParamValue]
    color: str
    style: str = "solid"
    visible: bool = True
    #: the parameter family (sweep) the curve belongs to: a key of ExplorerState.sweeps
    group: int | None = None
    #: the :class:`~actgui.core.expressions.CustomFunction` of a custom ``function_id``
    #: (the state that owns the curve sets it), None for a catalog function
    custom: Any = field(default=None, repr=False, compare=False)

    @property
    def activation(self) -> Activation:
        """The function drawn: the custom function's, else the catalog's by id."""
        if self.custom is not None:
            return self.custom.activation  # type: ignore[no-any-return]
        return catalog.get(self.function_id)

    def label(self, all_params: bool = False) -> str:
        """Legend text: the name, and the parameters when they are not the defaults
        (all of them with ``all_params``, to tell copies of one function apart)."""
        act = self.activation
        base = catalog.defaults(act)
        parts = []
        for p in act.params:
            v = self.params[p.name]
            if all_params or v != base[p.name]:
                parts.append(f"{p.name}={_short(v)}")
        name = texts.display_name(act)
        if not parts:
            return name
        if name.endswith(")"):  # "FReLU (flexible ReLU; b=0.5)", not "(...) (b=0.5)"
            return f"{name[:-1]}; {', '.join(parts)})"
        if name.endswith("）"):  # the same in Chinese: "FReLU（灵活 ReLU；b=0.5）"
            return f"{name[:-1]}；{', '.join(parts)}）"
        return f"{name} ({', '.join(parts)})"

    def spec(self) -> str:
        """``elu(alpha=0.5)``, or ``expr:TEXT; a=VALUE`` for a custom function."""
        text = self.custom.text if self.custom is not None else None
        return catalog.format_spec(self.activation, self.params, text)


def _short(v: ParamValue) -> str:
    if isinstance(v, str):
        return v
    if math.isinf(v):
        return "∞"
    return f"{v:.6g}"


class Kind(str, Enum):
    """What a :class:`Change` is about.

    A ``str`` enum: a kind equals its name as text (``Kind.CURVES == "curves"``),
    so listeners may compare with either; text that is no kind raises ValueError
    when a :class:`Change` is made of it.
    """

    #: curves or comparisons added, removed or ticked; parameter families
    CURVES = "curves"
    #: a curve's parameters, or a comparison's (its curves or its mode)
    PARAMS = "params"
    #: custom functions defined
    CUSTOM = "custom"
    #: colour or line style
    STYLE = "style"
    #: a curve hidden or shown (hidden curves stay in the legend and the state)
    VISIBILITY = "visibility"
    SELECTION = "selection"
    #: the x range or the sample count
    RANGE = "range"
    #: the visible x range (zoom/pan)
    VIEW = "view"
    ROWS = "rows"
    OPTIONS = "options"
    PRESET = "preset"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Change:
    """What changed: ``kind`` a :class:`Kind`, ``uid`` the curve, if any.

    ``Change(Kind.CURVES)`` is read as ``Change(Kind.CURVES)``; an unknown kind
    raises ValueError.  A comparison (:class:`~actgui.core.compare.Compare`)
    announces CURVES when added or removed, PARAMS when either of its curves or
    its mode changes, and STYLE and VISIBILITY as a curve does.
    """

    kind: Kind
    uid: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", Kind(self.kind))


class Subscription:
    """A listener's subscription to an :class:`ExplorerState`, from
    :meth:`ExplorerState.subscribe`.

    :meth:`close` stops the notifications and lets go of the listener (and of
    whatever a bound method holds); closing twice is harmless.  Also a context
    manager that closes on exit.
    """

    def __init__(self, state: ExplorerState, listener: Callable[[Change], None]) -> None:
        self._state: ExplorerState | None = state
        self._listener: Callable[[Change], None] | None = listener

    @property
    def active(self) -> bool:
        return self._state is not None

    def close(self) -> None:
        state, listener = self._state, self._listener
        self._state = self._listener = None
        if state is not None and listener is not None:
            with contextlib.suppress(ValueError):
                state.unsubscribe(listener)

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Samples:
    x: FloatArray
    #: f, f', f'' (rows of a 3 x n array); NaN where a jump breaks the line.
    y: FloatArray


@dataclass
class ExplorerState:
    """Everything the explorer shows; changed only through its methods, which notify.

    The fields are read freely.  After construction, assigning a field calls its
    setter (``state.rows = ...`` is :meth:`set_rows`, ``state.grid = ...`` is
    :meth:`set_option`, ``state.x_min = ...`` is :meth:`set_x_range`, and so on:
    see ``_ASSIGN``), so no write skips validation or notification; the
    collections (curves, compares, custom, sweeps) cannot be assigned at all
    (AttributeError): they change through :meth:`add_curve`, :meth:`add_custom`,
    :meth:`add_group`, :meth:`restore_sweeps` and the like.  Lists read from the
    fields must not be changed in place.

    Custom functions belong to the state that defined them: :meth:`resolve` finds
    an id among the catalog's and this state's custom functions, and nothing
    global changes when one is defined.
    """

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

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FIELDS and self.__dict__.get("_ready"):
            setter = _ASSIGN.get(name)
            if setter is None:
                raise AttributeError(
                    f"ExplorerState.{name} changes through the state's methods, not by assignment"
                )
            setter(self, value)
            return
        object.__setattr__(self, name, value)

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

    # --- construction ------------------------------------------------------------

    @classmethod
    def first_launch(cls) -> ExplorerState:
        """The five curves of the classic tutorial plot on [-6, 6], f and f'."""
        state = cls()
        with state.batch():
            for fid in DEFAULT_FUNCTIONS:
                state.add_curve(fid)
            state.select(state.curves[0].uid)
        return state

    def add_custom(self, function: Any) -> Curve:
        """Register a compiled :class:`~actgui.core.expressions.CustomFunction` and plot it.

        A different function under a name already in use is refused (ValueError);
        the same definition again just adds another curve.
        """
        self.register_custom(function)
        c = self.add_curve(function.activation.id)
        self.select(c.uid)
        return c

    def register_custom(self, function: Any) -> None:
        """Know a custom function (list, sessions, :meth:`resolve`) without plotting it.

        The function is this state's alone: another state, and :func:`catalog.get`,
        do not know it.
        """
        act = function.activation
        if not act.id.startswith("custom:"):
            raise ValueError(
                message("custom function ids start with 'custom:', got {id}", id=repr(act.id))
            )
        known = self.custom.get(act.id)
        if known is not None and known.definition() != function.definition():
            raise ValueError(
                message(
                    "a different custom function is already called {name}; choose another name",
                    name=repr(function.name or act.id),
                )
            )
        self.custom[act.id] = function
        self._notify(Change(Kind.CUSTOM))

    def resolve(self, function_id: str | Activation) -> Activation:
        """The activation of a catalog id or alias, or of one of this state's custom
        functions (``custom:...``); ValueError, with suggestions, if neither.

        The catalog is asked first; custom ids cannot clash with it, as they all
        start with ``custom:``.  An :class:`Activation` is returned as it is.
        """
        if isinstance(function_id, Activation):
            return function_id
        key = str(function_id).strip()
        if key.startswith("custom:") and key in self.custom:
            return self.custom[key].activation  # type: ignore[no-any-return]
        return catalog.get(key)

    def custom_of(self, function_id: str) -> Any:
        """This state's :class:`~actgui.core.expressions.CustomFunction` of an id, else None."""
        return self.custom.get(str(function_id).strip())

    def add_spec(self, spec: Any) -> Curve:
        """Add the curve of an :class:`~actgui.core.export_data.CurveSpec` (catalog or expr:)."""
        if spec.custom is not None:
            self.register_custom(spec.custom)
        return self.add_curve(spec.activation.id, spec.params)

    def assign(self, other: ExplorerState) -> None:
        """Take over everything ``other`` holds (opening a session), notifying listeners.

        Every dataclass field is taken over: the collections (curves, comparisons,
        custom functions, parameter families, the selection) as copies with this
        state's ids, every other field by value (lists copied), so a field added
        later is taken over without being named here.
        """
        with self.batch():
            for c in [*self.compares, *self.curves]:
                (self.compares if isinstance(c, Compare) else self.curves).remove(c)
                self._notify(Change(Kind.CURVES, c.uid))
            self._put("sweeps", dict(other.sweeps))
            self._next_gid = max(self._next_gid, max(self.sweeps, default=0) + 1)
            for f in dataclasses.fields(self):
                if f.name not in _COLLECTIONS:
                    value = getattr(other, f.name)
                    self._put(f.name, list(value) if isinstance(value, list) else value)
            self._put("custom", {})
            for fn in other.custom.values():
                self.register_custom(fn)
            selected_index = next(
                (i for i, c in enumerate(other.curves) if c.uid == other.selected), None
            )
            self._put("selected", None)
            uids: dict[int, int] = {}
            for c in other.curves:
                mine = dataclasses.replace(
                    c,
                    uid=self._next_uid,
                    params=dict(c.params),
                    custom=self.custom.get(c.function_id),
                )
                uids[c.uid] = mine.uid
                self._next_uid += 1
                self.curves.append(mine)
                self._notify(Change(Kind.CURVES, mine.uid))
            for k in other.compares:
                if k.a in uids and k.b in uids:
                    ours = dataclasses.replace(k, uid=self._next_uid, a=uids[k.a], b=uids[k.b])
                    self._next_uid += 1
                    self.compares.append(ours)
                    self._notify(Change(Kind.CURVES, ours.uid))
            if selected_index is not None:
                self._put("selected", self.curves[selected_index].uid)
            elif self.curves:
                self._put("selected", self.curves[0].uid)
            for kind in (
                Kind.SELECTION,
                Kind.RANGE,
                Kind.VIEW,
                Kind.ROWS,
                Kind.OPTIONS,
                Kind.PRESET,
            ):
                self._notify(Change(kind, self.selected if kind is Kind.SELECTION else None))

    def restore_sweeps(self, sweeps: Mapping[int, Sweep]) -> None:
        """Know exactly these parameter families, by group id (a session being read:
        its curves name their family by that id).  Curves are left alone."""
        self._put("sweeps", dict(sweeps))
        self._next_gid = max(self._next_gid, max(self.sweeps, default=0) + 1)
        self._notify(Change(Kind.CURVES))

    # --- curves --------------------------------------------------------------------

    def curve(self, uid: int) -> Curve:
        for c in self.curves:
            if c.uid == uid:
                return c
        raise ValueError(message("no curve with id {uid}", uid=uid))

    def label_of(self, c: Curve | Compare) -> str:
        """The curve's label; every parameter shown when the function has other curves,
        and a copy number when another curve has the very same parameters."""
        if isinstance(c, Compare):
            return _compare.label(
                c.mode, self.label_of(self.curve(c.a)), self.label_of(self.curve(c.b))
            )
        same = self.curves_of(c.function_id)
        label = c.label(all_params=len(same) > 1)
        twins = [o.uid for o in same if o.params == c.params]
        if len(twins) > 1:
            label += f" #{twins.index(c.uid) + 1}"
        return label

    def curves_of(self, function_id: str) -> list[Curve]:
        fid = self.resolve(function_id).id
        return [c for c in self.curves if c.function_id == fid]

    def _next_look(self) -> tuple[str, str]:
        used = {(c.color, c.style) for c in self.curves}
        for style in LINE_STYLES:
            for color in PALETTE:
                if (color, style) not in used:
                    return color, style
        n = len(self.curves)
        return PALETTE[n % len(PALETTE)], LINE_STYLES[(n // len(PALETTE)) % len(LINE_STYLES)]

    def add_curve(
        self,
        function_id: str,
        params: Mapping[str, Any] | None = None,
        index: int | None = None,
        *,
        color: str | None = None,
        style: str | None = None,
        visible: bool = True,
        group: int | None = None,
    ) -> Curve:
        """Add a curve (another one if the function is already shown), last or at ``index``.

        The look is the next unused colour and line style unless given; ``group``
        (a session being read) must be a key of :attr:`sweeps`.
        """
        act = self.resolve(function_id)
        resolved = catalog.resolve_params(act, params, self.preset)
        if group is not None and group not in self.sweeps:
            raise ValueError(
                message("expected the id of one of the sweeps, got {value}", value=repr(group))
            )
        next_color, next_style = self._next_look()
        c = Curve(
            self._next_uid,
            act.id,
            resolved,
            next_color if color is None else color,
            next_style if style is None else style,
            bool(visible),
            group,
            self.custom.get(act.id),
        )
        self._next_uid += 1
        if index is None:
            self.curves.append(c)
        else:
            self.curves.insert(index, c)
        if self.selected is None:
            self._put("selected", c.uid)
            self._notify(Change(Kind.SELECTION, c.uid))
        self._notify(Change(Kind.CURVES, c.uid))
        return c

    def remove_curve(self, uid: int) -> None:
        if any(k.uid == uid for k in self.compares):
            self.remove_compare(uid)
            return
        c = self.curve(uid)
        dependents = [k for k in self.compares if uid in (k.a, k.b)]
        if not dependents:
            self._remove_curve(c)
            return
        with self.batch():
            for k in dependents:
                self.remove_compare(k.uid)
            self._remove_curve(c)

    def _remove_curve(self, c: Curve) -> None:
        uid = c.uid
        self.curves.remove(c)
        if c.group is not None and not any(o.group == c.group for o in self.curves):
            self.sweeps.pop(c.group, None)
        if self.selected == uid:
            same = [o for o in self.curves if o.function_id == c.function_id]
            remaining = same or self.curves
            self._put("selected", remaining[0].uid if remaining else None)
            self._notify(Change(Kind.SELECTION, self.selected))
        self._notify(Change(Kind.CURVES, uid))

    def set_ticked(self, function_id: str, on: bool) -> None:
        """The function list's checkbox: show the function, or remove all its curves."""
        existing = self.curves_of(function_id)
        if on and not existing:
            c = self.add_curve(function_id)
            self.select(c.uid)
        elif not on:
            with self.batch():
                for c in existing:
                    self.remove_curve(c.uid)

    def is_ticked(self, function_id: str) -> bool:
        return bool(self.curves_of(function_id))

    def select(self, uid: int | None) -> None:
        if uid is not None:
            self.curve(uid)
        if uid != self.selected:
            self._put("selected", uid)
            self._notify(Change(Kind.SELECTION, uid))

    @property
    def selected_curve(self) -> Curve | None:
        return None if self.selected is None else self.curve(self.selected)

    def set_param(self, uid: int, name: str, value: Any) -> None:
        """Change one parameter; ValueError (state unchanged) if not allowed."""
        c = self.curve(uid)
        new = catalog.resolve_params(c.activation, {**c.params, name: value}, self.preset)
        if new != c.params:
            c.params = new
            self._notify(Change(Kind.PARAMS, uid))
            self._notify_dependents(uid)

    def set_params(self, uid: int, params: Mapping[str, Any]) -> None:
        """Replace every parameter of a curve at once (undo); ValueError if not allowed."""
        c = self.curve(uid)
        new = catalog.resolve_params(c.activation, params, self.preset)
        if new != c.params:
            c.params = new
            self._notify(Change(Kind.PARAMS, uid))
            self._notify_dependents(uid)  # the comparisons of this curve change too

    def reset_params(self, uid: int) -> None:
        c = self.curve(uid)
        new = catalog.defaults(c.activation, self.preset)
        if new != c.params:
            c.params = dict(new)
            self._notify(Change(Kind.PARAMS, uid))
            self._notify_dependents(uid)

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

    def set_curve_visible(self, uid: int, on: bool) -> None:
        """Hide or show a curve without removing it (the legend's click)."""
        c = self.item(uid)
        if c.visible != bool(on):
            c.visible = bool(on)
            self._notify(Change(Kind.VISIBILITY, uid))

    def set_color(self, uid: int, color: str) -> None:
        c = self.item(uid)
        if c.color != color:
            c.color = color
            self._notify(Change(Kind.STYLE, uid))

    # --- range, rows, options --------------------------------------------------

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

    # --- numbers for the plot ----------------------------------------------------

    def sample(
        self, uid: int, lo: float | None = None, hi: float | None = None, n: int | None = None
    ) -> Samples:
        """f, f', f'' of a curve on ``n`` points over [lo, hi] (default: the view).

        Kinks inside the interval are sampled exactly, so a kink is drawn sharp at
        any zoom; at a jump the line is broken (NaN between the two sides) so the
        jump is not drawn as a slanted line.
        """
        c = self.item(uid)
        if lo is None or hi is None:
            lo, hi = self.visible_range()
        if isinstance(c, Compare):
            return sample_function(self.compare_activation(c), {}, lo, hi, n or self.points)
        return sample_function(c.activation, c.params, lo, hi, n or self.points)

    def readout(self, x: float) -> list[tuple[Curve | Compare, float, float, float]]:
        """Exact f, f', f'' at ``x`` for every visible curve and comparison (the crosshair)."""
        xs = np.array([float(x)])
        out: list[tuple[Curve | Compare, float, float, float]] = []
        for c in self.drawn():
            if not c.visible:
                continue
            if isinstance(c, Compare):
                act, params = self.compare_activation(c), {}
            else:
                act, params = c.activation, c.params
            out.append(
                (
                    c,
                    float(act.f(xs, **params)[0]),
                    float(act.df(xs, **params)[0]),
                    float(act.d2f(xs, **params)[0]),
                )
            )
        return out

    # --- comparisons and parameter families -------------------------------------

    def item(self, uid: int) -> Curve | Compare:
        """The curve or the comparison ``uid``."""
        for k in self.compares:
            if k.uid == uid:
                return k
        return self.curve(uid)

    def is_plain(self, uid: int) -> bool:
        """Whether ``uid`` is a curve (not a comparison)."""
        return any(c.uid == uid for c in self.curves)

    def drawn(self) -> list[Curve | Compare]:
        """What the plots draw, in drawing order: the curves, then the comparisons."""
        return [*self.curves, *self.compares]

    def spec_of(self, c: Curve | Compare) -> str:
        """A curve's spec, or a comparison's ``diff(A, B)`` (CSV headers)."""
        if isinstance(c, Compare):
            a, b = self.curve(c.a), self.curve(c.b)
            return _compare.spec(c.mode, a.spec(), b.spec())
        return c.spec()

    def compare_activation(self, k: Compare) -> Activation:
        """The comparison as an activation without parameters, from its curves' now."""
        a, b = self.curve(k.a), self.curve(k.b)
        return _compare.activation(
            k.mode, a.activation, a.params, b.activation, b.params, self.label_of(k)
        )

    def add_compare(self, a: int, b: int, mode: str = "difference") -> Compare:
        """Compare curve ``a`` with curve ``b`` (two different curves)."""
        _compare.check_mode(mode)
        self.curve(a), self.curve(b)
        if a == b:
            raise ValueError(message("choose two different curves to compare"))
        used = {c.color for c in self.drawn()}
        color = next((p for p in PALETTE if p not in used), PALETTE[len(self.compares) % 10])
        k = Compare(self._next_uid, a, b, mode, color, "dash")
        self._next_uid += 1
        self.compares.append(k)
        self._notify(Change(Kind.CURVES, k.uid))
        return k

    def remove_compare(self, uid: int) -> None:
        k = self.item(uid)
        if isinstance(k, Compare):
            self.compares.remove(k)
            self._notify(Change(Kind.CURVES, uid))

    def set_compare_mode(self, uid: int, mode: str) -> None:
        k = self.item(uid)
        _compare.check_mode(mode)
        if isinstance(k, Compare) and k.mode != mode:
            k.mode = mode
            self._notify(Change(Kind.PARAMS, uid))

    def _notify_dependents(self, uid: int) -> None:
        for k in self.compares:
            if uid in (k.a, k.b):
                self._notify(Change(Kind.PARAMS, k.uid))

    def group_members(self, gid: int) -> list[Curve]:
        return [c for c in self.curves if c.group == gid]

    def group_label(self, gid: int) -> str:
        """``Leaky ReLU: negative_slope 0.01 … 0.3 (5)``: the family's legend entry."""
        members = self.group_members(gid)
        sw = self.sweeps[gid]
        name = members[0].activation.name if members else "?"
        return message(
            "{name}: {param} {lo} … {hi} ({count})",
            name=name,
            param=sw.param,
            lo=_short(sw.lo),
            hi=_short(sw.hi),
            count=len(members),
        )

    def add_group(
        self, function_id: str, params: Mapping[str, Any] | None, sweep: Sweep
    ) -> list[Curve]:
        """The curves of a parameter family, coloured by a sequential colour map."""
        act = self.resolve(function_id)
        base = catalog.resolve_params(act, params, self.preset)
        values = sweep.values()
        resolved = [
            catalog.resolve_params(act, {**base, sweep.param: v}, self.preset) for v in values
        ]
        gid = self._next_gid
        self._next_gid += 1
        which = self._free_colour_map()
        self.sweeps[gid] = sweep
        out = []
        with self.batch():
            for p, color in zip(resolved, member_colors(len(resolved), which)):
                c = Curve(
                    self._next_uid, act.id, p, color, "solid", True, gid, self.custom.get(act.id)
                )
                self._next_uid += 1
                self.curves.append(c)
                out.append(c)
                self._notify(Change(Kind.CURVES, c.uid))
            if self.selected is None:
                self.select(out[0].uid)
        return out

    def _free_colour_map(self) -> int:
        """The first colour map no family on screen uses (each family's first member is
        the map's colour at 0), else the next in turn."""
        from .sweep import MAPS, colormap

        firsts = {}
        for c in self.curves:
            if c.group is not None:
                firsts.setdefault(c.group, c.color)
        used = {k for k in range(len(MAPS)) if colormap(0.0, k) in firsts.values()}
        free = [k for k in range(len(MAPS)) if k not in used]
        return free[0] if free else len(firsts) % len(MAPS)

    def add_sweep(
        self, uid: int, param: str, lo: float, hi: float, n: int, log: bool = False
    ) -> list[Curve]:
        """Replace curve ``uid`` by the family of ``n`` curves with ``param`` from ``lo``
        to ``hi``; its selection moves to the first member."""
        from .sweep import MAX_MEMBERS, MIN_MEMBERS

        c = self.curve(uid)
        if not MIN_MEMBERS <= int(n) <= MAX_MEMBERS:
            raise ValueError(
                message(
                    "a sweep has {low} to {high} curves, got {value}",
                    low=MIN_MEMBERS,
                    high=MAX_MEMBERS,
                    value=n,
                )
            )
        if log and (lo <= 0 or hi <= 0):
            raise ValueError(message("log spacing needs LO > 0 and HI > 0"))
        if lo == hi:
            raise ValueError(message("LO and HI are equal"))
        with self.batch():
            members = self.add_group(
                c.function_id, c.params, Sweep(param, float(lo), float(hi), int(n), bool(log))
            )
            self.select(members[0].uid)
            self.remove_curve(uid)
        return members

    def remove_group(self, gid: int) -> None:
        with self.batch():
            for c in self.group_members(gid):
                self.remove_curve(c.uid)
            self.sweeps.pop(gid, None)

    def set_group_visible(self, gid: int, on: bool) -> None:
        with self.batch():
            for c in self.group_members(gid):
                self.set_curve_visible(c.uid, on)


#: every field of ExplorerState, by name
_FIELDS = frozenset(f.name for f in dataclasses.fields(ExplorerState))
#: fields changed only through methods (assign() takes them over one by one)
_COLLECTIONS = frozenset({"curves", "compares", "custom", "sweeps", "selected"})


def _view_setter(state: ExplorerState, value: Any) -> None:
    if value is None:
        state.reset_view()
    else:
        lo, hi = value
        state.set_view(lo, hi)


_OPTIONS = ("overlay", "grid", "legend", "shade_saturation", "saturation_eps", "shade_dead")

#: the setter that an assignment to a field calls (ExplorerState.__setattr__)
_ASSIGN: dict[str, Callable[[ExplorerState, Any], None]] = {
    "selected": ExplorerState.select,
    "x_min": lambda s, v: s.set_x_range(v, s.x_max),
    "x_max": lambda s, v: s.set_x_range(s.x_min, v),
    "points": ExplorerState.set_points,
    "view": _view_setter,
    "rows": ExplorerState.set_rows,
    "preset": ExplorerState.set_preset,
    **{name: (lambda s, v, n=name: s.set_option(n, v)) for name in _OPTIONS},
}


def sample_function(
    act: Activation, params: Mapping[str, ParamValue], lo: float, hi: float, n: int
) -> Samples:
    """Samples of f, f', f'' on [lo, hi]: ``n`` even points plus every break inside.

    Each kink or jump k inside the interval is sampled at k and a hair either
    side.  The point at k itself is NaN in the rows that are discontinuous
    there (f at a jump; f' and f'' at any break), so a polyline ends and
    restarts instead of drawing the jump as a slanted line.
    """
    x = np.linspace(lo, hi, n)
    kinks = {float(k) for k in act.kinks(**params) if lo < k < hi}
    jumps = {float(k) for k in act.jumps(**params) if lo < k < hi}
    breaks = sorted(kinks | jumps)
    if breaks:
        extra = []
        for k in breaks:
            eps = max((hi - lo) * 1e-9, 8.0 * float(np.spacing(abs(k))))
            extra += [k - eps, k, k + eps]
        x = np.unique(np.concatenate([x, np.array(extra)]))
        x = x[(x >= lo) & (x <= hi)]
    y = np.empty((3, x.size))
    act.evaluate_all(x, params, (y[0], y[1], y[2]))  # fused where there is a fused kernel
    if breaks:
        at = np.searchsorted(x, np.array(breaks))
        y[1:, at] = np.nan
        if jumps:
            y[0, np.searchsorted(x, np.array(sorted(jumps)))] = np.nan
    return Samples(x, y)
