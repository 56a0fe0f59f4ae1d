"""Conflicts side by side: the value you typed and the value that stands on the server.
"Keep mine" makes your value a new edit (for a record deleted elsewhere: restores it);
"keep theirs" accepts the server's value. Nothing is lost either way until you choose."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from desktop.store import Store
from desktop.ui.dialogs.review_list import review_list
from desktop.ui.formatting import local_time
from desktop.ui.runner import user_message
from desktop.ui.translation import shown
from shared_models.records import label_of
from shared_models.sync import Resolution

ID_ROLE = Qt.ItemDataRole.UserRole


def value_text(value: Any, field: str) -> str:
    if field == "deleted":
        return (QCoreApplication.translate("ConflictsDialog", "deleted") if value
                else QCoreApplication.translate("ConflictsDialog", "not deleted"))
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def field_text(entity: str, field: str) -> str:
    """The field as forms call it ('Phone', '연락처'), not its internal name."""
    if field == "deleted":
        return QCoreApplication.translate("ConflictsDialog", "Deleted or kept")
    return shown(label_of(entity, field))


class ConflictsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.resolved = 0
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize(860, 380)
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_mine.clicked.connect(lambda: self.resolve(Resolution.MINE))
        self.keep_theirs.clicked.connect(lambda: self.resolve(Resolution.THEIRS))
        self.table = review_list(
            self, self.tr("The same field was changed here and on another computer. The "
                          "other computer's value is in the list now; choose which one "
                          "to keep."),
            [self.tr("Record"), self.tr("Field"), self.tr("Your value"),
             self.tr("Value on the server"), self.tr("When")],
            [self.keep_mine, self.keep_theirs])
        self.reload()

    def reload(self) -> None:
        conflicts = self.store.conflicts()
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            cells = [conflict.label or str(conflict.record_id)[:8],
                     field_text(conflict.entity, conflict.field),
                     value_text(conflict.your_value, conflict.field),
                     value_text(conflict.server_value, conflict.field),
                     local_time(conflict.created_at)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, conflict.id)
                if conflict.reason:  # the server's why (a taken name, a deleted person)
                    item.setToolTip(shown(conflict.reason))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if conflicts:
            self.table.selectRow(0)
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(bool(conflicts))

    def resolve(self, keep: Resolution) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.table.item(row, 0).data(ID_ROLE) for row in rows]
        for conflict_id in ids:
            try:
                self.store.resolve_conflict(conflict_id, keep)
            except ValueError as exc:
                QMessageBox.warning(self, self.tr("Conflicts"), shown(user_message(exc)))
                break
            self.resolved += 1
        self.reload()
