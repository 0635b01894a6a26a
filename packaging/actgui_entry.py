"""Entry point of the frozen actgui (PyInstaller's script): main() of the `actgui` command."""

import os
import sys

# pyqtgraph prefers PyQt when it can import it; the bundle only has PySide6.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

if sys.stdout is None or sys.stderr is None:
    # The windowed actgui.exe on Windows has no console: print() and argparse
    # would fail on None. Output goes nowhere; actgui-cli.exe is the console twin.
    _devnull = open(os.devnull, "w", encoding="utf-8")  # open for the process's life
    sys.stdout = sys.stdout or _devnull
    sys.stderr = sys.stderr or _devnull

import multiprocessing

from actgui.__main__ import main

if __name__ == "__main__":
    # a frozen app re-runs itself for multiprocessing's child processes (pyqtgraph's
    # parallelizer, anything later): without this the child would open a window
    multiprocessing.freeze_support()
    sys.exit(main())
