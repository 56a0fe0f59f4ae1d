"""The window's collection work: "Collect Platform B metrics", "Collect Platform A metrics
now", "Collect selected accounts", and the daily Platform A schedule shown in the status bar.
Each runs `desktop.collect.runs.collect` through the JobRunner; the result becomes a
summary dialog, and a tray notification when the window is in the background."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.collect.errors import format_clock
from desktop.collect.schedule import done_by_other_desk, next_daily_run
from desktop.jobs import JobContext
from desktop.ui.formatting import local_time, number
from desktop.ui.runner import Job
from desktop.ui.shell import Place, WindowShell
from desktop.ui.translation import platform_label, shown
from shared_models.platforms import Platform

if TYPE_CHECKING:  # a type only: its report model (pydantic) adds ~100 ms to the start
    from desktop.collect.outcomes import RunResult

SCHEDULE_CHECK_MS = 60_000
LABEL_DELAY_MS = 200  # the status bar's schedule text, once the window has painted


class CollectActions(QObject):
    """The collect actions of a window; emits `finished(result)` after each run."""

    finished = Signal(object)  # RunResult

    def __init__(self, shell: WindowShell) -> None:
        super().__init__(shell.dialog_parent())
        self.shell = shell
        self.store = shell.store
        self.running: dict[Platform, Job] = {}
        self.stopped = False
        self.last_daily_result = ""
        both = (Place.TOOLBAR, Place.TOOLS_MENU)
        self.act_collect_b = shell.add_action(
            self.tr("Collect Platform B metrics"), lambda: self.start(Platform.B),
            "Ctrl+Shift+B", self.tr("Collect followers of every Platform B account"), both)
        self.act_collect_a = shell.add_action(
            self.tr("Collect Platform A metrics now"), lambda: self.start(Platform.A),
            "Ctrl+Shift+A",
            self.tr("Collect today's Platform A visitors now instead of waiting for the daily "
                    "run"), both)
        self.act_collect_selected = shell.add_action(
            self.tr("Collect selected accounts"), self.collect_selected, None,
            self.tr("Collect metrics of the selected rows"), (Place.TOOLS_MENU,))
        self.schedule_label = QLabel()
        shell.add_status_widget(self.schedule_label)
        self.office_label = QLabel()  # "Platform B is paused until 14:32 — ..."
        self.office_label.hide()
        shell.add_status_widget(self.office_label, permanent=True)  # outlasts messages
        self.timer = QTimer(self)
        self.timer.setInterval(SCHEDULE_CHECK_MS)
        self.timer.timeout.connect(self.check_schedule)
        self.timer.start()
        self.first_check = QTimer(self, singleShot=True, interval=LABEL_DELAY_MS)
        self.first_check.timeout.connect(self.update_schedule_label)
        self.first_check.start()

    def row_actions(self) -> list[QAction]:
        return [self.act_collect_selected]

    def stop(self) -> None:
        """The window is closing: no more scheduled runs; running ones stop resumably."""
        self.stopped = True
        self.timer.stop()
        self.first_check.stop()
        for job in list(self.running.values()):
            job.cancel()

    # --- starting runs ---------------------------------------------------------------------
    def start(self, platform: Platform, account_ids: Sequence[UUID] | None = None,
              daily: bool = False) -> Job | None:
        if self.stopped:
            return None
        if platform in self.running:
            self.shell.show_status(self.tr("{platform} is already being collected.").format(
                platform=platform_label(platform)), 5000)
            return None
        label = self.tr("Collecting {platform}").format(platform=platform_label(platform))
        ids = list(account_ids) if account_ids else None

        def work(ctx: JobContext) -> RunResult | None:
            # Start-up: the collector and its HTTP stack add ~280 ms to opening the window.
            from desktop.collect.daily import run_if_due
            from desktop.collect.runs import collect

            if daily:
                return run_if_due(self.store, ctx)
            return collect(self.store, platform, ctx, account_ids=ids)

        job = self.shell.runner.start(
            label, work,
            on_done=lambda result: self._done(platform, result, daily),
            on_error=lambda message: self._failed(platform, message))
        self.running[platform] = job
        job.signals.finished.connect(lambda: self.running.pop(platform, None))
        return job

    def collect_selected(self) -> None:
        rows = self.shell.selected_rows()
        for platform in Platform:
            ids = [r.id for r in rows if r.platform == platform.value]
            if ids:
                self.start(platform, ids)

    def check_schedule(self) -> None:
        """Called every minute: start the daily Platform A run when it is due."""
        due = next_daily_run(self.store)
        if due is not None and due <= datetime.now().astimezone():
            self.start(Platform.A, daily=True)
        self.update_schedule_label()

    # --- results ---------------------------------------------------------------------------
    def _done(self, platform: Platform, result: RunResult | None, daily: bool) -> None:
        if result is None:  # the daily run was not due after all
            return
        changed = [UUID(o.account_id) for o in result.outcomes]
        self.shell.refresh_after_change(changed)
        self.show_office_pause(platform, result)
        if daily:
            counts = result.counts()
            self.last_daily_result = self.tr("last run: {ok} collected, {failed} failed").format(
                ok=number(counts["ok"]), failed=number(counts["error"] + counts["blocked"]))
        self.update_schedule_label()
        self.finished.emit(result)
        self.shell.notify(self.tr("{platform} collection finished").format(
            platform=platform_label(platform)), shown(result.summary()).splitlines()[0])
        if not daily:
            self.show_summary(result)

    def _failed(self, platform: Platform, message: str) -> None:
        label = platform_label(platform)
        self.shell.notify(self.tr("{platform} collection failed").format(platform=label),
                          shown(message))
        self.shell.show_problem(
            self.tr("Collecting {platform}").format(platform=label),
            shown(message) + "\n\n" + self.tr("What was collected before this is kept; run it "
                                              "again to continue."))

    def show_summary(self, result: RunResult) -> None:
        box = QMessageBox(self.shell.dialog_parent())
        box.setWindowTitle(self.tr("{platform} collection").format(
            platform=platform_label(result.platform)))
        counts = result.counts()
        box.setText(self.tr("{ok} collected · {not_found} not found · {blocked} blocked · "
                            "{failed} failed").format(
            ok=f"<b>{number(counts['ok'])}</b>", not_found=f"<b>{number(counts['not_found'])}</b>",
            blocked=f"<b>{number(counts['blocked'])}</b>",
            failed=f"<b>{number(counts['error'])}</b>"))
        box.setInformativeText(shown(result.summary()))
        failed = [f"@{o.handle}: {shown(o.reason)}" for o in result.outcomes
                  if o.outcome != "ok"]
        if failed:
            box.setDetailedText("\n".join(failed))
        box.setIcon(QMessageBox.Icon.Information if counts["error"] == 0
                    else QMessageBox.Icon.Warning)
        box.open()
        self.summary_box = box

    def show_office_pause(self, platform: Platform, result: RunResult) -> None:
        """A block seen by any desk stops the whole office: say so until it ends."""
        until = result.blocked_until
        if until is None or result.office not in ("started", "joined"):
            self.office_label.hide()
            return
        text = self.tr("{platform} is paused until {time} — the platform blocked the "
                       "office").format(platform=platform_label(platform),
                                        time=format_clock(until))
        self.office_label.setText(text)
        self.office_label.show()
        self.shell.show_status(text, 10_000)

    def update_schedule_label(self) -> None:
        due = next_daily_run(self.store)
        if due is None:
            text = self.tr("Platform A daily run: off")
        elif due <= datetime.now().astimezone():  # the slot passed with no run since
            text = self.tr("Platform A daily run: due now (since {when})").format(
                when=local_time(due))
        else:
            text = self.tr("Platform A daily run: next {when}").format(when=local_time(due))
        other = done_by_other_desk(self.store)
        if other is not None:
            desk, at = other
            text = self.tr("Platform A: collected today at {time} by {desk}").format(
                time=at.strftime("%H:%M"), desk=desk)
        elif self.last_daily_result:
            text += f" ({self.last_daily_result})"
        self.schedule_label.setText(text)
