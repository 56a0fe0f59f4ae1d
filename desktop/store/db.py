"""The SQLite connection layer: WAL, pragmas, one transaction per thread, migrations on open.

Writes take the write lock up front (`BEGIN IMMEDIATE`) so two writers never deadlock on a
lock upgrade; reads use a deferred transaction and see a consistent WAL snapshot. A
transaction opened on a thread is joined by every store call made on that thread, so
`with store.transaction(): ...` makes a whole bulk job commit together or not at all.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

from desktop.store.migrations import migrate

DB_FILE = "desk.sqlite3"
MIN_SQLITE = (3, 34, 0)  # FTS5 trigram tokenizer


def _pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _begin)
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "busy_timeout = 10000",
                   "temp_store = MEMORY", "cache_size = -65536", "mmap_size = 268435456",
                   "foreign_keys = OFF"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One SQLite file; hands out the thread's current connection or a fresh transaction."""

    def __init__(self, path: Path) -> None:
        if sqlite3.sqlite_version_info < MIN_SQLITE:
            raise RuntimeError(f"SQLite {sqlite3.sqlite_version} is too old; "
                               "Influencer Desk needs 3.34 or newer.")
        self.path = path
        # Pooled connections keep their page cache between calls; a connection is used by
        # one thread at a time (the pool hands it out), so check_same_thread can be off.
        self.engine: Engine = create_engine(
            f"sqlite:///{path}", poolclass=QueuePool, pool_size=4, max_overflow=16,
            connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(self.engine, "connect", _pragmas)
        event.listen(self.engine, "begin", _begin)
        self._local = threading.local()
        with self.write() as conn:
            migrate(conn)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def _current(self) -> Connection | None:
        return getattr(self._local, "conn", None)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (joining the thread's open one): commits at the end or not at all."""
        current = self._current
        if current is not None:
            if not current.get_execution_options().get("sqlite_immediate"):
                raise RuntimeError("A write was attempted inside a read-only block.")
            yield current
            return
        with self.engine.connect() as conn:
            conn.execution_options(sqlite_immediate=True)
            self._local.conn = conn
            try:
                with conn.begin():
                    yield conn
            finally:
                self._local.conn = None

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent snapshot for reading (the thread's open transaction if there is one)."""
        current = self._current
        if current is not None:
            yield current
            return
        with self.engine.connect() as conn:
            self._local.conn = conn
            try:
                with conn.begin():
                    yield conn
            finally:
                self._local.conn = None
