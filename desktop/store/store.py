"""`Store`: the one entry point to the local SQLite database (see docs/dev/store-api.md)."""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop.store.conflicts import ConflictsMixin
from desktop.store.connection import Connection
from desktop.store.db import DB_FILE, Database
from desktop.store.metrics import MetricsMixin
from desktop.store.records import RecordsMixin
from desktop.store.search import SearchMixin
from desktop.store.syncside import SyncSideMixin


class Store(RecordsMixin, MetricsMixin, SearchMixin, ConflictsMixin, SyncSideMixin):
    """The local store. Thread-safe: each thread gets its own SQLite connection."""

    def __init__(self, db: Database, data_dir: Path) -> None:
        self.db = db
        self.data_dir = data_dir
        self._search_cache = OrderedDict()
        self._search_lock = threading.Lock()

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

    # -- settings ----------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.db.read() as conn:
            row = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?",
                                       (key,)).first()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self.db.write() as conn:
            conn.exec_driver_sql(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                "DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)))
