"""Tools → Analyze comments / Verify sponsored posts: the desktop.reports services on the
JobRunner, with progress and Cancel, and the finished workbook one click away."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from desktop.jobs import JobContext


class ReportActions(QObject):
    finished = Signal(object)  # CommentAnalysis | VerifyResult
    failed = Signal(str)  # the sentence shown to the user

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.window = window
        self.act_analyze = window._action("Analyze comments …", self.ask_analyze, None,
                                          "Commenters and links under Platform A posts")
        self.act_verify = window._action("Verify sponsored posts …", self.ask_verify, None,
                                         "Check that posts are still live and public")
        window.tools_menu.addSeparator()
        window.tools_menu.addActions([self.act_analyze, self.act_verify])

    def ask_analyze(self) -> None:
        from desktop.ui.dialogs.reports_dialogs import AnalyzeCommentsDialog

        dialog = AnalyzeCommentsDialog(self.window)
        if dialog.exec():
            self.analyze(dialog.post_urls(), Path(dialog.out.text()),
                         excel=dialog.excel.text().strip() or None,
                         column=dialog.column.text().strip() or None)

    def analyze(self, post_urls: list[str], out: Path, excel: str | None = None,
                column: str | None = None) -> None:
        store = self.window.store

        def work(ctx: JobContext) -> Any:
            from desktop.reports import analyze_comments, column_values

            urls = list(post_urls)
            if excel and column:
                urls += column_values(Path(excel), column)
            return analyze_comments(store, urls, ctx, out_path=out)

        self.window.runner.start("Analyzing comments", work, on_done=self._done,
                                 on_error=lambda m: self._failed("Comment analysis", m))

    def ask_verify(self) -> None:
        from desktop.ui.dialogs.reports_dialogs import VerifyPostsDialog

        dialog = VerifyPostsDialog(self.window)
        if dialog.exec():
            self.verify(Path(dialog.source.text()), Path(dialog.out.text()))

    def verify(self, source: Path, out: Path) -> None:
        store = self.window.store

        def work(ctx: JobContext) -> Any:
            from desktop.reports import verify_posts

            return verify_posts(store, source, out, ctx)

        self.window.runner.start("Verifying posts", work, on_done=self._done,
                                 on_error=lambda m: self._failed("Post verification", m))

    def _done(self, result: Any) -> None:
        self.finished.emit(result)
        path = getattr(result, "out_path", None)
        box = QMessageBox(self.window)
        box.setWindowTitle("Report")
        box.setText(result.summary())
        if path:
            open_button = box.addButton("Open", QMessageBox.ButtonRole.AcceptRole)
            open_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        self.result_box = box
        self.window.notify("Report ready", result.summary().splitlines()[0])

    def _failed(self, title: str, message: str) -> None:
        self.failed.emit(message)
        self.window.show_problem(title, message)
