"""pip install -e . must finish with the Windows build's Wine prefix in build/.

The prefix's Z: drive is a symbolic link to /. setuptools' namespace discovery
walks every folder of the checkout following links, so it walked the whole file
system and through the checkout again: CI's core-only `pip install -e .`, run
after the Wine build, never finished."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from 3.11")

DISCOVER = """
import json, sys
from setuptools import find_namespace_packages, find_packages
cfg = json.loads(sys.argv[1])
find = find_namespace_packages if cfg.get("namespaces", True) else find_packages
print(json.dumps(sorted(find(where=sys.argv[2], include=cfg.get("include", ["*"])))))
"""


def test_discovery_finishes_beside_a_link_to_the_root(tmp_path: Path) -> None:
    import json

    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    find = cfg["tool"]["setuptools"]["packages"]["find"]
    for pkg in ("actgui", "actgui/core"):
        (tmp_path / pkg).mkdir(parents=True)
        (tmp_path / pkg / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "actgui" / "core" / "data").mkdir()  # package data: no __init__.py
    drive = tmp_path / "build" / "wine" / "prefix" / "dosdevices"
    drive.mkdir(parents=True)
    os.symlink("/", drive / "z:")
    proc = subprocess.run(
        [sys.executable, "-c", DISCOVER, json.dumps(find), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,  # the walk of / never ended
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == ["actgui", "actgui.core"]
