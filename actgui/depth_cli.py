"""``actgui depth``: the depth lab on the command line (a table or a figure).

Wired into :mod:`actgui.cli` with :func:`add_parser` and :func:`run`; bad input
raises :class:`ValueError`, which the main command prints as one line (exit 2).
Files are written atomically: a failed or interrupted run leaves nothing behind.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

FORMATS = (".csv", ".png", ".svg")
MIN_FIGURE, MAX_FIGURE = 200, 10000


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``depth`` subcommand to ``actgui``'s subparsers."""
    from .core import depth

    p = subparsers.add_parser(
        "depth",
        help="push a batch through a deep network: per-layer statistics (.csv) or a figure",
        description="Push a batch of standard-normal inputs through a fully connected "
        "network with the given activation(s) and weight init, backpropagate a unit "
        "gradient, and write per-layer statistics (.csv, one row per function and layer, "
        "layer 0 the input) or the depth lab's figure (.png, .svg). SPEC is a catalog id, "
        "optionally with parameters, leaky_relu(negative_slope=0.2), or a custom "
        "expression, expr:x*sigmoid(x).",
    )
    p.add_argument(
        "-f",
        "--function",
        dest="functions",
        action="extend",
        nargs="+",
        metavar="SPEC",
        help="activation(s) to compare, in this order (repeatable)",
    )
    p.add_argument(
        "--preset",
        metavar="ID",
        help="start from a preset (" + ", ".join(x.id for x in depth.PRESETS) + "); "
        "other options override it",
    )
    p.add_argument(
        "--layers",
        type=int,
        metavar="L",
        help=f"depth, {depth.MIN_LAYERS}-{depth.MAX_LAYERS} (default 50)",
    )
    p.add_argument(
        "--width",
        type=int,
        metavar="W",
        help=f"units per layer, {depth.MIN_WIDTH}-{depth.MAX_WIDTH} (default 512)",
    )
    p.add_argument(
        "--init",
        metavar="NAME",
        help="weight initialisation: " + ", ".join(depth.INITS) + " (default he_normal)",
    )
    p.add_argument(
        "--sigma", type=float, metavar="S", help="standard deviation of the weights (init normal)"
    )
    p.add_argument("--bias", type=float, metavar="B", help="bias of every unit (default 0)")
    p.add_argument("--seed", type=int, metavar="S", help="random seed (default 0)")
    p.add_argument(
        "--batch",
        type=int,
        metavar="B",
        help=f"inputs in the batch, {depth.MIN_BATCH}-{depth.MAX_BATCH} (default 256)",
    )
    p.add_argument(
        "--repeats",
        type=int,
        metavar="N",
        help=f"run seeds S .. S+N-1, 1-{depth.MAX_REPEATS} (default 1); the figure shows "
        "their median and range, the CSV one row per seed",
    )
    p.add_argument(
        "--eps",
        type=float,
        help=f"|f'| below this counts as saturated (default {depth.DEFAULT_EPS:g})",
    )
    p.add_argument(
        "--hist-layers",
        metavar="L1,L2,L3",
        help="layers whose activations the figure histograms, at most 3 "
        "(default: first, middle, last; 0 is the input)",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="file to write: .csv, .png or .svg")
    p.add_argument(
        "--figure-size",
        default="1400x900",
        metavar="WxH",
        help="figure size in pixels (default 1400x900)",
    )
    p.add_argument(
        "--lang", choices=["en", "zh_CN"], default="en", help="language of the figure's labels"
    )


def _figure_size(text: str) -> tuple[int, int]:
    parts = text.lower().replace("×", "x").split("x")
    try:
        w, h = (int(v) for v in parts)
    except ValueError:
        raise ValueError(f"--figure-size must look like 1400x900, got {text!r}") from None
    for name, v in (("width", w), ("height", h)):
        if not MIN_FIGURE <= v <= MAX_FIGURE:
            raise ValueError(
                f"--figure-size {name} must be between {MIN_FIGURE} and {MAX_FIGURE} pixels, "
                f"got {v}"
            )
    return w, h


def _progress_printer():  # type: ignore[no-untyped-def]
    """Percentages on stderr when it is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        pct = 100 * done // max(total, 1)
        if pct != last[0]:
            last[0] = pct
            end = "\n" if done >= total else ""
            print(f"\ractgui depth: {pct:3d}%", end=end, file=sys.stderr, flush=True)

    return show


def run(args: argparse.Namespace) -> int:
    """Run ``actgui depth``; ValueError for bad input, nothing written then."""
    from .core import depth
    from .io_atomic import atomic_write_bytes, check_writable_target

    suffix = Path(args.out).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            f"cannot tell the format of {args.out!r}: its suffix must be .csv, .png or .svg"
        )
    base = depth.preset(args.preset) if args.preset else None
    functions = list(args.functions or (base.functions if base else ()))
    if not functions:
        raise ValueError("nothing to simulate: give at least one -f SPEC, e.g. -f relu")
    cfg = base.config if base else depth.DepthConfig()
    overrides = {
        k: getattr(args, k)
        for k in ("layers", "width", "init", "sigma", "bias", "seed", "batch", "eps")
        if getattr(args, k) is not None
    }
    if "init" in overrides and overrides["init"] != "normal" and args.sigma is None:
        overrides["sigma"] = None  # a preset's sigma does not carry over to another init
    cfg = replace(cfg, **overrides).checked()
    repeats = args.repeats if args.repeats is not None else (base.repeats if base else 1)
    depth.seeds_for(cfg.seed, repeats)  # validates repeats before any work
    for spec in functions:
        depth.resolve_function(spec)
    hist = depth.parse_hist_layers(args.hist_layers or "", cfg.layers)
    size = _figure_size(args.figure_size) if suffix != ".csv" else None
    check_writable_target(args.out)

    runs = depth.simulate_many(
        functions, cfg, repeats, hist_layers=hist, progress=_progress_printer()
    )
    if suffix == ".csv":
        flat = [r for per_function in runs for r in per_function]
        atomic_write_bytes(args.out, depth.csv_text(flat).encode("utf-8"))
        return 0
    from .ui.app import ensure_app
    from .ui.depth_lab import export_depth_figure

    ensure_app(headless=True)
    assert size is not None
    export_depth_figure(runs, args.out, size[0], size[1], lang=args.lang)
    return 0
