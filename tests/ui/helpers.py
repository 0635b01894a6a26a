"""Small helpers shared by the UI tests."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication


def settle() -> None:
    """Let posted events (layout, language, palette changes) be delivered."""
    for _ in range(3):
        QApplication.processEvents()


class MarkingTranslator(QTranslator):
    """Translates every string of every context to «text»: shows what was not set again."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return f"«{source}»"

    def isEmpty(self) -> bool:
        return False
