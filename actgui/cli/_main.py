"""``actgui``'s parser and :func:`run`: the language, argv's quirks, dispatch
to one module per subcommand, and errors as one line with exit status 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from . import code, depth, export, listing, paths, screenshot, train, window
from ._i18n import QT_TRANSLATE_NOOP, _, _cli_language, _f, _load_translation
from ._parser import UsageError, _LazyParser, _Parser

if TYPE_CHECKING:
    from ._parser import Subparsers


class Subcommand(Protocol):
    """A subcommand's module: it adds its parser and runs what was parsed."""

    def add_parser(self, subparsers: Subparsers) -> None:
        """Add the subcommand (its options, help and usage) to ``subparsers``."""

    def run(self, args: argparse.Namespace) -> int:
        """Do what ``args`` ask; the exit status, or UsageError/ValueError for bad input."""


#: the subcommands in the order ``actgui --help`` lists them
COMMANDS: dict[str, Subcommand] = {
    "list": listing,
    "export": export,
    "depth": depth,
    "train": train,
    "code": code,
    "paths": paths,
    "screenshot": screenshot,
}


def build_parser(lazy: bool = False) -> argparse.ArgumentParser:
    """``actgui``'s parser in the language loaded last (:func:`_load_translation`).

    ``lazy``: subcommands add their options (and import what those need) only when
    used (:class:`._parser._LazyParser`), as :func:`run` wants it; else every
    subcommand's options are there at once, to be looked at."""
    parser = _Parser(
        prog="actgui",
        description=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Explore neural-network activation functions: f, f', f'', parameters, properties. With no command, opens the window.",
            )
        ),
    )
    window.add_arguments(parser)
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_LazyParser if lazy else _Parser
    )
    for command in COMMANDS.values():
        command.add_parser(sub)
    return parser


_VALUE_OPTIONS = ("--x-min", "--x-max", "--sigma", "--bias")


def _join_negative_values(argv: Sequence[str]) -> list[str]:
    """argparse reads '-1e-3' as an option; '--x-min -1e-3' becomes '--x-min=-1e-3'."""
    out: list[str] = []
    args = list(argv)
    i = 0
    while i < len(args):
        a = args[i]
        if a in _VALUE_OPTIONS and i + 1 < len(args) and args[i + 1].startswith("-"):
            try:
                float(args[i + 1])
            except ValueError:
                pass
            else:
                out.append(f"{a}={args[i + 1]}")
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _drop_process_serial_number(argv: Sequence[str], system: str = sys.platform) -> list[str]:
    """macOS may start an .app opened from the Finder with ``-psn_0_12345``; not ours."""
    if system != "darwin":
        return list(argv)
    return [a for a in argv if not a.startswith("-psn_")]


def run(argv: Sequence[str]) -> int:
    """Run ``actgui ARGV`` and return its exit status: 0 success, 2 bad input
    (one line on stderr), 130 interrupted; anything unexpected propagates."""
    argv = _join_negative_values(_drop_process_serial_number(argv))
    try:
        _load_translation(_cli_language(argv))
        args = build_parser(lazy=True).parse_args(list(argv))
        command = COMMANDS.get(args.command) if args.command is not None else window
        if command is None:
            raise UsageError(f"unknown command {args.command!r}")  # pragma: no cover
        if command not in (window, screenshot):  # those end start-up when drawn
            from .._startup import resume_gc

            resume_gc()
        return command.run(args)
    except (UsageError, ValueError) as exc:
        _print_error(_one_line(exc))
        return 2
    except BrokenPipeError:  # `actgui list | head`
        return 0
    except OSError as exc:  # a file cannot be read or written: bad input too
        from ..core.io_atomic import WriteError

        if isinstance(exc, WriteError) or not exc.filename:
            _print_error(_one_line(exc))
        else:
            _print_error(f"{exc.filename}: {exc.strerror or exc}")
        return 2
    except KeyboardInterrupt:
        return 130


def _print_error(text: str) -> None:
    print(_f(QT_TRANSLATE_NOOP("CLI", "actgui: error: {message}"), message=text), file=sys.stderr)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().replace("\n", " ")
    return text.removeprefix("actgui: ")
