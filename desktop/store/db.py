"""The SQLite connection layer: WAL, pragmas, one transaction per thread, migrations on open.

Plain `sqlite3` (SQLAlchemy cost ~0.4 s of import for what is a pool and `exec_driver_sql`).
`Connection.exec_driver_sql(sql, params)` keeps the call shape the store (and
`desktop/store/bulk.py`) was written against: a tuple runs once, a list of tuples runs
`executemany`; the result has `all() / first() / one() / scalar() / scalar_one()`,
`rowcount` and iteration.

Writes take the write lock up front (`BEGIN IMMEDIATE`) so two writers never deadlock on a
lock upgrade; reads use a deferred transaction and see a consistent WAL snapshot. A
transaction opened on a thread is joined by every store call made on that thread, so
`with store.transaction(): ...` makes a whole bulk job commit together or not at all.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from desktop.store.connection import Connection
from desktop.store.migrations import current_version, migrate

DB_FILE = "desk.sqlite3"
MIN_SQLITE = (3, 34, 0)  # FTS5 trigram tokenizer
_POOL_SIZE = 4
_PRAGMAS = ("journal_mode = WAL", "synchronous = NORMAL", "busy_timeout = 10000",
            "temp_store = MEMORY", "cache_size = -65536", "mmap_size = 268435456",
            "foreign_keys = OFF", "wal_autocheckpoint = 4000")
# wal_autocheckpoint: SQLite copies the log into the database file (with two fsyncs) in the
# commit that takes the log past this many pages. At its default, 1000, a push of an
# import's ops (~125 pages of log per batch: the claim and the apply) did so every 8th
# batch, ~1 ms a batch on average; at 4000 (a 16 MB log) that halves. A push now asks for a
# checkpoint on a helper thread after each batch (`checkpoint_behind`), so its own commits
# rarely reach 4000 pages at all.
_BULK_PRAGMAS = ("synchronous = FULL", "wal_autocheckpoint = 0")  # see Database.bulk_write

class Database:
    """One SQLite file; hands out the thread's current connection or a fresh transaction.

    `version` changes whenever this process commits (or rolls back) a write, and
    `data_version()` also notices commits by other processes: caches of query results
    (search totals) are keyed by it.
    """

    def __init__(self, path: Path) -> None:
        if sqlite3.sqlite_version_info < MIN_SQLITE:
            raise RuntimeError(f"SQLite {sqlite3.sqlite_version} is too old; "
                               "Influencer Desk needs 3.34 or newer.")
        self.path = path
        self.version = 0
        self._external = 0
        self._local = threading.local()
        self._lock = threading.Lock()
        self._idle: list[Connection] = []  # pooled connections keep their page cache
        self._closed = False
        self._checkpointer: threading.Thread | None = None
        self._checkpoint_asked = threading.Event()
        # The write lock only when the schema is behind (opening is then one cheap read).
        with self.read() as conn:
            stale = conn.exec_driver_sql("PRAGMA user_version").scalar_one() != current_version()
        if stale:
            with self.write() as conn:
                migrate(conn)

    def _connect(self) -> Connection:
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None,
                               check_same_thread=False, factory=Connection,
                               cached_statements=256)
        assert isinstance(conn, Connection)
        for pragma in _PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
        return conn

    def _acquire(self) -> Connection:
        with self._lock:
            if self._closed:
                raise RuntimeError("The store is closed.")
            if self._idle:
                return self._idle.pop()
        return self._connect()

    def _release(self, conn: Connection) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < _POOL_SIZE:
                self._idle.append(conn)
                return
        conn.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            checkpointer = self._checkpointer
        if checkpointer is not None:  # let a running checkpoint end, then the thread
            self._checkpoint_asked.set()
            checkpointer.join()
        for conn in idle:
            conn.close()

    @property
    def _current(self) -> Connection | None:
        return getattr(self._local, "conn", None)

    def in_transaction(self) -> bool:
        """Whether this thread is inside a store transaction or snapshot."""
        return self._current is not None

    def data_version(self, conn: Connection) -> tuple[int, int]:
        """A key that changes whenever the data may have changed (any process, any thread).

        Call it on a fresh transaction before its first read, so the snapshot is at least
        as new as the key says.
        """
        key = self.version
        seen = conn.exec_driver_sql("PRAGMA data_version").scalar_one()
        if seen != conn.seen_data_version:  # someone else committed since (or a new conn)
            conn.seen_data_version = seen
            with self._lock:
                self._external += 1
        return key, self._external

    @contextmanager
    def _transaction(self, immediate: bool, bulk: bool = False) -> Iterator[Connection]:
        conn = self._acquire()
        self._local.conn, self._local.immediate = conn, immediate
        if bulk:
            for pragma in _BULK_PRAGMAS:
                conn.execute(f"PRAGMA {pragma}")
        try:
            conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            finally:
                if immediate:
                    with self._lock:
                        self.version += 1
        finally:
            self._local.conn = None
            if bulk:
                for pragma in _PRAGMAS:
                    if pragma.startswith(("synchronous", "wal_autocheckpoint")):
                        conn.execute(f"PRAGMA {pragma}")
            self._release(conn)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (joining the thread's open one): commits at the end or not at all."""
        current = self._current
        if current is not None:
            if not self._local.immediate:
                raise RuntimeError("A write was attempted inside a read-only block.")
            yield current
            return
        with self._transaction(immediate=True) as conn:
            yield conn

    @contextmanager
    def bulk_write(self) -> Iterator[Connection]:
        """A large write transaction (an import): its commit syncs the WAL, so the data is on
        disk when it returns -- more than a normal commit promises -- and it does not also
        copy the whole transaction into the database file: `checkpoint()` does that, later,
        off the caller's critical path."""
        if self._current is not None:
            raise RuntimeError("A bulk write cannot join another transaction.")
        with self._transaction(immediate=True, bulk=True) as conn:
            yield conn

    def checkpoint_behind(self) -> None:
        """Ask a helper thread to `checkpoint` (returns at once): after a write in a long
        series (a push's batches), the copy runs beside the next step (the next batch's
        claim, its trip to the server) instead of inside a commit. Asked while it runs: it
        runs once more after."""
        with self._lock:
            if self._closed:
                return
            if self._checkpointer is None:
                self._checkpointer = threading.Thread(target=self._checkpoints,
                                                      name="checkpoint", daemon=True)
                self._checkpointer.start()
        self._checkpoint_asked.set()

    def _checkpoints(self) -> None:
        while True:
            self._checkpoint_asked.wait()
            self._checkpoint_asked.clear()
            # Closed meanwhile; or the database is in trouble, which the next write reports.
            with suppress(RuntimeError, sqlite3.Error):
                self.checkpoint()
            if self._closed:
                return

    def checkpoint(self) -> None:
        """Copy committed pages from the WAL into the database file (never blocks writers)."""
        conn = self._acquire()
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            self._release(conn)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent snapshot for reading (the thread's open transaction if there is one)."""
        current = self._current
        if current is not None:
            yield current
            return
        with self._transaction(immediate=False) as conn:
            yield conn
