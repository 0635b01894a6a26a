"""Command line: ``actgui`` (window), ``actgui list``, and the commands that follow.

Exit status: 0 on success, 2 on bad input (one line on stderr saying what and
why), 1 on anything unexpected.

One module per subcommand (:mod:`.window`, :mod:`.listing`, :mod:`.export`,
:mod:`.depth`, :mod:`.train`, :mod:`.code`, :mod:`.paths`,
:mod:`.screenshot`), each with ``add_parser(subparsers)`` and ``run(args)``;
:mod:`._main` builds the parser and dispatches; options that several commands
take are defined once in :mod:`._options`; :mod:`._i18n` translates (lupdate
reads ``QT_TRANSLATE_NOOP("CLI", ...)`` in every module here), :mod:`._parser`
and :mod:`._wide` lay the help out in English and Chinese.

This package imports only the standard library at start-up (``actgui`` opens
the window through it); each command imports the core and Qt when it runs.
"""

from __future__ import annotations

from typing import Any

from ._i18n import QT_TRANSLATE_NOOP, _, _cat, _f, _load_translation, _tr
from ._main import _drop_process_serial_number, build_parser, run
from ._options import (
    EXPR_SPEC_HELP,
    FUNCTIONS_EPILOG,
    FUNCTIONS_HELP,
    _take_output_from_specs,
    add_function_option,
)
from ._parser import UsageError

__all__ = [
    "EXPR_SPEC_HELP",
    "FUNCTIONS_EPILOG",
    "FUNCTIONS_HELP",
    "QT_TRANSLATE_NOOP",
    "UsageError",
    "_",
    "_cat",
    "_drop_process_serial_number",
    "_f",
    "_load_translation",
    "_take_output_from_specs",
    "_tr",
    "add_function_option",
    "build_parser",
    "catalog_json",
    "keras_kind",
    "main",
    "run",
]


def main(argv: list[str] | None = None) -> int:
    """``actgui`` with ``argv`` (default: the process's arguments); its exit status."""
    from ..__main__ import main as entry

    return entry(argv)


def catalog_json() -> list[dict[str, Any]]:
    """:func:`actgui.core.catalog_json.catalog_json`: what ``actgui list --json`` prints."""
    from ..core.catalog_json import catalog_json as data

    return data()


def keras_kind(code: str | None) -> str | None:
    """:func:`actgui.core.catalog_json.keras_kind`: what a ``keras`` string of the list is."""
    from ..core.catalog_json import keras_kind as kind

    return kind(code)
