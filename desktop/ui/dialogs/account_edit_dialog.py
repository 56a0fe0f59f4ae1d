"""Edit one account: handle, profile URL, e-mail, category, status, notes, and the tags of
its person. Every problem shows next to its field when Save is pressed; nothing is saved
until the whole form is right."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import account_editing
from desktop.account_editing import AccountChange, AccountEdit
from desktop.editing import FormErrors
from desktop.store import Store
from desktop.ui.dialogs.fields import FieldWithMessage, NotesEdit
from desktop.ui.dialogs.influencer_dialog import field_label
from desktop.ui.translation import platform_label, shown
from shared_models.records import Entity
from shared_models.rules import STATUS_LABELS, AccountStatus


class AccountEditDialog(QDialog):
    def __init__(self, store: Store, account_id: UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.account_id = account_id
        self.change: AccountChange | None = None
        self.setWindowTitle(self.tr("Edit account"))
        self.setMinimumWidth(560)
        form_values = account_editing.account_form(store, account_id)
        account = store.get_account(account_id)
        person = store.get_influencer(account.influencer_id) if account else None

        self.handle = QLineEdit(form_values.handle)
        self.profile_url = QLineEdit(form_values.profile_url)
        self.email = QLineEdit(form_values.email)
        self.category = QLineEdit(form_values.category)
        self.status = QComboBox()
        for value, label in self._status_labels().items():
            self.status.addItem(label, value)
        self.status.setCurrentIndex(max(0, self.status.findData(form_values.status)))
        self.notes = NotesEdit()
        self.notes.setPlainText(form_values.notes)
        self.notes.setFixedHeight(70)
        self.tags = QLineEdit(form_values.tags)
        # Fields added to the model since this form was laid out: a line each.
        self.more = {name: QLineEdit(form_values.more_fields[name])
                     for name in account_editing.MORE_FIELDS}
        self.boxes = {name: FieldWithMessage(widget) for name, widget in (
            ("handle", self.handle), ("profile_url", self.profile_url), ("email", self.email),
            ("category", self.category), ("status", self.status), *self.more.items(),
            ("notes", self.notes), ("tags", self.tags))}

        form = QFormLayout()
        for name, box in self.boxes.items():
            entity = Entity.INFLUENCER if name == "tags" else Entity.ACCOUNT
            form.addRow(field_label(entity, name), box)
        platform = platform_label(account.platform) if account else ""
        who = person.name if person else ""
        heading = QLabel(self.tr("{platform} account of {name}. Tags belong to the person "
                                 "and show with all their accounts.")
                         .format(platform=platform, name=who))
        heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _status_labels(self) -> dict[str, str]:
        """Every AccountStatus, in this order: the form's longer wording where it has one,
        else the shared label, so a status added to shared_models shows up here too."""
        described = {AccountStatus.ACTIVE: self.tr("Active"),
                     AccountStatus.INACTIVE: self.tr("Inactive (we stopped working with it)"),
                     AccountStatus.NOT_FOUND: self.tr("Not found on the platform")}
        rest = {status: shown(STATUS_LABELS[status])
                for status in AccountStatus if status not in described}
        return {status.value: label for status, label in {**described, **rest}.items()}

    def draft(self) -> AccountEdit:
        return AccountEdit(handle=self.handle.text(), profile_url=self.profile_url.text(),
                           email=self.email.text(), category=self.category.text(),
                           status=self.status.currentData() or "",
                           notes=self.notes.toPlainText(), tags=self.tags.text(),
                           more_fields={name: edit.text() for name, edit in self.more.items()})

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, box in self.boxes.items():
            box.show_error(errors.get(key))

    def save(self) -> None:
        try:
            self.change = account_editing.save_account_edit(self.store, self.account_id,
                                                            self.draft())
        except FormErrors as exc:
            self.show_errors(exc.errors)
            return
        self.accept()
