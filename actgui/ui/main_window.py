"""The main window: function list, canvas, parameter editor, info panel, readout.

Its actions, menus, toolbar and their texts are built by the base class
:class:`~actgui.ui.window_actions.WindowActions`; this module keeps the panels,
the labs' tabs, the state's synchronisation and the commands. It stays a little
over 600 lines on purpose: the panels, the tabs and the commands read and write
the same few fields of the window (state, canvas, docks, session path), and the
commands are one-screen methods that a separate module would only wrap."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from ..core import catalog
from ..core.state import Change, ExplorerState
from .function_list import FunctionList
from .info_panel import InfoPanel
from .parameter_editor import ParameterEditor
from .plot_canvas import PlotCanvas
from .readout import ROWS_WITHOUT_SCROLLING, Readout, fmt
from .window_actions import _DEPTH_TAB, _TRAIN_TAB, WindowActions

if TYPE_CHECKING:  # the labs are imported when their tab is first opened
    from .depth_lab import DepthLab
    from .training_lab import TrainingLab

#: the labs' tabs: the curve docks and toolbar are hidden there
_LAB_TABS = (_DEPTH_TAB, _TRAIN_TAB)
#: below this window height the readout starts at five rows (the first launch's
#: five curves; the plots need the rest of the room)
SHORT_WINDOW = 760
SHORT_WINDOW_ROWS = 5


class MainWindow(WindowActions):
    def __init__(
        self,
        state: ExplorerState | None = None,
        lang: str = "en",
        autosave_path: str | None = None,
        theme: str | None = None,
    ) -> None:
        super().__init__()
        #: where the state is saved a few seconds after each change and on exit
        self.autosave_path = autosave_path
        self.state = state if state is not None else ExplorerState.first_launch()
        self.lang = lang
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )

        from . import theme as themes

        self.theme_choice = themes.saved_choice() if theme is None else theme
        self.theme_name = themes.resolve(self.theme_choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a window lives in a QApplication
            themes.apply(app, self.theme_name)
        self.canvas = PlotCanvas(self.state, theme=self.theme_name)
        from PySide6.QtWidgets import QTabWidget

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.canvas, "")
        # the depth lab is built when its tab is first opened: not at start-up
        self._depth_lab: DepthLab | None = None
        self.tabs.addTab(QWidget(), "")
        self._training_lab: TrainingLab | None = None  # the same for the training lab
        self.tabs.addTab(QWidget(), "")
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._dock_visibility: dict[str, bool] = {}
        self.function_list = FunctionList(self.state)
        self.parameter_editor = ParameterEditor(self.state)
        self.info_panel = InfoPanel(self.state, lang)
        self.readout = Readout(self.state)

        self.functions_dock = self._dock(
            "functions", self.function_list, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.params_dock = self._dock(
            "parameters", self.parameter_editor, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.info_dock = self._dock("info", self.info_panel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.readout_dock = self._dock(
            "readout", self.readout, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.docks = (self.functions_dock, self.params_dock, self.info_dock, self.readout_dock)

        self.function_list.sigFunctionClicked.connect(self._on_function_clicked)
        self.canvas.sigCursorMoved.connect(self.readout.show_x)
        self.canvas.sigMouseAt.connect(self._on_mouse_at)
        self.readout.sigXEntered.connect(self.canvas.set_cursor)
        self.coords = QLabel()
        self.canvas.sigCursorMoved.connect(
            lambda x: None if math.isfinite(x) else self.coords.setText("")
        )
        self.state.subscribe(self._on_change)

        self.statusBar().addPermanentWidget(self.coords)
        self._build_actions()
        self._build_menus()
        from .families import FamilyActions

        self.family_actions = FamilyActions(self)  # Curve > Sweep…, Compare…
        from ..core.history import History
        from .edit_menu import EditMenu

        #: undo/redo of every change of the state (Edit menu)
        self.history = History(self.state)
        self.edit_menu = EditMenu(self, self.history, before=self.m_view)
        from .presentation import Presentation

        #: F11, View > Presentation mode: full screen for a projector
        self.presentation = Presentation(self)
        self._build_toolbar()
        self._retranslate()
        self._sync_controls()
        self._size_for_screen()
        self._size_docks()
        self._default_layout = self.saveState()
        self._layout_restored = False
        #: where the pointer was last said to be (x, y, row), for the status bar
        self._pointer_at: tuple[float, float, int] | None = None
        #: the readout's row count when last looked at (_follow_readout_rows)
        self._readout_count: int | None = None
        #: whether the readout showed every row when the curves last changed
        self._readout_complete: bool | None = None
        #: the readout was cut to five rows for a short window (_readout_after_resize)
        self._readout_cut_short = False
        self._readout_resize = QTimer(self)
        self._readout_resize.setSingleShot(True)
        self._readout_resize.setInterval(0)
        self._readout_resize.timeout.connect(self._readout_after_resize)
        # the window's own timer: it dies with the window (a pending singleShot would
        # reach a deleted readout after the window closed)
        self._readout_follow = QTimer(self)
        self._readout_follow.setSingleShot(True)
        self._readout_follow.setInterval(0)
        self._readout_follow.timeout.connect(self._follow_readout_rows)
        model = self.readout.table.model()
        for signal in (model.rowsInserted, model.rowsRemoved):
            signal.connect(lambda *_a: self._readout_follow.start())
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(3000)
        self._autosave_timer.timeout.connect(self.autosave)
        if autosave_path is not None:
            self._restore_geometry()

    # --- construction --------------------------------------------------------------

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _update_title(self) -> None:
        """The session's file name, else what the app is; Qt adds " — actgui" itself
        (the application display name), so the name is not repeated."""
        if self.session_path:
            self.setWindowTitle(Path(self.session_path).name)
        else:
            self.setWindowTitle(self.tr("Activation function explorer"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and self._readout_count is None:
            self._readout_count = self.readout.table.rowCount()
            if self._layout_restored:  # a saved layout: whole rows once it is sized
                self._readout_resize.start()
        if not self._layout_restored and not event.spontaneous():
            # first show at the final size: docks proportioned to the window
            self._layout_restored = True
            self._size_docks()
            self._default_layout = self.saveState()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            at = getattr(self, "_pointer_at", None)
            if at is not None and self.coords.text():
                self._on_mouse_at(*at)  # it stayed in the old language until a move
        super().changeEvent(event)

    def _size_for_screen(self) -> None:
        screen = QApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        avail = screen.availableGeometry()
        w = min(1600, max(900, int(avail.width() * 0.85)))
        h = min(1000, max(600, int(avail.height() * 0.85)))
        self.resize(min(w, avail.width()), min(h, avail.height()))

    # --- state -> controls ---------------------------------------------------------

    def _sync_controls(self) -> None:
        st = self.state
        pairs = [(self.act_rows[o], st.rows[o]) for o in range(3)] + [
            (self.act_overlay, st.overlay),
            (self.act_grid, st.grid),
            (self.act_legend, st.legend),
            (self.act_shade_sat, st.shade_saturation),
            (self.act_shade_dead, st.shade_dead),
        ]
        for act, on in pairs:
            act.blockSignals(True)
            act.setChecked(on)
            act.blockSignals(False)
        for spin, v in zip((self.x_min, self.x_max), st.visible_range()):
            spin.blockSignals(True)
            spin.setValue(v)
            spin.blockSignals(False)
        self.points.blockSignals(True)
        self.points.setValue(st.points)
        self.points.blockSignals(False)
        self.eps.blockSignals(True)
        self.eps.setValue(st.saturation_eps)
        self.eps.blockSignals(False)

    def _on_change(self, change: Change) -> None:
        if change.kind in ("rows", "options", "range", "view"):
            self._sync_controls()
        if change.kind in ("curves", "visibility") and self._readout_complete is None:
            # the readout takes the new rows ~50 ms later: whether it shows all of them
            # is read now, on the old rows (_follow_readout_rows)
            self._readout_complete = not self.readout.table.verticalScrollBar().isVisible()
        if self.autosave_path is not None:
            self._autosave_timer.start()

    def autosave(self) -> None:
        """Save the state where the next start finds it (atomically: a kill -9 mid-write
        leaves the previous autosave whole)."""
        if self.autosave_path is None:
            return
        from ..core import session

        try:
            Path(self.autosave_path).parent.mkdir(parents=True, exist_ok=True)
            session.save(self.state, self.autosave_path)
        except (OSError, ValueError) as exc:
            self.statusBar().showMessage(self.tr("Autosave failed: ") + str(exc), 8000)

    def _restore_geometry(self) -> None:
        from PySide6.QtCore import QSettings

        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        layout = settings.value("window/state")
        if layout is not None:
            self.restoreState(layout)
            self._layout_restored = True
        if not any(d.isVisibleTo(self) for d in self.docks):
            # a layout saved by an older version while the Depth lab was shown
            self.reset_layout()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presentation.active:
            self.presentation.leave()  # the next start gets the window, not the projector
        if self.autosave_path is not None:
            from PySide6.QtCore import QSettings

            self._autosave_timer.stop()
            self.autosave()
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/state", self.curves_layout())
        super().closeEvent(event)

    def curves_layout(self) -> object:
        """The dock layout of the Curves tab (saveState), whichever tab is shown:
        the Depth lab hides the docks, and that must not be what the next start sees."""
        if self.tabs.currentIndex() not in _LAB_TABS:
            return self.saveState()
        self.setUpdatesEnabled(False)
        try:
            self._show_curve_docks()
            layout = self.saveState()
            self._hide_curve_docks()
        finally:
            self.setUpdatesEnabled(True)
        return layout

    def reset_layout(self) -> None:
        """Every dock back at its default place and size (View > Reset layout)."""
        self.restoreState(self._default_layout)
        for dock in self.docks:
            dock.setFloating(False)
            dock.setVisible(True)
        self._dock_visibility = {}
        self._size_docks()
        if self.tabs.currentIndex() in _LAB_TABS:
            self._hide_curve_docks()
        else:
            # not the toolbar's x-min box (the first in the focus chain), whose text a
            # key would replace: the canvas, as at start (found by a tester)
            self.canvas.setFocus()

    def _size_docks(self) -> None:
        """Default dock sizes for the window's current size: every function name whole,
        the parameters as tall as their controls (Info takes the rest), and every
        readout row (up to eight) where the window is tall enough, else five."""
        h = self.height()
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        self.resizeDocks([self.functions_dock], [self.function_list.preferred_width()], horizontal)
        # wider on a wide window: long formulas fit without breaking or scrolling
        right = max(300, min(540, int(self.width() * 0.28)))
        self.resizeDocks([self.params_dock, self.info_dock], [right, right], horizontal)
        params = self.parameter_editor.sizeHint().height() + max(
            0,
            self.params_dock.minimumSizeHint().height()
            - self.parameter_editor.minimumSizeHint().height(),
        )
        self.resizeDocks(
            [self.params_dock, self.info_dock], [params, max(200, h - params)], vertical
        )
        rows = len(self.state.curves)
        if h < SHORT_WINDOW:
            rows = min(SHORT_WINDOW_ROWS, rows)
        # resizeDocks sizes the whole dock: its title bar as well as the readout
        self.resizeDocks([self.readout_dock], [self._readout_dock_height(rows)], vertical)

    def _readout_dock_height(self, rows: int) -> int:
        """The readout dock's height that shows ``rows`` rows whole (its title bar too)."""
        title = (
            self.readout_dock.minimumSizeHint().height() - self.readout.minimumSizeHint().height()
        )
        return self.readout.preferred_height(rows) + max(0, title)

    def _readout_rows_shown(self) -> int:
        """How many readout rows are whole on screen now."""
        table = self.readout.table
        if not table.verticalScrollBar().isVisible():
            return table.rowCount()
        return max(
            1, table.viewport().height() // max(1, table.verticalHeader().defaultSectionSize())
        )

    def _keep_readout_rows(self, rows: int) -> None:
        """The readout dock exactly as tall as ``rows`` whole rows, for new texts:
        Chinese headers are taller (rows it showed whole would go under a scroll bar)
        and English ones shorter (a part of a row would show below them)."""
        if not self.readout_dock.isVisible() or self.readout_dock.isFloating():
            return
        self.readout.updateGeometry()
        want = self._readout_dock_height(rows)
        if self.readout_dock.height() != want:
            self.resizeDocks([self.readout_dock], [want], Qt.Orientation.Vertical)

    def _readout_rows_wanted(self) -> int:
        """Every curve's row, up to eight, or five in a window below SHORT_WINDOW."""
        rows = min(ROWS_WITHOUT_SCROLLING, len(self.state.drawn()))
        return min(SHORT_WINDOW_ROWS, rows) if self.height() < SHORT_WINDOW else rows

    def _follow_readout_rows(self) -> None:
        """After curves came or went: a readout that showed every row whole still does
        (up to eight; five in a short window), growing or shrinking by whole rows; one
        the user made smaller (a scroll bar) keeps its height."""
        table = self.readout.table
        before, self._readout_count = self._readout_count, table.rowCount()
        complete, self._readout_complete = self._readout_complete, None
        if before is None or before == table.rowCount():
            return
        if complete:
            self._keep_readout_rows(max(1, self._readout_rows_wanted()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "_readout_count", None) is not None:  # shown: docks are sized
            self._readout_resize.start()

    def _readout_after_resize(self) -> None:
        """Whole readout rows at the window's new size: at most five in a window
        under SHORT_WINDOW (the plots need the room), and back to every curve's row
        (up to eight) once it is tall again, if it was cut to five for that; else
        the rows it shows, whole (a resize cut one in part, and the plots shrank to
        ~90 px in a short window; found by a tester). Also after a restored layout,
        whose saved height (another version, another window size) may cut a row."""
        dock = self.readout_dock
        table = self.readout.table
        if not dock.isVisible() or dock.isFloating() or not table.rowCount():
            return
        high = table.viewport().height() / max(1, table.verticalHeader().defaultSectionSize())
        rows = max(1, min(table.rowCount(), int(high + 0.05)))
        if self.height() < SHORT_WINDOW and rows > SHORT_WINDOW_ROWS:
            rows, self._readout_cut_short = SHORT_WINDOW_ROWS, True
        elif self.height() >= SHORT_WINDOW and self._readout_cut_short:
            rows, self._readout_cut_short = self._readout_rows_wanted(), False
        elif abs(high - rows) <= 0.05:
            return
        self._keep_readout_rows(rows)

    # --- controls -> state ---------------------------------------------------------

    def _on_x_range_edit(self) -> None:
        """The toolbar shows the visible x range (it follows zoom and pan); typing
        a range makes it the curves' range."""
        try:
            self.state.set_x_range(self.x_min.value(), self.x_max.value())
        except ValueError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            self._sync_controls()

    def _on_points_edit(self, n: int) -> None:
        try:
            self.state.set_points(n)
        except ValueError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            self._sync_controls()

    def _on_function_clicked(self, function_id: str) -> None:
        curves = self.state.curves_of(function_id)
        if curves:
            if self.state.selected not in [c.uid for c in curves]:
                self.state.select(curves[0].uid)
        else:
            self.info_panel.show_function(function_id)

    def _on_mouse_at(self, x: float, y: float, order: int) -> None:
        """The pointer's position in the plot under it (not a curve's value: the
        readout has those), e.g. "pointer in f′: x = 1.5, y = 0.25"."""
        self._pointer_at = (x, y, order)  # said again in the new language on a switch
        if not math.isfinite(x):
            self.coords.setText("")
            return
        row = self.canvas.row_name(order)
        self.coords.setText(
            self.tr("pointer in {row}: x = {x}, y = {y}").format(row=row, x=fmt(x), y=fmt(y))
        )

    def _remove_selected(self) -> None:
        c = self.state.selected_curve
        if c is not None:
            self.state.remove_curve(c.uid)

    @property
    def depth_lab(self) -> DepthLab:
        """The Depth lab tab's widget, built on first use."""
        if self._depth_lab is None:
            from .depth_lab import DepthLab

            self._depth_lab = DepthLab(lang=self.lang, theme=self.theme_name)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(_DEPTH_TAB)
            self.tabs.removeTab(_DEPTH_TAB)
            self.tabs.insertTab(_DEPTH_TAB, self._depth_lab, self.tr("Depth lab"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
        return self._depth_lab

    @property
    def training_lab(self) -> TrainingLab:
        """The Training lab tab's widget, built on first use."""
        if self._training_lab is None:
            from .training_lab import TrainingLab

            self._training_lab = TrainingLab(lang=self.lang, theme=self.theme_name)
            self._training_lab.sigShowCurves.connect(self._add_learned_curves)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(_TRAIN_TAB)
            self.tabs.removeTab(_TRAIN_TAB)
            self.tabs.insertTab(_TRAIN_TAB, self._training_lab, self.tr("Training lab"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            if placeholder is not None:
                placeholder.deleteLater()
        return self._training_lab

    def _add_learned_curves(self, specs: list[str]) -> None:
        """The Training lab's activations with their learned values, as curves here."""
        from ..core.export_data import CurveSpec

        with self.state.batch():
            for spec in specs:
                self.state.add_spec(CurveSpec.parse(spec))

    def _on_tab_changed(self, index: int) -> None:
        """The curve docks and toolbar belong to the Curves tab: give the labs the room."""
        if index in _LAB_TABS:
            if index == _DEPTH_TAB:
                self.depth_lab  # noqa: B018  (builds it on first use)
            else:
                self.training_lab  # noqa: B018
            self._hide_curve_docks()
        else:
            self._show_curve_docks()

    def _hide_curve_docks(self) -> None:
        self.coords.setText("")
        if not self._dock_visibility:
            self._dock_visibility = {d.objectName(): d.isVisible() for d in self.docks}
        for d in self.docks:
            d.hide()
        self.toolbar.hide()
        for act in self._curve_actions():
            act.setEnabled(False)

    def _show_curve_docks(self) -> None:
        for d in self.docks:
            d.setVisible(self._dock_visibility.get(d.objectName(), True))
        self._dock_visibility = {}
        self.toolbar.show()
        for act in self._curve_actions():
            act.setEnabled(True)

    def _curve_actions(self) -> list[QAction]:
        """What acts on the curves' plots (off while another tab is shown)."""
        return [
            self.act_reset_view,
            *self.act_rows,
            self.act_overlay,
            self.act_grid,
            self.act_legend,
            self.act_shade_sat,
            self.act_shade_dead,
            self.act_copy_figure,
            *(d.toggleViewAction() for d in self.docks),
        ]

    def new_custom_function(self) -> None:
        from .custom_dialog import CustomFunctionDialog

        dialog = CustomFunctionDialog(self)
        if dialog.exec() and dialog.function is not None:
            try:
                self.state.add_custom(dialog.function)
            except ValueError as exc:
                QMessageBox.warning(self, self.tr("Custom function"), str(exc))

    def set_language(self, code: str) -> None:
        """Switch every text of the window now, and remember the choice.

        Installing the translator makes Qt send each widget a LanguageChange event;
        each one sets its texts again.  Function texts, which come from the core's
        tables rather than Qt's, follow through ``set_language``."""
        from PySide6.QtCore import QSettings

        from . import i18n

        if code != "system" and code not in i18n.LANGUAGES:
            known = ", ".join(("system", *i18n.LANGUAGES))
            raise ValueError(f"unknown language {code!r}; choose one of {known}")
        # "system": remember no language, so each start follows the system's locale
        QSettings().setValue("ui/language", "" if code == "system" else code)
        if code in self.act_languages:
            self.act_languages[code].setChecked(True)
        if code == "system":
            code = i18n.system_language()
        if code == self.lang:
            return
        self.lang = code
        rows = self._readout_rows_shown()
        self.info_panel.set_language(code)
        if self._depth_lab is not None and hasattr(self._depth_lab, "set_language"):
            self._depth_lab.set_language(code)
        if self._training_lab is not None and hasattr(self._training_lab, "set_language"):
            self._training_lab.set_language(code)
        i18n.install(code)
        # deliver the posted LanguageChange events now: the switch is done on return
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self._keep_readout_rows(rows)

    def set_theme(self, choice: str) -> None:
        """Light, dark or system, for the window and the plots together; remembered."""
        from PySide6.QtCore import QSettings

        from . import theme as themes

        self.theme_choice = choice
        self.theme_name = themes.resolve(choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a window lives in a QApplication
            themes.apply(app, self.theme_name)
        self.canvas.apply_theme(self.theme_name)
        if self._depth_lab is not None:
            self._depth_lab.apply_theme(self.theme_name)
        if self._training_lab is not None:
            self._training_lab.apply_theme(self.theme_name)
        QSettings().setValue("ui/theme", choice)
        if choice in self.act_themes:
            self.act_themes[choice].setChecked(True)

    # --- sessions ------------------------------------------------------------------

    session_path: str | None = None

    def open_session(self, path: str) -> bool:
        """Load a session into the window; on failure say why and keep the current state."""
        from ..core import session

        try:
            loaded = session.load(path)
        except session.SessionError as exc:
            QMessageBox.warning(self, self.tr("Cannot open session"), str(exc))
            return False
        from ..core.history import OPEN_SESSION

        with self.history.labelled(OPEN_SESSION, name=Path(path).name):
            self.state.assign(loaded)
        self.session_path = path
        self._update_title()
        self._remember_recent(path)
        self.statusBar().showMessage(self.tr("Opened ") + path, 6000)
        return True

    def open_session_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open session"),
            self._session_folder(),
            self.tr("actgui sessions (*.actgui.json *.json)"),
        )
        if path:
            self.open_session(path)

    def save_session(self, ask: bool = False) -> bool:
        from PySide6.QtWidgets import QFileDialog

        from ..core import session

        path = self.session_path
        if ask or path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save session"),
                str(Path(self._session_folder()) / "session.actgui.json"),
                self.tr("actgui sessions (*.actgui.json)"),
            )
            if not path:
                return False
            from .export_dialog import has_wildcard, with_known_suffix

            if has_wildcard(path):
                name = Path(path).name
                QMessageBox.warning(
                    self,
                    self.tr("Cannot save session"),
                    self.tr(
                        "The file name {name} holds * or ?, which stand for other characters: choose a name without them"  # noqa: E501
                    ).format(name=name),
                )
                return False
            path = with_known_suffix(path, "", (session.SUFFIX, ".json"))
        try:
            session.save(self.state, path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save session"), str(exc))
            return False
        self.session_path = path
        self._update_title()
        self._remember_recent(path)
        self.statusBar().showMessage(self.tr("Saved ") + path, 6000)
        return True

    def _session_folder(self) -> str:
        from PySide6.QtCore import QSettings

        recent = _recent_sessions(QSettings())
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def _remember_recent(self, path: str) -> None:
        from PySide6.QtCore import QSettings

        settings = QSettings()
        recent = [p for p in _recent_sessions(settings) if p != path]
        settings.setValue("sessions/recent", [path, *recent][:8])

    def _fill_recent(self) -> None:
        from PySide6.QtCore import QSettings

        self.recent_menu.clear()
        recent = _recent_sessions(QSettings())
        for path in recent:
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _=False, p=path: self.open_session(p))
        if not recent:
            none = self.recent_menu.addAction(self.tr("(none)"))
            none.setEnabled(False)

    def export(self) -> None:
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.state, theme=self.canvas.theme_name, parent=self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Exported ") + str(dialog.exported_path), 8000)

    def copy_figure(self) -> None:
        from .figure import Figure

        size = self.canvas.layout_widget.size()
        with Figure(self.state, size.width(), size.height(), self.canvas.theme_name) as fig:
            image = fig.image(self.devicePixelRatioF())
        QApplication.clipboard().setImage(image)
        self.statusBar().showMessage(self.tr("Figure copied to the clipboard"), 5000)

    def _show_help(self) -> None:
        QMessageBox.information(
            self,
            self.tr("actgui help"),
            self.tr(
                "<p><b>Tick</b> a function in the list to plot it; untick to remove it. "
                "Click a curve's name to edit its parameters; <b>Add another curve</b> "
                "plots the same function with other parameters.</p>"
                "<p><b>Mouse:</b> drag to pan, wheel to zoom (curves are re-sampled for "
                "the visible range), right-drag to zoom one axis. The crosshair reads "
                "exact values of every curve; type an x in the readout for a value at "
                "an exact point.</p>"
                "<p><b>Keys:</b> Ctrl+E export, Ctrl+Shift+C copy figure, Ctrl+0 reset view, "
                "Ctrl+1/2/3 rows f, f′, f″, "
                "Ctrl+D overlay derivatives, Ctrl+G grid, Ctrl+L legend, "
                "Delete remove the selected curve, F1 this help.</p>"
            ),
        )

    def _show_about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            self.tr("About actgui"),
            f"<h3>actgui {__version__}</h3>"
            + self.tr(
                "<p>A desktop explorer for neural-network activation functions: "
                "{n} functions with exact f, f′ and f″, their parameters and properties.</p>"
            ).format(n=len(catalog.ids()))
            + "<p>numpy · PySide6 · pyqtgraph</p>",
        )


def _recent_sessions(settings: QSettings) -> list[str]:
    """The recently opened or saved sessions' paths, newest first ([] when none)."""
    value = settings.value("sessions/recent", [], list)
    return [str(p) for p in value] if isinstance(value, list) else []
