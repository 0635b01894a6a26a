"""The depth lab's shared pieces without widgets: its constants, its languages
(:func:`translate` in a widget's own ``lang``), and the helpers that name
functions and initialisations and scale log and histogram plots.  The
training lab uses them too.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import (
    QTranslator,
)

from ...core import catalog, depth
from ...core.state import PALETTE, Curve
from ..i18n import QT_TRANSLATE_NOOP

#: Kept for old callers: log plots no longer draw exact zeros at this height.
LOG_FLOOR = 1e-300
#: a log plot's y range: this many decades of margin around its positive values ...
LOG_MARGIN = 1.0
#: ... and at least this many decades in all
LOG_MIN_SPAN = 4.0
#: exact zeros (a dead network) are drawn this far above the bottom edge (part of the span)
ZERO_LIFT = 0.035
ROWS = ("mean_sq", "mean_std", "grad", "fractions")
LOG_ROWS = ("mean_sq", "grad")
HIST_PLOTS = depth.MAX_SHOWN_HISTOGRAMS
BAND_ALPHA = 50
#: a histogram bin this many times higher than everything else is a spike: the
#: y axis stops above the rest and the spike's height is written at the top
SPIKE_RATIO = 3.0
#: the colour of an error message, readable on each theme's window colour
ERROR_COLOURS = {"light": "#C0392B", "dark": "#FF7B6B"}
#: spikes are cut when they rise this many times above the highest other bin
CUT_ABOVE = 1.5
#: headroom above the highest bin shown
HIST_HEADROOM = 1.15
#: y range of the fractions row: room for the labels of 0 and 1 in a low row
FRACTION_RANGE = (-0.1, 1.1)

#: the initialisations' names (depth.INIT_NAMES), for Qt Linguist
INIT_WORDS = (
    QT_TRANSLATE_NOOP("DepthLab", "Glorot/Xavier uniform"),
    QT_TRANSLATE_NOOP("DepthLab", "Glorot/Xavier normal"),
    QT_TRANSLATE_NOOP("DepthLab", "He/Kaiming normal"),
    QT_TRANSLATE_NOOP("DepthLab", "LeCun normal"),
    QT_TRANSLATE_NOOP("DepthLab", "orthogonal"),
)


# --- languages ---------------------------------------------------------------------

_translators: dict[str, QTranslator | None] = {}


def translate(lang: str, context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` of ``context`` in ``lang`` from actgui's Qt Linguist file.

    Independent of the translator installed in the application, so the command
    line can label a figure in any language; English, or a text without
    translation, stays as it is.
    """
    if lang == "en" or not text:
        return text
    if lang not in _translators:
        from ..i18n import QM_DIR

        loaded = QTranslator()
        _translators[lang] = loaded if loaded.load(str(QM_DIR / f"actgui_{lang}.qm")) else None
    tr = _translators[lang]
    if tr is None:
        return text
    return tr.translate(context, text, disambiguation) or text


def app_language() -> str:
    """The language code of the translator the application has installed ('en': none)."""
    from .. import i18n

    return i18n.current()


def init_name(init: str, lang: str) -> str:
    return translate(lang, "DepthLab", depth.INIT_NAMES[init])


def log_range(values: list[np.ndarray]) -> tuple[float, float]:
    """A log plot's y range (in decades, log10) for ``values``: their finite positive
    values with :data:`LOG_MARGIN` decades each side and at least :data:`LOG_MIN_SPAN`
    decades in all.  Zeros do not count: they are drawn at the bottom edge, so one
    dead network does not stretch the axis down to 1e-300 and flatten every other line.
    """
    pos = [v[np.isfinite(v) & (v > 0.0)] for v in values]
    pos = [v for v in pos if v.size]
    if not pos:
        return -2.0, 2.0
    both = np.concatenate(pos)
    lo = math.floor(math.log10(float(both.min())) + 1e-9) - LOG_MARGIN
    hi = math.ceil(math.log10(float(both.max())) - 1e-9) + LOG_MARGIN
    if hi - lo < LOG_MIN_SPAN:
        grow = LOG_MIN_SPAN - (hi - lo)
        lo -= math.ceil(grow / 2)
        hi += math.floor(grow / 2)
    return float(lo), float(hi)


def function_name(spec: str) -> str:
    """What the lab shows for a function spec: ``leaky_relu(negative_slope=0.2)`` is
    ``Leaky ReLU (negative_slope=0.2)``, as the main window's labels (parameters
    shown where they differ from the defaults); a custom ``expr:`` spec stays as it is."""
    text = spec.strip()
    if text.startswith("expr:"):
        return text
    try:
        act, params = catalog.parse_spec(text)
        return Curve(0, act.id, params, PALETTE[0]).label()
    except (ValueError, KeyError):
        return text


def _fmt(v: float) -> str:
    """A number for a figure's title: a true minus sign, as the plots' axes write."""
    return f"{v:g}".replace("-", "\u2212")


def hist_top(fractions: list[np.ndarray]) -> tuple[float, bool]:
    """The top of a histogram plot's y axis, and whether spikes are cut there.

    A spike is one bin at least :data:`SPIKE_RATIO` times higher than every other
    bin of its curve (ReLU's exact zeros).  A spike is a line: cutting it hides
    nothing (its height is written at the top instead), while drawing it whole
    squashes the other histograms.  So when spikes rise more than
    :data:`CUT_ABOVE` times above everything else, the axis ends a little above
    the highest bin that is not a spike; otherwise it holds everything.
    """
    peaks, bodies, spiky = [], [], False
    for f in fractions:
        if f.size == 0:
            continue
        i = int(np.argmax(f))
        top = float(f[i])
        rest = float(np.delete(f, i).max()) if f.size > 1 else 0.0
        spike = top > SPIKE_RATIO * rest
        spiky |= spike
        peaks.append(top)
        bodies.append(rest if spike else top)
    if not peaks:
        return 1.0, False
    peak, body = max(peaks), max(bodies)
    if spiky and body > 0.0 and peak > CUT_ABOVE * body:
        return body * HIST_HEADROOM, True
    return max(peak * 1.05, 1e-12), False
