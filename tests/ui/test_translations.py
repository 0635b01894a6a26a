"""The Simplified Chinese translation: complete, current, compiled, and used by the window.

The source of truth is ``resources/translations/actgui_zh_CN.ts`` (lupdate);
the package ships ``actgui/translations/actgui_zh_CN.qm`` (lrelease). To update
both after changing a user-visible string::

    cd resources/translations && \\
        pyside6-lupdate ../../actgui/ui/*.py ../../actgui/cli/*.py \\
            -no-obsolete -ts actgui_zh_CN.ts
    # translate the new or changed messages (Qt Linguist or an editor), then
    pyside6-lrelease resources/translations/actgui_zh_CN.ts \\
        -qm actgui/translations/actgui_zh_CN.qm
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from actgui.ui.app import ensure_app

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "actgui" / "ui"
TS = ROOT / "resources" / "translations" / "actgui_zh_CN.ts"
QM = ROOT / "actgui" / "translations" / "actgui_zh_CN.qm"

# {n}, {value}: str.format fields; %1, %n: Qt's arg() markers; <p>, </b>: rich text
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\d+|n)|</?[A-Za-z][^<>]*>")
# "&File": a menu accelerator ("&&" is a literal ampersand)
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")
# "(*.actgui.json *.json)": a file-dialog filter, whose ASCII parentheses Qt parses
FILE_FILTER = re.compile(r"\(\*[^()]*\)$")


# --- reading .ts files ---------------------------------------------------------


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message in a .ts file."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message has no <translation>"
            out.append((name, message.findtext("source") or "", translation))
    return out


def _live(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of the messages lupdate still finds in the code."""
    return {
        (ctx, src)
        for ctx, src, tr in _messages(ts)
        if tr.get("type") not in ("vanished", "obsolete")
    }


def _show(pairs: set[tuple[str, str]]) -> str:
    return "\n".join(f"  [{ctx}] {src!r}" for ctx, src in sorted(pairs))


# --- Qt's linguist tools -------------------------------------------------------


def _tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease beside this interpreter, else on PATH."""
    exe = name + (".exe" if os.name == "nt" else "")
    for folder in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        candidate = Path(folder) / exe
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def _run_tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    exe = _tool(name)
    if exe is None:
        pytest.skip(
            f"{name} is not installed beside {sys.executable} nor on PATH "
            "(it ships with PySide6-Essentials)"
        )
    done = subprocess.run(
        [exe, *args], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, f"{name} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
    return done


# --- the .ts is complete and current -------------------------------------------


def test_ts_lists_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate on a copy of the .ts finds no string the committed file lacks, and
    the committed file holds no string the code no longer has."""
    updated = tmp_path / TS.name
    shutil.copyfile(TS, updated)
    # the window's widgets (the lab packages too), and the command line's help texts
    sources = sorted(str(p.relative_to(ROOT)) for p in UI_DIR.rglob("*.py"))
    sources += sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("actgui/cli/*.py"))
    _run_tool("pyside6-lupdate", *sources, "-ts", str(updated))
    committed, current = _live(TS), _live(updated)
    missing = current - committed
    assert not missing, (
        "user-visible strings missing from "
        f"{TS.relative_to(ROOT)} (run lupdate, translate, lrelease):\n{_show(missing)}"
    )
    gone = committed - current
    assert not gone, (
        f"{TS.relative_to(ROOT)} has strings the code no longer uses "
        f"(run lupdate with -no-obsolete):\n{_show(gone)}"
    )


def test_every_message_is_translated_and_keeps_its_placeholders() -> None:
    problems = []
    messages = _messages(TS)
    assert len(messages) > 100
    for ctx, src, tr in messages:
        where = f"[{ctx}] {src!r}"
        kind = tr.get("type")
        text = tr.text or ""
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: type={kind}")
            continue
        if not text.strip():
            problems.append(f"{where}: empty translation")
            continue
        want, got = Counter(PLACEHOLDER.findall(src)), Counter(PLACEHOLDER.findall(text))
        if want != got:
            problems.append(f"{where}: placeholders {sorted(want)} became {sorted(got)}")
        if len(ACCELERATOR.findall(src)) != len(ACCELERATOR.findall(text)):
            problems.append(f"{where}: accelerator lost or added in {text!r}")
        pattern = FILE_FILTER.search(src)
        if pattern and not text.endswith(pattern.group(0)):
            problems.append(f"{where}: file filter {pattern.group(0)!r} changed in {text!r}")
    assert not problems, "\n".join(problems)


def test_placeholder_check_catches_a_dropped_field() -> None:
    """The check above is not vacuous: it sees {n}, %1 and tags."""
    src = "<p>{n} functions, %1 shown</p>"
    assert Counter(PLACEHOLDER.findall(src)) == Counter(["<p>", "{n}", "%1", "</p>"])
    assert Counter(PLACEHOLDER.findall("<p>函数，%1</p>")) != Counter(PLACEHOLDER.findall(src))
    assert ACCELERATOR.findall("&File") and not ACCELERATOR.findall("Fish && chips")


# --- the shipped .qm is compiled from the committed .ts ------------------------


def _translator(qm: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm)), f"cannot load {qm}"
    return translator


def test_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    assert QM.is_file(), f"{QM.relative_to(ROOT)} is missing: run pyside6-lrelease"
    fresh = tmp_path / QM.name
    _run_tool("pyside6-lrelease", str(TS), "-qm", str(fresh))
    if fresh.read_bytes() == QM.read_bytes():
        return
    # another Qt version may lay the bytes out differently: compare what they say
    ensure_app()
    shipped, rebuilt = _translator(QM), _translator(fresh)
    stale = {
        (ctx, src)
        for ctx, src, _tr in _messages(TS)
        if shipped.translate(ctx, src) != rebuilt.translate(ctx, src)
    }
    assert not stale, (
        f"{QM.relative_to(ROOT)} is stale (run pyside6-lrelease); differs for:\n{_show(stale)}"
    )


# --- Qt finds and uses the translations ----------------------------------------


def test_known_translations_through_qcoreapplication() -> None:
    app = ensure_app()
    translator = _translator(QM)
    app.installTranslator(translator)
    try:
        tr = QCoreApplication.translate
        assert tr("MainWindow", "Export…") == "导出…"
        assert tr("MainWindow", "&File") == "文件(&F)"
        assert tr("Properties", "range") == "值域"
        assert tr("Properties", "dead zone (f′ = 0)") == "死区（f′ = 0）"
        assert tr("Properties", "{value} at x = {where}").format(value=0, where=1) == (
            "0（x = 1 处）"
        )
        assert tr("Family", "ReLU family") == "ReLU 系列"
        assert tr("MainWindow", "not a string in actgui") == "not a string in actgui"
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Export…") == "Export…"


def test_main_window_in_chinese(qtbot) -> None:  # type: ignore[no-untyped-def]
    from actgui.core.state import ExplorerState
    from actgui.ui import i18n
    from actgui.ui.main_window import MainWindow

    ensure_app()
    assert i18n.install("zh_CN"), "actgui_zh_CN.qm not found by actgui.ui.i18n"
    try:
        assert i18n.t("yes") == "是"
        assert i18n.family_title("Shrink") == "收缩"
        win = MainWindow(ExplorerState.first_launch(), lang="zh_CN")
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus == ["文件(&F)", "编辑(&E)", "视图(&V)", "曲线(&C)", "帮助(&H)"]
        assert "激活函数探索器" in win.windowTitle()
        assert win.functions_dock.windowTitle() == "函数"
        from PySide6.QtWidgets import QToolBar

        toolbar = win.findChild(QToolBar, "toolbar_view")
        assert toolbar is not None
        texts = [a.text() for a in toolbar.actions()]
        assert "导出…" in texts and "重置视图" in texts
        assert win.act_export.toolTip().startswith("保存图像（PNG、SVG、PDF）")
        assert win.parameter_editor.add_button.text() == "添加另一条曲线"
        assert win.info_panel.table.horizontalHeaderItem(0).text() == "性质"
        rows = dict(i18n.property_rows(win.info_panel.current_properties))
        assert "值域" in rows and "有下界" in rows
    finally:
        i18n.install("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.t("yes") == "yes"


def test_qts_file_dialog_is_chinese_where_qts_catalog_falls_short(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt 6.11 writes '&Look in:' and 'Files of &type:'; its qtbase_zh_CN has them
    without the '&', so the labs' Export… dialog showed them in English (found by a
    tester): actgui's catalog fills the gap."""
    import re

    from PySide6.QtWidgets import QFileDialog, QLabel

    from actgui.ui import i18n

    i18n.install("zh_CN")
    try:
        dialog = QFileDialog(None, "x")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels and not [t for t in labels if re.search("[A-Za-z]{3}", t)], labels
    finally:
        i18n.install("en")
