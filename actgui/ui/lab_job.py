# SPDX-License-Identifier: MIT
"""The worker thread both labs run their jobs in (no Qt objects: the window polls).

:class:`WorkerJob` owns what a lab's job has whatever it computes: the daemon
thread, the stop and finished events, the elapsed time, and the error shown in the
lab instead of being lost in the thread.  A subclass writes :meth:`WorkerJob._work`;
``lab_common.JobCanceller`` cancels the job when its lab goes away.
"""

from __future__ import annotations

import threading
import time


class WorkerJob:
    """A job in a daemon worker thread; the window polls ``finished``, ``error``,
    ``cancelled`` and ``seconds``."""

    def __init__(self, thread_name: str) -> None:
        self.error: str | None = None
        self.cancelled = False
        self.started = time.perf_counter()
        self.seconds = 0.0
        self._stop = threading.Event()
        self.finished = threading.Event()
        self.thread = threading.Thread(target=self._run, name=thread_name, daemon=True)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (it sets ``cancelled``)."""
        self._stop.set()

    def _work(self) -> None:
        raise NotImplementedError

    def _run(self) -> None:
        try:
            self._work()
        except Exception as exc:  # shown in the lab rather than lost in a thread
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            self.seconds = time.perf_counter() - self.started
            self.finished.set()
