"""``actgui export``: a figure (.png .svg .pdf), an animation (.gif) or a table
(.csv) of f, f', f'' without opening the window."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ._i18n import QT_TRANSLATE_NOOP, _, _cat, _f
from ._options import (
    EXPR_SPEC_HELP,
    FUNCTIONS_EPILOG,
    _take_output_from_specs,
    add_derivatives_option,
    add_function_option,
    add_points_option,
    add_session_option,
    add_size_options,
    add_theme_option,
    add_x_range_options,
    read_grid,
)
from ._parser import UsageError

if TYPE_CHECKING:
    from ._parser import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    """Add the ``export`` subcommand to ``actgui``'s subparsers."""
    p = subparsers.add_parser(
        "export",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI", "write a figure (.png .svg .pdf) or a table (.csv) of f, f', f''"
            )
        ),
        usage="%(prog)s OUT (-f SPEC [SPEC ...] | --session FILE)\n"
        "                     [--x-min A] [--x-max B] [--points N]\n"
        "                     [--derivatives ORDERS] [--width W] [--height H]\n"
        "                     [--theme {light,dark}] [--style {screen,publication}]\n"
        "                     [--scale S] [--dpi D] [--transparent]\n"
        "                     [--animate PARAM] [--frames FRAMES]",
        description=_cat(
            _(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Export curves without opening the window. The format comes from OUT's suffix: .png, .svg, .pdf or .csv. SPEC is a catalog id, optionally with parameters: leaky_relu(negative_slope=0.2).",
                )
            ),
            _(EXPR_SPEC_HELP),
        ),
        epilog=_(FUNCTIONS_EPILOG),
    )
    p.add_argument(
        "out",
        metavar="OUT",
        nargs="?",  # also after the specs: export -f relu tanh OUT
        help=_(QT_TRANSLATE_NOOP("CLI", "file to write (.png, .svg, .pdf or .csv)")),
    )
    add_function_option(p, _(QT_TRANSLATE_NOOP("CLI", "function(s) to export, in this order")))
    add_x_range_options(p)
    add_points_option(
        p, _(QT_TRANSLATE_NOOP("CLI", "samples per curve, 2..1000000 (default 2000)")), None
    )
    add_derivatives_option(
        p,
        _(
            QT_TRANSLATE_NOOP(
                "CLI",
                "which of f (0), f' (1), f'' (2) to include, e.g. 0,1,2 (default 0,1, or the session's rows)",
            )
        ),
    )
    add_size_options(
        p,
        (1000, _(QT_TRANSLATE_NOOP("CLI", "figure width in pixels (default 1000)"))),
        (700, _(QT_TRANSLATE_NOOP("CLI", "figure height in pixels (default 700)"))),
    )
    add_theme_option(p)
    p.add_argument(
        "--style",
        choices=["screen", "publication"],
        default="publication",
        help=_(QT_TRANSLATE_NOOP("CLI", "figure style (default publication)")),
    )
    p.add_argument(
        "--scale",
        type=float,
        default=1.0,
        metavar="S",
        help=_(QT_TRANSLATE_NOOP("CLI", "PNG pixel scale, e.g. 2 for 2x (default 1)")),
    )
    p.add_argument(
        "--dpi",
        type=int,
        default=96,
        metavar="D",
        help=_cat(
            _(QT_TRANSLATE_NOOP("CLI", "PDF resolution: page size = pixels / dpi inches")),
            _(QT_TRANSLATE_NOOP("CLI", "(default 96)")),
        ),
    )
    p.add_argument(
        "--transparent",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("CLI", "PNG with a transparent background")),
    )
    p.add_argument(
        "--animate",
        metavar="PARAM",
        default=None,
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "write an animated .gif of PARAM running across its valid range and back (across LO..HI for a sweep spec)",
            )
        ),
    )
    p.add_argument(
        "--frames",
        type=int,
        default=None,
        metavar="FRAMES",
        help=_(
            QT_TRANSLATE_NOOP("CLI", "frames from one end of the range to the other (default 30)")
        ),
    )
    add_session_option(
        p,
        _(
            QT_TRANSLATE_NOOP(
                "CLI",
                "export what a saved session shows (its curves, range, samples and rows); -f, --x-min, --x-max, --points and --derivatives override it",
            )
        ),
    )


def _check_animation_args(args: argparse.Namespace, suffix: str) -> None:
    """A .gif needs --animate; --animate and --frames need a .gif."""
    if suffix != ".gif":
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI", "--animate and --frames write a .gif; {out!r} does not end in .gif"
                ),
                out=args.out,
            )
        )
    if args.animate is None:
        raise UsageError(
            _(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "a .gif is an animation: name the parameter to animate with --animate PARAM, e.g. --animate negative_slope",
                )
            )
        )
    if args.frames is not None and not 2 <= args.frames <= 1000:
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP("CLI", "--{name} must be between {lo} and {hi}, got {value}"),
                name="frames",
                lo=2,
                hi=1000,
                value=args.frames,
            )
        )


def run(args: argparse.Namespace) -> int:
    """Write the figure, animation or table that ``args`` ask for; UsageError
    (or ValueError) for bad input, checked before anything is written."""
    from pathlib import Path

    from ..core import export_data
    from ..core.io_atomic import atomic_write_bytes, check_writable_target
    from ..core.state_table import EXPORT_SUFFIXES, sample_table

    _take_output_from_specs(args, (*EXPORT_SUFFIXES, ".gif"))
    suffix = Path(args.out).suffix.lower()
    if suffix == ".gif" or args.animate is not None or args.frames is not None:
        _check_animation_args(args, suffix)
    elif suffix not in EXPORT_SUFFIXES:
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "cannot tell the format of {out!r}: its suffix must be .png, .svg, .pdf or .csv",
                ),
                out=args.out,
            )
        )
    base = None
    if args.session is not None:
        from ..core import session

        base = session.load(args.session)
    if not args.functions and base is None:
        raise UsageError(
            _(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "nothing to export: give at least one -f SPEC (e.g. -f relu) or --session",
                )
            )
        )
    if args.functions:
        curves = [c for spec in args.functions for c in export_data.parse_specs(spec)]
    else:
        assert base is not None
        curves = export_data.state_curves(base)  # its visible curves and comparisons
    x_min, x_max, points, orders = read_grid(args, base, base.points if base is not None else 2000)
    for name, lo, hi in (("width", 100, 20000), ("height", 100, 20000), ("dpi", 10, 2400)):
        v = getattr(args, name)
        if not lo <= v <= hi:
            raise UsageError(
                _f(
                    QT_TRANSLATE_NOOP("CLI", "--{name} must be between {lo} and {hi}, got {value}"),
                    name=name,
                    lo=lo,
                    hi=hi,
                    value=v,
                )
            )
    if not 0.1 <= args.scale <= 10:
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP("CLI", "--{name} must be between {lo} and {hi}, got {value}"),
                name="scale",
                lo=0.1,
                hi=10,
                value=args.scale,
            )
        )
    from ..ui.figure import check_png_size

    if suffix == ".gif":
        check_png_size(args.width, args.height, 1.0)
    if suffix == ".png":
        check_png_size(args.width, args.height, args.scale)
    check_writable_target(args.out)
    if suffix == ".csv":
        header, data = sample_table(curves, (x_min, x_max), points, orders)
        atomic_write_bytes(args.out, export_data.csv_text(header, data).encode("utf-8"))
        return 0
    from ..core.state import ExplorerState

    if base is not None and not args.functions:
        state = base  # its curves, colours, options; the grid as asked
        for hidden in [c for c in state.curves if not c.visible]:
            state.remove_curve(hidden.uid)
        state.set_x_range(x_min, x_max)
        state.set_points(points)
    else:
        state = ExplorerState(x_min=x_min, x_max=x_max, points=points)
        ranges: dict[int, tuple[float, float]] = {}
        plain: list[export_data.CurveSpec] = []
        for c in curves:
            if c.sweep is None or c.sweep.param != args.animate:
                plain.append(c)
            elif c.params[args.animate] == c.sweep.lo:
                # a sweep of the animated parameter: one curve, animated across LO..HI
                export_data.add_to_state(state, plain)
                plain = []
                ranges[state.add_spec(c).uid] = (c.sweep.lo, c.sweep.hi)
        export_data.add_to_state(state, plain)
    state.set_rows([o in orders for o in (0, 1, 2)])
    from ..ui.app import ensure_app
    from ..ui.figure import export_figure

    ensure_app(headless=True)
    if suffix == ".gif":
        from ..ui.animation import DEFAULT_FRAMES, export_gif

        export_gif(
            state,
            args.out,
            args.animate,
            args.frames if args.frames is not None else DEFAULT_FRAMES,
            args.width,
            args.height,
            theme=args.theme,
            style=args.style,
            ranges=ranges if base is None or args.functions else None,
        )
        return 0
    export_figure(
        state,
        args.out,
        args.width,
        args.height,
        theme=args.theme,
        style=args.style,
        scale=args.scale,
        transparent=args.transparent,
        dpi=args.dpi,
    )
    return 0
