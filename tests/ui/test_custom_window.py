"""Custom functions in the window: the dialog, plotting, the list, sessions."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from actgui.core import catalog, session
from actgui.ui.custom_dialog import CustomFunctionDialog


def test_dialog_checks_as_you_type_and_keeps_last_good_preview(window) -> None:  # type: ignore[no-untyped-def]
    d = CustomFunctionDialog(window)
    d.name.setText("my swish")
    d.expression.setText("x * sigmoid(b*x)")
    d.params.setPlainText("b = 1.702 in [0, 5]")
    assert d.check() and d.function is not None
    good_y = d._f.getData()[1].copy()
    d.expression.setText("x * sigmod(b*x)")  # typo
    assert not d.check()
    assert "unknown name `sigmod` at column 5: did you mean `sigmoid`?" in d.message.text()
    np.testing.assert_array_equal(d._f.getData()[1], good_y)  # previous curve stays
    d.expression.setText("__import__('os').system('touch /tmp/pwned_actgui')")
    assert not d.check()
    d.expression.setText("x * sigmoid(b*x)")
    assert d.check()


def test_custom_curve_is_plotted_like_a_builtin(window) -> None:  # type: ignore[no-untyped-def]
    d = CustomFunctionDialog(window)
    d.name.setText("quick gelu")
    d.expression.setText("x*sigmoid(1.702*x)")
    assert d.check()
    c = window.state.add_custom(d.function)
    assert window.state.selected == c.uid
    for order in range(3):
        x, y = window.canvas.plotted(c.uid, order)
        expected = catalog.evaluate("silu", 1.702 * x, None, order) * (1.702**order) / 1.702
        np.testing.assert_allclose(y, expected, rtol=1e-12, atol=1e-15)
    item = window.function_list.item(c.function_id)
    assert item.text(0).startswith("quick gelu")
    assert "Custom function" in window.info_panel.summary.text()
    # a different function under the same name is refused
    d.expression.setText("x*tanh(x)")
    assert d.check()
    with pytest.raises(ValueError, match="already called"):
        window.state.add_custom(d.function)


def test_custom_parameters_get_spin_boxes_and_save_with_sessions(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    d = CustomFunctionDialog(window)
    d.name.setText("scaled elu")
    d.expression.setText("where(x > 0, x, a*(exp(x) - 1))")
    d.params.setPlainText("a = 1.0 in [0, 5]")
    assert d.check()
    c = window.state.add_custom(d.function)
    window.parameter_editor.editors["a"].spin.setValue(2.5)
    assert c.params["a"] == 2.5
    x, y = window.canvas.plotted(c.uid, 0)
    np.testing.assert_allclose(
        y, catalog.evaluate("elu", x, {"alpha": 2.5}), rtol=1e-13, atol=1e-15
    )
    path = tmp_path / "c.actgui.json"
    session.save(window.state, path)
    loaded = session.load(path)
    assert session.to_dict(loaded) == session.to_dict(window.state)
    assert c.spec() == "expr:where(x > 0, x, a*(exp(x) - 1)); a=2.5"


def test_undefined_regions_are_reported_not_plotted(window) -> None:  # type: ignore[no-untyped-def]
    d = CustomFunctionDialog(window)
    d.name.setText("log")
    d.expression.setText("log(x)")
    assert d.check()
    assert "log" in d.message.text()
    c = window.state.add_custom(d.function)
    window.info_panel.flush()
    x, y = window.canvas.plotted(c.uid, 0)
    assert np.all(np.isnan(y[x <= 0])) and np.all(np.isfinite(y[x > 0]))
    assert window.info_panel.table.item(0, 0).text() == "undefined"


def test_every_hostile_input_is_refused_by_the_dialog(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The parser's hostile list, typed into the window: refused with a message, no
    exception, nothing created, the app goes on."""
    from tests.core.test_expressions import HOSTILE

    d = CustomFunctionDialog(window)
    d.expression.setText("x * sigmoid(x)")
    assert d.check()
    good = d.function
    for text, _fragment, _pos in HOSTILE:
        d.expression.setText(text)
        assert not d.check(), text
        assert d.message.text()
        assert d.function is good  # the last valid function stays
    assert not Path("/tmp/pwned").exists()
    d.expression.setText("x * tanh(softplus(x))")
    assert d.check()
    window.state.add_custom(d.function)  # and the app goes on
