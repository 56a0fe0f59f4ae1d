"""Conflicts kept for the user: the server's value stands, yours is kept until resolved.

"Keep mine" makes a new edit with your value (for the field `deleted`: restores the record
and re-applies your edit, or deletes it when yours was the delete); "keep theirs" marks the
conflict resolved. Each resolution is sent to the server with the next sync, which resolves
it there and on every desk holding a conflict on the same field (`settle`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from desktop.i18n.catalog import recognised
from desktop.store.connection import Connection
from desktop.store.db import Database
from desktop.store.errors import NotFound
from desktop.store.models import StoredConflict, parse_ts, ts, utc_now
from desktop.store.records import Records
from shared_models.errors import InvalidValue
from shared_models.sync import Resolution
from shared_models.texts import user_text

if TYPE_CHECKING:
    from shared_models.sync import FieldConflict

DELETED_FIELD = "deleted"
_SELECT = (
    "SELECT c.id, c.entity, c.record_id, c.field, c.your_value, c.server_value, c.created_at, "
    "c.resolved_at, c.resolution, coalesce(i.name, a.platform || '/' || a.handle, ''), "
    "c.reason "
    "FROM conflict c LEFT JOIN influencer i ON c.entity = 'influencer' AND i.id = c.record_id "
    "LEFT JOIN account a ON c.entity = 'account' AND a.id = c.record_id")


def _conflict(row: Sequence[Any]) -> StoredConflict:
    created = parse_ts(row[6])
    assert created is not None
    return StoredConflict(
        id=UUID(row[0]), entity=row[1], record_id=UUID(row[2]), field=row[3],
        your_value=json.loads(row[4]) if row[4] is not None else None,
        server_value=json.loads(row[5]) if row[5] is not None else None,
        created_at=created, resolved_at=parse_ts(row[7]), resolution=row[8], label=row[9],
        reason=recognised(row[10]) if row[10] else row[10])


def record_conflicts(conn: Connection, entity: str, record_id: str,
                     found: Iterable[FieldConflict], reason: str | None = None) -> int:
    rows = [(str(c.conflict_id), entity, record_id, c.field,
             json.dumps(c.your_value, ensure_ascii=False, default=str),
             json.dumps(c.server_value, ensure_ascii=False, default=str), ts(utc_now()),
             reason)
            for c in found]
    if rows:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO conflict (id, entity, record_id, field, your_value, "
            "server_value, created_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return len(rows)


class Conflicts:
    """The conflicts kept for the user, and resolving them ("keep mine" edits the record)."""

    def __init__(self, db: Database, records: Records) -> None:
        self.db = db
        self.records = records

    def conflicts(self, include_resolved: bool = False) -> list[StoredConflict]:
        where = "" if include_resolved else " WHERE c.resolved_at IS NULL"
        with self.db.read() as conn:
            return [_conflict(r) for r in conn.exec_driver_sql(
                _SELECT + where + " ORDER BY c.created_at, c.id")]

    def get_conflict(self, id: UUID | str) -> StoredConflict:
        with self.db.read() as conn:
            row = conn.exec_driver_sql(_SELECT + " WHERE c.id = ?", (str(id),)).first()
            if row is None:
                # Also accept a unique prefix, as people copy short ids from the list.
                found = conn.exec_driver_sql(_SELECT + " WHERE c.id LIKE ? || '%'",
                                             (str(id).lower(),)).all()
                row = found[0] if len(found) == 1 else None
        if row is None:
            raise NotFound("id", id, user_text("There is no conflict with id {id}.", id=id))
        return _conflict(row)

    def resolve_conflict(self, id: UUID | str, keep: Resolution | str) -> StoredConflict:
        """Settle one conflict: MINE re-applies your value as a new edit; THEIRS drops it."""
        if keep not in set(Resolution):
            raise InvalidValue("keep", keep, user_text(
                "'{value}' is not a choice (use mine or theirs).", value=keep))
        keep = Resolution(keep)
        conflict = self.get_conflict(id)
        if conflict.resolved_at is not None:
            raise InvalidValue("id", id, user_text("This conflict is already resolved."))
        with self.db.write() as conn:
            if keep is Resolution.MINE:
                self._keep_mine(conflict)
            conn.exec_driver_sql("UPDATE conflict SET resolved_at = ?, resolution = ? "
                                 "WHERE id = ?", (ts(utc_now()), keep.value, str(conflict.id)))
        return self.get_conflict(conflict.id)

    def _keep_mine(self, conflict: StoredConflict) -> None:
        from shared_models.records import EDITABLE_FIELDS, Entity

        entity = Entity(conflict.entity)
        records = self.records
        update = (records.update_influencer if entity is Entity.INFLUENCER
                  else records.update_account)
        restore = (records.restore_influencer if entity is Entity.INFLUENCER
                   else records.restore_account)
        if conflict.field == DELETED_FIELD and conflict.your_value is True:
            delete = (records.delete_influencer if entity is Entity.INFLUENCER
                      else records.delete_account)
            delete(conflict.record_id)  # you deleted it; the server kept it
            return
        if conflict.field == DELETED_FIELD:
            restore(conflict.record_id)
            mine = conflict.your_value
            if isinstance(mine, dict):
                edits = {k: v for k, v in mine.items() if k in EDITABLE_FIELDS[entity]}
                if edits:
                    update(conflict.record_id, **edits)
            return
        update(conflict.record_id, **{conflict.field: conflict.your_value})


def unsent_resolutions(conn: Connection) -> list[tuple[str, str]]:
    """(conflict id, resolution) of conflicts resolved here and not yet told to the server."""
    return [(r[0], r[1]) for r in conn.exec_driver_sql(
        "SELECT id, resolution FROM conflict WHERE resolved_at IS NOT NULL "
        "AND resolution_sent_at IS NULL AND resolution IN ('mine', 'theirs')")]


def mark_sent(conn: Connection, ids: Sequence[str]) -> None:
    conn.exec_driver_sql("UPDATE conflict SET resolution_sent_at = ? WHERE id = ?",
                         [(ts(utc_now()), i) for i in ids])


def open_ids(conn: Connection) -> list[str]:
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT id FROM conflict WHERE resolved_at IS NULL")]


def settle(conn: Connection, resolved: Iterable[tuple[str, str]]) -> int:
    """Conflicts the server says were resolved (here or on another desk): resolved here
    too, as already sent."""
    now = ts(utc_now())
    rows = [(now, resolution, now, conflict_id) for conflict_id, resolution in resolved]
    if rows:
        conn.exec_driver_sql("UPDATE conflict SET resolved_at = ?, resolution = ?, "
                             "resolution_sent_at = ? WHERE id = ? AND resolved_at IS NULL", rows)
    return len(rows)
