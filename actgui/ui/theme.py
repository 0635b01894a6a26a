"""Light, dark, or follow the system: the Qt palette and the plots together."""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

CHOICES = ("system", "light", "dark")


class CanvasTheme(TypedDict):
    """One of the plots' colour sets (plot_canvas.THEMES)."""

    background: str  #: a colour name or #rrggbb
    foreground: str
    grid: float  #: the grid lines' opacity, 0..1
    legend: tuple[int, int, int, int]  #: the legend box's RGBA


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


#: error texts: readable on each theme's window and base colours
ERROR_COLOURS = {"light": "#B03A2E", "dark": "#FF7B72"}


def error_colour() -> str:
    """The colour of error messages in the current theme."""
    return ERROR_COLOURS[_current]


def apply(app: QApplication, name: str) -> None:
    """Style the whole application ('light' or 'dark'); Fusion draws both the same way.

    Qt then sends every widget a ``PaletteChange`` event: widgets with colours of
    their own (plots, previews) re-colour themselves in ``changeEvent``.
    """
    global _current
    _current = name
    # a new style re-polishes every widget, those on their way to deletion too: set it
    # once (a switch of theme changes only the palette and the indicators' sheet)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(_dark_palette() if name == "dark" else app.style().standardPalette())
    # item-view check boxes drawn by us in both themes: Fusion's light box has no
    # border under some platform palettes, and its dark checked box is a filled
    # square the colour of the selection; ours has a frame and a real check mark
    sheet = indicator_style(name)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


ICONS = Path(__file__).resolve().parent / "icons"

#: item-view check boxes: (frame, fill, frame when hovered, check-mark file)
_INDICATOR_LOOK = {
    "light": ("#5f636b", "#ffffff", "#2a6fc9", "check_light.svg"),
    "dark": ("#a4a8b0", "#2b2d31", "#8fbaf0", "check_dark.svg"),
}


def indicator_style(name: str) -> str:
    """The style sheet of item-view check boxes for theme ``name``.

    The box keeps the base colour (checked or not) so that a checked box never
    looks like the selection highlight; a check mark image says it is checked.
    """
    frame, fill, hover, mark = _INDICATOR_LOOK["dark" if name == "dark" else "light"]
    image = (ICONS / mark).as_posix()
    views = ("QTreeView", "QListView", "QTableView")

    def rule(state: str) -> str:
        return ", ".join(f"{v}::indicator{state}" for v in views)

    return (
        f"{rule('')} {{ width: 12px; height: 12px; border: 1px solid {frame};"
        f" border-radius: 2px; background: {fill}; }}\n"
        f"{rule(':hover')} {{ border-color: {hover}; }}\n"
        f'{rule(":checked")} {{ image: url("{image}"); }}\n'
        f"{rule(':disabled')} {{ border-color: #8e8e8e; }}\n"
    )
