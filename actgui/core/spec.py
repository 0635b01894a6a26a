"""Declarations of activation functions and their parameters (numpy only).

An :class:`Activation` bundles what the rest of actgui needs to know about one
function: its identity, its parameters, analytic kernels for f, f' and f'',
where it is not smooth, and how PyTorch and Keras spell it.

Kernels are plain numpy functions ``kernel(x, **params) -> ndarray``.  They
receive a float64 array (any shape) and validated parameters, return a new
float64 array of the same shape, and must not overflow, produce NaN, or emit a
RuntimeWarning for any finite input.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from .messages import message

FloatArray = NDArray[np.float64]
ParamValue = float | str


#: ``kernel(x, **params) -> f(x)``: a float64 array in, a new one of the same shape
#: out.  The parameters are keywords named as the function's params (each kernel
#: names its own: a Protocol with ``**params: Any`` would reject every real kernel,
#: whose keywords are named and typed).
Kernel = Callable[..., FloatArray]

Triple = tuple[FloatArray, FloatArray, FloatArray]

#: f, f' and f'' in one call: ``fused(x, out, **params) -> out``.
#:
#: ``out`` is three float64 arrays shaped like ``x`` (not overlapping ``x`` or
#: each other); the kernel writes f, f', f'' into them and returns them.  It
#: shares intermediate results between the three (sigmoid once for SiLU) and
#: must equal ``(f(x), df(x), d2f(x))`` bit for bit (tests/core/test_fused.py).
FusedKernel = Callable[..., Triple]


class Family(str, enum.Enum):
    """Coarse grouping used by the function list."""

    SIGMOIDAL = "sigmoidal"
    RELU = "relu"
    GATED = "gated"
    PIECEWISE = "piecewise"
    SHRINK = "shrink"
    GLU = "glu"
    OSCILLATING = "oscillating"
    LEARNABLE = "learnable"
    OTHER = "other"

    @property
    def heading(self) -> str:
        """The family's heading in English, as the function list and ``actgui list`` show it
        (not ``title``: that name would hide :meth:`str.title`)."""
        return _FAMILY_HEADINGS[self]


_FAMILY_HEADINGS = {
    Family.SIGMOIDAL: "Sigmoidal",
    Family.RELU: "ReLU family",
    Family.GATED: "Smooth gated",
    Family.PIECEWISE: "Hard / piecewise",
    Family.SHRINK: "Shrink",
    Family.GLU: "Gated (GLU)",
    Family.OSCILLATING: "Oscillating",
    Family.LEARNABLE: "Learnable",
    Family.OTHER: "Other",
}


@dataclass(frozen=True)
class Reference:
    """Where a function was published (or, for the classics, its standard source).

    ``authors`` are "Family, Given" strings in the paper's order (BibTeX's form);
    ``url`` is the arXiv abstract page (``https://arxiv.org/abs/ID``) or the DOI
    resolver (``https://doi.org/DOI``), whichever identifies the paper best.
    """

    authors: tuple[str, ...]
    year: int
    title: str
    venue: str
    url: str


class Preset(str, enum.Enum):
    """Whose defaults to use where frameworks disagree."""

    PYTORCH = "pytorch"
    KERAS = "keras"


@dataclass(frozen=True)
class NumberParam:
    """A real-valued parameter with a closed or half-open valid range.

    ``min``/``max`` may be ``-inf``/``inf``; an infinite *value* is accepted only
    when ``allow_inf`` is set (Keras' ``max_value=None`` is written as ``inf``).
    """

    name: str
    default: float
    min: float
    max: float
    step: float
    min_open: bool = False
    max_open: bool = False
    allow_inf: bool = False
    keras_default: float | None = None
    doc: str = ""

    def allowed(self) -> str:
        lo = "(" if self.min_open else "["
        hi = ")" if self.max_open else "]"
        return f"{lo}{format_value(self.min)}, {format_value(self.max)}{hi}"

    def default_for(self, preset: Preset) -> float:
        if preset is Preset.KERAS and self.keras_default is not None:
            return self.keras_default
        return self.default

    def check(self, value: float) -> str | None:
        """Return why ``value`` is not allowed (in the user's language), or None when it is."""
        if math.isnan(value):
            return message("NaN is not a number it can take")
        if math.isinf(value) and not self.allow_inf:
            return message("an infinite value is not allowed")
        if value < self.min or (self.min_open and value == self.min):
            return message("it is below the valid range")
        if value > self.max or (self.max_open and value == self.max):
            return message("it is above the valid range")
        return None


@dataclass(frozen=True)
class ChoiceParam:
    """A parameter that takes one of a few named values (GELU's approximate)."""

    name: str
    default: str
    choices: tuple[str, ...]
    keras_default: str | None = None
    doc: str = ""

    def allowed(self) -> str:
        return message("one of {choices}", choices=", ".join(repr(c) for c in self.choices))

    def default_for(self, preset: Preset) -> str:
        if preset is Preset.KERAS and self.keras_default is not None:
            return self.keras_default
        return self.default


Param = NumberParam | ChoiceParam


def _no_points(**_: ParamValue) -> Sequence[float]:
    return ()


def _no_higher_kinks(**_: ParamValue) -> Sequence[tuple[float, int]]:
    return ()


@dataclass(frozen=True)
class Activation:
    """One activation function of the catalog."""

    id: str
    name: str
    family: Family
    f: Kernel
    df: Kernel
    d2f: Kernel
    params: tuple[Param, ...] = ()
    #: x where f' or f'' is discontinuous (kinks), as a function of the params.
    kinks: Callable[..., Sequence[float]] = _no_points
    #: x where f itself jumps (binary step, threshold, hardshrink).
    jumps: Callable[..., Sequence[float]] = _no_points
    #: Where f, f' and f'' are continuous but a higher derivative jumps, as pairs
    #: (x, n): f is C^n at x (n >= 2) and the derivative of order n + 1 jumps there
    #: (ISRLU: f''' jumps at 0, so ((0.0, 2),)).  The kernels stop at f'', so the
    #: order is declared here; a test checks it against finite differences of f''.
    higher_kinks: Callable[..., Sequence[tuple[float, int]]] = _no_higher_kinks
    #: x where the implementation (PyTorch's) switches to a simpler formula and the
    #: curve steps by an amount the mathematical function does not have (Softplus
    #: returns x itself above beta*x = threshold).  Also listed in ``jumps`` so that
    #: plots break the curve there; properties describe the function without these
    #: steps and report each one, with its size, as an implementation note.
    switches: Callable[..., Sequence[float]] = _no_points
    #: PyTorch code for given params, or None when PyTorch has no built-in.
    torch_code: Callable[..., str | None] | None = None
    #: Keras code for given params, or None when Keras has no built-in.
    keras_code: Callable[..., str | None] | None = None
    #: Where PyTorch has no built-in: a runnable ``torch.nn.Module`` class (a few
    #: lines, ``import torch`` included) for the given params, that the user can paste.
    torch_module: Callable[..., str] | None = None
    #: Parameters the original paper trains with the weights (PReLU's slope, ACON's p1, p2, beta).
    learnable: tuple[str, ...] = ()
    #: One line: what f' and f'' are at kinks and jumps.
    convention: str = ""
    aliases: tuple[str, ...] = field(default=())
    #: the paper that introduced the function (or its standard source)
    reference: Reference | None = None
    #: further papers the texts name (an earlier or later source of the same function)
    see_also: tuple[Reference, ...] = ()
    #: f, f', f'' together, faster than the three kernels (optional; see FusedKernel)
    fused: FusedKernel | None = None

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def evaluate_all(
        self, x: FloatArray, params: Mapping[str, ParamValue], out: Triple | None = None
    ) -> Triple:
        """f, f', f'' at ``x`` (float64) for validated ``params``: the fused kernel
        when there is one (into ``out`` if given), else the three kernels."""
        if self.fused is None:
            res = (self.f(x, **params), self.df(x, **params), self.d2f(x, **params))
            if out is None:
                return res
            for o, r in zip(out, res, strict=True):
                o[...] = r
            return out
        x = np.asarray(x, dtype=np.float64)
        if out is None:
            out = (np.empty(x.shape), np.empty(x.shape), np.empty(x.shape))
        if x.ndim == 0:  # ufuncs turn 0-d arrays into scalars: run on one element
            one = (out[0].reshape(1), out[1].reshape(1), out[2].reshape(1))
            self.fused(x.reshape(1), one, **params)
            return out
        return self.fused(x, out, **params)


def format_value(v: float) -> str:
    """A number for people to read and for declarations to read back: the shortest
    text of the same float (``0.2``, ``1.0``, ``1e-06``), infinities as ``inf`` and
    ``-inf`` (ranges such as ``[0, inf)``).  :func:`format_number` is the same in
    Python code, where infinities are ``float('inf')``."""
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return format_number(v)


def format_number(v: float) -> str:
    """Shortest Python text that reads back to the same float (``0.2``, ``1.0``,
    ``1e-06``, ``float('inf')``)."""
    if math.isinf(v):
        return "float('inf')" if v > 0 else "float('-inf')"
    r = repr(float(v))
    return r
