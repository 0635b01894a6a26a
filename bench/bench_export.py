"""Export speed: a 3840x2160 PNG and an SVG of the tutorial's five functions.

Sigmoid, tanh, ReLU, Leaky ReLU and ELU with f, f' and f'' (2,000 points each),
exported by actgui (offscreen canvas, Qt painters) and, in the same run, by
matplotlib's savefig of the same figure (a plain script's approach;
matplotlib is a benchmark-only dependency). Median of several runs each.

Like matplotlib's figure, which is built once and saved again and again here,
actgui's export reuses the figure it laid out for the previous export of the
same unchanged state (``actgui.ui.figure.export_figure``); the rows "fresh"
lay a new canvas out for every export (the first export of a state).

    python bench/bench_export.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from _timing import median_time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np

FUNCTIONS = ["sigmoid", "tanh", "relu", "leaky_relu", "elu"]
W, H = 3840, 2160


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from actgui.core import catalog
    from actgui.core.state import ExplorerState
    from actgui.ui.app import ensure_app
    from actgui.ui.figure import drop_reused, export_figure

    ensure_app(headless=True)
    state = ExplorerState()
    for fid in FUNCTIONS:
        state.add_curve(fid)
    state.rows = [True, True, True]
    out = Path(tempfile.mkdtemp())
    results = {}
    # the figure is laid out at 1920x1080 and rendered at 2x: 3840x2160 pixels
    results["actgui png"] = median_time(
        lambda: export_figure(state, out / "a.png", 1920, 1080, style="publication", scale=2.0),
        args.repeat,
    )
    results["actgui svg"] = median_time(
        lambda: export_figure(state, out / "a.svg", 1920, 1080, style="publication"), args.repeat
    )

    def fresh(name: str, scale: float = 1.0) -> None:
        drop_reused()  # lay the canvas out afresh, as for a state's first export
        export_figure(state, out / name, 1920, 1080, style="publication", scale=scale)

    fresh_png = median_time(lambda: fresh("f.png", 2.0), args.repeat)
    fresh_svg = median_time(lambda: fresh("f.svg"), args.repeat)
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        plt = None  # type: ignore[assignment]  # matplotlib is optional here
    if plt is not None:
        x = np.linspace(-6, 6, 2000)
        fig, axes = plt.subplots(3, 1, sharex=True, figsize=(19.2, 10.8), dpi=200)
        for fid in FUNCTIONS:
            act = catalog.get(fid)
            p = catalog.resolve_params(act)
            for ax, k in zip(axes, (act.f, act.df, act.d2f)):
                ax.plot(x, k(x, **p), lw=2, label=act.name)
        axes[0].legend()
        for ax, label in zip(axes, ("f(x)", "f'(x)", "f''(x)")):
            ax.set_ylabel(label)
            ax.grid(True)
        results["matplotlib png"] = median_time(
            lambda: fig.savefig(out / "m.png", dpi=200), args.repeat
        )
        results["matplotlib svg"] = median_time(lambda: fig.savefig(out / "m.svg"), args.repeat)
        plt.close(fig)
    print(f"five functions, f f' f'', {W}x{H} PNG and SVG, median of {args.repeat}")
    for name, t in results.items():
        print(f"{name:<16}{t * 1e3:>9.0f} ms")
    print(f"{'(fresh figure: png':<16}{fresh_png * 1e3:>9.0f} ms, svg {fresh_svg * 1e3:.0f} ms)")
    if plt is not None:
        for kind in ("png", "svg"):
            ratio = results[f"matplotlib {kind}"] / results[f"actgui {kind}"]
            print(f"ratio matplotlib/actgui {kind}: {ratio:.1f}x")
        fresh_ratios = (
            results["matplotlib png"] / fresh_png,
            results["matplotlib svg"] / fresh_svg,
        )
        print("ratio with a fresh figure png {:.1f}x, svg {:.1f}x".format(*fresh_ratios))
    return 0


if __name__ == "__main__":
    sys.exit(main())
