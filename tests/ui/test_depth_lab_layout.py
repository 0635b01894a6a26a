"""The depth lab in the window at 1088x680 (1280x800 screen) up to 1920x1080.

Before a run it says what to do (no empty axes); after a run the figure fits
its tab: every title, the legend and every axis lie inside the view, titles
whole (wrapped, never cut); the controls scroll, Run stays in view.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtWidgets import QApplication, QWidget

from actgui.core import depth
from actgui.core.state import ExplorerState
from actgui.ui.depth_lab import DepthLab, WrapLabel

SIZES = [(1088, 680), (1280, 800), (1920, 1080)]
# long labels: the legend must wrap or fit, never widen the figure
SPECS = ["relu", "leaky_relu(negative_slope=0.2)", "elu(alpha=0.5)", "gelu(approximate=tanh)"]


def settle() -> None:
    app = QApplication.instance()
    for _ in range(6):
        app.processEvents()


@pytest.fixture
def window_at(qtbot):  # type: ignore[no-untyped-def]
    from actgui.ui.main_window import MainWindow

    made = []

    def make(width: int, height: int, lang: str = "en"):  # type: ignore[no-untyped-def]
        win = MainWindow(ExplorerState.first_launch(), lang=lang, theme="light")
        qtbot.addWidget(win)
        win.resize(width, height)
        win.show()
        qtbot.waitExposed(win)
        win.tabs.setCurrentIndex(1)
        settle()
        made.append(win)
        return win

    yield make
    for win in made:
        if win._depth_lab is not None:
            win._depth_lab.cancel()
            win._depth_lab.wait(30.0)


def inside(widget: QWidget, ancestor: QWidget) -> bool:
    top_left = widget.mapTo(ancestor, QPoint(0, 0))
    return ancestor.rect().contains(QRect(top_left, widget.size()))


def run_small(lab: DepthLab) -> None:
    lab.set_functions(SPECS)
    lab.set_config(depth.DepthConfig(layers=30, width=32, batch=32))
    assert lab.start()
    assert lab.wait(120.0)
    settle()


def labels(lab: DepthLab) -> list[WrapLabel]:
    p = lab.plots
    return [p.title, p.legend, *(x.titleLabel for x in (*p.plots.values(), *p.hist_plots))]


def assert_controls_fit(win, lab: DepthLab) -> None:  # type: ignore[no-untyped-def]
    assert inside(lab, win)
    for button in (lab.run_button, lab.cancel_button, lab.export_button):
        assert button.isVisible() and inside(button, lab), button.text()
        text = button.fontMetrics().horizontalAdvance(button.text())
        assert text <= button.width() - 8, f"{button.text()!r} cut in {button.width()} px"
    controls = lab.scroll.widget()
    # nothing needs a horizontal scroll bar: every row fits the column's width
    assert controls.minimumSizeHint().width() <= lab.scroll.viewport().width()
    for label in (*lab._form_labels.values(), lab.preset_label, lab.functions_label):
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), label.text()
    combo = lab.preset_combo
    longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(1, 6))
    assert longest <= combo.width() - 28, "a preset's name would be cut in its box"


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_before_a_run_it_says_what_to_do(window_at, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    win = window_at(width, height)
    lab = win.depth_lab
    assert lab.stack.currentWidget() is lab.empty
    assert not lab.plots.isVisible()  # no empty 0-1 axes
    assert lab.empty_title.isVisible() and inside(lab.empty_title, lab)
    assert lab.empty_title.text() == "Choose activations and press Run"
    assert "preset" in lab.empty_hint.text()
    assert_controls_fit(win, lab)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_after_a_run_the_figure_fits_its_tab(window_at, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    win = window_at(width, height)
    lab = win.depth_lab
    run_small(lab)
    assert lab.stack.currentWidget() is lab.plots and lab.plots.isVisible()
    assert inside(lab.plots, win)
    view = lab.plots.layout_widget
    shown = QRectF(view.mapToScene(view.viewport().rect()).boundingRect()).adjusted(-1, -1, 1, 1)
    figure = view.ci.sceneBoundingRect()
    assert shown.contains(figure), f"figure {figure} wider or taller than its view {shown}"
    for label in labels(lab):
        if not label.text:
            continue
        text_rect = label.mapRectToScene(label.itemRect())
        assert shown.contains(text_rect), f"{label.text!r} cut off: {text_rect} not in {shown}"
        assert label.item.boundingRect().width() <= label.size().width() + 1, label.text
    for plot in (*lab.plots.plots.values(), *lab.plots.hist_plots):
        assert shown.contains(plot.sceneBoundingRect())
        assert plot.getViewBox().height() > 25  # a plot, not a sliver
    hist_titles = [p.titleLabel.text for p in lab.plots.hist_plots]
    assert hist_titles == [f"activations at layer {n}" for n in (1, 15, 30)]
    assert_controls_fit(win, lab)


def test_long_titles_wrap_in_a_narrow_figure(qtbot) -> None:  # type: ignore[no-untyped-def]
    lab = DepthLab()
    qtbot.addWidget(lab)
    lab.resize(900, 600)  # the plots get about 560 px
    lab.show()
    qtbot.waitExposed(lab)
    run_small(lab)
    grad = lab.plots.plots["grad"].titleLabel
    assert grad.lines() >= 2  # wrapped, not cut
    assert grad.item.boundingRect().width() <= grad.size().width() + 1
    view = lab.plots.layout_widget
    assert view.ci.geometry().width() <= view.width() + 1
    lab.resize(1800, 900)
    settle()
    assert grad.lines() == 1  # one line again where it fits
