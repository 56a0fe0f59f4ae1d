"""Background jobs (desktop/ui/runner.py) and the window that started them."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QLabel, QWidget

from desktop.jobs import JobContext
from desktop.ui.job_progress import JobProgress
from desktop.ui.runner import Job, JobRunner


def _slow(_ctx: JobContext) -> str:
    time.sleep(0.3)
    return "done"


def test_a_finished_job_is_forgotten_and_its_progress_strip_hides(qtbot) -> None:
    window = QWidget()
    runner = JobRunner(window)
    progress = JobProgress(window)
    finished: list[Job] = []
    runner.job_finished.connect(finished.append)
    job = runner.start("People without accounts", _slow)
    progress.track(job)
    assert runner.active == [job] and progress.job is job
    qtbot.waitUntil(lambda: finished == [job], timeout=5000)
    assert runner.active == [] and progress.job is None and progress.isHidden()


def test_a_job_that_ends_after_its_window_closed_touches_nothing_deleted(qtbot) -> None:
    """Closing the window deletes its runner, progress strip and labels while work still
    runs on a worker: the jobs' ends must not reach them (pytest-qt fails the test on any
    exception raised in the event loop), and their callbacks go with the window."""
    window = QWidget()
    runner = JobRunner(window)
    progress = JobProgress(window)
    label = QLabel(window)
    done: list[object] = []
    job = runner.start("People without accounts", _slow, on_done=done.append)
    progress.track(job)
    shown = runner.start("Report", _slow, on_done=label.setText,
                         on_progress=lambda event: label.setText(str(event.done)))
    window.deleteLater()
    qtbot.waitUntil(lambda: not job.running and not shown.running, timeout=5000)
    qtbot.wait(100)  # the jobs' queued signals are delivered: to nothing deleted
    assert done == []
