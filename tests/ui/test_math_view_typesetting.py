"""The typesetter's spacing and scripts, as TeX sets them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from actgui.ui.math_view import Glyphs, Row, Space, layout, parse


def _items(latex: str) -> list:
    row = parse(latex)
    assert isinstance(row, Row)
    return row.items


def _space_before_max(latex: str) -> bool:
    items = _items(latex)
    i = next(k for k, n in enumerate(items) if isinstance(n, Glyphs) and n.text == "max")
    return i > 0 and isinstance(items[i - 1], Space)


@pytest.mark.parametrize(
    "latex",
    ["s \\max(0, x)", "2 s \\max(0, x)", "\\beta \\max(0, x)", "x\\max(0, kx)", "2\\max(0,x)"],
)
def test_thin_space_between_a_variable_and_an_operator_name(latex: str) -> None:
    assert _space_before_max(latex), latex


@pytest.mark.parametrize(
    "latex", ["\\max(0, x)", "1 + \\max(0, x)", "a \\cdot \\max(0, x)", "y = \\max(0, x)"]
)
def test_no_space_after_an_operator_or_a_relation(latex: str) -> None:
    assert not _space_before_max(latex), latex


def test_operator_is_set_apart_in_the_layout() -> None:
    font = QFont("DejaVu Serif")
    font.setPointSizeF(12)
    box = layout("s\\max(0, x)", font)
    texts = [op for op in box.ops if op[0] == "text"]
    s_op, max_op = texts[0], texts[1]
    assert s_op[4] == "s" and max_op[4].startswith("max")
    s_end = s_op[1] + QFontMetricsF(s_op[3]).horizontalAdvance("s")
    assert max_op[1] - s_end >= QFontMetricsF(font).height() * 0.12


@pytest.mark.parametrize(
    "latex",
    [
        "[1 + (1 - t) x]^{\\frac{1}{1 - t}}",
        "\\max\\left(0, 1 + (1 - t) x\\right)^{\\frac{t}{1 - t}}",
        "(1 + x)^{\\frac{1}{2}}",
        "|x|^{\\frac{1}{p}}",
    ],
)
def test_exponent_after_a_bracket_is_raised(latex: str) -> None:
    """The exponent's bottom clears the baseline: never read as a factor beside it."""
    font = QFont("DejaVu Serif")
    font.setPointSizeF(12)
    box = layout(latex, font)
    base_size = font.pointSizeF()
    small = [op for op in box.ops if op[0] == "text" and op[3].pointSizeF() < base_size * 0.9]
    assert small, latex
    for op in small:
        bottom = op[2] + QFontMetricsF(op[3]).descent()
        assert bottom <= 0, f"{latex}: {op[4]!r} reaches {bottom:.1f} px below the baseline"
    rules = [op for op in box.ops if op[0] == "line"]
    assert rules and all(op[2] < -QFontMetricsF(font).xHeight() for op in rules), latex
