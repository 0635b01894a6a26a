"""The Info panel after the new-user review: the symbol key typeset, the panel's
scrolling, the kinks section in Chinese."""

from __future__ import annotations

import re

import pytest

from actgui.core import catalog, texts
from actgui.core.state import ExplorerState
from actgui.ui.info_panel import InfoPanel

from .helpers import settle as _settle


@pytest.fixture
def panel(qtbot):  # type: ignore[no-untyped-def]
    p = InfoPanel(ExplorerState())
    qtbot.addWidget(p)
    p.resize(380, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.mark.parametrize(
    ("fid", "shown"),
    [
        ("acon_c", "<i>p</i><sub>1</sub> = <code>p1</code>"),
        ("xielu", "<i>α</i><sub><i>p</i></sub> = <code>alpha_p</code>"),
        ("srelu", "<i>t</i><sub><i>l</i></sub> = <code>t_left</code>"),
        ("siren", "<i>ω</i><sub>0</sub> = <code>omega0</code>"),
    ],
)
def test_symbol_key_is_typeset(panel, fid, shown) -> None:  # type: ignore[no-untyped-def]
    panel.show_function(fid)
    _settle()
    assert shown in panel.symbols.text()


def test_no_symbol_key_shows_raw_latex(panel) -> None:  # type: ignore[no-untyped-def]
    for fid in catalog.ids():
        if not texts.has_text(fid):
            continue
        panel.show_function(fid)
        key = panel.symbols.text()
        plain = re.sub(r"<code>.*?</code>", "", key)  # parameter names may have "_"
        assert not re.search(r"[_\\{}^]", plain), f"{fid}: {key}"


#: the formulas the review found cut off (needing sideways scrolling) in the dock
LONG = ("acon_c", "geglu", "rational", "phish", "smu", "apl", "pserf", "sinlu", "gelu", "mish")


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_long_formulas_fit_the_dock_without_scrolling(qtbot, size) -> None:  # type: ignore[no-untyped-def]
    from actgui.ui.main_window import MainWindow

    win = MainWindow(ExplorerState.first_launch())
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.reset_layout()  # the default dock sizes for this window
    _settle()
    panel = win.info_panel
    if size[0] >= 1920:
        assert win.info_dock.width() >= 480  # a wide window gives Info more room
    scrolled = []
    for fid in catalog.ids():
        panel.show_function(fid)
        _settle()
        for area in (panel.formula_area, panel.derivative_area):
            if area.view.latex() and area.horizontalScrollBar().isVisibleTo(area):
                scrolled.append(f"{fid}: {area.view.latex()[:40]}")
            k = area.view._scale_for(area.view.width())
            assert k >= area.view.MIN_SCALE, fid
    assert not scrolled, scrolled
    panel.show_function("acon_c")
    _settle()
    # ACON-C's f′ is set on two lines in the narrower dock, on one in the wider
    assert panel.derivative.is_broken() == (size[0] < 1920)


def _wheel(widget, dy: int = 0, dx: int = 0, shift: bool = False) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    pos = QPointF(widget.width() / 2, widget.height() / 2)
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(),
        QPoint(dx, dy),
        Qt.MouseButton.NoButton,
        mods,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_module_code_scrolls_the_panel(qtbot) -> None:  # type: ignore[no-untyped-def]
    p = InfoPanel(ExplorerState())
    qtbot.addWidget(p)
    p.resize(300, 500)  # narrow: the module's long lines scroll sideways
    p.show()
    qtbot.waitExposed(p)
    p.show_function("pdelu")
    p.flush()
    _settle()
    module = p.module
    assert module.isVisibleTo(p)
    code_bar, panel_bar = module.horizontalScrollBar(), p.verticalScrollBar()
    assert code_bar.maximum() > 0 and panel_bar.maximum() > 0
    p.ensureWidgetVisible(module, 0, 0)
    _settle()
    before = panel_bar.value()
    _wheel(module.viewport(), dy=-120)  # wheel down
    _settle()
    assert code_bar.value() == 0, "a plain wheel scrolled the code sideways"
    assert panel_bar.value() > before, "a plain wheel over the code did not scroll the panel"
    _wheel(module.viewport(), dy=-120, shift=True)
    _settle()
    assert code_bar.value() > 0  # Shift+wheel: sideways
    at = panel_bar.value()
    _wheel(module.viewport(), dx=120)
    _settle()
    assert code_bar.value() == 0 and panel_bar.value() == at  # a sideways wheel: the code


def test_another_function_opens_at_the_top(panel) -> None:  # type: ignore[no-untyped-def]
    panel.resize(380, 400)
    panel.show_function("acon_c")
    panel.flush()
    _settle()
    bar = panel.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert bar.value() > 0
    panel.show_function("acon_c", {"p1": 2.0, "p2": 0.0, "beta": 1.0}, full=False)
    _settle()
    assert bar.value() > 0  # the same function with other parameters: stays
    panel.show_function("gelu")
    panel.flush()
    _settle()
    assert bar.value() == 0


def test_kinks_in_chinese(qtbot) -> None:  # type: ignore[no-untyped-def]
    p = InfoPanel(ExplorerState(), lang="zh_CN")
    qtbot.addWidget(p)
    p.show_function("golu")
    assert "光滑：无折点" in p.kinks.text()
    p.show_function("relu")
    assert "f′(0) = 0，与 PyTorch autograd 一致；处处 f″ = 0" in p.kinks.text()
    p.set_language("en")
    assert "f&#x27;(0) = 0 as in PyTorch autograd" in p.kinks.text()
