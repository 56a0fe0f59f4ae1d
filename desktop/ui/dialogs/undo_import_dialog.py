"""File → Undo import…: the imports and merges done on this desk (when, file, who, counts);
Undo takes the chosen one back (desktop/changes/undo.py) on the job runner and shows what
was kept because someone changed it after."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes.undo import UndoResult, undo_batch
from desktop.store import Store
from desktop.store.batches import BatchInfo
from desktop.ui.runner import JobRunner
from desktop.ui.translation import shown

BATCH_ROLE = Qt.ItemDataRole.UserRole


class UndoImportDialog(QDialog):
    undone = Signal(object)  # UndoResult

    def __init__(self, store: Store, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.result: UndoResult | None = None
        self.setWindowTitle(self.tr("Undo import"))
        self.resize(760, 420)
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("File"),
                                   self.tr("Who"), self.tr("Records")])
        self.list.setRootIsDecorated(False)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.summary = QLabel(self.tr(
            "Undo deletes what the import created and gives changed fields their previous "
            "values, on every desk. Values someone changed after the import are kept."))
        self.summary.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.reload()

    def _counts_text(self, batch: BatchInfo) -> str:
        c = batch.counts
        parts = [self.tr("%n new", "", c.get("influencers_created", 0)
                         + c.get("accounts_created", 0)),
                 self.tr("%n changed", "", c.get("influencers_changed", 0)
                         + c.get("accounts_changed", 0) + c.get("attachments_changed", 0))]
        return ", ".join(parts)

    def reload(self) -> None:
        self.list.clear()
        for batch in self.store.batches():
            kind = self.tr("Import") if batch.kind == "import" else self.tr("Merge")
            if batch.undone_at is not None:
                kind = self.tr("%1 (undone)").replace("%1", kind)
            item = QTreeWidgetItem([batch.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                                    kind, batch.source, batch.who, self._counts_text(batch)])
            item.setData(0, BATCH_ROLE, batch.id)
            item.setDisabled(batch.undone_at is not None)
            self.list.addTopLevelItem(item)
        for column in range(5):
            self.list.resizeColumnToContents(column)
        first = self.list.topLevelItem(0)
        if first is not None and not first.isDisabled():
            self.list.setCurrentItem(first)
        self._enable()

    def _enable(self) -> None:
        item = self.list.currentItem()
        self.undo_button.setEnabled(item is not None and not item.isDisabled())

    def undo_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isDisabled():
            return
        batch_id = item.data(0, BATCH_ROLE)
        store = self.store
        self.undo_button.setEnabled(False)
        self.runner.start(self.tr("Undoing"), lambda ctx: undo_batch(store, batch_id, ctx),
                          on_done=self._done, on_error=self._failed)

    def _done(self, result: UndoResult) -> None:
        self.result = result
        text = self.tr("Undone: %1 people and %2 accounts deleted, %3 values put back.")
        text = (text.replace("%1", str(result.deleted["influencer"]))
                .replace("%2", str(result.deleted["account"]))
                .replace("%3", str(result.restored_fields)))
        if result.skipped:
            text += "\n" + self.tr("Kept because they changed after it:") + "\n" + "\n".join(
                f"• {shown(s.describe())}" for s in result.skipped[:20])
        self.summary.setText(text)
        self.reload()
        self.undone.emit(result)

    def _failed(self, message: str) -> None:
        self.summary.setText(message)
        self._enable()
