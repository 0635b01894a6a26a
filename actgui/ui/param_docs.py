"""What each catalog parameter does, in the user's language (parameter editor tool tips).

The catalog (numpy-only core) writes the English text in ``NumberParam.doc`` /
``ChoiceParam.doc``; they are listed here with ``QT_TRANSLATE_NOOP`` so that lupdate
finds them (context ``ParamDoc``). A test checks that none is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .i18n import QT_TRANSLATE_NOOP

CONTEXT = "ParamDoc"

PARAM_DOCS = (
    QT_TRANSLATE_NOOP(
        "ParamDoc",
        "0 gives x, 1 gives e^x; the paper trains it (its alpha < 0 branch is not shown)",
    ),
    QT_TRANSLATE_NOOP("ParamDoc", "amplitude of the sine term (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "bias added everywhere (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "centre: f(mu) = 1/2"),
    QT_TRANSLATE_NOOP("ParamDoc", "curvature for x > 0: alpha_p x^2 (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "deformation of the exponential (t = 1 is ELU)"),
    QT_TRANSLATE_NOOP("ParamDoc", "factor on the negative side: a*tanh(x) for x <= 0"),
    QT_TRANSLATE_NOOP("ParamDoc", "frequency of the sine term (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "frequency w0 of sin(w0 x); SIREN uses 30"),
    QT_TRANSLATE_NOOP("ParamDoc", "gate scale: erf(alpha * exp(beta x))"),
    QT_TRANSLATE_NOOP("ParamDoc", "gate scale: erf(gamma * softplus(delta x))"),
    QT_TRANSLATE_NOOP("ParamDoc", "gate steepness: exp(beta * x)"),
    QT_TRANSLATE_NOOP("ParamDoc", "gate steepness: softplus(delta * x)"),
    QT_TRANSLATE_NOOP("ParamDoc", "half-width of the quadratic joint (beta -> 0 is ReLU)"),
    QT_TRANSLATE_NOOP(
        "ParamDoc",
        "initial coefficients: the fit of a leaky ReLU of slope 0.01, 0.2, 0.25, 0.3, -0.5",
    ),
    QT_TRANSLATE_NOOP("ParamDoc", "learned bias: the output for x <= 0"),
    QT_TRANSLATE_NOOP("ParamDoc", "length scale of the approach to -c on the left"),
    QT_TRANSLATE_NOOP("ParamDoc", "length scale of the approach to a on the right"),
    QT_TRANSLATE_NOOP("ParamDoc", "lower limit: f tends to -c as x falls"),
    QT_TRANSLATE_NOOP("ParamDoc", "offset added to tanh: (alpha + tanh)"),
    QT_TRANSLATE_NOOP("ParamDoc", "output scale"),
    QT_TRANSLATE_NOOP("ParamDoc", "output scale: beta * x * sigmoid(x) (the paper tries 1 to 2)"),
    QT_TRANSLATE_NOOP("ParamDoc", "position of the first hinge (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "position of the second hinge (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "power: max(0, x)^p (2: squared ReLU)"),
    QT_TRANSLATE_NOOP("ParamDoc", "rate of the exponential for x < 0 (learned)"),
    QT_TRANSLATE_NOOP(
        "ParamDoc", "rounding radius: f(0) = mu/2; small mu approaches the kinked max"
    ),
    QT_TRANSLATE_NOOP("ParamDoc", "saturation value -a for x -> -inf (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "saturation value -alpha (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "scale inside the log: ln(beta x + 1)"),
    QT_TRANSLATE_NOOP("ParamDoc", "scale of relu(x)^2 (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "scale of the exponential decay; slope a/b for x > 0"),
    QT_TRANSLATE_NOOP("ParamDoc", "sharpness: large alpha approaches clip(x, 0, 1)"),
    QT_TRANSLATE_NOOP("ParamDoc", "sharpness: large mu approaches the kinked max"),
    QT_TRANSLATE_NOOP("ParamDoc", "slope at 0 (fixed at 0.5 in the paper)"),
    QT_TRANSLATE_NOOP("ParamDoc", "slope change of the first hinge (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "slope change of the second hinge (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "slope for large negative (p1-p2)x"),
    QT_TRANSLATE_NOOP("ParamDoc", "slope for large positive (p1-p2)x"),
    QT_TRANSLATE_NOOP("ParamDoc", "slope for x < 0 of the max(x, alpha x) it smooths"),
    QT_TRANSLATE_NOOP(
        "ParamDoc", "slope of the line b = k a along which the two-input unit is drawn"
    ),
    QT_TRANSLATE_NOOP("ParamDoc", "steepness of the gate's swish: b sigmoid(beta b)"),
    QT_TRANSLATE_NOOP("ParamDoc", "steepness of the gate: sigmoid(beta * x)"),
    QT_TRANSLATE_NOOP("ParamDoc", "steepness of the tanh: tanh(beta * x)"),
    QT_TRANSLATE_NOOP("ParamDoc", "switching sharpness; 0 gives a line"),
    QT_TRANSLATE_NOOP(
        "ParamDoc", "the gate's GELU: 'none' exact b*Phi(b), 'tanh' PyTorch's tanh form"
    ),
    QT_TRANSLATE_NOOP("ParamDoc", "upper limit: f tends to a as x grows"),
    QT_TRANSLATE_NOOP("ParamDoc", "weight of the exponential for x <= 0 (learned)"),
    QT_TRANSLATE_NOOP("ParamDoc", "width of the step (a standard deviation)"),
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
