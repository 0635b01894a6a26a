"""`actgui export -f "expr:..."`: custom expressions on the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from actgui import cli
from actgui.core import catalog, export_data
from actgui.core.expressions import ExpressionError, compile_definition


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actgui", "export", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _rel_close(got: np.ndarray, ref: np.ndarray, rtol: float) -> bool:
    return bool(np.all((np.abs(got - ref) <= rtol * np.abs(ref)) | (got == ref)))


def test_expr_columns_and_values(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    specs = ["expr:x*sigmoid(1.702*x)", "expr:a*x*sigmoid(b*x); a=1; b=1.702", "relu"]
    args = []
    for s in specs:
        args += ["-f", s]
    r = run(str(out), *args, "--x-min", "-5", "--x-max", "7", "--points", "601",
            "--derivatives", "0,1,2")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    header, data = export_data.read_csv(out.read_text(encoding="utf-8"))
    p = "(expr:a*x*sigmoid(b*x); a=1; b=1.702)"  # a ';' in the spec: primes after parentheses
    expected = ["x"]
    expected += [specs[0], specs[0] + "'", specs[0] + "''", specs[1], p + "'", p + "''"]
    expected += ["relu", "relu'", "relu''"]
    assert header == expected  # the spec text as given heads each column
    x = data[:, 0]
    np.testing.assert_array_equal(x, np.linspace(-5, 7, 601))
    silu = {"beta": 1.702}
    for i in (0, 1):
        fn = compile_definition(specs[i].removeprefix("expr:"))
        for o in range(3):
            col = data[:, 1 + 3 * i + o]
            np.testing.assert_array_equal(col, fn.evaluate(x, order=o))  # 17 digits round-trip
            ref = catalog.evaluate("silu", x, silu, o)
            keep = np.abs(ref) > 1e-3  # forward mode vs hand-written: cancellation near zeros
            assert _rel_close(col[keep], ref[keep], 1e-12), (specs[i], o)
    np.testing.assert_array_equal(data[:, 7], np.maximum(x, 0))


def test_expr_spec_with_commas_and_parameter_ranges(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    spec = "expr:where(x > 0, x, a*expm1(x)); a = 0.5 in [0, 5]"
    r = run(str(out), "-f", spec, "--derivatives", "1", "--points", "11")
    assert r.returncode == 0, r.stderr
    header, data = export_data.read_csv(out.read_text(encoding="utf-8"))
    assert header == ["x", f"({spec})'"]
    x = data[:, 0]
    keep = x != 0  # the kink: where takes the selected branch, elu follows PyTorch
    ref = catalog.evaluate("elu", x, {"alpha": 0.5}, 1)
    np.testing.assert_array_equal(data[keep, 1], ref[keep])


def test_curve_spec_parse() -> None:
    c = export_data.CurveSpec.parse("  expr:leaky_relu(2*x, negative_slope=0.2)  ")
    assert c.label == "expr:leaky_relu(2*x, negative_slope=0.2)"
    assert c.activation.id.startswith("custom:") and c.params == {}
    c = export_data.CurveSpec.parse("expr:a*x; a=2")
    assert c.params == {"a": 2.0}
    np.testing.assert_array_equal(c.activation.df(np.zeros(2), **c.params), [2.0, 2.0])
    with pytest.raises(ExpressionError) as info:
        export_data.CurveSpec.parse("expr:x * sigmod(x)")
    assert str(info.value) == "expr: unknown name `sigmod` at column 5: did you mean `sigmoid`?"
    assert info.value.position == 4
    c = export_data.CurveSpec.parse("elu(alpha=0.5)")  # catalog specs unchanged
    assert c.activation is catalog.get("elu") and c.params == {"alpha": 0.5}


HOSTILE_SPECS = [
    ("expr:__import__('os').system('touch {pwned}')", "not allowed"),
    ("expr:__import__(chr(111)).system(x)", "attribute access (`.system`)"),
    ("expr:__import__(x)", "`__import__` is not allowed"),
    ("expr:().__class__.__bases__[0].__subclasses__()", "attribute access"),
    ("expr:exp.__globals__", "attribute access (`.__globals__`)"),
    ("expr:open('/etc/passwd')", "strings are not allowed"),
    ("expr:9**9**9**9", "is too large"),
    ("expr:x**1e308", "is too large"),
    ("expr:" + "x+" * 500_000 + "x", "too long"),
    ("expr:" + "(" * 5000 + "x" + ")" * 4999, "nested too deeply"),
    ("expr:" + "-" * 5000 + "x", "too complex"),
    ("expr:x\u202e+1", "RIGHT-TO-LEFT OVERRIDE"),
    ("expr:ｘ*2", "FULLWIDTH"),
    ("expr:lambda: x", "lambda"),
    ("expr:[x for x in y]", "comprehensions"),
    ("expr:x[0]", "indexing"),
    ("expr:x * sigmod(x)", "unknown name `sigmod` at column 5: did you mean `sigmoid`?"),
    ("expr:a*x; a=1; a=2", "declared twice"),
    ("expr:a*x; a=1 in [2, 3]", "outside"),
    ("expr:b*x; a=1", "unknown name `b`"),
    ("expr:", "empty"),
    ("expr:log(-1)", "undefined"),
    ("expr:leaky_relu(x, negative_slope=7)", "negative_slope"),
]


@pytest.mark.parametrize(("spec", "message"), HOSTILE_SPECS, ids=range(len(HOSTILE_SPECS)))
def test_hostile_expr_spec_exits_2_in_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec: str, message: str
) -> None:
    pwned = tmp_path / "pwned"
    out = tmp_path / "x.csv"
    status = cli.run(["export", str(out), "-f", spec.replace("{pwned}", str(pwned))])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("actgui: error: expr: "), captured.err
    assert message in lines[0]
    assert len(lines[0]) < 400 and lines[0].isascii()
    assert list(tmp_path.iterdir()) == []  # no output, nothing created


@pytest.mark.parametrize(
    "spec",
    [
        "expr:__import__('os').system('touch {pwned}')",
        "expr:" + "(" * 10_000 + "x" + ")" * 10_000,
        "expr:x\x01",
    ],
)
def test_hostile_expr_spec_exits_2_as_a_user_runs_it(tmp_path: Path, spec: str) -> None:
    pwned = tmp_path / "pwned"
    out = tmp_path / "x.csv"
    r = run(str(out), "-f", spec.replace("{pwned}", str(pwned)))
    assert r.returncode == 2, r.stderr
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("actgui: error: expr: "), r.stderr
    assert not out.exists() and not pwned.exists()
