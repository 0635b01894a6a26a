"""`actgui code --target {pytorch,keras,matplotlib,latex,pgfplots}`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from actgui import cli
from actgui.core import catalog, codegen, session
from actgui.core.state import ExplorerState, sample_function


def run(capsys, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = cli.run(["code", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("framework", ["pytorch", "keras"])
def test_framework_targets_are_the_catalogs_code(capsys, framework: str) -> None:  # type: ignore[no-untyped-def]
    for fid in catalog.ids():
        act = catalog.get(fid)
        code, out, err = run(capsys, "--target", framework, "-f", fid)
        assert code == 0 and not err, (fid, err)
        built_in = catalog.framework_code(fid, None, framework)
        if built_in is not None:
            assert out == built_in + "\n"
        elif framework == "pytorch" and act.torch_module is not None:
            assert out == act.torch_module(**catalog.defaults(act)).rstrip("\n") + "\n"
        else:
            assert out == codegen.framework_code(fid, None, framework) + "\n"
            compile(out, fid, "exec")


def test_framework_code_with_parameters_and_several_functions(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        capsys, "--target", "pytorch", "-f", "leaky_relu(negative_slope=0.2)", "elu(alpha=0.5)"
    )
    assert code == 0
    assert out == "torch.nn.LeakyReLU(negative_slope=0.2)\n\ntorch.nn.ELU(alpha=0.5)\n"
    code, out, _ = run(capsys, "--target", "keras", "-f", "isru(alpha=0.5)")
    assert "def isru(x, alpha=1.0):" in out
    assert "activation=lambda x: isru(x, alpha=0.5)" in out


def test_a_sweep_spec_stands_for_its_members(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--target", "pytorch", "-f", "elu(alpha=0.1..0.5:3)")
    assert code == 0 and not err
    assert out == (
        "torch.nn.ELU(alpha=0.1)\n\ntorch.nn.ELU(alpha=0.3)\n\ntorch.nn.ELU(alpha=0.5)\n"
    )
    code, out, err = run(capsys, "--target", "latex", "-f", "elu(alpha=0.1..10:3:log)")
    assert code == 0 and not err
    values = ["0.1", "1.0", "10.0"]
    assert [v for v in values if f"\\alpha = {v} \\]" in out] == values


def test_matplotlib_script_equals_the_module(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        capsys,
        "--target",
        "matplotlib",
        "-f",
        "gelu",
        "expr:x*tanh(softplus(x))",
        "--x-min",
        "-2",
        "--x-max",
        "3",
        "--derivatives",
        "0,1,2",
        "--points",
        "300",
    )
    assert code == 0
    assert "X_MIN, X_MAX, POINTS = -2.0, 3.0, 300" in out
    assert "ROWS = [0, 1, 2]" in out
    assert "def custom_" in out and "np.tanh(softplus(x))" in out
    compile(out, "fig.py", "exec")


def test_pgfplots_coordinates_are_the_samples(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        capsys, "--target", "pgfplots", "-f", "hardtanh", "binary_step", "--derivatives", "0,1"
    )
    assert code == 0
    assert out.count("\\begin{axis}") == 2 and out.count("\\addplot") == 4
    blocks = re.findall(r"coordinates \{\n(.*?)\n\};", out, re.S)
    for block, (fid, order) in zip(
        blocks, [("hardtanh", 0), ("binary_step", 0), ("hardtanh", 1), ("binary_step", 1)]
    ):
        pairs = re.findall(r"\(([^,]+),([^)]+)\)", block)
        x = np.array([float(a) for a, _ in pairs])
        y = np.array([float(b) for _, b in pairs])
        act = catalog.get(fid)
        s = sample_function(act, catalog.defaults(act), -6.0, 6.0, codegen.PGF_POINTS)
        np.testing.assert_allclose(x, s.x, rtol=1e-6, atol=1e-9)
        assert np.array_equal(np.isnan(y), np.isnan(s.y[order]))
        ok = ~np.isnan(y)
        assert ok.sum() >= len(y) - 2  # NaN only at a jump: not an empty comparison below
        np.testing.assert_allclose(y[ok], s.y[order][ok], rtol=1e-6, atol=1e-9)
    assert "\\addlegendentry{Binary step}" in out
    assert "\\definecolor{actguiA}{HTML}{4E79A7}" in out


def test_latex_of_catalog_and_custom_functions(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        capsys,
        "--target",
        "latex",
        "-f",
        "leaky_relu(negative_slope=0.2)",
        "expr:a*x*sigmoid(b*x); a=1; b=1.702",
        "--derivatives",
        "0",
    )
    assert code == 0
    assert "\\alpha = 0.2" in out
    assert "f'(x)" not in out
    assert "\\sigma" in out and "b = 1.702" in out


def test_session_gives_curves_range_and_rows(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    st = ExplorerState(x_min=-1.0, x_max=2.0)
    st.add_curve("selu")
    st.set_row_visible(1, False)
    path = tmp_path / "s.actgui.json"
    session.save(st, path)
    code, out, _ = run(capsys, "--target", "matplotlib", "--session", str(path))
    assert code == 0
    assert "X_MIN, X_MAX, POINTS = -1.0, 2.0, 2000" in out and "ROWS = [0]" in out


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--target", "fortran", "-f", "relu"], "pytorch, keras, matplotlib, latex, pgfplots"),
        (["-f", "relu"], "--target"),
        (["--target", "latex"], "-f SPEC"),
        (["--target", "keras", "-f", "relux"], "relu"),
        (["--target", "keras", "-f", "elu(alpha=-1)"], "allowed"),
        (["--target", "matplotlib", "-f", "relu", "--x-min", "3", "--x-max", "1"], "--x-min"),
        (["--target", "matplotlib", "-f", "relu", "--derivatives", "3"], "0,1,2"),
        (["--target", "pgfplots", "-f", "relu", "--points", "1"], "--points"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, args: list[str], says: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("actgui: error: "), err
    assert says in err.replace("'", ""), err


def test_through_python_m_actgui(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "actgui", "code", "--target", "pytorch", "-f", "mish"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "torch.nn.Mish()\n"
