"""Presentation mode for lecturers (F11, View > Presentation mode).

Full screen with only the plots: the docks, toolbar, menu bar, status bar and
tab bar hidden; tick labels, axis labels and the legend about 1.8 times larger
and the curves twice as thick, for the back row of a lecture hall; the readout
of every curve at the crosshair as a large overlay on the plot, in the corner
where it hides the fewest points of the curves (R hides it, and shows it again).

Saved views: Page Down and Page Up open the next and the previous session
(``.actgui.json``) of the folder the open session is in, by file name (number
the files of a talk ``01-sigmoid.actgui.json``, ``02-relu.actgui.json``, ...);
with no session open, they step through File > Recent sessions.  A banner names
the view and its place ("2 / 7").

Esc or F11 leaves and restores the window exactly as it was: geometry, window
state (normal, maximised), docks and toolbar (``saveState``), menu, status and
tab bars, the tab shown, and the canvas' fonts and lines.
"""

from __future__ import annotations

import html
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ..core.state import Change

if TYPE_CHECKING:  # the window imports this module
    from .main_window import MainWindow

#: tick labels, axis labels and legend text, times their size on screen
FONT_SCALE = 1.8
#: curve widths, times their width on screen
LINE_SCALE = 2.0
#: readout rows shown in the overlay at most (then "…")
OVERLAY_ROWS = 8
#: after the last change of curves or zoom, the overlay looks for its corner again
REPLACE_MS = 100


def short(v: float) -> str:
    """A value to read from the back row: six significant digits, a true minus sign."""
    if math.isnan(v):
        return "—"
    if v == 0:
        return "0"
    text = f"{v:.6g}" if 1e-4 <= abs(v) < 1e6 else f"{v:.4e}"
    return text.replace("-", "−")


def _panel_style(widget: QWidget) -> str:
    """A translucent panel in the theme's colours."""
    pal = QApplication.palette()
    base = pal.color(QPalette.ColorRole.Window)
    text = pal.color(QPalette.ColorRole.WindowText)
    edge = pal.color(QPalette.ColorRole.Mid)
    return (
        f"QLabel {{ background: rgba({base.red()}, {base.green()}, {base.blue()}, 225);"
        f" color: {text.name()}; border: 1px solid {edge.name()}; border-radius: 8px;"
        " padding: 8px 14px; }"
    )


class _Panel(QLabel):
    """A large translucent label over the canvas, in the theme's colours."""

    def __init__(self, parent: QWidget, scale: float) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setTextFormat(Qt.TextFormat.RichText)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        self.setFont(font)
        self.setStyleSheet(_panel_style(self))
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            style = _panel_style(self)  # the theme's colours (setting it changes the palette)
            if style != self.styleSheet():
                self.setStyleSheet(style)
        super().changeEvent(event)


class ReadoutOverlay(_Panel):
    """f, f′, f″ of every visible curve at the crosshair, large, at the plot's lower right."""

    def __init__(self, canvas: QWidget, state: Any) -> None:
        super().__init__(canvas, FONT_SCALE)
        self.canvas = canvas
        self.state = state
        #: the x it shows (named so as not to hide QWidget.x())
        self.shown_x = math.nan
        #: R hides the overlay while presenting (and shows it again)
        self.wanted = True
        #: (overlay size, canvas size) it was last placed for: a crosshair move keeps it put
        self._placed_for: tuple[Any, ...] | None = None

    def show_x(self, x: float) -> None:
        self.shown_x = x
        if not self.wanted or not math.isfinite(x) or not self.state.curves:
            self.hide()
            return
        rows = [o for o in range(3) if self.state.rows[o]] or [0]
        names = ("f", "f′", "f″")
        values = self.state.readout(x)
        cell = "<td style='padding: 1px 0 1px 18px'>{}</td>"
        lines = [f"<tr><td colspan='{len(rows) + 1}'><b>x = {html.escape(short(x))}</b></td></tr>"]
        for c, *fs in values[:OVERLAY_ROWS]:
            name = (
                f"<td><span style='color:{c.color}'>●</span> "
                f"{html.escape(self.state.label_of(c))}</td>"
            )
            cells = "".join(cell.format(f"{names[o]} = {html.escape(short(fs[o]))}") for o in rows)
            lines.append(f"<tr>{name}{cells}</tr>")
        if len(values) > OVERLAY_ROWS:
            lines.append("<tr><td>…</td></tr>")
        self.setText(f"<table cellspacing='0'>{''.join(lines)}</table>")
        self.adjustSize()
        if not self.isVisible():
            self.place()
        elif self._placed_for != (self.size(), self.canvas.size()):
            self.replace()  # grown or shrunk with its numbers: its corner once they pause
        self.show()
        self.raise_()

    def candidates(self) -> list[tuple[int, int]]:
        """Where the overlay may sit: the canvas' four corners, lower right first."""
        margin = 24
        right = max(0, self.canvas.width() - self.width() - margin)
        bottom = max(0, self.canvas.height() - self.height() - 3 * margin)
        top = min(bottom, _below(self.canvas) + margin // 2)
        left = min(right, 3 * margin)
        return [(right, bottom), (left, bottom), (right, top), (left, top)]

    def place(self) -> None:
        """In the corner of the canvas where it hides the fewest points of the curves
        (lower right when it hides none), under the legend, above the x axis' labels."""
        self._placed_for = (self.size(), self.canvas.size())
        spots = self.candidates()
        count = getattr(self.canvas, "points_under", None)
        view = getattr(self.canvas, "layout_widget", None)
        if count is None or view is None:
            self.move(*spots[0])
            return

        def hidden(spot: tuple[int, int]) -> int:
            top_left = view.mapFrom(self.canvas, QPoint(*spot))
            rect = QRect(top_left, self.size())
            return int(count(view.mapToScene(rect).boundingRect()))

        best = spots[0]
        least = hidden(best)
        for spot in spots[1:]:
            if least == 0:
                break
            n = hidden(spot)
            if n < least:
                best, least = spot, n
        self.move(*best)

    def replace(self) -> None:
        """Look for the best corner again (the curves or the zoom changed), once the
        changes pause for :data:`REPLACE_MS`: a slider drag or a pan does not count
        the points under each corner (four :meth:`points_under` calls) per step."""
        timer = getattr(self, "_replace_timer", None)
        if timer is None:
            timer = self._replace_timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(REPLACE_MS)
            timer.timeout.connect(lambda: self.place() if self.isVisible() else None)
        timer.start()


def _below(canvas: QWidget) -> int:
    """The canvas' y under its legend (panels must not hide the curves' names)."""
    legend = getattr(canvas, "legend", None)
    view = getattr(canvas, "layout_widget", None)
    if legend is None or view is None or not legend.isVisible():
        return 0
    rect = view.mapFromScene(legend.sceneBoundingRect()).boundingRect()
    return int(view.mapTo(canvas, rect.bottomLeft()).y())


class _Watcher(QObject):
    """Language changes of the window, resizes of the canvas."""

    def __init__(self, owner: Presentation) -> None:
        super().__init__(owner.window)
        self.owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and watched is self.owner.window:
            self.owner.retranslate()
        elif kind == QEvent.Type.Resize and watched is self.owner.canvas:
            self.owner.place_panels()
        return False


class Presentation(QObject):
    """The presentation mode of a :class:`~actgui.ui.main_window.MainWindow`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.canvas = window.canvas
        self.saved: dict[str, Any] | None = None
        self.views: list[str] = []
        self.view_index = -1
        self.act_toggle = QAction(window)
        self.act_toggle.setCheckable(True)
        keys = [QKeySequence(Qt.Key.Key_F11)]
        for k in QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen):
            if k not in keys:
                keys.append(k)
        self.act_toggle.setShortcuts(keys)
        self.act_toggle.toggled.connect(self._toggled)
        self.act_leave = QAction(window)
        self.act_leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.act_leave.triggered.connect(lambda: self.act_toggle.setChecked(False))
        self.act_next = QAction(window)
        self.act_next.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.act_next.triggered.connect(lambda: self.step(1))
        self.act_previous = QAction(window)
        self.act_previous.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.act_previous.triggered.connect(lambda: self.step(-1))
        self.act_readout = QAction(window)
        self.act_readout.setShortcut(QKeySequence(Qt.Key.Key_R))
        self.act_readout.triggered.connect(self.toggle_readout)
        self._keys = (self.act_leave, self.act_next, self.act_previous, self.act_readout)
        for act in (self.act_toggle, *self._keys):
            window.addAction(act)
        for act in self._keys:
            act.setEnabled(False)  # Esc, R and Page Up/Down belong to the widgets otherwise
        menu = window.m_view
        actions = menu.actions()
        after = actions.index(window.act_reset_view)
        if after + 1 < len(actions):
            menu.insertAction(actions[after + 1], self.act_toggle)
        else:
            menu.addAction(self.act_toggle)
        self.overlay = ReadoutOverlay(self.canvas, window.state)
        self.banner = _Panel(self.canvas, FONT_SCALE * 1.2)
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.setInterval(2500)
        self._banner_timer.timeout.connect(self.banner.hide)
        self._watcher = _Watcher(self)
        window.installEventFilter(self._watcher)
        self.canvas.installEventFilter(self._watcher)
        window.state.subscribe(self._on_change)
        self.retranslate()

    @property
    def active(self) -> bool:
        return self.saved is not None

    def retranslate(self) -> None:
        self.act_toggle.setText(self.tr("Presentation mode"))
        keys = self.act_toggle.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = self.tr(
            "Full screen with large fonts and lines and the readout over the plot; "
            "Page Up/Down step through saved sessions, R hides the readout, Esc leaves"
        )
        self.act_toggle.setStatusTip(tip)
        self.act_toggle.setToolTip(f"{self.tr('Presentation mode')} ({keys})")

    # --- entering and leaving ------------------------------------------------------------

    def _toggled(self, on: bool) -> None:
        if on and not self.active:
            self.enter()
        elif not on and self.active:
            self.leave()

    def enter(self) -> None:
        w = self.window
        tabs = w.tabs
        tab = tabs.currentIndex()
        if tab != 0:
            tabs.setCurrentIndex(0)  # the curves, with their docks back, before saving
        self.saved = {
            "geometry": w.saveGeometry(),
            "rect": w.geometry(),
            "layout": w.saveState(),
            "window_state": w.windowState(),
            "menu": w.menuBar().isVisibleTo(w),
            "status": w.statusBar().isVisibleTo(w),
            "tab": tab,
        }
        w.setUpdatesEnabled(False)
        try:
            for dock in w.docks:
                dock.hide()
            w.toolbar.hide()
            w.menuBar().hide()
            w.statusBar().hide()
            tabs.tabBar().hide()
            self._scale_canvas(True)
        finally:
            w.setUpdatesEnabled(True)
        w.showFullScreen()
        self.canvas.sigCursorMoved.connect(self.overlay.show_x)
        # a crosshair already placed is read out large at once, not at the next move
        self.overlay.show_x(float(getattr(getattr(w, "readout", None), "shown_x", math.nan)))
        self._find_views()
        for act in self._keys:
            act.setEnabled(True)
        self.act_toggle.setChecked(True)

    def leave(self) -> None:
        saved, self.saved = self.saved, None
        if saved is None:
            return
        w = self.window
        for act in self._keys:
            act.setEnabled(False)
        self.overlay.wanted = True  # the next presentation starts with the readout
        try:
            self.canvas.sigCursorMoved.disconnect(self.overlay.show_x)
        except (RuntimeError, TypeError):
            pass
        self.overlay.hide()
        self.banner.hide()
        self._scale_canvas(False)
        state = saved["window_state"]
        w.setWindowState(state)
        if not state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            # restoreGeometry would fit the window to the screen: put it back as it was
            w.setGeometry(saved["rect"])
        w.restoreState(saved["layout"])
        w.menuBar().setVisible(saved["menu"])
        w.statusBar().setVisible(saved["status"])
        w.tabs.tabBar().show()
        w.tabs.setCurrentIndex(saved["tab"])
        self.act_toggle.setChecked(False)

    # --- the canvas for a projector ---------------------------------------------------------

    def _scale_canvas(self, on: bool) -> None:
        """Larger fonts and thicker curves on the canvas, or its own look back (the
        canvas keeps the scale across a theme switch: PlotCanvas.set_scale)."""
        set_scale = getattr(self.canvas, "set_scale", None)
        if set_scale is None:
            return
        if on:
            set_scale(FONT_SCALE, LINE_SCALE)
        else:
            set_scale(1.0, 1.0)

    def place_panels(self) -> None:
        if self.overlay.isVisible():
            self.overlay.place()
        if self.banner.isVisible():
            x = max(0, (self.canvas.width() - self.banner.width()) // 2)
            self.banner.move(x, self._below_legend() + 16)

    def _below_legend(self) -> int:
        """The canvas' y under its legend (the banner must not hide the curves' names)."""
        return _below(self.canvas)

    def _on_change(self, change: Change) -> None:
        if self.active and self.overlay.isVisible():
            self.overlay.replace()  # the curves or the view moved: find its corner again
            if change.kind != "view":
                self.overlay.show_x(self.overlay.shown_x)

    def toggle_readout(self) -> None:
        """R while presenting: hide the readout overlay, or show it again."""
        self.overlay.wanted = not self.overlay.wanted
        self.overlay.show_x(self.overlay.shown_x)

    # --- saved views -----------------------------------------------------------------------

    def _find_views(self) -> None:
        """The sessions of the open session's folder by name, else the recent sessions."""
        from PySide6.QtCore import QSettings

        from ..core.session import SUFFIX

        current = getattr(self.window, "session_path", None)
        views: list[str] = []
        if current:
            folder = Path(current).parent
            views = sorted(str(p) for p in folder.glob("*" + SUFFIX) if p.is_file())
        if not views:
            recent = QSettings().value("sessions/recent", [], list)
            paths = recent if isinstance(recent, list) else []
            views = [str(p) for p in paths if Path(p).is_file()]
        self.views = views
        key = str(Path(current)) if current else None
        self.view_index = views.index(key) if key in views else -1

    def step(self, delta: int) -> None:
        """Open the next (1) or previous (-1) saved view."""
        if not self.active:
            return
        if not self.views:
            self.say(self.tr("No saved sessions to step through: open one first"))
            return
        i = self.view_index + delta
        if self.view_index < 0 and delta < 0:
            i = len(self.views) - 1
        if not 0 <= i < len(self.views):
            self.say(self.tr("Last saved view") if delta > 0 else self.tr("First saved view"))
            return
        self.view_index = i
        path = self.views[i]
        if self.window.open_session(path):
            self.say(f"{i + 1} / {len(self.views)}   {Path(path).name}")

    def say(self, text: str) -> None:
        """A banner at the top of the plot for a moment."""
        self.banner.setText(html.escape(text))
        self.banner.adjustSize()
        self.banner.show()
        self.banner.raise_()
        self.place_panels()
        self._banner_timer.start()
