"""``actgui depth``: the depth lab on the command line (a table or a figure).

Wired into :mod:`actgui.cli` with :func:`add_parser` and :func:`run`; bad input
raises :class:`ValueError`, which the main command prints as one line (exit 2).
Files are written atomically: a failed or interrupted run leaves nothing behind.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ._i18n import QT_TRANSLATE_NOOP, _, _cat, _f
from ._options import (
    EXPR_SPEC_HELP,
    FUNCTIONS_EPILOG,
    add_figure_lang_option,
    add_function_option,
    add_lab_output_options,
    add_network_options,
    figure_size,
    progress_printer,
)
from ._parser import when_used

if TYPE_CHECKING:
    from ..core.depth import DepthConfig
    from ._parser import Subparsers

FORMATS = (".csv", ".png", ".svg")


def add_parser(subparsers: Subparsers) -> None:
    """Add the ``depth`` subcommand to ``actgui``'s subparsers."""
    p = subparsers.add_parser(
        "depth",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "push a batch through a deep network: per-layer statistics (.csv) or a figure",
            )
        ),
        description=_cat(
            _(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Push a batch of standard-normal inputs through a fully connected network with the given activation(s) and weight init, backpropagate a unit gradient, and write per-layer statistics (.csv, one row per function and layer, layer 0 the input) or the depth lab's figure (.png, .svg). SPEC is a catalog id, optionally with parameters: leaky_relu(negative_slope=0.2).",
                )
            ),
            _(EXPR_SPEC_HELP),
        ),
        epilog=_(FUNCTIONS_EPILOG),
    )
    when_used(p, _add_options)


def _add_options(p: argparse.ArgumentParser) -> None:
    """``actgui depth``'s options (they import the depth lab's core for its limits)."""
    from ..core import depth

    add_function_option(p, _(QT_TRANSLATE_NOOP("CLI", "activation(s) to compare, in this order")))
    p.add_argument(
        "--preset",
        metavar="ID",
        help=_f(
            QT_TRANSLATE_NOOP("CLI", "start from a preset ({presets}); other options override it"),
            presets=", ".join(x.id for x in depth.PRESETS),
        ),
    )
    add_network_options(
        p,
        layers=_f(
            QT_TRANSLATE_NOOP("CLI", "depth, {lo}-{hi} (default 50)"),
            lo=depth.MIN_LAYERS,
            hi=depth.MAX_LAYERS,
        ),
        width=_f(
            QT_TRANSLATE_NOOP("CLI", "units per layer, {lo}-{hi} (default 512)"),
            lo=depth.MIN_WIDTH,
            hi=depth.MAX_WIDTH,
        ),
        init=_f(
            QT_TRANSLATE_NOOP("CLI", "weight initialisation: {names} (default he_normal)"),
            names=", ".join(depth.INITS),
        ),
        defaults=None,  # the preset's, or DepthConfig's
    )
    p.add_argument(
        "--bias",
        type=float,
        metavar="BIAS",
        help=_(QT_TRANSLATE_NOOP("CLI", "bias of every unit (default 0)")),
    )
    p.add_argument(
        "--seed",
        type=int,
        metavar="SEED",
        help=_(QT_TRANSLATE_NOOP("CLI", "random seed (default 0)")),
    )
    p.add_argument(
        "--batch",
        type=int,
        metavar="SIZE",
        help=_f(
            QT_TRANSLATE_NOOP("CLI", "inputs in the batch, {lo}-{hi} (default 256)"),
            lo=depth.MIN_BATCH,
            hi=depth.MAX_BATCH,
        ),
    )
    p.add_argument(
        "--repeats",
        type=int,
        metavar="N",
        help=_f(
            QT_TRANSLATE_NOOP(
                "CLI",
                "run seeds SEED .. SEED+N-1, 1-{hi} (default 1); the figure shows their median and range, the CSV one row per seed",
            ),
            hi=depth.MAX_REPEATS,
        ),
    )
    p.add_argument(
        "--eps",
        type=float,
        metavar="EPS",
        help=_f(
            QT_TRANSLATE_NOOP("CLI", "|f'| below this counts as saturated (default {eps})"),
            eps=f"{depth.DEFAULT_EPS:g}",
        ),
    )
    p.add_argument(
        "--hist-layers",
        metavar="L1,L2,L3",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "layers whose activations the figure histograms, at most 3 (default: first, middle, last; 0 is the input)",
            )
        ),
    )
    add_lab_output_options(p, _(QT_TRANSLATE_NOOP("CLI", "file to write: .csv, .png or .svg")))
    add_figure_lang_option(p)


def _check_options(cfg: DepthConfig, repeats: int, from_init: bool) -> None:
    """ValueError naming the command-line option (--sigma, not sigma) that is wrong."""
    from ..core import depth

    ranges = (
        ("layers", cfg.layers, depth.MIN_LAYERS, depth.MAX_LAYERS),
        ("width", cfg.width, depth.MIN_WIDTH, depth.MAX_WIDTH),
        ("batch", cfg.batch, depth.MIN_BATCH, depth.MAX_BATCH),
        ("repeats", repeats, 1, depth.MAX_REPEATS),
        ("seed", cfg.seed, 0, depth.MAX_SEED - depth.MAX_REPEATS),
    )
    for name, value, lo, hi in ranges:
        if not lo <= value <= hi:
            raise ValueError(
                _f(
                    QT_TRANSLATE_NOOP("CLI", "--{name} must be between {lo} and {hi}, got {value}"),
                    name=name,
                    lo=f"{lo:,}",
                    hi=f"{hi:,}",
                    value=f"{value:,}",
                )
            )
    if cfg.init not in depth.INITS:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP("CLI", "unknown --init {init!r}; choose one of: {names}"),
                init=cfg.init,
                names=", ".join(depth.INITS),
            )
        )
    if cfg.init == "normal" and cfg.sigma is None:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "--init normal needs --sigma SD, the standard deviation of the weights (e.g. --sigma {example})",
                ),
                example=0.05,
            )
        )
    if cfg.init != "normal" and cfg.sigma is not None:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "--sigma applies only to --init normal; --init {init} sets its own scale",
                ),
                init=cfg.init,
            )
        )
    if cfg.sigma is not None and not 0.0 < cfg.sigma <= depth.MAX_SIGMA:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP("CLI", "--sigma must be above 0 and at most {hi}, got {value}"),
                hi=f"{depth.MAX_SIGMA:g}",
                value=cfg.sigma,
            )
        )
    if not abs(cfg.bias) <= depth.MAX_ABS_BIAS:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP("CLI", "--{name} must be between {lo} and {hi}, got {value}"),
                name="bias",
                lo=f"{-depth.MAX_ABS_BIAS:g}",
                hi=f"{depth.MAX_ABS_BIAS:g}",
                value=cfg.bias,
            )
        )
    if not 0.0 < cfg.eps <= 1.0:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "--eps (saturation threshold on |f'|) must be above 0 and at most 1, got {value}",
                ),
                value=cfg.eps,
            )
        )


def run(args: argparse.Namespace) -> int:
    """Run ``actgui depth``; ValueError for bad input, nothing written then."""
    from ..core import depth
    from ..core.io_atomic import atomic_write_bytes, check_writable_target

    suffix = Path(args.out).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "cannot tell the format of {out!r}: its suffix must be .csv, .png or .svg",
                ),
                out=args.out,
            )
        )
    base = depth.preset(args.preset) if args.preset else None
    functions = list(args.functions or (base.functions if base else ()))
    if not functions:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI", "nothing to simulate: give at least one -f SPEC, e.g. -f relu"
                )
            )
        )
    cfg = base.config if base else depth.DepthConfig()
    overrides = {
        k: getattr(args, k)
        for k in ("layers", "width", "init", "sigma", "bias", "seed", "batch", "eps")
        if getattr(args, k) is not None
    }
    if "init" in overrides and overrides["init"] != "normal" and args.sigma is None:
        overrides["sigma"] = None  # a preset's sigma does not carry over to another init
    if isinstance(overrides.get("init"), str):
        overrides["init"] = overrides["init"].strip().lower()
    cfg = replace(cfg, **overrides)
    repeats = args.repeats if args.repeats is not None else (base.repeats if base else 1)
    _check_options(cfg, repeats, "init" in overrides)
    cfg = cfg.checked()
    depth.seeds_for(cfg.seed, repeats)  # validates repeats before any work
    for spec in functions:
        depth.resolve_function(spec)
    hist = depth.parse_hist_layers(args.hist_layers or "", cfg.layers)
    size = figure_size(args.figure_size) if suffix != ".csv" else None
    check_writable_target(args.out)

    runs = depth.simulate_many(
        functions, cfg, repeats, hist_layers=hist, progress=progress_printer("depth")
    )
    if suffix == ".csv":
        flat = [r for per_function in runs for r in per_function]
        atomic_write_bytes(args.out, depth.csv_text(flat).encode("utf-8"))
        return 0
    from ..ui.app import ensure_app
    from ..ui.depth_lab import export_depth_figure

    ensure_app(headless=True)
    assert size is not None
    export_depth_figure(runs, args.out, size[0], size[1], lang=args.lang)
    return 0
