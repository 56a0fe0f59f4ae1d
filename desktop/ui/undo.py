"""Undo for the window's edits (Ctrl+Z). Each command calls the same store services a
button does; deletes are soft, so undoing one is a restore."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.account_editing import AccountChange, apply_account_change
from desktop.store import Store
from desktop.ui.formatting import number


class StoreCommand(QUndoCommand):
    """A change that has already happened when it is pushed (the first redo is skipped)."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None],
                 after: Callable[[], None], already_done: bool = True) -> None:
        super().__init__(text)
        self._do, self._undo, self._after = do, undo, after
        self._skip_first_redo = already_done

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
        else:
            self._do()
        self._after()

    def undo(self) -> None:
        self._undo()
        self._after()


def delete_accounts(store: Store, ids: list[UUID], after: Callable[[], None]) -> StoreCommand:
    """Deletes now (as it is pushed); undo restores them."""
    def do() -> None:
        with store.transaction():
            for account_id in ids:
                store.delete_account(account_id)

    def undo() -> None:
        with store.transaction():
            for account_id in ids:
                store.restore_account(account_id)

    label = (QCoreApplication.translate("Undo", "Delete account") if len(ids) == 1
             else QCoreApplication.translate("Undo", "Delete {count} accounts").format(
                 count=number(len(ids))))
    return StoreCommand(label, do, undo, after, already_done=False)


def restore_accounts(store: Store, ids: list[UUID], after: Callable[[], None]) -> StoreCommand:
    def do() -> None:
        with store.transaction():
            for account_id in ids:
                store.restore_account(account_id)

    def undo() -> None:
        with store.transaction():
            for account_id in ids:
                store.delete_account(account_id)

    label = (QCoreApplication.translate("Undo", "Restore account") if len(ids) == 1
             else QCoreApplication.translate("Undo", "Restore {count} accounts").format(
                 count=number(len(ids))))
    return StoreCommand(label, do, undo, after, already_done=False)


def added_influencer(store: Store, influencer_id: UUID, name: str,
                     after: Callable[[], None]) -> StoreCommand:
    """The add dialog already saved; undo deletes the new influencer (and their accounts)."""
    return StoreCommand(QCoreApplication.translate("Undo", "Add {name}").format(name=name),
                        do=lambda: store.restore_influencer(influencer_id),
                        undo=lambda: store.delete_influencer(influencer_id),
                        after=after)


def added_account(store: Store, account_id: UUID, after: Callable[[], None]) -> StoreCommand:
    return StoreCommand(QCoreApplication.translate("Undo", "Add account"),
                        do=lambda: store.restore_account(account_id),
                        undo=lambda: store.delete_account(account_id),
                        after=after)


def edited_influencer(store: Store, influencer_id: UUID, before: dict[str, object],
                      after_fields: dict[str, object],
                      after: Callable[[], None]) -> StoreCommand:
    return StoreCommand(QCoreApplication.translate("Undo", "Edit influencer"),
                        do=lambda: store.update_influencer(influencer_id, **after_fields),
                        undo=lambda: store.update_influencer(influencer_id, **before),
                        after=after)


def edited_account(store: Store, change: AccountChange,
                   after: Callable[[], None]) -> StoreCommand:
    """The edit dialog already saved; undo writes back the fields it changed."""
    return StoreCommand(QCoreApplication.translate("Undo", "Edit account"),
                        do=lambda: apply_account_change(store, change, undo=False),
                        undo=lambda: apply_account_change(store, change, undo=True),
                        after=after)


def moved_account(store: Store, account_id: UUID, from_id: UUID, to_id: UUID,
                  after: Callable[[], None]) -> StoreCommand:
    return StoreCommand(QCoreApplication.translate("Undo", "Move account"),
                        do=lambda: store.move_account(account_id, to_id),
                        undo=lambda: store.move_account(account_id, from_id),
                        after=after)
