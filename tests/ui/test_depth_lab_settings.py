"""The depth lab remembers its controls in QSettings ("depth/...") across restarts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from actgui.core import depth
from actgui.ui.depth_lab import DEFAULT_FUNCTIONS, DepthLab


def _lab(qtbot) -> DepthLab:  # type: ignore[no-untyped-def]
    w = DepthLab()
    qtbot.addWidget(w)
    return w


def _controls(lab: DepthLab) -> dict[str, object]:
    return {
        "functions": lab.functions(),
        "config": lab.config(),
        "seeds": lab.repeats(),
        "hist": lab.hist_edit.text(),
        "preset": lab.preset_combo.currentData(),
        "signal": lab.signal_combo.currentData(),
        "sigma": lab.sigma_spin.value(),
    }


def test_controls_come_back_after_a_restart(qtbot) -> None:  # type: ignore[no-untyped-def]
    lab = _lab(qtbot)
    lab.set_functions(["leaky_relu(negative_slope=0.2)", "expr:a*x*sigmoid(x); a=1", "tanh"])
    cfg = depth.DepthConfig(
        layers=17, width=96, init="normal", sigma=0.125, bias=-0.25, seed=7, batch=48, eps=0.002
    )
    lab.set_config(cfg, repeats=3)
    lab.hist_edit.setText("2, 9, 17")
    lab.signal_combo.setCurrentIndex(1)
    want = _controls(lab)
    assert want["config"] == cfg and want["preset"] == ""
    # saved as they change: no close needed (the window does not close its tabs)
    again = _lab(qtbot)
    assert _controls(again) == want
    assert again.sigma_spin.isEnabled()
    assert not again.status.isVisible() and again.status.text() == ""
    assert QSettings().value("depth/layers") is not None


def test_a_preset_comes_back_without_running(qtbot) -> None:  # type: ignore[no-untyped-def]
    lab = _lab(qtbot)
    lab.apply_preset("relu_he")
    again = _lab(qtbot)
    assert again.preset_combo.currentData() == "relu_he"
    assert again.functions() == list(depth.preset("relu_he").functions)
    assert again.config() == depth.preset("relu_he").config
    assert not again.running and again.results is None
    # a hand edit leaves the preset, and that is remembered too
    again.layers_spin.setValue(again.layers_spin.value() + 1)
    assert _lab(qtbot).preset_combo.currentData() == ""


def test_closing_saves(qtbot) -> None:  # type: ignore[no-untyped-def]
    lab = _lab(qtbot)
    lab.show()
    QSettings().clear()
    lab.close()
    assert QSettings().value("depth/functions") is not None


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("layers", "many"),
        ("layers", "100000000"),
        ("width", "-3"),
        ("sigma", "nan"),
        ("bias", "inf"),
        ("seeds", "2.5"),
        ("eps", "0"),
        ("init", "zeros"),
        ("preset", "no_such_preset"),
        ("signal", "both"),
        ("functions", "relu"),
        ("functions", '["relu", "sigmod"]'),
        ("functions", '{"a": 1}'),
        ("hist_layers", "1, 2, 3, 4"),
        ("hist_layers", "999"),
    ],
)
def test_bad_saved_values_fall_back_with_a_note(qtbot, key: str, value: str) -> None:  # type: ignore[no-untyped-def]
    fresh = _controls(_lab(qtbot))
    QSettings().clear()
    QSettings().setValue("depth/" + key, value)
    lab = _lab(qtbot)
    assert _controls(lab) == fresh  # the default, nothing else changed
    assert lab.functions() == list(DEFAULT_FUNCTIONS)
    assert "not valid" in lab.status.text()
    label = {"seeds": "repeats", "signal": "show"}.get(key, key)
    name = (
        lab.functions_label
        if key == "functions"
        else lab.preset_label
        if key == "preset"
        else lab._form_labels[label]
    ).text()
    assert name in lab.status.text()


def test_nothing_saved_gives_the_defaults(qtbot) -> None:  # type: ignore[no-untyped-def]
    lab = _lab(qtbot)
    assert lab.functions() == list(DEFAULT_FUNCTIONS)
    assert lab.config() == depth.DepthConfig()
    assert lab.status.text() == ""
