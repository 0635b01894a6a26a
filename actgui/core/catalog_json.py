"""The catalog as plain data, numpy only: what ``actgui list --json`` prints.

Every activation function becomes a dict of English keys and values (ids,
names, parameters with defaults and valid ranges, references, framework code);
an infinite bound is ``null`` ("no bound").  The order and the keys are a
public, documented format (README: "actgui list --json"): change them only
together with the documentation and its tests.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .properties import Properties
    from .spec import Reference


def json_number(v: float) -> float | None:
    """``v``, or None (JSON ``null``) for an infinity: a missing bound."""
    return None if math.isinf(v) else v


def keras_kind(code: str | None) -> str | None:
    """What the ``keras`` string of ``actgui list --json`` is.

    ``function``: a function to pass as ``activation=`` (keras.activations.tanh);
    ``call``: that function applied to a tensor ``x``, its parameters written out
    (keras.activations.celu(x, alpha=1.0)), for ``activation=lambda x: ...``;
    ``layer``: a layer object to put in a model (keras.layers.ELU(alpha=1.0)),
    the form the catalog gives for the ReLU family and ELU, as PyTorch's modules
    do (PReLU, whose slope is learnt, exists only as a layer).
    """
    if code is None:
        return None
    if code.startswith("keras.layers."):
        return "layer"
    return "call" if "(" in code else "function"


def reference_json(ref: Reference | None) -> dict[str, Any] | None:
    """A Reference as plain data (authors "Family, Given"), or None."""
    if ref is None:
        return None
    return {
        "authors": list(ref.authors),
        "year": ref.year,
        "title": ref.title,
        "venue": ref.venue,
        "url": ref.url,
    }


def range_json(pr: Properties) -> list[dict[str, Any]]:
    """The range as disjoint parts, each an interval or a point (low == high)."""
    return [
        {
            "low": json_number(part.low.value),
            "low_closed": part.low.closed,
            "high": json_number(part.high.value),
            "high_closed": part.high.closed,
        }
        for part in pr.range_parts
    ]


def catalog_json() -> list[dict[str, Any]]:
    """The catalog as plain data, in catalog order (infinite values as null: 'no bound')."""
    from . import catalog  # imported when asked for: the CLI's start-up stays light
    from .spec import ChoiceParam

    out = []
    for act in catalog.CATALOG.values():
        params: list[dict[str, Any]] = []
        for p in act.params:
            if isinstance(p, ChoiceParam):
                entry: dict[str, Any] = {
                    "name": p.name,
                    "default": p.default,
                    "choices": list(p.choices),
                }
            else:
                entry = {
                    "name": p.name,
                    "default": json_number(p.default),
                    "min": json_number(p.min),
                    "max": json_number(p.max),
                    "min_open": p.min_open,
                    "max_open": p.max_open,
                    "step": p.step,
                }
                if p.allow_inf:
                    entry["null_means"] = "no bound (infinity)"
            if p.keras_default is not None:
                kd = p.keras_default
                entry["keras_default"] = json_number(kd) if isinstance(kd, float) else kd
            if p.doc:
                entry["doc"] = p.doc
            params.append(entry)
        out.append(
            {
                "id": act.id,
                "name": act.name,
                "family": act.family.value,
                "params": params,
                "aliases": list(act.aliases),
                "learnable": list(act.learnable),
                "reference": reference_json(act.reference),
                "see_also": [reference_json(r) for r in act.see_also],
                "pytorch": catalog.framework_code(act, None, "pytorch"),
                "keras": (
                    keras := catalog.framework_code(act, catalog.defaults(act, "keras"), "keras")
                ),
                "keras_kind": keras_kind(keras),
                "convention": act.convention,
            }
        )
    return out
