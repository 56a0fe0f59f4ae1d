"""Add an influencer with one or more accounts, or edit an influencer's own fields.

Pasting a profile URL into an account row fills its platform; every problem is shown next
to its field when Save is pressed, and nothing is saved until the whole form is right.
"""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import editing
from desktop.editing import AccountDraft, FormErrors, InfluencerDraft
from desktop.store import Store
from desktop.ui.dialogs.fields import FieldWithMessage, NotesEdit
from desktop.ui.translation import platform_label, shown
from shared_models.phones import display_phone
from shared_models.platforms import Platform
from shared_models.records import Entity, label_of


def field_label(entity: Entity, name: str) -> str:
    """What the forms call a field: its shared rule's label, in the user's language."""
    return shown(label_of(entity, name))


def platform_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("InfluencerDialog", "Platform?"), "")
    for platform in Platform:
        combo.addItem(platform_label(platform), platform.value)
    return combo


class AccountRowEditor:
    """One account's inputs in the dialog's grid."""

    def __init__(self, grid: QGridLayout, row: int, on_remove: object,
                 web_bases: Mapping[Platform, str]) -> None:
        self.web_bases = web_bases  # the desk's: a pasted URL of its sites names the platform
        self.platform = platform_combo()
        self.handle = QLineEdit(placeholderText=QCoreApplication.translate(
            "InfluencerDialog", "handle or profile URL"))
        self.email = QLineEdit(placeholderText=QCoreApplication.translate(
            "InfluencerDialog", "email for this account"))
        self.category = QLineEdit(placeholderText=QCoreApplication.translate(
            "InfluencerDialog", "category"))
        self.remove = QPushButton(QCoreApplication.translate("InfluencerDialog", "Remove"))
        self.remove.clicked.connect(on_remove)  # type: ignore[arg-type]
        self.boxes = {
            "platform": FieldWithMessage(self.platform),
            "handle": FieldWithMessage(self.handle),
            "email": FieldWithMessage(self.email),
            "category": FieldWithMessage(self.category),
        }
        self.widgets: list[QWidget] = [*self.boxes.values(), self.remove]
        for column, widget in enumerate(self.widgets):
            grid.addWidget(widget, row, column)
        self.handle.textChanged.connect(self._fill_platform)

    def _fill_platform(self, text: str) -> None:
        platform = editing.platform_from_paste(text, self.web_bases)
        if platform is not None:
            self.platform.setCurrentIndex(self.platform.findData(platform.value))

    def draft(self) -> AccountDraft:
        return AccountDraft(platform=self.platform.currentData() or "",
                            handle=self.handle.text(), email=self.email.text(),
                            category=self.category.text())

    def show_errors(self, errors: dict[str, str], prefix: str) -> None:
        for key, box in self.boxes.items():
            box.show_error(errors.get(prefix + key))

    def dispose(self) -> None:
        for widget in self.widgets:
            widget.setParent(None)
            widget.deleteLater()


class InfluencerDialog(QDialog):
    """New influencer (with accounts) or, given `influencer_id`, edit one."""

    def __init__(self, store: Store, parent: QWidget | None = None,
                 influencer_id: UUID | None = None,
                 first_platform: Platform | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.web_bases = store.web_bases()
        self.influencer_id = influencer_id
        self.created_account_ids: list[UUID] = []
        self.setWindowTitle(self.tr("Edit influencer") if influencer_id
                            else self.tr("Add influencer"))
        self.setMinimumWidth(760)

        self.name = QLineEdit()
        self.phone = QLineEdit(placeholderText="010-1234-5678")
        self.tags = QLineEdit(placeholderText=self.tr("beauty, food, …"))
        self.notes = NotesEdit()
        self.notes.setFixedHeight(60)
        self.boxes = {"name": FieldWithMessage(self.name),
                      "phone": FieldWithMessage(self.phone),
                      "tags": FieldWithMessage(self.tags),
                      "notes": FieldWithMessage(self.notes)}
        form = QFormLayout()
        for name, box in self.boxes.items():
            form.addRow(field_label(Entity.INFLUENCER, name), box)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.rows: list[AccountRowEditor] = []
        self._grid_rows = 0
        if influencer_id is None:
            accounts_box = QGroupBox(self.tr("Accounts"))
            box_layout = QVBoxLayout(accounts_box)
            self.grid = QGridLayout()
            titles = [field_label(Entity.ACCOUNT, "platform"),
                      self.tr("{handle} or profile URL").format(
                          handle=field_label(Entity.ACCOUNT, "handle")),
                      field_label(Entity.ACCOUNT, "email"), field_label(Entity.ACCOUNT, "category")]
            for column, title in enumerate(titles):
                self.grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            box_layout.addLayout(self.grid)
            add = QPushButton(self.tr("Add another account"))
            add.clicked.connect(lambda: self.add_account_row())
            box_layout.addWidget(add)
            layout.addWidget(accounts_box)
            self.add_account_row(first_platform)
        else:
            self._load(influencer_id)

        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #c92a2a;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _load(self, influencer_id: UUID) -> None:
        influencer = self.store.get_influencer(influencer_id)
        if influencer is None:
            return
        self.name.setText(influencer.name)
        self.phone.setText(display_phone(influencer.phone))
        self.tags.setText(", ".join(influencer.tags))
        self.notes.setPlainText(influencer.notes)

    def add_account_row(self, platform: Platform | None = None) -> AccountRowEditor:
        self._grid_rows += 1  # grid rows are never reused, so a removed row leaves no clash
        row_number = self._grid_rows
        editor: AccountRowEditor

        def remove() -> None:
            self.rows.remove(editor)
            editor.dispose()

        editor = AccountRowEditor(self.grid, row_number, remove, self.web_bases)
        if platform is not None:
            editor.platform.setCurrentIndex(editor.platform.findData(platform.value))
        self.rows.append(editor)
        return editor

    def draft(self) -> InfluencerDraft:
        return InfluencerDraft(name=self.name.text(), phone=self.phone.text(),
                               tags=self.tags.text(), notes=self.notes.toPlainText(),
                               accounts=[row.draft() for row in self.rows])

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, box in self.boxes.items():
            box.show_error(errors.get(key))
        for number, row in enumerate(self.rows):
            row.show_errors(errors, f"accounts.{number}.")

    def save(self) -> None:
        try:
            if self.influencer_id is None:
                influencer, accounts = editing.create_influencer(self.store, self.draft())
                self.influencer_id = influencer.id
                self.created_account_ids = [a.id for a in accounts]
            else:
                editing.update_influencer(self.store, self.influencer_id, self.draft())
        except FormErrors as exc:
            self.show_errors(exc.errors)
            return
        self.accept()
