"""Languages: Qt Linguist translations of the window, and Qt's own.

The sources are ``resources/translations/actgui_<lang>.ts`` (made with
``pyside6-lupdate``); the compiled ``actgui/translations/actgui_<lang>.qm``
(``pyside6-lrelease``) ship with the package.  Strings made at run time
(family names, property names and values) are listed here with
``QT_TRANSLATE_NOOP`` so that lupdate finds them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..core import messages
from ..core.properties import Properties

try:  # PySide6 exposes the marker as a function that returns its text
    from PySide6.QtCore import QT_TRANSLATE_NOOP
except ImportError:  # pragma: no cover

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        return text


LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
QM_DIR = Path(__file__).resolve().parent.parent / "translations"

FAMILY_TITLES = (
    QT_TRANSLATE_NOOP("Family", "Sigmoidal"),
    QT_TRANSLATE_NOOP("Family", "ReLU family"),
    QT_TRANSLATE_NOOP("Family", "Smooth gated"),
    QT_TRANSLATE_NOOP("Family", "Hard / piecewise"),
    QT_TRANSLATE_NOOP("Family", "Shrink"),
    QT_TRANSLATE_NOOP("Family", "Other"),
)

#: the run-time words of Properties.as_rows, listed for lupdate
PROPERTY_WORDS = (
    QT_TRANSLATE_NOOP("Properties", "range"),
    QT_TRANSLATE_NOOP("Properties", "bounded below"),
    QT_TRANSLATE_NOOP("Properties", "bounded above"),
    QT_TRANSLATE_NOOP("Properties", "monotonic"),
    QT_TRANSLATE_NOOP("Properties", "zero-centred (f(0) = 0, both signs)"),
    QT_TRANSLATE_NOOP("Properties", "symmetry"),
    QT_TRANSLATE_NOOP("Properties", "smoothness"),
    QT_TRANSLATE_NOOP("Properties", "global minimum"),
    QT_TRANSLATE_NOOP("Properties", "global maximum"),
    QT_TRANSLATE_NOOP("Properties", "saturates (f′ → 0)"),
    QT_TRANSLATE_NOOP("Properties", "dead zone (f′ = 0)"),
    QT_TRANSLATE_NOOP("Properties", "≈ identity near 0"),
    QT_TRANSLATE_NOOP("Properties", "yes"),
    QT_TRANSLATE_NOOP("Properties", "no"),
    QT_TRANSLATE_NOOP("Properties", "none"),
    QT_TRANSLATE_NOOP("Properties", "increasing"),
    QT_TRANSLATE_NOOP("Properties", "non-decreasing"),
    QT_TRANSLATE_NOOP("Properties", "decreasing"),
    QT_TRANSLATE_NOOP("Properties", "non-increasing"),
    QT_TRANSLATE_NOOP("Properties", "odd"),
    QT_TRANSLATE_NOOP("Properties", "even"),
    QT_TRANSLATE_NOOP("Properties", "odd about (0, f(0))"),
    QT_TRANSLATE_NOOP("Properties", "discontinuous"),
    QT_TRANSLATE_NOOP("Properties", "C² or smoother"),
    QT_TRANSLATE_NOOP("Properties", "{value} at x = {where}"),
)


def t(text: str) -> str:
    """The current language's text for one of the property words above."""
    return QCoreApplication.translate("Properties", text)


def family_title(english: str) -> str:
    return QCoreApplication.translate("Family", english)


def property_rows(pr: Properties) -> list[tuple[str, str]]:
    """The properties table, in the current language (numbers stay numbers)."""
    return pr.as_rows(t)


def choose_language(explicit: str | None = None) -> str:
    """--lang, else the saved choice, else the system locale (Chinese -> zh_CN)."""
    if explicit in LANGUAGES:
        return explicit
    saved = QSettings().value("ui/language", "", str)
    if saved in LANGUAGES:
        return saved
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


_installed: list[QTranslator] = []


def _translate_message(template: str) -> str:
    return QCoreApplication.translate(messages.CONTEXT, template)


def install(lang: str) -> bool:
    """Load actgui's and Qt's translators for ``lang``; True if actgui's was found.

    Qt then sends every widget a ``LanguageChange`` event: each widget sets its
    texts again in ``changeEvent``, so a switch while running is complete.  The
    core's messages (:mod:`actgui.core.messages`) follow the same translator.
    """
    messages.set_translator(_translate_message)
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang == "en":
        return True
    ours = QTranslator()
    found = ours.load(str(QM_DIR / f"actgui_{lang}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
