"""Start-up time of the frozen actgui and of actgui from source, beside a bare pyqtgraph script.

    python packaging/bench_startup.py [dist/actgui] [--repeat 7] [--python PY] [--source-only]

Each sample is one process, from launch to the main window painted into a PNG
and the process gone: `actgui screenshot` for the frozen app (dist/actgui) and
for `python -m actgui` (from source, with --python's interpreter, default this
one), and for the baseline a bare script that makes a QApplication, one
pyqtgraph PlotWidget with one 2,000-point curve at the same size, paints it into
a PNG the same way (QWidget.grab) and exits. The three are run interleaved in
the same process, after one warm-up each; medians and ratios to the bare script
are printed as a BENCH row. Offscreen (no screen needed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WIDTH, HEIGHT = 1400, 880

BARE_SCRIPT = f"""
import os, sys
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
from PySide6.QtWidgets import QApplication
import numpy as np
import pyqtgraph as pg

app = QApplication(sys.argv[:1])
plot = pg.PlotWidget()
x = np.linspace(-6, 6, 2000)
plot.plot(x, np.maximum(x, 0), pen=pg.mkPen("#1f77b4", width=2))
plot.resize({WIDTH}, {HEIGHT})
plot.show()
for _ in range(5):
    app.processEvents()
plot.grab().toImage().save(sys.argv[1], "PNG")
"""


def timed(cmd: list[str], cwd: Path) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # an installed package has its .pyc files: let the warm-up run write them, or
    # every source run would compile actgui's modules afresh (~0.5 s) and the bare
    # script, whose imports are all compiled already, would not
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # the runs start in a temporary folder: `python -m actgui` must import this
    # checkout's actgui, not whichever one the interpreter has installed
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
    )
    started = time.perf_counter()
    subprocess.run(cmd, cwd=str(cwd), env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", nargs="?", type=Path, default=ROOT / "dist" / "actgui")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--python", default=sys.executable, help="interpreter for source runs")
    parser.add_argument(
        "--source-only", action="store_true", help="skip the frozen app (none built here)"
    )
    args = parser.parse_args(argv)
    if os.sep in args.python or "/" in args.python:  # the runs start in a temporary folder
        args.python = str(Path(args.python).absolute())
    args.app = args.app.absolute()

    exe = args.app / ("actgui-cli.exe" if sys.platform == "win32" else "actgui")
    if args.app.suffix == ".app":
        exe = args.app / "Contents" / "MacOS" / "actgui"
    size = ["--width", str(WIDTH), "--height", str(HEIGHT)]
    with tempfile.TemporaryDirectory(prefix="actgui-bench-") as tmp_name:
        tmp = Path(tmp_name)
        bare = tmp / "bare.py"
        bare.write_text(BARE_SCRIPT, encoding="utf-8")
        runs = {
            "bare PySide6+pyqtgraph": [args.python, str(bare), str(tmp / "bare.png")],
            "actgui frozen": [str(exe), "screenshot", str(tmp / "frozen.png"), *size],
            "actgui from source": [
                args.python,
                "-m",
                "actgui",
                "screenshot",
                str(tmp / "source.png"),
                *size,
            ],
        }
        if args.source_only:
            del runs["actgui frozen"]
        elif not exe.exists():
            print(f"no frozen app at {exe}: build it first (packaging/build.py)", file=sys.stderr)
            return 2
        times: dict[str, list[float]] = {name: [] for name in runs}
        for cmd in runs.values():  # warm-up: page cache, font cache, .pyc files
            timed(cmd, tmp)
        for _ in range(args.repeat):
            for name, cmd in runs.items():
                times[name].append(timed(cmd, tmp))
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["bare PySide6+pyqtgraph"]
    for name, values in times.items():
        print(
            f"{name:24s} median {medians[name]:.3f} s  min {min(values):.3f} s  "
            f"max {max(values):.3f} s  ({len(values)} runs)"
        )
    cells = [f"BENCH startup {sys.platform}", f"bare script {base:.2f} s"]
    for name in ("actgui frozen", "actgui from source"):
        if name not in medians:
            continue
        cells.append(f"{name} {medians[name]:.2f} s = {medians[name] / base:.2f}x")
    print(" | ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
