"""The CLI's argparse classes: its parser (bad input is a :class:`UsageError`,
not an exit), its help layout (Chinese wrapped by its width on screen), a
--version that reads the version only when asked for, and subcommands whose
options are added only when that subcommand is used (:func:`when_used`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from ._i18n import _
from ._wide import _is_wide, _wrap_wide

if TYPE_CHECKING:
    from typing import TypeAlias

    #: what ``add_subparsers`` returns, for any parser class (the CLI's
    #: :class:`_Parser`, argparse's own in a test): a subcommand adds itself to it
    Subparsers: TypeAlias = argparse._SubParsersAction[Any]


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit status 2."""


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with Chinese text wrapped by its width on screen."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._wide_headings: set[str] = set()

    def start_section(self, heading: str | None) -> None:
        # argparse writes "<heading>:"; a Chinese heading takes the full-width colon
        if heading and _is_wide(heading[-1]):
            self._wide_headings.add(heading)
        super().start_section(heading)

    def format_help(self) -> str:
        text = super().format_help()
        if not self._wide_headings:
            return text
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if line.endswith(":") and line.strip()[:-1] in self._wide_headings:
                lines[i] = line[:-1] + "："
        return "\n".join(lines)

    def _format_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None,
    ) -> str:
        text = super()._format_usage(usage, actions, groups, prefix)
        shown = _("usage: ") if prefix is None else prefix
        # continuation lines line up under the program name: argparse counts the
        # prefix in characters ("用法：" is 3, on screen 6); our own usages assume 7
        delta = sum(2 if _is_wide(c) else 1 for c in shown) - (
            7 if usage is not None else len(shown)
        )
        if delta == 0:
            return text
        lines = text.split("\n")
        for i in range(1, len(lines)):
            if lines[i].startswith(" "):
                lines[i] = " " * delta + lines[i] if delta > 0 else lines[i][-delta:]
        return "\n".join(lines)

    def _split_lines(self, text: str, width: int) -> list[str]:
        if any(_is_wide(c) for c in text):
            return _wrap_wide(text, width)
        return super()._split_lines(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if any(_is_wide(c) for c in text):
            return "\n".join(indent + line for line in _wrap_wide(text, width - len(indent)))
        return super()._fill_text(text, width, indent)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("actgui").strip()
        raise UsageError(f"{command}: {message}" if command else message)


class _LazyParser(_Parser):
    """A subcommand's parser that adds its options (those given to :func:`when_used`)
    when it first parses or formats its help or usage, not when it is built.

    ``actgui`` builds every subcommand's parser for each run; the options of some
    need a core package for their limits and names (the depth and training labs,
    ~20 ms each to import) that no other command uses.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending: list[Callable[[argparse.ArgumentParser], None]] = []

    def _complete(self) -> None:
        while self._pending:
            self._pending.pop(0)(self)

    # the ways argparse reaches a subcommand's options: _SubParsersAction parses
    # the rest of the command line with parse_known_args (3.10-3.13), and -h/--help
    # and errors format the help and usage
    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        self._complete()
        return super().parse_known_args(*args, **kwargs)

    def format_help(self) -> str:
        self._complete()
        return super().format_help()

    def format_usage(self) -> str:
        self._complete()
        return super().format_usage()


def when_used(
    parser: argparse.ArgumentParser, add_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Have ``add_options(parser)`` add a subcommand's options: now, or, on a
    :class:`_LazyParser`, before it first parses or formats its help."""
    if isinstance(parser, _LazyParser):
        parser._pending.append(add_options)
    else:
        add_options(parser)


class _VersionAction(argparse.Action):
    """argparse's "version" action, reading the version only when it is asked for."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from .. import __version__

        parser._print_message(f"actgui {__version__}\n", sys.stdout)
        parser.exit()
