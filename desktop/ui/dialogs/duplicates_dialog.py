"""Tools → Find duplicates…: likely duplicate people with the reasons (desktop/changes/
duplicates.py), two of them side by side, and Merge (desktop/changes/merge.py): the person
on the left is kept, the one on the right merged into them. Undo import… takes a merge back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.changes.duplicates import DuplicateGroup, find_duplicates
from desktop.changes.merge import MergeResult, merge_people
from desktop.changes.who import who_am_i
from desktop.store import Store
from desktop.store.people import PersonKeys
from desktop.ui.runner import JobRunner
from shared_models.phones import display_phone

GROUP_ROLE = Qt.ItemDataRole.UserRole


class DuplicatesDialog(QDialog):
    merged = Signal(object)  # MergeResult

    def __init__(self, store: Store, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.groups: list[DuplicateGroup] = []
        self.result: MergeResult | None = None
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(900, 520)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _: self._show_group())
        self.keep = QComboBox()
        self.other = QComboBox()
        self.keep.currentIndexChanged.connect(lambda _: self._compare())
        self.other.currentIndexChanged.connect(lambda _: self._compare())
        self.compare = QTableWidget(0, 3)
        self.compare.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Keep"),
                                                self.tr("Merge into it")])
        self.compare.verticalHeader().hide()
        self.compare.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self.tr("Looking for likely duplicates …"))
        self.status.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Keep")))
        pick.addWidget(self.keep, 1)
        pick.addWidget(QLabel(self.tr("Merge into it")))
        pick.addWidget(self.other, 1)
        right = QVBoxLayout()
        right.addLayout(pick)
        right.addWidget(self.compare, 1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.search()

    def search(self) -> None:
        store = self.store
        self.runner.start(self.tr("Finding duplicates"), lambda ctx: find_duplicates(store),
                          on_done=self._found, on_error=self.status.setText)

    def _reasons(self, group: DuplicateGroup) -> str:
        names = {"same phone": self.tr("same phone"), "same e-mail": self.tr("same e-mail"),
                 "same handle": self.tr("same handle"),
                 "names equal after normalisation": self.tr("same name"),
                 "similar names with the same phone": self.tr("similar names, same phone")}
        return ", ".join(names[r.value] for r in group.reasons)

    def _found(self, groups: list[DuplicateGroup]) -> None:
        self.groups = groups
        self.list.clear()
        for group in groups:
            item = QListWidgetItem(" / ".join(p.name for p in group.people)
                                   + "\n" + self._reasons(group))
            self.list.addItem(item)
        self.status.setText(self.tr("%n groups of likely duplicates. Nothing is merged "
                                    "until you press Merge.", "", len(groups))
                            if groups else self.tr("No likely duplicates."))
        if groups:
            self.list.setCurrentRow(0)

    def _show_group(self) -> None:
        row = self.list.currentRow()
        group = self.groups[row] if 0 <= row < len(self.groups) else None
        for combo, index in ((self.keep, 0), (self.other, 1)):
            combo.blockSignals(True)
            combo.clear()
            for person in group.people if group else []:
                combo.addItem(f"{person.name}  {display_phone(person.phone)}", person.id)
            combo.setCurrentIndex(min(index, combo.count() - 1))
            combo.blockSignals(False)
        self._compare()

    def _person(self, combo: QComboBox) -> PersonKeys | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.groups):
            return None
        wanted = combo.currentData()
        return next((p for p in self.groups[row].people if p.id == wanted), None)

    def _compare(self) -> None:
        keep, other = self._person(self.keep), self._person(self.other)
        self.merge_button.setEnabled(keep is not None and other is not None
                                     and keep.id != other.id)
        lines: list[tuple[str, str, str]] = []
        if keep is not None and other is not None:
            full = [self.store.get_influencer(p.id) for p in (keep, other)]
            lines = [
                (self.tr("Name"), keep.name, other.name),
                (self.tr("Phone"), display_phone(keep.phone), display_phone(other.phone)),
                (self.tr("Tags"), *(", ".join(p.tags) if p else "" for p in full)),
                (self.tr("Notes"), *(p.notes if p else "" for p in full)),
                (self.tr("E-mails"), ", ".join(sorted(keep.emails)),
                 ", ".join(sorted(other.emails))),
                (self.tr("Accounts"), *(", ".join(
                    f"{a.platform.value}/{a.handle}" for a in self.store.accounts_of(p.id))
                    for p in (keep, other))),
            ]
        self.compare.setRowCount(len(lines))
        for n, values in enumerate(lines):
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col and values[1] and values[2] and values[1] != values[2]:
                    item.setForeground(Qt.GlobalColor.darkRed)  # KEEP's value stays
                self.compare.setItem(n, col, item)
        self.compare.resizeColumnsToContents()

    def merge_selected(self) -> None:
        keep, other = self._person(self.keep), self._person(self.other)
        if keep is None or other is None or keep.id == other.id:
            return
        store = self.store
        self.merge_button.setEnabled(False)
        self.runner.start(self.tr("Merging"),
                          lambda ctx: merge_people(store, keep.id, other.id, who_am_i()),
                          on_done=self._merged, on_error=self.status.setText)

    def _merged(self, result: MergeResult) -> None:
        self.result = result
        text = self.tr("Merged: %1 accounts and %2 consent forms moved to %3. File → Undo "
                       "import… takes it back.")
        self.status.setText(text.replace("%1", str(result.accounts_moved))
                            .replace("%2", str(result.forms_moved))
                            .replace("%3", result.keep.name))
        self.merged.emit(result)
        self.search()
