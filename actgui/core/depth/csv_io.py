"""Depth-lab results as CSV: one row per (function, seed, layer), numbers that read back exactly."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from ..export_data import number_text
from .config import COLUMNS
from .results import DepthResult

#: CSV header: the issue's columns, then the seed and the clamp flag.
CSV_HEADER = ("function", "layer", *COLUMNS, "seed", "clamped")


def csv_text(results: Sequence[DepthResult]) -> str:
    """One row per (function, seed, layer); numbers read back to the same float64."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_HEADER)
    for r in results:
        for layer in range(r.config.layers + 1):
            w.writerow(
                [
                    r.label,
                    layer,
                    *(number_text(r.columns[c][layer]) for c in COLUMNS),
                    r.config.seed,
                    int(r.clamped[layer]),
                ]
            )
    return buf.getvalue()


def read_csv(text: str) -> list[dict[str, Any]]:
    """Rows of :func:`csv_text` as dicts (numbers as int or float)."""
    rows = []
    for raw in csv.DictReader(io.StringIO(text)):
        row: dict[str, Any] = {"function": raw["function"], "layer": int(raw["layer"])}
        for c in COLUMNS:
            row[c] = float(raw[c])
        row["seed"] = int(raw["seed"])
        row["clamped"] = bool(int(raw["clamped"]))
        rows.append(row)
    return rows
