"""Add an account to an influencer who is already in the list: pick them by typing any part
of their name, handle or phone, then give the account's handle or profile URL."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import editing
from desktop.editing import AccountDraft, FormErrors
from desktop.store import Store
from desktop.ui.dialogs.fields import FieldWithMessage
from desktop.ui.dialogs.influencer_dialog import field_label, platform_combo
from desktop.ui.dialogs.person_picker import PersonPicker
from shared_models.platforms import Platform
from shared_models.records import Entity


class AccountDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None,
                 influencer_id: UUID | None = None,
                 platform: Platform | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.web_bases = store.web_bases()  # a pasted URL of the desk's sites names the platform
        self.account_id: UUID | None = None
        self.setWindowTitle(self.tr("Add account to an influencer"))
        self.setMinimumWidth(560)

        self.picker = PersonPicker(store, self, preselect=influencer_id)
        self.platform = platform_combo()
        self.handle = QLineEdit(placeholderText=self.tr("handle or profile URL"))
        self.email = QLineEdit()
        self.category = QLineEdit()
        self.boxes = {"platform": FieldWithMessage(self.platform),
                      "handle": FieldWithMessage(self.handle),
                      "email": FieldWithMessage(self.email),
                      "category": FieldWithMessage(self.category)}
        self.handle.textChanged.connect(self._fill_platform)
        if platform is not None:
            self.platform.setCurrentIndex(self.platform.findData(platform.value))

        form = QFormLayout()
        form.addRow(self.tr("Influencer"), self.picker)
        for name, box in self.boxes.items():
            form.addRow(field_label(Entity.ACCOUNT, name), box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The account is added to the influencer you pick.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _fill_platform(self, text: str) -> None:
        found = editing.platform_from_paste(text, self.web_bases)
        if found is not None:
            self.platform.setCurrentIndex(self.platform.findData(found.value))

    def save(self) -> None:
        chosen = self.picker.chosen()
        self.picker.show_error(None if chosen
                               else self.tr("Pick the influencer this account is for."))
        if chosen is None:
            return
        draft = AccountDraft(platform=self.platform.currentData() or "",
                             handle=self.handle.text(), email=self.email.text(),
                             category=self.category.text())
        try:
            account = editing.add_account(self.store, chosen, draft)
        except FormErrors as exc:
            for key, box in self.boxes.items():
                box.show_error(exc.errors.get(key))
            return
        self.account_id = account.id
        self.accept()
