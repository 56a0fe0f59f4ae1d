"""Move an account to another person: pick them by typing any part of their name, phone or
handle."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop import account_editing
from desktop.editing import FormErrors
from desktop.store import Store
from desktop.ui.dialogs.person_picker import PersonPicker


class MoveAccountDialog(QDialog):
    def __init__(self, store: Store, account_id: UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.account_id = account_id
        self.moved_from: UUID | None = None
        self.moved_to: UUID | None = None
        self.setWindowTitle(self.tr("Move to another person"))
        self.setMinimumWidth(520)
        account = store.get_account(account_id)
        owner = store.get_influencer(account.influencer_id) if account else None
        self.picker = PersonPicker(store, self, exclude=owner.id if owner else None)
        text = QLabel(self.tr("@{handle} now belongs to {name}. Pick the person it belongs "
                              "to instead.").format(handle=account.handle if account else "",
                                                    name=owner.name if owner else ""))
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = buttons.addButton(self.tr("Move"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)

    def save(self) -> None:
        chosen = self.picker.chosen()
        if chosen is None:
            self.picker.show_error(self.tr("Pick the person the account belongs to."))
            return
        try:
            self.moved_from = account_editing.move_account(self.store, self.account_id, chosen)
        except FormErrors as exc:
            self.picker.show_error(next(iter(exc.errors.values())))
            return
        self.moved_to = chosen
        self.accept()
