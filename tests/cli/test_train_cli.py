"""`actgui train`: the table, the weights and the figure, and its refusals."""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from actgui.cli.train import add_parser, run
from actgui.core import training as T

ROOT = Path(__file__).resolve().parents[2]
SMALL = ["--points", "60", "--test-points", "20", "--layers", "1", "--width", "4", "--epochs", "3"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actgui", "train", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=ROOT,
    )


def parse(*args: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="actgui")
    add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["train", *args])


def test_csv_through_the_main_command_is_the_cores(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    r = cli(
        "-f", "relu", "prelu", "-f", "expr:x*sigmoid(b*x); b=1", "--data", "moons",
        "--noise", "0.2", "--batch", "16", "--optimizer", "sgd", "--lr", "0.05",
        "--seed", "4", "--learn", "b", *SMALL, "--out", str(out),
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    cfg = T.TrainConfig(
        data="moons", points=60, test_points=20, noise=0.2, layers=1, width=4, epochs=3,
        batch=16, optimizer="sgd", lr=0.05, seed=4,
    )  # fmt: skip
    want = T.train(["relu", "prelu", "expr:x*sigmoid(b*x); b=1"], cfg, ["b"])
    assert text == T.csv_text(want)
    header = text.splitlines()[0].split(",")
    assert header[:5] == ["function", "epoch", "loss", "train_accuracy", "test_accuracy"]
    assert "init" in header and "b" in header
    again = tmp_path / "again.csv"
    r = cli(
        "-f", "relu", "prelu", "-f", "expr:x*sigmoid(b*x); b=1", "--data", "moons",
        "--noise", "0.2", "--batch", "16", "--optimizer", "sgd", "--lr", "0.05",
        "--seed", "4", "--learn", "b", *SMALL, "--out", str(again),
    )  # fmt: skip
    assert again.read_bytes() == out.read_bytes()  # same seed, same bytes


def test_npz_in_process(tmp_path: Path) -> None:
    out = tmp_path / "w.npz"
    assert (
        run(parse("-f", "tanh", "--data", "blobs", "--classes", "4", *SMALL, "--out", str(out)))
        == 0
    )
    data = np.load(out)
    assert data["net0/W1"].shape == (2, 4) and data["net0/W2"].shape == (4, 4)
    assert list(data["functions"]) == ["tanh"]
    again = tmp_path / "w2.npz"
    run(parse("-f", "tanh", "--data", "blobs", "--classes", "4", *SMALL, "--out", str(again)))
    assert again.read_bytes() == out.read_bytes()
    np.load(io.BytesIO(out.read_bytes()))


def test_seven_or_a_repeat_exit_2_with_one_line(tmp_path: Path) -> None:
    out = tmp_path / "t.png"
    seven = ["relu", "relu", "tanh", "sigmoid", "gelu", "silu", "elu"]
    r = cli("-f", *seven, *SMALL, "--out", str(out))
    assert r.returncode == 2 and not out.exists()
    assert r.stderr.strip().count("\n") == 0
    assert "at most 6 functions" in r.stderr
    r = cli("-f", "relu", "relu", *SMALL, "--out", str(out))
    assert r.returncode == 2 and "given twice" in r.stderr and not out.exists()
    # the same function with other parameters is not a repeat
    r = cli("-f", "silu", "silu(beta=2)", *SMALL, "--out", str(tmp_path / "t.csv"))
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "relu", "--data", "swirl"], "unknown --data 'swirl'; choose one of: circles, xor"),
        (["-f", "relu", "--epochs", "0"], "--epochs must be a whole number from 1 to 100,000"),
        (["-f", "relu", "--lr", "0"], "--lr must be in (0, 10], got 0.0"),
        (["-f", "relu", "--lr", "-0.1"], "--lr must be in (0, 10], got -0.1"),
        (["-f", "relu", "--layers", "-1"], "--layers must be a whole number from 1 to 8, got -1"),
        (["-f", "relu", "--width", "1"], "--width must be a whole number from 2 to 128"),
        (["-f", "relux"], "unknown function 'relux'; did you mean 'relu'"),
        (["-f", "elu(alpa=1)"], "elu: unknown parameter 'alpa'"),
        (["-f", "relu", "--learn", "beta"], "--learn 'beta': none of the functions"),
        (["-f", "relu", "--optimizer", "rmsprop"], "choose one of: sgd, adam"),
        (["-f", "relu", "--init", "normal"], "needs --sigma"),
        (["-f", "relu", "--noise", "2"], "--noise must be in [0, 1]"),
        (["-f", "relu", "--classes", "3"], "--classes must be a whole number from 2 to 2"),
        (["-f", "relu", "--data", "spiral", "--classes", "9"], "from 2 to 6"),
        (["--epochs", "5"], "give at least one -f SPEC"),
        (["-f", "relu", "--figure-size", "big"], "--figure-size must look like 1400x900"),
        # found by a tester: seven drew two identical ReLU panels and an empty 8th cell
        (
            ["-f", "relu", "relu", "tanh", "sigmoid", "gelu", "silu", "elu"],
            "at most 6 functions can be trained side by side, got 7",
        ),
        (["-f", "relu", "tanh", "relu"], "-f 'relu' is given twice"),
        (["-f", "silu", "swish(beta=1)"], "-f 'swish(beta=1)' is the same as 'silu'"),
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
    ("args", "message"),
    [
        (["--data", "swirl"], "unknown --data 'swirl'; choose one of: circles, xor, moons"),
        (["--epochs", "-3"], "--epochs must be a whole number from 1 to 100,000, got -3"),
        (["--layers", "-2"], "--layers must be a whole number from 1 to 8, got -2"),
        (["--out", "{d}/x.txt"], "its suffix must be .csv, .png, .svg, .pdf or .npz"),
        (["--out", "{d}/missing/x.csv"], "does not exist"),
    ],
)
def test_exit_2_one_line_no_file(tmp_path: Path, args: list[str], message: str) -> None:
    args = [a.replace("{d}", str(tmp_path)) for a in args]
    if "--out" not in args:
        args += ["--out", str(tmp_path / "x.csv")]
    r = cli("-f", "relu", *args)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], r.stderr
    assert lines[0].startswith("actgui: error: ")
    assert list(tmp_path.iterdir()) == []


def test_png_svg_pdf_figures(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    import xml.etree.ElementTree as ET

    from PySide6.QtGui import QImage

    from actgui.core.state import PALETTE

    png = tmp_path / "t.png"
    common = ["-f", "relu", "tanh", *SMALL]
    r = cli(*common, "--out", str(png), "--figure-size", "900x600")
    assert r.returncode == 0, r.stderr
    img = QImage(str(png))
    assert (img.width(), img.height()) == (900, 600)
    colours = {
        img.pixelColor(x, y).name().upper() for x in range(0, 900, 2) for y in range(0, 600, 2)
    }
    assert PALETTE[0] in colours and PALETTE[1] in colours
    svg = tmp_path / "t.svg"
    assert run(parse(*common, "--out", str(svg), "--theme", "dark")) == 0
    tree = ET.parse(svg)
    ns = "{http://www.w3.org/2000/svg}"
    texts = "".join("".join(t.text or "" for t in tree.iter(ns + "text")).split())
    assert "ReLU" in texts and "epoch" in texts
    pdf = tmp_path / "t.pdf"
    assert run(parse(*common, "--out", str(pdf))) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_figure_without_learned_parameters_has_no_empty_panel(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """Found by a tester: with nothing learned the figure carried an empty panel titled
    'learned activation parameters: none'; the other plots now take its room."""
    import xml.etree.ElementTree as ET

    from actgui.ui.training_plots import LabSnapshot, TrainingFigure

    def figure(*functions: str) -> TrainingFigure:
        config = T.TrainConfig(points=60, test_points=20, layers=1, width=4, epochs=3)
        trainer = T.Trainer(list(functions), config)
        trainer.run()
        return TrainingFigure(LabSnapshot.of(trainer), 900, 600)

    fig = figure("relu", "tanh")
    try:
        plots = fig.plots
        assert plots.shown_rows() == ["loss", "accuracy", "grad"]
        grad = plots.plots["grad"].mapRectToScene(plots.plots["grad"].boundingRect())
        assert grad.right() > 0.9 * 900  # the last plot reaches the right edge
    finally:
        fig.close()
    fig = figure("relu", "prelu")
    try:
        assert fig.plots.shown_rows() == ["loss", "accuracy", "grad", "learned"]
    finally:
        fig.close()
    svg = tmp_path / "t.svg"
    assert run(parse("-f", "relu", "tanh", *SMALL, "--out", str(svg))) == 0
    ns = "{http://www.w3.org/2000/svg}"
    texts = "".join("".join(t.text or "" for t in ET.parse(svg).iter(ns + "text")).split())
    assert "gradientnorm" in texts and "learnedactivation" not in texts


def test_defaults_and_their_help_are_the_cores() -> None:
    """The options' defaults come from the core's TrainConfig (as the lab's do), and
    --help says the same numbers."""
    args = parse("-f", "relu", "--out", "x.csv")
    want = T.TrainConfig()
    for name in ("data", "points", "test_points", "noise", "layers", "width", "init"):
        assert getattr(args, name) == getattr(want, name), name
    for name in ("optimizer", "momentum", "epochs", "seed", "lr", "batch", "classes", "sigma"):
        assert getattr(args, name) == getattr(want, name), name
    text = " ".join(cli("--help").stdout.split())
    for option, value in {
        "--epochs": want.epochs,
        "--points": want.points,
        "--test-points": want.test_points,
        "--noise": want.noise,
        "--layers": want.layers,
        "--width": want.width,
        "--momentum": want.momentum,
        "--seed": want.seed,
    }.items():
        shown = text.split(f" {option} ")[1].split("(default ")[1].split(")")[0]
        assert shown == f"{value:g}", option
