"""``actgui paths``: where actgui keeps its settings and the autosaved session."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ._i18n import QT_TRANSLATE_NOOP, _

if TYPE_CHECKING:
    from ._parser import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    """Add the ``paths`` subcommand to ``actgui``'s subparsers."""
    p = subparsers.add_parser(
        "paths",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI", "print where actgui keeps its settings and the autosaved session"
            )
        ),
        description=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Print where actgui keeps its settings (window layout, theme, language, "
                "recent sessions) and the session it saves on quitting, one per line: "
                "a name, a tab, the place.",
            )
        ),
    )
    p.set_defaults(command="paths")


def run(args: argparse.Namespace) -> int:
    """Print each place as NAME<TAB>PLACE, one per line."""
    from ..ui import app

    for name, place in app.storage_paths().items():
        print(f"{name}\t{place}")
    return 0
