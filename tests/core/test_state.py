"""ExplorerState's contract: every write notifies once with its kind, assign() takes
over every field, subscriptions end, custom functions stay in their own state."""

from __future__ import annotations

import dataclasses
import gc
import weakref
from collections.abc import Callable

import pytest

from actgui.core import catalog, session
from actgui.core.expressions import compile_definition
from actgui.core.spec import Preset
from actgui.core.state import Change, ExplorerState, Kind


def _record(state: ExplorerState) -> list[Change]:
    seen: list[Change] = []
    state.subscribe(seen.append)
    return seen


#: (setter, the one kind it announces): each call changes something
SETTERS: list[tuple[str, Callable[[ExplorerState], object], Kind]] = [
    ("set_x_range", lambda s: s.set_x_range(-1, 1), Kind.RANGE),
    ("set_points", lambda s: s.set_points(123), Kind.RANGE),
    ("set_view", lambda s: s.set_view(-2, 2), Kind.VIEW),
    ("set_rows", lambda s: s.set_rows([True, False, True]), Kind.ROWS),
    ("set_row_visible", lambda s: s.set_row_visible(2, True), Kind.ROWS),
    ("set_option", lambda s: s.set_option("grid", False), Kind.OPTIONS),
    ("set_preset", lambda s: s.set_preset(Preset.KERAS), Kind.PRESET),
    ("select", lambda s: s.select(s.curves[1].uid), Kind.SELECTION),
    ("set_param", lambda s: s.set_param(s.curves[3].uid, "negative_slope", 0.2), Kind.PARAMS),
    ("set_params", lambda s: s.set_params(s.curves[3].uid, {"negative_slope": 0.3}), Kind.PARAMS),
    ("set_color", lambda s: s.set_color(s.curves[0].uid, "#000000"), Kind.STYLE),
    ("set_curve_visible", lambda s: s.set_curve_visible(s.curves[0].uid, False), Kind.VISIBILITY),
    ("remove_curve", lambda s: s.remove_curve(s.curves[1].uid), Kind.CURVES),
    ("register_custom", lambda s: s.register_custom(compile_definition("a*x; a=2")), Kind.CUSTOM),
    ("restore_sweeps", lambda s: s.restore_sweeps({}), Kind.CURVES),
    # assignment is the setter too: it cannot skip the notification
    ("rows =", lambda s: setattr(s, "rows", [False, True, False]), Kind.ROWS),
    ("grid =", lambda s: setattr(s, "grid", False), Kind.OPTIONS),
    ("x_min =", lambda s: setattr(s, "x_min", -3.0), Kind.RANGE),
    ("points =", lambda s: setattr(s, "points", 77), Kind.RANGE),
    ("view =", lambda s: setattr(s, "view", (-1.0, 1.0)), Kind.VIEW),
    ("selected =", lambda s: setattr(s, "selected", s.curves[2].uid), Kind.SELECTION),
    ("saturation_eps =", lambda s: setattr(s, "saturation_eps", 0.5), Kind.OPTIONS),
]


@pytest.mark.parametrize(
    "setter, kind", [(f, k) for _, f, k in SETTERS], ids=[n for n, _, _ in SETTERS]
)
def test_every_setter_notifies_its_kind_once(setter, kind) -> None:  # type: ignore[no-untyped-def]
    state = ExplorerState.first_launch()
    seen = _record(state)
    setter(state)
    assert [c.kind for c in seen].count(kind) == 1, seen
    assert all(isinstance(c.kind, Kind) for c in seen)


def test_a_setter_that_changes_nothing_says_nothing() -> None:
    state = ExplorerState.first_launch()
    seen = _record(state)
    state.set_points(state.points)
    state.set_option("grid", state.grid)
    state.set_rows(list(state.rows))
    state.rows = list(state.rows)
    state.select(state.selected)
    assert seen == []


def test_collections_cannot_be_assigned() -> None:
    state = ExplorerState.first_launch()
    for name in ("curves", "compares", "custom", "sweeps"):
        with pytest.raises(AttributeError):
            setattr(state, name, type(getattr(state, name))())
    assert len(state.curves) == 5


def test_assignment_is_validated_like_the_setter() -> None:
    state = ExplorerState()
    with pytest.raises(ValueError):
        state.points = 1
    with pytest.raises(ValueError):
        state.saturation_eps = 2.0
    with pytest.raises(ValueError):
        state.x_min = 100.0  # more than x_max
    assert (state.points, state.saturation_eps, state.x_min) == (2000, 0.01, -6.0)


def _differs_everywhere() -> ExplorerState:
    """A state whose every field differs from a new state's."""
    other = ExplorerState.first_launch()
    other.add_custom(compile_definition("a*x*sigmoid(b*x); a=1; b=1.702"))
    other.add_compare(other.curves[0].uid, other.curves[1].uid)
    other.add_sweep(other.curves[3].uid, "negative_slope", 0.01, 0.3, 3)
    other.select(other.curves[2].uid)
    other.set_x_range(-3, 4)
    other.set_points(321)
    other.set_view(-1, 2)
    other.set_rows([False, True, True])
    other.set_preset(Preset.KERAS)
    for name in ("overlay", "shade_saturation", "shade_dead"):
        other.set_option(name, True)
    for name in ("grid", "legend"):
        other.set_option(name, False)
    other.set_option("saturation_eps", 0.25)
    return other


def _comparable(state: ExplorerState, name: str) -> object:
    """A field's value with the state's own ids replaced by positions."""
    value = getattr(state, name)
    index = {c.uid: i for i, c in enumerate(state.drawn())}
    if name == "curves":
        return [
            (c.function_id, c.params, c.color, c.style, c.visible, c.group is not None)
            for c in value
        ]
    if name == "compares":
        return [(index[k.a], index[k.b], k.mode, k.color, k.style, k.visible) for k in value]
    if name == "selected":
        return None if value is None else index[value]
    if name == "custom":
        return {fid: fn.definition() for fid, fn in value.items()}
    if name == "sweeps":
        return sorted(value.values(), key=repr)
    return value


def test_assign_takes_over_every_field() -> None:
    other = _differs_everywhere()
    fresh = ExplorerState()
    names = [f.name for f in dataclasses.fields(ExplorerState)]
    # the test is only as good as its source: every field really differs
    same = [n for n in names if _comparable(other, n) == _comparable(fresh, n)]
    assert same == [], f"make _differs_everywhere() change {same}"
    mine = ExplorerState.first_launch()
    seen = _record(mine)
    mine.assign(other)
    for name in names:
        assert _comparable(mine, name) == _comparable(other, name), name
    assert mine.rows is not other.rows  # copies, not shared lists
    assert {c.kind for c in seen} >= {
        Kind.CURVES,
        Kind.CUSTOM,
        Kind.SELECTION,
        Kind.RANGE,
        Kind.VIEW,
        Kind.ROWS,
        Kind.OPTIONS,
        Kind.PRESET,
    }
    assert session.to_dict(mine) == session.to_dict(other)


def test_a_closed_subscription_hears_nothing_and_lets_go() -> None:
    state = ExplorerState.first_launch()

    class Listener:
        def __init__(self) -> None:
            self.heard = 0

        def __call__(self, change: Change) -> None:
            self.heard += 1

    listener = Listener()
    handle = state.subscribe(listener)
    state.set_points(100)
    assert listener.heard == 1
    handle.close()
    handle.close()  # twice is harmless
    state.set_points(200)
    assert listener.heard == 1
    gone = weakref.ref(listener)
    del listener
    gc.collect()
    assert gone() is None  # neither the state nor the handle holds it


def test_a_subscription_closes_as_a_context_manager() -> None:
    state = ExplorerState()
    seen: list[Change] = []
    with state.subscribe(seen.append):
        state.set_points(10)
    state.set_points(20)
    assert [c.kind for c in seen] == [Kind.RANGE]


def test_a_custom_function_belongs_to_its_state_alone() -> None:
    fn = compile_definition("a*x*tanh(x); a=2", name="mine")
    one, two = ExplorerState(), ExplorerState()
    curve = one.add_custom(fn)
    fid = fn.activation.id
    assert one.resolve(fid) is fn.activation
    assert curve.activation is fn.activation
    assert curve.spec().startswith("expr:")
    with pytest.raises(ValueError):
        two.resolve(fid)
    with pytest.raises(ValueError):
        two.add_curve(fid)
    with pytest.raises(ValueError):
        catalog.get(fid)  # nothing global was changed
    assert not hasattr(catalog, "CUSTOM") and not hasattr(catalog, "register_custom")
    # catalog ids and aliases resolve in every state
    assert two.resolve("relu") is catalog.get("relu")
    # opening another session forgets the old state's custom functions
    one.assign(two)
    with pytest.raises(ValueError):
        one.resolve(fid)


def test_unknown_kinds_are_impossible() -> None:
    # Change takes a kind's text too (ignores: the type says Kind, the test passes str)
    assert Change("curves").kind is Kind.CURVES  # type: ignore[arg-type]
    # a str enum: text comparisons still hold
    assert Change("params").kind == "params"  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Change("curve")  # type: ignore[arg-type]  # a typo is an error, not a change nobody hears
    assert {k.value for k in Kind} == {
        "curves",
        "params",
        "custom",
        "style",
        "visibility",
        "selection",
        "range",
        "view",
        "rows",
        "options",
        "preset",
    }
