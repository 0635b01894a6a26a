"""PyInstaller runtime hook: stand-ins for PySide6.QtOpenGL and QtOpenGLWidgets.

pyqtgraph imports both at import time (PlotCurveItem, Qt/OpenGLHelpers) although
it uses them only to draw with OpenGL, which actgui never turns on (it paints
with QPainter's raster engine).  The frozen app leaves their Python bindings
out (QtOpenGL.abi3.so alone is 8.9 MB); these modules take their place: the
one name needed at import time, QOpenGLWidget, is a plain class that no widget
is an instance of, and anything else raises an ImportError that says why.
"""

from __future__ import annotations

import sys
import types

_WHY = "PySide6.{name} is not bundled with actgui (it draws without OpenGL)"


def _stub(name: str) -> types.ModuleType:
    module = types.ModuleType(f"PySide6.{name}", _WHY.format(name=name))

    def __getattr__(attr: str) -> object:
        if attr.startswith("__"):
            raise AttributeError(attr)
        raise ImportError(_WHY.format(name=name) + f": {attr} is not available")

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    return module


def install() -> None:
    gl = _stub("QtOpenGL")
    widgets = _stub("QtOpenGLWidgets")

    class QOpenGLWidget:
        """Stand-in base class (pyqtgraph subclasses it at import); never instantiated."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            raise ImportError(_WHY.format(name="QtOpenGLWidgets"))

    widgets.QOpenGLWidget = QOpenGLWidget  # type: ignore[attr-defined]
    sys.modules.setdefault("PySide6.QtOpenGL", gl)
    sys.modules.setdefault("PySide6.QtOpenGLWidgets", widgets)


install()
