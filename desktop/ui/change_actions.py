"""File → Undo import… and Tools → Find duplicates… (issue 20): the dialogs over the
desktop/changes services; the window repaints after an undo or a merge."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.ui.dialogs.duplicates_dialog import DuplicatesDialog
from desktop.ui.dialogs.undo_import_dialog import UndoImportDialog
from desktop.ui.shell import Place, WindowShell


class ChangeActions(QObject):
    def __init__(self, shell: WindowShell) -> None:
        super().__init__(shell.dialog_parent())
        self.shell = shell
        self.undo_dialog: UndoImportDialog | None = None
        self.duplicates_dialog: DuplicatesDialog | None = None
        self.act_undo_import = shell.add_action(
            self.tr("Undo import …"), self.show_undo_import, None,
            self.tr("Take back an import or a merge made on this desk"), (Place.FILE_MENU,))
        self.act_duplicates = shell.add_action(
            self.tr("Find duplicates …"), self.show_duplicates, None,
            self.tr("People who are probably one, side by side, to merge"),
            (Place.TOOLS_MENU,))

    def show_undo_import(self) -> UndoImportDialog:
        dialog = UndoImportDialog(self.shell.store, self.shell.runner,
                                  self.shell.dialog_parent())
        dialog.undone.connect(lambda _: self.shell.refresh_after_change())
        self.undo_dialog = dialog
        dialog.open()
        return dialog

    def show_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.shell.store, self.shell.runner,
                                  self.shell.dialog_parent())
        dialog.merged.connect(lambda _: self.shell.refresh_after_change())
        self.duplicates_dialog = dialog
        dialog.open()
        return dialog
