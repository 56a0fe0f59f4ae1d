"""Soft delete and restore of local records: the one rule every kind of record follows.

A soft delete keeps the row as a tombstone: it sets `deleted_at` and `updated_at`, queues a
"delete" op carrying the version the user saw (the server's conflict check), and keeps the
search rows of the affected accounts in step; a restore clears `deleted_at` the same way
with a "restore" op. All of it happens in the caller's transaction, after the caller has
read the record and decided that it changes (what a deleted record or a taken key means is
the caller's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from desktop.store import outbox
from desktop.store.models import ts, utc_now
from desktop.store.searchindex import (
    accounts_of_influencers,
    mark_deleted,
    reindex_accounts,
    reindex_influencers,
)
from shared_models.fieldnames import ACCOUNT, INFLUENCER

if TYPE_CHECKING:
    from desktop.store.connection import Connection

DELETE, RESTORE = "delete", "restore"  # shared_models.sync.OpKind values
_CHUNK = 400  # ids per IN (...) list, under SQLite's bound-parameter limit
# The tables whose records have search rows (an account's row carries its person's fields);
# others (consent forms) have none to keep in step.
_REINDEX: dict[str, Callable[[Connection, Iterable[str]], None]] = {
    ACCOUNT: reindex_accounts, INFLUENCER: reindex_influencers}


def _stamp(conn: Connection, entity: str, ids: Sequence[str], deleted_at: str | None,
           now: str) -> None:
    conn.exec_driver_sql(f"UPDATE {entity} SET deleted_at = ?, updated_at = ? WHERE id IN "
                         f"({','.join('?' * len(ids))})", (deleted_at, now, *ids))


def set_deleted(conn: Connection, entity: str, record_id: str, base_version: int, *,
                deleted: bool, note: Mapping[str, Any] | None = None) -> None:
    """Soft delete (or restore) one record whose state changes; `note`: the op's fields
    (a merge's pointer)."""
    now = ts(utc_now())
    _stamp(conn, entity, [record_id], now if deleted else None, now)
    outbox.enqueue(conn, entity, record_id, DELETE if deleted else RESTORE, base_version,
                   dict(note or {}))
    reindex = _REINDEX.get(entity)
    if reindex is not None:
        reindex(conn, [record_id])


def delete_many(conn: Connection, ids: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """Soft delete the live ones of many records, by table (accounts, then people, as
    given): one statement per chunk for the rows and for their ops, the search rows
    rebuilt once at the end. Returns the ids deleted, by table (those already deleted or
    unknown are left out)."""
    now = ts(utc_now())
    done: dict[str, list[str]] = {entity: [] for entity in ids}
    for entity, wanted_ids in ids.items():
        wanted = list(dict.fromkeys(wanted_ids))
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            live: list[tuple[str, int]] = [(r[0], r[1]) for r in conn.exec_driver_sql(
                f"SELECT id, version FROM {entity} WHERE id IN "
                f"({','.join('?' * len(chunk))}) AND deleted_at IS NULL", tuple(chunk))]
            if not live:
                continue
            _stamp(conn, entity, [r[0] for r in live], now, now)
            outbox.enqueue_deletes(conn, entity, live)
            done[entity] += [r[0] for r in live]
    if INFLUENCER in done or ACCOUNT in done:
        mark_deleted(conn, [*done.get(ACCOUNT, ()),
                            *accounts_of_influencers(conn, done.get(INFLUENCER, ()))])
    return done
