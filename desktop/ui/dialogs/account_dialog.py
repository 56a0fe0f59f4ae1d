"""Add an account to an influencer who is already in the list: pick them by typing any part
of their name, handle or phone, then give the account's handle or profile URL."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import editing
from desktop.editing import AccountDraft, FormErrors
from desktop.store import Store
from desktop.ui.dialogs.fields import FieldWithMessage
from desktop.ui.dialogs.influencer_dialog import field_label, platform_combo
from shared_models.phones import display_phone
from shared_models.platforms import Platform
from shared_models.records import Entity

ID_ROLE = Qt.ItemDataRole.UserRole


class AccountDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None,
                 influencer_id: UUID | None = None,
                 platform: Platform | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.account_id: UUID | None = None
        self.setWindowTitle(self.tr("Add account to an influencer"))
        self.setMinimumWidth(560)

        self.picker_text = QLineEdit(placeholderText=self.tr("Type a name, handle or phone …"))
        self.picker_text.setClearButtonEnabled(True)
        self.picker = QListWidget()
        self.picker.setMinimumHeight(140)
        self.picker_box = FieldWithMessage(self.picker)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh_choices)
        self.picker_text.textChanged.connect(lambda _: self._timer.start())

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
        form.addRow(self.tr("Influencer"), self.picker_text)
        form.addRow("", self.picker_box)
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
        self.refresh_choices(preselect=influencer_id)

    def refresh_choices(self, preselect: UUID | None = None) -> None:
        self.picker.clear()
        for choice in editing.find_influencers(self.store, self.picker_text.text()):
            phone = display_phone(choice.phone)
            text = " · ".join(p for p in (choice.name, phone, " ".join(choice.handles)) if p)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, choice.id)
            self.picker.addItem(item)
            if choice.id == preselect:
                self.picker.setCurrentItem(item)
        if self.picker.currentItem() is None and self.picker.count() == 1:
            self.picker.setCurrentRow(0)

    def _fill_platform(self, text: str) -> None:
        found = editing.platform_from_paste(text)
        if found is not None:
            self.platform.setCurrentIndex(self.platform.findData(found.value))

    def save(self) -> None:
        item = self.picker.currentItem()
        self.picker_box.show_error(None if item
                                   else self.tr("Pick the influencer this account is for."))
        if item is None:
            return
        draft = AccountDraft(platform=self.platform.currentData() or "",
                             handle=self.handle.text(), email=self.email.text(),
                             category=self.category.text())
        try:
            account = editing.add_account(self.store, item.data(ID_ROLE), draft)
        except FormErrors as exc:
            for key, box in self.boxes.items():
                box.show_error(exc.errors.get(key))
            return
        self.account_id = account.id
        self.accept()
