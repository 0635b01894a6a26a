"""The depth lab follows a live theme and language switch, and its histograms
keep every curve visible next to a ReLU spike."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from actgui.core import depth
from actgui.ui import i18n, theme
from actgui.ui.depth_lab import DepthLab, hist_top
from actgui.ui.plot_canvas import THEMES


@pytest.fixture
def lab(qtbot):  # type: ignore[no-untyped-def]
    w = DepthLab()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.cancel()
    w.wait(30.0)


@pytest.fixture
def restore_theme_and_language(monkeypatch):  # type: ignore[no-untyped-def]
    """English again after the test; the theme the application last applied stays
    (the switches here go through the lab, not the application's style)."""
    monkeypatch.setattr(theme, "_current", theme.current())

    def restore() -> None:
        i18n.install("en")
        QApplication.processEvents()

    yield restore
    restore()


def palette_change(name: str) -> None:
    """What the lab sees of ``theme.apply(app, name)``: theme.current() is ``name``
    and Qt sends every widget a PaletteChange."""
    theme._current = name
    for w in QApplication.topLevelWidgets():
        QApplication.sendEvent(w, QEvent(QEvent.Type.PaletteChange))


def run(lab: DepthLab, specs: list[str], **config: object) -> None:
    lab.set_functions(specs)
    lab.set_config(depth.DepthConfig(**config))  # type: ignore[arg-type]
    assert lab.start()
    assert lab.wait(120.0)
    for _ in range(3):  # the axes take their ranges
        QApplication.processEvents()


def shown_tick_labels(axis) -> list[str]:  # type: ignore[no-untyped-def]
    """The major tick labels the axis draws now (with the scale its paint uses)."""
    lo, hi = axis.range
    (spacing, values), *_ = axis.tickValues(lo, hi, axis.height())
    return list(axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, spacing))


def test_histogram_fractions_stay_fractions_after_theme_switches(
    lab: DepthLab, restore_theme_and_language
) -> None:  # type: ignore[no-untyped-def]
    run(lab, ["relu", "tanh"], layers=6, width=32, batch=64)
    axes = [p.getAxis("left") for p in lab.plots.hist_plots]
    before = [shown_tick_labels(a) for a in axes]
    assert all(before) and all(float(s) <= 1.0 for labels in before for s in labels)
    for name in ("dark", "light", "dark"):
        lab.apply_theme(name)  # as the main window calls it
        palette_change(name)  # and the palette change Qt sends
        for _ in range(3):
            QApplication.processEvents()
        for axis, was in zip(axes, before):
            assert axis.autoSIPrefixScale == 1.0
            assert shown_tick_labels(axis) == was  # not x1000
            assert "x1" not in axis.labelString()
    restore_theme_and_language()


def test_colours_follow_a_palette_change(lab: DepthLab, restore_theme_and_language) -> None:  # type: ignore[no-untyped-def]
    run(lab, ["relu", "tanh"], layers=6, width=32, batch=64)
    palette_change("dark")  # no call of apply_theme: the palette change is enough
    dark = THEMES["dark"]
    assert lab.plots.theme_name == "dark"
    assert lab.plots.layout_widget.backgroundBrush().color() == QColor(dark["background"])
    fg = QColor(dark["foreground"])
    for plot in (*lab.plots.plots.values(), *lab.plots.hist_plots):
        assert plot.getAxis("left").textPen().color() == fg
        if plot.titleLabel.text:
            assert plot.titleLabel.opts["color"] == fg.name()
    assert lab.plots.title.opts["color"] == fg.name()
    assert lab.plots.legend.opts["color"] == fg.name()
    np.testing.assert_array_equal(
        lab.plots.plotted("hist", 0, "0")[1], lab.results[0][0].histograms[0].fractions
    )
    palette_change("light")
    assert lab.plots.layout_widget.backgroundBrush().color() == QColor(
        THEMES["light"]["background"]
    )
    restore_theme_and_language()


def test_a_relu_spike_does_not_squash_the_other_histograms(lab: DepthLab) -> None:
    run(lab, ["relu", "tanh", "elu"], layers=10, width=64, batch=128)
    for k, plot in enumerate(lab.plots.hist_plots):
        top, cut = lab.plots.hist_tops[k]
        hists = [rs[0].histograms[k] for rs in lab.results]
        relu, others = hists[0].fractions, [h.fractions for h in hists[1:]]
        assert relu.max() > 0.3  # about half of ReLU's outputs are exactly 0
        assert cut and top < relu.max()
        # every other bin whole, and the highest of them fills most of the plot
        body = max(np.sort(relu)[-2], *(f.max() for f in others))
        assert 0.6 * top < body <= top
        lo, hi = plot.getViewBox().viewRange()[1]
        assert lo == pytest.approx(0.0) and hi == pytest.approx(top)
        # the cut spike's height is written at the top, in ReLU's colour
        (index, x, height), *_ = lab.plots.spike_notes[k]
        assert index == 0 and height == pytest.approx(relu.max())
        assert x == pytest.approx(hists[0].centers[int(np.argmax(relu))])
    note = lab.plots._notes[0]
    assert f"{lab.plots.spike_notes[0][0][2]:.2f}" in note.textItem.toPlainText()


def test_hist_top_keeps_everything_without_a_spike() -> None:
    smooth = [np.array([0.1, 0.3, 0.4, 0.2]), np.array([0.25, 0.25, 0.25, 0.25])]
    top, cut = hist_top(smooth)
    assert not cut and top >= 0.4
    # a dead network: every curve is one spike; nothing else to show, so nothing is cut
    top, cut = hist_top([np.array([0.0, 1.0, 0.0]), np.array([1.0, 0.0, 0.0])])
    assert not cut and top >= 1.0
    top, cut = hist_top([np.array([0.02, 0.9, 0.03, 0.05]), np.array([0.2, 0.3, 0.3, 0.2])])
    assert cut and 0.3 <= top < 0.9


def test_language_switch_while_running(qtbot, restore_theme_and_language) -> None:  # type: ignore[no-untyped-def]
    lab = DepthLab(lang="en")
    qtbot.addWidget(lab)
    lab.resize(1280, 720)
    lab.show()
    qtbot.waitExposed(lab)
    p = depth.preset("selu_lecun")
    run(lab, ["selu"], layers=4, width=16, batch=8)
    assert lab.status.text().startswith("1 run in ")
    assert lab.run_button.text() == "Run"
    assert lab.plots.plots["fractions"].getAxis("bottom").labelText == "layer"

    assert i18n.install("zh_CN")
    QApplication.processEvents()  # Qt posts LanguageChange to the windows
    assert lab.lang == "zh_CN"
    assert lab.run_button.text() == "运行"
    assert lab.cancel_button.text() == "取消"
    assert lab.preset_label.text() == "预设"
    assert lab.preset_combo.itemText(1 + depth.PRESETS.index(p)) == p.title_zh
    assert lab.init_combo.itemText(depth.INITS.index("orthogonal")) == "正交"
    assert lab.status.text().startswith("1 次运行，用时 ") and lab.status.text().endswith("秒。")
    assert lab.empty_title.text() == "选择激活函数，然后点击“运行”"
    assert lab.plots.plots["fractions"].getAxis("bottom").labelText == "层"
    assert lab.plots.hist_plots[0].titleLabel.text == "第 1 层的激活"
    assert "初始化" in lab.plots.title.text
    assert lab._form_labels["layers"].text() == "层数"
    assert "隐藏层" in lab.layers_spin.toolTip()
    lab.apply_preset("selu_lecun")  # a preset's title and explanation: the core's Chinese
    assert lab.status.text() == "\n".join(p.explanation_zh)
    assert lab.preset_combo.currentText() == p.title_zh

    assert i18n.install("en")
    QApplication.processEvents()
    assert lab.lang == "en"
    assert lab.run_button.text() == "Run"
    assert lab.preset_combo.currentText() == p.title_en
    assert lab.status.text() == "\n".join(p.explanation_en)
    assert lab.plots.hist_plots[0].titleLabel.text == "activations at layer 1"
    assert lab.plots.plots["fractions"].getAxis("bottom").labelText == "layer"
    restore_theme_and_language()


def test_an_error_is_said_again_in_the_new_language(qtbot, restore_theme_and_language) -> None:  # type: ignore[no-untyped-def]
    lab = DepthLab(lang="en")
    qtbot.addWidget(lab)
    lab.set_functions([])
    assert not lab.start()
    assert lab.status.text() == "Add at least one function, e.g. relu."
    i18n.install("zh_CN")
    QApplication.processEvents()
    assert lab.status.text() == "请至少添加一个函数，例如 relu。"
    i18n.install("en")
    QApplication.processEvents()
    assert lab.status.text() == "Add at least one function, e.g. relu."
    restore_theme_and_language()
