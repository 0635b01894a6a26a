"""A typed custom expression against the catalog's hand-written kernel.

x * tanh(softplus(x)) (Mish typed as an expression) and the catalog's mish,
f, f' and f'' on 2,000 points, as one redraw does; both timed in this process,
median of repeated runs. The issue's aim: at most 3x the catalog's time.

    python bench/bench_expressions.py [--points 2000] [--repeat 200]
"""

from __future__ import annotations

import argparse
import sys

import numpy as np
from _timing import median_time

from actgui.core import catalog
from actgui.core.expressions import compile_expression


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--points", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    x = np.linspace(-6, 6, args.points)
    rows = [
        ("x * tanh(softplus(x))", "mish"),
        ("x * sigmoid(x)", "silu"),
        ("where(x > 0, x, exp(x) - 1)", "elu"),
    ]
    print(f"{args.points} points, f + f' + f'', median of {args.repeat}")
    print(f"{'expression':<32}{'custom µs':>11}{'catalog µs':>12}{'ratio':>8}")
    for text, fid in rows:
        custom = compile_expression(text).activation
        act = catalog.get(fid)
        p = catalog.resolve_params(act)
        shift = iter(range(10**9))

        def run(a=custom, q=None, shift=shift) -> None:  # type: ignore[no-untyped-def]
            # new values each time (as while panning), so no cached result is reused
            xs = x + next(shift) * 1e-9
            kw = q or {}
            a.f(xs, **kw), a.df(xs, **kw), a.d2f(xs, **kw)

        def run_cat(a=act, q=p) -> None:  # type: ignore[no-untyped-def]
            run(a, q)

        tc, tk = median_time(run, args.repeat), median_time(run_cat, args.repeat)
        print(f"{text:<32}{tc * 1e6:>11.0f}{tk * 1e6:>12.0f}{tc / tk:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
