"""Start-up without the cyclic garbage collector's passes over what start-up makes.

Importing numpy, PySide6, pyqtgraph and actgui and building the main window
allocate ~110,000 objects that live as long as the process: the module globals,
classes, functions, Qt wrappers and the catalog. With the collector on, those
allocations trigger ~180 collections on the way, a full one among them, and at
exit the interpreter traverses them all again (~40 ms a full pass here); yet
start-up leaves fewer than 1,000 unreachable objects behind.

So the entry points (:mod:`actgui.__main__`) call :func:`pause_gc` first, and
start-up ends with :func:`resume_gc`: what start-up made is frozen (``gc.freeze``:
moved where no collection looks again, neither while the app runs, where the
full passes during a drag get shorter by as much, nor at exit) and collection
resumes for everything made after. Library use (tests, ``import actgui``) never
pauses, and there :func:`resume_gc` does nothing.
"""

from __future__ import annotations

import gc

_paused = False


def pause_gc() -> None:
    """Stop cyclic collection for start-up (only the process's entry points call this)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_gc() -> None:
    """End of start-up: freeze what exists and collect again; a no-op unless
    :func:`pause_gc` paused collection (each call after the first too)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def paused() -> bool:
    """Whether start-up still holds collection off (for tests)."""
    return _paused
