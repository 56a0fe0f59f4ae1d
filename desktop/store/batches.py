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
from shared_models.fieldnames import ACCOUNT, EDITABLE, INFLUENCER

CREATED = "created"
CHANGED = "changed"
DELETED = "deleted"
_COLUMNS = "id, kind, source, who, created_at, counts, undone_at"
_CHUNK = 5_000  # batch items written at a time
# The values a created record's item keeps, by entity: what undo compares with the record
# as it is now: the model's settable fields, less the account's profile URL (it follows the
# handle). The import's writer keeps them as a JSON array (a third of the time of an
# object, see `_created_json`), so their order is a stored format: the fields items were
# first kept with, in that order, then any field added to the model since. Arrays kept
# before a field was added are shorter, and items kept by earlier releases hold
# {field: [None, value]}: both read back as the latter, with the fields they have.
_FIRST_KEPT = {
    INFLUENCER: ("name", "phone", "notes", "tags"),
    ACCOUNT: ("influencer_id", "platform", "handle", "email", "category", "status", "notes"),
}
CREATED_FIELDS = {
    entity: (*first, *(name for name in EDITABLE[entity]
                       if name not in first and name != "profile_url"))
    for entity, first in _FIRST_KEPT.items()}


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


@dataclass(frozen=True)
class ImportBatch:
    """An import to keep as a batch, written by the import's writer (`record_import`): the
    records it created are read back from the store; `changed` are the stored records it
    changed, with each field's old and new value."""

    id: str
    source: str  # the file's name
    who: str
    changed: list[BatchItem] = field(default_factory=list)


@dataclass(frozen=True)
class WriteMarks:
    """Where a bulk write began (taken inside its transaction, under the write lock): every
    influencer row past `influencer_rowid`, account past `account_rid` and outbox op past
    `outbox_seq` is the write's own."""

    influencer_rowid: int
    account_rid: int
    outbox_seq: int


@dataclass
class CreatedItems:
    """The records a batch created, checked against the store as it is now."""

    intact: dict[str, list[str]]  # {entity: ids still live and as the batch created them}
    other: list[BatchItem]  # the rest (changed, deleted or gone since): to look at one by one


def write_marks(conn: Connection, account_rid: int) -> WriteMarks:
    """The marks of a bulk write about to begin; `account_rid`: its first account rid."""
    row = conn.exec_driver_sql(
        "SELECT (SELECT coalesce(max(rowid), 0) FROM influencer), "
        "(SELECT coalesce(max(seq), 0) FROM outbox)").one()
    return WriteMarks(int(row[0]), account_rid - 1, int(row[1]))


def _column(name: str, table: str) -> str:
    return f"json({table}.tags)" if name == "tags" else f"{table}.{name}"


def _created_json(entity: str) -> str:
    """SQL: the batch item fields of a created row of `entity`: its CREATED_FIELDS values
    as a JSON array."""
    return f"json_array({', '.join(_column(n, entity) for n in CREATED_FIELDS[entity])})"


def created_fields(entity: str, fields_json: str) -> dict[str, list[Any]]:
    """A created item's fields as {field: [None, value]}, whichever way it was kept."""
    fields = json.loads(fields_json)
    if isinstance(fields, list):
        return {name: [None, value]
                for name, value in zip(CREATED_FIELDS[entity], fields, strict=False)}
    return fields  # type: ignore[no-any-return]


def _intact_sql(entity: str) -> str:
    """SQL: whether record `r` is live and holds every value its created item `b` keeps
    (the item has those fields and no others; an item kept before a field was added to
    the model lacks it). False or NULL sends it to Python's check."""
    names = CREATED_FIELDS[entity]
    first = len(_FIRST_KEPT[entity])
    in_array = " AND ".join(
        f"{_column(name, 'r')} IS json_extract(b.fields, '$[{i}]')" if i < first else
        f"(json_array_length(b.fields) <= {i} OR "
        f"{_column(name, 'r')} IS json_extract(b.fields, '$[{i}]'))"
        for i, name in enumerate(names))
    in_object = " AND ".join(f"{_column(name, 'r')} IS json_extract(b.fields, '$.{name}[1]')"
                             for name in names[:first])
    tags = "json_valid(r.tags) AND " if "tags" in names else ""
    return (f"r.deleted_at IS NULL AND {tags}CASE json_type(b.fields) "
            f"WHEN 'array' THEN json_array_length(b.fields) BETWEEN {first} AND {len(names)} "
            f"AND {in_array} "
            f"ELSE (SELECT count(*) FROM json_each(b.fields)) = {first} AND {in_object} "
            "END")


def record_import(conn: Connection, batch: ImportBatch, marks: WriteMarks) -> None:
    """Keep an import's batch inside its transaction, after its last write: the records
    past `marks` as created (with their values now), `batch.changed` as changed, and the
    import's outbox ops tagged with the batch."""
    _insert_batch(conn, batch.id, "import", batch.source, batch.who)
    counts: dict[str, int] = {}
    for entity, since in (("influencer", f"rowid > {marks.influencer_rowid} ORDER BY rowid"),
                          ("account", f"rid > {marks.account_rid} ORDER BY rid")):
        created = conn.exec_driver_sql(
            "INSERT INTO change_batch_item (batch_id, entity, record_id, action, fields) "
            f"SELECT ?, ?, id, ?, {_created_json(entity)} FROM {entity} WHERE {since}",
            (batch.id, entity, CREATED)).rowcount
        if created:
            counts[f"{entity}s_{CREATED}"] = created
    _insert_items(conn, batch.id, batch.changed, counts)
    outbox.tag_batch_since(conn, batch.id, marks.outbox_seq)
    conn.exec_driver_sql("UPDATE change_batch SET counts = ? WHERE id = ?",
                         (json.dumps(counts), batch.id))


def _insert_batch(conn: Connection, batch_id: str, kind: str, source: str, who: str) -> None:
    conn.exec_driver_sql(
        f"INSERT INTO change_batch ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, NULL)",
        (batch_id, kind, source, who, ts(utc_now()), "{}"))


def _insert_items(conn: Connection, batch_id: str, items: list[BatchItem],
                  counts: dict[str, int]) -> None:
    for item in items:
        key = f"{item.entity}s_{item.action}"
        counts[key] = counts.get(key, 0) + 1
    if items:
        conn.exec_driver_sql(
            "INSERT INTO change_batch_item (batch_id, entity, record_id, action, fields) "
            "VALUES (?, ?, ?, ?, ?)",
            [(batch_id, i.entity, i.record_id, i.action,
              json.dumps(i.fields, ensure_ascii=False)) for i in items])


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
            _insert_batch(conn, batch_id, kind, source, who)
            pending = iter(items)  # a chunk at a time: a large batch is never held at once
            while chunk := list(islice(pending, _CHUNK)):
                _insert_items(conn, batch_id, chunk, counts)
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

    def batch_items(self, batch_id: str, actions: Iterable[str] = (CREATED, CHANGED, DELETED)
                    ) -> list[BatchItem]:
        """The batch's items with these actions, in the order it kept them."""
        wanted = list(actions)
        with self.db.read() as conn:
            return [BatchItem(r[0], r[1], r[2], created_fields(r[0], r[3]) if r[2] == CREATED
                              else json.loads(r[3])) for r in conn.exec_driver_sql(
                "SELECT entity, record_id, action, fields FROM change_batch_item "
                f"WHERE batch_id = ? AND action IN ({','.join('?' * len(wanted))}) "
                "ORDER BY rowid", (batch_id, *wanted))]

    def created_items(self, batch_id: str) -> CreatedItems:
        """The records the batch created, checked against the store in SQL: those still live
        and as created, by id; the others as items, for undo to say why it keeps them."""
        out = CreatedItems({entity: [] for entity in CREATED_FIELDS}, [])
        with self.db.read() as conn:
            for entity in CREATED_FIELDS:
                for record_id, intact, fields in conn.exec_driver_sql(
                        "SELECT record_id, intact, CASE WHEN intact THEN NULL ELSE fields END "
                        f"FROM (SELECT b.rowid AS n, b.record_id, ({_intact_sql(entity)}) "
                        f"AS intact, b.fields FROM change_batch_item b LEFT JOIN {entity} r "
                        "ON r.id = b.record_id WHERE b.batch_id = ? AND b.action = ? "
                        "AND b.entity = ?) ORDER BY n", (batch_id, CREATED, entity)):
                    if intact:
                        out.intact[entity].append(record_id)
                    else:
                        out.other.append(BatchItem(entity, record_id, CREATED,
                                                   created_fields(entity, fields)))
        return out

    def mark_undone(self, batch_id: str) -> None:
        with self.db.write() as conn:
            conn.exec_driver_sql("UPDATE change_batch SET undone_at = ? WHERE id = ?",
                                 (ts(utc_now()), batch_id))

    @staticmethod
    def _get(conn: Connection, batch_id: str) -> BatchInfo | None:
        row = conn.exec_driver_sql(f"SELECT {_COLUMNS} FROM change_batch WHERE id = ?",
                                   (batch_id,)).first()
        return _info(row) if row else None
