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
from desktop.ui.translation import current_language, shown
from shared_models.platforms import PLATFORMS, Platform

if TYPE_CHECKING:  # the Excel stack loads when first used, not when the window opens
    from desktop.excel.exporting.export import ExportResult
    from desktop.ui.dialogs.import_wizard import ImportWizard

SPREADSHEET_SUFFIXES = {".xlsx", ".xls", ".ods", ".csv"}


class ExcelActions(QObject):
    exported = Signal(object)  # ExportResult

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.window = window
        self.act_import = window._action(self.tr("Import from Excel …"),
                                         lambda: self.open_wizard(), "Ctrl+I",
                                         self.tr("Import influencers from a spreadsheet"))
        self.act_export = window._action(self.tr("Export results to Excel …"), self.export,
                                         "Ctrl+E", self.tr("Export what the table shows"))
        window.toolbar.addAction(self.act_import)
        window.toolbar.addAction(self.act_export)
        window.file_menu.addActions([self.act_import, self.act_export])
        self.wizard: ImportWizard | None = None

    def row_actions(self) -> list[QAction]:
        return [self.act_export]

    def open_wizard(self, path: Path | None = None) -> ImportWizard:
        # Start-up: the import pipeline and its sheet readers load on the first import.
        from desktop.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.window.store, self.window.runner, self.window, path)
        wizard.finished.connect(lambda _: self._wizard_closed(wizard))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _wizard_closed(self, wizard: ImportWizard) -> None:
        if wizard.applied is not None:
            self.window.refresh_after_change()
            self.window.undo_stack.indexChanged.emit(self.window.undo_stack.index())

    def export_query(self, scope: ExportScope | None = None
                     ) -> tuple[SearchQuery, list[Platform] | None]:
        """The search to export and its sheets' platforms. Without a scope: the current
        tab, or only the selected rows when several are selected."""
        model = self.window.models[self.window.platform]
        query = replace(model.query, offset=0, limit=None)
        selected = self.window.selected_rows()
        if scope is None:
            scope = ExportScope.SELECTED if len(selected) > 1 else ExportScope.TAB
        if scope is ExportScope.BOTH:
            return replace(query, platform=None), list(Platform)
        if scope is ExportScope.SELECTED:
            query = replace(query, account_ids=[r.id for r in selected])
        return query, None

    def choose_scope(self) -> ExportScope | None:
        """Ask what to export (the tab, both platforms, the selection)."""
        platform = self.window.platform
        dialog = ExportDialog(PLATFORMS[platform].label, self.window.models[platform].total,
                              sum(m.total for m in self.window.models.values()),
                              len(self.window.selected_rows()), self.window)
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
                     PLATFORMS[self.window.platform].label.replace(" ", "-").lower())
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export results to Excel"),
                stamped_name(f"influencers-{label}"), self.tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
        store = self.window.store
        target = path
        language = current_language()

        def work(ctx: JobContext) -> ExportResult:
            # Start-up: the export's xlsx writer loads on the first export.
            from desktop.excel.exporting.export import export_search

            return export_search(store, target, query, platforms, job=ctx, language=language)

        self.window.runner.start(self.tr("Exporting"), work, on_done=self._exported,
                                 on_error=self._failed)

    def _exported(self, result: ExportResult) -> None:
        self.exported.emit(result)
        box = QMessageBox(self.window)
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
        self.window.show_problem(self.tr("Export"), shown(message))
