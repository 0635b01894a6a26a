"""The parameter editor: an honest size (the Parameters dock can be small),
live language switch of every text, refused values said in the user's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QSizePolicy

from actgui.core import catalog
from actgui.core.state import ExplorerState
from actgui.ui import i18n, theme
from actgui.ui.param_docs import PARAM_DOCS, param_doc
from actgui.ui.parameter_editor import NumberEditor, ParameterEditor

from .test_readout import eight_curves, open_window


def editor_for(qtbot, function_id: str) -> ParameterEditor:  # type: ignore[no-untyped-def]
    state = ExplorerState()
    state.add_curve(function_id)
    editor = ParameterEditor(state)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_size_hint_is_its_content(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, "leaky_relu")
    assert editor.sizeHint().height() == editor.minimumSizeHint().height()
    assert editor.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Maximum
    # in a taller dock the rows stay together at the top
    editor.resize(editor.width(), editor.sizeHint().height() + 200)
    qtbot.wait(10)
    bottom = max(w.geometry().bottom() for w in (editor.add_button, editor.preset_combo))
    assert bottom <= editor.sizeHint().height()


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_parameters_dock_leaves_the_room_to_info(qtbot, tmp_path, size) -> None:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, eight_curves(tmp_path), *size)
    editor = win.parameter_editor
    need = editor.minimumSizeHint().height()
    # the editor gets what it shows, not a band of empty space
    assert need <= editor.height() <= need + 12, (editor.height(), need)
    assert win.info_panel.height() > 2 * editor.height()
    # a function with four parameters: the dock grows to show them all
    win.state.set_ticked("srelu", True)
    qtbot.wait(20)
    assert len(editor.editors) == 4
    assert editor.height() >= editor.minimumSizeHint().height() > need
    for ed in editor.editors.values():
        assert editor.rect().contains(ed.geometry().translated(ed.parentWidget().pos()))


def test_language_switch(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, "relu_general")
    label = editor._labels["negative_slope"]
    inf = editor.editors["max_value"]
    assert isinstance(inf, NumberEditor) and inf._inf is not None
    assert editor.add_button.text() == "Add another curve"
    assert "allowed: " in label.toolTip()
    try:
        assert i18n.install("zh_CN")
        qtbot.waitUntil(lambda: editor.add_button.text() == "添加另一条曲线")
        assert editor.remove_button.text() == "移除"
        assert editor.reset_button.text() == "恢复默认值"
        assert editor.preset_label.text() == "默认值："
        assert editor.empty.text() == "无参数。"
        assert editor.curve_combo.toolTip() == "下方正在编辑其参数的曲线"
        assert "允许范围：" in label.toolTip()
        assert "允许范围：" in inf.spin.toolTip()
        assert inf._inf.toolTip() == "无上限（Keras：None）"
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: editor.add_button.text() == "Add another curve")
    assert "allowed: " in label.toolTip()
    assert editor.preset_label.text() == "Defaults:"


def test_refused_value_is_said_again_in_the_new_language(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, "hardtanh")
    editor.editors["min_val"].spin.setValue(5.0)  # above max_val = 1
    assert editor.message.isVisibleTo(editor)
    assert "min_val" in editor.message.text()
    assert editor.state.curves[0].params["min_val"] == -1.0
    real = catalog.resolve_params

    def refuse_in_language(*args, **kwargs):  # type: ignore[no-untyped-def]
        # a core message in the installed language (as actgui.core.messages will give)
        try:
            return real(*args, **kwargs)
        except ValueError:
            raise ValueError(QCoreApplication.translate("ParameterEditor", "Remove")) from None

    monkeypatch.setattr(catalog, "resolve_params", refuse_in_language)
    try:
        assert i18n.install("zh_CN")
        qtbot.waitUntil(lambda: editor.message.text() == "移除")
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: editor.message.text() == "Remove")
    monkeypatch.setattr(catalog, "resolve_params", real)
    # a good value clears the message
    editor.editors["min_val"].spin.setValue(-2.0)
    assert not editor.message.isVisibleTo(editor)
    assert editor.message.text() == ""


def test_error_colour_follows_the_theme(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, "hardtanh")
    app = QApplication.instance()
    try:
        theme.apply(app, "dark")
        qtbot.waitUntil(lambda: theme.ERROR_COLOURS["dark"] in editor.message.styleSheet())
    finally:
        theme.apply(app, "light")
    qtbot.waitUntil(lambda: theme.ERROR_COLOURS["light"] in editor.message.styleSheet())


def test_choice_parameter_tip(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = editor_for(qtbot, "gelu")
    combo = editor.editors["approximate"]
    assert isinstance(combo, QComboBox)
    assert "'none', 'tanh'" in combo.toolTip()
    assert combo.toolTip() == editor._labels["approximate"].toolTip()
    assert combo.findText("tanh", Qt.MatchFlag.MatchExactly) >= 0


def test_every_parameter_description_is_translatable() -> None:
    docs = {p.doc for act in catalog.CATALOG.values() for p in act.params if p.doc}
    missing = sorted(docs - set(PARAM_DOCS))
    assert not missing, f"add to actgui/ui/param_docs.py: {missing}"
    assert param_doc("") == ""
