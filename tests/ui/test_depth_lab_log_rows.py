"""The depth lab's log rows fit their positive values; exact zeros sit at the bottom edge."""

from __future__ import annotations

import math

import numpy as np
import pytest

from actgui.core import depth
from actgui.ui.depth_lab import DepthFigure, DepthLab, log_range


@pytest.fixture
def lab(qtbot):  # type: ignore[no-untyped-def]
    w = DepthLab()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.cancel()
    w.wait(30.0)


def _run_preset(qtbot, lab: DepthLab, preset_id: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(lab.sigFinished, timeout=120_000):
        assert lab.run_preset(preset_id)


def test_one_dead_relu_does_not_flatten_the_mean_square_of_the_others(qtbot, lab) -> None:  # type: ignore[no-untyped-def]
    _run_preset(qtbot, lab, "leaky_vs_relu")
    plot = lab.plots.plots["mean_sq"]
    lo, hi = plot.viewRange()[1]  # decades (log10): the axis is logarithmic
    assert hi - lo <= 12.0, (lo, hi)
    assert lo > -20.0, "zeros must not pull the axis down towards 1e-300"
    # Leaky ReLU (index 1) ends about 1e-4: at least two decades below 1, a sixth of the height
    _x, y = lab.plots.plotted("mean_sq", 1, "act_mean_sq")
    assert y[-1] > 0.0
    assert math.log10(y[-1]) <= -2.0
    assert (0.0 - math.log10(y[-1])) / (hi - lo) >= 1 / 6
    # ReLU (index 0) dies: its zeros are drawn inside the view, at its bottom edge
    _x, y = lab.plots.plotted("mean_sq", 0, "act_mean_sq")
    assert (y == 0.0).any()
    zx, zy = lab.plots.zero_marks("mean_sq", 0, "act_mean_sq")
    np.testing.assert_array_equal(zx, _x[y == 0.0])
    assert np.all(np.log10(zy) >= lo) and np.all(np.log10(zy) <= lo + 0.1 * (hi - lo))
    # every positive value lies inside the view; the line itself leaves the zeros out
    for i in range(len(lab.results)):
        _x, y = lab.plots.plotted("mean_sq", i, "act_mean_sq")
        pos = y[y > 0.0]
        assert np.all(np.log10(pos) >= lo) and np.all(np.log10(pos) <= hi)
        _dx, dy = lab.plots._items[("mean_sq", i, "act_mean_sq")].getOriginalDataset()
        assert not np.any(np.asarray(dy) <= 0.0)
    # the title says how zeros are drawn
    assert "bottom edge" in lab.plots.plots["mean_sq"].titleLabel.text
    for row in ("mean_sq", "grad"):
        vlo, _vhi = lab.plots.plots[row].viewRange()[1]
        assert vlo > -100.0, row


def test_the_exported_figure_has_the_same_log_ranges(qtbot, lab) -> None:  # type: ignore[no-untyped-def]
    _run_preset(qtbot, lab, "leaky_vs_relu")
    fig = DepthFigure(lab.results, 1000, 700)
    try:
        assert fig.plots.log_ranges == lab.plots.log_ranges
        for row in ("mean_sq", "grad"):
            got = fig.plots.plots[row].viewRange()[1]
            want = lab.plots.plots[row].viewRange()[1]
            assert got == pytest.approx(want)
    finally:
        fig.close()


def test_a_living_network_gets_no_zero_note(qtbot, lab) -> None:  # type: ignore[no-untyped-def]
    lab.set_functions(["tanh"])
    lab.set_config(depth.DepthConfig(layers=6, width=32, batch=16))
    assert lab.start()
    assert lab.wait(120)
    assert lab.plots.zero_rows == {"mean_sq": False, "grad": False}
    assert "bottom edge" not in lab.plots.plots["mean_sq"].titleLabel.text


def test_log_range() -> None:
    assert log_range([np.array([1e-4, 1.0, 0.0])]) == (-5.0, 1.0)
    # at least LOG_MIN_SPAN decades
    lo, hi = log_range([np.array([0.5, 0.7])])
    assert hi - lo >= 4.0 and lo <= math.log10(0.5) - 1 and hi >= math.log10(0.7) + 1
    # all zero (or nothing): a default range, never 1e-300
    assert log_range([np.zeros(5)]) == (-2.0, 2.0)
    assert log_range([]) == (-2.0, 2.0)
    assert log_range([np.array([np.nan, np.inf, 1e3])]) == (1.0, 5.0)
