"""Export speed: a 3840x2160 PNG and an SVG of the tutorial's five functions.

Sigmoid, tanh, ReLU, Leaky ReLU and ELU with f, f' and f'' (2,000 points each),
exported by actgui (offscreen canvas, Qt painters) and, in the same run, by
matplotlib's savefig of the same figure (a plain script's approach;
matplotlib is a benchmark-only dependency). Median of several runs each.

Like matplotlib's figure, which is built once and saved again and again here,
actgui's export reuses the figure it laid out for the previous export of the
same unchanged state (``actgui.ui.figure.export_figure``); the rows "fresh"
lay a new canvas out for every export (the first export of a state), and are
compared with matplotlib building the same figure and saving it (a plain
script's first figure: subplots, lines, legend, grid, savefig, close), and, for
the record, with savefig alone. The last line, BENCH, has the like-for-like
ratios: fresh against built-and-saved, reused against savefig.

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
    mpl_fresh: dict[str, float] = {}
    if plt is not None:
        x = np.linspace(-6, 6, 2000)
        curves = []
        for fid in FUNCTIONS:
            act = catalog.get(fid)
            p = catalog.resolve_params(act)
            curves.append((act.name, [k(x, **p) for k in (act.f, act.df, act.d2f)]))

        def figure():  # type: ignore[no-untyped-def]
            fig, axes = plt.subplots(3, 1, sharex=True, figsize=(19.2, 10.8), dpi=200)
            for name, ys in curves:
                for ax, y in zip(axes, ys):
                    ax.plot(x, y, lw=2, label=name)
            axes[0].legend()
            for ax, label in zip(axes, ("f(x)", "f'(x)", "f''(x)")):
                ax.set_ylabel(label)
                ax.grid(True)
            return fig

        fig = figure()
        results["matplotlib png"] = median_time(
            lambda: fig.savefig(out / "m.png", dpi=200), args.repeat
        )
        results["matplotlib svg"] = median_time(lambda: fig.savefig(out / "m.svg"), args.repeat)
        plt.close(fig)

        def fresh_mpl(name: str, **kw: float) -> None:
            # a plain script's first figure: built, saved, closed (the curves' values
            # computed once above, as actgui's fresh figure samples the state's curves)
            f = figure()
            f.savefig(out / name, **kw)
            plt.close(f)

        mpl_fresh["png"] = median_time(lambda: fresh_mpl("mf.png", dpi=200), args.repeat)
        mpl_fresh["svg"] = median_time(lambda: fresh_mpl("mf.svg"), args.repeat)
    print(f"five functions, f f' f'', {W}x{H} PNG and SVG, median of {args.repeat}")
    for name, t in results.items():
        print(f"{name:<16}{t * 1e3:>9.0f} ms")
    print(f"{'(fresh figure: png':<16}{fresh_png * 1e3:>9.0f} ms, svg {fresh_svg * 1e3:.0f} ms)")
    if plt is not None:
        print(
            f"{'(matplotlib building the figure, then saving: png':<16}"
            f"{mpl_fresh['png'] * 1e3:>5.0f} ms, svg {mpl_fresh['svg'] * 1e3:.0f} ms)"
        )
        for kind in ("png", "svg"):
            ratio = results[f"matplotlib {kind}"] / results[f"actgui {kind}"]
            print(f"ratio matplotlib/actgui {kind}: {ratio:.1f}x")
        fresh_ratios = (
            results["matplotlib png"] / fresh_png,
            results["matplotlib svg"] / fresh_svg,
        )
        print(
            "ratio with a fresh figure against matplotlib's savefig alone: "
            "png {:.1f}x, svg {:.1f}x".format(*fresh_ratios)
        )
        both = (mpl_fresh["png"] / fresh_png, mpl_fresh["svg"] / fresh_svg)
        print(
            "ratio with a fresh figure against matplotlib building and saving one: "
            "png {:.1f}x, svg {:.1f}x".format(*both)
        )
        print(
            "BENCH export | fresh png {:.1f}x, svg {:.1f}x (built and saved, both) | "
            "reused png {:.1f}x, svg {:.1f}x (savefig)".format(
                *both,
                results["matplotlib png"] / results["actgui png"],
                results["matplotlib svg"] / results["actgui svg"],
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
