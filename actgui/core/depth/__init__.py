"""Depth lab: what an activation does to signals and gradients in a deep network.

A batch of standard-normal inputs goes through a fully connected network of
``layers`` square layers of ``width`` units (numpy, float64)::

    h_0 = x                                    x: batch x width, entries N(0, 1)
    z_l = h_{l-1} @ W_l + bias                 W_l: width x width, from ``init``
    h_l = f(z_l)                               l = 1 .. layers

Then a unit gradient is backpropagated with the activation's analytic f'.  Each
example b gets its own fixed direction u_b, uniform on the unit sphere of R^width
and drawn from the seed, and the loss ``l_b = <u_b, h_L,b>``; so the gradient at
the output has norm exactly 1 for every example.  A random direction rather than
``ones / sqrt(width)`` because the all-ones direction lines up with the mean of
non-centred activations (ReLU, sigmoid), which the variance analyses of He et
al. (2015) and Glorot and Bengio (2010) leave out.

Per layer (row 0 is the input) a :class:`DepthResult` holds, over all
batch x width entries:

- ``preact_mean``, ``preact_std``: mean and (population) standard deviation of z_l
- ``act_mean``, ``act_std``, ``act_mean_sq``: the same of h_l, and the mean of h_l^2
- ``dead_fraction``: the fraction of units with f'(z) = 0 for every example
- ``saturated_fraction``: the fraction of (example, unit) entries with |f'(z)| < eps
- ``grad_norm_act``: sqrt(mean_b ||dl_b/dh_l,b||^2), the RMS over the batch of the
  per-example gradient norms with respect to the activations (1 at the output)
- ``grad_norm_weight``: sqrt(mean_b ||dl_b/dW_l||_F^2), the same for the weights;
  a per-example weight gradient is the outer product of h_{l-1,b} and
  dl_b/dz_l,b, so its norm is the product of theirs.  Per-example norms do not
  depend on the batch size, unlike the gradient of the batch's mean loss, in
  which the examples' random directions partly cancel.

Values that are not defined at the input (pre-activations, dead and saturated
fractions, weight gradient) are NaN in row 0.  Nothing else is ever NaN or
infinite: when a signal explodes, pre-activations, activations, derivatives and
gradients are clamped to +-``CLAMP`` and the layer is flagged in ``clamped`` (a
flag can come from the backward pass: gradients explode towards the input).

Weights, inputs and output directions depend only on the seed (and the sizes),
never on the activation: activations compared under one seed see the same
network, and the weights of layer l are the same whatever the depth.  The normal
initialisations draw plain normals, as PyTorch does (Keras truncates at two
standard deviations and rescales to the same variance); orthogonal has gain 1.

Modules
    :mod:`.config` the limits, :class:`DepthConfig` and :func:`resolve_function`;
    :mod:`.weights` the random streams (inputs, directions, :class:`Weights`);
    :mod:`.results` :class:`DepthResult` and :class:`Histogram`;
    :mod:`.simulation` the forward and backward passes; :mod:`.csv_io` the CSV
    form; :mod:`.presets` the presets (a table of data).  Import from this
    package; the tunables ``PREFETCH`` and ``WEIGHT_CACHE_BYTES`` live in
    :mod:`.weights`, where they are read.
"""

from __future__ import annotations

from .config import (
    CLAMP,
    COLUMNS,
    DEFAULT_BINS,
    DEFAULT_EPS,
    INIT_NAMES,
    INITS,
    MAX_ABS_BIAS,
    MAX_BATCH,
    MAX_BINS,
    MAX_LAYERS,
    MAX_REPEATS,
    MAX_SEED,
    MAX_SHOWN_HISTOGRAMS,
    MAX_SIGMA,
    MAX_WIDTH,
    MIN_BATCH,
    MIN_BINS,
    MIN_LAYERS,
    MIN_WIDTH,
    Cancelled,
    DepthConfig,
    FunctionLike,
    Progress,
    default_hist_layers,
    parse_hist_layers,
    resolve_function,
)
from .csv_io import (
    CSV_HEADER,
    csv_text,
    read_csv,
)
from .presets import (
    PRESETS,
    DepthPreset,
    preset,
)
from .results import (
    DepthResult,
    Histogram,
)
from .simulation import (
    seeds_for,
    simulate,
    simulate_config,
    simulate_many,
    spread,
)
from .weights import (
    Weights,
    directions,
    inputs,
)

__all__ = [
    "CLAMP",
    "COLUMNS",
    "CSV_HEADER",
    "DEFAULT_BINS",
    "DEFAULT_EPS",
    "INITS",
    "INIT_NAMES",
    "MAX_ABS_BIAS",
    "MAX_BATCH",
    "MAX_BINS",
    "MAX_LAYERS",
    "MAX_REPEATS",
    "MAX_SEED",
    "MAX_SHOWN_HISTOGRAMS",
    "MAX_SIGMA",
    "MAX_WIDTH",
    "MIN_BATCH",
    "MIN_BINS",
    "MIN_LAYERS",
    "MIN_WIDTH",
    "PRESETS",
    "Cancelled",
    "DepthConfig",
    "DepthPreset",
    "DepthResult",
    "FunctionLike",
    "Histogram",
    "Progress",
    "Weights",
    "csv_text",
    "default_hist_layers",
    "directions",
    "inputs",
    "parse_hist_layers",
    "preset",
    "read_csv",
    "resolve_function",
    "seeds_for",
    "simulate",
    "simulate_config",
    "simulate_many",
    "spread",
]
