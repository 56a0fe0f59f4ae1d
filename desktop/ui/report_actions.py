"""Tools → Analyze comments / Verify sponsored posts: the desktop.reports services on the
JobRunner, with progress and Cancel, and the finished workbook one click away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from desktop.jobs import JobContext
from desktop.ui.dialogs.reports_dialogs import AnalyzeCommentsDialog, VerifyPostsDialog
from desktop.ui.runner import OwnJobs
from desktop.ui.shell import Place, WindowShell
from desktop.ui.translation import current_language, shown


class ReportActions(QObject):
    finished = Signal(object)  # CommentAnalysis | VerifyResult
    failed = Signal(str)  # the sentence shown to the user

    def __init__(self, shell: WindowShell) -> None:
        super().__init__(shell.dialog_parent())
        self.shell = shell
        self.jobs = OwnJobs(shell.runner)
        shell.add_separator(Place.TOOLS_MENU)
        self.act_analyze = shell.add_action(self.tr("Analyze comments …"), self.ask_analyze,
                                            None,
                                            self.tr("Commenters and links under Platform A "
                                                    "posts"),
                                            (Place.TOOLS_MENU,))
        self.act_verify = shell.add_action(self.tr("Verify sponsored posts …"), self.ask_verify,
                                           None,
                                           self.tr("Check that posts are still live and "
                                                   "public"),
                                           (Place.TOOLS_MENU,))

    def stop(self) -> None:
        """The window is closing: running reports are cancelled; nothing new starts."""
        self.jobs.stop()

    def _start(self, label: str, work: Callable[[JobContext], Any], title: str) -> None:
        self.jobs.start(label, work, on_done=self._done,
                        on_error=lambda m: self._failed(title, m))

    def ask_analyze(self) -> None:
        dialog = AnalyzeCommentsDialog(self.shell.dialog_parent())
        if dialog.exec():
            self.analyze(dialog.post_urls(), Path(dialog.out.text()),
                         excel=dialog.excel.text().strip() or None,
                         column=dialog.column.text().strip() or None)

    def analyze(self, post_urls: list[str], out: Path, excel: str | None = None,
                column: str | None = None) -> None:
        store = self.shell.store
        language = current_language()

        def work(ctx: JobContext) -> Any:
            # Start-up: the report services (HTTP, workbooks) add ~400 ms to opening the window.
            from desktop.reports import analyze_comments, column_values

            urls = list(post_urls)
            if excel and column:
                urls += column_values(Path(excel), column)
            return analyze_comments(store, urls, ctx, out_path=out, language=language)

        self._start(self.tr("Analyzing comments"), work, self.tr("Comment analysis"))

    def ask_verify(self) -> None:
        dialog = VerifyPostsDialog(self.shell.dialog_parent())
        if dialog.exec():
            self.verify(Path(dialog.source.text()), Path(dialog.out.text()))

    def verify(self, source: Path, out: Path) -> None:
        store = self.shell.store
        language = current_language()

        def work(ctx: JobContext) -> Any:
            # Start-up: the report services (HTTP, workbooks) add ~400 ms to opening the window.
            from desktop.reports import verify_posts

            return verify_posts(store, source, out, ctx, language=language)

        self._start(self.tr("Verifying posts"), work, self.tr("Post verification"))

    def _done(self, result: Any) -> None:
        self.finished.emit(result)
        path = getattr(result, "out_path", None)
        box = QMessageBox(self.shell.dialog_parent())
        box.setWindowTitle(self.tr("Report"))
        summary = shown(result.summary())
        box.setText(summary)
        if path:
            open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
            open_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        self.result_box = box
        self.shell.notify(self.tr("Report ready"), summary.splitlines()[0])

    def _failed(self, title: str, message: str) -> None:
        self.failed.emit(message)
        self.shell.show_problem(title, shown(message))
