"""Text in terminal columns: a Chinese character takes two, and Chinese text
breaks between any two characters (but never before closing punctuation)."""

from __future__ import annotations

import unicodedata


def _is_wide(ch: str) -> bool:
    return ch >= "\u2e80" and not ("\ud800" <= ch <= "\uf8ff")


#: Chinese punctuation that never starts a line
_NO_LINE_START = frozenset("，。、；：？！）」』》〉】”’…")


def _wrap_wide(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns; a Chinese character is two columns and
    a line may break between any two of them (textwrap breaks only at spaces),
    but never before closing punctuation (the character before it moves down too)."""
    tokens: list[str] = []
    word = ""
    for ch in " ".join(text.split()):
        if ch == " " or _is_wide(ch):
            if word:
                tokens.append(word)
                word = ""
            tokens.append(ch)
        else:
            word += ch
    if word:
        tokens.append(word)

    def columns(parts: list[str]) -> int:
        return sum(2 if _is_wide(c) else 1 for part in parts for c in part)

    lines: list[list[str]] = []
    line: list[str] = []
    for tok in tokens:
        if tok == " ":
            if line:
                line.append(tok)
            continue
        if line and columns(line) + columns([tok]) > width:
            carry: list[str] = []
            while (carry or [tok])[0] in _NO_LINE_START and len(line) > 1 and line[-1] != " ":
                carry.insert(0, line.pop())  # closing marks keep what they close
            lines.append(line)
            line = carry
        line.append(tok)
    if line:
        lines.append(line)
    return ["".join(parts).strip() for parts in lines if "".join(parts).strip()]


def _display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters (CJK) take
    two, combining marks none, the rest one."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` terminal columns."""
    return text + " " * max(0, width - _display_width(text))
