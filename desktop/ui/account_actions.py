"""Edit account… and Move to another person…: the account's own fields, with Undo like the
influencer edits. The dialogs call the services in desktop/account_editing.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from uuid import UUID

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack

from desktop.ui import undo
from desktop.ui.dialogs.account_edit_dialog import AccountEditDialog
from desktop.ui.dialogs.move_dialog import MoveAccountDialog
from desktop.ui.shell import Place, WindowShell

D = TypeVar("D", AccountEditDialog, MoveAccountDialog)


class AccountActions(QObject):
    def __init__(self, shell: WindowShell, undo_stack: QUndoStack) -> None:
        super().__init__(shell.dialog_parent())
        self.shell = shell
        self.undo_stack = undo_stack
        self.stopped = False
        self.dialog: AccountEditDialog | MoveAccountDialog | None = None  # the one open
        self.act_edit_account = shell.add_action(
            self.tr("Edit account …"), self.edit_account, "Shift+F2",
            self.tr("Edit the selected account's e-mail, category, status, notes, tags and "
                    "profile address"), places=(Place.EDIT_MENU,))
        self.act_move = shell.add_action(
            self.tr("Move to another person …"), self.move_account,
            tip=self.tr("Give the selected account to another person in the list"),
            places=(Place.EDIT_MENU,))

    def row_actions(self) -> list[QAction]:
        return [self.act_edit_account, self.act_move]

    def stop(self) -> None:
        """The window is closing: an open edit or move dialog closes without saving, and
        no new one opens (nothing it did would reach the undo history)."""
        self.stopped = True
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()

    def update_enabled(self) -> None:
        one = len(self.shell.selected_rows()) == 1
        self.act_edit_account.setEnabled(one)
        self.act_move.setEnabled(one)

    def _selected(self) -> UUID | None:
        rows = self.shell.selected_rows()
        return rows[0].id if len(rows) == 1 else None

    def _accounts_of(self, *people: UUID) -> list[UUID]:
        return [a.id for person in people for a in self.shell.store.accounts_of(person)]

    def _open(self, dialog_class: type[D], done: Callable[[D], None]) -> D | None:
        """The dialog for the one selected (live) account; `done` runs when it closes."""
        account_id = self._selected()
        if (self.stopped or account_id is None
                or self.shell.store.get_account(account_id) is None):
            return None
        dialog = dialog_class(self.shell.store, account_id, self.shell.dialog_parent())
        dialog.finished.connect(lambda _result: done(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_account(self) -> AccountEditDialog | None:
        return self._open(AccountEditDialog, self._edited)

    def _edited(self, dialog: AccountEditDialog) -> None:
        change = dialog.change
        if change is None:
            return
        ids = self._accounts_of(change.influencer_id)
        self.undo_stack.push(undo.edited_account(
            self.shell.store, change, after=lambda: self.shell.refresh_after_change(ids)))
        self.shell.show_status(self.tr("Account saved. Undo with Ctrl+Z."), 5000)

    def move_account(self) -> MoveAccountDialog | None:
        return self._open(MoveAccountDialog, self._moved)

    def _moved(self, dialog: MoveAccountDialog) -> None:
        if dialog.moved_from is None or dialog.moved_to is None:
            return
        ids = self._accounts_of(dialog.moved_from, dialog.moved_to)
        self.undo_stack.push(undo.moved_account(
            self.shell.store, dialog.account_id, dialog.moved_from, dialog.moved_to,
            after=lambda: self.shell.refresh_after_change(ids)))
        person = self.shell.store.get_influencer(dialog.moved_to)
        self.shell.show_status(self.tr("Moved to {name}. Undo with Ctrl+Z.").format(
            name=person.name if person else ""), 5000)
