"""`actgui depth`: the table and the figure, and its refusals.

Most tests run the command through a small driver that does what the main
command does with :func:`add_parser` and :func:`run` (ValueError and OSError
become one line on stderr and exit status 2); `test_through_the_main_command`
runs `python -m actgui depth` itself, so unwiring `depth` from the main command
fails it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from actgui.cli.depth import add_parser, run
from actgui.core import depth
from actgui.core.state import PALETTE

DRIVER = """
import argparse, sys
from actgui.cli.depth import add_parser, run
parser = argparse.ArgumentParser(prog="actgui")
add_parser(parser.add_subparsers(dest="command"))
args = parser.parse_args(sys.argv[1:])
try:
    sys.exit(run(args))
except (ValueError, OSError) as exc:
    print("actgui: error: " + str(exc).replace("\\n", " "), file=sys.stderr)
    sys.exit(2)
"""


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", DRIVER, "depth", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def parse(*args: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="actgui")
    add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["depth", *args])


def test_csv_rows_columns_and_exact_numbers(tmp_path: Path) -> None:
    out = tmp_path / "d.csv"
    specs = ["relu", "leaky_relu(negative_slope=0.2)", "hardtanh(min_val=-2, max_val=3)"]
    r = cli(
        "-f", specs[0], specs[1], "-f", specs[2], "--layers", "7", "--width", "24",
        "--init", "glorot_uniform", "--seed", "3", "--batch", "10", "--bias", "0.1",
        "--out", str(out),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith(
        "function,layer,preact_mean,preact_std,act_mean,act_std,act_mean_sq,dead_fraction,"
        "saturated_fraction,grad_norm_act,grad_norm_weight"
    )
    rows = depth.read_csv(text)
    assert [(row["function"], row["layer"]) for row in rows] == [
        (s, layer) for s in specs for layer in range(8)
    ]
    cfg = depth.DepthConfig(layers=7, width=24, init="glorot_uniform", seed=3, batch=10, bias=0.1)
    for i, spec in enumerate(specs):
        want = depth.simulate_config(spec, None, cfg)
        for c in depth.COLUMNS:
            got = np.array([row[c] for row in rows[8 * i : 8 * (i + 1)]])
            np.testing.assert_array_equal(got, want.column(c), err_msg=f"{spec} {c}")


def test_preset_and_repeats_in_process(tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    args = parse("--preset", "relu_bad_init", "--width", "32", "--repeats", "2", "--out", str(out))
    assert run(args) == 0
    rows = depth.read_csv(out.read_text(encoding="utf-8"))
    p = depth.preset("relu_bad_init")
    assert len(rows) == 2 * (p.config.layers + 1)
    assert {row["seed"] for row in rows} == {0, 1}
    assert {row["function"] for row in rows} == {"relu"}
    assert rows[-1]["dead_fraction"] == 1.0  # bias -1 kills every unit


def test_png_and_svg_figures(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    png = tmp_path / "d.png"
    common = ["-f", "sigmoid", "relu", "--layers", "6", "--width", "16", "--batch", "8"]
    r = cli(*common, "--out", str(png), "--figure-size", "900x600")
    assert r.returncode == 0, r.stderr
    from PySide6.QtGui import QImage

    img = QImage(str(png))
    assert (img.width(), img.height()) == (900, 600)
    colours = {
        img.pixelColor(x, y).name().upper() for x in range(0, 900, 2) for y in range(0, 600, 2)
    }
    assert PALETTE[0] in colours and PALETTE[1] in colours  # both functions are drawn
    svg = tmp_path / "d.svg"
    r = cli(*common, "--repeats", "3", "--hist-layers", "0,6", "--out", str(svg), "--lang", "zh_CN")
    assert r.returncode == 0, r.stderr
    tree = ET.parse(svg)  # well-formed
    ns = "{http://www.w3.org/2000/svg}"
    # Qt writes runs of text as separate <text> elements: compare without spaces
    texts = "".join("".join(t.text or "" for t in tree.iter(ns + "text")).split())
    assert "Sigmoid" in texts and "第0层的激活" in texts and "第6层的激活" in texts
    assert not list(tree.iter(ns + "image"))  # vector paths, not a picture
    strokes = {(g.get("stroke") or "").upper() for g in tree.iter(ns + "g")}
    assert PALETTE[0] in strokes and PALETTE[1] in strokes


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "relu", "--layers", "0"], "--layers must be between 1 and 200, got 0"),
        (["-f", "relu", "--width", "1000000000"], "--width must be between 8 and 2,048"),
        (["-f", "relu", "--init", "kaiming"], "unknown --init 'kaiming'; choose one of"),
        (["-f", "relu", "--init", "normal"], "--init normal needs --sigma SD"),
        (["-f", "relu", "--sigma", "0.1"], "--sigma applies only to --init normal"),
        (["-f", "relu", "--batch", "0"], "--batch must be between 1 and 1,024"),
        (["-f", "relu", "--repeats", "50"], "--repeats must be between 1 and 20"),
        (["-f", "relu", "--bias", "nan"], "--bias must be between -100 and 100, got nan"),
        (["-f", "relu", "--eps", "0"], "eps (saturation threshold"),
        (["-f", "sigmod"], "unknown function 'sigmod'; did you mean 'sigmoid'"),
        (["-f", "elu(alpa=1)"], "elu: unknown parameter 'alpa'"),
        (["--layers", "5"], "give at least one -f SPEC"),
        (["--preset", "nope"], "unknown depth preset 'nope'"),
        (
            ["-f", "relu", "--layers", "5", "--hist-layers", "9"],
            "histogram layer must be from 0 to 5",
        ),
        (["-f", "relu", "--figure-size", "big"], "--figure-size must look like 1400x900"),
        (["-f", "relu", "--figure-size", "50x50"], "--figure-size 50x50: width and height"),
    ],
)
def test_bad_input_is_a_value_error_and_writes_nothing(
    tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / ("x.png" if "--figure-size" in args else "x.csv")
    with pytest.raises(ValueError) as err:
        run(parse(*args, "--out", str(out)))
    assert message in str(err.value)
    assert "\n" not in str(err.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("{d}/x.pdf", "its suffix must be .csv, .png or .svg"),
        ("{d}/missing/x.csv", "does not exist"),
        ("{d}/afile/x.csv", "not a directory"),
    ],
)
def test_bad_output_exit_2_one_line_no_file(tmp_path: Path, out: str, message: str) -> None:
    (tmp_path / "afile").write_text("not a directory")
    r = cli(
        "-f", "relu", "--layers", "2", "--width", "8", "--out", out.replace("{d}", str(tmp_path))
    )
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]


def test_bad_numbers_exit_2_through_the_driver(tmp_path: Path) -> None:
    r = cli("-f", "relu", "--layers", "0", "--out", str(tmp_path / "x.csv"))
    assert r.returncode == 2
    assert r.stderr.strip() == "actgui: error: --layers must be between 1 and 200, got 0"
    assert list(tmp_path.iterdir()) == []


def test_through_the_main_command(tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    ok = subprocess.run(
        [sys.executable, "-m", "actgui", "depth", "-f", "tanh", "--layers", "3", "--width", "8",
         "--out", str(out)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert len(depth.read_csv(out.read_text(encoding="utf-8"))) == 4
    bad = subprocess.run(
        [sys.executable, "-m", "actgui", "depth", "-f", "relu", "--width", "1000000000",
         "--out", str(tmp_path / "b.csv")],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1 and "width must be" in bad.stderr
    assert not (tmp_path / "b.csv").exists()
