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
