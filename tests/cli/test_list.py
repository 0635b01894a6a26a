"""`actgui list` and the CLI's exit codes, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from actgui import cli
from actgui.core import catalog


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actgui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_list_table() -> None:
    out = run("list")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split()[:3] == ["id", "name", "family"]
    assert any(
        line.startswith("leaky_relu ") and "negative_slope=0.01 in [0.0, 1.0]" in line
        for line in lines
    )
    assert f"{len(catalog.ids())} functions" in lines[-1]


def test_list_json_schema() -> None:
    out = run("list", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [d["id"] for d in data] == catalog.ids()
    for d in data:
        assert {"id", "name", "family", "params"} <= d.keys()
        for p in d["params"]:
            assert "name" in p and "default" in p
            assert ("min" in p and "max" in p) or "choices" in p
    leaky = next(d for d in data if d["id"] == "leaky_relu")
    expected = {"name": "negative_slope", "default": 0.01, "min": 0.0, "max": 1.0}
    assert expected.items() <= leaky["params"][0].items()
    gelu = next(d for d in data if d["id"] == "gelu")
    assert gelu["params"][0]["choices"] == ["none", "tanh"]


def test_list_json_with_properties_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["list", "--json", "--properties"]) == 0
    data = json.loads(capsys.readouterr().out)
    gelu = next(d for d in data if d["id"] == "gelu")
    assert gelu["properties"]["range"] == "[-0.169971, ∞)"


@pytest.mark.parametrize("args", [["bogus"], ["list", "--nope"]])
def test_bad_input_exit_2_one_line(args: list[str]) -> None:
    out = run(*args)
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1
    assert out.stderr.startswith("actgui: error:")


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("actgui ")


def test_help_in_chinese_follows_the_locale_or_lang() -> None:
    import os

    env = {**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    out = subprocess.run(
        [sys.executable, "-m", "actgui", "export", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert out.returncode == 0 and "无需打开窗口即可导出曲线" in out.stdout
    out = run("--lang", "zh_CN", "--help")
    assert "探索神经网络激活函数" in out.stdout
    env_en = {**os.environ, "LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    out = subprocess.run(
        [sys.executable, "-m", "actgui", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env_en,
    )
    assert "Explore neural-network activation functions" in out.stdout


def test_readme_lists_the_whole_catalog_by_family() -> None:
    """README's catalog table and its count are the catalog's (it is the front door)."""
    from pathlib import Path

    from actgui.core.spec import Family

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"knows {len(catalog.ids())} of them" in readme
    for fam in Family:
        ids = [a.id for a in catalog.CATALOG.values() if a.family is fam]
        if ids:
            assert f"| {fam.heading} ({len(ids)}) | {', '.join(ids)} |" in readme, fam
