"""Descriptive function names read in Chinese in zh_CN (texts' "name"), everywhere the
window shows a function's name: the list, its filter and tool tips, the Info title,
the legend, the readout and the curve chooser; proper names (GELU) stay as they are."""

from __future__ import annotations

from actgui.core import texts


def test_names_follow_the_language(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    ncu = st.add_curve("ncu")
    frelu = st.add_curve("flexible_relu", {"b": 0.5})
    st.select(ncu.uid)
    fl = window.function_list
    try:
        window.set_language("zh_CN")
        assert texts.language() == "zh_CN"
        assert fl.item("ncu").text(0) == "非单调三次单元（NCU）"
        assert "Non-monotonic cubic unit" in fl.item("ncu").toolTip(0)  # found by either
        assert fl.item("gelu").text(0) == "GELU"
        assert window.info_panel.title.text() == "非单调三次单元（NCU）"
        legend = [e.text for e in window.canvas.legend.entries]
        assert "非单调三次单元（NCU）" in legend and "FReLU（灵活 ReLU；b=0.5）" in legend
        readout = [window.readout.table.item(i, 0).text() for i in range(len(st.curves))]
        assert "非单调三次单元（NCU）" in readout
        combo = window.parameter_editor.curve_combo
        assert "FReLU（灵活 ReLU；b=0.5）" in [combo.itemText(i) for i in range(combo.count())]
        for needle in ("三次", "non-monotonic", "ncu"):
            fl.apply_filter(needle)
            assert not fl.item("ncu").isHidden(), needle
        fl.apply_filter("")
    finally:
        window.set_language("en")
    assert texts.language() == "en"
    assert fl.item("ncu").text(0) == "Non-monotonic cubic unit"
    assert window.info_panel.title.text() == "Non-monotonic cubic unit"
    assert "FReLU (flexible ReLU; b=0.5)" in [e.text for e in window.canvas.legend.entries]
    assert frelu.uid in [c.uid for c in st.curves]
