"""The training lab widget: runs in a worker thread, draws the core's numbers, exports,
cancels, refuses bad input, follows language and theme, keeps its settings."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from actgui.core import training as T
from actgui.core.state import PALETTE
from actgui.ui.training_lab import TrainingLab
from actgui.ui.training_plots import CLASS_COLOURS, boundary_image

SMALL = T.TrainConfig(data="xor", points=120, test_points=40, layers=2, width=6, epochs=40)


@pytest.fixture
def lab(qtbot):  # type: ignore[no-untyped-def]
    w = TrainingLab()
    qtbot.addWidget(w)
    w.resize(1280, 760)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.cancel()
    w.wait(30.0)


def train(qtbot, lab: TrainingLab) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(lab.sigFinished, timeout=120_000):
        assert lab.start()


def test_a_run_draws_exactly_the_cores_numbers(qtbot, lab: TrainingLab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lab.set_functions(["relu", "prelu", "silu"])
    lab.set_config(SMALL)
    lab.learn_edit.setText("beta")
    train(qtbot, lab)
    want = T.train(["relu", "prelu", "silu"], SMALL, ["beta"])
    snap = lab.snapshot
    assert snap is not None and snap.epoch == 40
    assert len(lab.plots.map_plots) == 3 and len(lab.plots.images) == 3
    for i, h in enumerate(want.histories):
        x, y = lab.plots.plotted("loss", i, "train")
        np.testing.assert_array_equal(x, np.arange(41))
        np.testing.assert_array_equal(y, h.loss)
        _x, y = lab.plots.plotted("accuracy", i, "test")
        np.testing.assert_array_equal(y, h.test_accuracy)
        _x, y = lab.plots.plotted("grad", i, "now")
        np.testing.assert_array_equal(y, h.grad_norms[-1])
    _x, y = lab.plots.plotted("learned", 2, "beta")
    np.testing.assert_array_equal(y, want.histories[2].learned[:, 0])
    _x, y = lab.plots.plotted("learned", 1, "init")
    np.testing.assert_array_equal(y, want.histories[1].learned[:, 0])
    assert "40 epochs" in lab.status.text()
    prelu, silu = want.networks[1].params["init"], want.networks[2].params["beta"]
    assert lab.learned_specs() == [f"prelu(init={prelu!r})", f"silu(beta={silu!r})"]
    assert lab.curves_button.isEnabled()
    # exports: the same CSV and weights as the core's, and the figure
    lab.export(tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_text(encoding="utf-8") == T.csv_text(want)
    lab.export(tmp_path / "t.npz")
    assert (tmp_path / "t.npz").read_bytes() == T.npz_bytes(want)
    for suffix in ("png", "svg", "pdf"):
        lab.export(tmp_path / f"t.{suffix}", 900, 600)
        assert (tmp_path / f"t.{suffix}").stat().st_size > 1000
    img = QImage(str(tmp_path / "t.png"))
    assert (img.width(), img.height()) == (900, 600)
    colours = {
        img.pixelColor(x, y).name().upper() for x in range(0, 900, 3) for y in range(0, 600, 3)
    }
    assert PALETTE[0] in colours and PALETTE[2] in colours


def test_the_window_stays_responsive_and_a_run_can_be_cancelled(qtbot, lab: TrainingLab) -> None:  # type: ignore[no-untyped-def]
    lab.set_functions(["tanh", "relu", "gelu", "elu", "sigmoid", "prelu"])
    lab.set_config(T.TrainConfig(points=1000, layers=4, width=32, epochs=100_000))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    assert lab.start()
    timer.start()
    qtbot.waitUntil(lambda: lab.snapshot is not None and lab.snapshot.epoch >= 3, timeout=30_000)
    qtbot.wait(600)
    timer.stop()
    gaps = np.diff(ticks)
    assert len(ticks) > 10 and np.median(gaps) < 0.1, gaps  # the event loop keeps turning
    assert lab.running and not lab.train_button.isEnabled() and lab.cancel_button.isEnabled()
    with qtbot.waitSignal(lab.sigFinished, timeout=30_000):
        lab.cancel()
    assert not lab.running and lab.train_button.isEnabled()
    assert lab.status.text().startswith("Cancelled after")
    assert lab.trainer is not None and 0 < lab.trainer.epoch < 100_000
    assert lab.export_button.isEnabled()


@pytest.mark.parametrize(
    ("setup", "words"),
    [
        (
            lambda lab: lab.learn_edit.setText("nosuch"),
            "Also learn 'nosuch': none of the functions",
        ),
        (lambda lab: lab.set_functions([]), "Add at least one function"),
        (lambda lab: lab.sigma_spin.setValue(0.5) or lab.init_combo.setCurrentIndex(5), None),
    ],
)
def test_bad_input_is_said_and_nothing_runs(lab: TrainingLab, setup, words) -> None:  # type: ignore[no-untyped-def]
    setup(lab)
    lab.set_config(SMALL) if words is None else None
    started = lab.start()
    if words is None:  # init normal with its sigma is fine
        assert started
        lab.wait(60.0)
        return
    assert not started and not lab.running
    assert words in lab.status.text()


def test_adding_functions_stops_at_six_and_names_a_bad_one(lab: TrainingLab) -> None:
    lab.set_functions([])
    for fid in ("relu", "tanh", "gelu", "elu", "selu", "mish"):
        lab.function_edit.setEditText(fid)
        lab._on_add()
    assert len(lab.functions()) == 6 and not lab.add_button.isEnabled()
    lab.set_functions(["relu"])
    lab.function_edit.setEditText("relux")
    lab._on_add()
    assert lab.functions() == ["relu"] and "unknown function 'relux'" in lab.status.text()
    lab.function_edit.setEditText("expr:x*tanh(x)")
    lab._on_add()
    assert lab.functions() == ["relu", "expr:x*tanh(x)"]


def test_theme_language_and_settings(qtbot, lab: TrainingLab) -> None:  # type: ignore[no-untyped-def]
    lab.set_config(SMALL)
    train(qtbot, lab)
    lab.apply_theme("dark")
    assert lab.plots.layout_widget.backgroundBrush().color() == QColor("#1e1f22")
    assert len(lab.plots.images) == 4  # redrawn in the new colours
    lab.set_language("zh_CN")
    assert lab.lang == "zh_CN" and lab.plots.lang == "zh_CN"
    assert lab.train_button.text() and lab.status.text()
    lab.set_language("en")
    assert lab.train_button.text() == "Train"
    lab.apply_theme("light")
    # the controls come back in a new lab
    lab.layers_spin.setValue(5)
    lab.set_functions(["gelu", "expr:x*sigmoid(b*x); b=2"])
    lab.learn_edit.setText("b")
    lab.data_combo.setCurrentIndex(3)
    again = TrainingLab()
    qtbot.addWidget(again)
    assert again.layers_spin.value() == 5
    assert again.functions() == ["gelu", "expr:x*sigmoid(b*x); b=2"]
    assert again.learn() == ["b"] and again.data_combo.currentData() == "spiral"
    assert again.classes_spin.isEnabled() and not again.momentum_spin.isEnabled()
    # a bad saved value keeps its default and is named
    QSettings().setValue("train/width", "wide")
    third = TrainingLab()
    qtbot.addWidget(third)
    assert third.width_spin.value() == 16 and "Width" in third.status.text()


def test_language_change_event_retranslates(qtbot, lab: TrainingLab) -> None:  # type: ignore[no-untyped-def]
    from actgui.ui import i18n

    i18n.install("zh_CN")
    try:
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert lab.lang == "zh_CN"
    finally:
        i18n.install("en")
        QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert lab.lang == "en" and lab.train_button.text() == "Train"


def test_boundary_image_colours() -> None:
    p = np.zeros((2, 3, 2))
    p[0, :, 1] = 1.0  # sure of class 1
    p[1, :, :] = 0.5  # unsure
    img = boundary_image(p, "#ffffff")
    assert img.shape == (2, 3, 4) and img.dtype == np.uint8
    blue = np.array(QColor(CLASS_COLOURS[1]).getRgb()[:3])
    sure, unsure = img[0, 0, :3].astype(float), img[1, 0, :3].astype(float)
    assert np.linalg.norm(sure - blue) < np.linalg.norm(unsure - blue)
    assert np.all(unsure > 200)  # nearly the background


def test_learned_values_go_to_the_curves_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from actgui.ui.main_window import _TRAIN_TAB

    window.tabs.setCurrentIndex(_TRAIN_TAB)
    lab = window.training_lab
    lab.set_functions(["relu", "prelu", "expr:x*sigmoid(b*x); b=1"])
    lab.set_config(SMALL)
    lab.learn_edit.setText("b")
    train(qtbot, lab)
    before = len(window.state.curves)
    lab.curves_button.click()
    added = window.state.curves[before:]
    assert len(added) == 2
    trained = lab.trainer.networks
    assert added[0].function_id == "prelu" and added[0].params["init"] == trained[1].params["init"]
    assert added[1].params["b"] == trained[2].params["b"] != 1.0
    assert "Curves" in lab.status.text()


def test_a_new_lab_starts_from_the_cores_defaults(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Found by a tester: the lab started at 300 epochs, the README and --help say 200:
    the core's TrainConfig is the one owner of the defaults."""
    QSettings().remove("train")
    fresh = TrainingLab()
    qtbot.addWidget(fresh)
    assert fresh.config().checked() == T.TrainConfig().checked()
    assert fresh.epochs_spin.value() == T.TrainConfig().epochs
