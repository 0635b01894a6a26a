"""The Info panel's "copy as matplotlib / LaTeX / pgfplots" buttons.

matplotlib and pgfplots copy the whole figure (every curve shown, its range and
rows); LaTeX copies the formula of the function the panel describes, with its
parameters.  The code comes from :mod:`actgui.core.codegen`, as ``actgui code``
prints it.  The buttons wrap onto more lines when the panel is narrow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QLayoutItem, QPushButton, QSizePolicy, QWidget

from ..core.spec import ParamValue
from ..core.state import Change, ExplorerState, Kind


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto the next line where the width ends."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x = rect.x()
                y += line + self._spacing
                line = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class CopyCodeRow(QWidget):
    """Three buttons that put code on the clipboard; ``copied(name)`` says what was copied."""

    def __init__(
        self,
        state: ExplorerState,
        shown: Callable[[], tuple[str | None, dict[str, ParamValue]]],
        copied: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.shown = shown
        self.copied = copied
        self.copy_matplotlib = QPushButton()
        self.copy_latex = QPushButton()
        self.copy_pgfplots = QPushButton()
        self.copy_matplotlib.clicked.connect(lambda: self.copy("matplotlib"))
        self.copy_latex.clicked.connect(lambda: self.copy("latex"))
        self.copy_pgfplots.clicked.connect(lambda: self.copy("pgfplots"))
        lay = FlowLayout(self)
        for b in (self.copy_matplotlib, self.copy_latex, self.copy_pgfplots):
            lay.addWidget(b)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._retranslate()
        state.subscribe(self._on_change)
        self._on_change(Change(Kind.CURVES))

    def _retranslate(self) -> None:
        self.copy_matplotlib.setText(self.tr("Copy as matplotlib"))
        self.copy_matplotlib.setToolTip(
            self.tr(
                "A Python script that redraws the figure (every curve shown) with numpy "
                "formulas and matplotlib; run it with a file name to save the figure"
            )
        )
        self.copy_latex.setText(self.tr("Copy as LaTeX"))
        self.copy_latex.setToolTip(self.tr("The formula of f and f′ with these parameters"))
        self.copy_pgfplots.setText(self.tr("Copy as pgfplots"))
        self.copy_pgfplots.setToolTip(
            self.tr("The curves shown as pgfplots axes with coordinates, for a LaTeX paper")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else 0

    def _on_change(self, change: Change) -> None:
        if change.kind in ("curves", "visibility"):
            any_shown = any(c.visible for c in self.state.curves)
            self.copy_matplotlib.setEnabled(any_shown)
            self.copy_pgfplots.setEnabled(any_shown)

    def code(self, target: str) -> str:
        """What a button copies."""
        from ..core import codegen  # on the first click, not at start-up (~10 ms)

        if target == "latex":
            from .info_latex import expression_latex

            function_id, params = self.shown()
            return codegen.latex(
                function_id or "relu",
                params,
                orders=(0, 1),
                state=self.state,
                expression_latex=expression_latex,
            )
        return codegen.code_for_state(self.state, target)

    def copy(self, target: str) -> None:
        try:
            text = self.code(target)
        except ValueError as exc:
            self.copied(str(exc))
            return
        QGuiApplication.clipboard().setText(text)
        self.copied({"matplotlib": "matplotlib", "latex": "LaTeX", "pgfplots": "pgfplots"}[target])
