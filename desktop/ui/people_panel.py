"""People with no accounts yet, under the tables: the account tables list accounts, so
someone added without one would be invisible. The search box's text filters them the same
way (name, phone, tags, notes, Korean initials); double-click adds an account to them."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.store import Store
from desktop.ui.formatting import number
from desktop.ui.runner import JobRunner
from shared_models.phones import display_phone
from shared_models.records import Influencer

ID_ROLE = Qt.ItemDataRole.UserRole
_SHOWN = 200  # a list to glance at, not to page through


class PeopleWithoutAccounts(QWidget):
    def __init__(self, store: Store, add_account: Callable[[UUID], object],
                 runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self._asked = 0  # the latest request's number: older answers are dropped
        self.title = QLabel()
        self.people = QListWidget()
        self.people.setMaximumHeight(110)
        self.people.setToolTip(self.tr("Double-click to add an account to this person."))
        self.people.itemActivated.connect(lambda item: add_account(item.data(ID_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.people)
        self.hide()
        self.show_matching("")

    def show_matching(self, text: str, enabled: bool = True) -> None:
        """Look them up on a worker (a scan of the people table), then show the latest.
        Not `enabled` (the recently-deleted view): hidden."""
        self._asked += 1
        if not enabled:
            self.hide()
            return
        asked, store = self._asked, self.store
        self.runner.start("People without accounts",
                          lambda _ctx: store.people_without_accounts(text),
                          on_done=lambda found: self._show(asked, found), quiet=True)

    def _show(self, asked: int, found: list[Influencer]) -> None:
        if asked != self._asked:
            return
        self.people.clear()
        for person in found[:_SHOWN]:
            label = " · ".join(p for p in (person.name, display_phone(person.phone),
                                           ", ".join(person.tags)) if p)
            item = QListWidgetItem(self.tr("{person} — no accounts yet").format(person=label))
            item.setData(ID_ROLE, person.id)
            self.people.addItem(item)
        self.title.setText(self.tr("People without accounts ({count})").format(
            count=number(len(found))))
        self.setVisible(bool(found))
