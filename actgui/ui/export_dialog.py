"""File > Export…: figure (PNG, SVG, PDF) or table (CSV) of what the window shows.

The dialog previews the figure as it will be written (size, style, theme and
rows), checks the target folder before writing and says in the user's
language what is wrong, and starts in a folder that exists.
"""

from __future__ import annotations

import errno
import math
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QSettings, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import export_data
from ..core.io_atomic import atomic_write_bytes
from ..core.state import ExplorerState
from ..core.state_table import EXPORT_SUFFIXES, state_table
from . import theme as theme_module
from .i18n import QT_TRANSLATE_NOOP
from .info_widgets import ElidedLabel

#: the name the format box shows for each suffix (the suffixes: the core's EXPORT_SUFFIXES)
_FORMAT_NAMES = {
    ".png": QT_TRANSLATE_NOOP("ExportDialog", "PNG image"),
    ".svg": QT_TRANSLATE_NOOP("ExportDialog", "SVG vector image"),
    ".pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF document"),
    ".csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV table"),
}
FORMATS = [(_FORMAT_NAMES[s], s) for s in EXPORT_SUFFIXES]
SUFFIXES = set(EXPORT_SUFFIXES)

_Setting = TypeVar("_Setting", int, float, str)


def _setting(settings: QSettings, key: str, default: _Setting) -> _Setting:
    """The stored value of ``key`` as ``default``'s type (QSettings converts it), else
    ``default``."""
    value = settings.value(key, default, type(default))
    return value if isinstance(value, type(default)) else default


# the preview's box (logical pixels); the figure is fitted into it
PREVIEW_SIZE = QSize(400, 280)
# wait this long after the last change before drawing the preview again
PREVIEW_DELAY_MS = 200
# larger figures are drawn smaller for the preview (pixels)
PREVIEW_MAX_PIXELS = 4_000_000

# error colours that read on the light and on the dark window
ERROR_COLOURS = {"light": "#B03A2E", "dark": "#FF8A80"}
WARNING_COLOURS = {"light": "#9A6700", "dark": "#E3B341"}


def write_csv(state: ExplorerState, path: str | Path) -> None:
    header, data = state_table(state)
    atomic_write_bytes(path, export_data.csv_text(header, data).encode("utf-8"))


#: characters that stand for others in a file dialog's name field: never part of a name
WILDCARDS = "*?"


def has_wildcard(name: str | Path) -> bool:
    """Whether the file name (not its folder) of ``name`` holds ``*`` or ``?``: a
    pattern, not a name (a save dialog can hand one back as typed)."""
    return any(c in Path(name).name for c in WILDCARDS)


def filter_suffixes(name_filter: str) -> list[str]:
    """The suffixes a file dialog's filter names, in order: 'PNG image (*.png)' gives
    ['.png'], 'sessions (*.actgui.json *.json)' gives ['.actgui.json', '.json']."""
    inside = re.search(r"\(([^()]*)\)\s*$", name_filter)
    if inside is None:
        return []
    return [p[1:].lower() for p in inside.group(1).split() if p.startswith("*.") and len(p) > 2]


def with_known_suffix(name: str, selected_filter: str, suffixes: Iterable[str]) -> str:
    """``name`` as chosen in a save dialog, ending in one of ``suffixes`` (a format the
    caller writes, any case): unchanged if it does; else with the first suffix of the
    selected filter added ('fig' gives 'fig.png', 'fig.v2' 'fig.v2.png': nothing the user
    typed is dropped), or the first of ``suffixes`` when the filter names none of them."""
    known = [s.lower() for s in suffixes]
    if any(name.lower().endswith(s) for s in known):
        return name
    offered = [s for s in filter_suffixes(selected_filter) if s in known]
    return name + (offered[0] if offered else known[0])


def default_folder(last: str | None = None) -> Path:
    """Where a new export goes: the last folder used if it still exists, else
    the user's Documents folder if it exists, else the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (last, documents):
        if candidate and Path(candidate).expanduser().is_dir():
            return Path(candidate).expanduser()
    return Path.home()


class ExportDialog(QDialog):
    """Chooses format, size, style and file; previews the figure; remembers the
    last folder and format."""

    def __init__(
        self, state: ExplorerState, theme: str = "light", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.theme = theme
        self.exported_path: Path | None = None
        self._error_text: Callable[[], str] | None = None
        settings = QSettings()

        self.format = QComboBox()
        for _label, suffix in FORMATS:
            self.format.addItem("", suffix)
        last = settings.value("export/format", ".png", str)
        self.format.setCurrentIndex(max(0, self.format.findData(last)))
        self.style_box = QComboBox()
        self.style_box.addItem("", "screen")
        self.style_box.addItem("", "publication")
        self.style_box.setCurrentIndex(
            max(0, self.style_box.findData(settings.value("export/style", "publication", str)))
        )
        self.width_spin = QSpinBox()
        self.height_spin = QSpinBox()
        for spin, key, default in (
            (self.width_spin, "width", 1000),
            (self.height_spin, "height", 700),
        ):
            spin.setRange(100, 20000)
            spin.setSuffix(" px")
            spin.setValue(_setting(settings, f"export/{key}", default))
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.1, 10)
        self.scale.setSingleStep(0.5)
        self.scale.setValue(_setting(settings, "export/scale", 2.0))
        self.scale.setSuffix(" ×")
        self.dpi = QSpinBox()
        self.dpi.setRange(10, 2400)
        self.dpi.setValue(_setting(settings, "export/dpi", 96))
        self.transparent = QCheckBox()

        # the file: the whole dialog's width, the folder below it elided in the middle
        self.path = QLineEdit()
        self.path.setMinimumWidth(420)
        folder = default_folder(_setting(settings, "export/folder", ""))
        #: where a name typed without a folder goes: the folder the dialog offered
        #: (not the process's working directory, which a desktop launcher decides)
        self._folder = folder
        self.path.setText(str(folder / f"activations{self.format.currentData()}"))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.folder_note = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle, selectable=True)
        self.create_folder = QPushButton()
        self.create_folder.clicked.connect(self._create_folder)
        keep = self.create_folder.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the dialog keeps its height when it shows
        self.create_folder.setSizePolicy(keep)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing() + 4)
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setWordWrap(True)
        self.preview_caption = QLabel()
        self.preview_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_caption.setWordWrap(True)
        self.preview_caption.setMaximumWidth(PREVIEW_SIZE.width())
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self.format_label, self.style_label, self.size_label = QLabel(), QLabel(), QLabel()
        self.scale_label, self.dpi_label, self.file_label = QLabel(), QLabel(), QLabel()
        self.times = QLabel("×")
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_spin, 1)
        size_row.addWidget(self.times)
        size_row.addWidget(self.height_spin, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.format_label, self.format)
        form.addRow(self.style_label, self.style_box)
        form.addRow(self.size_label, size_row)
        form.addRow(self.scale_label, self.scale)
        form.addRow(self.dpi_label, self.dpi)
        form.addRow("", self.transparent)
        preview_box = QVBoxLayout()
        preview_box.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        preview_box.addWidget(self.preview_caption)
        preview_box.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addSpacing(12)
        top.addLayout(preview_box)

        file_grid = QGridLayout()
        file_grid.addWidget(self.file_label, 0, 0)
        file_grid.addWidget(self.path, 0, 1)
        file_grid.addWidget(self.browse, 0, 2)
        file_grid.addWidget(self.folder_note, 1, 1)
        file_grid.addWidget(self.create_folder, 1, 2)
        file_grid.setColumnStretch(1, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addSpacing(6)
        lay.addLayout(file_grid)
        # the message sits beside the buttons, in room kept for two lines: no jump
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        lay.addLayout(bottom)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.path.textChanged.connect(self._path_changed)
        # a refusal spoke of the name as it was: the note under it says what this one does
        self.path.textEdited.connect(lambda _text: self._set_error(None))
        self.path.textEdited.connect(self._follow_typed_suffix)
        for signal in (
            self.style_box.currentIndexChanged,
            self.width_spin.valueChanged,
            self.height_spin.valueChanged,
            self.scale.valueChanged,
            self.dpi.valueChanged,
            self.transparent.toggled,
        ):
            signal.connect(self._options_changed)
        self._retranslate()
        self._recolour()
        self._format_changed()
        self._path_changed()
        # the preview follows the window while the dialog is open (rows, curves, range)
        #: while the dialog is open; closed when it finishes
        self.subscription = state.subscribe(self._state_changed)
        self.finished.connect(lambda _r: self.subscription.close())

    def _state_changed(self, _change: object) -> None:
        self._options_changed()

    # ---- texts and colours -------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        for i, (label, suffix) in enumerate(FORMATS):
            self.format.setItemText(i, f"{self.tr(label)} ({suffix})")
        self.style_box.setItemText(0, self.tr("As on screen"))
        self.style_box.setItemText(1, self.tr("Publication (white, thick lines, large text)"))
        self.format_label.setText(self.tr("Format"))
        self.style_label.setText(self.tr("Style"))
        self.size_label.setText(self.tr("Size"))
        self.scale_label.setText(self.tr("PNG scale"))
        self.dpi_label.setText(self.tr("PDF dpi"))
        self.file_label.setText(self.tr("File"))
        self.scale.setToolTip(
            self.tr("PNG pixels per layout pixel: 2 gives a sharp figure for print")
        )
        self.dpi.setToolTip(self.tr("PDF page size is width / dpi by height / dpi inches"))
        self.transparent.setText(self.tr("Transparent background (PNG)"))
        self.browse.setText(self.tr("Browse…"))
        self.create_folder.setText(self.tr("Create folder"))
        self.create_folder.setToolTip(self.tr("Create the missing folder, then save"))
        self.path.setPlaceholderText(
            self.tr("Folder and file name, e.g. {example}").format(
                example=str(Path.home() / "activations.png")
            )
        )
        self._path_changed()
        self._update_caption()
        if self._error_text is not None:
            self.error.setText(self._error_text())
        if self.format.currentData() == ".csv":
            self._schedule_preview()

    def _recolour(self) -> None:
        name = theme_module.current()
        self.error.setStyleSheet(f"color: {ERROR_COLOURS.get(name, ERROR_COLOURS['light'])};")
        self._path_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._schedule_preview()

    # ---- the path and its folder -------------------------------------------------

    def target(self) -> Path:
        """The file typed, with the chosen format's extension added when the name has
        none ('fig' writes fig.png, as Browse… gives): what the note under the name
        says will be written is what Save writes."""
        path = Path(self.path.text().strip()).expanduser()
        if not path.is_absolute():
            path = self._folder / path
        if path.name and not path.suffix and not path.is_dir():
            # 'fig.' too: fig.png, not fig..png
            path = path.with_name(path.name.rstrip(".") + self.format.currentData())
        return path

    def _path_changed(self) -> None:
        text = self.path.text().strip()
        self.path.setToolTip(str(self.target()) if text else "")
        name = theme_module.current()
        colour = ""
        self.create_folder.setVisible(False)
        if not text:
            note = ""
        else:
            path = self.target()
            folder = path.parent
            if not folder.exists():
                note = self.tr("The folder {folder} does not exist").format(folder=folder)
                colour = ERROR_COLOURS.get(name, ERROR_COLOURS["light"])
                self.create_folder.setVisible(True)
            elif not folder.is_dir():
                note = self.tr("{folder} is not a folder").format(folder=folder)
                colour = ERROR_COLOURS.get(name, ERROR_COLOURS["light"])
            elif path.is_dir():
                note = self.tr("{path} is a folder: add a file name").format(path=path)
                colour = ERROR_COLOURS.get(name, ERROR_COLOURS["light"])
            elif has_wildcard(path):
                note = self.tr("A file name cannot hold * or ?")
                colour = ERROR_COLOURS.get(name, ERROR_COLOURS["light"])
            elif path.suffix.lower() not in SUFFIXES:  # what Save would refuse, said now
                note = self._suffix_problem(path.suffix)()
                colour = ERROR_COLOURS.get(name, ERROR_COLOURS["light"])
            elif path.exists():
                note = self.tr("{name} exists in {folder} and will be replaced").format(
                    name=path.name, folder=folder
                )
                colour = WARNING_COLOURS.get(name, WARNING_COLOURS["light"])
            else:
                note = self.tr("Saves {name} in {folder}").format(name=path.name, folder=folder)
        self.folder_note.setStyleSheet(f"color: {colour};" if colour else "")
        self.folder_note.setText(note)

    def _follow_typed_suffix(self, text: str) -> None:
        """Typing 'fig.svg' selects SVG."""
        suffix = Path(text.strip()).suffix.lower()
        if suffix in SUFFIXES and suffix != self.format.currentData():
            self.format.setCurrentIndex(self.format.findData(suffix))

    def _create_folder(self) -> None:
        folder = self.target().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = self._os_reason(exc)
            self._set_error(
                lambda: self.tr("Could not create the folder {folder}: {reason}").format(
                    folder=folder, reason=reason()
                )
            )
        else:
            self._set_error(None)
        self._path_changed()

    def _format_changed(self) -> None:
        suffix = self.format.currentData()
        figure = suffix != ".csv"
        for w in (self.style_box, self.width_spin, self.height_spin):
            w.setEnabled(figure)
        self.scale.setEnabled(suffix == ".png")
        self.transparent.setEnabled(suffix == ".png")
        self.dpi.setEnabled(suffix == ".pdf")
        p = Path(self.path.text().strip())
        if p.suffix.lower() in SUFFIXES and p.suffix.lower() != suffix:
            self.path.setText(str(p.with_suffix(suffix)))
        else:
            self._path_changed()  # a name without an extension takes the new format's
        self._options_changed()

    def _browse(self) -> None:
        suffix = self.format.currentData()
        label = self.format.currentText()
        start = self.target()
        if not start.parent.is_dir():
            start = default_folder() / (start.name or f"activations{suffix}")
        name_filter = f"{label} (*{suffix})"
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(start), name_filter
        )
        if not name:
            return
        if has_wildcard(name):
            # a pattern, not a name: said here, and the file entered before stays
            bad = Path(name).name
            self._set_error(self._wildcard_problem(bad))
            return
        name = with_known_suffix(name, chosen or name_filter, EXPORT_SUFFIXES)
        self._set_error(None)
        self.path.setText(name)
        self._follow_typed_suffix(name)

    def _suffix_problem(self, suffix: str) -> Callable[[], str]:
        return lambda: self.tr(
            "The file name must end in .png, .svg, .pdf or .csv, not {got}"
        ).format(got=suffix)

    def _wildcard_problem(self, name: str) -> Callable[[], str]:
        return lambda: self.tr(
            "The file name {name} holds * or ?, which stand for other characters: choose a name without them"  # noqa: E501
        ).format(name=name)

    # ---- preview -----------------------------------------------------------------

    def _options_changed(self) -> None:
        self._update_caption()
        self._schedule_preview()

    def _schedule_preview(self) -> None:
        if self.isVisible():  # a hidden dialog draws nothing; showEvent catches up
            self._preview_timer.start()

    def figure_theme(self) -> str:
        return "light" if self.style_box.currentData() == "publication" else self.theme

    def _update_caption(self) -> None:
        suffix = self.format.currentData()
        w, h = self.width_spin.value(), self.height_spin.value()
        if suffix == ".png":
            s = self.scale.value()
            text = self.tr("{w} × {h} pixels").format(w=round(w * s), h=round(h * s))
        elif suffix == ".svg":
            text = self.tr("{w} × {h} (SVG units at 96 dpi)").format(w=w, h=h)
        elif suffix == ".pdf":
            dpi = self.dpi.value()
            text = self.tr("page {w:.2f} × {h:.2f} in ({wm:.0f} × {hm:.0f} mm)").format(
                w=w / dpi, h=h / dpi, wm=w / dpi * 25.4, hm=h / dpi * 25.4
            )
        else:
            curves = sum(1 for c in self.state.drawn() if c.visible)
            orders = sum(1 for on in self.state.rows if on) or 1
            text = self.tr(
                "{columns} columns (x, then {curves} curves × {orders} orders), {rows} rows"
            ).format(
                columns=1 + curves * orders, curves=curves, orders=orders, rows=self.state.points
            )
        if suffix != ".csv":
            text = self.tr("{size}; rows: {rows}").format(size=text, rows=self._row_names())
        self.preview_caption.setText(text)

    def _row_names(self) -> str:
        """The figure's rows: f, f′, f″ as shown, and the comparisons' row."""
        from .plot_canvas import COMPARE_LABELS, COMPARE_MIXED

        st = self.state
        names = ["f, f′, f″"] if st.overlay else []
        if not st.overlay:
            names = [n for n, on in zip(("f", "f′", "f″"), st.rows) if on] or ["f"]
        modes = {k.mode for k in st.compares if k.visible}
        if modes:
            names.append(COMPARE_LABELS[next(iter(modes))] if len(modes) == 1 else COMPARE_MIXED)
        return ", ".join(names)

    def refresh_preview(self) -> None:
        """Draw the figure as it will be written, fitted into the preview box."""
        self._preview_timer.stop()
        if self.format.currentData() == ".csv":
            header, _data = state_table(self.state)
            shown = ", ".join(header[:30]) + (", …" if len(header) > 30 else "")
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("CSV table\n\n{columns}").format(columns=shown))
            return
        w, h = self.width_spin.value(), self.height_spin.value()
        dpr = self.devicePixelRatioF() or 1.0
        box = PREVIEW_SIZE - QSize(4, 4)  # inside the frame
        # drawn at the figure's own scale and shrunk here: what the file will show
        # (capped for huge figures, where a smaller drawing keeps the preview quick)
        render_scale = min(1.0, math.sqrt(PREVIEW_MAX_PIXELS / (w * h)))
        transparent = self.transparent.isChecked() and self.format.currentData() == ".png"
        from .figure import Figure

        try:
            with Figure(self.state, w, h, self.figure_theme(), self.style_box.currentData()) as fig:
                image = fig.image(render_scale, transparent)
        except (ValueError, OSError) as exc:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No preview: {error}").format(error=exc))
            return
        image = image.scaled(
            round(box.width() * dpr),
            round(box.height() * dpr),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        if transparent:
            image = _on_checkerboard(image)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(dpr)
        self.preview.setText("")
        self.preview.setPixmap(pixmap)

    # ---- export --------------------------------------------------------------------

    def _set_error(self, text: Callable[[], str] | None) -> None:
        """Show ``text()`` (called again after a language switch); None clears it."""
        self._error_text = text
        self.error.setText(text() if text is not None else "")
        if text is not None and self.folder_note.styleSheet():
            # the note under the name already says what is wrong, in red: once is enough
            self.folder_note.setText("")

    def _os_reason(self, exc: OSError) -> Callable[[], str]:
        """Why the system refused, in the user's language where the reason is common."""
        reasons = {
            errno.EACCES: lambda: self.tr("permission denied"),
            errno.EPERM: lambda: self.tr("permission denied"),
            errno.EROFS: lambda: self.tr("the disk is read-only"),
            errno.ENOSPC: lambda: self.tr("the disk is full"),
            getattr(errno, "EDQUOT", -1): lambda: self.tr("the disk quota is used up"),
            errno.ENAMETOOLONG: lambda: self.tr("the name is too long"),
            errno.ENOENT: lambda: self.tr("the folder does not exist"),
            errno.EISDIR: lambda: self.tr("it is a folder"),
        }
        text = exc.strerror or str(exc)
        return reasons.get(exc.errno, lambda: text)

    def _problem(self, path: Path) -> Callable[[], str] | None:
        """What stops writing ``path``, checked before any drawing; None if nothing."""
        from .figure import MAX_PNG_PIXELS, MAX_PNG_SIDE

        suffix = path.suffix.lower()
        if not self.path.text().strip():
            return lambda: self.tr("Enter a file name, e.g. {example}").format(
                example=str(default_folder() / "activations.png")
            )
        folder = path.parent
        if path.is_dir():
            return lambda: self.tr("{path} is a folder: add a file name").format(path=path)
        if has_wildcard(path):
            return self._wildcard_problem(path.name)
        if suffix not in SUFFIXES:  # (a name without one has the format's: target())
            return self._suffix_problem(suffix)
        if not folder.exists():
            return lambda: self.tr(
                "The folder {folder} does not exist: choose another with Browse…, or press Create folder"  # noqa: E501
            ).format(folder=folder)
        if not folder.is_dir():
            return lambda: self.tr("{folder} is not a folder").format(folder=folder)
        if not os.access(folder, os.W_OK):
            return lambda: self.tr(
                "The folder {folder} is not writable: choose another folder"
            ).format(folder=folder)
        if suffix == ".png":
            s = self.scale.value()
            pw = round(self.width_spin.value() * s)
            ph = round(self.height_spin.value() * s)
            if pw > MAX_PNG_SIDE or ph > MAX_PNG_SIDE or pw * ph > MAX_PNG_PIXELS:
                return lambda: self.tr(
                    "A {w} × {h} pixel PNG is too large: at most {side} pixels a side and {mp} megapixels; lower the size or the PNG scale"  # noqa: E501
                ).format(w=pw, h=ph, side=f"{MAX_PNG_SIDE:,}", mp=MAX_PNG_PIXELS // 1_000_000)
        return None

    def export(self) -> bool:
        """Write the file; on a problem show it in the dialog and keep it open."""
        path = self.target()
        problem = self._problem(path)
        if problem is not None:
            self._set_error(problem)
            return False
        try:
            if path.suffix.lower() == ".csv":
                write_csv(self.state, path)
            else:
                from .figure import export_figure

                export_figure(
                    self.state,
                    path,
                    self.width_spin.value(),
                    self.height_spin.value(),
                    theme=self.figure_theme(),
                    style=self.style_box.currentData(),
                    scale=self.scale.value(),
                    transparent=self.transparent.isChecked(),
                    dpi=self.dpi.value(),
                )
        except OSError as exc:
            reason = self._os_reason(exc)
            self._set_error(
                lambda: self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=reason()
                )
            )
            return False
        except ValueError as exc:  # from the core: already in the user's language
            error = str(exc)
            self._set_error(lambda: self.tr("Could not export: {error}").format(error=error))
            return False
        self._set_error(None)
        settings = QSettings()
        settings.setValue("export/folder", str(path.parent))
        settings.setValue("export/format", path.suffix.lower())
        settings.setValue("export/style", self.style_box.currentData())
        settings.setValue("export/width", self.width_spin.value())
        settings.setValue("export/height", self.height_spin.value())
        settings.setValue("export/scale", self.scale.value())
        settings.setValue("export/dpi", self.dpi.value())
        self.exported_path = path
        self.accept()
        return True


def _on_checkerboard(image: QImage) -> QImage:
    """A transparent figure over the usual grey checks, as image editors show it."""
    out = QImage(image.size(), QImage.Format.Format_ARGB32_Premultiplied)
    out.setDevicePixelRatio(image.devicePixelRatio())
    p = QPainter(out)
    cell = 8
    light, dark = QColor(255, 255, 255), QColor(204, 204, 204)
    for y in range(0, out.height(), cell):
        for x in range(0, out.width(), cell):
            p.fillRect(x, y, cell, cell, dark if (x // cell + y // cell) % 2 else light)
    p.drawImage(0, 0, image)
    p.end()
    return out
