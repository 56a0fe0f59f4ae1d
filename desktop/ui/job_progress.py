"""The status bar's view of running work: what is running, done/total, rate, ETA, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop.jobs import ProgressEvent
from desktop.ui.formatting import number
from desktop.ui.runner import Job
from desktop.ui.translation import shown


def describe(event: ProgressEvent) -> str:
    parts = []
    if event.total is not None:
        parts.append(f"{number(event.done)}/{number(event.total)}")
    elif event.done:
        parts.append(number(event.done))
    if event.rate_per_s:
        per_min = event.rate_per_s * 60
        rate = (QCoreApplication.translate("JobProgress", "{count}/min") if per_min < 600
                else QCoreApplication.translate("JobProgress", "{count}/s"))
        parts.append(rate.format(count=number(round(per_min if per_min < 600
                                                      else event.rate_per_s))))
    if event.eta_s is not None and event.total and event.done < event.total:
        minutes, seconds = divmod(int(event.eta_s), 60)
        parts.append(QCoreApplication.translate("JobProgress", "{time} left").format(
            time=f"{minutes}:{seconds:02d}"))
    if event.message:
        parts.append(shown(event.message))
    return "  ·  ".join(parts)


class JobProgress(QWidget):
    """Shows one job at a time (the latest); hidden when nothing runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.bar = QProgressBar()
        self.bar.setFixedWidth(180)
        self.bar.setTextVisible(False)
        self.detail = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the current item; what is done is kept"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.bar, self.detail, self.cancel_button):
            layout.addWidget(widget)
        self.job: Job | None = None
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def track(self, job: Job) -> None:
        self.job = job
        self.title.setText(f"<b>{job.label}</b>")
        self.bar.setRange(0, 0)  # busy until the first progress event says how much
        self.detail.setText(self.tr("starting …"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        job.signals.progress.connect(self.update_progress)
        job.signals.finished.connect(self._finished)  # bound: dropped if this strip is deleted
        self.show()

    def update_progress(self, event: ProgressEvent) -> None:
        if event.total:
            self.bar.setRange(0, event.total)
            self.bar.setValue(min(event.done, event.total))
        self.detail.setText(describe(event))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Stopping …"))

    def _finished(self) -> None:
        if self.job is not None and self.sender() is self.job.signals:
            self.job = None
            self.hide()
