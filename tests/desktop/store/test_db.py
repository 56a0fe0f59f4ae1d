"""The store's database connections: opening a current store never waits for the write lock."""

from __future__ import annotations

import sqlite3
import threading
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


def _people_in_file(path: Path) -> int:
    """People in the database file itself, the log left out (what a checkpoint copied)."""
    conn = sqlite3.connect(f"file:{path / 'desk.sqlite3'}?immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM influencer").fetchone()[0])
    except sqlite3.OperationalError:  # the schema itself is still in the log
        return 0
    finally:
        conn.close()


def test_a_checkpoint_asked_for_runs_beside_the_caller_and_ends_with_the_store(
        tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.create_influencer(name="김하늘")
    assert _people_in_file(tmp_path) == 0  # committed to the log only

    store.db.checkpoint_behind()
    deadline = time.monotonic() + 10
    while _people_in_file(tmp_path) == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _people_in_file(tmp_path) == 1

    store.create_influencer(name="박새봄")
    store.db.checkpoint_behind()
    store.close()  # waits for the copy asked for, then for the helper thread
    assert not any(t.name == "checkpoint" and t.is_alive() for t in threading.enumerate())
    store.db.checkpoint_behind()  # after close: nothing to do, no error
