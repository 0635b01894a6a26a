"""The export dialog: a folder that exists, the folder checked before writing, the
whole path readable, a live preview, and its texts in the user's language and theme."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from actgui.core.state import ExplorerState
from actgui.ui import export_dialog, i18n, theme
from actgui.ui.export_dialog import ExportDialog, default_folder


@pytest.fixture
def state() -> ExplorerState:
    return ExplorerState.first_launch()


@pytest.fixture
def dialog(qtbot, state):  # type: ignore[no-untyped-def]
    d = ExportDialog(state)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def fake_documents(monkeypatch, folder: Path) -> None:  # type: ignore[no-untyped-def]
    real = QStandardPaths.writableLocation

    def writable(location):  # type: ignore[no-untyped-def]
        if location == QStandardPaths.StandardLocation.DocumentsLocation:
            return str(folder)
        return real(location)

    monkeypatch.setattr(export_dialog.QStandardPaths, "writableLocation", writable)


# ---- the folder it starts in ---------------------------------------------------------


def test_missing_documents_folder_falls_back_to_home(monkeypatch, tmp_path, state) -> None:  # type: ignore[no-untyped-def]
    fake_documents(monkeypatch, tmp_path / "Documents")  # as on a bare Linux account
    d = ExportDialog(state)
    assert Path(d.path.text()).parent == Path.home()
    assert Path(d.path.text()).name == "activations.png"


def test_documents_folder_used_when_it_exists(monkeypatch, tmp_path, state) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "Documents").mkdir()
    fake_documents(monkeypatch, tmp_path / "Documents")
    assert Path(ExportDialog(state).path.text()).parent == tmp_path / "Documents"


def test_last_folder_used_while_it_exists(monkeypatch, tmp_path, state) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "Documents").mkdir()
    fake_documents(monkeypatch, tmp_path / "Documents")
    last = tmp_path / "figures"
    last.mkdir()
    QSettings().setValue("export/folder", str(last))
    assert Path(ExportDialog(state).path.text()).parent == last
    last.rmdir()  # removed since: not offered again
    assert Path(ExportDialog(state).path.text()).parent == tmp_path / "Documents"
    assert default_folder(str(last)) == tmp_path / "Documents"


# ---- the folder checked before writing -----------------------------------------------


def test_missing_folder_refused_naming_it_then_created(dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "paper" / "figures"
    dialog.path.setText(str(folder / "fig.png"))
    assert folder.as_posix() in dialog.folder_note.full_text()
    assert "does not exist" in dialog.folder_note.full_text()
    assert dialog.create_folder.isVisible()
    assert not dialog.export()
    assert str(folder) in dialog.error.text() and "does not exist" in dialog.error.text()
    assert dialog.isVisible() and not (tmp_path / "paper").exists()
    dialog.create_folder.click()
    assert folder.is_dir() and not dialog.create_folder.isVisible()
    assert dialog.error.text() == ""
    dialog.width_spin.setValue(300)
    dialog.height_spin.setValue(200)
    assert dialog.export(), dialog.error.text()
    assert (folder / "fig.png").stat().st_size > 1000


def test_other_refusals_name_the_problem_and_write_nothing(dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog.path.setText("")
    assert not dialog.export() and "Enter a file name" in dialog.error.text()
    dialog.path.setText(str(tmp_path))
    assert not dialog.export()
    assert f"{tmp_path} is a folder" in dialog.error.text()
    (tmp_path / "plain").write_text("x")
    dialog.path.setText(str(tmp_path / "fig.v2"))
    assert "must end in .png, .svg, .pdf or .csv, not .v2" in dialog.folder_note.full_text()
    assert not dialog.export()
    assert "must end in .png, .svg, .pdf or .csv, not .v2" in dialog.error.text()
    assert dialog.folder_note.full_text() == ""  # said once, not twice
    dialog.path.setText(str(tmp_path / "plain" / "f.png"))
    assert not dialog.export() and f"{tmp_path / 'plain'} is not a folder" in dialog.error.text()
    dialog.path.setText(str(tmp_path / "f.png"))
    dialog.width_spin.setValue(20000)
    dialog.height_spin.setValue(20000)
    dialog.scale.setValue(2.0)
    assert not dialog.export()
    text = dialog.error.text()
    assert "40000 × 40000 pixel PNG is too large" in text and "20,000" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain"]


def test_unwritable_folder_refused(dialog, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    locked = tmp_path / "locked"
    locked.mkdir()
    real = os.access
    monkeypatch.setattr(  # as for a folder of another user (root may write anywhere)
        export_dialog.os, "access", lambda p, mode: False if Path(p) == locked else real(p, mode)
    )
    dialog.path.setText(str(locked / "f.png"))
    assert not dialog.export()
    assert f"The folder {locked} is not writable" in dialog.error.text()
    assert list(locked.iterdir()) == []


def test_existing_file_is_announced(dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "old.png").write_bytes(b"x")
    dialog.path.setText(str(tmp_path / "old.png"))
    assert "old.png exists" in dialog.folder_note.full_text()
    assert "will be replaced" in dialog.folder_note.full_text()


def test_typing_a_suffix_selects_the_format(dialog, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "fig.svg"))
    assert dialog.format.currentData() == ".svg"
    assert not dialog.scale.isEnabled() and not dialog.dpi.isEnabled()
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
    assert dialog.path.text().endswith("fig.pdf") and dialog.dpi.isEnabled()


# ---- the whole path readable -----------------------------------------------------------


def test_full_path_readable(dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    typical = Path.home() / "Documents" / "activation-functions" / "activations.png"
    dialog.path.setText(str(typical))
    fm = dialog.path.fontMetrics()
    assert dialog.path.width() > fm.horizontalAdvance(str(typical)) + 10
    deep = tmp_path.joinpath(*[f"level-{i}-of-a-deep-project" for i in range(8)])
    deep.mkdir(parents=True)
    long_path = deep / "figure-publication.png"
    dialog.path.setText(str(long_path))
    assert dialog.path.toolTip() == str(long_path)
    # the field shows the end of the path, so the file name is always in view
    assert dialog.path.cursorPosition() == len(str(long_path))
    note = dialog.folder_note
    assert note.toolTip() == note.full_text() and str(deep) in note.full_text()
    shown = note.text()
    assert "…" in shown and shown.endswith(f"{deep.name}")
    assert note.fontMetrics().horizontalAdvance(shown) <= note.contentsRect().width()
    assert shown.startswith("Saves figure-publication.png in ")


# ---- the preview -------------------------------------------------------------------------


def preview_image(dialog) -> QImage:  # type: ignore[no-untyped-def]
    return dialog.preview.pixmap().toImage()


def test_preview_follows_size_style_rows_and_transparency(dialog, qtbot, state) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=3000)
    first = preview_image(dialog)
    assert first.width() > 300  # fills the box's width at 1000 × 700
    dialog.height_spin.setValue(1400)  # taller: the preview follows the aspect
    qtbot.waitUntil(lambda: preview_image(dialog).width() < 0.6 * first.width(), timeout=3000)
    tall = preview_image(dialog)
    assert tall.height() / tall.width() == pytest.approx(1.4, rel=0.02)
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("screen"))
    qtbot.waitUntil(lambda: preview_image(dialog) != tall, timeout=3000)
    screen = preview_image(dialog)
    state.set_row_visible(2, not state.rows[2])
    dialog.refresh_preview()
    assert preview_image(dialog) != screen
    dialog.transparent.setChecked(True)
    dialog.refresh_preview()
    corner = preview_image(dialog).pixelColor(2, 2)
    assert corner.alpha() == 255 and corner.red() in (204, 255)  # the checks behind


def test_preview_is_debounced(dialog, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=3000)
    drawn = []
    real = ExportDialog.refresh_preview
    monkeypatch.setattr(ExportDialog, "refresh_preview", lambda self: drawn.append(1) or real(self))
    dialog._preview_timer.timeout.disconnect()
    dialog._preview_timer.timeout.connect(dialog.refresh_preview)
    for w in range(500, 900, 20):  # a spin box held down
        dialog.width_spin.setValue(w)
    qtbot.wait(export_dialog.PREVIEW_DELAY_MS + 300)
    assert len(drawn) == 1


def test_preview_of_a_table_lists_its_columns(dialog, state) -> None:  # type: ignore[no-untyped-def]
    dialog.format.setCurrentIndex(dialog.format.findData(".csv"))
    dialog.refresh_preview()
    assert dialog.preview.pixmap().isNull()
    assert "CSV" in dialog.preview.text() and "x, " in dialog.preview.text()
    assert f"{state.points} rows" in dialog.preview_caption.text()


def test_caption_gives_the_output_size(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.width_spin.setValue(800)
    dialog.height_spin.setValue(500)
    dialog.scale.setValue(2.0)
    assert dialog.preview_caption.text().startswith("1600 × 1000 pixels; rows: ")
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
    dialog.dpi.setValue(100)
    assert "8.00 × 5.00 in (203 × 127 mm)" in dialog.preview_caption.text()


# ---- fits, languages, themes ---------------------------------------------------------------


def clipped_texts(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    bad = []
    for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if not w.isVisible() or not w.text() or (isinstance(w, QLabel) and w.wordWrap()):
            continue
        if w is dialog.folder_note or not w.text().strip():
            continue  # elided on purpose, whole in its tool tip
        need = w.fontMetrics().horizontalAdvance(w.text().replace("&", ""))
        if need > w.contentsRect().width():
            bad.append(f"{w.text()!r}: {need} > {w.contentsRect().width()}")
    return bad


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("name", ["light", "dark"])
def test_fits_a_1088x680_window_nothing_clipped(qtbot, state, lang, name) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    i18n.install(lang)
    theme.apply(app, name)
    try:
        d = ExportDialog(state, theme=name)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        hint = d.sizeHint()
        assert hint.width() <= 1000 and hint.height() <= 600, hint
        d.path.setText("/no/such/folder/fig.png")  # the longest state: Create folder shown
        assert not d.export()
        QCoreApplication.processEvents()
        assert d.height() <= 600
        assert clipped_texts(d) == []
        assert d.preview_caption.geometry().top() >= d.preview.geometry().bottom()
    finally:
        i18n.install("en")
        theme.apply(app, "light")


def test_language_switch_while_open(dialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.file_label.text() == "File"
    try:
        assert i18n.install("zh_CN")
        QCoreApplication.processEvents()
        assert dialog.file_label.text() == "文件"
        assert dialog.browse.text() == "浏览…"
        assert dialog.format.itemText(0).startswith("PNG 图像")
    finally:
        i18n.install("en")
    QCoreApplication.processEvents()
    assert dialog.file_label.text() == "File" and dialog.browse.text() == "Browse…"


def test_error_follows_the_language(dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    template = (
        "The folder {folder} does not exist: choose another with Browse…, or press Create folder"
    )
    dialog.path.setText(str(tmp_path / "missing" / "f.png"))
    assert not dialog.export()
    english = dialog.error.text()
    try:
        i18n.install("zh_CN")
        # the shipped .qm translates the message (a skip here hid a lost translation)
        assert QCoreApplication.translate("ExportDialog", template) != template
        QCoreApplication.processEvents()
        assert dialog.error.text() != english and "不存在" in dialog.error.text()
        assert str(tmp_path / "missing") in dialog.error.text()
    finally:
        i18n.install("en")
    QCoreApplication.processEvents()
    assert dialog.error.text() == english


def test_error_colour_follows_the_theme(dialog) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert export_dialog.ERROR_COLOURS["light"] in dialog.error.styleSheet()
    theme.apply(app, "dark")
    try:
        QCoreApplication.processEvents()
        assert export_dialog.ERROR_COLOURS["dark"] in dialog.error.styleSheet()
    finally:
        theme.apply(app, "light")


# ---- Browse…: a name that ends in a format the dialog writes -----------------------


def fake_save_dialog(monkeypatch, answer: str, chosen: str = "PNG image (*.png)") -> list[str]:  # type: ignore[no-untyped-def]
    """Stands in for QFileDialog.getSaveFileName: answers ``answer``; lists the filters offered."""
    offered: list[str] = []

    def ask(_parent, _caption, _start, name_filter):  # type: ignore[no-untyped-def]
        offered.append(name_filter)
        return answer, chosen

    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName", ask)
    return offered


@pytest.mark.parametrize(
    ("typed", "written"),
    [("fig", "fig.png"), ("fig.v2", "fig.v2.png"), ("fig.PNG", "fig.PNG"), ("fig.svg", "fig.svg")],
)
def test_browse_gives_a_name_in_a_format_it_writes(
    dialog, monkeypatch, tmp_path, typed, written
) -> None:  # type: ignore[no-untyped-def]
    """Found by a tester: a name with no or an unknown extension made the dialog fail."""
    fake_save_dialog(monkeypatch, str(tmp_path / typed))
    dialog.browse.click()
    assert dialog.path.text() == str(tmp_path / written)
    assert dialog.format.currentData() == Path(written).suffix.lower()
    assert dialog.export() and (tmp_path / written).is_file()


@pytest.mark.parametrize("typed", ["*", "*.png", "fig?.png"])
def test_browse_refuses_a_wildcard_and_keeps_what_was_entered(
    dialog, monkeypatch, tmp_path, typed
) -> None:  # type: ignore[no-untyped-def]
    """Found by a tester: '*' in the save dialog wrote a file named '*'."""
    dialog.path.setText(str(tmp_path / "mine.svg"))
    fake_save_dialog(monkeypatch, str(tmp_path / typed))
    dialog.browse.click()
    assert dialog.isVisible() and dialog.path.text() == str(tmp_path / "mine.svg")
    assert f"The file name {typed} holds * or ?" in dialog.error.text()
    fake_save_dialog(monkeypatch, str(tmp_path / "good"), "SVG vector image (*.svg)")
    dialog.browse.click()
    assert dialog.error.text() == "" and dialog.path.text() == str(tmp_path / "good.svg")
    assert list(tmp_path.iterdir()) == []


def test_a_typed_wildcard_is_refused(dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog.path.setText(str(tmp_path / "*.png"))
    assert "cannot hold * or ?" in dialog.folder_note.full_text()
    assert not dialog.export()
    assert "The file name *.png holds * or ?" in dialog.error.text()
    assert dialog.isVisible() and list(tmp_path.iterdir()) == []


def test_a_typed_name_without_extension_takes_the_formats(dialog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """'fig' typed saves fig.png (fig.svg once SVG is chosen), as Browse… gives and as
    the note under the name says: Save refused it while the note said 'Saves fig'
    (found by a tester)."""
    dialog.path.setText(str(tmp_path / "fig"))
    svg = dialog.format.findData(".svg")
    dialog.format.setCurrentIndex(dialog.format.findData(".png"))
    assert dialog.folder_note.full_text() == f"Saves fig.png in {tmp_path}"
    dialog.format.setCurrentIndex(svg)
    assert dialog.folder_note.full_text() == f"Saves fig.svg in {tmp_path}"
    assert dialog.path.text() == str(tmp_path / "fig")  # what was typed stays
    assert dialog.export()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fig.svg"]


def test_a_name_without_a_folder_goes_to_the_folder_offered(dialog, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """'relfig' typed over the offered name saves in the folder the dialog showed, not
    in the process's working directory (a launcher's choice); 'fig.' saves fig.png
    (found by a tester: 'Saves relfig.png in .', and fig..png)."""
    offered = dialog.target().parent
    monkeypatch.chdir(tmp_path)
    dialog.path.setText("relfig")
    assert dialog.target() == offered / "relfig.png"
    assert dialog.folder_note.full_text() == f"Saves relfig.png in {offered}"
    dialog.path.setText(str(tmp_path / "fig."))
    assert dialog.target() == tmp_path / "fig.png"


def test_a_refusal_goes_once_the_name_is_edited(dialog, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The red line under Save spoke of the name refused: editing the name clears it
    (it stayed beside a note saying the new name would be saved; found by a tester)."""
    from PySide6.QtCore import Qt

    dialog.path.setText(str(tmp_path / "fig.v2"))
    assert not dialog.export() and "not .v2" in dialog.error.text()
    dialog.path.setFocus()
    dialog.path.end(False)
    for _ in range(3):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Backspace)
    assert dialog.path.text() == str(tmp_path / "fig")
    assert dialog.error.text() == ""
    assert dialog.folder_note.full_text() == f"Saves fig.png in {tmp_path}"
