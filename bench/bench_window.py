"""One parameter change to the finished repaint, with every catalog function shown.

Every function ticked, rows f, f' and f'' visible, 2,000 points per curve,
offscreen. Each sample: change the selected curve's parameter through the
state (as the slider does), then run the event loop until the window has
repainted everything the change dirtied (canvas, legend, parameter editor).
"drag": changes back to back, as while a slider is dragged (the readout table
and the info panel's properties refresh 50-60 ms after the slider pauses, so
not inside a drag). "isolated": one change after the window went idle, with
the panels' refresh after it outside the timing. "--full-repaint" forces a
repaint of the whole canvas (axes included) for every change. Baseline in
the same run: matplotlib's Agg redraw of the same 3 x N curves after updating
the changed curve's data (what a plain plotting script does). Prints median
and p95 of each and the ratio, and the same for the CPU time of this thread
(``time.thread_time``): on a machine shared with other jobs a wall-clock p95
mostly measures the waits for a core, the CPU time what the change costs.

    python bench/bench_window.py [--repeat 200] [--width 1400 --height 900]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
from _timing import p95, times_of


def bench_actgui(
    repeat: int, width: int, height: int, full: bool = False
) -> tuple[list[float], list[float], dict[str, list[float]]]:
    """Wall-clock seconds of the drag and the isolated changes, and the CPU
    seconds of each (``{"drag": ..., "isolated": ...}``, same order)."""
    from actgui.core import catalog
    from actgui.core.state import ExplorerState
    from actgui.ui.app import ensure_app
    from actgui.ui.main_window import MainWindow

    app = ensure_app(headless=True)
    state = ExplorerState()
    with state.batch():
        for fid in catalog.ids():
            state.add_curve(fid)
        state.set_row_visible(2, True)
    win = MainWindow(state)
    win.resize(width, height)
    win.show()
    for _ in range(3):
        app.processEvents()
    target = state.curves_of("leaky_relu")[0]
    state.select(target.uid)
    app.processEvents()
    viewport = win.canvas.layout_widget.viewport()
    steps = itertools.count()
    cpu: dict[str, list[float]] = {"drag": [], "isolated": []}

    def cpu_timed(name: str, step: Callable[[], None]) -> Callable[[], None]:
        def timed() -> None:
            started = time.thread_time()
            step()
            cpu[name].append(time.thread_time() - started)

        return timed

    def drag_step() -> None:
        i = next(steps)
        state.set_param(target.uid, "negative_slope", 0.01 + (i % 90) * 0.01)
        if full:
            viewport.repaint()
        app.processEvents()  # layout and paint requests posted by the change

    drag = times_of(cpu_timed("drag", drag_step), repeat, warmup=5)
    del cpu["drag"][:5]  # the warm-up
    changes = itertools.count()

    def settle() -> None:
        time.sleep(0.07)  # the debounced panels refresh here, outside the timing
        for _ in range(3):
            app.processEvents()

    def isolated_step() -> None:
        state.set_param(target.uid, "negative_slope", 0.5 + (next(changes) % 40) * 0.01)
        app.processEvents()

    isolated = times_of(
        cpu_timed("isolated", isolated_step), max(10, repeat // 4), warmup=0, between=settle
    )
    win.close()
    return drag, isolated, cpu


def bench_matplotlib(repeat: int, width: int, height: int) -> list[float] | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    from actgui.core import catalog

    x = np.linspace(-6, 6, 2000)
    fig, axes = plt.subplots(3, 1, sharex=True, figsize=(width / 100, height / 100), dpi=100)
    lines = {}
    for fid in catalog.ids():
        act = catalog.get(fid)
        p = catalog.defaults(act)
        for order, (ax, k) in enumerate(zip(axes, (act.f, act.df, act.d2f))):
            (lines[fid, order],) = ax.plot(x, k(x, **p), lw=1.2)
    fig.canvas.draw()
    act = catalog.get("leaky_relu")
    steps = itertools.count()

    def redraw() -> None:
        p = {"negative_slope": 0.01 + (next(steps) % 90) * 0.01}
        for order, k in enumerate((act.f, act.df, act.d2f)):
            lines["leaky_relu", order].set_ydata(k(x, **p))
        fig.canvas.draw()

    times = times_of(redraw, repeat, warmup=5)
    plt.close(fig)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument(
        "--full-repaint", action="store_true", help="repaint the whole canvas each time"
    )
    args = ap.parse_args()
    ours, isolated, cpu = bench_actgui(args.repeat, args.width, args.height, args.full_repaint)
    theirs = bench_matplotlib(max(20, args.repeat // 5), args.width, args.height)
    med, q95 = statistics.median(ours) * 1e3, p95(ours) * 1e3
    print(f"actgui drag     : median {med:6.1f} ms   p95 {q95:6.1f} ms   ({len(ours)} changes)")
    imed, i95 = statistics.median(isolated) * 1e3, p95(isolated) * 1e3
    print(
        f"actgui isolated : median {imed:6.1f} ms   p95 {i95:6.1f} ms   ({len(isolated)} changes)"
    )
    for name, values in cpu.items():
        cmed, c95 = statistics.median(values) * 1e3, p95(values) * 1e3
        print(f"  CPU {name:<11s}: median {cmed:6.1f} ms   p95 {c95:6.1f} ms")
    if theirs is None:
        print("matplotlib      : not installed (pip install matplotlib to compare)")
        return 0
    mmed, m95 = statistics.median(theirs) * 1e3, p95(theirs) * 1e3
    print(f"matplotlib Agg  : median {mmed:6.1f} ms   p95 {m95:6.1f} ms   ({len(theirs)} redraws)")
    print(f"ratio matplotlib/actgui (drag): median {mmed / med:.1f}x   p95 {m95 / q95:.1f}x")
    print(f"ratio matplotlib/actgui (isolated): median {mmed / imed:.1f}x   p95 {m95 / i95:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
