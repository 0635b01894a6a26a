"""Parameter families (sweeps) and comparisons of two curves, in the core."""

from __future__ import annotations

import numpy as np
import pytest

from actgui.core import catalog, session, sweep
from actgui.core.compare import Compare
from actgui.core.state import ExplorerState


def test_sweep_spec_gives_n_evenly_spaced_values_ends_included() -> None:
    act, base, sw = sweep.parse("leaky_relu(negative_slope=0.01..0.3:5)")
    assert act.id == "leaky_relu"
    assert sw.values() == [0.01, 0.0825, 0.155, 0.2275, 0.3]
    assert [p["negative_slope"] for p in sweep.members(act, base, sw)] == sw.values()
    _act, _base, lg = sweep.parse("elu(alpha=0.1..10:3:log)")
    assert lg.values() == [0.1, 1.0, 10.0]
    np.testing.assert_allclose(
        sweep.parse("elu(alpha=0.1..10:7:log)")[2].values(), np.geomspace(0.1, 10, 7)
    )
    # the other parameters as given
    _act, base, sw = sweep.parse("hardtanh(min_val=-3..0.5:3, max_val=2)")
    assert base["max_val"] == 2.0 and sw.values() == [-3.0, -1.25, 0.5]


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("leaky_relu(negative_slope=0.01..0.3)", "N, the number of curves, is missing"),
        ("leaky_relu(negative_slope=0.01..0.3:1)", "N = 1 is out of range"),
        ("leaky_relu(negative_slope=0.01..0.3:x)", "not a whole number"),
        ("leaky_relu(negative_slope=0..0.3:5:log)", "log spacing needs LO > 0"),
        ("leaky_relu(negative_slope=0.01..0.3:5:cubic)", "is not ':log'"),
        ("leaky_relu(negative_slope=a..0.3:5)", "is not a number"),
        ("leaky_relu(negative_slope=0.3..0.3:5)", "LO and HI are equal"),
        ("gelu(approximate=0..1:3)", "is not a number parameter"),
        ("hardtanh(min_val=0..1:3, max_val=0..2:3)", "only one parameter"),
        ("leaky_relu(negative_slope=0.01..30:5)", "above the valid range"),
    ],
)
def test_bad_sweep_specs_say_what_is_allowed(spec: str, says: str) -> None:
    with pytest.raises(ValueError) as err:
        sweep.parse(spec)
    text = str(err.value)
    assert says in text and "\n" not in text
    if "valid range" not in text:
        assert "name(param=LO..HI:N)" in text and "from 2 to 100" in text


def test_animation_range_is_the_allowed_part_and_visits_both_ends() -> None:
    act = catalog.get("leaky_relu")
    assert sweep.animation_range(act, catalog.defaults(act), "negative_slope") == (0.0, 1.0)
    ht = catalog.get("hardtanh")
    lo, hi = sweep.animation_range(ht, catalog.defaults(ht), "min_val")
    assert lo == -10.0 and 0.8 <= hi < 1.0  # min_val < max_val = 1
    vals = sweep.animation_values(0.0, 1.0, 30)
    assert vals[0] == 0.0 and 1.0 in vals and len(vals) >= 30
    with pytest.raises(ValueError, match="no number parameter"):
        sweep.animation_range(catalog.get("gelu"), {"approximate": "none"}, "approximate")


@pytest.mark.parametrize("which", range(len(sweep.MAPS)))
def test_colour_map_is_sequential_and_distinct(which: int) -> None:
    colors = sweep.member_colors(5, which)
    assert len(set(colors)) == 5
    lum = [
        0.2126 * int(c[1:3], 16) + 0.7152 * int(c[3:5], 16) + 0.0722 * int(c[5:7], 16)
        for c in colors
    ]
    assert lum == sorted(lum)


def test_a_second_family_takes_the_next_colour_map() -> None:
    st = ExplorerState()
    first = st.add_sweep(st.add_curve("leaky_relu").uid, "negative_slope", 0.01, 0.3, 5)
    second = st.add_sweep(st.add_curve("elu").uid, "alpha", 0.1, 3.0, 5)
    assert [c.color for c in first] == sweep.member_colors(5, 0)
    assert [c.color for c in second] == sweep.member_colors(5, 1)
    assert not {c.color for c in first} & {c.color for c in second}
    # the first family goes: a new one takes the map it left, not the second's again
    st.remove_group(first[0].group)
    third = st.add_sweep(st.add_curve("celu").uid, "alpha", 1.0, 2.0, 3)
    assert [c.color for c in third] == sweep.member_colors(3, 0)


def test_state_sweep_replaces_the_curve_by_a_group() -> None:
    st = ExplorerState()
    c = st.add_curve("leaky_relu")
    members = st.add_sweep(c.uid, "negative_slope", 0.01, 0.3, 5)
    assert [m.params["negative_slope"] for m in members] == [0.01, 0.0825, 0.155, 0.2275, 0.3]
    assert len(st.curves) == 5 and all(m.group == members[0].group for m in members)
    assert st.selected == members[0].uid
    assert "0.01 … 0.3 (5)" in st.group_label(members[0].group)
    st.set_group_visible(members[0].group, False)
    assert not any(m.visible for m in members)
    st.remove_group(members[0].group)
    assert not st.curves and not st.sweeps
    with pytest.raises(ValueError):
        st.add_sweep(st.add_curve("elu").uid, "alpha", 0.0, 1.0, 3, log=True)


def test_compare_rows_are_the_core_difference_and_follow_edits() -> None:
    st = ExplorerState()
    a = st.add_curve("gelu")
    b = st.add_curve("gelu", {"approximate": "tanh"})
    k = st.add_compare(a.uid, b.uid)
    assert isinstance(st.item(k.uid), Compare)
    s = st.sample(k.uid, -4, 4, 101)
    for o in range(3):
        want = catalog.evaluate("gelu", s.x, a.params, o) - catalog.evaluate(
            "gelu", s.x, b.params, o
        )
        np.testing.assert_array_equal(s.y[o], want)
    seen = []
    st.subscribe(lambda ch: seen.append(ch))
    st.set_param(b.uid, "approximate", "none")
    assert any(ch.kind == "params" and ch.uid == k.uid for ch in seen)
    assert np.all(st.sample(k.uid, -4, 4, 11).y[0] == 0)
    st.set_compare_mode(k.uid, "ratio")
    st.set_param(b.uid, "approximate", "tanh")
    r = st.readout(1.5)[-1]
    assert r[0] is k
    fa = catalog.evaluate("gelu", [1.5], a.params)[0]
    fb = catalog.evaluate("gelu", [1.5], b.params)[0]
    assert r[1] == fa / fb
    st.set_compare_mode(k.uid, "ulps")
    assert st.readout(1.5)[-1][1] == (fa - fb) / np.spacing(fb)
    assert st.spec_of(k) == "ulps(gelu, gelu(approximate='tanh'))"
    with pytest.raises(ValueError):
        st.add_compare(a.uid, a.uid)
    with pytest.raises(ValueError):
        st.set_compare_mode(k.uid, "sum")
    st.remove_curve(a.uid)  # the comparison goes with it
    assert not st.compares


def test_sessions_keep_groups_and_comparisons() -> None:
    st = ExplorerState.first_launch()
    tanh = st.curves_of("tanh")[0]
    sig = st.curves_of("sigmoid")[0]
    k = st.add_compare(tanh.uid, sig.uid, "ratio")
    st.set_curve_visible(k.uid, False)
    st.add_sweep(st.curves_of("elu")[0].uid, "alpha", 0.1, 10, 4, log=True)
    data = session.to_dict(st)
    again = session.loads(session.dumps(st))
    assert session.to_dict(again) == data
    copy = ExplorerState()
    copy.assign(again)
    assert session.to_dict(copy) == data
    bad = dict(data, compares=[{"a": 0, "b": 99}])
    with pytest.raises(session.SessionError, match=r"compares\[0\]\.b"):
        session.from_dict(bad)
    bad = dict(data, sweeps=[{"id": 1, "param": "alpha", "lo": 0.1, "hi": 1, "n": 1}])
    with pytest.raises(session.SessionError, match=r"sweeps\[0\]\.n"):
        session.from_dict(bad)


def test_a_ratio_reads_out_its_own_derivatives() -> None:
    """f′ and f″ of tanh / sigmoid are the ratio's derivatives (quotient rule), as the
    CSV headers ratio(…)' and ratio(…)'' say, checked against finite differences."""
    st = ExplorerState.first_launch()
    tanh = st.curves_of("tanh")[0]
    sig = st.curves_of("sigmoid")[0]
    k = st.add_compare(tanh.uid, sig.uid, "ratio")
    act = st.compare_activation(k)
    x = np.linspace(-3.0, 3.0, 13)
    h = 1e-4
    f = act.f
    want1 = (f(x + h) - f(x - h)) / (2 * h)
    want2 = (f(x + h) - 2 * f(x) + f(x - h)) / (h * h)
    np.testing.assert_allclose(act.df(x), want1, rtol=1e-6, atol=1e-8)
    np.testing.assert_allclose(act.d2f(x), want2, rtol=1e-4, atol=1e-5)
    # the exact values at 0: tanh/σ = 2 tanh(x) (1 + e^-x)/2 ... r(0) = 0, r′(0) = 2
    assert act.f(np.array([0.0]))[0] == 0.0
    assert act.df(np.array([0.0]))[0] == 2.0
    # where the divisor is 0: NaN, quietly
    relu = st.curves_of("relu")[0]
    k2 = st.add_compare(tanh.uid, relu.uid, "ratio")
    with np.errstate(all="raise"):
        out = st.compare_activation(k2).d2f(np.array([-1.0, 1.0]))
    assert np.isnan(out[0]) and np.isfinite(out[1])
