"""A batch of depth-lab runs in a worker thread (:class:`_Job`, no Qt objects:
the GUI polls it; ``lab_common.JobCanceller`` cancels it when the lab goes away).
"""

from __future__ import annotations

from ...core import depth
from ..lab_job import WorkerJob


class _Job(WorkerJob):
    """One batch of runs in a worker thread; the GUI polls it (no Qt objects here)."""

    def __init__(
        self,
        functions: list[str],
        config: depth.DepthConfig,
        repeats: int,
        hist_layers: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__("actgui-depth")
        self.functions, self.config, self.repeats = functions, config, repeats
        self.hist_layers = hist_layers
        self.done, self.total = 0, 1
        self.result: list[list[depth.DepthResult]] | None = None

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
        except ValueError as exc:  # a configuration the core refuses: its own message
            self.error = str(exc)
