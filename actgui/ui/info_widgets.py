# SPDX-License-Identifier: MIT
"""Small widgets of the info panel and the export dialog: a one-line label cut with
"…", rich text with links, the framework code views (never wider than the
panel that holds them) and the properties table (its columns share its width)."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QResizeEvent,
    QShowEvent,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from .math_view import wheel_sideways_only


class ElidedLabel(QLabel):
    """One line that never widens its parent: cut with "…" where it is too long
    (at the end, or in the middle for a path), the whole text in the tool tip."""

    def __init__(
        self,
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        selectable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def setText(self, text: str) -> None:  # QLabel's name: one API for callers
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        width = max(10, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self._full, self._mode, width)
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()


class LinkLabel(QLabel):
    """Rich text with links that open in the browser (mouse or Tab + Enter); the
    address shows as a tool tip over a link."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)  # one way to open them: _open (tests hook it)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.linkActivated.connect(self._open)
        self.linkHovered.connect(self.setToolTip)

    def _open(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.text():
            # QLabel lays rich text out once, its links in the palette of that moment:
            # after a switch to the dark theme they stayed pure blue on dark grey
            text = self.text()
            self.clear()  # setText() of the same text does nothing
            self.setText(text)


class ModuleView(QPlainTextEdit):
    """PyTorch module code: monospace, selectable, never wrapped; a line wider than
    the panel scrolls sideways here instead of widening the panel."""

    #: taller code scrolls
    MAX_LINES = 24

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(mono)
        self.setTabChangesFocus(True)  # Tab goes on to the copy buttons
        self.document().contentsChanged.connect(self._fit)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.height())

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())

    def _fit(self) -> None:
        """As tall as the code (up to MAX_LINES), plus the sideways scroll bar if shown."""
        fm = self.fontMetrics()
        doc = self.document()
        # the lines' own heights: a line with a fallback glyph (−, α) can be taller
        text_h, block = 0.0, doc.firstBlock()
        for _ in range(self.MAX_LINES):
            if not block.isValid():
                break
            text_h += self.blockBoundingRect(block).height()
            block = block.next()
        text_h = max(text_h, fm.lineSpacing())
        # every line in sight: no vertical bar (it could hold a sideways one in view)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if self.blockCount() <= self.MAX_LINES
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        height = text_h + 2 * doc.documentMargin() + 2 * self.frameWidth()
        widest = max(
            (fm.horizontalAdvance(line) for line in self.toPlainText().split("\n")), default=0
        )
        room = self.width() - 2 * self.frameWidth() - 2 * doc.documentMargin()
        if widest > room:
            height += self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(math.ceil(height) + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        wheel_sideways_only(self, event)  # the wheel scrolls the panel, Shift+wheel the code


class CodeView(QTextEdit):
    """Framework code, selectable, wrapped anywhere (a long call has no spaces to
    break at), always as tall as its text: never wider than the panel."""

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)  # the panel's background shows through
        self.document().setDocumentMargin(0)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(mono)
        self.document().contentsChanged.connect(self._fit)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # QLabel's name: one API for callers
        self.setPlainText(text)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.height())

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = math.ceil(self.document().size().height()) + 2 * self.frameWidth()
        self.setFixedHeight(max(height, self.fontMetrics().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class PropertyTable(QTableWidget):
    """Properties and their values in two columns, as tall as its rows (the panel
    around it scrolls, not the table), read-only.

    :meth:`fit` shares the width: the Property column as wide as its names when both
    columns fit on one line, the Value column the rest; else the split that makes the
    table shortest (the fewest wrapped lines: a name wraps only where a value cannot
    give way instead), a word never cut while both columns' longest words fit.  It
    runs whenever the table's width changes, when it is shown and when its texts
    change (:meth:`fit` after filling): a restored window layout or a scroll bar that
    appears later narrows the table without the panel being told.
    """

    def __init__(self, rows: int = 0, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # both widths are set by fit(): a stretched last column takes its width only at
        # the header's next layout, after the rows' heights were measured for the old one
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._fitted_width = -1
        self._fitted_key: tuple[object, ...] | None = None

    def _texts(self, column: int) -> list[str]:
        return [cell.text() for row in range(self.rowCount()) if (cell := self.item(row, column))]

    def _pad(self, column: int) -> int:
        """What a cell adds to its text's width: the delegate's margins, the grid line."""
        full = max(
            (self.fontMetrics().horizontalAdvance(t) for t in self._texts(column)), default=0
        )
        pad = max(0, self.sizeHintForColumn(column) - full) if self.rowCount() else 0
        return max(
            pad, 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 2
        )

    def _widths(self, column: int) -> tuple[int, int]:
        """The widest text of ``column`` on one line, and its widest word (with the
        cells' padding), header included."""
        fm = self.fontMetrics()
        texts = [str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")]
        texts += self._texts(column)
        full = max(fm.horizontalAdvance(t) for t in texts)
        word = max((fm.horizontalAdvance(w) for t in texts for w in t.split()), default=0)
        pad = self._pad(column)
        hint = self.horizontalHeader().sectionSizeHint(column)
        return max(full + pad, hint), word + pad

    def _lines(
        self, rows: list[tuple[list[int], list[int]]], first: int, second: int, space: int
    ) -> int:
        """How many lines the rows take with the columns ``first`` and ``second`` wide
        (text room: their widths less the padding), each cell given as its words'
        widths and wrapped at spaces as the table wraps it."""

        def lines(words: list[int], width: int) -> int:
            count, used = 1, -space
            for w in words:
                if used + space + w > width and used > -space:
                    count, used = count + 1, w
                else:
                    used += space + w
            return count

        return sum(max(lines(a, first), lines(b, second)) for a, b in rows)

    def column_width(self, room: int) -> int:
        """The Property column's width in a table ``room`` pixels wide (see :meth:`fit`)."""
        names, names_word = self._widths(0)
        values, values_word = self._widths(1)
        if names + values <= room:
            return names
        lo, hi = names_word, room - values_word
        if lo > hi:  # not even the longest words fit: each gets its share
            return max(1, round(room * names_word / (names_word + values_word)))
        fm = self.fontMetrics()
        pads = self._pad(0), self._pad(1)

        def words(text: str) -> list[int]:
            return [fm.horizontalAdvance(w) for w in text.split()]

        rows = [(words(a), words(b)) for a, b in zip(self._texts(0), self._texts(1), strict=False)]
        space = fm.horizontalAdvance(" ")
        step = max(1, (hi - lo) // 48)
        candidates = sorted({*range(lo, hi + 1, step), hi, min(max(names, lo), hi)})
        # fewest lines; among those, the names widest (a value wraps before a name)
        return min(
            candidates,
            key=lambda w: (self._lines(rows, w - pads[0], room - w - pads[1], space), -w),
        )

    def fit(self) -> None:
        """Share the width between the columns, then be as tall as the rows."""
        room = self.viewport().width()
        if room <= 0:
            return
        self._fitted_width = self.width()
        key = (room, self.font().key(), tuple(self._texts(0)), tuple(self._texts(1)))
        if key == self._fitted_key:  # shown, then resized to the same width: done
            return
        self._fitted_key = key
        first = self.column_width(room)
        self.setColumnWidth(0, first)
        self.setColumnWidth(1, max(1, room - first))
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(i) for i in range(self.rowCount()))
        self.setFixedHeight(self.horizontalHeader().height() + rows + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.width() != self._fitted_width:
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()
