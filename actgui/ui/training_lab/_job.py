"""A training run in a worker thread (:class:`_Job`, no Qt objects: the window
polls it and takes a :class:`LabSnapshot` about ten times a second).  The lab
cancels it when destroyed through :class:`actgui.ui.lab_common.JobCanceller`.
"""

from __future__ import annotations

import threading
import time

from ...core import training as T
from ..lab_job import WorkerJob
from ..training_plots import LabSnapshot

#: seconds between two snapshots the worker hands to the window
SNAPSHOT_SECONDS = 0.1
#: how long the window waits for the worker to pause before it draws anyway
HOLD_SECONDS = 0.05


class _Job(WorkerJob):
    """One training run in a worker thread; the window polls it (no Qt objects here)."""

    def __init__(self, trainer: T.Trainer, run_id: int) -> None:
        super().__init__("actgui-train")
        self.trainer = trainer
        self.run_id = run_id
        self._lock = threading.Lock()
        self._latest: LabSnapshot | None = None
        #: the window asks the worker to wait between epochs while it draws (see hold)
        self._hold = threading.Event()
        self._parked = threading.Event()
        self._released = threading.Event()
        #: how long the window took to draw the last snapshot (the worker waits meanwhile)
        self.draw_seconds = 0.0

    def hold(self, timeout: float = HOLD_SECONDS) -> bool:
        """Ask the worker to pause after its current epoch; True once it has.

        While the worker runs numpy's small operations it holds the GIL nearly all the
        time, and every call the window makes into Qt lets it go and then waits for it:
        drawing a snapshot took seconds.  Paused, the worker waits on an event instead.
        """
        self._released.clear()
        self._hold.set()
        return self._parked.wait(timeout)

    def release(self) -> None:
        """Let the worker go on after :meth:`hold`."""
        self._hold.clear()
        self._released.set()

    def _pause_if_held(self) -> None:
        if self._hold.is_set():
            self._parked.set()
            self._released.wait(1.0)  # never more than a second, whatever the window does
            self._parked.clear()

    @property
    def epoch(self) -> int:
        return self.trainer.epoch

    def take(self) -> LabSnapshot | None:
        """The newest snapshot not taken yet, or None."""
        with self._lock:
            snap, self._latest = self._latest, None
        return snap

    def _publish(self) -> None:
        snap = LabSnapshot.of(self.trainer, self.run_id)
        with self._lock:
            self._latest = snap

    def _work(self) -> None:
        tr = self.trainer
        last = 0.0
        self._publish()
        while not tr.done:
            if self._stop.is_set():
                self.cancelled = True
                break
            tr.step()
            self._pause_if_held()
            now = time.perf_counter()
            # a slow redraw (a busy machine, software rendering) is not let to take more
            # than a third of the time: snapshots come less often instead
            if now - last >= max(SNAPSHOT_SECONDS, 2.0 * self.draw_seconds):
                last = now
                self._publish()
        self._publish()
