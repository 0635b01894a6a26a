"""User-facing messages of the core in the user's language, without Qt.

The core states what went wrong in English templates with ``{fields}``; a
front end (the window, the command line) installs a translator once, and every
message raised after that reads in the user's language::

    raise ValueError(message("x min ({x_min}) must be less than x max ({x_max})",
                             x_min=..., x_max=...))

Every template passed to :func:`message` is a literal so that a test can list
them all; ``actgui/ui/i18n.py`` registers them for Qt Linguist (context
``"Messages"``) and a test checks that none is missing there.  A template kept
in a table (a reason per operator, say) is written ``mark("...")`` there and
passed to :func:`message` where it is raised; the test lists those too.
"""

from __future__ import annotations

from collections.abc import Callable

#: context of the core's messages in the Qt Linguist files
CONTEXT = "Messages"

_translate: Callable[[str], str] | None = None


def set_translator(translate: Callable[[str], str] | None) -> None:
    """Use ``translate(template) -> template in the user's language``; None: English."""
    global _translate
    _translate = translate


def mark(template: str, /) -> str:
    """``template`` unchanged: a literal that is passed to :func:`message` later."""
    return template


def message(template: str, /, **fields: object) -> str:
    """``template`` in the user's language with ``fields`` filled in."""
    text = template
    if _translate is not None:
        text = _translate(template) or template
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
        return template.format(**fields)
