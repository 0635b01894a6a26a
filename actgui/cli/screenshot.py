"""``actgui screenshot``: the whole main window, as it opens, rendered to a PNG
(no screen needed)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ._i18n import QT_TRANSLATE_NOOP, _, _f
from ._options import (
    FUNCTIONS_EPILOG,
    _take_output_from_specs,
    add_function_option,
    add_lang_option,
    add_session_option,
    add_size_options,
    add_theme_option,
)
from ._parser import UsageError

if TYPE_CHECKING:
    from ..core.state import ExplorerState
    from ._parser import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    """Add the ``screenshot`` subcommand to ``actgui``'s subparsers."""
    p = subparsers.add_parser(
        "screenshot",
        help=_(
            QT_TRANSLATE_NOOP("CLI", "render the whole main window to a PNG (no screen needed)")
        ),
        usage="%(prog)s OUT.png [--lang {en,zh_CN}] [--width W] [--height H]\n"
        "                         [--theme {light,dark}] [--session FILE]\n"
        "                         [-f SPEC [SPEC ...]]",
        description=_(
            QT_TRANSLATE_NOOP("CLI", "Render the main window, as it opens, to a PNG file.")
        ),
        epilog=_(FUNCTIONS_EPILOG),
    )
    p.add_argument(
        "out",
        metavar="OUT.png",
        nargs="?",  # also after the specs: screenshot -f relu tanh OUT.png
        help=_(QT_TRANSLATE_NOOP("CLI", "PNG file to write")),
    )
    add_lang_option(p, _(QT_TRANSLATE_NOOP("CLI", "language of the window")), "en")
    add_size_options(
        p,
        (1400, _(QT_TRANSLATE_NOOP("CLI", "window width in pixels (default 1400)"))),
        (880, _(QT_TRANSLATE_NOOP("CLI", "window height in pixels (default 880)"))),
    )
    add_theme_option(p)
    add_session_option(p, _(QT_TRANSLATE_NOOP("CLI", "render the window on a saved session")))
    add_function_option(
        p,
        _(QT_TRANSLATE_NOOP("CLI", "show these curves instead of the first-launch five")),
    )


def _state_from_specs(specs: list[str] | None) -> ExplorerState:
    """The first-launch state without ``specs``, else a state showing them."""
    from ..core.export_data import add_to_state, parse_specs
    from ..core.state import ExplorerState

    if not specs:
        return ExplorerState.first_launch()
    state = ExplorerState()
    # catalog ids, sweeps and expr: expressions alike
    add_to_state(state, [c for spec in specs for c in parse_specs(spec)])
    return state


def run(args: argparse.Namespace) -> int:
    """Render the window to ``args.out``; UsageError for bad input, nothing written then."""
    from pathlib import Path

    from ..core.io_atomic import check_writable_target

    _take_output_from_specs(args, (".png",))
    if Path(args.out).suffix.lower() != ".png":
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI", "screenshot writes PNG files; {out!r} does not end in .png"
                ),
                out=args.out,
            )
        )
    for name in ("width", "height"):
        v = getattr(args, name)
        if not 200 <= v <= 10000:
            raise UsageError(
                _f(
                    QT_TRANSLATE_NOOP(
                        "CLI", "--{name} must be between {lo} and {hi} pixels, got {value}"
                    ),
                    name=name,
                    lo=200,
                    hi=10000,
                    value=v,
                )
            )
    check_writable_target(args.out)
    if args.session is not None:
        from ..core import session

        state = session.load(args.session)
    else:
        state = _state_from_specs(args.functions)
    from ..ui import app

    app.screenshot(args.out, args.width, args.height, state=state, lang=args.lang, theme=args.theme)
    return 0
