"""The outbox: every local edit waiting to be pushed, in the order it was made.

Compaction: an upsert on a record that already has an upsert waiting (not yet tried, not
rejected) is folded into it. The waiting op keeps its older `base_version`, so the server
still sees every field changed since the version the user started from; an op that has been
sent once is never changed again, because the server is idempotent on `op_id` and would
answer a replay with the old result. Folding never moves an edit before what it depends on:
an edit that points at a record whose create was queued later (a move to a person added
after the account's waiting op) is queued as its own op after that create.

Bulk creates (an import's hundreds of thousands of records) queue their upserts with
`fields = WHOLE_RECORD`: "every field of the record as it is stored". Repeating each record
as JSON in the outbox doubled what an import writes. The fields are read from the record when
the op is first claimed and written into the op then, so a retry sends the same payload; up
to that moment, the record row holds exactly what a compacted upsert would (its creation
values with every later edit folded in).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any
from uuid import UUID

from desktop.store.connection import Connection
from desktop.store.db import Database
from desktop.store.ids import new_ids
from desktop.store.models import OutboxEntry, parse_ts, ts, utc_now
from shared_models.fieldnames import ACCOUNT, EDITABLE, INFLUENCER

if TYPE_CHECKING:  # pydantic loads on first use, not with the store
    from shared_models.sync import OpKind

UPSERT = "upsert"  # OpKind values

WHOLE_RECORD = "*"  # fields: the record's own, read when the op is claimed (never valid JSON)
# The fields an upsert of a created record carries (records.create_*), per entity.
RECORD_FIELDS = {entity: EDITABLE[entity] for entity in (INFLUENCER, ACCOUNT)}
# Fields that point at another record (and that record's entity): ops are never sent
# before the create of what they point at.
REFERENCES = {"influencer_id": "influencer", "account_id": "account"}
_CHUNK = 500

_COLUMNS = ("seq, op_id, entity, id, kind, base_version, fields, created_at, attempts, "
            "last_error, rejected_reason, batch_id")


def _record_json(entity: str) -> str:
    """SQL building a record's WHOLE_RECORD fields as JSON, inside SQLite (no Python per row)."""
    return "json_object(" + ", ".join(
        f"'{c}', {'json(tags)' if c == 'tags' else c}" for c in RECORD_FIELDS[entity]) + ")"


def record_fields(conn: Connection, entity: str, ids: Iterable[str]) -> dict[str, str]:
    """The WHOLE_RECORD fields JSON of these records, by id (records that are gone: absent)."""
    wanted = list(dict.fromkeys(ids))
    out: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        out.update(conn.exec_driver_sql(
            f"SELECT id, {_record_json(entity)} FROM {entity} "
            f"WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk)).all())
    return out


def _with_record_fields(conn: Connection, rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Outbox rows with WHOLE_RECORD fields read from their records ('{}' if gone)."""
    out = [list(r) for r in rows]
    by_entity: dict[str, list[list[Any]]] = {}
    for r in out:
        if r[6] == WHOLE_RECORD:
            by_entity.setdefault(r[2], []).append(r)
    for entity, waiting in by_entity.items():
        found = record_fields(conn, entity, (r[3] for r in waiting))
        for r in waiting:
            r[6] = found.get(r[3], "{}")
    return out


def _entry(row: Sequence[Any]) -> OutboxEntry:
    created = parse_ts(row[7])
    assert created is not None
    return OutboxEntry(seq=row[0], op_id=UUID(row[1]), entity=row[2], id=UUID(row[3]),
                       kind=row[4], base_version=row[5], fields=json.loads(row[6]),
                       created_at=created, attempts=row[8], last_error=row[9],
                       rejected_reason=row[10], batch_id=UUID(row[11]) if row[11] else None)


def enqueue(conn: Connection, entity: str, record_id: str, kind: OpKind | str,
            base_version: int | None, fields: dict[str, Any],
            before: dict[str, Any] | None = None) -> None:
    """Queue one edit (in the caller's transaction), folding it into a waiting upsert.

    An edit that points at a record whose own op is queued later (a move to a person
    created after this record's waiting op) is not folded: it would reach the server
    before its target. `before`: the record's values before this edit, so a waiting
    WHOLE_RECORD op can keep sending them."""
    if kind == UPSERT:
        last = conn.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM outbox WHERE entity = ? AND id = ? "
            "ORDER BY seq DESC LIMIT 1", (entity, record_id)).first()
        waiting = (last is not None and last[4] == UPSERT and last[8] == 0
                   and last[10] is None)
        if waiting and _waits_for_later(conn, fields, last[0]):
            if last[6] == WHOLE_RECORD:  # it must not send the new reference early
                _freeze(conn, entity, record_id, last[0], before or {})
        elif waiting and last[11] is None:  # an import's op stays its own
            if last[6] == WHOLE_RECORD:  # it will send the record as it is then: this too
                return
            else:
                merged = {**json.loads(last[6]), **fields}
                conn.exec_driver_sql("UPDATE outbox SET fields = ? WHERE seq = ?",
                                     (json.dumps(merged, ensure_ascii=False), last[0]))
                return
    conn.exec_driver_sql(
        "INSERT INTO outbox (op_id, entity, id, kind, base_version, fields, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (str(uuid.uuid4()), entity, record_id, str(kind), base_version,
         json.dumps(fields, ensure_ascii=False), ts(utc_now())))


def _waits_for_later(conn: Connection, fields: dict[str, Any], seq: int) -> bool:
    """`fields` refer to a record that has an op queued after `seq` (its create)."""
    for ref, target_entity in REFERENCES.items():
        target = fields.get(ref)
        if target and conn.exec_driver_sql(
                "SELECT 1 FROM outbox WHERE entity = ? AND id = ? AND seq > ? LIMIT 1",
                (target_entity, str(target), seq)).first():
            return True
    return False


def _freeze(conn: Connection, entity: str, record_id: str, seq: int,
            before: dict[str, Any]) -> None:
    """Write a WHOLE_RECORD op's fields now, with the values it had before this edit."""
    fields = json.loads(record_fields(conn, entity, [record_id]).get(record_id, "{}"))
    fields.update({k: v for k, v in before.items() if k in fields})
    conn.exec_driver_sql("UPDATE outbox SET fields = ? WHERE seq = ?",
                         (json.dumps(fields, ensure_ascii=False), seq))


def enqueue_many(conn: Connection, entity: str, rows: Iterable[tuple[str, dict[str, Any]]]) -> None:
    """Queue many creates at once (metric snapshots): no compaction, one statement."""
    now = ts(utc_now())
    conn.exec_driver_sql(
        "INSERT INTO outbox (op_id, entity, id, kind, base_version, fields, created_at) "
        "VALUES (?, ?, ?, 'upsert', NULL, ?, ?)",
        [(str(uuid.uuid4()), entity, record_id, json.dumps(fields, ensure_ascii=False), now)
         for record_id, fields in rows])


def tag_batch(conn: Connection, batch_id: str, entity: str, record_ids: Iterable[str]) -> None:
    """Mark these records' edits not sent yet as part of an import or merge (the server's
    history records the batch). Edits already sent keep their payload (idempotency)."""
    ids = list(dict.fromkeys(record_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        conn.exec_driver_sql(  # (entity, id): ix_outbox_record
            f"UPDATE outbox SET batch_id = ? WHERE entity = ? AND id IN "
            f"({','.join('?' * len(chunk))}) AND attempts = 0 AND batch_id IS NULL",
            (batch_id, entity, *chunk))


def tag_batch_since(conn: Connection, batch_id: str, seq: int) -> None:
    """`tag_batch` for every op queued after `seq` (a bulk write's own, in its transaction)."""
    conn.exec_driver_sql("UPDATE outbox SET batch_id = ? WHERE seq > ? AND attempts = 0 "
                         "AND batch_id IS NULL", (batch_id, seq))


def enqueue_deletes(conn: Connection, entity: str, records: Iterable[tuple[str, int]]) -> None:
    """Queue the soft delete of many records, (id, base version) each, in one statement."""
    now = ts(utc_now())
    rows = list(records)
    op_ids = new_ids(len(rows))  # ascending: the op_id index grows at its end
    conn.exec_driver_sql(
        "INSERT INTO outbox (op_id, entity, id, kind, base_version, fields, created_at) "
        "VALUES (?, ?, ?, 'delete', ?, '{}', ?)",
        [(op_id, entity, record_id, version, now)
         for op_id, (record_id, version) in zip(op_ids, rows, strict=True)])


def pending_fields(conn: Connection, entity: str, record_id: str) -> dict[str, Any]:
    """The field values of waiting (not rejected) upserts of one record, latest last."""
    merged: dict[str, Any] = {}
    for (fields,) in conn.exec_driver_sql(
            "SELECT fields FROM outbox WHERE entity = ? AND id = ? AND kind = 'upsert' "
            "AND rejected_reason IS NULL ORDER BY seq", (entity, record_id)):
        if fields == WHOLE_RECORD:
            fields = record_fields(conn, entity, [record_id]).get(record_id, "{}")
        merged.update(json.loads(fields))
    return merged


def pending_kinds(conn: Connection, entity: str, record_id: str) -> list[str]:
    return [k for (k,) in conn.exec_driver_sql(
        "SELECT kind FROM outbox WHERE entity = ? AND id = ? AND rejected_reason IS NULL "
        "ORDER BY seq", (entity, record_id))]


def claim(conn: Connection, limit: int) -> list[OutboxEntry]:
    """The next ops to push, oldest first; marks them tried so they are never compacted
    (and writes WHOLE_RECORD fields in, so every attempt sends the same payload).

    The claim is a range: the first `limit` waiting ops are every waiting op up to the last
    one's seq, so each step below is one set-based statement over that range."""
    last = conn.exec_driver_sql(
        "SELECT max(seq) FROM (SELECT seq FROM outbox WHERE rejected_reason IS NULL "
        "ORDER BY seq LIMIT ?)", (limit,)).scalar()
    if last is None:
        return []
    claimed = "seq <= ? AND rejected_reason IS NULL"
    for entity in RECORD_FIELDS:  # `+entity`: walk the seq range, not every op of the entity
        conn.exec_driver_sql(
            f"UPDATE outbox SET fields = coalesce((SELECT {_record_json(entity)} FROM {entity} "
            f"AS r WHERE r.id = outbox.id), '{{}}') WHERE {claimed} AND +entity = ? "
            f"AND fields = '{WHOLE_RECORD}'", (last, entity))
    conn.exec_driver_sql(f"UPDATE outbox SET attempts = attempts + 1 WHERE {claimed}", (last,))
    return [_entry(r) for r in conn.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM outbox WHERE {claimed} ORDER BY seq", (last,))]


def entries(conn: Connection, *, rejected: bool | None = None) -> list[OutboxEntry]:
    where = {None: "", True: "WHERE rejected_reason IS NOT NULL",
             False: "WHERE rejected_reason IS NULL"}[rejected]
    return [_entry(r) for r in _with_record_fields(conn, conn.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM outbox {where} ORDER BY seq").all())]


def entries_of(db: Database, *, rejected: bool | None = None) -> list[OutboxEntry]:
    with db.read() as conn:
        return entries(conn, rejected=rejected)


def count(conn: Connection) -> tuple[int, int]:
    """(waiting, rejected)."""
    row = conn.exec_driver_sql(
        "SELECT count(*) - count(rejected_reason), count(rejected_reason) FROM outbox").one()
    return int(row[0]), int(row[1])


def remove(conn: Connection, op_ids: Iterable[UUID | str]) -> None:
    conn.exec_driver_sql("DELETE FROM outbox WHERE op_id = ?", [(str(o),) for o in op_ids])


def remove_seqs(conn: Connection, seqs: Iterable[int]) -> None:
    conn.exec_driver_sql("DELETE FROM outbox WHERE seq = ?", [(s,) for s in seqs])


def mark_rejected(conn: Connection, op_id: UUID | str, reason: str) -> None:
    conn.exec_driver_sql("UPDATE outbox SET rejected_reason = ? WHERE op_id = ?",
                         (reason or "The server refused this change.", str(op_id)))


def mark_error(conn: Connection, op_ids: Iterable[UUID | str], error: str) -> None:
    conn.exec_driver_sql("UPDATE outbox SET last_error = ? WHERE op_id = ?",
                         [(error, str(o)) for o in op_ids])
