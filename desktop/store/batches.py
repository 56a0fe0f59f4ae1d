"""Import batches and merges done on this desk: what undo needs (issue 20, docs/history.md).

A batch lists each record it created (with the values it created it with), each record it
changed (`{field: [old, new]}`) and each record it deleted (a merge's other person). Undo
compares those values with the records as they are now, so a value someone changed after
the batch is never taken back. The batch's edits not sent yet are tagged with its id in the
outbox, so the server's history says which import or merge they came from.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import Any

from desktop.store import outbox
from desktop.store.connection import Connection
from desktop.store.db import Database
from desktop.store.models import parse_ts, ts, utc_now

CREATED = "created"
CHANGED = "changed"
DELETED = "deleted"
_COLUMNS = "id, kind, source, who, created_at, counts, undone_at"
_CHUNK = 5_000  # batch items written at a time


@dataclass(frozen=True)
class BatchItem:
    entity: str  # influencer or account
    record_id: str
    action: str  # CREATED, CHANGED or DELETED
    fields: dict[str, list[Any]] = field(default_factory=dict)  # {field: [old, new]}


@dataclass(frozen=True)
class BatchInfo:
    id: str
    kind: str  # import, merge
    source: str  # the file, or "KEEP <- OTHER"
    who: str  # the token's name this desk syncs as ('' offline)
    created_at: datetime
    counts: dict[str, int]
    undone_at: datetime | None

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "source": self.source, "who": self.who,
                "created_at": self.created_at.isoformat(), "counts": self.counts,
                "undone_at": self.undone_at.isoformat() if self.undone_at else None}


def _info(row: Any) -> BatchInfo:
    created = parse_ts(row[4])
    assert created is not None
    return BatchInfo(row[0], row[1], row[2], row[3], created, json.loads(row[5]),
                     parse_ts(row[6]))


class Batches:
    """The change_batch and change_batch_item tables."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def record_batch(self, kind: str, source: str, who: str, items: Iterable[BatchItem],
                     batch_id: str | None = None) -> BatchInfo:
        """Keep a batch (in the caller's transaction, if any) and tag its waiting edits."""
        batch_id = batch_id or str(uuid.uuid4())
        counts: dict[str, int] = {}
        with self.db.write() as conn:
            conn.exec_driver_sql(
                f"INSERT INTO change_batch ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, NULL)",
                (batch_id, kind, source, who, ts(utc_now()), "{}"))
            # A chunk at a time: an import of 100,000 rows is 300,000 items, which held at
            # once would double the import's peak memory.
            pending = iter(items)
            while chunk := list(islice(pending, _CHUNK)):
                for item in chunk:
                    key = f"{item.entity}s_{item.action}"
                    counts[key] = counts.get(key, 0) + 1
                conn.exec_driver_sql(
                    "INSERT INTO change_batch_item (batch_id, entity, record_id, action, "
                    "fields) VALUES (?, ?, ?, ?, ?)",
                    [(batch_id, i.entity, i.record_id, i.action,
                      json.dumps(i.fields, ensure_ascii=False)) for i in chunk])
                by_entity: dict[str, list[str]] = {}
                for item in chunk:
                    by_entity.setdefault(item.entity, []).append(item.record_id)
                for entity, ids in by_entity.items():
                    outbox.tag_batch(conn, batch_id, entity, ids)
            conn.exec_driver_sql("UPDATE change_batch SET counts = ? WHERE id = ?",
                                 (json.dumps(counts), batch_id))
            return self._get(conn, batch_id)  # type: ignore[return-value]

    def batches(self, limit: int = 50) -> list[BatchInfo]:
        """The newest batches first."""
        with self.db.read() as conn:
            return [_info(r) for r in conn.exec_driver_sql(
                f"SELECT {_COLUMNS} FROM change_batch ORDER BY created_at DESC LIMIT ?",
                (limit,))]

    def get_batch(self, batch_id: str) -> BatchInfo | None:
        with self.db.read() as conn:
            return self._get(conn, batch_id)

    def last_batch(self, kind: str | None = None) -> BatchInfo | None:
        """The newest batch not undone yet (of `kind`, if given)."""
        where = "undone_at IS NULL" + (" AND kind = ?" if kind else "")
        with self.db.read() as conn:
            row = conn.exec_driver_sql(
                f"SELECT {_COLUMNS} FROM change_batch WHERE {where} ORDER BY created_at DESC "
                "LIMIT 1", (kind,) if kind else ()).first()
        return _info(row) if row else None

    def batch_items(self, batch_id: str) -> list[BatchItem]:
        with self.db.read() as conn:
            return [BatchItem(r[0], r[1], r[2], json.loads(r[3])) for r in conn.exec_driver_sql(
                "SELECT entity, record_id, action, fields FROM change_batch_item "
                "WHERE batch_id = ? ORDER BY rowid", (batch_id,))]

    def mark_undone(self, batch_id: str) -> None:
        with self.db.write() as conn:
            conn.exec_driver_sql("UPDATE change_batch SET undone_at = ? WHERE id = ?",
                                 (ts(utc_now()), batch_id))

    @staticmethod
    def _get(conn: Connection, batch_id: str) -> BatchInfo | None:
        row = conn.exec_driver_sql(f"SELECT {_COLUMNS} FROM change_batch WHERE id = ?",
                                   (batch_id,)).first()
        return _info(row) if row else None
