"""Settling a pushed batch: drop the sent ops, keep rejections and conflicts, remap ids and
store the server's echo of each record.

Most echoes (every record of an import, on its first push) differ from the local row only
in server bookkeeping: the version and the server's timestamps. Those update exactly these
columns and leave the search index alone; only an echo that carries a real change (the
server merged in someone else's edit, or normalised a value) rewrites its row and re-indexes
it. The echo of a create that repeats the values sent, of a record with no op left in the
outbox, is the common case: such echoes share the batch's version and timestamps (the server
applies a batch in one transaction), so one set-based statement per entity stores them all.
A batch made only of such creates of one entity (an import's push) is recognised without a
Python loop over its ops (`_settle_created`); any other batch takes the per-op path.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import eq, itemgetter
from typing import TYPE_CHECKING, Any

from desktop.store import outbox
from desktop.store.conflicts import record_conflicts
from desktop.store.connection import Connection, chunks
from desktop.store.models import OutboxEntry, PushOutcome
from desktop.store.outbox import UPSERT
from desktop.store.searchindex import reindex_accounts, reindex_influencers
from desktop.store.serverrecords import (
    ACCOUNT_UPSERT,
    INFLUENCER,
    INFLUENCER_UPSERT,
    VERSIONED,
    account_params,
    influencer_params,
    remap,
    server_ts,
    with_pending,
)
from shared_models.fieldnames import EDITABLE

if TYPE_CHECKING:  # pydantic loads with the sync engine, not with the store
    from shared_models.sync import OpResult

# shared_models.sync.OpStatus values (a StrEnum: its members equal these strings)
APPLIED, MERGED, CONFLICT, REMAPPED, REJECTED = (
    "applied", "merged", "conflict", "remapped", "rejected")
_CHUNK = 500
# The fields a user edits, per entity: an echo that agrees with the local row on these (and
# on deleted_at) changes only bookkeeping.
CONTENT = {entity: EDITABLE[entity] for entity in VERSIONED}
# ?1 version, ?2 created_at, ?3 updated_at, ?4 id, then deleted_at and CONTENT: changes the
# row only when the echo agrees with it on every field a user edits.
_BOOKKEEPING_IF_SAME = {
    entity: (f"UPDATE {entity} SET version = ?1, created_at = coalesce(?2, created_at), "
             "updated_at = ?3 WHERE id = ?4 AND version <= ?1 AND deleted_at IS ?5 AND "
             + " AND ".join(f"{k} IS ?{n}" for n, k in enumerate(CONTENT[entity], start=6)))
    for entity in VERSIONED}
# For an echo already found equal to its row on every field a user edits: the version only.
_BOOKKEEPING = {
    entity: (f"UPDATE {entity} SET version = ?1, created_at = coalesce(?2, created_at), "
             "updated_at = ?3 WHERE id = ?4 AND version <= ?1")
    for entity in VERSIONED}
# For echoes of creates that repeat the values sent (?4: their ids, a JSON array), sharing one
# version and timestamps: the local row holds those values (it was the source of the op) as
# long as no op of the record is left in the outbox (a later local edit queues one), so only
# that and the version are checked. Records with an op left are not updated: the rowcount
# falls short and the general path takes the group (docs/dev/store-api.md, issue 15).
_CREATED_BOOKKEEPING = {
    entity: (f"UPDATE {entity} SET version = ?1, created_at = coalesce(?2, created_at), "
             "updated_at = ?3 WHERE id IN (SELECT value FROM json_each(?4)) AND version <= ?1 "
             f"AND NOT EXISTS (SELECT 1 FROM outbox AS o WHERE o.entity = '{entity}' "
             f"AND o.id = {entity}.id)")
    for entity in VERSIONED}
# An echo's bookkeeping (version, created_at, updated_at, deleted_at); KeyError if one is
# missing.
_stamp_of = itemgetter("version", "created_at", "updated_at", "deleted_at")
_id_of = itemgetter("id")
_Stamp = tuple[Any, Any, Any, None]


@dataclass
class _Settling:
    """What a batch leaves to do once its answers are read: drop the sent ops, move later
    ops' base versions up, store the server's records (the newest per record)."""

    sent_seqs: list[int] = field(default_factory=list)
    bases: list[tuple[int, str, str]] = field(default_factory=list)  # version, entity, id
    records: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    # The records above whose echo repeats what their create sent, with the echo's stamp.
    created: dict[tuple[str, str], _Stamp] = field(default_factory=dict)

    def add(self, entity: str, record_id: str, record: dict[str, Any],
            sent: dict[str, Any] | None) -> None:
        """Keep the echo if it is the newest of its record; `sent`: the fields of the op if
        it was a plain create."""
        key = (entity, record_id)
        old = self.records.get(key)
        if old is None or int(record.get("version") or 0) >= int(old.get("version") or 0):
            if record.get("id") != record_id:
                record = {**record, "id": record_id}
            self.records[key] = record
            stamp = _repeated_create(entity, sent, record)
            if stamp is None:
                self.created.pop(key, None)
            else:
                self.created[key] = stamp

    def flush(self, conn: Connection) -> None:
        _remove(conn, self.sent_seqs)
        left = _store_created(conn, self.created)
        keys: Iterable[tuple[str, str]] = self.records
        bases = self.bases
        if len(self.created) == len(self.records) and not left:
            keys, bases = (), []  # the usual plain batch: every record stored above
        elif self.created:  # those stored above have no op left (the statement checked)
            done = self.created.keys() - left
            keys = [k for k in self.records if k not in done]
            bases = [b for b in bases if (b[1], b[2]) not in done]
        later, waiting = _later_ops(conn, [*keys, *((e, i) for _, e, i in bases)])
        moved = [(v, e, i, v) for v, e, i in bases if (e, i) in later]
        if moved:  # later local edits of these records were made on top of this version
            conn.exec_driver_sql(
                "UPDATE outbox SET base_version = ? WHERE entity = ? AND id = ? "
                "AND base_version IS NOT NULL AND base_version < ?", moved)
        for entity in VERSIONED:
            records = [self.records[k] for k in keys if k[0] == entity]
            if records:
                _store_echoes(conn, entity, records, waiting)
        self.sent_seqs.clear()
        self.bases.clear()
        self.records.clear()
        self.created.clear()


def apply_push_results(conn: Connection, sent: Sequence[OutboxEntry],
                       results: Sequence[OpResult]) -> PushOutcome:
    """Settle a pushed batch inside the caller's transaction."""
    if _settle_created(conn, sent, results):
        return PushOutcome(applied=len(sent))
    plain = _plain_batch(sent, results)
    if plain is not None:
        plain.flush(conn)
        return PushOutcome(applied=len(sent))
    by_op = {e.op_id: e for e in sent}
    counts = dict.fromkeys((APPLIED, MERGED, CONFLICT, REMAPPED, REJECTED), 0)
    todo = _Settling()
    for result in results:
        entry = by_op.get(result.op_id)
        if entry is None:
            continue
        status = result.status.value
        counts[status] += 1
        entity = entry.entity
        if status == REJECTED:
            outbox.mark_rejected(conn, entry.op_id, result.reason or "")
            continue
        todo.sent_seqs.append(entry.seq)
        record = result.record
        record_id = record["id"] if record is not None and "id" in record else str(result.id)
        mapped = result.new_id is not None and result.new_id != result.id
        if mapped:
            # Any result may say the record lives under another id now (remapped, or a later
            # op on a merged copy): always applied as a mapping, never as a second row.
            todo.flush(conn)  # what came before is settled under the old id, then moved
            remap(conn, entity, str(result.id), str(result.new_id))
            record_id = str(result.new_id)
        if result.conflicts:
            record_conflicts(conn, entity, record_id, result.conflicts, result.reason)
        if status == APPLIED and result.version is not None:
            # Only `applied` says nobody else changed the record: later local edits were
            # made on top of it. After merged/conflict they keep their base, so they still
            # meet the other desks' values; the server never counts this device's own
            # earlier ops against them (docs/sync-protocol.md, "Own edits").
            todo.bases.append((result.version, entity, record_id))
        if record is not None and entity in VERSIONED:
            plain_create = (entry.base_version is None and entry.kind == UPSERT
                            and not mapped and not result.conflicts)
            todo.add(entity, record_id, record, entry.fields if plain_create else None)
        elif result.version is not None and entity in VERSIONED:
            conn.exec_driver_sql(f"UPDATE {entity} SET version = ? WHERE id = ? "
                                 "AND version < ?", (result.version, record_id, result.version))
    todo.flush(conn)
    return PushOutcome(**counts)


def _settle_created(conn: Connection, sent: Sequence[OutboxEntry],
                    results: Sequence[OpResult]) -> bool:
    """Settle the commonest batch, an import's creates of one entity answered `applied` as
    sent with one stamp, checked with a list comprehension per attribute and C-level
    comparisons rather than a Python loop over the ops. False if the batch is any other
    (or a record was not updated): the caller then settles it the general way, which
    repeats what was done here harmlessly (the same rows deleted, the same values set)."""
    entities = {e.entity for e in sent}
    if len(entities) != 1 or len(results) != len(sent):
        return False
    [entity] = entities
    records = [r.record for r in results]
    if (entity not in VERSIONED or None in records
            or {r.status for r in results} != {APPLIED}
            or {e.base_version for e in sent} != {None} or {e.kind for e in sent} != {UPSERT}
            or {r.new_id for r in results} != {None} or any([r.conflicts for r in results])
            # op ids compared as ints: UUID's == is Python code
            or [r.op_id.int for r in results] != [e.op_id.int for e in sent]):
        return False
    content = _CONTENT_OF[entity]
    try:
        stamps = set(map(_stamp_of, records))
        ids = list(map(_id_of, records))
        # Each create sent every field a user edits, and its echo repeats them.
        if len(stamps) != 1 or not all(map(
                eq, map(content, [e.fields for e in sent]), map(content, records))):
            return False
    except KeyError:  # a field missing from a create or an echo
        return False
    [stamp] = stamps
    if stamp[3] is not None:
        return False
    _remove(conn, [e.seq for e in sent])
    return _update_created(conn, entity, stamp, ids)


def _plain_batch(sent: Sequence[OutboxEntry], results: Sequence[OpResult]
                 ) -> _Settling | None:
    """The usual batch (an import's first push), settled without the per-result loop: one
    answer per op in order, every one `applied` with its record, no id mapping, no conflict,
    each record once. None for any other batch (the general loop then handles it)."""
    if len(sent) != len(results):
        return None
    todo = _Settling()
    records = todo.records
    created = todo.created
    bases = todo.bases
    for entry, result in zip(sent, results, strict=True):
        record = result.record
        entity = entry.entity
        # op ids compared as ints: UUID's == is Python code, run 300,000 times for an import
        if (result.status != APPLIED or result.op_id.int != entry.op_id.int or record is None
                or result.new_id is not None or result.conflicts or result.version is None
                or entity not in VERSIONED):
            return None
        record_id = record.get("id") or str(result.id)
        key = (entity, record_id)
        if key in records:
            return None  # two ops of one record: the loop keeps the newest echo
        records[key] = record
        if entry.base_version is None and entry.kind == UPSERT:
            stamp = _repeated_create(entity, entry.fields, record)
            if stamp is not None:
                created[key] = stamp
        bases.append((result.version, entity, record_id))
    todo.sent_seqs = [e.seq for e in sent]
    return todo


def _repeated_create(entity: str, sent: dict[str, Any] | None, record: dict[str, Any]
                     ) -> _Stamp | None:
    """The echo's bookkeeping if it repeats exactly the values its create sent (every field
    a user edits) and is not deleted; else None."""
    if sent is None:
        return None
    content = _CONTENT_OF[entity]
    try:
        if content(sent) != content(record):
            return None
        stamp = _stamp_of(record)
    except KeyError:  # the create did not send every field, or the echo lacks one
        return None
    return stamp if stamp[3] is None else None


def _store_created(conn: Connection, created: dict[tuple[str, str], _Stamp]
                   ) -> set[tuple[str, str]]:
    """The bookkeeping of echoes that repeat their create: one statement per entity and
    stamp (a batch has one). Returns the records of any statement that did not update every
    one of its rows (a row missing or newer, an op of it left in the outbox): the general
    path settles each of those (for a row already updated here, to the same values)."""
    groups: dict[tuple[str, _Stamp], list[str]] = {}
    for (entity, record_id), stamp in created.items():
        groups.setdefault((entity, stamp), []).append(record_id)
    left: set[tuple[str, str]] = set()
    for (entity, stamp), ids in groups.items():
        if not _update_created(conn, entity, stamp, ids):
            left.update((entity, record_id) for record_id in ids)
    return left


def _update_created(conn: Connection, entity: str, stamp: _Stamp, ids: list[str]) -> bool:
    """Store one stamp as these records' bookkeeping; False unless every one was updated."""
    version, created_at, updated_at, _ = stamp
    params = (int(version or 0), server_ts(created_at), server_ts(updated_at),
              _json_strings(ids))
    return conn.exec_driver_sql(_CREATED_BOOKKEEPING[entity], params).rowcount == len(ids)


def _json_strings(items: list[str]) -> str:
    """`json.dumps(items)`, ~10x faster for strings that need no escaping (record ids):
    joined between quotes when no item holds a quote, a backslash or a control character."""
    inner = '","'.join(items)
    if (inner.count('"') == 2 * (len(items) - 1) and "\\" not in inner
            and inner.isprintable()):
        return f'["{inner}"]'
    return json.dumps(items)


def _remove(conn: Connection, seqs: list[int]) -> None:
    """Drop settled ops: a batch claimed oldest first is mostly one run of seqs."""
    if seqs and max(seqs) - min(seqs) + 1 == len(set(seqs)) == len(seqs):
        conn.exec_driver_sql("DELETE FROM outbox WHERE seq BETWEEN ? AND ?",
                             (min(seqs), max(seqs)))
    elif seqs:
        outbox.remove_seqs(conn, seqs)


def _by_entity(keys: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Record ids grouped by entity (each once, in order)."""
    out: dict[str, dict[str, None]] = {}
    for entity, record_id in keys:
        out.setdefault(entity, {})[record_id] = None
    return {entity: list(ids) for entity, ids in out.items()}


def _later_ops(conn: Connection, keys: Iterable[tuple[str, str]]
               ) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(records with any op left in the outbox, those with one still waiting to be pushed)."""
    later: set[tuple[str, str]] = set()
    waiting: set[tuple[str, str]] = set()
    for entity, ids in _by_entity(keys).items():
        for chunk in chunks(ids, _CHUNK):
            for record_id, rejected in conn.exec_driver_sql(
                    "SELECT DISTINCT id, rejected_reason IS NOT NULL FROM outbox "
                    f"WHERE entity = ? AND id IN ({','.join('?' * len(chunk))})",
                    (entity, *chunk)):
                later.add((entity, record_id))
                if not rejected:
                    waiting.add((entity, record_id))
    return later, waiting


@dataclass(frozen=True, slots=True)
class _LocalRow:
    version: int
    deleted_at: str | None
    content: tuple[Any, ...]  # CONTENT's fields, tags as a list


def _local_rows(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, _LocalRow]:
    keys = CONTENT[entity]
    tags_at = keys.index("tags") if "tags" in keys else -1
    parsed_tags: dict[str, list[str]] = {}  # an import's records share a few tag lists
    out: dict[str, _LocalRow] = {}
    for chunk in chunks(ids, _CHUNK):
        for row in conn.exec_driver_sql(
                f"SELECT id, version, deleted_at, {', '.join(keys)} "
                f"FROM {entity} WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk)):
            content = row[3:]
            if tags_at >= 0:
                text = content[tags_at]
                tags = parsed_tags.get(text)
                if tags is None:
                    tags = parsed_tags[text] = json.loads(text)
                content = (*content[:tags_at], tags, *content[tags_at + 1:])
            out[row[0]] = _LocalRow(row[1], row[2], content)
    return out


def _store_echoes(conn: Connection, entity: str, records: Sequence[dict[str, Any]],
                  waiting: set[tuple[str, str]]) -> None:
    """Bookkeeping-only echoes update just those columns; the others (and records with local
    edits still waiting, laid over the echo) rewrite their rows and are re-indexed."""
    plain = [r for r in records if (entity, r["id"]) not in waiting]
    rewrite = [with_pending(conn, entity, r) for r in records if (entity, r["id"]) in waiting]
    if plain:
        # The usual answer (a first push): every echo is bookkeeping only. One statement
        # checks and updates them all; if any row did not match, each is looked at.
        keys = CONTENT[entity]
        content = _CONTENT_OF[entity]
        params = [(int(r.get("version") or 0), server_ts(r.get("created_at")),
                   server_ts(r.get("updated_at")), r["id"], server_ts(r.get("deleted_at")),
                   *_content_or_none(content, keys, r)) for r in plain]
        if "tags" in keys:
            at = 5 + keys.index("tags")
            params = [(*p[:at], _tags_text(tuple(p[at] or ())), *p[at + 1:]) for p in params]
        if conn.exec_driver_sql(_BOOKKEEPING_IF_SAME[entity], params).rowcount != len(plain):
            rewrite += _compare_each(conn, entity, plain)
    if rewrite:
        if entity == INFLUENCER:
            conn.exec_driver_sql(INFLUENCER_UPSERT, [influencer_params(d) for d in rewrite])
            reindex_influencers(conn, [d["id"] for d in rewrite])
        else:
            conn.exec_driver_sql(ACCOUNT_UPSERT, [account_params(d) for d in rewrite])
            reindex_accounts(conn, [d["id"] for d in rewrite])


@lru_cache(maxsize=4096)  # records share a few tag lists
def _tags_text(tags: tuple[str, ...]) -> str:
    """Tags as the store writes them (serverrecords.influencer_params)."""
    return json.dumps(list(tags), ensure_ascii=False)


def _content_getter(keys: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """CONTENT's values of a record in one C call (echoes carry every field); KeyError
    when one is missing."""
    return itemgetter(*keys)


_CONTENT_OF = {entity: _content_getter(keys) for entity, keys in CONTENT.items()}


def _content_or_none(content: Callable[[dict[str, Any]], tuple[Any, ...]],
                     keys: tuple[str, ...], record: dict[str, Any]) -> tuple[Any, ...]:
    try:
        return content(record)
    except KeyError:
        return tuple(record.get(k) for k in keys)


def _compare_each(conn: Connection, entity: str, records: Sequence[dict[str, Any]]
                  ) -> list[dict[str, Any]]:
    """Store the bookkeeping of the echoes that change nothing else; returns the others."""
    local = _local_rows(conn, entity, [r["id"] for r in records])
    keys = CONTENT[entity]
    rewrite: list[dict[str, Any]] = []
    bookkeeping: list[tuple[Any, ...]] = []
    for record in records:
        row = local.get(record["id"])
        deleted_at = record.get("deleted_at")
        if (row is None or tuple([record.get(k) for k in keys]) != row.content
                or (deleted_at and server_ts(deleted_at)) != row.deleted_at):
            rewrite.append(record)
            continue
        version = int(record.get("version") or 0)
        if version < row.version:
            continue  # the local row is newer (a later pull stored it)
        bookkeeping.append((version, server_ts(record.get("created_at")),
                            server_ts(record.get("updated_at")), record["id"]))
    if bookkeeping:
        conn.exec_driver_sql(_BOOKKEEPING[entity], bookkeeping)
    return rewrite
