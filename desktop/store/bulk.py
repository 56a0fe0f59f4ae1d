"""Bulk reads and writes of influencers and accounts (an import's hundreds of thousands).

The store's per-record calls (`find_account`, `create_account` ...) each normalise again,
open a transaction and re-read the row; for a 100,000-row workbook that is minutes. Here the
same tables are read in chunks and new records are inserted with `executemany`, together
with their outbox operations (upserts of the whole record, `outbox.WHOLE_RECORD`) and their
search rows, all on the connection of the caller's transaction, so an import still commits
(and syncs) as one unit like any edit. Updates of existing records go through the store's
own `update_*` calls (desktop/store/bulkwriter.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from desktop.store import rows, searchindex
from desktop.store.bulkrecords import ACCOUNT_VALUES, NewAccount, NewInfluencer, NewRecords
from desktop.store.connection import Connection, chunks, sql_text
from desktop.store.ids import id_block
from desktop.store.models import ts, utc_now
from desktop.store.outbox import WHOLE_RECORD
from shared_models.records import Account, Entity, Influencer

if TYPE_CHECKING:
    from desktop.store.store import Store

# Keys asked about at a time, as one JSON array: one statement per chunk, the look-ups done
# by SQLite (a `?` per key cost ~3x as much, most of it building and binding the list).
_CHUNK = 5000
_LISTED = "(SELECT value FROM json_each(?))"
R = TypeVar("R")


# -- reads (the import's planner) ----------------------------------------------------------

def find_accounts(store: Store, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Account]:
    """Live accounts by (platform, handle)."""
    by_platform: dict[str, list[str]] = {}
    for platform, handle in dict.fromkeys(keys):
        by_platform.setdefault(platform, []).append(handle)
    found: dict[tuple[str, str], Account] = {}
    with store.snapshot() as conn:
        for platform, handles in by_platform.items():
            for chunk in chunks(handles, _CHUNK):
                for row in conn.exec_driver_sql(
                        rows.ACCOUNT_SELECT + f" WHERE platform = ? AND handle IN {_LISTED} "
                        "AND deleted_at IS NULL", (platform, json.dumps(chunk))):
                    record = rows.account(row)
                    found[(record.platform.value, record.handle)] = record
    return found


def find_influencers(store: Store, keys: Iterable[tuple[str, str]]
                     ) -> dict[tuple[str, str], Influencer]:
    """Live influencers by natural key (name_key, phone)."""
    wanted = set(keys)
    names = list(dict.fromkeys(k for k, _ in wanted))
    found: dict[tuple[str, str], Influencer] = {}
    with store.snapshot() as conn:
        for chunk in chunks(names, _CHUNK):
            for row in conn.exec_driver_sql(
                    "SELECT name_key, " + rows.INFLUENCER_SELECT.removeprefix("SELECT ")
                    + f" WHERE name_key IN {_LISTED} AND deleted_at IS NULL",
                    (json.dumps(chunk),)):
                if (row[0], row[3]) in wanted:  # row[3]: phone
                    record = rows.influencer(row[1:])
                    found[(row[0], record.phone)] = record
    return found


def get_influencers(store: Store, ids: Iterable[str]) -> dict[str, Influencer]:
    """Influencers by id (deleted ones too)."""
    return _by_id(store, rows.INFLUENCER_SELECT, "id", ids, rows.influencer)


def get_accounts(store: Store, ids: Iterable[str]) -> dict[str, Account]:
    """Accounts by id (deleted ones too)."""
    return _by_id(store, rows.ACCOUNT_SELECT, "id", ids, rows.account)


def live_account_ids(store: Store, influencer_ids: Iterable[str]) -> dict[str, set[str]]:
    """The ids of these influencers' live accounts, by influencer id."""
    out: dict[str, set[str]] = {}
    for account_id, owner in _by_id(
            store, "SELECT id, influencer_id FROM account", "influencer_id", influencer_ids,
            tuple, " AND deleted_at IS NULL").values():
        out.setdefault(owner, set()).add(account_id)
    return out


def field_values(store: Store, entity: str, ids: Iterable[str], fields: Sequence[str]
                 ) -> dict[str, dict[str, object]]:
    """These fields of these influencers or accounts as stored (tags as a list), plus
    whether each is deleted (`deleted`), by id: fast comparisons for undo."""
    columns = ", ".join(("id", "deleted_at IS NOT NULL", *fields))

    def values(row: Sequence[object]) -> dict[str, object]:
        out = dict(zip(("id", "deleted", *fields), row, strict=True))
        if "tags" in out:
            out["tags"] = json.loads(str(out["tags"]))
        return out

    return _by_id(store, f"SELECT {columns} FROM {entity}", "id", ids, values)


def _by_id(store: Store, select: str, column: str, ids: Iterable[str],
           make: Callable[[Sequence[object]], R], where: str = "") -> dict[str, R]:
    found: dict[str, R] = {}
    with store.snapshot() as conn:
        for chunk in chunks(list(dict.fromkeys(ids)), _CHUNK):
            for row in conn.exec_driver_sql(f"{select} WHERE {column} IN {_LISTED}{where}",
                                            (json.dumps(chunk),)):
                found[str(row[0])] = make(row)
    return found


# -- building a batch (pure: runs in the planning process) ---------------------------------

def new_records(now: str, influencers: list[NewInfluencer], accounts: list[NewAccount]
                ) -> NewRecords:
    """A batch of new records with their accounts' search rows and text entries built from
    these values. `accounts` (of these `influencers`) go in rid order: the account table
    and the text indexes then grow at their ends."""
    people = {p.id: p for p in influencers}
    accounts = sorted(accounts)
    search_rows, texts = searchindex.new_entries(
        ((a.rid, a.id, p.name, p.phone, tags_json(p.tags), p.notes, a.handle, a.email,
          a.category, a.notes, a.platform, a.status, now, None, None)
         for a in accounts for p in (people[a.influencer_id],)), created=True)
    return NewRecords(now, influencers, accounts, search_rows, texts)


@lru_cache(maxsize=10_000)  # an import's influencers share a few tag lists
def tags_json(tags: tuple[str, ...]) -> str:
    return json.dumps(tags, ensure_ascii=False)


# -- writes (inside the caller's transaction) ----------------------------------------------

def next_account_rid(conn: Connection) -> int:
    """The first free account row id (inside the write transaction, so nobody takes it),
    past any search row too (a plain INSERT of the new search rows must not meet one)."""
    return int(conn.exec_driver_sql(
        "SELECT max(coalesce((SELECT max(rid) FROM account), 0), "
        "coalesce((SELECT max(rid) FROM search_row), 0)) + 1").scalar_one())


def insert_influencers(conn: Connection, records: Sequence[NewInfluencer],
                       now: str | None = None, batch_id: str | None = None) -> None:
    """Insert new influencers and queue their upserts (tagged with `batch_id`, if any)."""
    if not records:
        return
    now = now or _now()
    before = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM influencer").scalar_one()
    conn.exec_driver_sql(
        "INSERT INTO influencer (id, name, name_key, phone, notes, tags, version, created_at, "
        f"updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, {sql_text(now)}, {sql_text(now)})",
        [(r.id, r.name, r.name_key, r.phone, r.notes, tags_json(r.tags)) for r in records])
    # New rows take the rowids after the highest one, one by one: a run.
    _enqueue_created(conn, Entity.INFLUENCER.value, now, batch_id, "rowid", before + 1,
                     before + len(records))


# NewAccount's fields are the columns, in order. The records go in as they are, their
# moment written into the statement (sql_text).
_INSERT_ACCOUNTS = (f"INSERT INTO account ({', '.join(NewAccount._fields)}, version, created_at, "
                    f"updated_at) VALUES ({', '.join('?' for _ in NewAccount._fields)}, 0, "
                    "{now}, {now})")


def insert_accounts(conn: Connection, records: Sequence[NewAccount],
                    now: str | None = None, batch_id: str | None = None) -> None:
    """Insert new accounts (with their `rid`s) and queue their upserts. Their search rows
    are the caller's: `searchindex.insert_entries` of the batch's, or `reindex_accounts`."""
    if not records:
        return
    now = now or _now()
    # Plain tuples: sqlite3 binds a NamedTuple's items ~1.3x slower.
    conn.exec_driver_sql(_INSERT_ACCOUNTS.format(now=sql_text(now)), list(map(tuple, records)))
    # A batch's rids are a run per platform (writes.Rids): queued run by run, by range.
    for low, high in _runs(sorted(r.rid for r in records)):
        _enqueue_created(conn, Entity.ACCOUNT.value, now, batch_id, "rid", low, high)


def _runs(values: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of consecutive integers in sorted `values`."""
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[i - 1] + 1:
            yield values[start], values[i - 1]
            start = i


def _now() -> str:
    return str(ts(utc_now()))


def _enqueue_created(conn: Connection, entity: str, now: str, batch_id: str | None,
                     key: str, low: int, high: int) -> None:
    """The outbox rows for the records just inserted whose integer `key` runs from `low` to
    `high` (every value taken): an upsert with no base version whose fields are the record's
    own (`outbox.WHOLE_RECORD`, read when the op is pushed), so the import does not write
    every record twice. One INSERT ... SELECT over the new rows, the ascending op ids made in
    SQL from the key (`ids.id_block`; a row_number() window cost ~1.7x as much): half the
    time of a Python row per op. Tagged with the import's batch here, not by an UPDATE of
    every op at the end."""
    prefix, first = id_block(high - low + 1)
    conn.exec_driver_sql(
        "INSERT INTO outbox (op_id, entity, id, kind, base_version, fields, created_at, "
        "batch_id) "
        f"SELECT ? || printf('%012x', ? + {key}), ?, id, 'upsert', NULL, '{WHOLE_RECORD}', "
        f"?, ? FROM {entity} WHERE {key} BETWEEN ? AND ? ORDER BY {key}",
        (prefix, first - low, entity, now, batch_id, low, high))


def amend_influencers(conn: Connection, records: Sequence[NewInfluencer], now: str) -> None:
    """Give influencers this import already inserted their final values (a later row of the
    file added to them). Their queued upserts read the record when pushed: nothing to queue."""
    conn.exec_driver_sql(
        "UPDATE influencer SET phone = ?, notes = ?, tags = ?, updated_at = ? WHERE id = ?",
        [(r.phone, r.notes, tags_json(r.tags), now, r.id) for r in records])


_VALUES_AT = NewAccount._fields.index(ACCOUNT_VALUES[0])  # NewAccount ends with its values
_AMEND_ACCOUNTS = (f"UPDATE account SET {', '.join(f'{name} = ?' for name in ACCOUNT_VALUES)}, "
                   "updated_at = ? WHERE id = ?")


def amend_accounts(conn: Connection, records: Sequence[NewAccount], now: str) -> None:
    """`amend_influencers` for accounts (their search rows are the caller's to rebuild)."""
    conn.exec_driver_sql(_AMEND_ACCOUNTS, [(*r[_VALUES_AT:], now, r.id) for r in records])

