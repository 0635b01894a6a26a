"""The filter: spaces, _ and - do not count, but only from the start of a word:
"ncu" finds NCU, not "Shifted sinc unit" (whose letters run "...sincunit")."""

from __future__ import annotations

import pytest

from actgui.core.state import ExplorerState
from actgui.ui.function_list import FunctionList, matches

from .test_function_list_catalog import _shown


@pytest.mark.parametrize(
    ("needle", "hay", "found"),
    [
        ("ncu", "Shifted sinc unit", False),  # "si-ncu-nit" once squeezed: no word starts so
        ("ncu", "ncu", True),
        ("sinc unit", "Shifted sinc unit", True),
        ("sincunit", "Shifted sinc unit", True),  # squeezed from the word "sinc"
        ("quickgelu", "Quick GELU", True),
        ("quick gelu", "quick_gelu", True),
        ("hard silu", "hard_silu", True),
        ("leakyrelu", "Leaky ReLU", True),
        ("elu", "Leaky ReLU", True),  # as typed: anywhere, as before
        ("akyrelu", "Leaky ReLU", False),  # squeezed from inside a word: no
    ],
)
def test_matches(needle: str, hay: str, found: bool) -> None:
    assert matches(needle, hay) is found


def test_ncu_finds_only_ncu(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = FunctionList(ExplorerState.first_launch())
    qtbot.addWidget(widget)
    widget.resize(280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.filter_edit.setText("ncu")
    assert _shown(widget) == ["ncu"]
    widget.filter_edit.setText("sinc")
    assert set(_shown(widget)) == {"ssu", "sinc"}
