"""The depth lab shows functions by name (ids and specs stay the data)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

from actgui.core import depth
from actgui.ui.depth_lab import DepthLab, function_name


@pytest.fixture
def lab(qtbot):  # type: ignore[no-untyped-def]
    w = DepthLab()
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.cancel()
    w.wait(30.0)


def test_function_name() -> None:
    assert function_name("relu") == "ReLU"
    assert function_name("leaky_relu") == "Leaky ReLU"
    assert function_name("leaky_relu(negative_slope=0.2)") == "Leaky ReLU (negative_slope=0.2)"
    assert function_name("sigmod") == "sigmod"  # not a function: shown as typed
    assert function_name("expr:a*x; a=2") == "expr:a*x; a=2"


def test_list_combo_and_legend_show_names(qtbot, lab: DepthLab) -> None:  # type: ignore[no-untyped-def]
    lab.apply_preset("leaky_vs_relu")
    assert lab.function_names() == ["ReLU", "Leaky ReLU", "PReLU", "ELU"]
    assert lab.functions() == ["relu", "leaky_relu", "prelu", "elu"]
    combo = lab.function_edit
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Leaky ReLU" in texts and "leaky_relu" not in texts
    assert combo.itemData(texts.index("Leaky ReLU")) == "leaky_relu"
    # choosing a name adds its id; a typed spec is shown by name
    lab.set_functions([])
    combo.setCurrentIndex(texts.index("Leaky ReLU"))
    lab.add_button.click()
    combo.setEditText("leaky_relu(negative_slope=0.2)")
    lab.add_button.click()
    combo.setEditText("elu")  # ids typed by hand still work
    lab.add_button.click()
    assert lab.functions() == ["leaky_relu", "leaky_relu(negative_slope=0.2)", "elu"]
    assert lab.function_names() == ["Leaky ReLU", "Leaky ReLU (negative_slope=0.2)", "ELU"]
    lab.set_config(depth.DepthConfig(layers=4, width=16, batch=8))
    assert lab.start() and lab.wait(120)
    legend = lab.plots.legend.text
    assert "Leaky&nbsp;ReLU&nbsp;(negative_slope=0.2)" in legend and "leaky_relu" not in legend


def test_editing_an_item_edits_its_spec(qtbot, lab: DepthLab) -> None:  # type: ignore[no-untyped-def]
    lab.set_functions(["relu"])
    item = lab.function_list.item(0)
    lab.function_list.editItem(item)
    editor = lab.function_list.findChild(QLineEdit)
    assert editor is not None and editor.text() == "relu"  # the spec, not the name
    editor.setText("elu(alpha=0.5)")
    lab.function_list.commitData(editor)  # what Return or leaving the editor does
    lab.function_list.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert lab.functions() == ["elu(alpha=0.5)"]
    assert lab.function_names() == ["ELU (alpha=0.5)"]


def test_the_labs_write_a_true_minus_sign() -> None:
    """Tick labels and the figure's title write −0.4 and bias −1 with U+2212, as the
    Curves tab does, not a hyphen (found by a tester)."""
    from actgui.ui.depth_lab._common import _fmt
    from actgui.ui.depth_lab._pieces import _PlainAxis

    axis = _PlainAxis("bottom")
    strings = axis.tickStrings([-0.4, 0.0, 0.4], 1.0, 0.4)
    assert strings[0] == "\u22120.4" and "-" not in "".join(strings)
    assert _fmt(-1.0) == "\u22121" and _fmt(0.5) == "0.5"


@pytest.mark.parametrize("lo, hi", [(-3.0, 1.5), (-0.8, 0.5), (-1.2, 0.3), (-6.0, 0.0)])
def test_a_log_axis_labels_each_value_once(lo: float, hi: float) -> None:
    """pyqtgraph lists the decades among the minor ticks too: their labels were drawn
    twice (bold-looking; two texts per label in an SVG; found by a tester)."""
    from actgui.ui.depth_lab._pieces import _DecadeAxis

    axis = _DecadeAxis("left")
    axis.logMode = True
    labels = [
        text
        for spacing, values in axis.tickValues(lo, hi, 300)
        for text in axis.tickStrings(values, 1.0, spacing)
        if text
    ]
    assert labels and len(labels) == len(set(labels)), labels
