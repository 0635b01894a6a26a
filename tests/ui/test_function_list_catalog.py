"""The function list with a catalog of 100+: family counts, empty families hidden,
collapsed families remembered, the filter (ids, names, aliases; the alias that
matched is named; families with hits open) and the keyboard."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from actgui.core import catalog
from actgui.core.spec import Family
from actgui.core.state import ExplorerState
from actgui.ui import i18n
from actgui.ui.function_list import COLLAPSED_KEY, FunctionList, matches

from .helpers import MarkingTranslator
from .helpers import settle as _settle


def _make(qtbot, state: ExplorerState | None = None, keep: bool = True) -> FunctionList:  # type: ignore[no-untyped-def]
    widget = FunctionList(state or ExplorerState.first_launch())
    if keep:  # else the test deletes it itself
        qtbot.addWidget(widget)
    widget.resize(280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def flist(qtbot):  # type: ignore[no-untyped-def]
    return _make(qtbot)


def _shown(widget: FunctionList) -> list[str]:
    """Ids of the functions the filter shows, top to bottom."""
    tree = widget.tree
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            child = top.child(j)
            if not top.isHidden() and not child.isHidden():
                out.append(child.data(0, Qt.ItemDataRole.UserRole))
    return out


def _delete(widget: FunctionList) -> None:
    """Gone before the catalog is restored (no later language change reaches it)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def bigger_catalog(monkeypatch):  # type: ignore[no-untyped-def]
    """The catalog with a gated and an oscillating member (real Activations, new ids)."""
    base = catalog.get("silu")
    extra = {
        "test_glu": dataclasses.replace(
            base, id="test_glu", name="Test GLU", family=Family.GLU, aliases=("swiglu_like",)
        ),
        "test_wave": dataclasses.replace(
            catalog.get("sinusoid"), id="test_wave", name="Test wave", family=Family.OSCILLATING
        ),
    }
    for fid, act in extra.items():
        monkeypatch.setitem(catalog.CATALOG, fid, act)
    monkeypatch.setitem(catalog.ALIASES, "swiglu_like", "test_glu")
    return extra


def test_family_headers_count_their_members_and_empty_ones_are_hidden(flist) -> None:  # type: ignore[no-untyped-def]
    for fam, top in flist._families.items():
        members = [a for a in catalog.CATALOG.values() if a.family is fam]
        assert top.childCount() == len(members)
        assert top.isHidden() == (not members), fam
        if members:
            assert top.text(0) == f"{i18n.family_title(fam.heading)} ({len(members)})"
    # a group row is not a function: neither ticked nor selected
    relu = flist._families[Family.RELU]
    assert not relu.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not relu.flags() & Qt.ItemFlag.ItemIsSelectable


def test_new_families_appear_when_they_have_members(qtbot, bigger_catalog) -> None:  # type: ignore[no-untyped-def]
    widget = _make(qtbot, keep=False)
    try:
        glu = widget._families[Family.GLU]
        members = [a for a in catalog.CATALOG.values() if a.family is Family.GLU]
        assert not glu.isHidden() and glu.text(0) == f"Gated (GLU) ({len(members)})"
        assert not widget._families[Family.OSCILLATING].isHidden()
        learnable = [a for a in catalog.CATALOG.values() if a.family is Family.LEARNABLE]
        assert widget._families[Family.LEARNABLE].isHidden() == (not learnable)
        widget.filter_edit.setText("swiglu_like")  # by alias
        assert _shown(widget) == ["test_glu"]
        assert widget.item("test_glu").text(0) == "Test GLU — swiglu_like"
        assert glu.text(0) == f"Gated (GLU) (1 of {len(members)})"
        widget.filter_edit.setText("leaky")
        assert glu.isHidden()  # no hits, no header
        widget.filter_edit.clear()
        assert glu.text(0) == f"Gated (GLU) ({len(members)})"  # all of it shown: no "of"
    finally:
        _delete(widget)  # before the catalog is restored, pass or fail


def test_filter_counts_hits(flist) -> None:  # type: ignore[no-untyped-def]
    flist.filter_edit.setText("shrink")
    shrink = flist._families[Family.SHRINK]
    assert shrink.text(0) == f"Shrink ({shrink.childCount()})"  # a family-title hit: all
    flist.filter_edit.setText("tanh")
    sig = flist._families[Family.SIGMOIDAL]
    hits = [fid for fid in _shown(flist) if catalog.get(fid).family is Family.SIGMOIDAL]
    assert 0 < len(hits) < sig.childCount()
    assert sig.text(0) == f"Sigmoidal ({len(hits)} of {sig.childCount()})"
    flist.filter_edit.clear()
    assert sig.text(0) == f"Sigmoidal ({sig.childCount()})"


def test_filter_matches_ids_names_and_aliases_ignoring_separators(flist) -> None:  # type: ignore[no-untyped-def]
    edit = flist.filter_edit
    edit.setText("logistic")  # alias of Sigmoid: named beside it
    assert _shown(flist) == ["sigmoid"]
    assert flist.item("sigmoid").text(0) == "Sigmoid — logistic"
    assert "logistic" in flist.item("sigmoid").toolTip(0)
    edit.setText("log_log")  # an id, not a name
    assert "log_log" in _shown(flist)
    assert flist.item("log_log").text(0) == "Complementary log-log"  # the id: no note
    edit.setText("cloglog")
    assert _shown(flist) == ["log_log"]
    assert flist.item("log_log").text(0) == "Complementary log-log — cloglog"
    edit.setText("hard silu")  # spaces, _ and - do not count
    assert "hard_swish" in _shown(flist)
    assert flist.item("hard_swish").text(0) == "Hardswish — hard_silu"
    edit.setText("hard-swish")
    assert "hard_swish" in _shown(flist)
    assert flist.item("hard_swish").text(0) == "Hardswish"  # the name matched
    edit.setText("swish")  # in SiLU's name as well: nothing to add
    assert "silu" in _shown(flist) and flist.item("silu").text(0) == catalog.get("silu").name
    edit.clear()
    assert flist.item("sigmoid").text(0) == "Sigmoid"
    assert flist.item("log_log").text(0) == "Complementary log-log"
    assert matches("quick gelu", "quick_gelu") and matches("quickgelu", "Quick GELU")
    assert not matches("-", "relu") and matches(" ", " ")


def test_every_alias_finds_its_function(flist) -> None:  # type: ignore[no-untyped-def]
    for alias, fid in catalog.ALIASES.items():
        flist.filter_edit.setText(alias)
        assert fid in _shown(flist), alias
        text = flist.item(fid).text(0)
        name = catalog.get(fid).name
        assert text == name or text == f"{name} — {alias}", (alias, text)


def test_collapsed_families_are_remembered(qtbot, flist) -> None:  # type: ignore[no-untyped-def]
    relu = flist._families[Family.RELU]
    assert relu.isExpanded()  # open at first
    flist.tree.collapseItem(relu)
    assert flist.is_collapsed(Family.RELU)
    assert QSettings().value(COLLAPSED_KEY) in (["relu"], "relu")
    flist.tree.collapseItem(flist._families[Family.SHRINK])
    again = _make(qtbot)
    assert not again._families[Family.RELU].isExpanded()
    assert not again._families[Family.SHRINK].isExpanded()
    assert again._families[Family.SIGMOIDAL].isExpanded()
    again.tree.expandItem(again._families[Family.RELU])
    assert set(QSettings().value(COLLAPSED_KEY)) | set() in ({"shrink"},) or (
        QSettings().value(COLLAPSED_KEY) == "shrink"
    )
    assert _make(qtbot)._families[Family.RELU].isExpanded()


def test_custom_group_collapse_is_remembered(qtbot) -> None:  # type: ignore[no-untyped-def]
    from actgui.core.expressions import compile_expression

    state = ExplorerState.first_launch()
    widget = _make(qtbot, state)
    state.add_custom(compile_expression("x*tanh(x)", name="mine"))
    group = widget._custom_group
    assert group.isExpanded() and group.text(0) == "Custom (1)"
    widget.tree.collapseItem(group)
    state2 = ExplorerState.first_launch()
    state2.add_custom(compile_expression("x*sigmoid(x)", name="other"))
    again = _make(qtbot, state2)
    assert not again._custom_group.isExpanded()
    # a new custom function is selected: its group opens to show it, but that is
    # not the user closing or opening it
    state2.add_custom(compile_expression("x*tanh(2*x)", name="third"))
    _settle()
    assert again.is_collapsed("custom")


def test_filter_opens_families_with_hits_and_clearing_restores_them(flist) -> None:  # type: ignore[no-untyped-def]
    tree = flist.tree
    relu, sig = flist._families[Family.RELU], flist._families[Family.SIGMOIDAL]
    tree.collapseItem(relu)
    tree.collapseItem(sig)
    flist.filter_edit.setText("elu")
    assert relu.isExpanded()  # hits inside: opened
    assert sig.isHidden()
    assert flist.is_collapsed(Family.RELU)  # but still the user's choice
    # while filtering, closing or opening is not saved
    tree.collapseItem(relu)
    tree.expandItem(relu)
    assert flist.is_collapsed(Family.RELU)
    flist.filter_edit.clear()
    assert not relu.isExpanded() and not sig.isExpanded()
    assert flist.is_collapsed(Family.RELU) and flist.is_collapsed(Family.SIGMOIDAL)
    assert set(QSettings().value(COLLAPSED_KEY)) == {"relu", "sigmoidal"}


def test_selecting_a_curve_in_a_collapsed_family_does_not_change_the_saved_layout(flist) -> None:  # type: ignore[no-untyped-def]
    state = flist.state
    relu = flist._families[Family.RELU]
    flist.tree.collapseItem(relu)
    state.select(state.curves_of("relu")[0].uid)
    _settle()
    assert flist.tree.currentItem() is flist.item("relu")
    assert flist.is_collapsed(Family.RELU)


def test_keyboard(qtbot, flist) -> None:  # type: ignore[no-untyped-def]
    state = flist.state
    tree, edit = flist.tree, flist.filter_edit
    flist.window().activateWindow()
    # Ctrl+F: into the filter, text selected
    tree.setFocus()
    edit.setText("old")
    qtbot.keyClick(flist, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(edit.hasFocus)
    assert edit.selectedText() == "old"
    # typing filters; Down goes to the first function shown
    edit.clear()
    qtbot.keyClicks(edit, "softs")
    shown = _shown(flist)
    assert shown and all("soft" in fid for fid in shown)
    clicked: list[str] = []
    flist.sigFunctionClicked.connect(clicked.append)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert tree.hasFocus()
    first = tree.currentItem()
    assert first is flist.item(shown[0]) and clicked == [shown[0]]
    # Space ticks and unticks
    assert not state.is_ticked(shown[0])
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert state.is_ticked(shown[0])
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert not state.is_ticked(shown[0])
    # arrows move through the hits, over the headers of their families
    assert len(shown) > 1
    for _ in range(2):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        if tree.currentItem().data(0, Qt.ItemDataRole.UserRole) is not None:
            break
    assert tree.currentItem() is flist.item(shown[1])
    while tree.currentItem() is not first:
        qtbot.keyClick(tree, Qt.Key.Key_Up)
    # Up from the first row: back to the filter; Enter there: the first hit again
    qtbot.keyClick(tree, Qt.Key.Key_Up)  # onto the family header
    header = tree.currentItem()
    assert header.data(0, Qt.ItemDataRole.UserRole) is None
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert tree.hasFocus() and tree.currentItem() is first
    # Esc clears; Space on a family header closes and opens it (and is remembered)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    relu = flist._families[Family.RELU]
    tree.setFocus()
    tree.setCurrentItem(relu)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert not relu.isExpanded() and flist.is_collapsed(Family.RELU)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert relu.isExpanded() and not flist.is_collapsed(Family.RELU)
    qtbot.keyClick(tree, Qt.Key.Key_Left)  # Qt's own: Left closes, Right opens
    assert not relu.isExpanded() and flist.is_collapsed(Family.RELU)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert relu.isExpanded()


def test_counts_and_tooltips_follow_the_language(flist) -> None:  # type: ignore[no-untyped-def]
    marking = MarkingTranslator()
    QApplication.instance().installTranslator(marking)
    try:
        _settle()
        relu = flist._families[Family.RELU]
        assert relu.text(0) == "«{family} ({count})»".replace("{family}", "«ReLU family»").replace(
            "{count}", str(relu.childCount())
        )
        assert "«also: {aliases}»".split("{")[0] in flist.item("sigmoid").toolTip(0)
    finally:
        QApplication.instance().removeTranslator(marking)
    _settle()
    assert flist._families[Family.RELU].text(0).startswith("ReLU family (")
    assert "also: logistic" in flist.item("sigmoid").toolTip(0)


def test_alias_hit_fits_or_is_cut_in_the_middle(qtbot, flist) -> None:  # type: ignore[no-untyped-def]
    """At the list's own width a name with its alias keeps the alias in sight."""
    flist.resize(flist.preferred_width(), 600)
    flist.filter_edit.setText("cloglog")
    _settle()
    tree = flist.tree
    item = flist.item("log_log")
    index = tree.indexFromItem(item)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    tree.itemDelegate().initStyleOption(option, index)
    rect = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    shown = tree.fontMetrics().elidedText(item.text(0), tree.textElideMode(), rect.width() - 6)
    assert shown.endswith("cloglog"), shown
