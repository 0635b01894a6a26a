"""``actgui code``: the Info panel's "copy as ..." on the command line.

Prints PyTorch or Keras code, a matplotlib script that redraws the curves with
numpy formulas (``python fig.py`` shows the figure, ``python fig.py out.png``
saves it), the formula in LaTeX, or the curves as pgfplots coordinates.  Wired
into :mod:`actgui.cli` with :func:`add_parser` and :func:`run`; bad input raises
:class:`ValueError` (or the CLI's UsageError), printed as one line, exit 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._i18n import QT_TRANSLATE_NOOP, _, _cat
from ._options import (
    EXPR_SPEC_HELP,
    FUNCTIONS_EPILOG,
    add_derivatives_option,
    add_function_option,
    add_points_option,
    add_session_option,
    add_x_range_options,
    read_grid,
)
from ._parser import UsageError, when_used

if TYPE_CHECKING:
    from ._parser import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    """Add the ``code`` subcommand to ``actgui``'s subparsers."""
    p = subparsers.add_parser(
        "code",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "print code for the curves: PyTorch, Keras, a matplotlib script, LaTeX or pgfplots",
            )
        ),
        usage="%(prog)s --target {pytorch,keras,matplotlib,latex,pgfplots}\n"
        "                   (-f SPEC [SPEC ...] | --session FILE)\n"
        "                   [--x-min A] [--x-max B] [--points N] [--derivatives ORDERS]",
        description=_cat(
            _(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Print code for the given functions: PyTorch or Keras (the framework's built-in where there is one), a matplotlib script that redraws the curves with numpy formulas (python fig.py shows the figure, python fig.py out.png saves it), the formula in LaTeX, or the curves as pgfplots coordinates. SPEC is a catalog id, optionally with parameters: leaky_relu(negative_slope=0.2).",
                )
            ),
            _(EXPR_SPEC_HELP),
        ),
        epilog=_(FUNCTIONS_EPILOG),
    )
    when_used(p, _add_options)


def _add_options(p: argparse.ArgumentParser) -> None:
    """``actgui code``'s options (--target's choices import the code generator,
    ~10 ms that no other command needs)."""
    from ..core.codegen import TARGETS

    p.add_argument(
        "--target",
        required=True,
        choices=list(TARGETS),
        help=_(QT_TRANSLATE_NOOP("CLI", "what to print")),
    )
    add_function_option(p, _(QT_TRANSLATE_NOOP("CLI", "function(s), in this order")))
    add_session_option(
        p,
        _(
            QT_TRANSLATE_NOOP(
                "CLI",
                "the curves, range and rows of a saved session; -f, --x-min, --x-max, --points and --derivatives override it",
            )
        ),
    )
    add_x_range_options(p)
    add_points_option(
        p,
        _(
            QT_TRANSLATE_NOOP(
                "CLI", "samples per curve (default 2000 for matplotlib, 201 for pgfplots)"
            )
        ),
        None,
    )
    add_derivatives_option(
        p,
        _(
            QT_TRANSLATE_NOOP(
                "CLI",
                "which of f (0), f' (1), f'' (2) to include, e.g. 0,1,2 (default 0,1, or the session's rows); LaTeX has f and f'",
            )
        ),
    )


def run(args: argparse.Namespace) -> int:
    """Print the code ``args.target`` names; UsageError or ValueError for bad input."""
    from ..core import codegen, export_data
    from ..core.state import ExplorerState

    base = None
    if args.session is not None:
        from ..core import session

        base = session.load(args.session)
    if not args.functions and base is None:
        raise UsageError(
            _(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "code: nothing to write code for: give at least one -f SPEC (e.g. -f relu) or --session",
                )
            )
        )
    default_points = codegen.PGF_POINTS if args.target == "pgfplots" else 2000
    if base is not None and args.target != "pgfplots":
        default_points = base.points
    x_min, x_max, points, orders = read_grid(args, base, default_points)
    if args.functions:
        state = ExplorerState(x_min=x_min, x_max=x_max, points=points)
        # a sweep name(param=LO..HI:N) stands for its N members, as in export
        specs = [c for spec in args.functions for c in export_data.parse_specs(spec)]
        export_data.add_to_state(state, specs)
        if base is not None:
            for name in ("grid", "legend", "overlay"):
                state.set_option(name, getattr(base, name))
    else:
        assert base is not None
        state = base
        state.set_x_range(x_min, x_max)
        state.set_points(points)
    state.set_rows([o in orders for o in (0, 1, 2)])
    latex: Callable[[str], str | None] | None = None  # the Info panel's, for expr: curves
    if args.target == "latex" and state.custom:
        from ..ui.info_latex import expression_latex as latex
    text = codegen.code_for_state(
        state,
        args.target,
        orders=orders,
        x_range=(x_min, x_max),
        points=points,
        expression_latex=latex,
    )
    sys.stdout.write(text)
    return 0
