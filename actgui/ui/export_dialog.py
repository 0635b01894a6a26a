"""File > Export…: figure (PNG, SVG, PDF) or table (CSV) of what the window shows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import export_data
from ..core.state import ExplorerState
from ..io_atomic import atomic_write_bytes

FORMATS = [
    (QT_TRANSLATE_NOOP("ExportDialog", "PNG image"), ".png"),
    (QT_TRANSLATE_NOOP("ExportDialog", "SVG vector image"), ".svg"),
    (QT_TRANSLATE_NOOP("ExportDialog", "PDF document"), ".pdf"),
    (QT_TRANSLATE_NOOP("ExportDialog", "CSV table"), ".csv"),
]


def state_table(state: ExplorerState) -> tuple[list[str], np.ndarray]:
    """x, then f, f', f'' of each visible curve on the view's sample grid."""
    lo, hi = state.visible_range()
    x = np.linspace(lo, hi, state.points)
    orders = [o for o in (0, 1, 2) if state.rows[o]] or [0]
    curves = [
        export_data.CurveSpec(c.spec(), c.activation, dict(c.params))
        for c in state.curves
        if c.visible
    ]
    return export_data.table(curves, x, orders)


def write_csv(state: ExplorerState, path: str | Path) -> None:
    header, data = state_table(state)
    atomic_write_bytes(path, export_data.csv_text(header, data).encode("utf-8"))


class ExportDialog(QDialog):
    """Chooses format, size, style and file; remembers the last folder and format."""

    def __init__(
        self, state: ExplorerState, theme: str = "light", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.theme = theme
        self.setWindowTitle(self.tr("Export"))
        settings = QSettings()
        self.format = QComboBox()
        for label, suffix in FORMATS:
            self.format.addItem(f"{self.tr(label)} ({suffix})", suffix)
        last = settings.value("export/format", ".png", str)
        self.format.setCurrentIndex(max(0, self.format.findData(last)))
        self.style = QComboBox()
        self.style.addItem(self.tr("As on screen"), "screen")
        self.style.addItem(self.tr("Publication (white, thick lines, large text)"), "publication")
        self.style.setCurrentIndex(
            max(0, self.style.findData(settings.value("export/style", "publication", str)))
        )
        self.width_spin = QSpinBox()
        self.height_spin = QSpinBox()
        for spin, key, default in (
            (self.width_spin, "width", 1000),
            (self.height_spin, "height", 700),
        ):
            spin.setRange(100, 20000)
            spin.setSuffix(" px")
            spin.setValue(int(settings.value(f"export/{key}", default, int)))
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.1, 10)
        self.scale.setSingleStep(0.5)
        self.scale.setValue(float(settings.value("export/scale", 2.0, float)))
        self.scale.setSuffix(" ×")
        self.scale.setToolTip(
            self.tr("PNG pixels per layout pixel: 2 gives a sharp figure for print")
        )
        self.dpi = QSpinBox()
        self.dpi.setRange(10, 2400)
        self.dpi.setValue(int(settings.value("export/dpi", 96, int)))
        self.dpi.setToolTip(self.tr("PDF page size is width / dpi by height / dpi inches"))
        self.transparent = QCheckBox(self.tr("Transparent background (PNG)"))
        self.path = QLineEdit()
        folder = settings.value(
            "export/folder",
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
            str,
        )
        self.path.setText(str(Path(folder or ".") / f"activations{last}"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C0392B;")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_spin)
        size_row.addWidget(QLabel("×"))
        size_row.addWidget(self.height_spin)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Style"), self.style)
        form.addRow(self.tr("Size"), size_row)
        form.addRow(self.tr("PNG scale"), self.scale)
        form.addRow(self.tr("PDF dpi"), self.dpi)
        form.addRow("", self.transparent)
        form.addRow(self.tr("File"), path_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self) -> None:
        suffix = self.format.currentData()
        figure = suffix != ".csv"
        for w in (self.style, self.width_spin, self.height_spin):
            w.setEnabled(figure)
        self.scale.setEnabled(suffix == ".png")
        self.transparent.setEnabled(suffix == ".png")
        self.dpi.setEnabled(suffix == ".pdf")
        p = Path(self.path.text())
        if p.suffix.lower() in {s for _l, s in FORMATS}:
            self.path.setText(str(p.with_suffix(suffix)))

    def _browse(self) -> None:
        suffix = self.format.currentData()
        label = self.format.currentText()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"{label} (*{suffix})"
        )
        if name:
            if not Path(name).suffix:
                name += suffix
            self.path.setText(name)

    def export(self) -> bool:
        """Write the file; on a problem show it in the dialog and keep it open."""
        path = Path(self.path.text().strip()).expanduser()
        suffix = path.suffix.lower()
        try:
            if suffix not in {s for _l, s in FORMATS}:
                got = suffix or "nothing"
                raise ValueError(
                    self.tr("the file name must end in .png, .svg, .pdf or .csv, not {got}").format(
                        got=repr(got)
                    )
                )
            if suffix == ".csv":
                write_csv(self.state, path)
            else:
                from .figure import export_figure

                export_figure(
                    self.state,
                    path,
                    self.width_spin.value(),
                    self.height_spin.value(),
                    theme="light" if self.style.currentData() == "publication" else self.theme,
                    style=self.style.currentData(),
                    scale=self.scale.value(),
                    transparent=self.transparent.isChecked(),
                    dpi=self.dpi.value(),
                )
        except (OSError, ValueError) as exc:
            self.error.setText(self.tr("Could not export: ") + str(exc))
            return False
        settings = QSettings()
        settings.setValue("export/folder", str(path.parent))
        settings.setValue("export/format", suffix)
        settings.setValue("export/style", self.style.currentData())
        settings.setValue("export/width", self.width_spin.value())
        settings.setValue("export/height", self.height_spin.value())
        settings.setValue("export/scale", self.scale.value())
        settings.setValue("export/dpi", self.dpi.value())
        self.exported_path = path
        self.accept()
        return True
