"""Sessions from the command line: export and screenshot render them; bad ones exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

from actgui.core import catalog, export_data, session
from actgui.core.state import ExplorerState


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actgui", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _session(tmp_path: Path) -> Path:
    s = ExplorerState()
    s.set_x_range(-2, 2)
    s.set_points(101)
    s.add_curve("leaky_relu", {"negative_slope": 0.3})
    s.add_curve("gelu", {"approximate": "tanh"})
    s.rows = [True, False, True]
    path = tmp_path / "s.actgui.json"
    session.save(s, path)
    return path


def test_export_csv_from_session(tmp_path: Path) -> None:
    path = _session(tmp_path)
    out = tmp_path / "t.csv"
    r = run("export", str(out), "--session", str(path))
    assert r.returncode == 0, r.stderr
    header, data = export_data.read_csv(out.read_text(encoding="utf-8"))
    assert header == [
        "x",
        "leaky_relu(negative_slope=0.3)",
        "leaky_relu(negative_slope=0.3)''",
        "gelu(approximate='tanh')",
        "gelu(approximate='tanh')''",
    ]
    np.testing.assert_array_equal(data[:, 0], np.linspace(-2, 2, 101))
    np.testing.assert_array_equal(
        data[:, 3], catalog.evaluate("gelu", data[:, 0], {"approximate": "tanh"})
    )


def test_export_figure_and_screenshot_from_session(tmp_path: Path) -> None:
    path = _session(tmp_path)
    r = run("export", str(tmp_path / "f.svg"), "--session", str(path))
    assert r.returncode == 0, r.stderr
    r = run(
        "screenshot",
        str(tmp_path / "w.png"),
        "--session",
        str(path),
        "--width",
        "900",
        "--height",
        "600",
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "w.png").stat().st_size > 10_000


def test_bad_session_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.actgui.json"
    bad.write_text('{"format": "actgui-session", "version": 1, "curves": [{"function": "nope"}]}')
    for args in (
        ["export", str(tmp_path / "x.csv"), "--session", str(bad)],
        ["screenshot", str(tmp_path / "x.png"), "--session", str(bad)],
        ["--session", str(bad)],
    ):
        r = run(*args)
        assert r.returncode == 2, (args, r.stderr)
        assert "curves[0]: unknown function 'nope'" in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.actgui.json"]
