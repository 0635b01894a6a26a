"""The depth lab widget: presets, runs in a worker thread, plots equal to the core's numbers."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from actgui.core import depth
from actgui.core.state import PALETTE
from actgui.ui.depth_lab import DepthLab


@pytest.fixture
def lab(qtbot):  # type: ignore[no-untyped-def]
    w = DepthLab()
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.cancel()
    w.wait(30.0)


def run_and_wait(qtbot, lab: DepthLab, start) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(lab.sigFinished, timeout=120_000):
        assert start()


def _expected(row: str, r: depth.DepthResult, column: str) -> tuple[np.ndarray, np.ndarray]:
    y = r.column(column)
    x = np.arange(len(y), dtype=float)
    ok = ~np.isnan(y)
    x, y = x[ok], y[ok]
    return x, y


ROW_COLUMNS = [
    ("mean_sq", "act_mean_sq"),
    ("mean_std", "act_mean"),
    ("mean_std", "act_std"),
    ("grad", "grad_norm_act"),
    ("grad", "grad_norm_weight"),
    ("fractions", "dead_fraction"),
    ("fractions", "saturated_fraction"),
]


def test_a_preset_plots_exactly_the_core_results(qtbot, lab: DepthLab) -> None:  # type: ignore[no-untyped-def]
    run_and_wait(qtbot, lab, lambda: lab.run_preset("leaky_vs_relu"))
    p = depth.preset("leaky_vs_relu")
    assert lab.functions() == list(p.functions)
    assert lab.config() == p.config
    assert lab.status.text().startswith(p.explanation_en[0])
    want = depth.simulate_many(p.functions, p.config, p.repeats)
    assert len(lab.results) == len(want) == 4
    for i, rs in enumerate(want):
        r = rs[0]
        for row, column in ROW_COLUMNS:
            x, y = lab.plots.plotted(row, i, column)
            wx, wy = _expected(row, r, column)
            np.testing.assert_array_equal(x, wx, err_msg=f"{r.label} {column}")
            np.testing.assert_array_equal(y, wy, err_msg=f"{r.label} {column}")
        for k, h in enumerate(r.histograms):
            x, y = lab.plots.plotted("hist", i, str(k))
            np.testing.assert_array_equal(x, h.edges)
            np.testing.assert_array_equal(y, h.fractions)
        # Tableau 10, in order
        pen = lab.plots._items[("grad", i, "grad_norm_act")].opts["pen"]
        assert pen.color().name().upper() == PALETTE[i]
        assert lab.function_list.item(i).foreground().color() == QColor(PALETTE[i])
    assert [h.layer for h in want[0][0].histograms] == [1, 15, 30]
    assert "layer 15" in lab.plots.hist_plots[1].titleLabel.text
    # ReLU dies: its exact zeros are marked at the bottom edge; the leaky ones are alive
    _x, g = lab.plots.plotted("grad", 0, "grad_norm_weight")
    assert g[0] == 0.0
    zx, _zy = lab.plots.zero_marks("grad", 0, "grad_norm_weight")
    assert zx[0] == _x[0]
    assert lab.export_button.isEnabled()
    assert not lab.running and lab.run_button.isEnabled()


def test_seeds_show_median_and_band_and_preactivations(qtbot, lab: DepthLab) -> None:  # type: ignore[no-untyped-def]
    cfg = depth.DepthConfig(layers=8, width=32, init="normal", sigma=0.3, bias=0.05, batch=16)
    lab.set_functions(["tanh", "gelu(approximate=tanh)"])
    lab.set_config(cfg, repeats=3)
    lab.signal_combo.setCurrentIndex(lab.signal_combo.findData("preact"))
    lab.hist_edit.setText("0, 8")
    assert lab.sigma_spin.isEnabled()
    run_and_wait(qtbot, lab, lab.start)
    want = depth.simulate_many(["tanh", "gelu(approximate=tanh)"], cfg, repeats=3)
    for i, rs in enumerate(want):
        for row, column in (("mean_sq", "act_mean_sq"), ("mean_std", "preact_std")):
            med, _lo, _hi = depth.spread(rs, column)
            _x, y = lab.plots.plotted(row, i, column)
            ok = ~np.isnan(med)
            np.testing.assert_array_equal(y, med[ok])
            assert lab.plots.has_band(row, i, column)
    assert "3 seeds" in lab.plots.title.text
    assert [h.layer for h in lab.results[0][0].histograms] == [0, 8]
    assert lab.plots.hist_plots[0].titleLabel.text.endswith("activations at layer 0")
    assert lab.plots.hist_plots[2].titleLabel.text == ""
    lab.signal_combo.setCurrentIndex(lab.signal_combo.findData("act"))
    _x, y = lab.plots.plotted("mean_std", 0, "act_mean")
    np.testing.assert_array_equal(y, depth.spread(want[0], "act_mean")[0])


def test_bad_input_is_shown_not_run(qtbot, lab: DepthLab) -> None:  # type: ignore[no-untyped-def]
    lab.set_functions([])
    assert not lab.start()
    assert "at least one function" in lab.status.text()
    lab.set_functions(["sigmod"])
    assert not lab.start()
    assert "unknown function 'sigmod'" in lab.status.text()
    lab.set_functions(["relu"])
    lab.hist_edit.setText("1,2,3,4")
    assert not lab.start()
    assert "at most 3 histogram layers" in lab.status.text()
    lab.set_functions(["sigmod"])
    lab.function_edit.setEditText("elu(alpha=-3)")
    lab.add_button.click()
    assert "alpha" in lab.status.text() and lab.functions() == ["sigmod"]
    lab.function_edit.setEditText("elu(alpha=0.5)")
    lab.add_button.click()
    assert lab.functions() == ["sigmod", "elu(alpha=0.5)"]
    assert not lab.running


def test_editing_leaves_the_preset_and_init_controls_sigma(lab: DepthLab) -> None:
    lab.apply_preset("relu_he")
    assert lab.preset_combo.currentData() == "relu_he"
    assert lab.repeats() == 5 and not lab.sigma_spin.isEnabled()
    lab.layers_spin.setValue(12)
    assert lab.preset_combo.currentIndex() == 0
    lab.init_combo.setCurrentIndex(lab.init_combo.findData("normal"))
    assert lab.sigma_spin.isEnabled() and lab.config().sigma == lab.sigma_spin.value()


def test_cancel_a_large_run_while_the_window_stays_live(qtbot, lab: DepthLab) -> None:  # type: ignore[no-untyped-def]
    lab.set_functions(["relu"])
    lab.set_config(depth.DepthConfig(layers=200, width=2048, batch=256))
    assert lab.start()
    assert lab.running and lab.cancel_button.isEnabled() and not lab.run_button.isEnabled()
    # the GUI thread keeps serving events: the poll timer moves the progress bar
    qtbot.waitUntil(lambda: lab.progress.value() > 0, timeout=60_000)
    with qtbot.waitSignal(lab.sigFinished, timeout=30_000):
        lab.cancel_button.click()
    assert "Cancelled" in lab.status.text()
    assert not lab.running and lab.results is None
    assert not [t for t in threading.enumerate() if t.name.startswith("actgui-")]


def test_export_from_the_lab(qtbot, lab: DepthLab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="run the lab first"):
        lab.export(tmp_path / "x.csv")
    lab.set_functions(["relu", "sigmoid"])
    lab.set_config(depth.DepthConfig(layers=5, width=16, batch=8))
    run_and_wait(qtbot, lab, lab.start)
    lab.export(tmp_path / "t.csv")
    rows = depth.read_csv((tmp_path / "t.csv").read_text(encoding="utf-8"))
    assert len(rows) == 2 * 6
    lab.export(tmp_path / "f.png", 700, 500)
    img = QImage(str(tmp_path / "f.png"))
    assert (img.width(), img.height()) == (700, 500)
    lab.export(tmp_path / "f.svg")
    assert b"<svg" in (tmp_path / "f.svg").read_bytes()


def test_dark_theme_keeps_the_data(qtbot, lab: DepthLab) -> None:  # type: ignore[no-untyped-def]
    lab.set_functions(["selu"])
    lab.set_config(depth.DepthConfig(layers=4, width=16, batch=8))
    run_and_wait(qtbot, lab, lab.start)
    before = lab.plots.plotted("grad", 0, "grad_norm_act")
    lab.apply_theme("dark")
    assert lab.plots.layout_widget.backgroundBrush().color() == QColor("#1e1f22")
    assert lab.plots.plots["grad"].getAxis("left").textPen().color() == QColor("#dcdcdc")
    after = lab.plots.plotted("grad", 0, "grad_norm_act")
    np.testing.assert_array_equal(before[1], after[1])
    assert "#dcdcdc" in lab.plots.title.text or lab.plots.title.opts["color"] == "#dcdcdc"


def test_chinese_texts(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = DepthLab(lang="zh_CN")
    qtbot.addWidget(w)
    w.apply_preset("selu_lecun")
    assert w.status.text() == "\n".join(depth.preset("selu_lecun").explanation_zh)
    assert w.preset_combo.currentText() == "SELU + LeCun：自归一化"
    assert w.run_button.text() == "运行"


def test_closing_while_running_stops_the_worker(qtbot) -> None:  # type: ignore[no-untyped-def]
    w = DepthLab()
    qtbot.addWidget(w)
    w.set_functions(["tanh"])
    w.set_config(depth.DepthConfig(layers=200, width=2048, batch=256))
    assert w.start()
    job = w._job
    w.close()
    assert job is not None and job.finished.wait(30.0) and job.cancelled


def test_signal_choice_before_a_run_titles_the_plots(lab: DepthLab) -> None:
    assert lab.results is None
    title = lab.plots.plots["mean_std"].titleLabel
    lab.signal_combo.setCurrentIndex(lab.signal_combo.findData("preact"))
    assert lab.plots.signal == "preact" and title.text.startswith("pre-activations")
    lab.signal_combo.setCurrentIndex(lab.signal_combo.findData("act"))
    assert lab.plots.signal == "act" and title.text.startswith("activations")
    with pytest.raises(ValueError, match="'act' or 'preact'"):
        lab.plots.set_signal("gradients")


@pytest.mark.parametrize(
    ("answer", "chosen", "written"),
    [
        ("fig", "SVG (*.svg)", "fig.svg"),
        ("fig.v2", "PNG (*.png)", "fig.v2.png"),
        ("*", "PNG (*.png)", None),
    ],
)
def test_export_names_end_in_a_format_and_wildcards_are_refused(
    qtbot, lab: DepthLab, tmp_path: Path, monkeypatch, answer, chosen, written
) -> None:  # type: ignore[no-untyped-def]
    """Found by a tester: a name without a known extension failed, '*' wrote a file '*'."""
    from actgui.ui import lab_common

    lab.set_functions(["relu"])
    lab.set_config(depth.DepthConfig(layers=3, width=8, batch=4))
    run_and_wait(qtbot, lab, lab.start)
    monkeypatch.setattr(
        lab_common.QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / answer), chosen)
    )
    lab._on_export()
    if written is None:
        assert "The file name * holds * or ?" in lab.status.text()
        assert list(tmp_path.iterdir()) == []
    else:
        assert [p.name for p in tmp_path.iterdir()] == [written]
        assert f"Saved {tmp_path / written}." in lab.status.text()
