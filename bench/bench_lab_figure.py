"""The training lab's figure as SVG and PDF: vector dots against pyqtgraph's sprites.

The figure of ``actgui train -f relu tanh sigmoid gelu`` (1,000 training points in
each of the four maps) written as SVG and PDF with the labs' ``VectorScatter``
(every point a shape) and, as the baseline in this process, with pyqtgraph's own
``ScatterPlotItem.paint`` (every point an embedded image of its sprite sheet):
median time of several writes each, the file sizes, and the ratios.

    python bench/bench_lab_figure.py [--repeat 3] [--points 1000] [--epochs 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from functools import partial
from pathlib import Path

from _timing import median_time

from actgui.core import training as T
from actgui.ui import lab_figure
from actgui.ui.app import ensure_app
from actgui.ui.training_plots import LabSnapshot, TrainingFigure


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--points", type=int, default=1000)
    ap.add_argument("--epochs", type=int, default=5)
    args = ap.parse_args()
    ensure_app(headless=True)
    cfg = T.TrainConfig(points=args.points, epochs=args.epochs)
    trainer = T.train(["relu", "tanh", "sigmoid", "gelu"], cfg)
    fig = TrainingFigure(LabSnapshot.of(trainer), 1400, 900)
    vector_engines = lab_figure.VECTOR_ENGINES
    out = Path(tempfile.mkdtemp())
    print(
        f"4 maps x {args.points} points, 1400x900, median of {args.repeat}; {os.cpu_count()} cores"
    )
    for suffix in (".svg", ".pdf"):
        row = {}
        for name, engines in (("vector", vector_engines), ("sprites", frozenset())):
            # no vector engine: VectorScatter paints as pyqtgraph's ScatterPlotItem
            lab_figure.VECTOR_ENGINES = engines
            path = out / f"{name}{suffix}"
            seconds = median_time(partial(fig.save, path), args.repeat)
            row[name] = (seconds, path.stat().st_size)
        lab_figure.VECTOR_ENGINES = vector_engines
        (tv, sv), (ts, ss) = row["vector"], row["sprites"]
        print(
            f"{suffix[1:]}: vector {tv * 1000:.0f} ms {sv / 1e6:.2f} MB, "
            f"sprites {ts * 1000:.0f} ms {ss / 1e6:.2f} MB: "
            f"{ts / tv:.1f}x faster, {ss / sv:.0f}x smaller"
        )
    fig.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
