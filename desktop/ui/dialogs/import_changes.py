"""The import preview's row list (issue 20): what each row would do, with each field's old
and new value, filterable to the rows that change a stored value, and a tick per row to
leave it out of the import. Renders desktop/excel/importing/rowplan.py's RowPlan."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.excel.importing.rowplan import RowAction, RowPlan

MAX_SHOWN = 2000  # lines in the table; the filter narrows a long file down
ROW_ROLE = Qt.ItemDataRole.UserRole


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class ImportChanges(QWidget):
    """Emits `excluded_changed(frozenset[int])` when the user ticks rows in or out."""

    excluded_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RowPlan] = []
        self.excluded: set[int] = set()
        self.only_overwrites = QCheckBox(self.tr("Only rows that change an existing value"))
        self.only_overwrites.toggled.connect(lambda _: self._fill())
        self.note = QLabel()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Import"), self.tr("Row"), self.tr("What happens"), self.tr("Field"),
            self.tr("Now"), self.tr("After the import")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._ticked)
        top = QHBoxLayout()
        top.addWidget(self.only_overwrites)
        top.addStretch(1)
        top.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _action_text(self, row: RowPlan) -> str:
        return {RowAction.CREATE: self.tr("new"), RowAction.UPDATE: self.tr("changes"),
                RowAction.UNCHANGED: self.tr("no change"),
                RowAction.INVALID: self.tr("not imported")}[row.action]

    def show_rows(self, rows: list[RowPlan]) -> None:
        self.rows = [r for r in rows if r.action is not RowAction.INVALID]
        self._fill()

    def _fill(self) -> None:
        wanted = [r for r in self.rows
                  if not self.only_overwrites.isChecked() or r.overwrites
                  or r.row in self.excluded]
        lines: list[tuple[RowPlan, str, str, str]] = []
        for row in wanted:
            if row.changes:
                lines += [(row, c.field, _text(c.old), _text(c.new)) for c in row.changes]
            else:
                lines.append((row, "", "", ""))
        shown = lines[:MAX_SHOWN]
        self.table.blockSignals(True)
        self.table.setRowCount(len(shown))
        last = None
        for n, (row, field, old, new) in enumerate(shown):
            tick = QTableWidgetItem()
            if row.row != last:  # one tick per file row, on its first line
                tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                tick.setCheckState(Qt.CheckState.Unchecked if row.row in self.excluded
                                   else Qt.CheckState.Checked)
                tick.setData(ROW_ROLE, row.row)
            else:
                tick.setFlags(Qt.ItemFlag.ItemIsEnabled)
            last = row.row
            self.table.setItem(n, 0, tick)
            for col, text in enumerate((str(row.row), self._action_text(row), field, old, new),
                                       start=1):
                item = QTableWidgetItem(text)
                if col == 4 and old and row.action is RowAction.UPDATE:
                    item.setForeground(Qt.GlobalColor.darkRed)  # a stored value goes
                self.table.setItem(n, col, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        more = len(lines) - len(shown)
        self.note.setText(self.tr("%n more lines: narrow them with the filter.", "", more)
                          if more > 0 else "")

    def _ticked(self, item: QTableWidgetItem) -> None:
        row = item.data(ROW_ROLE)
        if item.column() != 0 or row is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.excluded.discard(row)
        else:
            self.excluded.add(row)
        self.excluded_changed.emit(frozenset(self.excluded))

    def set_row_included(self, row: int, included: bool) -> None:
        """What a user does with a row's tick."""
        for n in range(self.table.rowCount()):
            item = self.table.item(n, 0)
            if item is not None and item.data(ROW_ROLE) == row:
                item.setCheckState(Qt.CheckState.Checked if included
                                   else Qt.CheckState.Unchecked)
                return
        raise LookupError(f"row {row} is not shown")
