"""`actgui list --json` against its committed JSON Schema, and aliases on the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import numpy as np
import pytest

from actgui import cli
from actgui.core import catalog, export_data

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schemas" / "actgui-list.schema.json"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actgui", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _errors(data: object) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(data)]


def test_schema_is_draft_2020_12() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_real_list_json_validates() -> None:
    out = run("list", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert _errors(data) == []
    assert [d["id"] for d in data] == catalog.ids()


def test_list_json_with_properties_validates(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["list", "--json", "--properties"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert _errors(data) == []
    step = next(d for d in data if d["id"] == "binary_step")
    assert step["properties"]["range"] == "{0, 1}"
    assert step["range"] == [
        {"low": 0.0, "low_closed": True, "high": 0.0, "high_closed": True},
        {"low": 1.0, "low_closed": True, "high": 1.0, "high_closed": True},
    ]
    threshold = next(d for d in data if d["id"] == "threshold")
    assert threshold["properties"]["range"] == "{0} ∪ (1, ∞)"
    assert threshold["range"][1]["high"] is None  # unbounded: null


def test_schema_catches_mistakes() -> None:
    good = json.loads(run("list", "--json").stdout)
    broken = json.loads(json.dumps(good))
    del broken[0]["reference"]
    assert _errors(broken)
    broken = json.loads(json.dumps(good))
    broken[0]["reference"]["url"] = "http://example.org/paper"
    assert _errors(broken)
    broken = json.loads(json.dumps(good))
    broken[0]["reference"]["authors"] = ["Hinton G E"]
    assert _errors(broken)
    broken = json.loads(json.dumps(good))
    broken[0]["unexpected"] = 1
    assert _errors(broken)


def test_list_json_carries_references_aliases_and_learnable() -> None:
    data = {d["id"]: d for d in json.loads(run("list", "--json").stdout)}
    for fid, entry in data.items():
        act = catalog.get(fid)
        assert entry["aliases"] == list(act.aliases)
        assert entry["learnable"] == list(act.learnable)
        assert act.reference is not None
        assert entry["reference"]["url"] == act.reference.url
        assert len(entry["see_also"]) == len(act.see_also)
    assert "elliott" in data["softsign"]["aliases"]
    assert "telu" in data["tanh_exp"]["aliases"]
    assert data["prelu"]["learnable"] == ["init"]
    assert data["silu"]["reference"]["authors"] == ["Hendrycks, Dan", "Gimpel, Kevin"]
    assert data["silu"]["reference"]["year"] == 2016


@pytest.mark.parametrize(
    "alias, function_id",
    [("elliott", "softsign"), ("telu", "tanh_exp"), ("logistic", "sigmoid"), ("swish", "silu")],
)
def test_aliases_work_on_the_command_line(tmp_path: Path, alias: str, function_id: str) -> None:
    out = tmp_path / "a.csv"
    r = run(
        "export",
        str(out),
        "-f",
        alias,
        "--x-min",
        "-3",
        "--x-max",
        "3",
        "--points",
        "61",
        "--derivatives",
        "0",
    )
    assert r.returncode == 0, r.stderr
    header, data = export_data.read_csv(out.read_text(encoding="utf-8"))
    assert header == ["x", alias]  # the column keeps the name the user gave
    expected = catalog.evaluate(function_id, data[:, 0])
    np.testing.assert_allclose(data[:, 1], expected, rtol=1e-15, atol=0)


def test_alias_with_parameters_on_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "b.csv"
    r = run("export", str(out), "-f", "swish(beta=2)", "--points", "11", "--derivatives", "0")
    assert r.returncode == 0, r.stderr
    _, data = export_data.read_csv(out.read_text(encoding="utf-8"))
    np.testing.assert_allclose(
        data[:, 1], catalog.evaluate("silu", data[:, 0], {"beta": 2.0}), rtol=1e-15
    )
