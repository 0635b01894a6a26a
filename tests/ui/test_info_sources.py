"""The Info panel's sources (reference under the origin, see also, Copy BibTeX),
PyTorch module code where there is no built-in, and learnable parameters."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication

from actgui.core import bibtex, catalog
from actgui.core.expressions import compile_expression
from actgui.core.state import ExplorerState
from actgui.ui import i18n
from actgui.ui.info_panel import InfoPanel

from .helpers import MarkingTranslator
from .helpers import settle as _settle
from .sources import GELU, MODULE, sources_fixture  # noqa: F401  (the fixture "sources")


@pytest.fixture
def panel(qtbot, sources):  # type: ignore[no-untyped-def]
    state = ExplorerState.first_launch()
    p = InfoPanel(state)
    qtbot.addWidget(p)
    p.resize(360, 900)
    p.show()
    qtbot.waitExposed(p)
    yield p
    i18n.install("en")


def _show(panel: InfoPanel, fid: str) -> None:
    panel.show_function(fid)
    panel.flush()
    _settle()


def _visible(panel: InfoPanel, *widgets) -> list[bool]:  # type: ignore[no-untyped-def]
    return [w.isVisibleTo(panel) for w in widgets]


def _plain(label_text: str) -> str:
    return re.sub(r"<[^>]+>", "", label_text).replace("&amp;", "&").replace("\u200b", "")


def test_no_source_no_row(panel) -> None:  # type: ignore[no-untyped-def]
    _show(panel, "tanh")  # (tanh has no reference in this test's catalog)
    act = catalog.get("tanh")
    if act.reference is None and not act.see_also:
        assert _visible(panel, panel.reference, panel.see_also, panel.bib_row) == [False] * 3
    # a custom function has none either
    c = panel.state.add_custom(compile_expression("x*tanh(x)", name="mine"))
    panel.state.select(panel.state.curves_of(c.function_id)[0].uid)
    _settle()
    assert _visible(panel, panel.reference, panel.see_also, panel.bib_row) == [False] * 3
    assert panel.kinks.isVisibleTo(panel) and "At kinks" in panel.kinks.text()


def test_reference_under_the_origin(panel) -> None:  # type: ignore[no-untyped-def]
    _show(panel, "gelu")
    assert _visible(panel, panel.reference, panel.see_also, panel.bib_row) == [True, False, True]
    text = _plain(panel.reference.text())
    assert text == (
        "Hendrycks & Gimpel (2016). Gaussian Error Linear Units (GELUs). arXiv:1606.08415"
    )
    assert '<a href="https://arxiv.org/abs/1606.08415">' in panel.reference.text()
    # top to bottom: origin, reference, Copy BibTeX, what happens at kinks
    ys = [w.y() for w in (panel.details, panel.reference, panel.bib_row, panel.kinks)]
    assert ys == sorted(ys) and len(set(ys)) == 4
    assert "Origin" in panel.details.text() and "At kinks" not in panel.details.text()
    # another function without a source: the rows go away again
    _show(panel, "relu")
    if catalog.get("relu").reference is None:
        assert not panel.bib_row.isVisibleTo(panel) and not panel.reference.isVisibleTo(panel)


def test_see_also_and_citation_forms(panel) -> None:  # type: ignore[no-untyped-def]
    _show(panel, "silu")
    assert _visible(panel, panel.reference, panel.see_also, panel.bib_row) == [True] * 3
    text = _plain(panel.see_also.text())
    assert text.startswith("See also")
    # three authors: et al.; a journal names its venue and links the DOI
    assert (
        "Elfwing et al. (2018). Sigmoid-weighted linear units for neural network function "
        "approximation in reinforcement learning. Neural Networks. "
        "doi:10.1016/j.neunet.2017.12.012"
    ) in text
    assert "Ramachandran et al. (2017). Searching for Activation Functions. arXiv:1710.05941" in (
        text
    )
    assert panel.see_also.text().count("<li>") == 2


class _Browser(QObject):
    """Stands in for the web browser: QDesktopServices hands it the URL."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def _find_link(label) -> QPointF | None:  # type: ignore[no-untyped-def]
    """A point over a link: where the label says a link is hovered."""
    hovered: list[str] = []
    label.linkHovered.connect(hovered.append)
    try:
        for y in range(2, label.height(), 4):
            for x in range(2, label.width(), 6):
                pos = QPointF(x, y)
                move = QMouseEvent(
                    QEvent.Type.MouseMove,
                    pos,
                    label.mapToGlobal(pos),
                    Qt.MouseButton.NoButton,
                    Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier,
                )
                QApplication.sendEvent(label, move)
                if hovered and hovered[-1]:
                    return pos
    finally:
        label.linkHovered.disconnect(hovered.append)
    return None


def test_link_opens_in_the_browser(panel) -> None:  # type: ignore[no-untyped-def]
    _show(panel, "gelu")
    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        pos = _find_link(panel.reference)
        assert pos is not None
        assert panel.reference.toolTip() == GELU.url  # the address shows over the link
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            ev = QMouseEvent(
                kind,
                pos,
                panel.reference.mapToGlobal(pos),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton
                if kind == QEvent.Type.MouseButtonPress
                else Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(panel.reference, ev)
        _settle()
        assert browser.opened == [GELU.url]
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_copy_bibtex(panel) -> None:  # type: ignore[no-untyped-def]
    _show(panel, "silu")
    assert not panel.bib_copied.isVisibleTo(panel)
    panel.copy_bibtex.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == "\n".join(bibtex.entries(catalog.get("silu")))
    keys = re.findall(r"^@\w+\{(\w+),", copied, flags=re.M)
    assert keys == ["hendrycks2016gaussian", "elfwing2018sigmoid", "ramachandran2017searching"]
    assert panel.bib_copied.isVisibleTo(panel)
    assert panel.bib_copied.text() == "Copied: 3 BibTeX entries"
    _show(panel, "gelu")
    assert not panel.bib_copied.isVisibleTo(panel)  # a new function: the note goes
    panel.copy_bibtex.click()
    assert QGuiApplication.clipboard().text().startswith("@misc{hendrycks2016gaussian,")
    assert panel.bib_copied.text() == "Copied: BibTeX entry"


def test_module_code_where_pytorch_has_no_built_in(panel) -> None:  # type: ignore[no-untyped-def]
    _show(panel, "snake")
    assert panel.module.isVisibleTo(panel)
    assert panel.code.text().startswith("PyTorch: module below (no built-in)")
    code = MODULE.format(alpha=1.0)
    assert panel.module.toPlainText() == code.rstrip()
    # monospace, the whole code tall, a line wider than the panel scrolls inside
    assert panel.module.font().styleHint() == panel.module.font().StyleHint.Monospace
    assert panel.module.height() >= panel.module.document().size().height()  # lines
    assert panel.module.horizontalScrollBar().isVisible()
    assert not panel.module.verticalScrollBar().isVisible()
    body = panel.widget()
    assert body.width() <= panel.viewport().width()
    right = panel.module.mapTo(panel.viewport(), panel.module.rect().topRight()).x()
    assert right <= panel.viewport().width()
    # the copy button copies the module (runnable code with the current parameters)
    assert panel.copy_torch.isEnabled() and not panel.copy_keras.isEnabled()
    panel.copy_torch.click()
    assert QGuiApplication.clipboard().text() == code
    panel.state.add_curve("snake", {"alpha": 2.5})
    snake = panel.state.curves_of("snake")[-1]
    panel.state.select(snake.uid)
    panel.flush()
    _settle()
    assert "alpha: float = 2.5" in panel.module.toPlainText()
    # a function with a built-in shows no module
    _show(panel, "gelu")
    assert not panel.module.isVisibleTo(panel)
    assert panel.code.text().startswith("PyTorch: torch.nn.GELU")


def test_no_module_and_no_built_in(panel, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every catalog function has one or the other now: a stripped copy of sinc has neither."""
    bare = dataclasses.replace(catalog.get("sinc"), torch_module=None)
    monkeypatch.setitem(catalog.CATALOG, "sinc", bare)
    _show(panel, "sinc")
    assert not panel.module.isVisibleTo(panel)
    assert panel.code.text().startswith("PyTorch: no built-in")
    assert not panel.copy_torch.isEnabled()


def test_learnable_parameters_are_marked(panel) -> None:  # type: ignore[no-untyped-def]
    _show(panel, "snake")
    rows = {
        panel.table.item(i, 0).text(): panel.table.item(i, 1) for i in range(panel.table.rowCount())
    }
    assert rows["learnable parameters"].text() == "alpha"
    assert "trained" in rows["learnable parameters"].toolTip().lower()
    _show(panel, "gelu")
    names = [panel.table.item(i, 0).text() for i in range(panel.table.rowCount())]
    assert "learnable parameters" not in names


def test_sources_and_module_follow_the_language(panel) -> None:  # type: ignore[no-untyped-def]
    _show(panel, "snake")
    marking = MarkingTranslator()
    QCoreApplication.installTranslator(marking)
    try:
        _settle()
        assert panel.copy_bibtex.text() == "«Copy BibTeX»"
        assert "«See also»" in panel.see_also.text()
        assert "«Verylongfamilyname0 et al.»" in panel.reference.text()
        assert panel.code.text().startswith("PyTorch: «module below (no built-in)»")
        names = [panel.table.item(i, 0).text() for i in range(panel.table.rowCount())]
        assert "«learnable parameters»" in names
        assert "«At kinks»" in panel.kinks.text()
        assert panel.module.toolTip().startswith("«")
        _show(panel, "silu")  # two authors
        assert "«Hendrycks & Gimpel»" in panel.reference.text().replace("&amp;", "&")
    finally:
        QCoreApplication.removeTranslator(marking)
    _settle()
    assert panel.copy_bibtex.text() == "Copy BibTeX"
    assert "Hendrycks &amp; Gimpel (2016)" in panel.reference.text()


def test_links_take_the_dark_themes_colour_when_it_is_switched_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A switch to the dark theme recolours the links already shown (they stayed pure
    blue on dark grey until the panel was filled again; found by a tester)."""
    from PySide6.QtGui import QPalette

    from actgui.ui import theme
    from actgui.ui.app import ensure_app
    from actgui.ui.info_widgets import LinkLabel

    app = ensure_app()
    theme.apply(app, "light")
    label = LinkLabel()
    qtbot.addWidget(label)
    label.setText('<a href="https://arxiv.org/abs/1606.08415">arXiv:1606.08415</a>')
    label.resize(300, 40)
    label.show()
    qtbot.waitExposed(label)

    def link_pixels(want) -> int:  # type: ignore[no-untyped-def]
        img = label.grab().toImage()
        return sum(
            1
            for y in range(img.height())
            for x in range(img.width())
            if sum(abs(a - b) for a, b in zip(img.pixelColor(x, y).getRgb()[:3], want)) < 60
        )

    assert link_pixels((0, 0, 255)) > 20  # drawn in the light theme first
    try:
        theme.apply(app, "dark")
        qtbot.wait(20)
        dark = app.palette().color(QPalette.ColorRole.Link).getRgb()[:3]
        assert dark != (0, 0, 255)
        assert link_pixels(dark) > 20 and link_pixels((0, 0, 255)) == 0
    finally:
        theme.apply(app, "light")
