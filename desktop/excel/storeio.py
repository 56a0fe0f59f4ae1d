"""The bulk reads and writes an import needs, inside the store's own transaction.

The store's per-record calls (`find_account`, `create_account` ...) each normalise again,
open a transaction and re-read the row; for a 100,000-row workbook that is minutes. Here the
same tables are read in chunks and new records are inserted with `executemany`, together
with their outbox operations (`desktop.store.outbox.enqueue_many`) and their search
documents (`desktop.store.searchindex.reindex_accounts`, called once for all new accounts:
it is cheap per account only in bulk), all on the connection of `store.transaction()`, so an
import still commits (and syncs) as one unit like any edit.
Updates of existing records go through the store's public `update_*` calls.

If the store grows bulk methods, this module is the only place to change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from json.encoder import encode_basestring as _js  # json.dumps' own string encoder (C)
from typing import Any, NamedTuple, Protocol

from desktop.excel.ids import new_ids
from desktop.store import Store, rows
from desktop.store.models import ts, utc_now
from desktop.store.searchindex import reindex_accounts
from shared_models.records import Account, Entity, Influencer
from shared_models.text import name_key

_CHUNK = 400


class Connection(Protocol):
    """What this module needs of the store's transaction connection (whatever its driver)."""

    def exec_driver_sql(self, sql: str, params: Any = ..., /) -> Any: ...


def find_accounts(store: Store, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Account]:
    """Live accounts by (platform, handle)."""
    by_platform: dict[str, list[str]] = {}
    for platform, handle in dict.fromkeys(keys):
        by_platform.setdefault(platform, []).append(handle)
    found: dict[tuple[str, str], Account] = {}
    with store.snapshot() as conn:
        for platform, handles in by_platform.items():
            for start in range(0, len(handles), _CHUNK):
                chunk = handles[start:start + _CHUNK]
                for row in conn.exec_driver_sql(
                        rows.ACCOUNT_SELECT + " WHERE platform = ? AND handle IN "
                        f"({','.join('?' * len(chunk))}) AND deleted_at IS NULL",
                        (platform, *chunk)):
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
        for start in range(0, len(names), _CHUNK):
            chunk = names[start:start + _CHUNK]
            for row in conn.exec_driver_sql(
                    "SELECT name_key, " + rows.INFLUENCER_SELECT.removeprefix("SELECT ")
                    + f" WHERE name_key IN ({','.join('?' * len(chunk))}) "
                    "AND deleted_at IS NULL", tuple(chunk)):
                if (row[0], row[3]) in wanted:  # row[3]: phone
                    record = rows.influencer(row[1:])
                    found[(row[0], record.phone)] = record
    return found


def get_influencers(store: Store, ids: Iterable[str]) -> dict[str, Influencer]:
    wanted = list(dict.fromkeys(ids))
    found: dict[str, Influencer] = {}
    with store.snapshot() as conn:
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            for row in conn.exec_driver_sql(
                    rows.INFLUENCER_SELECT + f" WHERE id IN ({','.join('?' * len(chunk))})",
                    tuple(chunk)):
                record = rows.influencer(row)
                found[str(record.id)] = record
    return found


class NewInfluencer(NamedTuple):  # tuples: hundreds of thousands are made per import
    id: str
    name: str
    phone: str
    notes: str
    tags: list[str]


class NewAccount(NamedTuple):
    id: str
    influencer_id: str
    platform: str
    handle: str
    profile_url: str
    email: str
    category: str
    status: str
    notes: str


class KeyTaken(Exception):
    """A record with the same natural key appeared in the store after the plan was made."""


def insert_influencers(conn: Connection, records: Sequence[NewInfluencer]) -> None:
    if not records:
        return
    name_keys = [name_key(r.name) for r in records]
    keys = set(zip(name_keys, (r.phone for r in records), strict=True))
    names = list(dict.fromkeys(k for k, _ in keys))
    for start in range(0, len(names), _CHUNK):
        chunk = names[start:start + _CHUNK]
        for key, phone in conn.exec_driver_sql(
                f"SELECT name_key, phone FROM influencer WHERE name_key IN "
                f"({','.join('?' * len(chunk))}) AND deleted_at IS NULL", tuple(chunk)):
            if (key, phone) in keys:
                raise KeyTaken(f"The influencer '{key}' ({phone}) was added to the store while "
                               "the import was being prepared; run the import again.")
    now = ts(utc_now())
    tags = [json.dumps(r.tags, ensure_ascii=False) for r in records]
    conn.exec_driver_sql(
        "INSERT INTO influencer (id, name, name_key, phone, notes, tags, version, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
        [(r.id, r.name, key, r.phone, r.notes, tag_list, now, now)
         for r, key, tag_list in zip(records, name_keys, tags, strict=True)])
    _enqueue_created(conn, Entity.INFLUENCER.value, now, [
        (r.id, f'{{"name": {_js(r.name)}, "phone": {_js(r.phone)}, "notes": {_js(r.notes)}, '
               f'"tags": {tag_list}}}')
        for r, tag_list in zip(records, tags, strict=True)])


def insert_accounts(conn: Connection, records: Sequence[NewAccount]) -> None:
    if not records:
        return
    by_platform: dict[str, list[str]] = {}
    for r in records:
        by_platform.setdefault(r.platform, []).append(r.handle)
    for platform, handles in by_platform.items():
        for start in range(0, len(handles), _CHUNK):
            chunk = handles[start:start + _CHUNK]
            taken = conn.exec_driver_sql(
                f"SELECT handle FROM account WHERE platform = ? AND handle IN "
                f"({','.join('?' * len(chunk))}) AND deleted_at IS NULL",
                (platform, *chunk)).first()
            if taken is not None:
                raise KeyTaken(f"The Platform {platform} account '{taken[0]}' was added to the "
                               "store while the import was being prepared; run the import "
                               "again.")
    now = ts(utc_now())
    conn.exec_driver_sql(
        "INSERT INTO account (id, influencer_id, platform, handle, profile_url, email, "
        "category, status, notes, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
        [(r.id, r.influencer_id, r.platform, r.handle, r.profile_url, r.email, r.category,
          r.status, r.notes, now, now) for r in records])
    _enqueue_created(conn, Entity.ACCOUNT.value, now, [
        (r.id, f'{{"influencer_id": {_js(r.influencer_id)}, "platform": {_js(r.platform)}, '
               f'"handle": {_js(r.handle)}, "email": {_js(r.email)}, '
               f'"category": {_js(r.category)}, "notes": {_js(r.notes)}, '
               f'"status": {_js(r.status)}, "profile_url": {_js(r.profile_url)}}}')
        for r in records])


def _enqueue_created(conn: Connection, entity: str, now: str,
                     ops: Sequence[tuple[str, str]]) -> None:
    """The outbox rows `desktop.store.outbox.enqueue_many` writes for created records (an
    upsert with no base version), with the field JSON already built: json.dumps and uuid4
    per record were a third of the insert time. ops: (record id, fields as JSON)."""
    conn.exec_driver_sql(
        "INSERT INTO outbox (op_id, entity, id, kind, base_version, fields, created_at) "
        "VALUES (?, ?, ?, 'upsert', NULL, ?, ?)",
        [(op_id, entity, record_id, fields, now)
         for op_id, (record_id, fields) in zip(new_ids(len(ops)), ops, strict=True)])


def index_accounts(conn: Connection, account_ids: Sequence[str]) -> None:
    """Search documents for the new accounts: once per import, after all the inserts."""
    if account_ids:
        reindex_accounts(conn, account_ids)  # type: ignore[arg-type]

