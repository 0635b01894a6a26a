"""The Edit menu: Undo and Redo of every change of the window's state.

The history itself is Qt-free (:mod:`actgui.core.history`); this menu shows it
("Undo add ReLU", greyed when there is nothing to undo), gives it the standard
shortcuts (Ctrl+Z; Ctrl+Shift+Z, and Ctrl+Y on Windows) and brackets every
mouse press and release in the application as a gesture, so that a slider drag
is one step however long it lasts; a play button's run of a parameter is one
step too (from start to stop).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QMainWindow, QMenu

from ..core.history import History

#: the events :class:`_Gestures` looks at; PySide gives every event its own class
_WATCHED = (QMouseEvent, QKeyEvent)


class _Gestures(QObject):
    """Tells the history when a mouse button goes down and comes up (any widget).

    It filters every event of the application (a paint, a timer, a layout request),
    so anything but a mouse or key event returns at once on a class check: asking
    an event its ``type()`` costs a few microseconds in PySide, dozens of times per
    parameter change."""

    def __init__(self, history: History, parent: QObject) -> None:
        super().__init__(parent)
        self.history = history

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, _WATCHED):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self.history.begin_gesture()
        elif kind == QEvent.Type.MouseButtonRelease:
            self.history.end_gesture()
        elif kind == QEvent.Type.ShortcutOverride and _in_spin_box(watched):
            # a number typed and entered is a step of the app's history: Ctrl+Z in the
            # box undoes it there, not the box's own text editing (which left the
            # state as it was and the user wondering)
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                return True  # not accepted by the box: the Edit menu's shortcut runs
        return False


def _in_spin_box(widget: QObject) -> bool:
    """A spin box, or the line edit inside one."""
    return isinstance(widget, QAbstractSpinBox) or (
        isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox)
    )


class EditMenu(QMenu):
    """Undo and Redo for ``window.state``, placed before the View menu."""

    def __init__(self, window: QMainWindow, history: History, before: QMenu | None = None) -> None:
        super().__init__(window)
        self.history = history
        self.act_undo = QAction(self)
        self.act_undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.act_undo.triggered.connect(history.undo)
        self.act_redo = QAction(self)
        self.act_redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.act_redo.triggered.connect(history.redo)
        for act in (self.act_undo, self.act_redo):
            self.addAction(act)
            window.addAction(act)  # the shortcuts work with the menu bar hidden too
        bar = window.menuBar()
        if before is not None:
            bar.insertMenu(before.menuAction(), self)
        else:
            bar.addMenu(self)
        app = QApplication.instance()
        if app is not None:
            self._gestures = _Gestures(history, self)
            app.installEventFilter(self._gestures)
        editor = getattr(window, "parameter_editor", None)
        if editor is not None:
            editor.sigAnimating.connect(self._on_animating)
        #: (undo text, redo text, language) the actions show: a change that leaves
        #: them as they are (every step of a slider drag) touches no QAction
        self._shown: tuple[str, str, str] | None = None
        history.subscribe(self.update_actions)
        self.update_actions()

    def _on_animating(self, running: bool) -> None:
        # a run of the play button is one step, however long it plays
        if running:
            self.history.seal()
            self.history.begin_gesture()
        else:
            self.history.end_gesture()

    def update_actions(self) -> None:
        """Texts and enabled state for what can be undone and redone now (set only
        when they differ from what the actions show)."""
        undo, redo = self.history.undo_text(), self.history.redo_text()
        title = self.tr("&Edit")
        if self._shown == (undo, redo, title):
            return
        self._shown = (undo, redo, title)
        self.setTitle(title)
        self.act_undo.setText(self.tr("&Undo {action}").format(action=undo) if undo else "")
        self.act_redo.setText(self.tr("&Redo {action}").format(action=redo) if redo else "")
        if not undo:
            self.act_undo.setText(self.tr("&Undo"))
        if not redo:
            self.act_redo.setText(self.tr("&Redo"))
        self.act_undo.setEnabled(bool(undo))
        self.act_redo.setEnabled(bool(redo))
        for act in (self.act_undo, self.act_redo):
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(act.text().replace("&", "") + (f" ({keys})" if keys else ""))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._shown = None
            self.update_actions()
        super().changeEvent(event)
