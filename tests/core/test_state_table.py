"""core.state_table and core.catalog_json: what an export holds and the catalog
as data, the one owner read by the export dialog, ``actgui export``/``code``
and ``actgui list --json``."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from actgui.core import catalog
from actgui.core.catalog_json import catalog_json, json_number, keras_kind
from actgui.core.export_data import CurveSpec
from actgui.core.state import ExplorerState
from actgui.core.state_table import (
    DEFAULT_ROWS,
    EXPORT_SUFFIXES,
    orders_from_rows,
    sample_table,
    state_table,
)


@pytest.mark.parametrize(
    ("rows", "orders"),
    [
        (DEFAULT_ROWS, (0, 1)),
        ([True, True, True], (0, 1, 2)),
        ([False, False, True], (2,)),
        ([False, True, False], (1,)),
        ([False, False, False], (0,)),  # nothing shown: f alone, never an empty table
    ],
)
def test_orders_from_rows(rows: list[bool], orders: tuple[int, ...]) -> None:
    assert orders_from_rows(rows) == orders


def test_export_suffixes_are_three_figures_and_a_table() -> None:
    assert EXPORT_SUFFIXES == (".png", ".svg", ".pdf", ".csv")


def test_state_table_is_the_shown_rows_of_the_visible_curves_on_the_view_grid() -> None:
    state = ExplorerState(x_min=-2.0, x_max=2.0, points=5)
    relu = state.add_spec(CurveSpec.parse("relu"))
    hidden = state.add_spec(CurveSpec.parse("tanh"))
    state.set_curve_visible(hidden.uid, False)
    state.set_rows([False, True, True])
    header, data = state_table(state)
    assert header == ["x", "relu'", "relu''"]
    lo, hi = state.visible_range()
    np.testing.assert_array_equal(data[:, 0], np.linspace(lo, hi, 5))
    np.testing.assert_array_equal(data[:, 1], (data[:, 0] > 0).astype(float))
    assert relu.visible


def test_sample_table_matches_the_state_table_of_the_same_grid() -> None:
    state = ExplorerState(x_min=-3.0, x_max=1.0, points=7)
    state.add_spec(CurveSpec.parse("elu(alpha=0.5)"))
    header, data = state_table(state)
    header2, data2 = sample_table(
        [CurveSpec.parse("elu(alpha=0.5)")], state.visible_range(), 7, (0, 1)
    )
    assert header == header2
    np.testing.assert_array_equal(data, data2)


def test_keras_kind() -> None:
    assert keras_kind(None) is None
    assert keras_kind("keras.activations.tanh") == "function"
    assert keras_kind("keras.activations.celu(x, alpha=1.0)") == "call"
    assert keras_kind("keras.layers.ELU(alpha=1.0)") == "layer"


def test_catalog_json_is_strict_json_in_catalog_order() -> None:
    assert json_number(math.inf) is None and json_number(-math.inf) is None
    assert json_number(0.5) == 0.5
    data = catalog_json()
    assert [e["id"] for e in data] == list(catalog.CATALOG)
    text = json.dumps(data, allow_nan=False)  # infinities became null
    assert json.loads(text) == data
    leaky = next(e for e in data if e["id"] == "leaky_relu")
    assert leaky["params"][0]["name"] == "negative_slope"
