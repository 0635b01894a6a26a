"""Load packaging/ and resources/ scripts as modules without putting their folders on sys.path.

(packaging/ must not become importable as ``packaging``: PyInstaller and pip
import the PyPI package of that name.)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(path: Path, name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    saved = list(sys.path)
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path[:] = saved  # build.py adds packaging/ for its own import of bundle_rules


@pytest.fixture(scope="session")
def rules() -> ModuleType:
    # registered as "bundle_rules", the name build.py imports it by
    return load(PACKAGING / "bundle_rules.py", "bundle_rules")


@pytest.fixture(scope="session")
def build(rules: ModuleType) -> ModuleType:
    return load(PACKAGING / "build.py", "actgui_packaging_build")


@pytest.fixture(scope="session")
def smoke() -> ModuleType:
    return load(PACKAGING / "smoke_test.py", "actgui_packaging_smoke_test")


@pytest.fixture(scope="session")
def icons() -> ModuleType:
    return load(ROOT / "resources" / "make_icons.py", "actgui_make_icons")
