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
