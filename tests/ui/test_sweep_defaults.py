"""Curve > Sweep a parameter…: the range it offers draws a visible family for every
parameter of every function (found by a tester: SMU's μ = 10⁶ offered 10⁶ … 10⁶ + 3,
five equal curves; Softplus' threshold 20 … 50 acts only beyond the x range shown;
SMU-1's μ = 4·10⁻⁹ showed as 0.000 and OK refused it)."""

from __future__ import annotations

import numpy as np
import pytest

from actgui.core import catalog
from actgui.core.spec import NumberParam
from actgui.core.state import ExplorerState
from actgui.ui.families import VISIBLE_SHARE, SweepDialog, family_spread

CASES = [
    (fid, i, p.name)
    for fid in catalog.ids()
    for i, p in enumerate(q for q in catalog.get(fid).params if isinstance(q, NumberParam))
]


def offered(qtbot, fid: str, index: int | str, state: ExplorerState | None = None):  # type: ignore[no-untyped-def]
    """The Sweep dialog of a new curve of ``fid`` (or of ``state``'s last curve) with
    its ``index``-th number parameter (or the one of that name) chosen."""
    st = state or ExplorerState()
    c = st.add_curve(fid) if state is None else st.curves[-1]
    d = SweepDialog(st, c.uid)
    qtbot.addWidget(d)
    d.param.setCurrentIndex(index if isinstance(index, int) else d.param.findData(index))
    return st, c, d


@pytest.mark.parametrize(("fid", "index", "name"), CASES)
def test_the_offered_family_is_visible_and_accepted(qtbot, fid, index, name) -> None:  # type: ignore[no-untyped-def]
    st, c, d = offered(qtbot, fid, index)
    act, params = c.activation, dict(c.params)
    assert d.apply(), d.error.text()
    members = [m for m in st.curves if m.group is not None]
    values = [m.params[name] for m in members]
    assert len(set(values)) == len(values) == d.count.value()
    x = np.linspace(st.x_min, st.x_max, 401)
    assert family_spread(act, params, name, values, x) >= VISIBLE_SHARE, values


def test_the_ordinary_range_is_kept_and_the_three_found_are_fixed(qtbot) -> None:  # type: ignore[no-untyped-def]
    _st, _c, d = offered(qtbot, "elu", 0)
    assert (d.lo.value(), d.hi.value(), d.log.isChecked()) == (1.0, 2.5, False)
    _st, _c, d = offered(qtbot, "softplus", "threshold")
    assert (d.lo.value(), d.hi.value(), d.log.isChecked()) == (1.0, 20.0, False)
    _st, _c, d = offered(qtbot, "smu", "mu")
    assert d.log.isChecked() and d.lo.value() == pytest.approx(0.1) and d.hi.value() == 1e7
    _st, _c, d = offered(qtbot, "smu1", "mu")
    assert d.log.isChecked() and d.lo.value() == pytest.approx(1e-7) and d.hi.value() == 10


def test_a_custom_function_gets_a_visible_family(qtbot) -> None:  # type: ignore[no-untyped-def]
    from actgui.core.expressions import compile_definition

    st = ExplorerState()
    st.add_custom(compile_definition("x * sigmoid(b*x); b=1"))
    st, _c, d = offered(qtbot, "", 0, state=st)
    assert d.apply(), d.error.text()
    assert len({m.params["b"] for m in st.curves if m.group is not None}) == d.count.value()
