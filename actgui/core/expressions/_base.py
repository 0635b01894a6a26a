"""Limits, the kink conventions and the error type every part of the expression language shares.

The limits bound time and memory for any input (see the package's docstring);
:class:`ExpressionError` carries the column of the refused spot, and :func:`_err`
builds one from a reason already in the user's language.
"""

from __future__ import annotations

from .. import _numeric as nm
from ..messages import message

MAX_LENGTH = 10_000
MAX_BRACKET_DEPTH = 100
MAX_TREE_DEPTH = 200
MAX_NODES = 5_000
MAX_EXPONENT = 1_000.0
MAX_PARAMS = 16
MAX_NAME_LENGTH = 80
#: At most this many kinks and jumps are located (abs(sin(x)) has infinitely many).
MAX_BREAKS = 100
#: At most this many switching quantities (abs, max/min, where, catalog kinks) are searched.
MAX_SWITCHES = 100

CONVENTION = (
    "abs'(0) = 0; max/min take the first argument on ties; where follows the selected "
    "branch; catalog functions keep their own conventions"
)

_MAX = nm.MAX
_NAN = float("nan")


class ExpressionError(ValueError):
    """A refused expression: ``str(err)`` says what and where.

    ``position`` is the 0-based column in the text that was compiled (None when
    the problem has no place, such as a bad parameter range given as data) and
    ``end`` the column just past the offending token when known.  Messages
    count columns from 1, as editors do.
    """

    def __init__(self, message: str, position: int | None = None, end: int | None = None):
        super().__init__(message)
        self.message = message
        self.position = position
        self.end = end


def _err(reason: str, pos: int | None, end: int | None = None, hint: str = "") -> ExpressionError:
    """The error ``reason`` (already in the user's language) at a column, with a hint."""
    if pos is None:
        text = message("{reason}: {hint}", reason=reason, hint=hint) if hint else reason
    elif hint:
        text = message(
            "{reason} at column {column}: {hint}", reason=reason, column=pos + 1, hint=hint
        )
    else:
        text = message("{reason} at column {column}", reason=reason, column=pos + 1)
    return ExpressionError(text, pos, end)


def _example(code: str) -> str:
    """A hint that shows code: ``e.g. where(x > 0, x, 0)``."""
    return message("e.g. {example}", example=code)


def _short(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 3] + "..."
