"""Undo and redo (actgui.core.history): exact restoration, coalescing, descriptions."""

from __future__ import annotations

import random

import pytest

from actgui.core import catalog, messages, session
from actgui.core.expressions import compile_definition
from actgui.core.history import History
from actgui.core.state import PALETTE, ExplorerState


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def _nav_only(a: dict, b: dict) -> bool:
    return {k: v for k, v in a.items() if k not in ("view", "selected")} == {
        k: v for k, v in b.items() if k not in ("view", "selected")
    }


CUSTOM = (
    "x*sigmoid(b*x); b=1.702",
    "where(x > 0, x, a*expm1(x)); a=1 in [0, 5]",
    "x*tanh(softplus(x))",
)


def random_action(st: ExplorerState, rng: random.Random) -> None:
    """One random edit or navigation of the state (all valid)."""
    ids = catalog.ids()
    kind = rng.choice(
        [
            "add",
            "add",
            "remove",
            "param",
            "param",
            "reset",
            "preset",
            "visible",
            "color",
            "range",
            "points",
            "view",
            "select",
            "row",
            "option",
            "eps",
            "custom",
            "tick",
        ]
    )
    curves = st.curves
    if kind == "add" and len(curves) < 25:
        st.add_curve(rng.choice(ids))
    elif kind == "remove" and curves:
        st.remove_curve(rng.choice(curves).uid)
    elif kind == "param" and curves:
        c = rng.choice(curves)
        act = c.activation
        if act.params:
            p = rng.choice(act.params)
            if hasattr(p, "choices"):
                value = rng.choice(p.choices)
            else:
                lo = p.min if p.min > -1e3 else -10.0
                hi = p.max if p.max < 1e3 else 10.0
                value = rng.uniform(lo, hi)
            try:
                st.set_param(c.uid, p.name, value)
            except ValueError:
                pass  # an open end or an ordering constraint: refused, state unchanged
    elif kind == "reset" and curves:
        st.reset_params(rng.choice(curves).uid)
    elif kind == "preset":
        st.set_preset(rng.choice(["pytorch", "keras"]))
    elif kind == "visible" and curves:
        c = rng.choice(curves)
        st.set_curve_visible(c.uid, not c.visible)
    elif kind == "color" and curves:
        st.set_color(rng.choice(curves).uid, rng.choice(PALETTE))
    elif kind == "range":
        lo = rng.uniform(-20, 0)
        st.set_x_range(lo, lo + rng.uniform(0.5, 30))
    elif kind == "points":
        st.set_points(rng.choice([100, 500, 2000, 4000]))
    elif kind == "view":
        lo = rng.uniform(-10, 10)
        st.set_view(lo, lo + rng.uniform(0.1, 5))
    elif kind == "select" and curves:
        st.select(rng.choice(curves).uid)
    elif kind == "row":
        o = rng.randrange(3)
        st.set_row_visible(o, not st.rows[o])
    elif kind == "option":
        name = rng.choice(["overlay", "grid", "legend", "shade_saturation", "shade_dead"])
        st.set_option(name, not getattr(st, name))
    elif kind == "eps":
        st.set_option("saturation_eps", rng.choice([0.001, 0.01, 0.05, 0.2]))
    elif kind == "custom":
        st.add_custom(compile_definition(rng.choice(CUSTOM)))
    elif kind == "tick":
        fid = rng.choice(ids)
        st.set_ticked(fid, not st.is_ticked(fid))


@pytest.mark.parametrize("seed", [13, 2026, 77])
def test_undo_then_redo_restore_every_state_exactly(seed: int) -> None:
    rng = random.Random(seed)
    st = ExplorerState.first_launch()
    clock = Clock()
    h = History(st, limit=10_000, clock=clock)
    start = session.to_dict(st)
    steps = 0
    for _ in range(200):
        before = session.to_dict(st)
        n = len(h)
        random_action(st, rng)
        after = session.to_dict(st)
        h.seal()
        clock.t += 10.0
        # every edit is one step; navigation (view, selection) and no-ops are none
        assert len(h) == n + (0 if _nav_only(before, after) else 1)
        steps = len(h)
    final = session.to_dict(st)
    seen = [final]
    for _ in range(steps):
        assert h.undo()
        seen.append(session.to_dict(st))
    assert not h.can_undo() and not h.undo()
    # back at the start, but for the navigation done before the first edit
    assert _nav_only(seen[-1], start)
    for expected in reversed(seen[:-1]):
        assert h.redo()
        assert session.to_dict(st) == expected
    assert session.to_dict(st) == final
    assert not h.can_redo()


@pytest.mark.parametrize("seed", [5, 99])
def test_random_mix_of_edits_undo_and_redo_matches_a_model(seed: int) -> None:
    rng = random.Random(seed)
    st = ExplorerState.first_launch()
    clock = Clock()
    h = History(st, limit=10_000, clock=clock)
    undo: list[dict] = []
    redo: list[dict] = []
    for _ in range(200):
        r = rng.random()
        now = session.to_dict(st)
        if r < 0.2 and undo:
            assert h.undo()
            assert session.to_dict(st) == undo.pop()
            redo.append(now)
        elif r < 0.3 and redo:
            assert h.redo()
            assert session.to_dict(st) == redo.pop()
            undo.append(now)
        else:
            random_action(st, rng)
            after = session.to_dict(st)
            if not _nav_only(now, after):
                undo.append(now)
                redo.clear()
        h.seal()
        clock.t += 10.0
        assert h.can_undo() == bool(undo) and h.can_redo() == bool(redo)


def test_a_drag_is_one_step_and_separate_drags_are_two() -> None:
    st = ExplorerState.first_launch()
    clock = Clock()
    h = History(st, clock=clock)
    leaky = st.curves_of("leaky_relu")[0]
    start = session.to_dict(st)
    h.begin_gesture()
    for i in range(1, 50):
        clock.t += 3.0  # a slow drag: the gesture holds it together
        st.set_param(leaky.uid, "negative_slope", i / 100)
    h.end_gesture()
    assert len(h) == 1
    assert h.undo_text() == "change negative_slope of Leaky ReLU"
    middle = session.to_dict(st)
    h.begin_gesture()
    st.set_param(leaky.uid, "negative_slope", 0.9)
    st.set_param(leaky.uid, "negative_slope", 0.8)
    h.end_gesture()
    assert len(h) == 2
    h.undo()
    assert session.to_dict(st) == middle
    h.undo()
    assert session.to_dict(st) == start


def test_keyboard_steps_coalesce_in_time_only() -> None:
    st = ExplorerState.first_launch()
    clock = Clock()
    h = History(st, clock=clock, coalesce_seconds=1.0)
    elu = st.curves_of("elu")[0]
    for v in (1.1, 1.2, 1.3):
        clock.t += 0.3
        st.set_param(elu.uid, "alpha", v)
    assert len(h) == 1
    clock.t += 5.0
    st.set_param(elu.uid, "alpha", 1.4)
    assert len(h) == 2
    # another parameter or curve is another step, however quick
    clock.t += 0.1
    st.set_param(st.curves_of("leaky_relu")[0].uid, "negative_slope", 0.2)
    assert len(h) == 3
    # a run that comes back to its start leaves no step
    clock.t += 5.0
    st.set_param(elu.uid, "alpha", 2.0)
    clock.t += 0.1
    st.set_param(elu.uid, "alpha", 1.4)
    assert len(h) == 3


def test_toggles_never_coalesce() -> None:
    st = ExplorerState.first_launch()
    h = History(st, clock=Clock())
    st.set_option("grid", False)
    st.set_option("grid", True)
    assert len(h) == 2
    assert h.undo_text() == "turn on grid"


def test_descriptions() -> None:
    st = ExplorerState.first_launch()
    h = History(st, clock=Clock())
    cases = [
        (lambda: st.add_curve("relu"), "add ReLU"),
        (lambda: st.remove_curve(st.curves[0].uid), "remove Sigmoid"),
        (lambda: st.set_ticked("elu", False), "remove ELU"),
        (lambda: st.set_preset("keras"), "switch to Keras defaults"),
        (lambda: st.set_x_range(-3, 3), "change the x range"),
        (lambda: st.set_points(500), "change the sample count"),
        (lambda: st.set_row_visible(2, True), "show the f″ row"),
        (lambda: st.set_row_visible(1, False), "hide the f′ row"),
        (lambda: st.set_option("overlay", True), "turn on overlay derivatives"),
        (lambda: st.set_option("saturation_eps", 0.2), "change ε"),
        (lambda: st.set_curve_visible(st.curves[0].uid, False), "hide tanh"),
        (lambda: st.set_color(st.curves[0].uid, "#000000"), "change the look of tanh"),
        (
            lambda: st.set_param(st.curves_of("leaky_relu")[0].uid, "negative_slope", 0.2),
            "change negative_slope of Leaky ReLU",
        ),
        (lambda: st.add_curve("srelu", {"t_left": -2.0, "a_left": 0.5}), "add SReLU"),
        (lambda: st.reset_params(st.curves_of("srelu")[0].uid), "change the parameters of SReLU"),
    ]
    for act, text in cases:
        h.seal()
        act()
        assert h.undo_text() == text
    # families and comparisons say what they did
    tanh, relu = st.curves_of("tanh")[0], st.curves_of("relu")[0]
    elu = st.add_curve("elu")
    h.seal()
    k = st.add_compare(tanh.uid, relu.uid)
    assert h.undo_text() == "compare tanh and ReLU"
    for act, text in [
        (lambda: st.set_compare_mode(k.uid, "ratio"), "change a comparison's mode"),
        (lambda: st.set_curve_visible(k.uid, False), "hide a comparison"),
        (lambda: st.set_curve_visible(k.uid, True), "show a comparison"),
        (lambda: st.remove_compare(k.uid), "remove a comparison"),
    ]:
        h.seal()
        act()
        assert h.undo_text() == text
    h.seal()
    members = st.add_sweep(elu.uid, "alpha", 0.1, 1.0, 3)
    assert h.undo_text() == "sweep alpha of ELU"
    gid = members[0].group
    for act, text in [
        (lambda: st.set_group_visible(gid, False), "hide the family of ELU"),
        (lambda: st.set_group_visible(gid, True), "show the family of ELU"),
        (lambda: st.remove_group(gid), "remove a family"),
    ]:
        h.seal()
        act()
        assert h.undo_text() == text
    # defining a custom function and plotting it is one step
    h.seal()
    st.add_custom(compile_definition("x*sigmoid(b*x); b=1.702", name="my swish"))
    assert h.undo_text() == "add my swish"
    assert h.redo_text() == ""


def test_labelled_steps_and_view_and_selection_are_not_steps() -> None:
    st = ExplorerState.first_launch()
    h = History(st, clock=Clock())
    st.set_view(-1, 1)
    st.select(st.curves[2].uid)
    assert not h.can_undo()
    other = session.from_dict(session.to_dict(ExplorerState()))
    other.add_curve("gelu")
    with h.labelled("open {name}", name="talk.actgui.json"):
        st.assign(other)
    assert len(h) == 1 and h.undo_text() == "open talk.actgui.json"
    h.undo()
    assert st.view == (-1.0, 1.0) and st.selected == st.curves[2].uid
    assert [c.function_id for c in st.curves] == list(
        ("sigmoid", "tanh", "relu", "leaky_relu", "elu")
    )


def test_depth_limit_and_new_edit_drops_redo() -> None:
    st = ExplorerState.first_launch()
    clock = Clock()
    h = History(st, limit=5, clock=clock)
    for i in range(12):
        h.seal()
        st.set_points(100 + i)
    assert len(h) == 5
    while h.undo():
        pass
    assert st.points == 106
    h.redo()
    assert h.can_redo()
    h.seal()
    st.set_option("grid", False)
    assert not h.can_redo()


def test_descriptions_follow_the_language() -> None:
    st = ExplorerState.first_launch()
    h = History(st, clock=Clock())
    st.set_option("legend", False)
    table = {"turn off {option}": "关闭{option}", "legend": "图例"}
    messages.set_translator(lambda t: table.get(t, t))
    try:
        assert h.undo_text() == "关闭图例"
    finally:
        messages.set_translator(None)
    assert h.undo_text() == "turn off legend"


def test_listeners_hear_every_change_of_the_stacks() -> None:
    st = ExplorerState.first_launch()
    h = History(st, clock=Clock())
    heard = []
    h.subscribe(lambda: heard.append((h.can_undo(), h.can_redo())))
    st.add_curve("relu")
    h.undo()
    h.redo()
    assert heard == [(True, False), (False, True), (True, False)]
    h.clear()
    assert heard[-1] == (False, False)


def test_small_undos_edit_the_state_in_place() -> None:
    """Undoing a toggle, a parameter, an added or removed last curve does not rebuild
    every curve (assign): the curves keep their ids, and listeners hear only what changed."""
    st = ExplorerState.first_launch()
    h = History(st, clock=Clock())
    uids = [c.uid for c in st.curves]
    heard = []
    st.subscribe(lambda ch: heard.append(ch.kind))

    def no_assign(other: ExplorerState) -> None:
        raise AssertionError("assign")

    st.assign = no_assign  # type: ignore[method-assign]
    for edit in (
        lambda: st.set_option("grid", False),
        lambda: st.set_param(uids[3], "negative_slope", 0.2),
        lambda: st.add_curve("gelu"),
        lambda: st.set_preset("keras"),
        lambda: st.set_x_range(-2, 2),
        lambda: st.remove_curve(st.curves[-1].uid),
    ):
        h.seal()
        before = session.to_dict(st)
        edit()
        after = session.to_dict(st)
        heard.clear()
        h.undo()
        assert session.to_dict(st) == before
        assert "curves" not in heard or len(st.curves) != len(after["curves"])
        h.redo()
        assert session.to_dict(st) == after
    assert [c.uid for c in st.curves][:5] == uids
