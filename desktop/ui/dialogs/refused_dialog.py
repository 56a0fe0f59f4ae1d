"""Changes the server refused: what, why, and the two ways out ("Edit and retry…",
"Discard"). The dialog only calls the store's services (`refused_changes`,
`retry_refused`, `discard_refused`), the same ones `influencer-desk refused` uses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes.refused import describe
from desktop.store import Store
from desktop.store.refused import RefusedChange
from desktop.ui.dialogs.influencer_dialog import field_label
from desktop.ui.dialogs.review_list import review_list
from desktop.ui.translation import shown
from shared_models.errors import InvalidValue
from shared_models.records import Entity

ID_ROLE = Qt.ItemDataRole.UserRole
# Fields a person can correct here (references to other records are not typed by hand).
_EDITABLE = ("name", "phone", "notes", "tags", "handle", "email", "category", "profile_url",
             "status")


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


class EditRefusedDialog(QDialog):
    """The refused change's values, to correct before it is sent again."""

    def __init__(self, change: RefusedChange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit and retry"))
        why = QLabel(shown(change.reason))
        why.setWordWrap(True)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in _EDITABLE:
            if name in change.fields:
                edit = QLineEdit(_text(change.fields[name]))
                self.edits[name] = edit
                form.addRow(field_label(Entity(change.entity), name), edit)
        self.original = {name: _text(change.fields[name]) for name in self.edits}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def corrections(self) -> dict[str, Any]:
        """Only the fields the person changed (tags as a list)."""
        out: dict[str, Any] = {}
        for name, edit in self.edits.items():
            if edit.text() != self.original[name]:
                out[name] = ([t.strip() for t in edit.text().split(",") if t.strip()]
                             if name == "tags" else edit.text())
        return out


class RefusedDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.changed = 0
        self.setWindowTitle(self.tr("Changes the server refused"))
        self.resize(860, 360)
        self.retry_button = QPushButton(self.tr("Edit and retry…"))
        self.discard_button = QPushButton(self.tr("Discard"))
        self.retry_button.clicked.connect(self.retry)
        self.discard_button.clicked.connect(self.discard)
        self.table = review_list(
            self, self.tr("These changes were not accepted by the server and are not sent "
                          "again by themselves. Correct and retry each, or discard it to get "
                          "the server's values back."),
            [self.tr("Change"), self.tr("Why")], [self.retry_button, self.discard_button])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reload()

    def reload(self) -> None:
        self.changes = self.store.refused_changes()
        self.table.setRowCount(len(self.changes))
        for row, change in enumerate(self.changes):
            for column, text in enumerate((describe(change), change.reason)):
                item = QTableWidgetItem(shown(text))
                item.setData(ID_ROLE, str(change.op_id))
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        if self.changes:
            self.table.selectRow(0)
        for button in (self.retry_button, self.discard_button):
            button.setEnabled(bool(self.changes))

    def selected(self) -> RefusedChange | None:
        rows = self.table.selectionModel().selectedRows()
        return self.changes[rows[0].row()] if rows else None

    def retry(self) -> None:
        change = self.selected()
        if change is None:
            return
        corrections: dict[str, Any] = {}
        if change.kind == "upsert":
            editor = EditRefusedDialog(change, self)
            if editor.exec() != QDialog.DialogCode.Accepted:
                return
            corrections = editor.corrections()
        try:
            self.store.retry_refused(change.op_id, **corrections)
        except InvalidValue as exc:
            QMessageBox.warning(self, self.windowTitle(), shown(exc.message))
            return
        self.changed += 1
        self.reload()

    def discard(self) -> None:
        change = self.selected()
        if change is None:
            return
        self.store.discard_refused(change.op_id)
        self.changed += 1
        self.reload()


