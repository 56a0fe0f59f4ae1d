"""Writing the server's copy of a record into the store (pull pages and push echoes).

A server record is the wire dict (`id`, `version`, timestamps, `deleted_at` and the entity's
fields). It is stored with this device's still-waiting edits laid over it, and only when it
is at least as new as the local row (`version`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from desktop.store import outbox
from desktop.store.connection import Connection
from desktop.store.models import ts, utc_now
from desktop.store.searchindex import drop_accounts, reindex_accounts, reindex_influencers
from shared_models.text import name_key

INFLUENCER = "influencer"  # shared_models.records.Entity values
ACCOUNT = "account"
SNAPSHOT = "metric_snapshot"
VERSIONED = (INFLUENCER, ACCOUNT)

# `merged_into` (a merged person's pointer): a live record has none; a tombstone takes the
# server's, or keeps this desk's when the server sends none (a server before migration 0009,
# or this desk's merge still waiting to be pushed).
INFLUENCER_UPSERT = (
    "INSERT INTO influencer (id, name, name_key, phone, notes, tags, version, created_at, "
    "updated_at, deleted_at, merged_into) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET "
    "name = excluded.name, name_key = excluded.name_key, phone = excluded.phone, "
    "notes = excluded.notes, tags = excluded.tags, version = excluded.version, "
    "created_at = coalesce(excluded.created_at, influencer.created_at), "
    "updated_at = excluded.updated_at, deleted_at = excluded.deleted_at, "
    "merged_into = CASE WHEN excluded.deleted_at IS NULL THEN NULL "
    "ELSE coalesce(excluded.merged_into, influencer.merged_into) END "
    "WHERE excluded.version >= influencer.version")
ACCOUNT_UPSERT = (
    "INSERT INTO account (id, influencer_id, platform, handle, profile_url, email, category, "
    "status, notes, version, created_at, updated_at, deleted_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
    "influencer_id = excluded.influencer_id, platform = excluded.platform, "
    "handle = excluded.handle, profile_url = excluded.profile_url, email = excluded.email, "
    "category = excluded.category, status = excluded.status, notes = excluded.notes, "
    "version = excluded.version, created_at = coalesce(excluded.created_at, account.created_at), "
    "updated_at = excluded.updated_at, deleted_at = excluded.deleted_at "
    "WHERE excluded.version >= account.version")


@lru_cache(maxsize=4096)  # a page's or a batch's records mostly share the server's moments
def server_ts(value: Any) -> str | None:
    """A server timestamp as the store keeps it (the server's UTC ISO form already is)."""
    if isinstance(value, str) and len(value) == 32 and value.endswith("+00:00"):
        return value
    return ts(value)


def text(value: Any) -> str:
    return "" if value is None else str(value)


def stored_name_key(name: str) -> str:
    """The natural key's name part as the store keeps it (an empty name: folded only)."""
    return name_key(name) if name.strip() else name.casefold()


def influencer_params(data: Mapping[str, Any]) -> tuple[Any, ...]:
    """INFLUENCER_UPSERT's parameters for a server record."""
    name = text(data.get("name"))
    tags = data.get("tags") or []
    return (str(data["id"]), name, stored_name_key(name),
            text(data.get("phone")), text(data.get("notes")),
            json.dumps(tags, ensure_ascii=False), int(data.get("version") or 0),
            server_ts(data.get("created_at")), server_ts(data.get("updated_at")),
            server_ts(data.get("deleted_at")),
            str(data["merged_into"]) if data.get("merged_into") else None)


def account_params(data: Mapping[str, Any]) -> tuple[Any, ...]:
    """ACCOUNT_UPSERT's parameters for a server record."""
    return (str(data["id"]), str(data["influencer_id"]), text(data.get("platform")),
            text(data.get("handle")), text(data.get("profile_url")), text(data.get("email")),
            text(data.get("category")), text(data.get("status")) or "active",
            text(data.get("notes")), int(data.get("version") or 0),
            server_ts(data.get("created_at")), server_ts(data.get("updated_at")),
            server_ts(data.get("deleted_at")))


def with_pending(conn: Connection, entity: str, data: dict[str, Any]) -> dict[str, Any]:
    """The server's record with this device's still-waiting edits laid over it."""
    record_id = str(data["id"])
    merged = {**data, **outbox.pending_fields(conn, entity, record_id)}
    kinds = [k for k in outbox.pending_kinds(conn, entity, record_id) if k != "upsert"]
    if kinds:
        if kinds[-1] == "delete":
            merged["deleted_at"] = merged.get("deleted_at") or ts(utc_now())
        else:
            merged["deleted_at"] = None
    return merged


def apply_record(conn: Connection, entity: str, data: dict[str, Any],
                 pending: bool = True) -> None:
    """Write a server record locally (keeping waiting local edits on top). The caller
    re-indexes what it wrote."""
    if entity not in VERSIONED:
        return
    if pending:
        data = with_pending(conn, entity, data)
    if entity == INFLUENCER:
        conn.exec_driver_sql(INFLUENCER_UPSERT, influencer_params(data))
    else:
        conn.exec_driver_sql(ACCOUNT_UPSERT, account_params(data))


def remap(conn: Connection, entity: str, old: str, new: str) -> None:
    """The server merged our record `old` into its `new`: rewrite every local reference."""
    if old == new:
        return
    if entity == INFLUENCER:
        exists = conn.exec_driver_sql("SELECT 1 FROM influencer WHERE id = ?", (new,)).first()
        if exists:
            conn.exec_driver_sql("DELETE FROM influencer WHERE id = ?", (old,))
        else:
            conn.exec_driver_sql("UPDATE influencer SET id = ? WHERE id = ?", (new, old))
        conn.exec_driver_sql("UPDATE account SET influencer_id = ? WHERE influencer_id = ?",
                             (new, old))
        conn.exec_driver_sql("UPDATE influencer SET merged_into = ? WHERE merged_into = ?",
                             (new, old))  # a merge's pointer follows too
        _rewrite_field(conn, ACCOUNT, "influencer_id", old, new)
        reindex_influencers(conn, [new])
    elif entity == ACCOUNT:
        exists = conn.exec_driver_sql("SELECT 1 FROM account WHERE id = ?", (new,)).first()
        if exists:
            drop_accounts(conn, [r for (r,) in conn.exec_driver_sql(
                "SELECT rid FROM account WHERE id = ?", (old,))])
            conn.exec_driver_sql("DELETE FROM account WHERE id = ?", (old,))
        else:
            conn.exec_driver_sql("UPDATE account SET id = ? WHERE id = ?", (new, old))
        conn.exec_driver_sql("UPDATE metric_snapshot SET account_id = ? WHERE account_id = ?",
                             (new, old))
        conn.exec_driver_sql(
            "INSERT INTO latest_metric (account_id, metric, value, observed_at) "
            "SELECT ?, metric, value, observed_at FROM latest_metric WHERE account_id = ? "
            "ON CONFLICT (account_id, metric) DO UPDATE SET value = excluded.value, "
            "observed_at = excluded.observed_at "
            "WHERE excluded.observed_at > latest_metric.observed_at", (new, old))
        conn.exec_driver_sql("DELETE FROM latest_metric WHERE account_id = ?", (old,))
        _rewrite_field(conn, SNAPSHOT, "account_id", old, new)
        reindex_accounts(conn, [new])
    conn.exec_driver_sql("UPDATE outbox SET id = ? WHERE entity = ? AND id = ?",
                         (new, entity, old))
    conn.exec_driver_sql("UPDATE conflict SET record_id = ? WHERE entity = ? AND record_id = ?",
                         (new, entity, old))


def _rewrite_field(conn: Connection, entity: str, field: str, old: str, new: str) -> None:
    """Rewrite a reference inside waiting ops (WHOLE_RECORD ops read it from the record)."""
    conn.exec_driver_sql(
        f"UPDATE outbox SET fields = json_set(fields, '$.{field}', ?) "
        f"WHERE entity = ? AND CASE WHEN fields = '{outbox.WHOLE_RECORD}' THEN 0 "
        f"ELSE json_extract(fields, '$.{field}') = ? END", (new, entity, old))
