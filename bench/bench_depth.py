"""Depth lab speed: 100 layers x 512 units x batch 256, forward and backward.

actgui's depth.simulate (statistics, histograms and gradients per layer)
against a straightforward float64 numpy loop computing the same forward pass,
per-layer statistics and backward pass, both in this process; median of
several runs each, and the ratio.

    python bench/bench_depth.py [--repeat 5] [--function relu]
"""

from __future__ import annotations

import argparse
import sys

import numpy as np
from _timing import median_time

from actgui.core import catalog, depth


def straightforward(spec: str, layers: int, width: int, batch: int, seed: int) -> list[tuple]:
    """The textbook loop: He normal weights, forward with stats, unit-gradient backward."""
    act, p = catalog.parse_spec(spec)
    rng = np.random.default_rng(seed)
    h = rng.standard_normal((batch, width))
    weights = [rng.standard_normal((width, width)) * np.sqrt(2.0 / width) for _ in range(layers)]
    pre, rows = [], []
    for w in weights:
        z = h @ w
        a = act.f(z, **p)
        d = act.df(z, **p)
        rows.append(
            (
                z.mean(),
                z.std(),
                a.mean(),
                a.std(),
                (a * a).mean(),
                np.all(d == 0, axis=0).mean(),
                (np.abs(d) < 0.01).mean(),
            )
        )
        pre.append(z)
        h = a
    g = rng.standard_normal((batch, width))
    g /= np.linalg.norm(g, axis=1, keepdims=True)
    for w, z in zip(reversed(weights), reversed(pre)):
        gz = g * act.df(z, **p)
        rows.append((np.sqrt((gz * gz).sum(axis=1)).mean(),))
        g = gz @ w.T
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--function", default="relu")
    ap.add_argument("--layers", type=int, default=100)
    ap.add_argument("--width", type=int, default=512)
    ap.add_argument("--batch", type=int, default=256)
    args = ap.parse_args()
    spec, L, n, b = args.function, args.layers, args.width, args.batch
    ours = median_time(
        lambda: depth.simulate(spec, layers=L, width=n, init="he_normal", batch=b, seed=0),
        args.repeat,
    )
    base = median_time(lambda: straightforward(spec, L, n, b, 0), args.repeat)
    print(
        f"{spec}: {L} layers x {n} units x batch {b}, forward + backward, median of {args.repeat}"
    )
    print(f"actgui depth.simulate : {ours:6.3f} s")
    print(f"straightforward numpy : {base:6.3f} s")
    print(f"ratio straightforward/actgui: {base / ours:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
