"""Light, dark, or follow the system: the Qt palette and the plots together."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

CHOICES = ("system", "light", "dark")


def saved_choice() -> str:
    choice = QSettings().value("ui/theme", "system", str)
    return choice if choice in CHOICES else "system"


def resolve(choice: str) -> str:
    """'light' or 'dark' for a choice ('system' asks the platform)."""
    if choice in ("light", "dark"):
        return choice
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(37, 38, 41), QColor(30, 31, 34), QColor(220, 220, 220)
    disabled = QColor(120, 120, 120)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, window)
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor(50, 51, 55))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor(255, 90, 90))
    p.setColor(QPalette.ColorRole.Link, QColor(110, 170, 255))
    p.setColor(QPalette.ColorRole.Highlight, QColor(78, 121, 167))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.PlaceholderText, disabled)
    # frames of check boxes, spin boxes and tables: visible on the dark base
    p.setColor(QPalette.ColorRole.Light, QColor(110, 112, 118))
    p.setColor(QPalette.ColorRole.Midlight, QColor(80, 82, 88))
    p.setColor(QPalette.ColorRole.Mid, QColor(95, 97, 104))
    p.setColor(QPalette.ColorRole.Dark, QColor(20, 20, 22))
    p.setColor(QPalette.ColorRole.Shadow, QColor(0, 0, 0))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


_current = "light"


def current() -> str:
    """The theme applied last: 'light' or 'dark' (widgets that draw their own
    colours read it when Qt tells them the palette changed)."""
    return _current


def apply(app: QApplication, name: str) -> None:
    """Style the whole application ('light' or 'dark'); Fusion draws both the same way.

    Qt then sends every widget a ``PaletteChange`` event: widgets with colours of
    their own (plots, previews) re-colour themselves in ``changeEvent``.
    """
    global _current
    _current = name
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if name == "dark" else app.style().standardPalette())
    # Fusion draws item-view check boxes from the window colour, which vanishes
    # on a dark base: give them a visible frame (checked: filled with the accent)
    app.setStyleSheet(_DARK_INDICATORS if name == "dark" else "")


_DARK_INDICATORS = """
QTreeView::indicator, QListView::indicator, QTableView::indicator {
    width: 11px; height: 11px; border: 1px solid #9a9da4; border-radius: 2px;
    background: #1e1f22;
}
QTreeView::indicator:checked, QListView::indicator:checked, QTableView::indicator:checked {
    background: #6f9fd8; border-color: #b9d3f0;
}
"""
