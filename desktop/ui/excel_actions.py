"""Import and export in the window: the import wizard (Ctrl+I, or drop a spreadsheet on
the window) and "Export results to Excel" (Ctrl+E), which asks what to write: the current
tab as shown, both platforms (one sheet each) or only the selected rows."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.jobs import JobContext
from desktop.store import SearchQuery
from desktop.ui.dialogs.export_dialog import ExportDialog, ExportScope
from desktop.ui.formatting import number, stamped_name
from desktop.ui.runner import OwnJobs
from desktop.ui.shell import Place, WindowShell
from desktop.ui.translation import current_language, shown
from shared_models.platforms import PLATFORMS, Platform

if TYPE_CHECKING:  # the Excel stack loads when first used, not when the window opens
    from desktop.excel.exporting.export import ExportResult
    from desktop.ui.dialogs.import_wizard import ImportWizard

SPREADSHEET_SUFFIXES = {".xlsx", ".xls", ".ods", ".csv"}


class ExcelActions(QObject):
    exported = Signal(object)  # ExportResult

    def __init__(self, shell: WindowShell) -> None:
        super().__init__(shell.dialog_parent())
        self.shell = shell
        self.jobs = OwnJobs(shell.runner)
        places = (Place.TOOLBAR, Place.FILE_MENU)
        self.act_import = shell.add_action(self.tr("Import from Excel …"),
                                           lambda: self.open_wizard(), "Ctrl+I",
                                           self.tr("Import influencers from a spreadsheet"),
                                           places)
        self.act_export = shell.add_action(self.tr("Export results to Excel …"), self.export,
                                           "Ctrl+E", self.tr("Export what the table shows"),
                                           places)
        self.wizard: ImportWizard | None = None

    def row_actions(self) -> list[QAction]:
        return [self.act_export]

    def stop(self) -> None:
        """The window is closing: a running export is cancelled and no new one starts (an
        import the wizard runs is the window's runner's, cancelled with the rest)."""
        self.jobs.stop()

    def open_wizard(self, path: Path | None = None) -> ImportWizard:
        # Start-up: the import pipeline and its sheet readers load on the first import.
        from desktop.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.shell.store, self.shell.runner, self.shell.dialog_parent(),
                              path)
        wizard.finished.connect(lambda _: self._wizard_closed(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _wizard_closed(self, wizard: ImportWizard) -> None:
        if wizard.applied is not None:
            self.shell.refresh_after_change()
            self.shell.edited_elsewhere()

    def export_query(self, scope: ExportScope | None = None
                     ) -> tuple[SearchQuery, list[Platform] | None]:
        """The search to export and its sheets' platforms. Without a scope: the current
        tab, or only the selected rows when several are selected."""
        tab_query, _ = self.shell.shown_search(self.shell.current_platform())
        query = replace(tab_query, offset=0, limit=None)
        selected = self.shell.selected_rows()
        if scope is None:
            scope = ExportScope.SELECTED if len(selected) > 1 else ExportScope.TAB
        if scope is ExportScope.BOTH:
            return replace(query, platform=None), list(Platform)
        if scope is ExportScope.SELECTED:
            query = replace(query, account_ids=[r.id for r in selected])
        return query, None

    def choose_scope(self) -> ExportScope | None:
        """Ask what to export (the tab, both platforms, the selection)."""
        platform = self.shell.current_platform()
        totals = {p: self.shell.shown_search(p)[1] for p in Platform}
        dialog = ExportDialog(PLATFORMS[platform].label, totals[platform], sum(totals.values()),
                              len(self.shell.selected_rows()), self.shell.dialog_parent())
        self.scope_dialog = dialog
        return dialog.scope() if dialog.exec() else None

    def export(self, _checked: bool = False, path: Path | None = None,
               scope: ExportScope | None = None) -> None:
        if path is None and scope is None:
            scope = self.choose_scope()
            if scope is None:
                return
        query, platforms = self.export_query(scope)
        if path is None:
            label = ("both-platforms" if platforms else
                     PLATFORMS[self.shell.current_platform()].label.replace(" ", "-").lower())
            chosen, _ = QFileDialog.getSaveFileName(
                self.shell.dialog_parent(), self.tr("Export results to Excel"),
                stamped_name(f"influencers-{label}"), self.tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
        store = self.shell.store
        target = path
        language = current_language()

        def work(ctx: JobContext) -> ExportResult:
            # Start-up: the export's xlsx writer loads on the first export.
            from desktop.excel.exporting.export import export_search

            return export_search(store, target, query, platforms, job=ctx, language=language)

        self.jobs.start(self.tr("Exporting"), work, on_done=self._exported,
                        on_error=self._failed)

    def _exported(self, result: ExportResult) -> None:
        self.exported.emit(result)
        box = QMessageBox(self.shell.dialog_parent())
        box.setWindowTitle(self.tr("Export"))
        box.setText(self.tr("Exported {count} accounts to {file}.").format(
            count=number(result.rows), file=result.path.name))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path))))
        self.result_box = box

    def _failed(self, message: str) -> None:
        self.shell.show_problem(self.tr("Export"), shown(message))
