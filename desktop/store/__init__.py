"""The desktop's local-first store: SQLite tables, repository, search index, outbox.

See docs/dev/store-api.md for the contract the other desktop services code against.
"""

from desktop.store.errors import NotFound
from desktop.store.models import (
    AccountRow,
    MetricValue,
    OutboxEntry,
    SearchQuery,
    SearchResult,
    StoredConflict,
    SyncState,
)
from desktop.store.store import Store

__all__ = [
    "AccountRow",
    "MetricValue",
    "NotFound",
    "OutboxEntry",
    "SearchQuery",
    "SearchResult",
    "Store",
    "StoredConflict",
    "SyncState",
]
