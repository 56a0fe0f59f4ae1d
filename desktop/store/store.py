"""`Store`: the one entry point to the local SQLite database (see docs/dev/store-api.md)."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from desktop.store.batches import Batches
from desktop.store.conflicts import Conflicts
from desktop.store.connection import Connection
from desktop.store.db import DB_FILE, Database
from desktop.store.metrics import Metrics
from desktop.store.records import Records
from desktop.store.refused import Refused
from desktop.store.search import Search
from desktop.store.settings import Settings
from desktop.store.syncside import SyncSide

P = ParamSpec("P")
T = TypeVar("T")


def _part(name: str, method: Callable[Concatenate[Any, P], T]
          ) -> Callable[Concatenate[Store, P], T]:
    """A Store method that is `method` of the part the store keeps as `name`."""
    @functools.wraps(method)
    def call(self: Store, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return method(getattr(self, name), *args, **kwargs)
    return call


class Store:
    """The local store. Thread-safe: each thread gets its own SQLite connection.

    Made of small parts that share one database: settings, records (influencers and
    accounts), metrics, search, conflicts and the sync side. The store's API (see
    docs/dev/store-api.md) is theirs, called through the store."""

    def __init__(self, db: Database, data_dir: Path) -> None:
        self.db = db
        self.data_dir = data_dir
        self._settings = Settings(db)
        self._records = Records(db, self._settings)
        self._metrics = Metrics(db)
        self._search = Search(db)
        self._conflicts = Conflicts(db, self._records)
        self._sync = SyncSide(db)
        self._refused = Refused(db, self._records)
        self._batches = Batches(db)

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str]) -> Store:
        """Open (creating and migrating as needed) `data_dir / "desk.sqlite3"`."""
        path = Path(data_dir)
        path.mkdir(parents=True, exist_ok=True)
        return cls(Database(path / DB_FILE), path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def transaction(self) -> AbstractContextManager[Connection]:
        """Everything done inside (on this thread) commits together, or nothing does."""
        return self.db.write()

    def bulk_transaction(self) -> AbstractContextManager[Connection]:
        """`transaction()` for a large write (an import): durable when it returns; the copy
        into the database file is left for `checkpoint()` (see Database.bulk_write)."""
        return self.db.bulk_write()

    def checkpoint(self) -> None:
        self.db.checkpoint()

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """Several reads that must see the same state (no writes inside)."""
        with self.db.read() as conn:
            yield conn

    def optimize(self) -> None:
        """Refresh the query planner's statistics (after a large pull or import)."""
        with self.db.write() as conn:
            conn.exec_driver_sql("ANALYZE")

    @property
    def phone_region(self) -> str:
        return self._records.phone_region

    # -- the parts' calls ----------------------------------------------------------------

    get_setting = _part("_settings", Settings.get)
    set_setting = _part("_settings", Settings.set)

    web_base = _part("_records", Records.web_base)
    web_bases = _part("_records", Records.web_bases)
    create_influencer = _part("_records", Records.create_influencer)
    update_influencer = _part("_records", Records.update_influencer)
    delete_influencer = _part("_records", Records.delete_influencer)
    restore_influencer = _part("_records", Records.restore_influencer)
    get_influencer = _part("_records", Records.get_influencer)
    find_influencer = _part("_records", Records.find_influencer)
    follow_merged = _part("_records", Records.follow_merged)
    search_influencers = _part("_records", Records.search_influencers)
    people_without_accounts = _part("_records", Records.people_without_accounts)
    create_account = _part("_records", Records.create_account)
    update_account = _part("_records", Records.update_account)
    move_account = _part("_records", Records.move_account)
    delete_account = _part("_records", Records.delete_account)
    delete_many = _part("_records", Records.delete_many)
    restore_account = _part("_records", Records.restore_account)
    get_account = _part("_records", Records.get_account)
    find_account = _part("_records", Records.find_account)
    accounts_of = _part("_records", Records.accounts_of)

    add_snapshots = _part("_metrics", Metrics.add_snapshots)
    latest_metrics = _part("_metrics", Metrics.latest_metrics)
    metric_history = _part("_metrics", Metrics.metric_history)

    search = _part("_search", Search.search)
    iter_search = _part("_search", Search.iter_search)

    conflicts = _part("_conflicts", Conflicts.conflicts)
    get_conflict = _part("_conflicts", Conflicts.get_conflict)
    resolve_conflict = _part("_conflicts", Conflicts.resolve_conflict)

    record_batch = _part("_batches", Batches.record_batch)
    batches = _part("_batches", Batches.batches)
    get_batch = _part("_batches", Batches.get_batch)
    last_batch = _part("_batches", Batches.last_batch)
    batch_items = _part("_batches", Batches.batch_items)
    created_items = _part("_batches", Batches.created_items)
    mark_undone = _part("_batches", Batches.mark_undone)

    sync_state = _part("_sync", SyncSide.sync_state)
    set_server = _part("_sync", SyncSide.set_server)
    record_sync_result = _part("_sync", SyncSide.record_sync_result)
    reset_cursor = _part("_sync", SyncSide.reset_cursor)
    claim_outbox = _part("_sync", SyncSide.claim_outbox)
    outbox_entries = _part("_sync", SyncSide.outbox_entries)
    outbox_counts = _part("_sync", SyncSide.outbox_counts)
    note_push_error = _part("_sync", SyncSide.note_push_error)
    refused_changes = _part("_refused", Refused.refused_changes)
    retry_refused = _part("_refused", Refused.retry_refused)
    discard_refused = _part("_refused", Refused.discard_refused)
    apply_push_results = _part("_sync", SyncSide.apply_push_results)
    apply_changes = _part("_sync", SyncSide.apply_changes)
    can_pull_initial = _part("_sync", SyncSide.can_pull_initial)
    initial_pull = _part("_sync", SyncSide.initial_pull)
    unsent_resolutions = _part("_sync", SyncSide.unsent_resolutions)
    mark_resolutions_sent = _part("_sync", SyncSide.mark_resolutions_sent)
    open_conflict_ids = _part("_sync", SyncSide.open_conflict_ids)
    settle_conflicts = _part("_sync", SyncSide.settle_conflicts)
