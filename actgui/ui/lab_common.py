"""What the depth lab and the training lab share: the frame around their controls
and plots, the worker job's polling contract, the message line, language and theme.

:class:`LabBase` lays a lab out (the controls in a scroll area on the left with the
run button, Cancel, Export and a progress bar always in view below them; on the
right the message line over the plots, or over a note before the first run) and
carries what does not depend on what the lab computes: translating in the lab's own
language, following the window's language and theme, the message line (errors in
red), cancelling and waiting for the worker job, and closing.  A lab subclasses it,
builds its controls, and calls :meth:`LabBase._build_frame`; it provides ``_poll``
(read the job, show what it made), ``_retranslate`` and ``save_settings``.

No text to translate is written here: the strings stay in each lab's module, under
its own Qt Linguist context (:attr:`LabBase.TR_CONTEXT`).  The depth lab's helpers
(``translate``, ``function_name``, ...) are imported when called: the depth lab's
package imports this module while it is itself being imported.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

#: where a lab's function list keeps an item's spec (its text is the function's name)
SPEC_ROLE = Qt.ItemDataRole.UserRole


class SpecDelegate(QStyledItemDelegate):
    """Edits a function list item's spec (``elu(alpha=0.5)``); the item shows its name."""

    def setEditorData(self, editor, index) -> None:
        editor.setText(index.data(SPEC_ROLE) or index.data() or "")

    def setModelData(self, editor, model, index) -> None:
        from .depth_lab import function_name

        text = editor.text().strip()
        if not text or text == index.data(SPEC_ROLE):
            return
        model.setData(index, text, SPEC_ROLE)
        model.setData(index, text, Qt.ItemDataRole.ToolTipRole)
        model.setData(index, function_name(text), Qt.ItemDataRole.DisplayRole)


class LabJob(Protocol):
    """A lab's run in a worker thread, as the lab polls it (no Qt objects)."""

    #: set by the worker when the run ended (finished, failed or cancelled)
    finished: threading.Event
    #: the worker thread
    thread: threading.Thread

    def cancel(self) -> None: ...


class LabPlots(Protocol):
    """The plots a lab shows: in the lab's language and the window's theme."""

    theme_name: str

    def set_language(self, lang: str) -> None: ...

    def apply_theme(self, theme: str) -> None: ...


class JobCanceller:
    """Cancels the lab's current job; connected to ``destroyed`` (it holds no reference
    to the lab, which is gone by then)."""

    def __init__(self) -> None:
        self.job: LabJob | None = None

    def __call__(self, *_: object) -> None:
        if self.job is not None:
            self.job.cancel()


class LabBase(QWidget):
    """The frame and the run-independent behaviour of a lab (see the module)."""

    #: the Qt Linguist context of the lab's texts ("DepthLab", "TrainingLab")
    TR_CONTEXT = ""

    lang: str
    plots: LabPlots
    _job: LabJob | None
    # the name shadows QWidget.scroll(); the labs' tests and layout read lab.scroll
    scroll: QScrollArea  # type: ignore[assignment]

    def _init_lab(self, lang: str) -> None:
        """The fields every lab has, before it builds anything: its language, no job,
        no message, and a canceller for the job when the widget goes away."""
        self.lang = lang
        self._job = None
        #: what the message line says, made again in a new language; and whether an error
        self._message: Callable[[], str] | None = None
        self._message_is_error = False
        # cancels a running job when the widget goes away (holds no reference to self)
        self._canceller = JobCanceller()
        self.destroyed.connect(self._canceller)

    @staticmethod
    def _controls_form() -> tuple[QWidget, QFormLayout]:
        """The widget that holds a lab's controls and the form inside it (rows as wide
        as the column, never wrapped; spare height below them)."""
        controls = QWidget()
        outer = QVBoxLayout(controls)
        outer.setContentsMargins(6, 6, 6, 6)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        outer.addLayout(form)
        outer.addStretch(1)
        return controls, form

    def _build_frame(
        self,
        controls: QWidget,
        go_button: QPushButton,
        below_buttons: QWidget | None = None,
    ) -> None:
        """Lay the lab out around ``controls`` and :attr:`plots`.

        Makes ``scroll`` (holding ``controls``), ``cancel_button`` and ``export_button``
        (both off) beside ``go_button`` (the default button), ``below_buttons`` (if any)
        and ``progress`` under them, ``controls_panel``; ``status`` (the message line,
        hidden), ``empty`` with ``empty_title`` and ``empty_hint`` (the page before the
        first run), ``stack`` (that page, then the plots), ``splitter``; and ``_timer``
        (50 ms) that calls ``_poll``.  Cancel and Export are connected to
        :meth:`cancel` and ``_on_export``; ``go_button`` is left to the lab."""
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(controls)

        # --- the run button, Cancel, Export: always in view
        go_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(go_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 6)
        left_lay.setSpacing(4)
        left_lay.addWidget(self.scroll, 1)
        footer = QVBoxLayout()
        footer.setContentsMargins(6, 0, 6, 0)
        footer.addLayout(buttons)
        if below_buttons is not None:
            footer.addWidget(below_buttons)
        footer.addWidget(self.progress)
        left_lay.addLayout(footer)
        self.controls_panel = left

        # --- the message, and the plots or what to do before the first run
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setContentsMargins(8, 4, 8, 4)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.status.hide()
        self.empty = QWidget()
        empty_lay = QVBoxLayout(self.empty)
        empty_lay.addStretch(2)
        self.empty_title = QLabel()
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title.setWordWrap(True)
        font = QFont(self.empty_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.empty_title.setFont(font)
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)  # the palette's quieter text colour
        empty_lay.addWidget(self.empty_title)
        empty_lay.addWidget(self.empty_hint)
        empty_lay.addStretch(3)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        assert isinstance(self.plots, QWidget)
        self.stack.addWidget(self.plots)
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.setSpacing(0)
        right_lay.addWidget(self.status)
        right_lay.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._poll)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self._on_export)

    # --- the function list ------------------------------------------------------------

    def _build_function_picker(self, max_height: int) -> QHBoxLayout:
        """Make ``function_list`` (at most ``max_height`` px high, items edited as specs),
        ``function_edit`` (the catalog's names, or a spec typed in), ``add_button`` and
        ``remove_button`` (connected to :meth:`_on_add`, :meth:`_on_remove`); returns
        the row of the last three, for the lab to put under the list."""
        from ..core import catalog
        from .depth_lab import function_name

        self.function_list = QListWidget()
        self.function_list.setMaximumHeight(max_height)
        self.function_list.setItemDelegate(SpecDelegate(self.function_list))
        self.function_edit = QComboBox()
        self.function_edit.setEditable(True)
        self.function_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for fid in catalog.ids():  # names shown, ids kept as data
            self.function_edit.addItem(function_name(fid), fid)
        self.function_edit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.function_edit.setMinimumContentsLength(8)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        add_row = QHBoxLayout()
        add_row.addWidget(self.function_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        self.add_button.clicked.connect(self._on_add)
        line = self.function_edit.lineEdit()
        assert line is not None  # the combo is editable
        line.returnPressed.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        return add_row

    def functions(self) -> list[str]:
        """The functions' specs (``leaky_relu(negative_slope=0.2)``), as listed."""
        specs = []
        for i in range(self.function_list.count()):
            item = self.function_list.item(i)
            spec = item.data(SPEC_ROLE)
            specs.append((spec if isinstance(spec, str) else item.text()).strip())
        return specs

    def _list_functions(self, specs: Sequence[str]) -> None:
        """Show ``specs`` in the function list: by name, each in its palette colour."""
        from ..core.state import PALETTE
        from .depth_lab import function_name

        self.function_list.clear()
        for spec in specs:
            item = QListWidgetItem(function_name(spec))
            item.setData(SPEC_ROLE, spec)
            item.setToolTip(spec)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.function_list.addItem(item)
        for i in range(self.function_list.count()):
            self.function_list.item(i).setForeground(QColor(PALETTE[i % len(PALETTE)]))

    def set_functions(self, specs: list[str]) -> None:
        """List ``specs`` (not checked: a run says what is wrong)."""
        self._list_functions(specs)

    def _may_add(self) -> bool:
        """Whether one more function may be added (else the lab says why)."""
        return True

    def _on_add(self) -> None:
        """Add the typed function (a name from the list, any case, stands for its id);
        a spec the core cannot resolve is refused with its reason."""
        from ..core.depth import resolve_function

        text = self.function_edit.currentText().strip()
        if not text or not self._may_add():
            return
        found = self.function_edit.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            text = self.function_edit.itemData(found)
        try:
            resolve_function(text)
        except ValueError as exc:
            self._show_error(self._recheck(lambda: resolve_function(text), str(exc)))
            return
        self.set_functions([*self.functions(), text])
        self._show_message(None)

    def _restore_functions(self, text: str | None) -> bool:
        """List the saved functions (``text``: a JSON list of specs, None when nothing
        was saved); False, the list left as it was, if a spec does not resolve."""
        from ..core.depth import resolve_function

        if text is None:
            return True
        try:
            specs = json.loads(text)
            if not (isinstance(specs, list) and all(isinstance(x, str) for x in specs)):
                raise ValueError("not a list of specs")
            for spec in specs:
                resolve_function(spec)
            self.set_functions(specs)
        except (ValueError, TypeError):
            return False
        return True

    def _on_remove(self) -> None:
        """Remove the selected functions, or the last one."""
        rows = sorted((i.row() for i in self.function_list.selectedIndexes()), reverse=True)
        if not rows and self.function_list.count():
            rows = [self.function_list.count() - 1]
        specs = self.functions()
        for r in rows:
            del specs[r]
        self.set_functions(specs)

    # --- what each lab provides --------------------------------------------------------

    def _poll(self) -> None:
        """Read the job: show its progress, and once it ended, what it made."""
        raise NotImplementedError

    def _retranslate(self) -> None:
        """Set every text of the lab in :attr:`lang`."""
        raise NotImplementedError

    def save_settings(self, *_: object) -> None:
        """Remember the controls in QSettings."""
        raise NotImplementedError

    def _on_export(self) -> None:
        """Ask for a file and export to it (:meth:`_export_to`)."""
        raise NotImplementedError

    def export(self, path: str | Path, width: int = 1400, height: int = 900) -> None:
        """Write what the lab shows to ``path`` (its suffix names the format)."""
        raise NotImplementedError

    # --- language and theme ----------------------------------------------------------

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the lab's language (Qt Linguist, context :attr:`TR_CONTEXT`)."""
        from .depth_lab import translate

        return translate(self.lang, self.TR_CONTEXT, text, disambiguation)

    def set_language(self, lang: str) -> None:
        """Show every text in ``lang`` ('en', 'zh_CN'), now."""
        self.lang = lang
        self.plots.set_language(lang)
        self._retranslate()
        self._fit_controls()  # the labels' widths changed

    def _fit_controls(self) -> None:
        """The controls' column as wide as its widest row needs (in this language)."""
        controls = self.scroll.widget()
        assert controls is not None  # set in _build_frame
        controls.adjustSize()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width = controls.minimumSizeHint().width() + bar + 4
        self.controls_panel.setMinimumWidth(width)
        if sum(self.splitter.sizes()) == 0:  # first time; later the user's split stays
            self.splitter.setSizes([width, 1000])

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            from .depth_lab import app_language

            lang = app_language()
            if lang != self.lang:
                self.set_language(lang)
        elif kind == QEvent.Type.PaletteChange:
            from . import theme

            if theme.current() != self.plots.theme_name:
                self.apply_theme(theme.current())
            self._colour_status()
        super().changeEvent(event)

    def apply_theme(self, theme: str) -> None:
        """Follow the window's theme ("light" or "dark"); the figure export stays light."""
        if theme != self.plots.theme_name:
            self.plots.apply_theme(theme)
        self._colour_status()

    # --- the run and the message line --------------------------------------------------

    @property
    def running(self) -> bool:
        return self._job is not None

    @staticmethod
    def _recheck(check: Callable[[], object], said: str) -> Callable[[], str]:
        """A message that says again, in the current language, why ``check`` failed."""

        def text() -> str:
            try:
                check()
            except ValueError as exc:
                return str(exc)
            return said

        return text

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until the current run ends and is shown (tests, scripts)."""
        job = self._job
        if job is None:
            return True
        if not job.finished.wait(timeout):
            return False
        self._poll()
        return True

    def _job_ended(self, job: LabJob) -> bool:
        """Whether ``job`` ended; if it did, its thread is joined, polling stops and the
        lab is free for the next run (``_job`` is None)."""
        if not job.finished.is_set():
            return False
        job.thread.join()
        self._timer.stop()
        self._job = None
        self._canceller.job = None
        return True

    def _show_message(self, text: Callable[[], str] | str | None, error: bool = False) -> None:
        """Say ``text`` above the plots (a callable: made again on a language switch)."""
        if isinstance(text, str):
            said = text
            text = lambda: said
        self._message = text
        self._message_is_error = error
        self._colour_status()
        self.status.setText(text() if text is not None else "")
        self.status.setVisible(text is not None)

    def _colour_status(self) -> None:
        """Errors in red, other messages in the palette's text colour (no style sheet:
        a widget's own style sheet outlived the application's style on a theme switch)."""
        from .depth_lab import ERROR_COLOURS

        palette = self.palette()
        if self._message_is_error:
            palette.setColor(
                palette.ColorRole.WindowText, QColor(ERROR_COLOURS[self.plots.theme_name])
            )
        self.status.setPalette(palette)

    def _show_error(self, text: Callable[[], str] | str) -> None:
        self._show_message(text, error=True)

    def _export_to(
        self, caption: str, default_name: str, filters: str, saved: Callable[[str], str]
    ) -> None:
        """Ask for a file (``caption``, ``default_name``, ``filters``) and :meth:`export`
        to it; a failure is said in red, a success by ``saved(path)`` (made again in a
        new language).  A name without one of the filters' suffixes gets the selected
        filter's; a name with a wildcard (``*``, ``?``) is refused, nothing written."""
        from .export_dialog import filter_suffixes, has_wildcard, with_known_suffix

        path, chosen = QFileDialog.getSaveFileName(self, caption, default_name, filters)
        if not path:
            return
        if has_wildcard(path):
            name = Path(path).name
            self._show_error(
                lambda: self.tr(
                    "The file name {name} holds * or ?, which stand for other characters: choose a name without them"  # noqa: E501
                ).format(name=name)
            )
            return
        suffixes = [s for f in filters.split(";;") for s in filter_suffixes(f)]
        path = with_known_suffix(path, chosen, suffixes)
        try:
            self.export(path)
        except (OSError, ValueError) as exc:
            self._show_error(str(exc))
            return
        self._show_message(lambda: saved(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.cancel()
        if self._job is not None:
            self._job.finished.wait(5.0)
        super().closeEvent(event)
