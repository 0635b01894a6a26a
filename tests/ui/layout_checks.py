"""What a person would see as broken in a laid-out widget tree, found from Qt's own metrics.

Each check returns a list of problems (empty when all is well), each naming the
widget and the text, so a failing test says what to look at:

- a label, button, tab, combo box or dock title narrower than its text needs
  (Qt then clips or elides it), or a word-wrapped label shorter than its lines;
- a table's header or cell text wider than its column (and not wrapped into a
  row tall enough), or rows that the table cannot show without scrolling when it
  is meant to show them all;
- a child widget that sticks out of its parent (a layout squeezed below its
  minimum size: Qt cuts the child off);
- a read-only text view (code) whose text is taller or wider than it shows, where
  that scroll bar is switched off.

Widgets inside scroll areas are checked for width only where the area cannot
scroll sideways; hidden widgets are skipped.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QWidget,
)

#: a pixel of slack for rounding in Qt's metrics
SLACK = 1


def _name(w: QWidget) -> str:
    chain = []
    node: QWidget | None = w
    while node is not None and len(chain) < 4:
        chain.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return "/".join(reversed(chain))


def _scrolls_sideways(w: QWidget) -> bool:
    """Inside a scroll area that can scroll horizontally (so width may exceed it)."""
    node = w.parentWidget()
    while node is not None:
        if isinstance(node, QScrollArea):
            policy = node.horizontalScrollBarPolicy()
            from PySide6.QtCore import Qt

            return policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        node = node.parentWidget()
    return False


def _in_scroll_area(w: QWidget) -> bool:
    node = w.parentWidget()
    while node is not None:
        if isinstance(node, QScrollArea):
            return True
        node = node.parentWidget()
    return False


def _label(w: QLabel) -> str | None:
    text = w.text()
    if not text or (w.pixmap() is not None and not w.pixmap().isNull()):
        return None
    if w.wordWrap():
        need = w.heightForWidth(w.width())
        if need > w.height() + SLACK:
            return f"label {text[:60]!r} needs {need} px of height, has {w.height()}"
        return None
    need = w.minimumSizeHint().width()
    if need > w.width() + SLACK and not _scrolls_sideways(w):
        return f"label {text[:60]!r} needs {need} px, has {w.width()}"
    return None


def _button(w: QAbstractButton) -> str | None:
    text = w.text()
    if not text:
        return None
    if isinstance(w, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
        need = w.sizeHint().width()
        if isinstance(w, QToolButton) and w.parentWidget() is not None:
            if isinstance(w.parentWidget(), QTabBar):  # the tab bar's scroll arrows
                return None
        if need > w.width() + SLACK and not _scrolls_sideways(w):
            return f"button {text[:60]!r} needs {need} px, has {w.width()}"
    return None


def _combo(w: QComboBox) -> str | None:
    text = w.currentText()
    if not text or w.isEditable():
        return None
    # the text's room: the box less its frame and arrow (Qt's own minimum for it)
    fm = w.fontMetrics()
    arrow = w.style().pixelMetric(w.style().PixelMetric.PM_ScrollBarExtent, None, w)
    room = (
        w.width()
        - arrow
        - 12
        - (w.iconSize().width() + 4 if not w.itemIcon(w.currentIndex()).isNull() else 0)
    )
    if fm.horizontalAdvance(text) > room + SLACK:
        return f"combo box text {text[:60]!r} needs {fm.horizontalAdvance(text)} px, has {room}"
    return None


def _line_edit(w: QLineEdit) -> str | None:
    # a placeholder cut in half reads as a broken field
    text = w.text() or w.placeholderText()
    if not text or w.text():
        return None
    room = w.width() - 10 - (20 if w.isClearButtonEnabled() else 0)
    need = w.fontMetrics().horizontalAdvance(text)
    if need > room + SLACK:
        return f"placeholder {text[:60]!r} needs {need} px, has {room}"
    return None


def _tabs(w: QTabBar) -> list[str]:
    out = []
    for i in range(w.count()):
        need = w.tabSizeHint(i).width()
        have = w.tabRect(i).width()
        if need > have + SLACK:
            out.append(f"tab {w.tabText(i)!r} needs {need} px, has {have}")
    return out


def _dock(w: QDockWidget) -> str | None:
    if w.isFloating() or not w.windowTitle():
        return None
    fm = w.fontMetrics()
    # title, float and close buttons
    need = fm.horizontalAdvance(w.windowTitle()) + 2 * 20 + 12
    if need > w.width() + SLACK:
        return f"dock title {w.windowTitle()!r} needs {need} px, has {w.width()}"
    return None


def _table(w: QTableWidget) -> list[str]:
    out = []
    fm = w.fontMetrics()
    header = w.horizontalHeader()
    if not header.isHidden():
        hfm = header.fontMetrics()
        for col in range(w.columnCount()):
            if w.isColumnHidden(col):
                continue
            item = w.horizontalHeaderItem(col)
            text = item.text() if item is not None else ""
            need = hfm.horizontalAdvance(text) + 8
            if text and need > header.sectionSize(col) + SLACK:
                out.append(f"table header {text!r} needs {need} px, has {header.sectionSize(col)}")
    for row in range(w.rowCount()):
        for col in range(w.columnCount()):
            item = w.item(row, col)
            if item is None or not item.text():
                continue
            text = item.text()
            width = w.columnWidth(col)
            icon = 0 if item.icon().isNull() else w.iconSize().width() + 6
            lines = text.split("\n")
            need = max(fm.horizontalAdvance(line) for line in lines) + 6 + icon
            if need <= width + SLACK:
                continue
            if w.wordWrap():
                room = max(1, width - 6 - icon)
                rect = fm.boundingRect(QRect(0, 0, room, 10_000), 0x1000, text)
                # wrapped into the row's height, and no single word wider than the cell
                if rect.height() <= w.rowHeight(row) + SLACK and rect.width() <= room + SLACK:
                    continue
            out.append(f"table cell {text[:60]!r} needs {need} px, has {width}")
    return out


def _tree(w: QTreeWidget) -> list[str]:
    """Item texts the tree elides (its column narrower than a visible item's text)."""
    out = []
    fm = w.fontMetrics()
    viewport = w.viewport().rect()
    stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item.isHidden():
            continue
        if item.isExpanded():
            stack += [item.child(i) for i in range(item.childCount())]
        rect = w.visualItemRect(item)
        if not rect.isValid() or not rect.intersects(viewport):
            continue
        icon = 0 if item.icon(0).isNull() else w.iconSize().width() + 4
        check = 20 if item.flags() & Qt.ItemFlag.ItemIsUserCheckable else 0
        font_fm = QFontMetrics(item.font(0)) if item.font(0) != w.font() else fm
        need = font_fm.horizontalAdvance(item.text(0)) + icon + check + 6
        if need > rect.width() + SLACK:
            out.append(f"tree item {item.text(0)!r} needs {need} px, has {rect.width()}")
    return out


def _text_view(w: QTextEdit | QPlainTextEdit) -> str | None:
    """Read-only text cut off: taller (or, unwrapped, wider) than the view, with no
    scroll bar to reach the rest."""
    if not w.isReadOnly() or not w.toPlainText():
        return None
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    viewport = w.viewport()
    if isinstance(w, QPlainTextEdit):
        fm = w.fontMetrics()
        lines = w.document().blockCount()
        height = lines * fm.lineSpacing() + 2 * w.document().documentMargin()
        width = max(fm.horizontalAdvance(line) for line in w.toPlainText().split("\n"))
        wraps = w.lineWrapMode() != QPlainTextEdit.LineWrapMode.NoWrap
    else:
        size = w.document().size()
        height, width = size.height(), size.width()
        wraps = w.lineWrapMode() != QTextEdit.LineWrapMode.NoWrap
    text = w.toPlainText().split("\n")[0][:40]
    if w.verticalScrollBarPolicy() == off and height > viewport.height() + SLACK:
        return f"text view {text!r} needs {height:.0f} px of height, shows {viewport.height()}"
    if not wraps and w.horizontalScrollBarPolicy() == off and width > viewport.width() + SLACK:
        return f"text view {text!r} needs {width:.0f} px, shows {viewport.width()}"
    return None


def overflowing_children(root: QWidget) -> list[str]:
    """Children that stick out of their parent (and are not in a scroll area)."""
    out = []
    for w in root.findChildren(QWidget):
        parent = w.parentWidget()
        if parent is None or not w.isVisibleTo(root) or w.isWindow():
            continue
        if _in_scroll_area(w) or isinstance(parent, QAbstractScrollArea):
            continue
        if isinstance(parent, QTabBar) or type(parent).__name__ in ("QToolBarExtension",):
            continue
        if w.width() <= 0 or w.height() <= 0:
            continue
        outside = w.geometry().intersected(parent.rect()) != w.geometry()
        g, r = w.geometry(), parent.rect()
        far = (
            g.left() < r.left() - SLACK
            or g.top() < r.top() - SLACK
            or g.right() > r.right() + SLACK
            or g.bottom() > r.bottom() + SLACK
        )
        if outside and far:
            out.append(f"{_name(w)} {g.getRect()} sticks out of its parent {r.getRect()}")
    return out


def _nested_scroller(w: QWidget, body: QWidget) -> bool:
    """Inside another scroll area below ``body`` (that one is checked as a whole)."""
    node = w.parentWidget()
    while node is not None and node is not body:
        if isinstance(node, QAbstractScrollArea):
            return True
        node = node.parentWidget()
    return False


def cut_at_the_side(root: QWidget) -> list[str]:
    """Widgets in a scroll area that cannot scroll sideways but reach past its right edge."""
    out = []
    for area in [root, *root.findChildren(QScrollArea)]:
        if not isinstance(area, QScrollArea) or not area.isVisibleTo(root):
            continue
        if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        body, viewport = area.widget(), area.viewport()
        if body is None:
            continue
        for w in [body, *body.findChildren(QWidget)]:
            if not w.isVisibleTo(body) or w.width() <= 0 or _nested_scroller(w, body):
                continue
            right = w.mapTo(viewport, w.rect().topRight()).x()
            if right > viewport.width() + SLACK:
                out.append(
                    f"{_name(w)} reaches x = {right}, past the right edge ({viewport.width()}) "
                    "of a scroll area that cannot scroll sideways"
                )
                break  # one per area: its children are cut the same way
    return out


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that Qt cannot show whole."""
    out: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        if w.width() <= 0 or w.height() <= 0:
            continue
        problem: str | None = None
        if isinstance(w, QLabel):
            problem = _label(w)
        elif isinstance(w, QAbstractButton):
            problem = _button(w)
        elif isinstance(w, QComboBox):
            problem = _combo(w)
        elif isinstance(w, QLineEdit):
            problem = _line_edit(w)
        elif isinstance(w, QDockWidget):
            problem = _dock(w)
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            problem = _text_view(w)
        elif isinstance(w, QTabBar):
            out += [f"{_name(w)}: {p}" for p in _tabs(w)]
        elif isinstance(w, QTableWidget):
            out += [f"{_name(w)}: {p}" for p in _table(w)]
        elif isinstance(w, QTreeWidget):
            out += [f"{_name(w)}: {p}" for p in _tree(w)]
        if problem:
            out.append(f"{_name(w)}: {problem}")
    return out


def layout_problems(root: QWidget) -> list[str]:
    return clipped_texts(root) + overflowing_children(root) + cut_at_the_side(root)
