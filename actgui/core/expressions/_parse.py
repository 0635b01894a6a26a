"""Checks on the raw text (length, characters, brackets) and Python's parser, within the limits.

:func:`_parse` returns an :mod:`ast` expression whose column offsets are those
of the user's text; nothing is evaluated or compiled to bytecode.
"""

from __future__ import annotations

import ast
import re
import unicodedata

from ..messages import mark, message
from ._base import (
    MAX_BRACKET_DEPTH,
    MAX_LENGTH,
    MAX_NODES,
    MAX_TREE_DEPTH,
    ExpressionError,
    _err,
)

_EXAMPLE = "x * sigmoid(x)"
_OPEN, _CLOSE = "([{", ")]}"
_FORBIDDEN_CHARS = {
    "'": mark("strings are not allowed"),
    '"': mark("strings are not allowed"),
    "#": mark("comments (`#`) are not allowed"),
    "\\": mark("a backslash is not allowed"),
    ";": mark("`;` separates parameter declarations and cannot appear inside the expression"),
}


def _check_text(text: str, declaration: bool = False) -> None:
    """Length, characters and bracket nesting, on the raw text (before any parsing).

    ``declaration``: the text is a parameter declaration, not an expression.
    """
    if not isinstance(text, str):
        kind = type(text).__name__
        if declaration:
            raise ExpressionError(
                message("the parameter declaration must be text, got {type}", type=kind)
            )
        raise ExpressionError(message("the expression must be text, got {type}", type=kind))
    if len(text) > MAX_LENGTH:
        size, limit = f"{len(text):,}", f"{MAX_LENGTH:,}"
        if declaration:
            reason = message(
                "the parameter declaration is too long ({size} characters; at most {limit})",
                size=size,
                limit=limit,
            )
        else:
            reason = message(
                "the expression is too long ({size} characters; at most {limit})",
                size=size,
                limit=limit,
            )
        raise _err(reason, MAX_LENGTH)
    depth = 0
    stack: list[int] = []
    for i, ch in enumerate(text):
        o = ord(ch)
        if o > 126 or (o < 32 and ch not in "\t\n\r") or o == 127:
            uname = unicodedata.name(ch, "")
            label = f"U+{o:04X}" + (f" ({uname})" if uname else "")
            if o == 0:
                label = message("NUL byte (U+0000)")
            if o < 32 or o == 127:
                reason = message("control character {char} is not allowed", char=label)
            else:
                reason = message("character {char} is not allowed", char=label)
            raise _err(reason, i, i + 1, message("use plain ASCII"))
        if ch in _FORBIDDEN_CHARS:
            raise _err(message(_FORBIDDEN_CHARS[ch]), i, i + 1)
        if ch in _OPEN:
            depth += 1
            stack.append(i)
            if depth > MAX_BRACKET_DEPTH:
                raise _err(
                    message(
                        "brackets are nested too deeply (more than {limit} levels)",
                        limit=MAX_BRACKET_DEPTH,
                    ),
                    i,
                    i + 1,
                )
        elif ch in _CLOSE:
            if depth == 0:
                raise _err(message("unmatched `{bracket}`", bracket=ch), i, i + 1)
            depth -= 1
            stack.pop()
    if stack:
        raise _err(
            message("unclosed `{bracket}`", bracket=text[stack[-1]]), stack[-1], stack[-1] + 1
        )


#: Python's own syntax messages that a typo in an expression can give
_SYNTAX = {
    "invalid syntax": mark("invalid syntax"),
    "invalid decimal literal": mark("invalid decimal literal"),
    "invalid hexadecimal literal": mark("invalid hexadecimal literal"),
    "invalid octal literal": mark("invalid octal literal"),
    "invalid binary literal": mark("invalid binary literal"),
    "positional argument follows keyword argument": mark(
        "positional argument follows keyword argument"
    ),
    "cannot use starred expression here": mark("cannot use starred expression here"),
    "cannot use double starred expression here": mark("cannot use double starred expression here"),
    "leading zeros in decimal integer literals are not permitted; "
    "use an 0o prefix for octal integers": mark(
        "leading zeros in decimal integer literals are not permitted; "
        "use an 0o prefix for octal integers"
    ),
}
_INVALID_DIGIT = re.compile(r"invalid digit '(.)' in (binary|octal) literal")


def _syntax_reason(msg: str) -> str:
    """Python's syntax message in the user's language where it is a known one."""
    if msg in _SYNTAX:
        return message(_SYNTAX[msg])
    m = _INVALID_DIGIT.fullmatch(msg)
    if m and m.group(2) == "binary":
        return message("invalid digit '{digit}' in binary literal", digit=m.group(1))
    if m:
        return message("invalid digit '{digit}' in octal literal", digit=m.group(1))
    return msg  # another of Python's messages: shown as Python words it


def _parse(text: str) -> ast.expr:
    """ast.parse of the checked text, wrapped in brackets; offsets stay those of ``text``."""
    if not text.strip():
        raise ExpressionError(
            message("the expression is empty: type something like {example}", example=_EXAMPLE)
        )
    flat = text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    try:
        tree = ast.parse("(" + flat + "\n)", mode="eval")
    except SyntaxError as exc:
        pos: int | None = None
        if exc.offset is not None and (exc.lineno or 1) == 1:
            pos = min(max(exc.offset - 2, 0), len(text))
        msg = _syntax_reason((exc.msg or "invalid syntax").split(".")[0])
        if (exc.lineno or 1) != 1 or (pos is not None and pos >= len(text.rstrip())):
            msg = message("the expression ends too early")
            pos = len(text.rstrip())
        if "Exceeds the limit" in (exc.msg or ""):
            msg = message("a number has too many digits")
        raise _err(message("cannot read the expression ({reason})", reason=msg), pos) from None
    except (RecursionError, MemoryError):
        raise ExpressionError(
            message(
                "the expression is too complex (nested more than {limit} levels deep)",
                limit=MAX_TREE_DEPTH,
            )
        ) from None
    except ValueError as exc:  # e.g. "source code string cannot contain null bytes"
        raise ExpressionError(
            message("cannot read the expression ({reason})", reason=exc)
        ) from None
    _shift(tree.body)
    _check_shape(tree.body)
    return tree.body


def _shift(root: ast.AST) -> None:
    """Undo the leading '(' of the wrapper in every node's column (iteratively)."""
    stack = [root]
    while stack:
        n = stack.pop()
        if hasattr(n, "col_offset"):
            n.col_offset -= 1
            # hasattr narrows the node for mypy (ast.AST declares no positions)
            if hasattr(n, "end_col_offset") and hasattr(n, "end_lineno"):
                if n.end_col_offset is not None and n.end_lineno == 1:
                    n.end_col_offset -= 1
        stack.extend(ast.iter_child_nodes(n))


def _check_shape(root: ast.AST) -> None:
    """Depth and size of the parsed tree, without recursion."""
    count = 0
    stack: list[tuple[ast.AST, int]] = [(root, 1)]
    while stack:
        n, d = stack.pop()
        count += isinstance(n, ast.expr)
        if count > MAX_NODES:
            raise _err(
                message(
                    "the expression is too large (more than {limit} operations)",
                    limit=f"{MAX_NODES:,}",
                ),
                getattr(n, "col_offset", 0),
            )
        if d > MAX_TREE_DEPTH:
            raise _err(
                message(
                    "the expression is nested too deeply (more than {limit} levels)",
                    limit=MAX_TREE_DEPTH,
                ),
                getattr(n, "col_offset", 0),
            )
        for c in ast.iter_child_nodes(n):
            stack.append((c, d + 1 if isinstance(c, ast.expr) else d))
