"""What a depth-lab run gives: per-layer statistics (:class:`DepthResult`) and histograms."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from ..spec import Activation, FloatArray, ParamValue
from .config import COLUMNS, DepthConfig


@dataclass(frozen=True)
class Histogram:
    """Activations of one layer: ``counts[i]`` values fell in [edges[i], edges[i+1])."""

    layer: int
    edges: FloatArray
    counts: NDArray[np.int64]

    @property
    def fractions(self) -> FloatArray:
        """counts / number of values (sums to 1)."""
        total = int(self.counts.sum())
        return self.counts / float(max(total, 1))

    @property
    def centers(self) -> FloatArray:
        return 0.5 * (self.edges[:-1] + self.edges[1:])


@dataclass(frozen=True)
class DepthResult:
    """Per-layer statistics of one activation, one configuration, one seed."""

    label: str
    activation: Activation
    params: dict[str, ParamValue]
    config: DepthConfig
    #: column name -> array of layers + 1 values (row 0: the input)
    columns: dict[str, FloatArray]
    #: True where a value of the layer was clamped to +-CLAMP
    clamped: NDArray[np.bool_]
    histograms: tuple[Histogram, ...] = field(default=())

    @property
    def layers(self) -> NDArray[np.int64]:
        return np.arange(self.config.layers + 1)

    def column(self, name: str) -> FloatArray:
        if name not in self.columns:
            raise ValueError(f"unknown column {name!r}; columns: {', '.join(COLUMNS)}")
        return self.columns[name]

    def histogram(self, layer: int) -> Histogram:
        for h in self.histograms:
            if h.layer == layer:
                return h
        have = ", ".join(str(h.layer) for h in self.histograms) or "none"
        raise ValueError(f"no histogram at layer {layer}; histograms at layers: {have}")
