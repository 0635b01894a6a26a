"""Speed of f, f' and f'' together for every catalog function on 2 x 10^5 points.

actgui computes the three with ``Activation.evaluate_all`` (the fused kernel
where there is one, into preallocated arrays); the column "3 kernels" is the
same three arrays from the separate kernels f, df, d2f.  Baseline, in the same
process: PyTorch CPU autograd computing the same three arrays (forward,
backward with create_graph=True, double backward) for every function PyTorch
has as a built-in (skipped when torch is not installed; GLU is given the pairs
(x, k x), actgui's line b = k a, so that it too computes every point: alone,
torch.nn.GLU halves its input).  Prints the median of
several runs per function and the ratio torch / actgui (> 1: actgui is faster).

    python bench/bench_core.py [--points 200000] [--repeat 7] [--threads 1] [--torch-only]
"""

from __future__ import annotations

import argparse
import statistics
import sys

import numpy as np
from _timing import median_time

from actgui.core import catalog


def _on_line(glu, k: float):  # type: ignore[no-untyped-def]
    """torch.nn.GLU evaluated on (a, b) = (x, k x): x sigmoid(k x) at every x."""
    import torch

    return lambda t: glu(torch.cat([t, k * t], dim=-1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--points", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--threads", type=int, default=1, help="torch intra-op threads")
    ap.add_argument("--functions", default="", help="comma-separated ids (default: all)")
    ap.add_argument(
        "--torch-only", action="store_true", help="only the functions PyTorch has as built-ins"
    )
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    x = rng.normal(0.0, 4.0, args.points)
    try:
        import torch

        torch.set_num_threads(args.threads)
        tx0 = torch.from_numpy(x)
    except ImportError:
        torch = None  # type: ignore[assignment]
        print("torch not installed: printing actgui timings only")

    out = (np.empty_like(x), np.empty_like(x), np.empty_like(x))

    def ours(act, p):  # type: ignore[no-untyped-def]
        return lambda: act.evaluate_all(x, p, out)

    def separate(act, p):  # type: ignore[no-untyped-def]
        return lambda: (act.f(x, **p), act.df(x, **p), act.d2f(x, **p))

    def theirs(module):  # type: ignore[no-untyped-def]
        def run() -> None:
            tx = tx0.clone().requires_grad_(True)
            y = module(tx)
            (g,) = torch.autograd.grad(y.sum(), tx, create_graph=True)
            (g2,) = torch.autograd.grad(g.sum(), tx)
            _ = (y.detach(), g.detach(), g2)

        return run

    print(f"{args.points:,} points, median of {args.repeat} runs (f, f', f'' together)")
    print(f"{'function':<20}{'3 kernels':>10}{'actgui ms':>11}{'torch ms':>11}{'ratio':>8}")
    ratios = []
    for act in catalog.CATALOG.values():
        p = catalog.resolve_params(act)
        code = catalog.framework_code(act, p, "pytorch")
        builtin = code is not None and code.startswith("torch.nn.")
        if args.torch_only and not builtin:
            continue
        if args.functions and act.id not in args.functions.split(","):
            continue
        t_ours = median_time(ours(act, p), args.repeat)
        t_sep = median_time(separate(act, p), args.repeat) if act.fused else t_ours
        head = f"{act.id:<20}{t_sep * 1e3:>10.2f}{t_ours * 1e3:>11.2f}"
        if torch is None or code is None or not builtin:
            print(f"{head}{'-':>11}{'-':>8}")
            continue
        # our own generated constructor text, e.g. torch.nn.ELU(alpha=1.0)
        module = eval(code, {"torch": torch})
        if hasattr(module, "eval"):
            module.eval()  # RReLU: evaluation-mode curve
        if act.id == "glu":
            # torch.nn.GLU halves its input (a | b -> a sigmoid(b)): give it a = x and
            # b = k x, the line actgui draws, so that it too computes all the points
            module = _on_line(module, float(p["k"]))
        try:
            t_torch = median_time(theirs(module), args.repeat)
        except RuntimeError as exc:  # a built-in without double backward
            print(f"{head}{'n/a':>11}{'':>8}  ({exc.__class__.__name__})")
            continue
        ratio = t_torch / t_ours
        ratios.append(ratio)
        print(f"{head}{t_torch * 1e3:>11.2f}{ratio:>8.2f}")
    if ratios:
        print(
            f"\nratio torch/actgui over {len(ratios)} functions: "
            f"median {statistics.median(ratios):.2f}, min {min(ratios):.2f}, max {max(ratios):.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
