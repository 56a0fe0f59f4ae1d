"""The store's database connections: opening a current store never waits for the write lock."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from desktop.store import Store


def test_open_does_not_take_the_write_lock_when_the_schema_is_current(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    with _held(tmp_path):
        start = time.perf_counter()
        Store.open(tmp_path).close()  # BEGIN IMMEDIATE would wait for the lock
        assert time.perf_counter() - start < 2


class _held:
    """Another connection holding the write lock."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path / "desk.sqlite3", isolation_level=None, timeout=0.1)

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, *exc: object) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()
