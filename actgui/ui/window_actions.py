"""The main window's actions, menus, toolbar and every text of them.

Split from :mod:`actgui.ui.main_window` (which keeps the panels, the state's
synchronisation and the commands): :class:`WindowActions` is the base class of
:class:`~actgui.ui.main_window.MainWindow` and builds what the window offers
(``act_*``, ``m_*``, the toolbar's spin boxes) and translates it. Its texts
are in the translation context "MainWindow" (``QCoreApplication.translate``
with that context, what ``self.tr`` gives on a MainWindow), so the
translations did not move.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QDoubleSpinBox,
    QLabel,
    QMainWindow,
    QSpinBox,
    QTabWidget,
    QToolBar,
)

from ..core.state import MAX_POINTS, MIN_POINTS, ExplorerState

_DEPTH_TAB = 1
_TRAIN_TAB = 2


class WindowActions(QMainWindow):
    """Actions, menus and toolbar of the main window, and their texts.

    The subclass provides the attributes and commands declared below (the
    state, the tabs and docks, the slots the actions call)."""

    state: ExplorerState
    lang: str
    theme_choice: str
    tabs: QTabWidget
    docks: tuple[QDockWidget, ...]

    if TYPE_CHECKING:

        def _fill_recent(self) -> None: ...
        def _on_points_edit(self, n: int) -> None: ...
        def _on_x_range_edit(self) -> None: ...
        def _remove_selected(self) -> None: ...
        def _show_about(self) -> None: ...
        def _show_help(self) -> None: ...
        def _update_title(self) -> None: ...
        def copy_figure(self) -> None: ...
        def export(self) -> None: ...
        def new_custom_function(self) -> None: ...
        def open_session_dialog(self) -> None: ...
        def reset_layout(self) -> None: ...
        def save_session(self, ask: bool = False) -> bool: ...
        def set_language(self, code: str) -> None: ...
        def set_theme(self, choice: str) -> None: ...

    def _action(
        self,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        checkable: bool = False,
    ) -> QAction:
        """An action whose texts are set by :meth:`_retranslate`."""
        act = QAction(self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setCheckable(checkable)
        (act.toggled if checkable else act.triggered).connect(slot)
        self.addAction(act)
        return act

    @staticmethod
    def _set_texts(act: QAction, text: str, tip: str = "", short: str = "") -> None:
        """Menu text, the toolbar's shorter text, and a tool tip that names the shortcut."""
        act.setText(text)
        act.setIconText(short or text.replace("…", ""))
        act.setStatusTip(tip)
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip((tip or text.replace("…", "")) + (f" ({keys})" if keys else ""))

    def _build_actions(self) -> None:
        st = self.state
        self.act_reset_view = self._action(lambda: st.reset_view(), "Ctrl+0")
        self.act_rows = [
            self._action(lambda on, o=o: st.set_row_visible(o, on), f"Ctrl+{o + 1}", True)
            for o in range(3)
        ]
        self.act_overlay = self._action(lambda on: st.set_option("overlay", on), "Ctrl+D", True)
        self.act_grid = self._action(lambda on: st.set_option("grid", on), "Ctrl+G", True)
        self.act_legend = self._action(lambda on: st.set_option("legend", on), "Ctrl+L", True)
        self.act_shade_sat = self._action(
            lambda on: st.set_option("shade_saturation", on), checkable=True
        )
        self.act_shade_dead = self._action(
            lambda on: st.set_option("shade_dead", on), checkable=True
        )
        self.act_custom = self._action(self.new_custom_function, QKeySequence.StandardKey.New)
        self.act_remove = self._action(self._remove_selected, QKeySequence.StandardKey.Delete)
        self.act_open = self._action(self.open_session_dialog, QKeySequence.StandardKey.Open)
        self.act_save = self._action(self.save_session, QKeySequence.StandardKey.Save)
        self.act_save_as = self._action(lambda: self.save_session(ask=True), "Ctrl+Shift+S")
        self.act_export = self._action(self.export, "Ctrl+E")
        self.act_copy_figure = self._action(self.copy_figure, "Ctrl+Shift+C")
        self.act_quit = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.act_reset_layout = self._action(self.reset_layout)
        self.act_help = self._action(self._show_help, QKeySequence.StandardKey.HelpContents)
        self.act_about = self._action(self._show_about)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.m_file = mb.addMenu("")
        self.m_file.addAction(self.act_open)
        self.recent_menu = self.m_file.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.m_file.addAction(self.act_save)
        self.m_file.addAction(self.act_save_as)
        self.m_file.addSeparator()
        self.m_file.addAction(self.act_export)
        self.m_file.addAction(self.act_copy_figure)
        self.m_file.addSeparator()
        self.m_file.addAction(self.act_quit)
        self.m_view = m_view = mb.addMenu("")
        for a in self.act_rows:
            m_view.addAction(a)
        m_view.addSeparator()
        for a in (
            self.act_overlay,
            self.act_grid,
            self.act_legend,
            self.act_shade_sat,
            self.act_shade_dead,
        ):
            m_view.addAction(a)
        m_view.addSeparator()
        m_view.addAction(self.act_reset_view)
        m_view.addSeparator()
        self.m_theme = m_view.addMenu("")
        group = QActionGroup(self)
        self.act_themes = {}
        for key in ("system", "light", "dark"):
            act = self.m_theme.addAction("")
            act.setCheckable(True)
            act.setChecked(key == self.theme_choice)
            act.triggered.connect(lambda _=False, k=key: self.set_theme(k))
            group.addAction(act)
            self.act_themes[key] = act
        from PySide6.QtCore import QSettings

        from ..ui.i18n import LANGUAGES

        self.m_lang = m_view.addMenu("")
        lang_group = QActionGroup(self)
        self.act_languages = {}
        follows = QSettings().value("ui/language", "", str) not in LANGUAGES
        for code, label in (("system", ""), *LANGUAGES.items()):
            act = self.m_lang.addAction(label)  # each language in its own words
            act.setCheckable(True)
            act.setChecked(code == "system" if follows else code == self.lang)
            act.triggered.connect(lambda _=False, c=code: self.set_language(c))
            lang_group.addAction(act)
            self.act_languages[code] = act
            if code == "system":
                self.m_lang.addSeparator()
        m_view.addSeparator()
        for dock in self.docks:
            m_view.addAction(dock.toggleViewAction())
        m_view.addAction(self.act_reset_layout)
        self.m_curve = mb.addMenu("")
        self.m_curve.addAction(self.act_custom)
        self.m_curve.addAction(self.act_remove)
        self.m_help = mb.addMenu("")
        self.m_help.addAction(self.act_help)
        self.m_help.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        self.toolbar = tb = QToolBar()
        tb.setObjectName("toolbar_view")
        tb.setIconSize(QSize(16, 16))
        self.addToolBar(tb)
        tb.addWidget(QLabel(" x ∈ [ "))
        self.x_min = QDoubleSpinBox()
        self.x_max = QDoubleSpinBox()
        for spin in (self.x_min, self.x_max):
            spin.setRange(-1e6, 1e6)
            spin.setDecimals(3)
            spin.setKeyboardTracking(False)
            spin.setMinimumWidth(80)
            spin.valueChanged.connect(self._on_x_range_edit)
        tb.addWidget(self.x_min)
        tb.addWidget(QLabel(" , "))
        tb.addWidget(self.x_max)
        tb.addWidget(QLabel(" ] "))
        self.points_label = QLabel()
        tb.addWidget(self.points_label)
        self.points = QSpinBox()
        self.points.setRange(MIN_POINTS, MAX_POINTS)
        self.points.setSingleStep(500)
        self.points.setKeyboardTracking(False)
        self.points.valueChanged.connect(self._on_points_edit)
        tb.addWidget(self.points)
        tb.addSeparator()
        tb.addAction(self.act_export)
        tb.addAction(self.act_reset_view)
        tb.addSeparator()
        for a in (*self.act_rows, self.act_overlay):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.act_shade_sat)
        self.eps_label = QLabel(" ε ")
        tb.addWidget(self.eps_label)
        self.eps = QDoubleSpinBox()
        self.eps.setDecimals(6)
        self.eps.setRange(1e-6, 1.0)
        self.eps.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        self.eps.setKeyboardTracking(False)
        self.eps.valueChanged.connect(lambda v: self.state.set_option("saturation_eps", v))
        tb.addWidget(self.eps)
        tb.addAction(self.act_shade_dead)

    def _retranslate(self) -> None:
        """Every text of the window in the current language (at start and on a switch)."""
        self._update_title()
        self.tabs.setTabText(0, QCoreApplication.translate("MainWindow", "Curves"))
        self.tabs.setTabText(_DEPTH_TAB, QCoreApplication.translate("MainWindow", "Depth lab"))
        self.tabs.setTabText(_TRAIN_TAB, QCoreApplication.translate("MainWindow", "Training lab"))
        for dock, title in zip(
            self.docks,
            (
                QCoreApplication.translate("MainWindow", "Functions"),
                QCoreApplication.translate("MainWindow", "Parameters"),
                QCoreApplication.translate("MainWindow", "Info"),
                QCoreApplication.translate("MainWindow", "Readout"),
            ),
        ):
            dock.setWindowTitle(title)
        T = self._set_texts
        T(
            self.act_reset_view,
            QCoreApplication.translate("MainWindow", "Reset view"),
            QCoreApplication.translate("MainWindow", "Show the x range and fit the y axes"),
        )
        for o, (act, label) in enumerate(zip(self.act_rows, ("f(x)", "f′(x)", "f″(x)"))):
            T(
                act,
                label,
                QCoreApplication.translate("MainWindow", "Show or hide the row of {row}").format(
                    row=label
                ),
            )
            del o
        T(
            self.act_overlay,
            QCoreApplication.translate("MainWindow", "Overlay derivatives"),
            QCoreApplication.translate(
                "MainWindow", "Draw f′ dashed and f″ dotted in the value plot"
            ),
            short=QCoreApplication.translate("MainWindow", "Overlay"),
        )
        T(self.act_grid, QCoreApplication.translate("MainWindow", "Grid"))
        T(self.act_legend, QCoreApplication.translate("MainWindow", "Legend"))
        T(
            self.act_shade_sat,
            QCoreApplication.translate("MainWindow", "Shade saturation |f′| < ε"),
            QCoreApplication.translate(
                "MainWindow", "Shade where the selected curve's gradient is tiny"
            ),
            short=QCoreApplication.translate("MainWindow", "Saturation"),
        )
        T(
            self.act_shade_dead,
            QCoreApplication.translate("MainWindow", "Shade dead zones (f′ = 0)"),
            QCoreApplication.translate(
                "MainWindow", "Shade where the selected curve's gradient is exactly zero"
            ),
            short=QCoreApplication.translate("MainWindow", "Dead zones"),
        )
        T(
            self.act_custom,
            QCoreApplication.translate("MainWindow", "New custom function…"),
            QCoreApplication.translate(
                "MainWindow", "Type an expression in x; f′ and f″ are computed exactly"
            ),
        )
        T(self.act_remove, QCoreApplication.translate("MainWindow", "Remove selected curve"))
        T(
            self.act_open,
            QCoreApplication.translate("MainWindow", "Open session…"),
            QCoreApplication.translate("MainWindow", "Open a saved session (.actgui.json)"),
        )
        T(
            self.act_save,
            QCoreApplication.translate("MainWindow", "Save session"),
            QCoreApplication.translate(
                "MainWindow", "Save curves, parameters, range and options to a file"
            ),
        )
        T(self.act_save_as, QCoreApplication.translate("MainWindow", "Save session as…"))
        T(
            self.act_export,
            QCoreApplication.translate("MainWindow", "Export…"),
            QCoreApplication.translate(
                "MainWindow", "Save the figure (PNG, SVG, PDF) or the curves' values (CSV)"
            ),
        )
        T(
            self.act_copy_figure,
            QCoreApplication.translate("MainWindow", "Copy figure"),
            QCoreApplication.translate("MainWindow", "Copy the plots to the clipboard as an image"),
        )
        T(self.act_quit, QCoreApplication.translate("MainWindow", "Quit"))
        T(
            self.act_reset_layout,
            QCoreApplication.translate("MainWindow", "Reset layout"),
            QCoreApplication.translate(
                "MainWindow", "Bring back every panel at its default place and size"
            ),
        )
        T(self.act_help, QCoreApplication.translate("MainWindow", "Help"))
        T(self.act_about, QCoreApplication.translate("MainWindow", "About actgui"))
        self.m_file.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Recent sessions"))
        self.m_view.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.m_theme.setTitle(QCoreApplication.translate("MainWindow", "Theme"))
        for key, text in (
            ("system", QCoreApplication.translate("MainWindow", "Follow the system")),
            ("light", QCoreApplication.translate("MainWindow", "Light")),
            ("dark", QCoreApplication.translate("MainWindow", "Dark")),
        ):
            self.act_themes[key].setText(text)
        self.m_lang.setTitle(QCoreApplication.translate("MainWindow", "Language"))
        self.act_languages["system"].setText(
            QCoreApplication.translate("MainWindow", "Follow the system")
        )
        self.m_curve.setTitle(QCoreApplication.translate("MainWindow", "&Curve"))
        self.m_help.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "View"))
        self.points_label.setText(QCoreApplication.translate("MainWindow", "samples") + " ")
        self.points.setToolTip(
            QCoreApplication.translate("MainWindow", "Samples per curve over the visible x range")
        )
        self.eps.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Saturation threshold: shade where |f′(x)| < ε"
            )
        )
        self.eps_label.setToolTip(self.eps.toolTip())
