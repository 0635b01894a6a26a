"""The core never imports Qt or pyqtgraph: checked statically and at run time."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import actgui.core

CORE = Path(actgui.core.__file__).parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6", "pyqtgraph", "actgui.ui")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level > 0 and node.module:
            names.append(node.module)  # relative: ..ui would show up as "ui"
    return names


def test_no_qt_import_in_core_sources() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) >= 5
    offenders = []
    for f in files:
        for name in _imports(f):
            if name.split(".")[0] in FORBIDDEN or name.startswith("actgui.ui") or name == "ui":
                offenders.append(f"{f.relative_to(CORE)} imports {name}")
    assert offenders == []


def test_core_imports_with_qt_blocked() -> None:
    """Import every core module in a fresh interpreter where Qt cannot be imported."""
    code = r"""
import importlib, pkgutil, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph"}:
            raise ImportError("blocked by test: " + name)
        return None
sys.meta_path.insert(0, Block())
import actgui.core
for m in pkgutil.walk_packages(actgui.core.__path__, "actgui.core."):
    importlib.import_module(m.name)
from actgui.core import catalog
assert len(catalog.ids()) >= 45
loaded = [m for m in sys.modules if m.split(".")[0] in {"PySide6", "pyqtgraph", "shiboken6"}]
assert not loaded, loaded
print("ok", len(catalog.ids()))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("ok")
