"""The detail pane's History tab (issue 20): who changed what on the selected person and
their accounts -- when, who, from which device, old and new value -- read from the sync
server when the tab is shown (desktop/changes/history.py), never on the window's thread."""

from __future__ import annotations

from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs import JobContext
from desktop.ui.formatting import age
from desktop.ui.shell import WindowShell
from desktop.ui.translation import shown
from shared_models.history import CHANGE_WORDS, HistoryAction, display_value

if TYPE_CHECKING:  # the sync stack loads when the tab is first shown
    from shared_models.history import HistoryEntry


class HistorySection(QWidget):
    """Emits `export_requested` for "Export history of the results …" (the window's
    Tools menu action, ChangeActions.export_history)."""

    export_requested = Signal()

    def __init__(self, shell: WindowShell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.influencer_id: UUID | None = None
        self.loaded_for: UUID | None = None
        self.entries: list[HistoryEntry] = []
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change"),
                                   self.tr("Before"), self.tr("After")])
        self.list.setRootIsDecorated(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export history of the results …"))
        self.export_button.setToolTip(self.tr(
            "Who changed what on every account the search finds and their people, as an "
            "Excel workbook"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit())
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)

    def show_influencer(self, influencer_id: UUID | None) -> None:
        self.influencer_id = influencer_id
        if self.isVisible():
            self.load()

    def showEvent(self, event: object) -> None:  # the tab was opened
        super().showEvent(event)  # type: ignore[arg-type]
        if self.loaded_for != self.influencer_id:
            self.load()

    def load(self) -> None:
        self.list.clear()
        self.loaded_for = wanted = self.influencer_id
        if wanted is None:
            self.message.setText("")
            return
        self.message.setText(self.tr("Reading the history …"))
        store = self.shell.store

        def work(ctx: JobContext) -> list[HistoryEntry]:
            # Start-up: the sync stack (HTTP) adds ~230 ms to opening the window.
            from desktop.changes.history import fetch_history, related_ids

            return fetch_history(store, related_ids(store, str(wanted)), 500)

        self.shell.runner.start(self.tr("Reading the history"), work,
                                on_done=lambda found: self._show(wanted, found),
                                on_error=lambda text: self._failed(wanted, text))

    def _change_text(self, entry: HistoryEntry) -> str:
        thing = self.tr("account") if entry.entity == "account" else ""
        # An update is shown by its field; the other actions by their words.
        text = (entry.field if entry.action is HistoryAction.UPDATE
                else shown(CHANGE_WORDS[entry.action]))
        return f"{thing} {text}".strip()

    def _show(self, wanted: UUID, entries: list[HistoryEntry]) -> None:
        if wanted != self.influencer_id:
            return  # another person was selected meanwhile
        self.entries = entries
        self.list.clear()
        for entry in entries:
            before = "" if entry.action.value != "update" else display_value(entry.old)
            after = "" if entry.action.value != "update" else display_value(entry.new)
            item = QTreeWidgetItem([age(entry.changed_at), f"{entry.actor} · {entry.device_id}",
                                    self._change_text(entry), before, after])
            item.setToolTip(0, entry.changed_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
            self.list.addTopLevelItem(item)
        for column in range(5):
            self.list.resizeColumnToContents(column)
        self.message.setText("" if entries else self.tr("No changes recorded yet."))

    def _failed(self, wanted: UUID, message: str) -> None:
        if wanted == self.influencer_id:
            self.message.setText(message)

