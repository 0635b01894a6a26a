"""The depth lab: what activations do to signals and gradients through a deep network.

A package so that each module stays one a reader can hold; this module
re-exports every name other code and the tests import from
``actgui.ui.depth_lab`` (the widgets, the figure export, the shared helpers
the training lab uses), so those import paths keep working.
"""

from ._common import (
    BAND_ALPHA,
    CUT_ABOVE,
    ERROR_COLOURS,
    FRACTION_RANGE,
    HIST_HEADROOM,
    HIST_PLOTS,
    INIT_WORDS,
    LOG_FLOOR,
    LOG_MARGIN,
    LOG_MIN_SPAN,
    LOG_ROWS,
    ROWS,
    SPIKE_RATIO,
    ZERO_LIFT,
    app_language,
    function_name,
    hist_top,
    init_name,
    log_range,
    translate,
)
from ._lab import (
    DEFAULT_FUNCTIONS,
    SETTINGS_PREFIX,
    SPEC_ROLE,
    DepthLab,
    _SpecDelegate,
)
from ._pieces import (
    WrapLabel,
    _DecadeAxis,
    _install_title,
    _PlainAxis,
)
from ._plots import (
    DepthFigure,
    DepthPlots,
    export_depth_figure,
)

__all__ = [
    "BAND_ALPHA",
    "CUT_ABOVE",
    "DEFAULT_FUNCTIONS",
    "ERROR_COLOURS",
    "FRACTION_RANGE",
    "HIST_HEADROOM",
    "HIST_PLOTS",
    "INIT_WORDS",
    "LOG_FLOOR",
    "LOG_MARGIN",
    "LOG_MIN_SPAN",
    "LOG_ROWS",
    "ROWS",
    "SETTINGS_PREFIX",
    "SPEC_ROLE",
    "SPIKE_RATIO",
    "ZERO_LIFT",
    "DepthFigure",
    "DepthLab",
    "DepthPlots",
    "WrapLabel",
    "_DecadeAxis",
    "_PlainAxis",
    "_SpecDelegate",
    "_install_title",
    "app_language",
    "export_depth_figure",
    "function_name",
    "hist_top",
    "init_name",
    "log_range",
    "translate",
]
