"""Languages: Qt Linguist translations of the window, and Qt's own.

The sources are ``resources/translations/actgui_<lang>.ts`` (made with
``pyside6-lupdate``); the compiled ``actgui/translations/actgui_<lang>.qm``
(``pyside6-lrelease``) ship with the package.  Strings made at run time
(family names, property names and values) are listed here with
``QT_TRANSLATE_NOOP`` so that lupdate finds them.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..core.properties import Extremum, Interval, Properties

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

_P = "Properties"
_WORDS = {
    "range": QT_TRANSLATE_NOOP("Properties", "range"),
    "bounded below": QT_TRANSLATE_NOOP("Properties", "bounded below"),
    "bounded above": QT_TRANSLATE_NOOP("Properties", "bounded above"),
    "monotonic": QT_TRANSLATE_NOOP("Properties", "monotonic"),
    "zero-centred": QT_TRANSLATE_NOOP("Properties", "zero-centred (f(0) = 0, both signs)"),
    "symmetry": QT_TRANSLATE_NOOP("Properties", "symmetry"),
    "smoothness": QT_TRANSLATE_NOOP("Properties", "smoothness"),
    "global minimum": QT_TRANSLATE_NOOP("Properties", "global minimum"),
    "global maximum": QT_TRANSLATE_NOOP("Properties", "global maximum"),
    "saturates": QT_TRANSLATE_NOOP("Properties", "saturates (f′ → 0)"),
    "dead zone": QT_TRANSLATE_NOOP("Properties", "dead zone (f′ = 0)"),
    "identity": QT_TRANSLATE_NOOP("Properties", "≈ identity near 0"),
    "yes": QT_TRANSLATE_NOOP("Properties", "yes"),
    "no": QT_TRANSLATE_NOOP("Properties", "no"),
    "none": QT_TRANSLATE_NOOP("Properties", "none"),
    "increasing": QT_TRANSLATE_NOOP("Properties", "increasing"),
    "non-decreasing": QT_TRANSLATE_NOOP("Properties", "non-decreasing"),
    "decreasing": QT_TRANSLATE_NOOP("Properties", "decreasing"),
    "non-increasing": QT_TRANSLATE_NOOP("Properties", "non-increasing"),
    "odd": QT_TRANSLATE_NOOP("Properties", "odd"),
    "even": QT_TRANSLATE_NOOP("Properties", "even"),
    "point": QT_TRANSLATE_NOOP("Properties", "odd about (0, f(0))"),
    "discontinuous": QT_TRANSLATE_NOOP("Properties", "discontinuous"),
    "C2+": QT_TRANSLATE_NOOP("Properties", "C² or smoother"),
    "at": QT_TRANSLATE_NOOP("Properties", "{value} at x = {where}"),
}


def t(key: str) -> str:
    """The current language's text for one of the run-time words above."""
    return QCoreApplication.translate(_P, _WORDS[key])


def family_title(english: str) -> str:
    return QCoreApplication.translate("Family", english)


def property_rows(pr: Properties) -> list[tuple[str, str]]:
    """The properties table, in the current language (numbers stay numbers)."""
    from ..core.properties import _fmt, _fmt_at

    def yes(b: bool) -> str:
        return t("yes") if b else t("no")

    def ext(e: Extremum | None) -> str:
        if e is None:
            return t("none")
        at: float | Interval = e.at
        return t("at").format(value=_fmt(e.value), where=_fmt_at(at))

    sat = [s for s, on in (("x → -∞", pr.saturates_left), ("x → +∞", pr.saturates_right)) if on]
    if pr.continuity == math.inf:
        smooth = "C∞"
    elif pr.continuity < 0:
        smooth = t("discontinuous")
    elif pr.continuity >= 2:
        smooth = t("C2+")
    else:
        smooth = "C⁰" if pr.continuity == 0 else "C¹"
    return [
        (t("range"), pr.range_text()),
        (t("bounded below"), yes(pr.bounded_below)),
        (t("bounded above"), yes(pr.bounded_above)),
        (t("monotonic"), t(pr.monotonic) if pr.monotonic else t("no")),
        (t("zero-centred"), yes(pr.zero_centred)),
        (t("symmetry"), t(pr.symmetry) if pr.symmetry else t("none")),
        (t("smoothness"), smooth),
        ("f(0)", _fmt(pr.f0)),
        ("f′(0)", _fmt(pr.df0)),
        (t("global minimum"), ext(pr.global_min)),
        (t("global maximum"), ext(pr.global_max)),
        (t("saturates"), ", ".join(sat) if sat else t("no")),
        (t("dead zone"), ", ".join(_fmt_at(z) for z in pr.dead_zones) or t("none")),
        (t("identity"), yes(pr.identity_near_zero)),
    ]


def choose_language(explicit: str | None = None) -> str:
    """--lang, else the saved choice, else the system locale (Chinese -> zh_CN)."""
    if explicit in LANGUAGES:
        return explicit
    saved = QSettings().value("ui/language", "", str)
    if saved in LANGUAGES:
        return saved
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


_installed: list[QTranslator] = []


def install(lang: str) -> bool:
    """Load actgui's and Qt's translators for ``lang``; True if actgui's was found."""
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
