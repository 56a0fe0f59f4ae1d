"""The account table: a Qt model over the local store's search, one per platform tab.

It never holds the whole result. `rowCount` is the search's total; rows are fetched from
the store a page at a time when the view first paints them, and kept in a small page cache.
An edit refreshes just the changed rows in place; a new search, sort or add/delete drops
the cache (the view then asks again only for the page on screen).

A typed search runs on a worker (the window's search `JobRunner`): the count and the first
page arrive together and replace the rows in one reset, so a keystroke never waits for the
store. The previous result stays on screen meanwhile; one search runs at a time per tab, and
a result that a newer query (or a change to the data) has overtaken is dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop.jobs import JobContext
from desktop.store import AccountRow, SearchQuery, SearchResult, Store
from desktop.ui.formatting import age, as_utc, number
from desktop.ui.translation import platform_label, shown
from shared_models.phones import display_phone
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import METRIC_LABELS

if TYPE_CHECKING:
    from desktop.ui.runner import JobRunner

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40
LOOKUP_PAGES = 10  # how far `row_of` reads ahead to find an account
LINK_COLOR = QColor("#1c5fd1")
STALE_COLOR = QColor("#b35c00")
STALE_AFTER_HOURS = 48

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # a stable name, used for remembered layouts and for sorting
    header: str
    sort: str | None  # the store's sort key; None: not sortable
    text: Callable[[AccountRow], str]
    align_right: bool = False


def _metric_value(metric: str) -> Callable[[AccountRow], str]:
    def text(row: AccountRow) -> str:
        value = row.metrics.get(metric)
        return number(value.value) if value else ""
    return text


def _metric_age(metric: str) -> Callable[[AccountRow], str]:
    never = QCoreApplication.translate("AccountTable", "never")

    def text(row: AccountRow) -> str:
        value = row.metrics.get(metric)
        return age(value.observed_at) if value else never
    return text


def columns_for(platform: Platform) -> list[Column]:
    """The table's columns: a choice of what a list shows (docs/dev/adding-a-field.md), not
    the model's fields; every field is in the detail pane, the edit form and the export."""
    metric = PLATFORMS[platform].headline_metric
    other = platform.other
    metric_label = shown(METRIC_LABELS[metric])
    on_other = QCoreApplication.translate("AccountTable", "On {platform}")
    return [
        Column("name", QCoreApplication.translate("AccountTable", "Name"), "name",
               lambda r: r.name),
        Column("handle", QCoreApplication.translate("AccountTable", "Handle"), "handle",
               lambda r: f"@{r.handle}"),
        Column(metric, metric_label, metric, _metric_value(metric), align_right=True),
        Column("metric_age", QCoreApplication.translate("AccountTable", "Updated"), None,
               _metric_age(metric)),
        Column("other", on_other.format(platform=platform_label(other)), None,
               lambda r: ", ".join(f"@{h}" for h in r.other_platform_handles)),
        Column("email", QCoreApplication.translate("AccountTable", "Email"), "email",
               lambda r: r.email),
        Column("phone", QCoreApplication.translate("AccountTable", "Phone"), "phone",
               lambda r: display_phone(r.phone)),
        Column("category", QCoreApplication.translate("AccountTable", "Category"),
               "category", lambda r: r.category),
        Column("tags", QCoreApplication.translate("AccountTable", "Tags"), None,
               lambda r: ", ".join(r.tags)),
    ]


class AccountTableModel(QAbstractTableModel):
    """Rows of one platform's accounts matching `query`; fetched from the store on demand."""

    total_changed = Signal(int)
    search_done = Signal()  # the asked-for search is over: its rows are shown, or it failed
    search_failed = Signal(str)  # a sentence for the user

    def __init__(self, store: Store, platform: Platform, parent: Any = None,
                 runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.platform = platform
        self.columns = columns_for(platform)
        self._runner = runner  # None: searches run on the calling thread
        self._query = SearchQuery(platform=platform, sort="name", limit=PAGE_SIZE)
        self._total = 0
        self._pages: OrderedDict[int, list[AccountRow]] = OrderedDict()
        self._wanted: SearchQuery | None = None  # the newest query not on screen yet
        self._running = False  # a search job of this model is on a worker
        self._generation = 0  # bumped by every newer query or data change
        self._with_rows = True  # the newest search also reads the first page
        self._recount()

    # --- the query -------------------------------------------------------------------------
    @property
    def query(self) -> SearchQuery:
        """The query whose rows are on screen (not one still being searched)."""
        return self._query

    @property
    def searching(self) -> bool:
        """A query was asked for and its result has not replaced the rows yet."""
        return self._wanted is not None

    def set_query(self, query: SearchQuery, first_page: bool = True) -> None:
        """Show a new search; the platform of this tab always applies. With a runner the
        rows change when the result arrives (`search_done`); without, before returning.
        `first_page=False` (a tab not on screen): only count; its rows are read when it
        is first painted."""
        current = self._wanted or self._query
        wanted = replace(query, platform=self.platform, offset=0, limit=PAGE_SIZE,
                         sort=current.sort, descending=current.descending)
        self._with_rows = first_page
        if self._runner is None:
            self._apply(wanted, self.store.search(self._fetched(wanted)))
            return
        self._wanted = wanted
        self._generation += 1
        if not self._running:  # else it starts when the running one returns
            self._start_search()

    def _fetched(self, query: SearchQuery) -> SearchQuery:
        return query if self._with_rows else replace(query, limit=0)

    def _start_search(self) -> None:
        assert self._runner is not None and self._wanted is not None
        query, generation, store = self._wanted, self._generation, self.store
        fetched = self._fetched(query)

        def work(_ctx: JobContext) -> SearchResult:  # on the worker: count and first page
            return store.search(fetched)

        self._running = True
        self._runner.start(f"Searching {self.platform.value}", work, quiet=True,
                           on_done=lambda result: self._arrived(generation, query, result),
                           on_error=lambda message: self._arrived(generation, query, message))

    def _arrived(self, generation: int, query: SearchQuery,
                 result: SearchResult | str) -> None:
        self._running = False
        if generation != self._generation:
            self._start_search()  # overtaken: run the newest query instead
            return
        self._wanted = None
        if isinstance(result, str):
            self.search_failed.emit(result)  # the old rows stay
            self.search_done.emit()
            return
        self._apply(query, result)

    def _apply(self, query: SearchQuery, result: SearchResult) -> None:
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        if result.rows or result.total == 0:  # else only counted: read when painted
            self._pages[0] = list(result.rows)
        self._total = result.total
        self.endResetModel()
        self.total_changed.emit(self._total)
        self.search_done.emit()

    def _data_changed_meanwhile(self) -> None:
        """A running search may have read the data before this change: run it again."""
        if self._wanted is not None:
            self._generation += 1

    def reload(self) -> None:
        """After rows were added or removed: count again; pages refill as they are painted."""
        self._data_changed_meanwhile()
        self.beginResetModel()
        self._pages.clear()
        self._recount()
        self.endResetModel()

    def _recount(self) -> None:
        # Only the count: a tab that is not on screen never fetches rows, and the visible
        # one asks for its first page when it paints (the store keeps the query's matches).
        self._total = self.store.search(replace(self._query, offset=0, limit=0)).total
        self.total_changed.emit(self._total)

    @property
    def total(self) -> int:
        return self._total

    # --- rows ------------------------------------------------------------------------------
    def _page(self, number_: int) -> list[AccountRow]:
        page = self._pages.get(number_)
        if page is None:
            result = self.store.search(replace(self._query, offset=number_ * PAGE_SIZE,
                                               limit=PAGE_SIZE))
            page = list(result.rows)
            self._pages[number_] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number_)
        return page

    def row_at(self, row: int) -> AccountRow | None:
        if not 0 <= row < self._total:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_of(self, account_id: UUID) -> int | None:
        """The row of an account: among the pages already read, else in the first few
        pages (None beyond that; the caller then narrows the search to find it)."""
        for number_, page in list(self._pages.items()):
            for offset, item in enumerate(page):
                if item.id == account_id:
                    return number_ * PAGE_SIZE + offset
        for number_ in range(min(LOOKUP_PAGES, -(-self._total // PAGE_SIZE))):
            if number_ in self._pages:
                continue
            for offset, item in enumerate(self._page(number_)):
                if item.id == account_id:
                    return number_ * PAGE_SIZE + offset
        return None

    def refresh_accounts(self, account_ids: Iterable[UUID]) -> None:
        """Re-read these accounts from the store and repaint their rows in place."""
        wanted = set(account_ids)
        if not wanted:
            return
        self._data_changed_meanwhile()
        fresh = {r.id: r for r in self.store.search(
            SearchQuery(account_ids=list(wanted), limit=None, deleted=self._query.deleted)).rows}
        for number_, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id in wanted and item.id in fresh:
                    page[offset] = fresh[item.id]
                    row = number_ * PAGE_SIZE + offset
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, len(self.columns) - 1))

    # --- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column.key == "handle":
                return row.profile_url
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key == "handle":
                return LINK_COLOR
            if column.key == "metric_age" and self._is_stale(row):
                return STALE_COLOR
        if role == Qt.ItemDataRole.FontRole and column.key == "handle":
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _is_stale(self, row: AccountRow) -> bool:
        value = row.metrics.get(PLATFORMS[self.platform].headline_metric)
        if value is None:
            return True

        return datetime.now(UTC) - as_utc(value.observed_at) > timedelta(hours=STALE_AFTER_HOURS)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None:
            return
        wanted = self._wanted
        if wanted is not None and (key, descending) != (wanted.sort, wanted.descending):
            # A search is on its way: it must come back in this order.
            self._wanted = replace(wanted, sort=key, descending=descending)
            self._generation += 1
        if (key, descending) == (self._query.sort, self._query.descending):
            return  # already in that order (the header asks again when layouts restore)
        # The same matches in another order: the count stands, only the cached pages go.
        self.beginResetModel()
        self._query = replace(self._query, sort=key, descending=descending)
        self._pages.clear()
        self.endResetModel()
