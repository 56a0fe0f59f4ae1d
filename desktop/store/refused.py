"""Changes the server refused: shown with what and why, then edited and retried, or discarded.

A refused change is never sent again by itself (it would be refused again); it waits in the
outbox, marked, until the user decides. "Edit and retry" applies the corrected values to the
record (checked like any edit) and sends the change again with them, as a new change;
"discard" drops it, and the next sync brings the server's values back.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from desktop.i18n.catalog import recognised
from desktop.store import outbox
from desktop.store.db import Database
from desktop.store.errors import NotFound
from desktop.store.models import OutboxEntry
from desktop.store.records import Records
from shared_models.texts import user_text


@dataclass(frozen=True)
class RefusedChange:
    op_id: UUID
    entity: str
    record_id: UUID
    kind: str  # upsert | delete | restore
    fields: dict[str, Any]
    reason: str
    creates: bool  # the change creates the record (none of it reached the server yet)
    label: str  # the record as people know it: "김민지", "A/kim" (desktop/changes/refused.py
    # words the whole change: "New influencer 김민지")

    def to_dict(self) -> dict[str, Any]:
        return {"op_id": str(self.op_id), "entity": self.entity, "id": str(self.record_id),
                "kind": self.kind, "fields": self.fields, "reason": self.reason}


class Refused:
    """The refused changes of this desk and the two ways out of them."""

    def __init__(self, db: Database, records: Records) -> None:
        self.db = db
        self.records = records

    def refused_changes(self) -> list[RefusedChange]:
        return [self._describe(e) for e in outbox.entries_of(self.db, rejected=True)]

    def _describe(self, entry: OutboxEntry) -> RefusedChange:
        return RefusedChange(entry.op_id, entry.entity, entry.id, entry.kind, entry.fields,
                             recognised(entry.rejected_reason or ""),
                             entry.kind == "upsert" and entry.base_version is None,
                             self._label(entry))

    def _label(self, entry: OutboxEntry) -> str:
        if entry.entity == "influencer":
            found = self.records.get_influencer(entry.id, include_deleted=True)
            return found.name if found else str(entry.id)
        if entry.entity == "account":
            account = self.records.get_account(entry.id, include_deleted=True)
            return f"{account.platform.value}/{account.handle}" if account else str(entry.id)
        return str(entry.id)

    def _entry(self, op_id: UUID | str) -> OutboxEntry:
        for entry in outbox.entries_of(self.db, rejected=True):
            if str(entry.op_id) == str(op_id) or str(entry.op_id).startswith(str(op_id)):
                return entry
        raise NotFound("op_id", op_id, user_text("There is no refused change {id}.", id=op_id))

    def retry_refused(self, op_id: UUID | str, **fields: Any) -> RefusedChange | None:
        """Send a refused change again, with `fields` corrected first (checked like any
        edit of the record). Returns the change as it will be sent (None if it is gone)."""
        entry = self._entry(op_id)
        with self.db.write() as conn:
            if fields and entry.kind == "upsert":
                edit = (self.records.update_influencer if entry.entity == "influencer"
                        else self.records.update_account)
                edit(entry.id, **fields)  # validates, writes the record, queues its own op
                newest = conn.exec_driver_sql(
                    "SELECT seq, fields FROM outbox WHERE entity = ? AND id = ? AND seq > ? "
                    "AND rejected_reason IS NULL ORDER BY seq DESC LIMIT 1",
                    (entry.entity, str(entry.id), entry.seq)).first()
                if newest is not None:  # one change: the refused one with the corrections
                    merged = {**entry.fields, **json.loads(newest[1])}
                    conn.exec_driver_sql(
                        "UPDATE outbox SET fields = ?, base_version = ? WHERE seq = ?",
                        (json.dumps(merged, ensure_ascii=False), entry.base_version, newest[0]))
                    outbox.remove(conn, [entry.op_id])
                    return None
            conn.exec_driver_sql(
                "UPDATE outbox SET rejected_reason = NULL, attempts = 0, last_error = NULL, "
                "op_id = ? WHERE seq = ?", (str(uuid.uuid4()), entry.seq))
        return None

    def discard_refused(self, op_id: UUID | str) -> None:
        """Drop a refused change; the next sync brings the server's values back."""
        entry = self._entry(op_id)
        with self.db.write() as conn:
            outbox.remove(conn, [entry.op_id])
            conn.exec_driver_sql("UPDATE sync_state SET cursor = 0 WHERE id = 1")

