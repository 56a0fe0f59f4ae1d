"""Sync in the window: the status bar (online/offline, pending changes, last sync, a
conflicts badge), F5 to sync now, and a quiet background sync after edits and every few
minutes. The sync itself is `desktop.sync.SyncEngine.sync` on a worker."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.jobs import JobContext
from desktop.store import Store
from desktop.store.attachments import AttachmentRecords
from desktop.ui.dialogs.conflicts_dialog import ConflictsDialog
from desktop.ui.dialogs.refused_dialog import RefusedDialog
from desktop.ui.formatting import age, number
from desktop.ui.runner import Job
from desktop.ui.shell import Place, WindowShell
from desktop.ui.translation import shown
from desktop.updates import available_update
from shared_models.platforms import is_web_address

if TYPE_CHECKING:  # httpx and the engine load with the first sync, not with the window
    from desktop.sync import SyncReport

BACKGROUND_SYNC_MS = 5 * 60_000
AFTER_EDIT_DELAY_MS = 3_000
OFFLINE_RETRY_MS = 30_000
STARTUP_SYNC_DELAY_MS = 1_500


def sync_once(store: Store, ctx: JobContext) -> SyncReport | None:
    """One sync of a connected store (None when not connected). Runs on a worker."""
    # Start-up: the sync engine, the collector and their HTTP stack add ~280 ms to opening
    # the window.
    from desktop.collect.runs import merge_offline_runs
    from desktop.sync import open_engine

    engine = open_engine(store)
    if engine is None:
        return None
    try:
        report = engine.sync(ctx)
    finally:
        engine.close()
    merge_offline_runs(store)  # the server is back: runs collected offline join the office's
    return report


class SyncActions(QObject):
    synced = Signal(object)  # SyncReport | None

    def __init__(self, shell: WindowShell) -> None:
        super().__init__(shell.dialog_parent())
        self.shell = shell
        self.store = shell.store
        self.running = False
        self.job: Job | None = None
        self.stopped = False
        self.again = False
        self.online: bool | None = None
        self.last_problem = ""
        self.act_sync = shell.add_action(self.tr("Sync now"), lambda: self.sync(user=True),
                                         "F5",
                                         self.tr("Send your changes and receive everyone "
                                                 "else's"),
                                         (Place.TOOLBAR, Place.FILE_MENU))

        self.state_label = QLabel()
        self.pending_label = QLabel()
        self.conflicts_button = QPushButton()
        self.conflicts_button.setFlat(True)
        self.conflicts_button.setStyleSheet("color: #c92a2a; font-weight: 600;")
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.refused_button = QPushButton()  # changes the server refused: what, why, fix
        self.refused_button.setFlat(True)
        self.refused_button.setStyleSheet("color: #c92a2a; font-weight: 600;")
        self.refused_button.clicked.connect(self.show_refused)
        # "A new version X is available" with its link, when the sync service advertises one.
        self.update_label = QLabel()
        self.update_label.setOpenExternalLinks(True)
        self.update_label.setVisible(False)
        for widget in (self.update_label, self.state_label, self.pending_label,
                       self.refused_button, self.conflicts_button):
            shell.add_status_widget(widget, permanent=True)

        self.timer = QTimer(self, interval=BACKGROUND_SYNC_MS)
        self.timer.timeout.connect(lambda: self.sync(user=False))
        self.timer.start()
        self.soon = QTimer(self, singleShot=True, interval=AFTER_EDIT_DELAY_MS)
        self.soon.timeout.connect(lambda: self.sync(user=False))
        shell.watch_edits(self.after_edit)
        self.refresh_status()
        # Catch up with what colleagues did while this desktop was closed.
        self.soon.start(STARTUP_SYNC_DELAY_MS)

    def after_edit(self, delay_ms: int = AFTER_EDIT_DELAY_MS) -> None:
        if self.stopped:
            return
        self.refresh_status()
        if self.store.sync_state().server_url:
            self.soon.start(delay_ms)

    def stop(self) -> None:
        """The window is closing: no more syncs from timers; a running sync stops (what it
        did not send stays queued for the next one)."""
        self.stopped = True
        self.timer.stop()
        self.soon.stop()
        if self.job is not None:
            self.job.cancel()

    def sync(self, user: bool) -> None:
        if self.stopped:
            return
        if self.running:
            # F5 during a background sync: run once more when it ends, so nothing is missed.
            self.again = self.again or user
            return
        if not self.store.sync_state().server_url:
            if user:
                self.shell.show_connect()
            return
        self.running = True
        self.state_label.setText(self.tr("Syncing …"))
        # The routine background sync is quiet: no progress widget, no dialogs.
        self.job = self.shell.runner.start(self.tr("Syncing"),
                                           lambda ctx: sync_once(self.store, ctx),
                                 on_done=self._done, on_error=self._failed, quiet=not user)

    def _done(self, report: SyncReport | None) -> None:
        self.running, self.job = False, None
        if self.stopped:
            return
        if self.again:
            self.again = False
            self.sync(user=True)
            return
        self.online = report is not None and report.ok
        self.last_problem = ("; ".join(shown(e) for e in report.errors)
                             if report and report.errors else "")
        if report is not None and (report.pulled or report.remapped):
            self.shell.refresh_after_change()
        if report is not None and report.conflicts:
            self.shell.show_status(
                self.tr("{count} change(s) clashed with edits made on another computer; "
                        "click the red badge below to choose which to keep.").format(
                    count=number(report.conflicts)), 10000)
        self.refresh_status()
        self.synced.emit(report)

    def _failed(self, message: str) -> None:
        self.running, self.job = False, None
        if self.stopped:
            return
        self.online = False
        self.last_problem = shown(message)
        self.refresh_status()
        self.soon.start(OFFLINE_RETRY_MS)
        self.synced.emit(None)

    def refresh_status(self) -> None:
        state = self.store.sync_state()
        waiting, rejected = self.store.outbox_counts()
        conflicts = len(self.store.conflicts())
        if not state.server_url:
            self.state_label.setText(self.tr("● Not connected"))
            self.state_label.setToolTip(self.tr("File → Connect to server"))
        elif self.online is False:
            self.state_label.setText(self.tr("● Offline"))
            self.state_label.setToolTip(self.last_problem + "\n" + self.tr(
                "Your changes are kept and sent when the server is back."))
        else:
            last = age(state.last_sync_at) if state.last_sync_at else self.tr("never")
            self.state_label.setText(self.tr("● Online · synced {when}").format(when=last))
            self.state_label.setToolTip(state.server_url)
        self.state_label.setStyleSheet(
            "color: #2b8a3e;" if state.server_url and self.online is not False
            else "color: #868e96;")
        uploads = len(AttachmentRecords(self.store).waiting_uploads())
        parts = ([self.tr("{count} change(s) to send").format(count=number(waiting))]
                 if waiting else [])
        if uploads:
            parts.append(self.tr("{count} consent form(s) to upload").format(
                count=number(uploads)))
        text = " · ".join(parts) or self.tr("All changes sent")
        self.pending_label.setText(text)
        self.refused_button.setText(self.tr("⚠ %n change(s) refused", "", rejected))
        self.refused_button.setVisible(rejected > 0)
        self.conflicts_button.setText(
            "⚠ " + self.tr("{count} conflict(s)").format(count=number(conflicts)))
        self.conflicts_button.setVisible(conflicts > 0)
        update = available_update(self.store)
        if update is not None:
            download = self.tr("Download")
            link = (f' <a href="{html.escape(update.download_url, quote=True)}">{download}</a>'
                    if update.download_url and is_web_address(update.download_url) else "")
            self.update_label.setText(self.tr("A new version {version} is available.").format(
                version=html.escape(update.version)) + link)
            self.update_label.setToolTip(update.download_url or "")
        self.update_label.setVisible(update is not None)

    def show_refused(self) -> None:
        dialog = RefusedDialog(self.store, self.shell.dialog_parent())
        dialog.exec()
        if dialog.changed:
            self.shell.refresh_after_change()
            self.after_edit()
        self.refresh_status()

    def show_conflicts(self) -> None:
        dialog = ConflictsDialog(self.store, self.shell.dialog_parent())
        dialog.exec()
        if dialog.resolved:
            self.shell.refresh_after_change()
            self.after_edit()
        self.refresh_status()
