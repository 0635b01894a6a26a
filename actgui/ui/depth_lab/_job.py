"""A batch of depth-lab runs in a worker thread (:class:`_Job`, no Qt objects:
the GUI polls it; ``lab_common.JobCanceller`` cancels it when the lab goes away).
"""

from __future__ import annotations

import threading
import time

from ...core import depth


class _Job:
    """One batch of runs in a worker thread; the GUI polls it (no Qt objects here)."""

    def __init__(
        self,
        functions: list[str],
        config: depth.DepthConfig,
        repeats: int,
        hist_layers: tuple[int, ...] | None = None,
    ) -> None:
        self.functions, self.config, self.repeats = functions, config, repeats
        self.hist_layers = hist_layers
        self.done, self.total = 0, 1
        self.result: list[list[depth.DepthResult]] | None = None
        self.error: str | None = None
        self.cancelled = False
        self.started = time.perf_counter()
        self.seconds = 0.0
        self._stop = threading.Event()
        self.finished = threading.Event()
        self.thread = threading.Thread(target=self._work, name="actgui-depth", daemon=True)

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise depth.Cancelled
        self.done, self.total = done, total

    def _work(self) -> None:
        try:
            self.result = depth.simulate_many(
                self.functions,
                self.config,
                self.repeats,
                hist_layers=self.hist_layers,
                progress=self._progress,
            )
        except depth.Cancelled:
            self.cancelled = True
        except ValueError as exc:
            self.error = str(exc)
        except Exception as exc:  # shown in the lab rather than lost in a thread
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            self.seconds = time.perf_counter() - self.started
            self.finished.set()

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self._stop.set()
