"""Options that several subcommands take, each defined once.

argparse's ``parents=[...]`` would put a shared option first in every help
text, whatever its place today (``-f`` first, ``--theme`` last, ...), and the
help texts must keep their order; so each group is an ``add_*`` function that a
subcommand calls where the option belongs.  An option's help that differs
between commands (what ``-f`` names, where a default comes from) is an argument;
so are defaults that differ (``--width`` of a figure or of the window).

Also here: what every command that writes a file shares (OUT given after the
specs, the WxH figure size, progress on a terminal).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._i18n import LANGUAGES, QT_TRANSLATE_NOOP, _, _cat, _f
from ._parser import UsageError

if TYPE_CHECKING:
    from ..core.state import ExplorerState

#: the sizes --figure-size accepts for a lab's figure, in pixels
MIN_FIGURE, MAX_FIGURE = 200, 10000

#: how -f reads, for every command that takes it
FUNCTIONS_HELP = QT_TRANSLATE_NOOP("CLI", "(-f A B or -f A -f B)")
#: a custom expression as a SPEC
EXPR_SPEC_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    'SPEC may also be a custom expression of x: "expr:x*sigmoid(1.702*x)", with parameters: "expr:a*x*sigmoid(b*x); a=1; b=1.702".',
)
FUNCTIONS_EPILOG = QT_TRANSLATE_NOOP(
    "CLI",
    'Several functions: -f relu tanh gelu, or -f relu -f tanh -f gelu. Put a SPEC with parentheses, spaces or ; in quotes: -f relu "leaky_relu(negative_slope=0.2)" "expr:x*tanh(softplus(x))"',
)


def add_function_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``-f SPEC [SPEC ...]``, repeatable: ``-f A B`` and ``-f A -f B`` read alike."""
    parser.add_argument(
        "-f",
        "--function",
        dest="functions",
        action="extend",
        nargs="+",
        metavar="SPEC",
        help=_cat(what, _(FUNCTIONS_HELP)),
    )


def add_session_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--session FILE``: a saved session, for what ``what`` says."""
    parser.add_argument("--session", metavar="FILE", help=what)


def add_lang_option(parser: argparse.ArgumentParser, what: str, default: str | None) -> None:
    """``--lang {en,zh_CN}``: the language of what ``what`` says (None: the system's)."""
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help=what)


def add_x_range_options(parser: argparse.ArgumentParser) -> None:
    """``--x-min A`` and ``--x-max B`` (None when not given: -6..6 or the session's)."""
    parser.add_argument(
        "--x-min",
        type=float,
        default=None,
        metavar="A",
        help=_(QT_TRANSLATE_NOOP("CLI", "left end of x (default -6)")),
    )
    parser.add_argument(
        "--x-max",
        type=float,
        default=None,
        metavar="B",
        help=_(QT_TRANSLATE_NOOP("CLI", "right end of x (default 6)")),
    )


def add_points_option(parser: argparse.ArgumentParser, what: str, default: int | None) -> None:
    """``--points N``: samples per curve, or training points (None: the command decides)."""
    parser.add_argument("--points", type=int, default=default, metavar="N", help=what)


def add_derivatives_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--derivatives ORDERS`` (None when not given: f, f' or the session's rows)."""
    parser.add_argument("--derivatives", default=None, metavar="ORDERS", help=what)


def read_grid(
    args: argparse.Namespace, base: ExplorerState | None, default_points: int
) -> tuple[float, float, int, tuple[int, ...]]:
    """x_min, x_max, samples and derivative orders of ``export``/``code``: each
    option given (--x-min, --x-max, --points, --derivatives), else the session's
    (``base``: its view, its rows), else -6..6 and f, f'; ``default_points``
    when --points is not given.  ValueError for a bad grid or --derivatives,
    the grid checked first."""
    from ..core import export_data
    from ..core.state_table import DEFAULT_ROWS, orders_from_rows

    lo, hi = base.visible_range() if base is not None else (-6.0, 6.0)
    x_min = lo if args.x_min is None else args.x_min
    x_max = hi if args.x_max is None else args.x_max
    points = default_points if args.points is None else args.points
    export_data.check_grid(x_min, x_max, points)
    if args.derivatives is None:
        orders = orders_from_rows(base.rows if base is not None else DEFAULT_ROWS)
    else:
        orders = export_data.parse_orders(args.derivatives)
    return x_min, x_max, points, orders


def add_size_options(
    parser: argparse.ArgumentParser,
    width: tuple[int, str],
    height: tuple[int, str],
) -> None:
    """``--width W`` and ``--height H`` in pixels, each (default, help)."""
    parser.add_argument("--width", type=int, default=width[0], metavar="W", help=width[1])
    parser.add_argument("--height", type=int, default=height[0], metavar="H", help=height[1])


def add_theme_option(parser: argparse.ArgumentParser) -> None:
    """``--theme {light,dark}``, light unless given."""
    parser.add_argument(
        "--theme",
        choices=["light", "dark"],
        default="light",
        help=_(QT_TRANSLATE_NOOP("CLI", "colour theme (default light)")),
    )


def add_network_options(
    parser: argparse.ArgumentParser,
    layers: str,
    width: str,
    init: str,
    defaults: tuple[int, int, str] | None,
) -> None:
    """A lab's network: ``--layers L``, ``--width W``, ``--init NAME`` (their
    helps given, their ``defaults`` or None when a preset decides) and ``--sigma SD``
    of ``--init normal`` (None when not given)."""
    given = defaults or (None, None, None)
    parser.add_argument("--layers", type=int, default=given[0], metavar="L", help=layers)
    parser.add_argument("--width", type=int, default=given[1], metavar="W", help=width)
    parser.add_argument("--init", default=given[2], metavar="NAME", help=init)
    parser.add_argument(
        "--sigma",
        type=float,
        metavar="SD",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI", "standard deviation of the weights (needed by, and only for, --init normal)"
            )
        ),
    )


def add_lab_output_options(parser: argparse.ArgumentParser, formats: str) -> None:
    """A lab's ``--out FILE`` (required; ``formats`` says which suffixes) and
    ``--figure-size WxH`` (read with :func:`figure_size`)."""
    parser.add_argument("--out", required=True, metavar="FILE", help=formats)
    parser.add_argument(
        "--figure-size",
        default="1400x900",
        metavar="WxH",
        help=_(QT_TRANSLATE_NOOP("CLI", "figure size in pixels (default 1400x900)")),
    )


def add_figure_lang_option(parser: argparse.ArgumentParser) -> None:
    """A lab's ``--lang``: its figure's labels and its messages, English unless given."""
    add_lang_option(
        parser,
        _(QT_TRANSLATE_NOOP("CLI", "language of the figure's labels and of these messages")),
        "en",
    )


def _take_output_from_specs(args: argparse.Namespace, suffixes: tuple[str, ...]) -> None:
    """OUT given after the specs (``-f relu tanh out.png``) was read as a spec: move it."""
    from pathlib import Path

    specs = list(args.functions or [])
    files = [
        s
        for s in specs
        if not s.strip().startswith("expr:")
        and "(" not in s
        and Path(s.strip()).suffix.lower() in suffixes
    ]
    if args.out is None:
        if not files:
            raise UsageError(
                f"{args.command}: "
                + _("the following arguments are required: %s")
                % ("OUT" if suffixes[1:] else "OUT.png")
            )
        if len(files) > 1:
            raise UsageError(
                _f(
                    QT_TRANSLATE_NOOP("CLI", "{command}: one file to write, got {count}: {files}"),
                    command=args.command,
                    count=len(files),
                    files=", ".join(files),
                )
            )
        args.out = files[0]
        specs.remove(files[0])
        args.functions = specs or None
    elif files:
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "{command}: {spec!r} is a file name, not a function; give one file to write ({out!r} is already that)",
                ),
                command=args.command,
                spec=files[0],
                out=args.out,
            )
        )


def figure_size(text: str) -> tuple[int, int]:
    """``--figure-size WxH`` (``1400x900``, ``1400×900``) as (W, H); ValueError
    unless both are whole numbers of pixels within MIN_FIGURE..MAX_FIGURE."""
    parts = text.lower().replace("×", "x").split("x")
    try:
        w, h = (int(v) for v in parts)
    except ValueError:
        raise ValueError(
            _f(
                QT_TRANSLATE_NOOP("CLI", "--figure-size must look like 1400x900, got {text!r}"),
                text=text,
            )
        ) from None
    for v in (w, h):
        if not MIN_FIGURE <= v <= MAX_FIGURE:
            raise ValueError(
                _f(
                    QT_TRANSLATE_NOOP(
                        "CLI",
                        "--figure-size {text}: width and height must each be between {lo} and {hi} pixels",
                    ),
                    text=text,
                    lo=MIN_FIGURE,
                    hi=MAX_FIGURE,
                )
            )
    return w, h


def progress_printer(command: str) -> Callable[[int, int], None] | None:
    """Percentages of ``actgui COMMAND`` on stderr when it is a terminal; None otherwise."""
    if not sys.stderr.isatty():
        return None
    last = [-1]

    def show(done: int, total: int) -> None:
        pct = 100 * done // max(total, 1)
        if pct != last[0]:
            last[0] = pct
            end = "\n" if done >= total else ""
            print(f"\ractgui {command}: {pct:3d}%", end=end, file=sys.stderr, flush=True)

    return show
