"""A first pull into an empty store, in bulk (issue 15).

A desk that has never synced receives the server's whole state at once (the server's
snapshot endpoint, docs/sync-protocol.md "Initial pull"). Nothing local can be in the way:
no records, no waiting edits, no search rows. So the records go in with plain INSERTs (no
upsert, no version check, no outbox look-up), the snapshot history index is built once at
the end instead of row by row, and `latest_metric` and the search index (rows, documents,
both text indexes) are built once from the stored rows, the way an import builds its new
entries. Everything, with the pull cursor, is one transaction: a pull that stops half-way
(network gone, app killed, Cancel) leaves the store empty and the next sync starts again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from desktop.store.connection import Connection
from desktop.store.rows import ACCOUNT_COLUMNS, INFLUENCER_COLUMNS
from desktop.store.searchindex import (
    METRIC_COLUMNS,
    begin_bulk,
    end_bulk,
    insert_entries,
    new_entries,
)
from desktop.store.serverrecords import stored_name_key
from shared_models.fieldnames import SNAPSHOT, record_columns

# Column order of the rows each add_* takes (the server's snapshot renders them so): the
# store's record columns, from shared_models/fieldnames.py.
SNAPSHOT_COLUMNS = record_columns(SNAPSHOT)
_INSERT_INFLUENCER = (
    f"INSERT INTO influencer ({', '.join(INFLUENCER_COLUMNS)}, name_key) "
    f"VALUES ({', '.join('?' * (len(INFLUENCER_COLUMNS) + 1))})"
)
_INSERT_ACCOUNT = (
    f"INSERT INTO account (rid, {', '.join(ACCOUNT_COLUMNS)}) "
    f"VALUES (?, {', '.join('?' * len(ACCOUNT_COLUMNS))})"
)
_INSERT_SNAPSHOT = (
    f"INSERT OR IGNORE INTO metric_snapshot ({', '.join(SNAPSHOT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(SNAPSHOT_COLUMNS))})"
)
_TAGS = INFLUENCER_COLUMNS.index("tags")
# An influencer row's parts of its accounts' search source (searchindex.SOURCE's order).
_PERSON = itemgetter(
    *(INFLUENCER_COLUMNS.index(c) for c in ("name", "phone", "tags", "notes", "deleted_at"))
)
_ACCOUNT_SOURCE = itemgetter(
    *(
        ACCOUNT_COLUMNS.index(c)
        for c in (
            "handle",
            "email",
            "category",
            "notes",
            "platform",
            "status",
            "updated_at",
            "deleted_at",
        )
    )
)
_OWNER = ACCOUNT_COLUMNS.index("influencer_id")
LATEST_COLUMNS = ("account_id", "metric", "value", "observed_at")
_INSERT_LATEST = (
    "INSERT OR REPLACE INTO latest_metric (account_id, metric, value, observed_at) "
    "VALUES (?, ?, ?, ?)"
)
# Each account's latest metric values as search_row's columns, with their newest moment.
_METRICS_OF_ACCOUNTS = (
    "SELECT account_id, "
    + ", ".join(f"max(CASE metric WHEN '{m}' THEN value END)" for m in METRIC_COLUMNS)
    + ", max(observed_at) FROM latest_metric GROUP BY account_id"
)
# Indexes built once at the end, sorted, instead of row by row in random-id order (the
# UNIQUE and PRIMARY KEY constraints stay: they have no SQL of their own).
_TABLES = ("influencer", "account", "metric_snapshot", "latest_metric")


class NotEmpty(Exception):
    """The store already holds records or edits: the pull takes the page by page path."""


def is_empty(conn: Connection) -> bool:
    """No records, no snapshots, no edits waiting and nothing pulled yet."""
    return (
        conn.exec_driver_sql(
            "SELECT (SELECT cursor FROM sync_state WHERE id = 1) = 0 "
            "AND NOT EXISTS (SELECT 1 FROM influencer) AND NOT EXISTS (SELECT 1 FROM account) "
            "AND NOT EXISTS (SELECT 1 FROM metric_snapshot) AND NOT EXISTS (SELECT 1 FROM outbox)"
        ).scalar()
        == 1
    )


@lru_cache(maxsize=4096)  # records share a few tag lists
def _tags(text: str | None) -> str:
    """Tags as the store writes them (serverrecords.influencer_params): the server's JSON
    text parsed and written again, so separators and escapes are the store's."""
    return json.dumps(json.loads(text) if text else [], ensure_ascii=False)


class InitialPull:
    """Writes a server snapshot into an empty store, inside the caller's transaction.

    Call `add_influencers`, `add_accounts` and `add_snapshots` with rows in the column
    orders above (as many times as the stream has chunks, parents before children), then
    `finish(cursor)` once: it builds the indexes, `latest_metric` and the search index and
    sets the pull cursor. Values are the server's (timestamps already in the store's UTC
    ISO form)."""

    def __init__(self, conn: Connection) -> None:
        if not is_empty(conn):
            raise NotEmpty("The store already holds records; pull page by page.")
        self.conn = conn
        self.rows = 0
        self._indexes = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({', '.join('?' * len(_TABLES))})",
            _TABLES,
        ).all()
        for name, _ in self._indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        self._people: dict[str, tuple[Any, ...]] = {}  # id -> name, phone, tags, notes, deleted
        self._sources: list[tuple[Any, ...]] = []  # searchindex.SOURCE's rows, in rid order

    def add_influencers(self, rows: Iterable[Sequence[Any]]) -> None:
        at = _TAGS
        params = [(*r[:at], _tags(r[at]), *r[at + 1 :], stored_name_key(r[1] or "")) for r in rows]
        if params:
            self.conn.exec_driver_sql(_INSERT_INFLUENCER, params)
            self.rows += len(params)
            people = self._people
            for p in params:
                people[p[0]] = _PERSON(p)

    def add_accounts(self, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        rid = len(self._sources)
        params = []
        people = self._people
        sources = self._sources
        for r in rows:
            person = people.get(r[_OWNER])
            if person is None:
                raise ValueError(f"Account {r[0]} came before its influencer {r[_OWNER]}.")
            rid += 1
            params.append((rid, *r))
            name, phone, tags, notes, deleted = person
            sources.append((rid, r[0], name, phone, tags, notes, *_ACCOUNT_SOURCE(r), deleted))
        self.conn.exec_driver_sql(_INSERT_ACCOUNT, params)
        self.rows += len(params)

    def add_snapshots(self, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        self.conn.exec_driver_sql(_INSERT_SNAPSHOT, list(rows))
        self.rows += len(rows)

    def add_latest(self, rows: Sequence[Sequence[Any]]) -> None:
        """The newest snapshot of each account's metric (the server works it out from the
        same snapshots: of equal moments, the largest id), in (account_id, metric) order."""
        if rows:
            self.conn.exec_driver_sql(_INSERT_LATEST, list(rows))

    def finish(self, cursor: int) -> int:
        """Build the indexes and derived tables, set the cursor; returns the rows written."""
        conn = self.conn
        for _, sql in self._indexes:
            conn.exec_driver_sql(sql)
        # As the page path stores it (serverrecords): only a tombstone keeps its pointer.
        conn.exec_driver_sql("UPDATE influencer SET merged_into = NULL "
                             "WHERE deleted_at IS NULL AND merged_into IS NOT NULL")
        if self._sources:
            rows, texts = new_entries(self._sources)
            metrics = {r[0]: r[1:] for r in conn.exec_driver_sql(_METRICS_OF_ACCOUNTS)}
            rows = _with_metrics(rows, self._sources, metrics)
            rebuilt = begin_bulk(conn, len(rows))
            insert_entries(conn, rows, texts)
            end_bulk(conn, rebuilt)
        conn.exec_driver_sql("UPDATE sync_state SET cursor = ? WHERE id = 1", (cursor,))
        return self.rows


def _with_metrics(
    rows: list[tuple[Any, ...]],
    sources: Sequence[tuple[Any, ...]],
    metrics: dict[str, tuple[Any, ...]],
) -> list[tuple[Any, ...]]:
    """new_entries' search rows (made from `sources`, in the same order) with each account's
    latest metric values and their newest moment (new_entries leaves them empty: an
    import's new accounts have none)."""
    if not metrics or not rows:
        return rows
    keep = len(rows[0]) - len(METRIC_COLUMNS) - 1
    get = metrics.get
    return [
        row if (values := get(source[1])) is None else (*row[:keep], *values)
        for row, source in zip(rows, sources, strict=True)
    ]
