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
from dataclasses import dataclass
from functools import partial
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


@dataclass
class _Callbacks:
    """What the caller of `JobRunner.start` wants to hear of one job."""

    job: Job
    on_done: Callable[[Any], None] | None
    on_error: Callable[[str], None] | None
    on_progress: Callable[[ProgressEvent], None] | None
    on_cancelled: Callable[[], None] | None


class JobRunner(QObject):
    """Starts jobs on a private thread pool and keeps them alive until they finish.

    A job's signals reach its callbacks through the runner's own slots (bound methods, not
    lambdas): when the window closes, Qt deletes the runner with it and drops those
    connections, so a job that ends afterwards calls nothing on widgets already deleted."""

    job_started = Signal(object)  # Job
    job_finished = Signal(object)  # Job

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._jobs: dict[QObject, _Callbacks] = {}  # by the job's signals (their sender)

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
        self._jobs[job.signals] = _Callbacks(job, on_done, on_error, on_progress, on_cancelled)
        job.signals.succeeded.connect(self._succeeded)
        job.signals.failed.connect(self._failed)
        job.signals.progress.connect(self._progress)
        job.signals.cancelled.connect(self._cancelled)
        job.signals.finished.connect(self._finish)
        if not quiet:
            self.job_started.emit(job)
        self._pool.start(job)
        return job

    def _callbacks(self) -> _Callbacks | None:
        return self._jobs.get(self.sender())

    def _succeeded(self, result: Any) -> None:
        if (callbacks := self._callbacks()) and callbacks.on_done:
            callbacks.on_done(result)

    def _failed(self, message: str) -> None:
        if (callbacks := self._callbacks()) and callbacks.on_error:
            callbacks.on_error(message)

    def _progress(self, event: ProgressEvent) -> None:
        if (callbacks := self._callbacks()) and callbacks.on_progress:
            callbacks.on_progress(event)

    def _cancelled(self) -> None:
        if (callbacks := self._callbacks()) and callbacks.on_cancelled:
            callbacks.on_cancelled()

    def _finish(self) -> None:
        callbacks = self._jobs.pop(self.sender(), None)
        if callbacks is not None:
            self.job_finished.emit(callbacks.job)

    @property
    def active(self) -> list[Job]:
        return [callbacks.job for callbacks in self._jobs.values()]

    def cancel_all(self) -> None:
        for job in self.active:
            job.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every job has returned (used when the window closes)."""
        return self._pool.waitForDone(timeout_ms)


class OwnJobs:
    """The jobs one actions object started on the window's runner: its `stop()` (the window
    is closing) cancels them, and from then on it starts nothing new."""

    def __init__(self, runner: JobRunner) -> None:
        self.runner = runner
        self.running: set[Job] = set()
        self.stopped = False

    def start(self, label: str, work: Callable[[JobContext], Any],
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[str], None] | None = None) -> Job | None:
        """`JobRunner.start`, or None once stopped."""
        if self.stopped:
            return None
        job = self.runner.start(label, work, on_done=on_done, on_error=on_error)
        self.running.add(job)
        job.signals.finished.connect(partial(self.running.discard, job))
        return job

    def stop(self) -> None:
        self.stopped = True
        for job in list(self.running):
            job.cancel()
