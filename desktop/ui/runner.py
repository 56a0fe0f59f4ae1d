"""The one way the window runs work that takes time (Anki's CollectionOp, Picard's
run_task): a service call runs on a QThreadPool worker with a JobContext; progress,
the result or a user-readable error come back to the main thread through signals.

    job = runner.start("Collecting Platform B", lambda ctx: collect(store, ctx),
                       on_done=self.show_summary)
    job.cancel()  # the service stops between items
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.jobs import Cancelled, JobContext, ProgressEvent
from shared_models.errors import InvalidValue
from shared_models.texts import Text, user_text

log = logging.getLogger(__name__)

# Progress events are thinned to this interval so a fast job cannot flood the event loop.
PROGRESS_INTERVAL_S = 0.05


UNEXPECTED = user_text("Something unexpected went wrong. Nothing you saved was lost; "
                 "the details are in the log file.")
# Our own modules raise with sentences written for users; a library's exception text is
# for the log only.
_OUR_MODULES = ("desktop.", "shared_models.", "sync_api.", "platform_sim.")


def user_message(exc: BaseException) -> str:
    """What a user reads when a job fails: the service's sentence (a user_text() Text, which the
    display translates), never a traceback or a library's exception text."""
    if isinstance(exc, InvalidValue):
        return exc.message
    first = exc.args[0] if exc.args else None
    if isinstance(first, Text):
        return first
    if isinstance(exc, OSError) and exc.filename and isinstance(exc, PermissionError):
        return user_text("{file} is open in another program or you may not change it. Close it "
                   "there, or choose another place.", file=exc.filename)
    if isinstance(exc, OSError) and exc.filename and isinstance(exc, FileNotFoundError):
        return user_text("{file} was not found. It may have been moved or deleted.",
                   file=exc.filename)
    if isinstance(exc, OSError) and exc.filename:
        return user_text("The file {file} could not be read or written. Check that it is "
                   "reachable and that the disk is not full.", file=exc.filename)
    text = str(exc).strip()
    if (not text or isinstance(exc, AssertionError | AttributeError | TypeError | KeyError)
            or not type(exc).__module__.startswith(_OUR_MODULES)):
        return UNEXPECTED
    return text


class JobSignals(QObject):
    progress = Signal(object)  # ProgressEvent
    succeeded = Signal(object)  # the service's result
    failed = Signal(object)  # a sentence for the user (str, or a user_text() Text: see shown())
    cancelled = Signal()
    finished = Signal()  # after any of the three above


class Job(QRunnable):
    """One service call on a worker thread. Keep a reference to cancel it."""

    def __init__(self, label: str, work: Callable[[JobContext], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.label = label
        self.signals = JobSignals()
        self._work = work
        self._last_emit = 0.0
        self.context = JobContext(on_progress=self._emit_progress)
        self.running = False

    def cancel(self) -> None:
        self.context.cancel()

    def _emit_progress(self, event: ProgressEvent) -> None:
        now = time.monotonic()
        last = event.total is not None and event.done >= event.total
        if last or now - self._last_emit >= PROGRESS_INTERVAL_S:
            self._last_emit = now
            self.signals.progress.emit(event)

    def run(self) -> None:  # on the worker thread
        self.running = True
        try:
            result = self._work(self.context)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # every failure becomes a sentence; the log keeps the detail
            log.exception("%s failed", self.label)
            self.signals.failed.emit(user_message(exc))
        else:
            if self.context.cancelled:
                self.signals.cancelled.emit()
            self.signals.succeeded.emit(result)
        finally:
            self.running = False
            self.signals.finished.emit()


class JobRunner(QObject):
    """Starts jobs on a private thread pool and keeps them alive until they finish."""

    job_started = Signal(object)  # Job
    job_finished = Signal(object)  # Job

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._jobs: dict[QObject, Job] = {}  # by its signals (the sender of `finished`)

    def start(
        self,
        label: str,
        work: Callable[[JobContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[ProgressEvent], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        quiet: bool = False,
    ) -> Job:
        """Run `work(ctx)` on a worker. `quiet` jobs (routine background sync) are not
        announced through `job_started`, so the status bar's progress stays free."""
        job = Job(label, work)
        if on_done:
            job.signals.succeeded.connect(on_done)
        if on_error:
            job.signals.failed.connect(on_error)
        if on_progress:
            job.signals.progress.connect(on_progress)
        if on_cancelled:
            job.signals.cancelled.connect(on_cancelled)
        # A bound method, not a lambda: Qt drops the connection when the runner is deleted
        # (its window closed) before the job ends.
        job.signals.finished.connect(self._finish)
        self._jobs[job.signals] = job
        if not quiet:
            self.job_started.emit(job)
        self._pool.start(job)
        return job

    def _finish(self) -> None:
        job = self._jobs.pop(self.sender(), None)
        if job is not None:
            self.job_finished.emit(job)

    @property
    def active(self) -> list[Job]:
        return list(self._jobs.values())

    def cancel_all(self) -> None:
        for job in list(self._jobs.values()):
            job.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every job has returned (used when the window closes)."""
        return self._pool.waitForDone(timeout_ms)
