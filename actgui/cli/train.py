"""``actgui train``: the training lab on the command line (a table, a figure or the weights).

Wired into :mod:`actgui.cli` with :func:`add_parser` and :func:`run`; bad input
raises :class:`ValueError`, which the main command prints as one line (exit 2).
Every option is checked before any training, and files are written atomically:
a failed or interrupted run leaves nothing behind.
"""

from __future__ import annotations

import argparse
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
    add_points_option,
    add_theme_option,
    figure_size,
    progress_printer,
)
from ._parser import when_used

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..core.training import History
    from ._parser import Subparsers

FORMATS = (".csv", ".png", ".svg", ".pdf", ".npz")
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


def add_parser(subparsers: Subparsers) -> None:
    """Add the ``train`` subcommand to ``actgui``'s subparsers."""
    p = subparsers.add_parser(
        "train",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "train small networks on 2-D toy data, one per activation: per-epoch table (.csv), figure or weights (.npz)",
            )
        ),
        description=_cat(
            _(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Train one multilayer perceptron per activation on a 2-D toy data set, all from the same initial weights and in the same data order, with backpropagation through each function's exact derivative. Write the loss, accuracies, gradient norms and learned parameters per epoch (.csv, one row per function and epoch, epoch 0 the initial network), the training lab's figure (.png, .svg, .pdf) or the trained weights (.npz). The same seed gives the same numbers.",
                )
            ),
            _(EXPR_SPEC_HELP),
        ),
        epilog=_(FUNCTIONS_EPILOG),
    )
    when_used(p, _add_options)


def _add_options(p: argparse.ArgumentParser) -> None:
    """``actgui train``'s options (they import the training lab's core for its limits and
    defaults: ``TrainConfig``'s, as the lab's)."""
    from ..core import training as T

    d = T.TrainConfig()

    add_function_option(p, _(QT_TRANSLATE_NOOP("CLI", "activation(s) to compare, in this order")))
    p.add_argument(
        "--data",
        default=d.data,
        metavar="{" + ",".join(T.DATASETS) + "}",
        help=_(QT_TRANSLATE_NOOP("CLI", "the data set (default circles)")),
    )
    add_points_option(
        p,
        _f(
            QT_TRANSLATE_NOOP("CLI", "training points, {lo}-{hi} (default 1000)"),
            lo=T.MIN_POINTS,
            hi=f"{T.MAX_POINTS:,}",
        ),
        d.points,
    )
    p.add_argument(
        "--test-points",
        type=int,
        default=d.test_points,
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
        default=d.noise,
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
    add_network_options(
        p,
        layers=_f(
            QT_TRANSLATE_NOOP("CLI", "hidden layers, {lo}-{hi} (default 2)"),
            lo=T.MIN_LAYERS,
            hi=T.MAX_LAYERS,
        ),
        width=_f(
            QT_TRANSLATE_NOOP("CLI", "units per hidden layer, {lo}-{hi} (default 16)"),
            lo=T.MIN_WIDTH,
            hi=T.MAX_WIDTH,
        ),
        init=_f(
            QT_TRANSLATE_NOOP("CLI", "weight initialisation: {names} (default glorot_uniform)"),
            names=", ".join(T.INITS),
        ),
        defaults=(d.layers, d.width, d.init),
    )
    p.add_argument(
        "--optimizer",
        default=d.optimizer,
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
        default=d.momentum,
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
        default=d.epochs,
        metavar="E",
        help=_f(
            QT_TRANSLATE_NOOP("CLI", "epochs, 1-{hi} (default 200)"),
            hi=f"{T.MAX_EPOCHS:,}",
        ),
    )
    p.add_argument(
        "--seed",
        type=int,
        default=d.seed,
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
                "activation parameters to train with the weights, in every function that has them (only PReLU's slope and the parameters of ACON-C and APL are trained without it)",
            )
        ),
    )
    add_lab_output_options(
        p, _(QT_TRANSLATE_NOOP("CLI", "file to write: .csv, .png, .svg, .pdf or .npz"))
    )
    add_theme_option(p)
    add_figure_lang_option(p)


def check_no_repeat(specs: Sequence[str], histories: Sequence[History]) -> None:
    """ValueError if two specs name the same function with the same parameters: they
    would train the same network (same weights, same batches) into two panels with
    the same title and CSV rows that cannot be told apart."""
    seen: dict[tuple[str, str], str] = {}
    for spec, h in zip(specs, histories):
        key = (h.activation.id, repr(sorted(h.params.items())))
        if key not in seen:
            seen[key] = spec
            continue
        first = seen[key]
        if first == spec:
            text = QT_TRANSLATE_NOOP(
                "CLI",
                "-f {spec!r} is given twice: it would train the same network twice; give it once",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "CLI",
                "-f {spec!r} is the same as {first!r} (same function and parameters): "
                "it would train the same network twice; give it once",
            )
        raise ValueError(_f(text, spec=spec, first=first))


def run(args: argparse.Namespace) -> int:
    """Run ``actgui train``; ValueError for bad input, nothing written then."""
    from ..core import training as T
    from ..core.io_atomic import atomic_write_bytes, check_writable_target

    suffix = Path(args.out).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "cannot tell the format of {out!r}: its suffix must be .csv, .png, .svg, .pdf or .npz",
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
    check_no_repeat(args.functions, trainer.histories)
    size = figure_size(args.figure_size) if suffix in (".png", ".svg", ".pdf") else None
    check_writable_target(args.out)

    trainer.run(progress_printer("train"))
    if suffix == ".csv":
        atomic_write_bytes(args.out, T.csv_text(trainer).encode("utf-8"))
        return 0
    if suffix == ".npz":
        atomic_write_bytes(args.out, T.npz_bytes(trainer))
        return 0
    from ..ui.app import ensure_app
    from ..ui.training_plots import export_training_figure

    ensure_app(headless=True)
    assert size is not None
    export_training_figure(trainer, args.out, size[0], size[1], theme=args.theme, lang=args.lang)
    return 0
