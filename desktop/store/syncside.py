"""What the sync engine does to the store: claim the outbox, apply push results and pulled
changes, rewrite remapped ids. Each call is one transaction, so a sync that dies half-way
leaves the store as it was after the last completed step; the pull cursor moves only in the
transaction that applied the rows it covers.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from desktop.store import outbox
from desktop.store.conflicts import record_conflicts
from desktop.store.db import Connection, Database
from desktop.store.metrics import insert_snapshots
from desktop.store.models import OutboxEntry, SyncState, parse_ts, ts, utc_now
from desktop.store.searchindex import (
    accounts_of_influencers,
    drop_accounts,
    refresh_metrics,
    reindex_accounts,
    reindex_influencers,
)
from shared_models.text import name_key

if TYPE_CHECKING:  # pydantic loads with the sync engine, not with the store
    from shared_models.sync import Change, ChangesPage, OpResult, OpStatus

INFLUENCER = "influencer"  # shared_models.records.Entity values
ACCOUNT = "account"
SNAPSHOT = "metric_snapshot"

_INFLUENCER_UPSERT = (
    "INSERT INTO influencer (id, name, name_key, phone, notes, tags, version, created_at, "
    "updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
    "name = excluded.name, name_key = excluded.name_key, phone = excluded.phone, "
    "notes = excluded.notes, tags = excluded.tags, version = excluded.version, "
    "created_at = coalesce(excluded.created_at, influencer.created_at), "
    "updated_at = excluded.updated_at, deleted_at = excluded.deleted_at "
    "WHERE excluded.version >= influencer.version")
_ACCOUNT_UPSERT = (
    "INSERT INTO account (id, influencer_id, platform, handle, profile_url, email, category, "
    "status, notes, version, created_at, updated_at, deleted_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
    "influencer_id = excluded.influencer_id, platform = excluded.platform, "
    "handle = excluded.handle, profile_url = excluded.profile_url, email = excluded.email, "
    "category = excluded.category, status = excluded.status, notes = excluded.notes, "
    "version = excluded.version, created_at = coalesce(excluded.created_at, account.created_at), "
    "updated_at = excluded.updated_at, deleted_at = excluded.deleted_at "
    "WHERE excluded.version >= account.version")


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _influencer_params(data: Mapping[str, Any]) -> tuple[Any, ...]:
    name = _s(data.get("name"))
    tags = data.get("tags") or []
    return (str(data["id"]), name, name_key(name) if name.strip() else name.casefold(),
            _s(data.get("phone")), _s(data.get("notes")), json.dumps(tags, ensure_ascii=False),
            int(data.get("version") or 0), ts(data.get("created_at")), ts(data.get("updated_at")),
            ts(data.get("deleted_at")))


def _account_params(data: Mapping[str, Any]) -> tuple[Any, ...]:
    return (str(data["id"]), str(data["influencer_id"]), _s(data.get("platform")),
            _s(data.get("handle")), _s(data.get("profile_url")), _s(data.get("email")),
            _s(data.get("category")), _s(data.get("status")) or "active", _s(data.get("notes")),
            int(data.get("version") or 0), ts(data.get("created_at")), ts(data.get("updated_at")),
            ts(data.get("deleted_at")))


def _with_pending(conn: Connection, entity: str, data: dict[str, Any]) -> dict[str, Any]:
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
    """Write a server record locally (keeping waiting local edits on top)."""
    if entity not in (INFLUENCER, ACCOUNT):
        return
    if pending:
        data = _with_pending(conn, entity, data)
    if entity == INFLUENCER:
        conn.exec_driver_sql(_INFLUENCER_UPSERT, _influencer_params(data))
    else:
        conn.exec_driver_sql(_ACCOUNT_UPSERT, _account_params(data))


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


class SyncSideMixin:
    db: Database

    # -- state -------------------------------------------------------------------------------

    def sync_state(self) -> SyncState:
        with self.db.write() as conn:
            row = conn.exec_driver_sql("SELECT device_id, server_url, cursor, last_sync_at, "
                                       "last_error FROM sync_state WHERE id = 1").first()
            if row is None:
                row = (f"desk-{uuid.uuid4()}", None, 0, None, None)
                conn.exec_driver_sql("INSERT INTO sync_state (id, device_id) VALUES (1, ?)",
                                     (row[0],))
        return SyncState(device_id=row[0], server_url=row[1], cursor=row[2],
                         last_sync_at=parse_ts(row[3]), last_error=row[4])

    def set_server(self, url: str | None) -> None:
        """Point the store at a server; a different server means pulling everything again."""
        state = self.sync_state()
        with self.db.write() as conn:
            if state.server_url != url:
                conn.exec_driver_sql("UPDATE sync_state SET server_url = ?, cursor = 0, "
                                     "last_error = NULL WHERE id = 1", (url,))

    def record_sync_result(self, error: str | None) -> None:
        """After a sync attempt: the time of the last good sync, or the error of this one."""
        with self.db.write() as conn:
            if error is None:
                conn.exec_driver_sql("UPDATE sync_state SET last_sync_at = ?, last_error = NULL "
                                     "WHERE id = 1", (ts(utc_now()),))
            else:
                conn.exec_driver_sql("UPDATE sync_state SET last_error = ? WHERE id = 1",
                                     (error,))

    def reset_cursor(self) -> None:
        """Pull everything again on the next sync (after a schema change on the server)."""
        with self.db.write() as conn:
            conn.exec_driver_sql("UPDATE sync_state SET cursor = 0 WHERE id = 1")

    # -- outbox ------------------------------------------------------------------------------

    def claim_outbox(self, limit: int) -> list[OutboxEntry]:
        with self.db.write() as conn:
            return outbox.claim(conn, limit)

    def outbox_entries(self, rejected: bool | None = None) -> list[OutboxEntry]:
        with self.db.read() as conn:
            return outbox.entries(conn, rejected=rejected)

    def outbox_counts(self) -> tuple[int, int]:
        """(edits waiting to be pushed, edits the server rejected)."""
        with self.db.read() as conn:
            return outbox.count(conn)

    def note_push_error(self, entries: Sequence[OutboxEntry], error: str) -> None:
        with self.db.write() as conn:
            outbox.mark_error(conn, (e.op_id for e in entries), error)

    def discard_rejected(self, op_id: UUID | str) -> None:
        """Drop a rejected edit (the server's value stays; the next pull shows it)."""
        with self.db.write() as conn:
            conn.exec_driver_sql("DELETE FROM outbox WHERE op_id = ? AND rejected_reason IS "
                                 "NOT NULL", (str(op_id),))
            conn.exec_driver_sql("UPDATE sync_state SET cursor = 0 WHERE id = 1")

    def retry_rejected(self, op_id: UUID | str) -> None:
        """Send a rejected edit again (after the cause was fixed on the server)."""
        with self.db.write() as conn:
            conn.exec_driver_sql("UPDATE outbox SET rejected_reason = NULL, op_id = ? "
                                 "WHERE op_id = ?", (str(uuid.uuid4()), str(op_id)))

    # -- push results ------------------------------------------------------------------------

    def apply_push_results(self, sent: Sequence[OutboxEntry],
                           results: Sequence[OpResult]) -> dict[OpStatus, int]:
        """Settle a pushed batch in one transaction; returns how many ops ended how."""
        from shared_models.sync import OpStatus

        by_op = {e.op_id: e for e in sent}
        counts = dict.fromkeys(OpStatus, 0)
        with self.db.write() as conn:
            for result in results:
                entry = by_op.get(result.op_id)
                if entry is None:
                    continue
                counts[result.status] += 1
                entity = entry.entity
                record_id = str(result.id)
                if result.status is OpStatus.REJECTED:
                    outbox.mark_rejected(conn, entry.op_id, result.reason or "")
                    continue
                outbox.remove(conn, [entry.op_id])
                if result.status is OpStatus.REMAPPED and result.new_id is not None:
                    remap(conn, entity, record_id, str(result.new_id))
                    record_id = str(result.new_id)
                if result.conflicts:
                    record_conflicts(conn, entity, record_id, result.conflicts)
                if result.status is OpStatus.APPLIED and result.version is not None:
                    # Later local edits of this record were made on top of this one.
                    conn.exec_driver_sql(
                        "UPDATE outbox SET base_version = ? WHERE entity = ? AND id = ? "
                        "AND base_version IS NOT NULL AND base_version < ?",
                        (result.version, entity, record_id, result.version))
                if result.record is not None and entity in (INFLUENCER, ACCOUNT):
                    apply_record(conn, entity, {**result.record, "id": record_id})
                    if entity == INFLUENCER:
                        reindex_influencers(conn, [record_id])
                    else:
                        reindex_accounts(conn, [record_id])
                elif result.version is not None and entity in (INFLUENCER, ACCOUNT):
                    conn.exec_driver_sql(f"UPDATE {entity} SET version = ? WHERE id = ? "
                                         "AND version < ?",
                                         (result.version, record_id, result.version))
        return counts

    # -- pull --------------------------------------------------------------------------------

    def apply_changes(self, page: ChangesPage) -> int:
        """Apply one pulled page and move the cursor, in one transaction; returns row count."""
        with self.db.write() as conn:
            self._apply_changes(conn, page.changes)
            conn.exec_driver_sql("UPDATE sync_state SET cursor = ? WHERE id = 1 AND cursor < ?",
                                 (page.cursor, page.cursor))
        return len(page.changes)

    def _apply_changes(self, conn: Connection, changes: Sequence[Change]) -> None:
        waiting = {(e, i) for e, i in conn.exec_driver_sql(
            "SELECT DISTINCT entity, id FROM outbox WHERE rejected_reason IS NULL")}
        influencers: list[tuple[Any, ...]] = []
        accounts: list[tuple[Any, ...]] = []
        snapshots: list[tuple[str, str, str, float, str, str]] = []
        touched_influencers: list[str] = []
        touched_accounts: list[str] = []
        for change in changes:
            entity = change.entity.value
            data = {**change.data, "id": str(change.id), "version": change.version,
                    "deleted_at": change.deleted_at}
            if entity == SNAPSHOT:
                observed = ts(data.get("observed_at"))
                if observed is not None:
                    snapshots.append((str(change.id), str(data["account_id"]),
                                      _s(data.get("metric")), float(data.get("value") or 0),
                                      observed, _s(data.get("source"))))
                continue
            if entity not in (INFLUENCER, ACCOUNT):
                continue  # attachments are fetched on demand by their own service
            if (entity, str(change.id)) in waiting:
                data = _with_pending(conn, entity, data)
            if entity == INFLUENCER:
                influencers.append(_influencer_params(data))
                touched_influencers.append(str(change.id))
            else:
                accounts.append(_account_params(data))
                touched_accounts.append(str(change.id))
        if influencers:
            conn.exec_driver_sql(_INFLUENCER_UPSERT, influencers)
        if accounts:
            conn.exec_driver_sql(_ACCOUNT_UPSERT, accounts)
        new = insert_snapshots(conn, snapshots, refresh=False) if snapshots else []
        if touched_influencers:
            touched_accounts += accounts_of_influencers(conn, touched_influencers)
        if touched_accounts:
            reindex_accounts(conn, touched_accounts)
        reindexed = set(touched_accounts)
        refresh_metrics(conn, [r[1] for r in new if r[1] not in reindexed])
