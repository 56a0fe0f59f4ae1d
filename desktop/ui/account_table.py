"""The table view of one platform tab: sortable, multi-select, handle cells that open the
profile, a context menu, and a column layout that is remembered between sessions."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QCursor, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.store import AccountRow
from desktop.ui.account_model import AccountTableModel
from desktop.ui.links import open_web_link

DEFAULT_WIDTHS = {"name": 120, "handle": 150, "email": 190, "phone": 115, "category": 75,
                  "tags": 110, "daily_visitors": 95, "followers": 95, "metric_age": 80,
                  "other": 160}


@dataclass(frozen=True)
class TablePlace:
    """Where the user is in a table: what is selected (account and the row it was on), the
    current row and the scroll position, so a reload can put them back."""

    selected: tuple[tuple[UUID, int], ...]
    current: tuple[UUID, int] | None
    scroll: int


class AccountTable(QTableView):
    selection_changed = Signal()

    def __init__(self, model: AccountTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        # The indicator first: enabling sorting sorts by it, and the header's default (name,
        # descending) would count the whole result twice more before the window is shown.
        self.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for number, column in enumerate(model.columns):
            self.setColumnWidth(number, DEFAULT_WIDTHS.get(column.key, 110))
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self._settings_key = f"table/{model.platform.value}/header"

    @property
    def account_model(self) -> AccountTableModel:
        model = self.model()
        assert isinstance(model, AccountTableModel)
        return model

    def selected_rows(self) -> list[AccountRow]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        found = (self.account_model.row_at(row) for row in rows)
        return [row for row in found if row is not None]

    def current_row(self) -> AccountRow | None:
        index = self.currentIndex()
        return self.account_model.row_at(index.row()) if index.isValid() else None

    def select_account(self, account_id: UUID) -> bool:
        row = self.account_model.row_of(account_id)
        if row is None:
            return False
        self.selectRow(row)
        self.scrollTo(self.account_model.index(row, 0),
                      QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def place(self) -> TablePlace:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        selected = tuple((r.id, n) for n in rows if (r := self.account_model.row_at(n)))
        index = self.currentIndex()
        current = self.account_model.row_at(index.row()) if index.isValid() else None
        return TablePlace(selected, (current.id, index.row()) if current else None,
                          self.verticalScrollBar().value())

    def _row_now(self, account_id: UUID, row_before: int) -> int | None:
        """The account's row after a reload: usually where it was (that page is read
        anyway to paint it), else wherever it moved among the first pages."""
        if row_before < self.account_model.total:
            found = self.account_model.row_at(row_before)
            if found is not None and found.id == account_id:
                return row_before
        return self.account_model.row_of(account_id)

    def restore_place(self, place: TablePlace) -> None:
        """Select, make current and scroll as before (rows that are gone stay unselected)."""
        self.verticalScrollBar().setValue(place.scroll)
        selection = QItemSelection()
        last = self.account_model.columnCount() - 1
        for account_id, before in place.selected:
            row = self._row_now(account_id, before)
            if row is not None:
                selection.select(self.account_model.index(row, 0),
                                 self.account_model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        if place.current is not None:
            row = self._row_now(*place.current)
            if row is not None:
                self.selectionModel().setCurrentIndex(self.account_model.index(row, 0),
                                                      flags.NoUpdate)
        self.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        self.verticalScrollBar().setValue(place.scroll)

    def _is_handle(self, index: QModelIndex) -> bool:
        return index.isValid() and self.account_model.columns[index.column()].key == "handle"

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over_link = self._is_handle(self.indexAt(event.position().toPoint()))
        self.viewport().setCursor(QCursor(Qt.CursorShape.PointingHandCursor if over_link
                                          else Qt.CursorShape.ArrowCursor))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        plain_click = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.button() == Qt.MouseButton.LeftButton and plain_click and self._is_handle(index):
            row = self.account_model.row_at(index.row())
            if row is not None and row.profile_url:
                open_web_link(row.profile_url)
        super().mouseReleaseEvent(event)

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue(self._settings_key, self.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value(self._settings_key)
        if isinstance(state, QByteArray | bytes):
            self.horizontalHeader().restoreState(QByteArray(state))
