"""The typesetter's parser on its own: the LaTeX subset into a tree of typed nodes,
without Qt."""

from __future__ import annotations

import subprocess
import sys

from actgui.ui.math_parse import (
    Cases,
    Fenced,
    Frac,
    Glyphs,
    Row,
    Scripts,
    Sqrt,
    parse,
)


def _g(text: str, italic: bool = False, upright_op: bool = False) -> Glyphs:
    return Glyphs(text, italic=italic, upright_op=upright_op)


def test_a_fraction_with_a_script_in_its_denominator() -> None:
    tree = parse(r"\frac{1}{1+e^{-x}}")
    assert tree == Row(
        [
            Frac(
                num=Row([_g("1")]),
                den=Row(
                    [
                        _g("1"),
                        _g("\u2005+\u2005"),
                        Scripts(
                            base=_g("e", italic=True),
                            sup=Row([_g("−"), _g("x", italic=True)]),
                        ),
                    ]
                ),
            )
        ]
    )


def test_roots_fences_and_both_scripts() -> None:
    assert parse(r"\sqrt{x}") == Row([Sqrt(Row([_g("x", italic=True)]))])
    assert parse(r"\left( x \right)") == Row([Fenced("(", Row([_g("x", italic=True)]), ")")])
    # surrounding dollars are dropped; a subscript and a superscript share one base
    assert parse("$x_1^2$") == Row([Scripts(base=_g("x", italic=True), sup=_g("2"), sub=_g("1"))])


def test_cases_pair_a_value_with_its_condition() -> None:
    tree = parse(r"\begin{cases} x & x > 0 \\ 0 & \text{otherwise} \end{cases}")
    assert isinstance(tree, Row) and len(tree.items) == 1
    cases = tree.items[0]
    assert isinstance(cases, Cases) and len(cases.rows) == 2
    assert cases.rows[1] == (Row([_g("0")]), Row([_g("otherwise")]))


def test_letters_operators_and_unknown_commands() -> None:
    assert parse(r"\alpha x") == Row([_g("α", italic=True), _g("x", italic=True)])
    assert parse(r"\tanh x") == Row([_g("tanh", upright_op=True), _g("x", italic=True)])
    # what the parser does not know stays as its plain text, not dropped
    assert parse(r"\foo") == Row([_g(r"\foo")])


def test_the_parser_imports_no_qt() -> None:
    code = (
        "import sys; import actgui.ui.math_parse; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
