# SPDX-License-Identifier: MIT
"""The labs' worker thread: errors reach the window, cancel stops the work, the time is kept."""

from __future__ import annotations

import threading

from actgui.ui.lab_job import WorkerJob


class _Failing(WorkerJob):
    def _work(self) -> None:
        raise RuntimeError("the network exploded")


class _Waiting(WorkerJob):
    def __init__(self) -> None:
        super().__init__("test-waiting")
        self.entered = threading.Event()

    def _work(self) -> None:
        self.entered.set()
        while not self._stop.wait(0.01):
            pass
        self.cancelled = True


def test_an_exception_in_the_work_is_the_jobs_error() -> None:
    job = _Failing("test-failing")
    job.start()
    assert job.finished.wait(5)
    assert job.error == "RuntimeError: the network exploded"
    assert job.seconds > 0 and not job.cancelled
    job.thread.join(5)
    assert not job.thread.is_alive() and job.thread.daemon


def test_cancel_stops_the_work_and_finishes() -> None:
    job = _Waiting()
    job.start()
    assert job.entered.wait(5)
    assert not job.finished.is_set()
    job.cancel()
    assert job.finished.wait(5)
    assert job.cancelled and job.error is None and job.seconds > 0
