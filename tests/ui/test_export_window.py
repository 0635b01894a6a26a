"""Export from the window: the dialog, every format, refusals, remembered choices."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QImage

from actgui.core import catalog, export_data
from actgui.ui.export_dialog import ExportDialog


def dialog_for(window, path: Path, suffix: str) -> ExportDialog:  # type: ignore[no-untyped-def]
    d = ExportDialog(window.state, parent=window)
    d.format.setCurrentIndex(d.format.findData(suffix))
    d.path.setText(str(path))
    return d


def test_png_svg_pdf_from_the_window(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for suffix in (".png", ".svg", ".pdf"):
        out = tmp_path / f"fig{suffix}"
        d = dialog_for(window, out, suffix)
        d.width_spin.setValue(800)
        d.height_spin.setValue(500)
        d.scale.setValue(1.0)
        assert d.export(), d.error.text()
        assert out.stat().st_size > 1000
    img = QImage(str(tmp_path / "fig.png"))
    assert (img.width(), img.height()) == (800, 500)
    assert (tmp_path / "fig.pdf").read_bytes().startswith(b"%PDF")
    assert b"<svg" in (tmp_path / "fig.svg").read_bytes()


def test_csv_of_exactly_the_curves_shown(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    st = window.state
    st.set_row_visible(2, True)
    st.set_param(st.curves_of("leaky_relu")[0].uid, "negative_slope", 0.2)
    out = tmp_path / "t.csv"
    d = dialog_for(window, out, ".csv")
    assert d.export(), d.error.text()
    header, data = export_data.read_csv(out.read_text(encoding="utf-8"))
    specs = [c.spec() for c in st.curves]
    assert "leaky_relu(negative_slope=0.2)" in specs
    assert header[0] == "x" and header[1:4] == [specs[0], specs[0] + "'", specs[0] + "''"]
    assert len(header) == 1 + 3 * len(st.curves)
    assert data.shape[0] == st.points
    x = data[:, 0]
    i = header.index("leaky_relu(negative_slope=0.2)'")
    np.testing.assert_array_equal(
        data[:, i], catalog.evaluate("leaky_relu", x, {"negative_slope": 0.2}, 1)
    )


def test_bad_path_keeps_dialog_open_with_message(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = dialog_for(window, tmp_path / "missing" / "f.png", ".png")
    assert not d.export()
    assert "does not exist" in d.error.text()
    d.path.setText(str(tmp_path / "f.bmp"))
    assert not d.export()
    assert ".png, .svg, .pdf or .csv" in d.error.text()
    assert list(tmp_path.iterdir()) == []
    assert window.isVisible()  # the app goes on


def test_dialog_remembers_folder_and_format(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = dialog_for(window, tmp_path / "t.csv", ".csv")
    assert d.export()
    assert QSettings().value("export/format") == ".csv"
    again = ExportDialog(window.state, parent=window)
    assert again.format.currentData() == ".csv"
    assert Path(again.path.text()).parent == tmp_path


def test_copy_figure_to_clipboard(window) -> None:  # type: ignore[no-untyped-def]
    window.act_copy_figure.trigger()
    img = QGuiApplication.clipboard().image()
    assert not img.isNull() and img.width() > 100


def test_export_shortcut_opens_dialog(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self) or 0)
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
