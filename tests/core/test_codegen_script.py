"""The matplotlib script of "copy as matplotlib": runs alone and draws the core's curves."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from actgui.core import codegen
from actgui.core.expressions import compile_definition
from actgui.core.state import ExplorerState

pytest.importorskip("matplotlib", reason="matplotlib is a test dependency ([test] extra)")

#: runs the script as `python fig.py OUT.png`, then saves what each line of each axes holds
READER = textwrap.dedent(
    """
    import runpy, sys
    import numpy as np
    script, out, data = sys.argv[1:4]
    sys.argv = [script, out]
    ns = runpy.run_path(script, run_name="__main__")
    arrays = {}
    for i, ax in enumerate(ns["fig"].axes):
        lines = [l for l in ax.get_lines() if not l.get_label().startswith("_child")]
        for j, line in enumerate(lines):
            arrays[f"x_{i}_{j}"] = np.asarray(line.get_xdata(), dtype=float)
            arrays[f"y_{i}_{j}"] = np.asarray(line.get_ydata(), dtype=float)
            arrays[f"label_{i}_{j}"] = np.array(line.get_label())
            arrays[f"style_{i}_{j}"] = np.array(line.get_linestyle())
    np.savez(data, **arrays)
    """
)


def _run(tmp_path: Path, script: str) -> dict:
    fig = tmp_path / "fig.py"
    fig.write_text(script, encoding="utf-8")
    reader = tmp_path / "reader.py"
    reader.write_text(READER, encoding="utf-8")
    png = tmp_path / "out.png"
    data = tmp_path / "lines.npz"
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONPATH": ""}
    # the script imports no actgui: run it from a folder where actgui is not importable
    proc = subprocess.run(
        [sys.executable, "-I", str(reader), str(fig), str(png), str(data)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert not proc.stderr.strip(), proc.stderr  # no warning either
    assert png.stat().st_size > 10_000
    with np.load(data) as npz:
        return {k: npz[k] for k in npz.files}


def _state() -> ExplorerState:
    st = ExplorerState(x_min=-4.0, x_max=5.0, points=701)
    for fid, params in (
        ("gelu", {"approximate": "tanh"}),
        ("leaky_relu", {"negative_slope": 0.2}),
        ("binary_step", {}),
        ("hardtanh", {"min_val": -0.5}),
        ("softplus", {"beta": 2.0}),
        ("pau", {}),
        ("sinc", {}),
        ("sigmoid", {}),
    ):
        st.add_curve(fid, params)
    st.add_custom(
        compile_definition(
            "a*x*sigmoid(b*x) + leaky_relu(x, negative_slope=a); a=0.3 in [0, 1]; b=1.702",
            name="np",
        )
    )
    hidden = st.add_curve("tanh")
    st.set_curve_visible(hidden.uid, False)
    st.set_row_visible(2, True)
    return st


def test_script_draws_the_core_curves_at_its_sample_points(tmp_path: Path) -> None:
    st = _state()
    script = codegen.matplotlib_script(st)
    assert not re.search(r"^\s*(import|from)\s+actgui", script, re.MULTILINE)
    arrays = _run(tmp_path, script)
    shown = [c for c in st.curves if c.visible]
    for order in range(3):
        for j, c in enumerate(shown):
            s = st.sample(c.uid)
            x, y = arrays[f"x_{order}_{j}"], arrays[f"y_{order}_{j}"]
            assert str(arrays[f"label_{order}_{j}"]) == st.label_of(c)
            np.testing.assert_array_equal(x, s.x)
            want = s.y[order]
            assert np.array_equal(np.isnan(y), np.isnan(want)), (c.function_id, order)
            ok = ~np.isnan(want)
            scale = max(1.0, float(np.max(np.abs(want[ok]))))
            np.testing.assert_allclose(
                y[ok], want[ok], rtol=1e-9, atol=1e-12 * scale, err_msg=f"{c.spec()} {order}"
            )
    assert f"x_0_{len(shown)}" not in arrays  # the hidden curve is not drawn


def test_script_of_f_alone_needs_no_jets_and_overlay_draws_on_f(tmp_path: Path) -> None:
    st = ExplorerState(x_min=-3.0, x_max=3.0, points=301)
    st.add_curve("mish")
    st.add_curve("serf")
    st.add_curve("elu", {"alpha": 0.5})
    st.set_row_visible(1, False)
    script = codegen.matplotlib_script(st)
    assert "class Jet" not in script
    arrays = _run(tmp_path, script)
    for j, c in enumerate(st.curves):
        np.testing.assert_allclose(arrays[f"y_0_{j}"], st.sample(c.uid).y[0], rtol=1e-12)
    st.set_row_visible(1, True)
    st.set_option("overlay", True)
    arrays = _run(tmp_path, codegen.matplotlib_script(st))
    assert "x_1_0" not in arrays  # one plot
    styles = [str(arrays[k]) for k in sorted(arrays) if k.startswith("style_0_")]
    assert styles.count("--") == 3
    derivative = [arrays[f"y_0_{j}"] for j in range(6) if str(arrays[f"style_0_{j}"]) == "--"]
    np.testing.assert_allclose(derivative[0], st.sample(st.curves[0].uid).y[1], rtol=1e-9)


def test_script_range_and_points_can_be_given(tmp_path: Path) -> None:
    st = ExplorerState()
    st.add_curve("relu")
    script = codegen.matplotlib_script(st, orders=[1], x_range=(-1.0, 2.0), points=11)
    arrays = _run(tmp_path, script)
    assert arrays["x_0_0"][0] == -1.0 and arrays["x_0_0"][-1] == 2.0
    assert np.isnan(arrays["y_0_0"][arrays["x_0_0"] == 0.0]).all()  # broken at the kink
    assert arrays["y_0_0"][-1] == 1.0


def test_script_draws_the_comparisons_row(tmp_path: Path) -> None:
    """The comparisons' row is redrawn too: GELU minus its tanh form, and a ratio,
    equal to the core's comparison at the script's points."""
    st = ExplorerState(x_min=-4.0, x_max=4.0, points=401)
    a = st.add_curve("gelu")
    b = st.add_curve("gelu", {"approximate": "tanh"})
    c = st.add_curve("leaky_relu", {"negative_slope": 0.1})
    d = st.add_curve("leaky_relu", {"negative_slope": 0.3})
    k1 = st.add_compare(a.uid, b.uid)
    k2 = st.add_compare(d.uid, c.uid, "ratio")
    hidden = st.add_compare(a.uid, c.uid)
    st.set_curve_visible(hidden.uid, False)
    arrays = _run(tmp_path, codegen.matplotlib_script(st, orders=[0]))
    assert "x_1_2" not in arrays  # two comparisons drawn, not the hidden one
    for j, k in enumerate((k1, k2)):
        assert str(arrays[f"label_1_{j}"]) == st.label_of(k)
        x, y = arrays[f"x_1_{j}"], arrays[f"y_1_{j}"]
        want = st.compare_activation(k).f(x)
        assert np.array_equal(np.isnan(y), np.isnan(want))
        ok = ~np.isnan(want)
        np.testing.assert_allclose(y[ok], want[ok], rtol=1e-9, atol=1e-15)
    assert np.nanmax(np.abs(arrays["y_1_0"])) > 1e-4  # GELU's two forms do differ
