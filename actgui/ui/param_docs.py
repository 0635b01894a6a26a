"""What each catalog parameter does, in the user's language (parameter editor tool tips).

The catalog (numpy-only core) writes the English text in ``NumberParam.doc`` /
``ChoiceParam.doc``; they are listed here with ``QT_TRANSLATE_NOOP`` so that lupdate
finds them (context ``ParamDoc``). A test checks that none is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

try:  # PySide6 exposes the marker as a function that returns its text
    from PySide6.QtCore import QT_TRANSLATE_NOOP
except ImportError:  # pragma: no cover

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        return text


CONTEXT = "ParamDoc"

PARAM_DOCS = (
    QT_TRANSLATE_NOOP("ParamDoc", "'none': exact x*Phi(x); 'tanh': PyTorch's tanh approximation"),
    QT_TRANSLATE_NOOP("ParamDoc", "above beta*x = threshold the output is x (PyTorch)"),
    QT_TRANSLATE_NOOP("ParamDoc", "curvature at 0 (b = 0 is ReLU)"),
    QT_TRANSLATE_NOOP("ParamDoc", "f tends to +-1/sqrt(alpha)"),
    QT_TRANSLATE_NOOP("ParamDoc", "frequency of the periodic term"),
    QT_TRANSLATE_NOOP("ParamDoc", "half-width of the interval [-lambd, lambd] mapped to 0"),
    QT_TRANSLATE_NOOP("ParamDoc", "initial slope for x < 0 (learned in training)"),
    QT_TRANSLATE_NOOP("ParamDoc", "largest output (inf = no limit, Keras' None)"),
    QT_TRANSLATE_NOOP("ParamDoc", "left knee"),
    QT_TRANSLATE_NOOP("ParamDoc", "lower bound of the random slope"),
    QT_TRANSLATE_NOOP("ParamDoc", "lower end of the linear region"),
    QT_TRANSLATE_NOOP("ParamDoc", "output for x <= threshold"),
    QT_TRANSLATE_NOOP("ParamDoc", "rate of e^{-bx} in the numerator"),
    QT_TRANSLATE_NOOP("ParamDoc", "rate of e^{-dx} in the denominator"),
    QT_TRANSLATE_NOOP("ParamDoc", "rate of e^{ax} in the numerator"),
    QT_TRANSLATE_NOOP("ParamDoc", "rate of e^{cx} in the denominator"),
    QT_TRANSLATE_NOOP("ParamDoc", "right knee"),
    QT_TRANSLATE_NOOP("ParamDoc", "saturation value -1/sqrt(alpha) for x -> -inf"),
    QT_TRANSLATE_NOOP("ParamDoc", "saturation value -alpha and scale of the negative part"),
    QT_TRANSLATE_NOOP("ParamDoc", "saturation value -alpha for x -> -inf"),
    QT_TRANSLATE_NOOP("ParamDoc", "sharpness: (1/beta) log(1 + exp(beta x))"),
    QT_TRANSLATE_NOOP("ParamDoc", "slope left of t_left"),
    QT_TRANSLATE_NOOP("ParamDoc", "slope of the line below the threshold"),
    QT_TRANSLATE_NOOP("ParamDoc", "slope of the line for x < 0"),
    QT_TRANSLATE_NOOP("ParamDoc", "slope right of t_right"),
    QT_TRANSLATE_NOOP("ParamDoc", "steepness of the gate: x * sigmoid(beta * x)"),
    QT_TRANSLATE_NOOP("ParamDoc", "upper bound of the random slope"),
    QT_TRANSLATE_NOOP("ParamDoc", "upper end of the linear region"),
    QT_TRANSLATE_NOOP("ParamDoc", "x above this is passed through"),
    QT_TRANSLATE_NOOP("ParamDoc", "x at or below which the output is 0 (or the leaky line)"),
)


def param_doc(text: str) -> str:
    """The parameter's description in the current language (English if unknown)."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""
