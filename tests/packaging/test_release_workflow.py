""".github/workflows/release.yml parses and does what a release needs (no run on GitHub here)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from .conftest import ROOT

yaml = pytest.importorskip("yaml")

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def test_triggers(workflow) -> None:  # type: ignore[no-untyped-def]
    on = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert on["push"]["tags"] == ["v*"]
    assert "workflow_dispatch" in on


def test_matrix_covers_every_platform(workflow) -> None:  # type: ignore[no-untyped-def]
    include = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
    oses = {entry["os"] for entry in include}
    assert {"windows-latest", "macos-14", "ubuntu-22.04"} <= oses
    # an Intel Mac: macos-13 until its retirement, then macos-15-intel
    assert oses & {"macos-13", "macos-15-intel"}
    platforms = {entry["platform"] for entry in include}
    assert platforms == {"linux-x86_64", "windows-x86_64", "macos-arm64", "macos-x86_64"}
    assert workflow["jobs"]["build"]["strategy"]["fail-fast"] is False


def test_actions_are_pinned(workflow) -> None:  # type: ignore[no-untyped-def]
    uses = [
        step["uses"] for job in workflow["jobs"].values() for step in _steps(job) if "uses" in step
    ]
    assert uses
    for ref in uses:
        _action, _, version = ref.partition("@")
        assert re.fullmatch(r"v\d+(\.\d+){0,2}|[0-9a-f]{40}", version), ref


def test_pip_is_cached(workflow) -> None:  # type: ignore[no-untyped-def]
    setup = next(
        s for s in _steps(workflow["jobs"]["build"]) if "setup-python" in s.get("uses", "")
    )
    assert setup["with"]["cache"] == "pip"
    assert "pyproject.toml" in setup["with"]["cache-dependency-path"]


def test_linux_gets_the_xcb_libraries(workflow) -> None:  # type: ignore[no-untyped-def]
    steps = _steps(workflow["jobs"]["build"])
    apt = next(s for s in steps if "apt-get install" in s.get("run", ""))
    assert apt["if"] == "runner.os == 'Linux'"
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "xvfb"):
        assert package in apt["run"]


def test_smoke_test_runs_before_upload(workflow) -> None:  # type: ignore[no-untyped-def]
    steps = _steps(workflow["jobs"]["build"])
    names = [s.get("name", s.get("uses", "")) for s in steps]
    build = next(i for i, s in enumerate(steps) if "packaging/build.py" in s.get("run", ""))
    smoke = next(i for i, s in enumerate(steps) if "packaging/smoke_test.py" in s.get("run", ""))
    upload = next(i for i, s in enumerate(steps) if "upload-artifact" in s.get("uses", ""))
    assert build < smoke < upload, names
    # the same command .ci/run runs through packaging/ci_build.sh
    assert "--expect-version" in steps[smoke]["run"]
    ci = (ROOT / "packaging" / "ci_build.sh").read_text(encoding="utf-8")
    assert "packaging/smoke_test.py dist/actgui --expect-version" in ci


def test_artifacts_are_named_by_version_and_platform(workflow) -> None:  # type: ignore[no-untyped-def]
    steps = _steps(workflow["jobs"]["build"])
    upload = next(s for s in steps if "upload-artifact" in s.get("uses", ""))
    assert upload["with"]["name"] == "${{ steps.build.outputs.stem }}"
    assert upload["with"]["if-no-files-found"] == "error"
    build_py = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert 'stem = f"{rules.APP_NAME}-{version}-{tag}"' in build_py


def test_release_job(workflow) -> None:  # type: ignore[no-untyped-def]
    release = workflow["jobs"]["release"]
    assert release["needs"] == "build"
    assert "refs/tags/v" in release["if"]
    assert release["permissions"]["contents"] == "write"
    assert workflow["permissions"]["contents"] == "read"
    script = "\n".join(s.get("run", "") for s in _steps(release))
    assert "gh release create" in script and "SHA256SUMS" in script
