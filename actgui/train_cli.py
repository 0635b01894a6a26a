"""``actgui train``: the training lab on the command line (a table, a figure or the weights).

Wired into :mod:`actgui.cli` with :func:`add_parser` and :func:`run`; bad input
raises :class:`ValueError`, which the main command prints as one line (exit 2).
Every option is checked before any training, and files are written atomically:
a failed or interrupted run leaves nothing behind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = (".csv", ".png", ".svg", ".pdf", ".npz")
MIN_FIGURE, MAX_FIGURE = 200, 10000
#: what the messages call each option
OPTION_NAMES = {
    "data": "--data",
    "points": "--points",
    "test_points": "--test-points",
    "noise": "--noise",
    "classes": "--classes",
    "layers": "--layers",
    "width": "--width",
    "init": "--init",
    "sigma": "--sigma",
    "optimizer": "--optimizer",
    "lr": "--lr",
    "momentum": "--momentum",
    "batch": "--batch",
    "epochs": "--epochs",
    "seed": "--seed",
    "head": "--head",
    "learn": "--learn",
}


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``train`` subcommand to ``actgui``'s subparsers."""
    from .cli import (
        EXPR_SPEC_HELP,
        FUNCTIONS_EPILOG,
        QT_TRANSLATE_NOOP,
        _,
        _cat,
        add_function_option,
    )
    from .core import training as T

    p = subparsers.add_parser(
        "train",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "train small networks on 2-D toy data, one per activation: per-epoch table (.csv), figure or weights (.npz)",  # noqa: E501
            )
        ),
        description=_cat(
            _(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Train one multilayer perceptron per activation on a 2-D toy data set, all from the same initial weights and in the same data order, with backpropagation through each function's exact derivative. Write the loss, accuracies, gradient norms and learned parameters per epoch (.csv, one row per function and epoch, epoch 0 the initial network), the training lab's figure (.png, .svg, .pdf) or the trained weights (.npz). The same seed gives the same numbers.",  # noqa: E501
                )
            ),
            _(EXPR_SPEC_HELP),
        ),
        epilog=_(FUNCTIONS_EPILOG),
    )
    add_function_option(p, _(QT_TRANSLATE_NOOP("CLI", "activation(s) to compare, in this order")))
    p.add_argument(
        "--data",
        default="circles",
        metavar="{" + ",".join(T.DATASETS) + "}",
        help=_(QT_TRANSLATE_NOOP("CLI", "the data set (default circles)")),
    )
    p.add_argument(
        "--points",
        type=int,
        default=1000,
        metavar="N",
        help=_f(
            QT_TRANSLATE_NOOP("CLI", "training points, {lo}-{hi} (default 1000)"),
            lo=T.MIN_POINTS,
            hi=f"{T.MAX_POINTS:,}",
        ),
    )
    p.add_argument(
        "--test-points",
        type=int,
        default=500,
        metavar="TEST",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI", "test points, drawn apart from the training points (default 500)"
            )
        ),
    )
    p.add_argument(
        "--noise",
        type=float,
        default=0.1,
        metavar="NOISE",
        help=_f(
            QT_TRANSLATE_NOOP(
                "CLI", "standard deviation of the noise added to the points, 0-{hi} (default 0.1)"
            ),
            hi=f"{T.MAX_NOISE:g}",
        ),
    )
    p.add_argument(
        "--classes",
        type=int,
        metavar="K",
        help=_(
            QT_TRANSLATE_NOOP("CLI", "classes of spiral (default 2) and blobs (default 3), 2-6")
        ),
    )
    p.add_argument(
        "--layers",
        type=int,
        default=2,
        metavar="L",
        help=_f(
            QT_TRANSLATE_NOOP("CLI", "hidden layers, {lo}-{hi} (default 2)"),
            lo=T.MIN_LAYERS,
            hi=T.MAX_LAYERS,
        ),
    )
    p.add_argument(
        "--width",
        type=int,
        default=16,
        metavar="W",
        help=_f(
            QT_TRANSLATE_NOOP("CLI", "units per hidden layer, {lo}-{hi} (default 16)"),
            lo=T.MIN_WIDTH,
            hi=T.MAX_WIDTH,
        ),
    )
    p.add_argument(
        "--init",
        default="glorot_uniform",
        metavar="NAME",
        help=_f(
            QT_TRANSLATE_NOOP("CLI", "weight initialisation: {names} (default glorot_uniform)"),
            names=", ".join(T.INITS),
        ),
    )
    p.add_argument(
        "--sigma",
        type=float,
        metavar="SD",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI", "standard deviation of the weights (needed by, and only for, --init normal)"
            )
        ),
    )
    p.add_argument(
        "--optimizer",
        default="adam",
        metavar="{sgd,adam}",
        help=_(QT_TRANSLATE_NOOP("CLI", "SGD with momentum, or Adam (default adam)")),
    )
    p.add_argument(
        "--lr",
        type=float,
        metavar="LR",
        help=_(QT_TRANSLATE_NOOP("CLI", "learning rate (default 0.01 for adam, 0.1 for sgd)")),
    )
    p.add_argument(
        "--momentum",
        type=float,
        default=0.9,
        metavar="M",
        help=_(QT_TRANSLATE_NOOP("CLI", "momentum of sgd, 0 for plain SGD (default 0.9)")),
    )
    p.add_argument(
        "--batch",
        type=int,
        metavar="SIZE",
        help=_(QT_TRANSLATE_NOOP("CLI", "mini-batch size (default: all training points)")),
    )
    p.add_argument(
        "--epochs",
        type=int,
        default=200,
        metavar="E",
        help=_f(
            QT_TRANSLATE_NOOP("CLI", "epochs, 1-{hi} (default 200)"),
            hi=f"{T.MAX_EPOCHS:,}",
        ),
    )
    p.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="SEED",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI", "random seed of the data, the weights and the order (default 0)"
            )
        ),
    )
    p.add_argument(
        "--learn",
        action="extend",
        nargs="+",
        default=[],
        metavar="PARAM",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "activation parameters to train with the weights, in every function that has them (PReLU's slope is always trained)",  # noqa: E501
            )
        ),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=_(QT_TRANSLATE_NOOP("CLI", "file to write: .csv, .png, .svg, .pdf or .npz")),
    )
    p.add_argument(
        "--figure-size",
        default="1400x900",
        metavar="WxH",
        help=_(QT_TRANSLATE_NOOP("CLI", "figure size in pixels (default 1400x900)")),
    )
    p.add_argument(
        "--theme",
        choices=["light", "dark"],
        default="light",
        help=_(QT_TRANSLATE_NOOP("CLI", "colour theme (default light)")),
    )
    p.add_argument(
        "--lang",
        choices=["en", "zh_CN"],
        default="en",
        help=_(QT_TRANSLATE_NOOP("CLI", "language of the figure's labels and of these messages")),
    )


def _f(template: str, /, **fields: object) -> str:
    from .cli import _f as translate

    return translate(template, **fields)


def _figure_size(text: str) -> tuple[int, int]:
    from .depth_cli import _figure_size as parse

    return parse(text)


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
            print(f"\ractgui train: {pct:3d}%", end=end, file=sys.stderr, flush=True)

    return show


def run(args: argparse.Namespace) -> int:
    """Run ``actgui train``; ValueError for bad input, nothing written then."""
    from .cli import QT_TRANSLATE_NOOP
    from .core import training as T
    from .core.io_atomic import atomic_write_bytes, check_writable_target

    suffix = Path(args.out).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "cannot tell the format of {out!r}: its suffix must be .csv, .png, .svg, .pdf or .npz",  # noqa: E501
                ),
                out=args.out,
            )
        )
    if not args.functions:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI", "nothing to train: give at least one -f SPEC, e.g. -f relu"
                )
            )
        )
    config = T.TrainConfig(
        data=args.data,
        points=args.points,
        test_points=args.test_points,
        noise=args.noise,
        classes=args.classes,
        layers=args.layers,
        width=args.width,
        init=args.init,
        sigma=args.sigma,
        optimizer=args.optimizer,
        lr=args.lr,
        momentum=args.momentum,
        batch=args.batch,
        epochs=args.epochs,
        seed=args.seed,
    )
    trainer = T.Trainer(args.functions, config, args.learn, names=OPTION_NAMES)
    size = _figure_size(args.figure_size) if suffix in (".png", ".svg", ".pdf") else None
    check_writable_target(args.out)

    trainer.run(_progress_printer())
    if suffix == ".csv":
        atomic_write_bytes(args.out, T.csv_text(trainer).encode("utf-8"))
        return 0
    if suffix == ".npz":
        atomic_write_bytes(args.out, T.npz_bytes(trainer))
        return 0
    from .ui.app import ensure_app
    from .ui.training_plots import export_training_figure

    ensure_app(headless=True)
    assert size is not None
    export_training_figure(trainer, args.out, size[0], size[1], theme=args.theme, lang=args.lang)
    return 0
