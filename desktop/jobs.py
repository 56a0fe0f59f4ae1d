"""Progress reporting and cancellation for long work (import, export, collection, sync, reports).

Services take a `JobContext`; they call `ctx.progress(done, total, message)` between items
and `ctx.check_cancelled()` (or read `ctx.cancelled`) so the UI's Cancel button and the
CLI's Ctrl-C stop them cleanly. The UI's runner and the CLI's progress bar both feed from
the same callback, so a service never knows who is watching.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


class Cancelled(Exception):
    """Raised by `JobContext.check_cancelled` once Cancel was pressed."""


@dataclass(frozen=True)
class ProgressEvent:
    done: int
    total: int | None
    message: str = ""
    rate_per_s: float | None = None  # items per second since the job started
    eta_s: float | None = None


ProgressCallback = Callable[[ProgressEvent], None]


@dataclass
class JobContext:
    on_progress: ProgressCallback | None = None
    _cancel: threading.Event = field(default_factory=threading.Event)
    _started: float = field(default_factory=time.monotonic)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; return True at once if cancelled meanwhile."""
        return self._cancel.wait(max(0.0, seconds))

    def progress(self, done: int, total: int | None, message: str = "") -> None:
        if self.on_progress is None:
            return
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = done / elapsed if done else None
        eta = (total - done) / rate if rate and total is not None and total >= done else None
        self.on_progress(ProgressEvent(done, total, message, rate, eta))


def quiet() -> JobContext:
    """A context for callers that want neither progress nor cancel (tests, small jobs)."""
    return JobContext()
