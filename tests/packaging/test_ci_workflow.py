""".github/workflows/ci.yml parses and checks what the README promises, on every
system and Python actgui supports (no run on GitHub here)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from .conftest import ROOT

yaml = pytest.importorskip("yaml")

WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _runs(job: dict[str, Any]) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def _readme_test_command() -> str:
    """The command under "Run the tests" in README.md."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"Run the tests.*?```sh\n(.+?)\n```", readme, re.S)
    assert found, "README.md has no 'Run the tests' command"
    return found.group(1).strip()


def test_runs_on_every_push_and_pull_request(workflow) -> None:  # type: ignore[no-untyped-def]
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    for event in ("push", "pull_request"):
        assert event in on
        assert not (on[event] or {}), f"{event} is filtered: {on[event]}"  # no paths, branches


def test_matrix_is_three_systems_by_oldest_and_newest_python(workflow) -> None:  # type: ignore[no-untyped-def]
    strategy = workflow["jobs"]["test"]["strategy"]
    assert set(strategy["matrix"]["os"]) == {"ubuntu-latest", "windows-latest", "macos-latest"}
    assert [str(v) for v in strategy["matrix"]["python"]] == ["3.10", "3.13"]  # quoted: not 3.1
    assert strategy["fail-fast"] is False
    setup = next(
        s for s in workflow["jobs"]["test"]["steps"] if "setup-python" in s.get("uses", "")
    )
    assert setup["with"]["python-version"] == "${{ matrix.python }}"
    assert workflow["jobs"]["test"]["runs-on"] == "${{ matrix.os }}"


def test_tests_run_the_readme_command_offscreen(workflow) -> None:  # type: ignore[no-untyped-def]
    job = workflow["jobs"]["test"]
    command = _readme_test_command()
    assert command == "pip install -e '.[test]' && python -m pytest"
    assert command in _runs(job)
    assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"
    assert job["defaults"]["run"]["shell"] == "bash"  # the command's quoting on Windows too


def test_linux_gets_what_ci_run_installs(workflow) -> None:  # type: ignore[no-untyped-def]
    apt = next(
        s for s in workflow["jobs"]["test"]["steps"] if "apt-get install" in s.get("run", "")
    )
    assert apt["if"] == "runner.os == 'Linux'"
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    listed = re.search(r"apt-get install (.+?)>/dev/null", ci_run, re.S)
    assert listed
    packages = {w for w in listed.group(1).replace("\\", " ").split() if not w.startswith("-")}
    assert packages and packages <= set(apt["run"].replace("\\", " ").split())


def test_lint_job_runs_ruff_and_mypy(workflow) -> None:  # type: ignore[no-untyped-def]
    steps = workflow["jobs"]["lint"]["steps"]
    runs = _runs(workflow["jobs"]["lint"])
    assert "ruff check ." in runs and "ruff format --check ." in runs
    # bare `mypy`: the files and strictness come from pyproject's [tool.mypy], as in .ci/run
    assert "mypy" in runs
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^mypy$", ci_run, re.M)
    for step in steps:
        assert not step.get("continue-on-error"), step  # mypy blocks like ruff


def test_actions_are_pinned(workflow) -> None:  # type: ignore[no-untyped-def]
    uses = [s["uses"] for job in workflow["jobs"].values() for s in job["steps"] if "uses" in s]
    assert uses
    for ref in uses:
        _action, _, version = ref.partition("@")
        assert re.fullmatch(r"v\d+(\.\d+){0,2}|[0-9a-f]{40}", version), ref
