"""CSV numbers and headers: shortest exact text, no signed zero, unambiguous primes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from actgui.core import export_data


def export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actgui", "export", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_shortest_text_that_reads_back_exactly(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    specs = ["-f", "expr:a*x; a=0.851", "-f", "tanh", "-f", "expr:-x"]
    r = export(str(out), *specs, "--x-min", "-1", "--x-max", "1", "--points", "3",
               "--derivatives", "0,1")  # fmt: skip
    assert r.returncode == 0, r.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    # x = -1, 0, 1; a*x = -0.851, 0, 0.851; (a*x)' = 0.851 (was 0.85099999999999998)
    assert lines[1].split(",")[:3] == ["-1", "-0.851", "0.851"]
    assert lines[2].split(",")[:3] == ["0", "0", "0.851"]
    assert lines[3].split(",")[:3] == ["1", "0.851", "0.851"]
    assert lines[2].split(",")[5] == "0"  # -x at x = 0 is -0.0: written 0, not -0
    _, data = export_data.read_csv(out.read_text(encoding="utf-8"))
    x = np.linspace(-1, 1, 3)
    np.testing.assert_array_equal(data[:, 3], np.tanh(x))
    for line in lines[1:]:
        for token in line.split(","):
            assert len(token) <= len(repr(float(token))), token  # nothing longer than needed


def test_dense_grid_round_trips_with_short_tokens() -> None:
    x = np.linspace(-6, 6, 20001)
    data = np.column_stack([x, np.tanh(x), 1 / (1 + np.exp(-x)), x * 0.1])
    text = export_data.csv_text(["x", "a", "b", "c"], data)
    _, back = export_data.read_csv(text)
    np.testing.assert_array_equal(back, data)
    tokens = text.splitlines()[1].split(",")
    assert tokens[0] == "-6"
    for line in text.splitlines()[1::997]:
        for token in line.split(","):
            assert token == repr(float(token)).removesuffix(".0"), token  # Python's shortest


def test_zero_is_never_signed() -> None:
    data = np.array([[-0.0, 0.0, -1e-320], [-0.0 * 5, -(0.0), 2.0]])
    lines = export_data.number_lines(data).splitlines()
    assert lines == ["0,0,-1e-320", "0,0,2"]
    for token in ",".join(lines).split(","):
        assert token not in ("-0", "-0.0")


def test_non_finite_values_read_back() -> None:
    data = np.array([[np.nan, np.inf, -np.inf, 1.5]])
    text = export_data.number_lines(data)
    assert text == "nan,inf,-inf,1.5\n"
    back = np.loadtxt(io.StringIO(text), delimiter=",", ndmin=2)
    assert np.isnan(back[0, 0]) and back[0, 1] == np.inf and back[0, 2] == -np.inf
    assert [float(t) for t in text.strip().split(",")][1:] == [np.inf, -np.inf, 1.5]


@pytest.mark.parametrize(
    "spec, f1, f2",
    [
        ("relu", "relu'", "relu''"),
        ("leaky_relu(negative_slope=0.2)", "leaky_relu(negative_slope=0.2)'", None),
        ("expr:x*sigmoid(x)", "expr:x*sigmoid(x)'", "expr:x*sigmoid(x)''"),
        ("expr:a*x; a=1", "(expr:a*x; a=1)'", "(expr:a*x; a=1)''"),
        ("gelu(approximate='tanh')", "gelu(approximate='tanh')'", None),  # ends in ')'
        ("expr:a*x;a=2", "(expr:a*x;a=2)'", None),
    ],
)
def test_derivative_headers_are_unambiguous(spec: str, f1: str, f2: str | None) -> None:
    assert export_data.column_header(spec, 0) == spec
    assert export_data.column_header(spec, 1) == f1
    if f2 is not None:
        assert export_data.column_header(spec, 2) == f2
    for order in (0, 1, 2):
        assert export_data.parse_column_header(export_data.column_header(spec, order)) == (
            spec,
            order,
        )


def test_expr_header_does_not_prime_a_parameter(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    spec = "expr:a*x; a=1"
    r = export(str(out), "-f", spec, "--derivatives", "0,1,2", "--points", "5")
    assert r.returncode == 0, r.stderr
    header, _ = export_data.read_csv(out.read_text(encoding="utf-8"))
    assert header == ["x", spec, f"({spec})'", f"({spec})''"]
    assert not any(h.endswith("a=1'") or h.endswith("a=1''") for h in header)


def test_number_text_matches_the_table() -> None:
    values = [0.851, -0.0, 2.0, -6.0, 1e-06, 1e16, float("nan"), float("-inf"), 0.1 + 0.2]
    assert [export_data.number_text(v) for v in values] == export_data.number_lines(
        np.array([values])
    ).strip().split(",")
    assert export_data.number_text(-0.0) == "0" and export_data.number_text(0.851) == "0.851"
