"""The benchmarks run (tiny sizes, nothing timed or compared): they cannot rot unseen.

Each runs as its own process, as a developer runs it, with the worktree's actgui;
torch and matplotlib are optional there (the benches print so and skip the
baseline when they are missing).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, timeout: float = 300.0) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_bench_core_smoke() -> None:
    out = _run(
        "bench/bench_core.py",
        "--points",
        "3000",
        "--repeat",
        "1",
        "--functions",
        "relu,gelu,silu,arctan",
    )
    assert "gelu" in out and "arctan" in out


@pytest.mark.slow
def test_bench_window_smoke() -> None:
    out = _run("bench/bench_window.py", "--repeat", "3", "--width", "900", "--height", "600")
    assert "actgui isolated" in out


@pytest.mark.slow
def test_bench_export_smoke() -> None:
    out = _run("bench/bench_export.py", "--repeat", "1")
    assert "actgui png" in out and "actgui svg" in out


def test_bench_lab_figure_smoke() -> None:
    out = _run("bench/bench_lab_figure.py", "--repeat", "1", "--points", "60", "--epochs", "1")
    assert "svg: vector" in out and "pdf: vector" in out


def test_bench_startup_smoke() -> None:
    """The start-up bench, from source only (no frozen app is built here): one run
    of actgui screenshot and one of the bare script after a warm-up each."""
    out = _run("packaging/bench_startup.py", "--source-only", "--repeat", "1")
    assert "BENCH startup" in out and "actgui from source" in out
