"""What a depth-lab run takes: the limits, the options (:class:`DepthConfig`) and the function.

:meth:`DepthConfig.checked` validates every option (ValueError naming the first
bad one); :func:`resolve_function` turns a spec, an Activation or a pair into
``(label, activation, validated params)``.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from .. import catalog
from ..spec import Activation, ParamValue

INITS = ("glorot_uniform", "glorot_normal", "he_normal", "lecun_normal", "orthogonal", "normal")
INIT_NAMES = {
    "glorot_uniform": "Glorot/Xavier uniform",
    "glorot_normal": "Glorot/Xavier normal",
    "he_normal": "He/Kaiming normal",
    "lecun_normal": "LeCun normal",
    "orthogonal": "orthogonal",
    "normal": "N(0, σ²)",
}
MIN_LAYERS, MAX_LAYERS = 1, 200
MIN_WIDTH, MAX_WIDTH = 8, 2048
MIN_BATCH, MAX_BATCH = 1, 1024
MAX_SIGMA = 100.0
MAX_ABS_BIAS = 100.0
MAX_SEED = 2**63 - 1
MAX_REPEATS = 20
MIN_BINS, MAX_BINS = 2, 1000
DEFAULT_BINS = 60
DEFAULT_EPS = 0.01
#: Magnitude at which exploding values are clamped (and the layer flagged).  With
#: |values| <= 1e100 and at most 2048 x 1024 entries, sums of squares stay below
#: 1e207, far from float64 overflow.
CLAMP = 1e100

COLUMNS = (
    "preact_mean",
    "preact_std",
    "act_mean",
    "act_std",
    "act_mean_sq",
    "dead_fraction",
    "saturated_fraction",
    "grad_norm_act",
    "grad_norm_weight",
)

#: ``progress(done, total)``; raise :class:`Cancelled` in it to stop a run.
Progress = Callable[[int, int], None]
FunctionLike = str | Activation | tuple[str | Activation, Mapping[str, Any]]


class Cancelled(Exception):
    """Raised by a progress callback to stop a simulation."""


def _int_option(name: str, value: Any, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise ValueError(f"{name} must be a whole number from {lo:,} to {hi:,}, got {value!r}")
    v = int(value)
    if not lo <= v <= hi:
        raise ValueError(f"{name} must be from {lo:,} to {hi:,}, got {v:,}")
    return v


def _float_option(name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise ValueError(f"{name} must be a number, got {value!r}")
    v = float(value)
    if not math.isfinite(v):
        raise ValueError(f"{name} must be a finite number, got {v!r}")
    return v


@dataclass(frozen=True)
class DepthConfig:
    """The network and the batch; :meth:`checked` validates every option."""

    layers: int = 50
    width: int = 512
    init: str = "he_normal"
    sigma: float | None = None
    bias: float = 0.0
    seed: int = 0
    batch: int = 256
    eps: float = DEFAULT_EPS

    def checked(self) -> DepthConfig:
        """A copy with normalised values; ValueError naming the first bad option."""
        layers = _int_option("layers", self.layers, MIN_LAYERS, MAX_LAYERS)
        width = _int_option("width", self.width, MIN_WIDTH, MAX_WIDTH)
        batch = _int_option("batch", self.batch, MIN_BATCH, MAX_BATCH)
        seed = _int_option("seed", self.seed, 0, MAX_SEED)
        init = str(self.init).strip().lower() if isinstance(self.init, str) else self.init
        if init not in INITS:
            raise ValueError(f"unknown init {self.init!r}; choose one of: {', '.join(INITS)}")
        sigma = self.sigma
        if init == "normal":
            if sigma is None:
                raise ValueError("init 'normal' needs sigma, the weights' standard deviation")
            sigma = _float_option("sigma", sigma)
            if not 0.0 < sigma <= MAX_SIGMA:
                raise ValueError(f"sigma must be in (0, {MAX_SIGMA:g}], got {sigma!r}")
        elif sigma is not None:
            raise ValueError(
                f"sigma applies only to init 'normal'; init {init!r} sets its own scale"
            )
        bias = _float_option("bias", self.bias)
        if abs(bias) > MAX_ABS_BIAS:
            raise ValueError(f"bias must be in [-{MAX_ABS_BIAS:g}, {MAX_ABS_BIAS:g}], got {bias!r}")
        eps = _float_option("eps", self.eps)
        if not 0.0 < eps <= 1.0:
            raise ValueError(f"eps (saturation threshold on |f'|) must be in (0, 1], got {eps!r}")
        return DepthConfig(layers, width, init, sigma, bias, seed, batch, eps)

    def with_seed(self, seed: int) -> DepthConfig:
        return replace(self, seed=seed)

    def weight_std(self) -> float:
        """Standard deviation of one weight (orthogonal: that of a uniform unit column)."""
        n = self.width
        if self.init in ("glorot_uniform", "glorot_normal"):
            return math.sqrt(2.0 / (n + n))
        if self.init == "he_normal":
            return math.sqrt(2.0 / n)
        if self.init == "lecun_normal":
            return math.sqrt(1.0 / n)
        if self.init == "orthogonal":
            return math.sqrt(1.0 / n)
        assert self.sigma is not None
        return float(self.sigma)


def default_hist_layers(layers: int) -> tuple[int, ...]:
    """First, middle and last layer (fewer when they coincide)."""
    return tuple(sorted({1, max(1, round(layers / 2)), layers}))


#: histograms the figure shows (the core computes any number)
MAX_SHOWN_HISTOGRAMS = 3


def parse_hist_layers(text: str, layers: int) -> tuple[int, ...] | None:
    """'1, 25, 50' -> (1, 25, 50); empty text -> None (first, middle, last)."""
    parts = [p for p in text.replace(";", ",").replace(" ", ",").split(",") if p]
    if not parts:
        return None
    try:
        values = sorted({int(p) for p in parts})
    except ValueError:
        raise ValueError(
            f"histogram layers must be whole numbers separated by commas, e.g. 1,25,50; "
            f"got {text!r}"
        ) from None
    if len(values) > MAX_SHOWN_HISTOGRAMS:
        raise ValueError(
            f"at most {MAX_SHOWN_HISTOGRAMS} histogram layers, got {len(values)}: {text!r}"
        )
    for v in values:
        _int_option("histogram layer", v, 0, layers)
    return tuple(values)


def resolve_function(
    function: FunctionLike, params: Mapping[str, Any] | None = None
) -> tuple[str, Activation, dict[str, ParamValue]]:
    """(label, activation, validated params) from a spec, an Activation or a pair.

    A spec is a catalog id with optional parameters (``leaky_relu(negative_slope=0.2)``)
    or a custom expression (``expr:a*x*sigmoid(b*x); a=1; b=1.702``), as
    ``actgui export -f`` takes them.
    """
    if isinstance(function, tuple):
        if params is not None:
            raise ValueError("give the parameters either in the pair or as params, not both")
        function, params = function
    if isinstance(function, Activation):
        act = function
        resolved = catalog.resolve_params(act, params)
        label = catalog.format_spec(act, resolved) if act.id in catalog.CATALOG else act.id
        return label, act, resolved
    if not isinstance(function, str):
        raise ValueError(f"a function must be a spec such as 'relu', got {function!r}")
    from ..export_data import CurveSpec

    spec = CurveSpec.parse(function)
    act = spec.activation
    resolved = catalog.resolve_params(act, {**spec.params, **dict(params or {})})
    label = spec.label if params is None else catalog.format_spec(act, resolved)
    return label, act, resolved
