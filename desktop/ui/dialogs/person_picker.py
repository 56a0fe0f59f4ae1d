"""Pick a person in the list by typing any part of their name, phone, handle or e-mail
(people without accounts included): used to add an account to someone and to move one."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop import editing
from desktop.store import Store
from desktop.ui.dialogs.fields import FieldWithMessage
from shared_models.phones import display_phone

ID_ROLE = Qt.ItemDataRole.UserRole


class PersonPicker(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None,
                 preselect: UUID | None = None, exclude: UUID | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.exclude = exclude
        self.text = QLineEdit(placeholderText=self.tr("Type a name, handle or phone …"))
        self.text.setClearButtonEnabled(True)
        self.choices = QListWidget()
        self.choices.setMinimumHeight(140)
        self.box = FieldWithMessage(self.choices)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        self.text.textChanged.connect(lambda _: self._timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.box)
        self.refresh(preselect)

    def refresh(self, preselect: UUID | None = None) -> None:
        self.choices.clear()
        for choice in editing.find_influencers(self.store, self.text.text()):
            if choice.id == self.exclude:
                continue
            phone = display_phone(choice.phone)
            text = " · ".join(p for p in (choice.name, phone, " ".join(choice.handles)) if p)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, choice.id)
            self.choices.addItem(item)
            if choice.id == preselect:
                self.choices.setCurrentItem(item)
        if self.choices.currentItem() is None and self.choices.count() == 1:
            self.choices.setCurrentRow(0)

    def chosen(self) -> UUID | None:
        item = self.choices.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def show_error(self, text: str | None) -> None:
        self.box.show_error(text)
