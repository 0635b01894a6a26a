"""The CLI's languages: help, argparse's own words, the CLI's and the core's
messages in English or Chinese, from the window's Qt Linguist ``.qm``.

Every user-visible string of the command line is written
``QT_TRANSLATE_NOOP("CLI", "...")`` (a literal, so that pyside6-lupdate finds
it) and looked up when shown with :func:`_`, :func:`_f` or :func:`_tr`, after
:func:`_load_translation` has chosen the language (:func:`_cli_language`).
Without a translation every function returns the English text.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator


#: the languages of the command line and of --lang (the window's, the table's,
#: a figure's labels): English and Simplified Chinese
LANGUAGES = ["en", "zh_CN"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate finds strings in it
    return text


def _cli_language(argv: Sequence[str]) -> str:
    """--lang if given, else the environment's locale (Chinese -> zh_CN).

    An unknown --lang (``--lang fr``) falls back to the locale, so the error that
    refuses it is in the user's language."""
    args = list(argv)
    given = [args[i + 1] for i in range(len(args) - 1) if args[i] == "--lang"]
    given += [a.removeprefix("--lang=") for a in args if a.startswith("--lang=")]
    if given and given[0] in LANGUAGES:
        return given[0]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh_CN" if value.startswith("zh") else "en"
    return "en"


_translator: QTranslator | None = None


def _argparse_gettext(text: str) -> str:
    return _(text) if text in _ARGPARSE_WORDS else text


def _(text: str) -> str:
    """The CLI's help in the chosen language (from the window's Qt Linguist .qm)."""
    return _tr("CLI", text)


def _tr(context: str, text: str) -> str:
    """``text`` of the window's translation ``context`` ("Family", "Properties", "CLI")
    in the CLI's chosen language; the English text when there is none."""
    if _translator is None:
        return text
    return _translator.translate(context, text) or text


def _f(template: str, /, **fields: object) -> str:
    """One of the CLI's messages in the chosen language, ``{fields}`` filled in."""
    try:
        return _(template).format(**fields)
    except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
        return template.format(**fields)


def _cat(first: str, second: str) -> str:
    """Two sentences or phrases, with a space between them in English, none in Chinese."""
    wide = "\u3000"
    if (first and first[-1] >= wide) or (second and second[0] >= wide):
        return first + second
    return f"{first} {second}"


#: argparse's own words (it looks them up through argparse._ at run time)
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("CLI", "usage: "),
    QT_TRANSLATE_NOOP("CLI", "positional arguments"),
    QT_TRANSLATE_NOOP("CLI", "options"),
    QT_TRANSLATE_NOOP("CLI", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CLI", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("CLI", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("CLI", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("CLI", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("CLI", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("CLI", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("CLI", "expected one argument"),
    QT_TRANSLATE_NOOP("CLI", "expected at least one argument"),
    QT_TRANSLATE_NOOP("CLI", "expected at most one argument"),
    QT_TRANSLATE_NOOP("CLI", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("CLI", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("CLI", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("CLI", "one of the arguments %s is required"),
)


def _load_translation(lang: str) -> None:
    """Help, argparse's words, the CLI's and the core's messages in ``lang``."""
    global _translator
    from ..core import messages

    argparse._ = _argparse_gettext  # type: ignore[attr-defined]  # argparse's private hook
    _translator = None
    messages.set_translator(None)
    if lang == "en":
        return
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    tr = QTranslator()
    translations = Path(__file__).resolve().parent.parent / "translations"
    if tr.load(str(translations / f"actgui_{lang}.qm")):
        _translator = tr
        messages.set_translator(lambda text: tr.translate(messages.CONTEXT, text) or text)
