"""The explorer state: the curves, comparisons and parameter families the window
shows, on top of :class:`._base._StateBase` (fields, notification, range and options)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from .. import catalog
from .. import compare as _compare
from ..compare import Compare
from ..messages import message
from ..spec import Activation
from ..sweep import Sweep, member_colors
from ._base import _StateBase
from ._types import (
    DEFAULT_FUNCTIONS,
    LINE_STYLES,
    PALETTE,
    Change,
    Curve,
    Kind,
    Samples,
    _short,
    sample_function,
)


@dataclass
class ExplorerState(_StateBase):
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
            act: Activation = self.custom[key].activation
            return act
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
            for k in list(self.compares):  # the comparisons first, then their curves
                self.compares.remove(k)
                self._notify(Change(Kind.CURVES, k.uid))
            for c in list(self.curves):
                self.curves.remove(c)
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
        from ..sweep import MAPS, colormap

        firsts: dict[int, str] = {}
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
        from ..sweep import MAX_MEMBERS, MIN_MEMBERS

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


def _option_setter(name: str) -> Callable[[ExplorerState, Any], None]:
    return lambda state, value: state.set_option(name, value)


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
    **{name: _option_setter(name) for name in _OPTIONS},
}
