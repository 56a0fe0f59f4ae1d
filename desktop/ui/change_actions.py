"""File → Undo import…, Tools → Find duplicates… and Tools → Export history of the results…
(issue 20): the dialogs and jobs over the desktop/changes services; the window repaints after
an undo or a merge."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog

from desktop.jobs import JobContext
from desktop.store import SearchQuery
from desktop.ui.dialogs.duplicates_dialog import DuplicatesDialog
from desktop.ui.dialogs.undo_import_dialog import UndoImportDialog
from desktop.ui.formatting import number, stamped_name
from desktop.ui.runner import OwnJobs
from desktop.ui.shell import Place, WindowShell
from desktop.ui.translation import current_language, shown

if TYPE_CHECKING:  # the sync and Excel stacks load when the history is first exported
    from desktop.changes.history import HistoryExport


class ChangeActions(QObject):
    history_exported = Signal(object)  # HistoryExport

    def __init__(self, shell: WindowShell, search: Callable[[], SearchQuery]) -> None:
        """`search`: the search whose result's history "Export history" writes."""
        super().__init__(shell.dialog_parent())
        self.shell = shell
        self.search = search
        self.jobs = OwnJobs(shell.runner)
        self.undo_dialog: UndoImportDialog | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.act_undo_import = shell.add_action(
            self.tr("Undo import …"), self.show_undo_import, None,
            self.tr("Take back an import or a merge made on this desk"), (Place.FILE_MENU,))
        self.act_duplicates = shell.add_action(
            self.tr("Find duplicates …"), self.show_duplicates, None,
            self.tr("People who are probably one, side by side, to merge"),
            (Place.TOOLS_MENU,))
        self.act_export_history = shell.add_action(
            self.tr("Export history of the results …"), self.export_history, None,
            self.tr("Who changed what on every account the search finds and their people, "
                    "as an Excel workbook (needs the sync server)"), (Place.TOOLS_MENU,))

    def stop(self) -> None:
        """The window is closing: a running history export is cancelled and no new one
        starts (what the dialogs run is the window's runner's, cancelled with the rest)."""
        self.jobs.stop()

    def _changed(self) -> None:
        """An import undone or people merged: repaint, and tell the sync, as after an edit."""
        self.shell.refresh_after_change()
        self.shell.edited_elsewhere()

    def show_undo_import(self) -> UndoImportDialog:
        dialog = UndoImportDialog(self.shell.store, self.shell.runner,
                                  self.shell.dialog_parent())
        dialog.undone.connect(lambda _: self._changed())
        self.undo_dialog = dialog
        dialog.open()
        return dialog

    def show_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.shell.store, self.shell.runner,
                                  self.shell.dialog_parent())
        dialog.merged.connect(lambda _: self._changed())
        self.duplicates_dialog = dialog
        dialog.open()
        return dialog

    def export_history(self, _checked: bool = False, path: Path | None = None) -> None:
        """The history of the current search's result (both platforms) as a workbook: the
        service `influencer-desk history --export` runs, on the runner (progress, Cancel)."""
        query = self.search()
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.shell.dialog_parent(), self.tr("Export history to Excel"),
                stamped_name("history"), self.tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
        store, target, language = self.shell.store, path, current_language()

        def work(ctx: JobContext) -> HistoryExport:
            # Start-up: the sync (HTTP) and Excel stacks load on the first export.
            from desktop.changes.history import export_history

            return export_history(store, target, query, ctx, language)

        self.jobs.start(self.tr("Exporting the history"), work,
                        on_done=self._history_exported,
                        on_error=lambda message: self.shell.show_problem(
                            self.tr("Export history"), shown(message)))

    def _history_exported(self, result: HistoryExport) -> None:
        self.shell.show_status(self.tr(
            "Exported {entries} changes of {records} records to {file}.").format(
            entries=number(result.entries), records=number(result.records),
            file=result.path.name), 10_000)
        self.history_exported.emit(result)
