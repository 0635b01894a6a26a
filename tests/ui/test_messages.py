"""The core's messages in the window's language, through Qt's translator.

``i18n.install(lang)`` installs actgui's QTranslator and hooks the core's
``messages.message`` to it (context ``"Messages"``): a parser error or a
parameter out of range reads in Chinese under zh_CN and in English under en.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from actgui.core import catalog, messages, session
from actgui.core.expressions import ExpressionError, compile_expression
from actgui.core.state import ExplorerState
from actgui.ui import i18n
from actgui.ui.app import ensure_app


@pytest.fixture
def chinese() -> Iterator[None]:
    ensure_app()
    assert i18n.install("zh_CN")
    try:
        yield
    finally:
        i18n.install("en")


def _error(text: str) -> str:
    with pytest.raises(ExpressionError) as info:
        compile_expression(text)
    return str(info.value)


def test_a_parser_error_reads_in_chinese_then_english(chinese: None) -> None:
    assert _error("sigmod(x)") == "第 1 列：未知名称 `sigmod`。你是不是想输入 `sigmoid`？"
    assert _error("x *") == "第 4 列：无法读取表达式（表达式不完整）"
    assert _error("x ^ 2") == "第 3 列：`^` 在这里不表示乘方：请用 **（x**2）"
    i18n.install("en")
    assert _error("sigmod(x)") == "unknown name `sigmod` at column 1: did you mean `sigmoid`?"


def test_a_parameter_range_error_reads_in_chinese(chinese: None) -> None:
    with pytest.raises(ValueError) as info:
        catalog.resolve_params("leaky_relu", {"negative_slope": 2})
    assert str(info.value) == (
        "leaky_relu：参数 'negative_slope' = 2.0 不允许（高于有效范围）；允许范围：[0.0, 1.0]"
    )
    state = ExplorerState.first_launch()
    with pytest.raises(ValueError, match=r"^x 最小值（3）必须小于 x 最大值（1）$"):
        state.set_x_range(3, 1)
    with pytest.raises(session.SessionError, match=r"^x_range：x 最小值（3）必须小于"):
        session.from_dict({**session.to_dict(state), "x_range": [3, 1]})
    with pytest.raises(ValueError, match="给出了两次"):
        catalog.parse_spec("leaky_relu(negative_slope=0.2, negative_slope=0.3)")
    i18n.install("en")
    with pytest.raises(ValueError, match=r"is not allowed \(it is above the valid range\)"):
        catalog.resolve_params("leaky_relu", {"negative_slope": 2})


def test_every_template_has_a_chinese_translation_with_its_fields(chinese: None) -> None:
    """Each template in i18n.MESSAGES translates, and formats with its own fields."""
    import string

    from PySide6.QtCore import QCoreApplication

    missing = []
    for template in i18n.MESSAGES:
        zh = QCoreApplication.translate(messages.CONTEXT, template)
        fields = {f: "?" for _, f, _, _ in string.Formatter().parse(template) if f}
        words = re.sub(r"\{[^}]*\}", "", template)
        if zh == template and re.search("[A-Za-z]", words):  # "{a} / {b}" needs no words
            missing.append(template)
            continue
        zh.format(**fields)  # no field lost or added
    assert not missing, "untranslated: " + "; ".join(missing)


def test_a_broken_translation_falls_back_to_english(chinese: None) -> None:
    """A translation that names a field its template lacks gives the English text."""
    messages.set_translator(lambda t: "未知名称 `{nom}`" if t == "unknown name `{name}`" else t)
    assert messages.message("unknown name `{name}`", name="q") == "unknown name `q`"
