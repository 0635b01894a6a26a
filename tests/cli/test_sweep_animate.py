"""`actgui export` with sweep specs (name(param=LO..HI:N)) and --animate to a .gif."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from actgui import cli
from actgui.core import catalog, export_data
from tests.core.test_gif import _decode_gif


def export(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actgui", "export", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_sweep_spec_gives_a_column_per_member_headed_by_its_full_spec(tmp_path: Path) -> None:
    out = tmp_path / "fig.csv"
    spec = "leaky_relu(negative_slope=0.01..0.3:5)"
    assert cli.run(["export", str(out), "-f", spec, "relu", "--derivatives", "0"]) == 0
    header, data = export_data.read_csv(out.read_text(encoding="utf-8"))
    values = [0.01, 0.0825, 0.155, 0.2275, 0.3]
    assert header == ["x", *(f"leaky_relu(negative_slope={v})" for v in values), "relu"]
    for j, v in enumerate(values, start=1):
        want = catalog.evaluate("leaky_relu", data[:, 0], {"negative_slope": v})
        np.testing.assert_array_equal(data[:, j], want)


def test_log_sweep_and_other_parameters(tmp_path: Path) -> None:
    out = tmp_path / "fig.csv"
    assert (
        cli.run(["export", str(out), "-f", "elu(alpha=0.1..10:3:log)", "--derivatives", "0"]) == 0
    )
    header, _ = export_data.read_csv(out.read_text(encoding="utf-8"))
    assert header[1:] == ["elu(alpha=0.1)", "elu(alpha=1.0)", "elu(alpha=10.0)"]


@pytest.mark.parametrize(
    "spec",
    [
        "leaky_relu(negative_slope=0.01..0.3)",
        "leaky_relu(negative_slope=0.01..0.3:1)",
        "leaky_relu(negative_slope=0..0.3:4:log)",
        "gelu(approximate=0..1:3)",
    ],
)
def test_bad_sweep_specs_exit_2_with_one_line(
    tmp_path: Path, spec: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["export", str(tmp_path / "f.csv"), "-f", spec]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "name(param=LO..HI:N)" in err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["f.gif", "-f", "relu"], "--animate PARAM"),
        (["f.png", "-f", "relu", "--animate", "alpha"], "write a .gif"),
        (["f.gif", "-f", "relu", "--animate", "alpha"], "none of the curves"),
        (["f.gif", "-f", "elu", "--animate", "alpha", "--frames", "1"], "--frames must be"),
    ],
)
def test_bad_animations_exit_2(
    tmp_path: Path, args: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [str(tmp_path / args[0]), *args[1:]]
    assert cli.run(["export", *args]) == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1


def test_animated_gif_runs_the_parameter_across_the_range_and_back(tmp_path: Path) -> None:
    out = tmp_path / "anim.gif"
    r = export(str(out), "-f", "leaky_relu(negative_slope=0.01..0.3:5)", "--animate",
               "negative_slope", "--frames", "6", "--width", "320", "--height", "240")  # fmt: skip
    assert r.returncode == 0, r.stderr
    w, h, palette, frames, loop, _delays = _decode_gif(out.read_bytes())
    assert (w, h, loop) == (320, 240, 0)
    assert len(frames) == 6 + 4  # there in 6 frames, back in 4 without the ends again
    rgb = [palette[f] for f in frames]
    # back and forth: frame i and frame (n - i) show the same value
    np.testing.assert_array_equal(rgb[1], rgb[-1])
    assert not np.array_equal(rgb[0], rgb[5])


def test_animation_values_visit_both_ends() -> None:
    from actgui.core.state import ExplorerState
    from actgui.ui import animation

    st = ExplorerState()
    st.add_curve("hardtanh")
    (track,) = animation.tracks(st, "max_val")
    values = animation.frame_values(track, 30)
    assert len(values) >= 30
    assert values[0] == track.lo and max(values) == track.hi == 10.0
    assert -1.0 < track.lo < -0.8  # max_val > min_val = -1
