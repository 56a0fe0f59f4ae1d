"""The append-only change history (issue 20; docs/history.md).

The push (sync/push.py) notes every change at the point it applies it, `note(...)`, and
writes the batch's notes with its rows, `record(conn)`: one multi-row insert in the push's
transaction, so a change and its history commit together or not at all. Nothing ever
updates or deletes a history row; deleting a record keeps its history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, insert, select

from shared_models.history import HistoryAction, HistoryEntry
from shared_models.records import Entity, jsonable
from sync_api import models

_table = models.ChangeHistory.__table__  # type: ignore[attr-defined]

Row = Mapping[str, Any]


class HistoryNotes:
    """The history rows of one push batch, written with it."""

    def __init__(self, actor: str, device_id: str) -> None:
        self.actor = actor
        self.device_id = device_id
        self.rows: list[dict[str, Any]] = []

    def note(self, entity: Entity, fields: Sequence[str], before: Row | None, after: Row,
             when: datetime, op_id: UUID | None, batch_id: UUID | None,
             merged_into: str | None = None) -> None:
        """What changed from `before` (None: created) to `after`, field by field.
        `merged_into`: a delete that merged the record into that one (the tombstone's
        pointer)."""
        base = {"entity": entity.value, "record_id": after["id"], "changed_at": when,
                "actor": self.actor, "device_id": self.device_id, "batch_id": batch_id,
                "op_id": op_id}
        if before is None:
            self.rows.append({**base, "action": HistoryAction.CREATE.value, "field": "",
                              "old_value": None,
                              "new_value": {f: jsonable(after[f]) for f in fields}})
            return
        if (before.get("deleted_at") is None) != (after.get("deleted_at") is None):
            deleted = after.get("deleted_at") is not None
            self.rows.append({**base, "field": "deleted", "old_value": not deleted,
                              "new_value": deleted, "action": (
                                  HistoryAction.DELETE if deleted else HistoryAction.RESTORE
                              ).value})
            if deleted and merged_into:
                self.rows.append({**base, "action": HistoryAction.MERGE.value,
                                  "field": "merged_into", "old_value": None,
                                  "new_value": merged_into})
        for name in fields:
            old, new = jsonable(before[name]), jsonable(after[name])
            if old != new:
                self.rows.append({**base, "action": HistoryAction.UPDATE.value, "field": name,
                                  "old_value": old, "new_value": new})

    def record(self, conn: Connection) -> None:
        """Append the noted rows (in the caller's transaction)."""
        if self.rows:
            conn.execute(insert(_table), self.rows)
            self.rows = []


def history_of(conn: Connection, record_ids: Sequence[UUID], limit: int) -> list[HistoryEntry]:
    """The entries of these records, newest first (at most `limit`)."""
    rows = conn.execute(
        select(_table).where(_table.c.record_id.in_(list(record_ids)))
        .order_by(_table.c.id.desc()).limit(limit)).mappings()
    return [HistoryEntry(id=r["id"], entity=r["entity"], record_id=r["record_id"],
                         action=HistoryAction(r["action"]), field=r["field"],
                         old=r["old_value"], new=r["new_value"], changed_at=r["changed_at"],
                         actor=r["actor"], device_id=r["device_id"], batch_id=r["batch_id"])
            for r in rows]
