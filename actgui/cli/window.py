"""``actgui`` without a command: the window, and the options of ``actgui`` itself."""

from __future__ import annotations

import argparse

from ._i18n import QT_TRANSLATE_NOOP, _
from ._options import add_lang_option, add_session_option
from ._parser import _VersionAction


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``actgui``'s own options: --version, and --session and --lang of the window."""
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help=_(QT_TRANSLATE_NOOP("CLI", "show program's version number and exit")),
    )
    add_session_option(parser, _(QT_TRANSLATE_NOOP("CLI", "open the window on a saved session")))
    add_lang_option(parser, _(QT_TRANSLATE_NOOP("CLI", "language of the window")), None)


def run(args: argparse.Namespace) -> int:
    """Open the window (on ``args.session``, in ``args.lang``); a bad session is
    refused first, as one line (exit 2)."""
    if args.session is not None:
        from ..core import session

        session.load(args.session)  # refuse a bad file here: one line, exit 2
    from ..ui import app

    return app.main(args.session, lang=args.lang)
