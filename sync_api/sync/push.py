"""Apply a pushed batch: field-level merge, conflicts, natural-key remaps, tombstones.

The whole batch is one transaction, and writers are serialised by an advisory lock taken
before any `nextval`: sequence order is then commit order, so a pull can never see change
N+1 while change N is still uncommitted (see docs/sync-protocol.md, "Pull never skips").

While the lock is held this batch is the only writer, so the rows it read are the truth:
ops are merged against those rows in memory, and the writes go out together at the end in
a few multi-row statements instead of one round trip per op. The caller commits.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import astuple
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import Connection, bindparam, insert, select, text, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from shared_models.errors import InvalidValue
from shared_models.keys import AccountKey, InfluencerKey, natural_key
from shared_models.platforms import Platform
from shared_models.records import Entity
from shared_models.sync import (
    FieldConflict,
    OpKind,
    OpResult,
    OpStatus,
    PushOp,
    PushRequest,
    PushResponse,
)
from shared_models.text import name_key
from shared_models.validation import normalize_fields
from sync_api import models
from sync_api.attachments.blobs import metadata_problem
from sync_api.history import HistoryNotes
from sync_api.sync.entities import (
    PULL_ORDER,
    SPECS,
    EntitySpec,
    db_value,
    field_defaults,
    is_empty,
    wire_record,
    wire_value,
)

# pg_advisory_xact_lock key of the one writer lock ("sync" in ASCII).
WRITER_LOCK_KEY = 0x73796E63

Row = dict[str, Any]
NaturalKey = InfluencerKey | AccountKey
_op_results = models.OpResult.__table__  # type: ignore[attr-defined]
_aliases = models.IdAlias.__table__  # type: ignore[attr-defined]
_conflicts = models.SyncConflict.__table__  # type: ignore[attr-defined]
# Columns an update may change (the rest are fixed at creation).
_UPDATABLE_META = ("version", "field_versions", "updated_at", "deleted_at", "server_seq")


def take_writer_lock(conn: Connection) -> None:
    """Serialise writers until this transaction ends (commit or rollback)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})


class _Rejected(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PushBatch:
    """One push request applied on one connection inside the caller's transaction."""

    def __init__(self, conn: Connection, device_id: str, token_name: str = "",
                 admin: bool = True, web_hosts: frozenset[str] = frozenset()) -> None:
        self.conn = conn
        self.device_id = device_id
        self.token_name = token_name
        self.admin = admin  # False: a staff token (may not restore a removed consent form)
        self.web_hosts = web_hosts  # profile URL hosts besides the platforms' sites
        self.rows: dict[tuple[Entity, UUID], Row | None] = {}
        self.aliases: dict[UUID, UUID] = {}
        self.by_key: dict[tuple[Entity, NaturalKey], UUID] = {}
        self.now: datetime | None = None
        self._seqs: list[int] = []
        self._seq_batch = 16
        # Pending writes, flushed in one go (entity order keeps foreign keys satisfied).
        self.inserted: dict[Entity, dict[UUID, Row]] = {e: {} for e in PULL_ORDER}
        self.updated: dict[Entity, dict[UUID, Row]] = {e: {} for e in PULL_ORDER}
        self.new_aliases: list[dict[str, Any]] = []
        self.new_conflicts: list[dict[str, Any]] = []
        # Ops' fields normalised for a create during the prefetch, reused if it is one.
        self._created_fields: dict[UUID, dict[str, Any]] = {}
        # Every applied change, appended to the history with the batch's rows (issue 20).
        self.history = HistoryNotes(token_name, device_id)
        self._op: PushOp | None = None  # the op being applied (its id and batch)

    # -- the batch ----------------------------------------------------------------------

    def apply(self, ops: list[PushOp]) -> PushResponse:
        take_writer_lock(self.conn)
        self.now = self.conn.execute(text("SELECT now()")).scalar_one()
        done = self._stored_results([op.op_id for op in ops])
        fresh = [op for op in ops if op.op_id not in done]
        self._seq_batch = len(fresh) + 8
        self._prefetch(fresh)
        results: list[OpResult] = []
        new_results: list[dict[str, Any]] = []
        for op in ops:
            if op.op_id in done:
                results.append(done[op.op_id])
                continue
            self._op = op
            try:
                result = self._apply_op(op)
            except _Rejected as rejected:
                result = self._rejected(op, rejected.reason)
            done[op.op_id] = result
            results.append(result)
            new_results.append({"op_id": op.op_id, "device_id": self.device_id,
                                "result": result.model_dump(mode="json")})
        self._flush()
        if new_results:
            self.conn.execute(insert(_op_results), new_results)
        return PushResponse(results=results)

    def _stored_results(self, op_ids: list[UUID]) -> dict[UUID, OpResult]:
        if not op_ids:
            return {}
        rows = self.conn.execute(select(_op_results.c.op_id, _op_results.c.result)
                                 .where(_op_results.c.op_id.in_(op_ids)))
        return {r.op_id: OpResult.model_validate(r.result) for r in rows}

    def _prefetch(self, ops: list[PushOp]) -> None:
        """Load the aliases, rows and natural-key matches the batch needs in a few queries."""
        ids: dict[Entity, set[UUID]] = {}
        keys: dict[Entity, set[NaturalKey]] = {}
        for op in ops:
            ids.setdefault(op.entity, set()).add(op.id)
            for ref, parent in SPECS[op.entity].parents.items():
                try:
                    ids.setdefault(parent, set()).add(UUID(str(op.fields.get(ref))))
                except ValueError:
                    continue
            if op.kind == OpKind.UPSERT and op.entity in (Entity.INFLUENCER, Entity.ACCOUNT):
                try:
                    normalized = normalize_fields(op.entity, op.fields, creating=True,
                                                  web_hosts=self.web_hosts)
                except InvalidValue:
                    continue  # reported when the op is applied
                self._created_fields[op.op_id] = normalized
                key = natural_key(op.entity, normalized)
                if key is not None:
                    keys.setdefault(op.entity, set()).add(key)
        every = {i for group in ids.values() for i in group}
        if every:
            for alias in self.conn.execute(select(_aliases.c.old_id, _aliases.c.new_id)
                                           .where(_aliases.c.old_id.in_(every))):
                self.aliases[alias.old_id] = alias.new_id
        for entity, group in ids.items():
            spec = SPECS[entity]
            wanted = {self.aliases.get(i, i) for i in group}
            found = {r["id"]: dict(r) for r in self.conn.execute(
                select(*spec.columns).where(spec.table.c.id.in_(wanted))).mappings()}
            for i in wanted:
                self.rows[(entity, i)] = found.get(i)
        for entity, wanted_keys in keys.items():
            table = SPECS[entity].table
            columns = ((table.c.name_key, table.c.phone) if entity == Entity.INFLUENCER
                       else (table.c.platform, table.c.handle))
            query = (select(*SPECS[entity].columns)
                     .where(tuple_(*columns).in_([astuple(k) for k in wanted_keys]),
                            table.c.deleted_at.is_(None))
                     .order_by(table.c.server_seq))
            for found_row in self.conn.execute(query).mappings():
                row = dict(found_row)
                self.rows.setdefault((entity, row["id"]), row)
                key = natural_key(entity, row)
                if key is not None:
                    self.by_key.setdefault((entity, key), row["id"])

    # -- one op -------------------------------------------------------------------------

    def _apply_op(self, op: PushOp) -> OpResult:
        spec = SPECS[op.entity]
        if not spec.versioned:
            return self._snapshot(op, spec)
        rid = self.aliases.get(op.id, op.id)
        aliased = rid != op.id
        row = self._row(op.entity, rid)
        if op.kind == OpKind.DELETE:
            return self._delete(op, spec, rid, row)
        if op.kind == OpKind.RESTORE:
            return self._restore(op, spec, rid, row)
        fields = self._normalized(op, spec, row)
        if row is None:
            return self._create(op, spec, fields)
        if op.base_version is None:
            if aliased:  # a repeated create of a record that was merged by natural key
                return self._merge_into(op, spec, row, fields)
            # A create for an id that exists: this device's later edit before it heard back
            # (base = the creating version), or a stranger's (base 0: every difference
            # conflicts). Either way nothing is silently overwritten.
            base = 1 if row.get("created_by_device") == self.device_id else 0
            return self._update(op, spec, row, fields, base)
        return self._update(op, spec, row, fields, min(op.base_version, row["version"]))

    def _normalized(self, op: PushOp, spec: EntitySpec, row: Row | None) -> dict[str, Any]:
        platform = Platform(row["platform"]) if row is not None and "platform" in row else None
        try:
            fields = (dict(self._created_fields[op.op_id])
                      if row is None and op.op_id in self._created_fields
                      else normalize_fields(op.entity, op.fields, creating=row is None,
                                            platform=platform, web_hosts=self.web_hosts))
        except InvalidValue as err:
            if row is None and op.base_version is not None:
                raise _Rejected(
                    f"This {op.entity.value} is not on the server, and the change cannot "
                    f"create it: {err.message}") from None
            raise _Rejected(err.message) from None
        value = fields.get("value")
        if isinstance(value, float) and not math.isfinite(value):
            raise _Rejected(f"'{op.fields.get('value')}' is not a number a metric can have.")
        for ref, parent in spec.parents.items():
            if ref in fields:
                fields[ref] = str(self._existing_parent(parent, UUID(fields[ref]), op))
        if op.entity == Entity.ATTACHMENT:
            self._check_attachment(fields, row)
        return fields

    def _check_attachment(self, fields: dict[str, Any], row: Row | None) -> None:
        """Consent-form metadata must match bytes already uploaded (sync_api/attachments)."""
        problem = metadata_problem(self.conn, fields, row, admin=self.admin)
        if problem is not None:
            raise _Rejected(problem)
        if row is None:  # the server says who uploaded it (normalize_fields dropped theirs)
            fields["uploaded_by"] = self.token_name

    def _existing_parent(self, parent: Entity, pid: UUID, op: PushOp) -> UUID:
        pid = self.aliases.get(pid, pid)
        if self._row(parent, pid) is None:
            raise _Rejected(
                f"The {parent.value} {pid} this {op.entity.value} belongs to is not on the "
                f"server. Push the {parent.value} first.")
        return pid

    # -- create and natural-key merge ---------------------------------------------------

    def _create(self, op: PushOp, spec: EntitySpec, fields: dict[str, Any]) -> OpResult:
        existing = self._natural_key_match(op.entity, fields)
        if existing is not None:
            self.new_aliases.append({"old_id": op.id, "entity": op.entity.value,
                                     "new_id": existing["id"]})
            self.aliases[op.id] = existing["id"]
            return self._merge_into(op, spec, existing, fields)
        row: Row = {name: db_value(name, value)
                    for name, value in {**field_defaults(op.entity), **fields}.items()}
        row.update(id=op.id, version=1, field_versions=dict.fromkeys(fields, 1),
                   created_at=self.now, updated_at=self.now, deleted_at=None,
                   created_by_device=self.device_id, server_seq=self._next_seq())
        if "deleted_with_parent" in spec.table.c:
            row["deleted_with_parent"] = False
        if op.entity == Entity.INFLUENCER:
            row["name_key"] = name_key(row["name"])
        self.rows[(op.entity, op.id)] = row
        self.inserted[op.entity][op.id] = row
        self._index(op.entity, row)
        self._note(op.entity, None, row)
        return self._result(op, OpStatus.APPLIED, spec, row)

    def _natural_key_match(self, entity: Entity, fields: Mapping[str, Any]) -> Row | None:
        """The live record another device already created for the same person or account."""
        key = natural_key(entity, fields)
        return None if key is None else self._live_by_key(entity, key)

    def _live_by_key(self, entity: Entity, key: NaturalKey) -> Row | None:
        rid = self.by_key.get((entity, key))
        row = self.rows.get((entity, rid)) if rid is not None else None
        if row is None or row["deleted_at"] is not None or natural_key(entity, row) != key:
            return None
        return row

    def _index(self, entity: Entity, row: Row) -> None:
        """Remember a live row under its natural key, unless another live row holds it."""
        key = natural_key(entity, row)
        if key is not None and row["deleted_at"] is None and \
                self._live_by_key(entity, key) is None:
            self.by_key[(entity, key)] = row["id"]

    def _merge_into(self, op: PushOp, spec: EntitySpec, row: Row,
                    fields: dict[str, Any]) -> OpResult:
        """Fill the existing record's empty fields; differing values become conflicts."""
        changes: dict[str, Any] = {}
        conflicts: list[FieldConflict] = []
        for name, mine in fields.items():
            theirs = wire_value(row, name)
            if mine == theirs:
                continue
            if is_empty(theirs):
                changes[name] = mine
            elif name == "tags":  # tags add up; nobody's tag is lost
                changes[name] = theirs + [t for t in mine if t not in theirs]
            else:
                conflicts.append(self._conflict(op, row["id"], name, mine, theirs))
        if changes:
            row = self._bump(op.entity, row, changes)
        return self._result(op, OpStatus.REMAPPED, spec, row, conflicts, new_id=row["id"])

    # -- update -------------------------------------------------------------------------

    def _update(self, op: PushOp, spec: EntitySpec, row: Row, fields: dict[str, Any],
                base: int) -> OpResult:
        """Field-level merge against `base`, the version the client edited."""
        changed_since = row["version"] > base
        field_versions: dict[str, int] = row["field_versions"]
        changes: dict[str, Any] = {}
        conflicts: list[FieldConflict] = []
        for name, mine in fields.items():
            theirs = wire_value(row, name)
            if mine == theirs:
                continue
            if field_versions.get(name, 0) <= base:
                changes[name] = mine
            else:
                conflicts.append(self._conflict(op, row["id"], name, mine, theirs))
        if row["deleted_at"] is not None:
            # Edited here, deleted elsewhere: keep the edit, keep it deleted, and ask.
            conflicts.append(self._conflict(op, row["id"], "deleted", False, True))
        if changes:
            row = self._bump(op.entity, row, changes)
        status = (OpStatus.CONFLICT if conflicts
                  else OpStatus.MERGED if changed_since else OpStatus.APPLIED)
        new_id = row["id"] if row["id"] != op.id else None
        return self._result(op, status, spec, row, conflicts, new_id=new_id)

    def _bump(self, entity: Entity, row: Row, changes: Mapping[str, Any],
              meta: Mapping[str, Any] | None = None) -> Row:
        """A new version of `row` with `changes` (wire values) and `meta` (column values)."""
        version = row["version"] + 1
        new = {**row, **{name: db_value(name, value) for name, value in changes.items()}}
        new.update(meta or {})
        if entity == Entity.INFLUENCER and "name" in changes:
            new["name_key"] = name_key(new["name"])
        new.update(version=version, updated_at=self.now, server_seq=self._next_seq(),
                   field_versions={**row["field_versions"], **dict.fromkeys(changes, version)})
        self.rows[(entity, row["id"])] = new
        self._note(entity, row, new)
        if row["id"] in self.inserted[entity]:
            self.inserted[entity][row["id"]] = new
        else:
            self.updated[entity][row["id"]] = new
        self._index(entity, new)
        return new

    # -- delete and restore -------------------------------------------------------------

    def _delete(self, op: PushOp, spec: EntitySpec, rid: UUID, row: Row | None) -> OpResult:
        if row is None:  # never reached the server: nothing to delete
            return OpResult(op_id=op.op_id, entity=op.entity, id=op.id, status=OpStatus.APPLIED)
        changed_since = op.base_version is not None and row["version"] > op.base_version
        if row["deleted_at"] is None:
            row = self._set_deleted(op.entity, row, deleted=True, with_parent=False)
            for child in spec.children:
                self._cascade(child, rid, deleted=True)
        status = OpStatus.MERGED if changed_since else OpStatus.APPLIED
        return self._result(op, status, spec, row, new_id=rid if rid != op.id else None)

    def _restore(self, op: PushOp, spec: EntitySpec, rid: UUID, row: Row | None) -> OpResult:
        if row is None:
            raise _Rejected(f"There is no {op.entity.value} {op.id} on the server to restore.")
        if op.entity == Entity.ATTACHMENT and row["deleted_at"] is not None and not self.admin:
            raise _Rejected("Only an administrator can restore a removed consent form.")
        if row["deleted_at"] is not None:
            row = self._set_deleted(op.entity, row, deleted=False, with_parent=False)
            for child in spec.children:
                self._cascade(child, rid, deleted=False)
            # A restored account or attachment under a deleted influencer brings it back too.
            for ref, parent in spec.parents.items():
                parent_row = self._row(parent, row[ref])
                if parent_row is not None and parent_row["deleted_at"] is not None:
                    self._set_deleted(parent, parent_row, deleted=False, with_parent=False)
        return self._result(op, OpStatus.APPLIED, spec, row, new_id=rid if rid != op.id else None)

    def _cascade(self, child: Entity, parent_id: UUID, *, deleted: bool) -> None:
        """Soft-delete a record's children with it; restore those that went with it."""
        self._flush()  # children created earlier in this batch must be visible to the query
        spec = SPECS[child]
        table = spec.table
        where = [table.c.influencer_id == parent_id]
        if deleted:
            where.append(table.c.deleted_at.is_(None))
        else:
            where += [table.c.deleted_at.is_not(None), table.c.deleted_with_parent.is_(True)]
        for found in self.conn.execute(select(*spec.columns).where(*where)).mappings():
            row = self.rows.get((child, found["id"])) or dict(found)
            self._set_deleted(child, row, deleted=deleted, with_parent=deleted)

    def _set_deleted(self, entity: Entity, row: Row, *, deleted: bool,
                     with_parent: bool) -> Row:
        meta: dict[str, Any] = {"deleted_at": self.now if deleted else None}
        if "deleted_with_parent" in row:
            meta["deleted_with_parent"] = with_parent
        version = row["version"] + 1
        new = self._bump(entity, row, {}, meta)
        new["field_versions"] = {**new["field_versions"], "deleted": version}
        return new

    # -- metric snapshots ---------------------------------------------------------------

    def _snapshot(self, op: PushOp, spec: EntitySpec) -> OpResult:
        if op.kind != OpKind.UPSERT:
            raise _Rejected("Metric snapshots are never deleted or restored; they are history.")
        fields = self._normalized(op, spec, None)
        # Insert-if-absent on id: a snapshot is a fact; a repeat changes nothing.
        if self._row(op.entity, op.id) is None:
            row = {name: db_value(name, value)
                   for name, value in {**field_defaults(op.entity), **fields}.items()}
            row.update(id=op.id, server_seq=self._next_seq())
            self.rows[(op.entity, op.id)] = row
            self.inserted[op.entity][op.id] = row
        return OpResult(op_id=op.op_id, entity=op.entity, id=op.id, status=OpStatus.APPLIED,
                        record={"id": str(op.id), **field_defaults(op.entity), **fields})

    # -- writing ------------------------------------------------------------------------

    def _next_seq(self) -> int:
        if not self._seqs:
            # Taken in bulk under the writer lock (one per op covers most batches; cascades
            # take more); any left over are harmless gaps in the cursor.
            n = self._seq_batch
            self._seq_batch = 256
            self._seqs = list(self.conn.execute(
                text("SELECT nextval(:seq) FROM generate_series(1, :n)"),
                {"seq": models.SERVER_SEQ, "n": n}).scalars())[::-1]
        return self._seqs.pop()

    def _flush(self) -> None:
        for entity in PULL_ORDER:
            spec = SPECS[entity]
            table = spec.table
            inserted = list(self.inserted[entity].values())
            if inserted:
                names = [c.name for c in spec.columns if c.name in inserted[0]]
                stmt = (insert(table) if spec.versioned
                        else pg_insert(table).on_conflict_do_nothing(index_elements=["id"]))
                self.conn.execute(stmt, [{n: r[n] for n in names} for r in inserted])
            updated = list(self.updated[entity].values())
            if updated:
                names = [n for n in (*spec.fields, *_UPDATABLE_META, "name_key",
                                     "deleted_with_parent") if n in table.c]
                by_id = (update(table).where(table.c.id == bindparam("_id"))
                         .values({n: bindparam(f"_{n}") for n in names}))
                self.conn.execute(by_id, [{"_id": r["id"], **{f"_{n}": r[n] for n in names}}
                                         for r in updated])
            self.inserted[entity].clear()
            self.updated[entity].clear()
        if self.new_aliases:
            self.conn.execute(pg_insert(_aliases).on_conflict_do_nothing(), self.new_aliases)
            self.new_aliases = []
        if self.new_conflicts:
            self.conn.execute(insert(_conflicts), self.new_conflicts)
            self.new_conflicts = []
        self.history.record(self.conn)

    # -- helpers ------------------------------------------------------------------------

    def _note(self, entity: Entity, before: Row | None, after: Row) -> None:
        """The one place an applied change enters the history (sync_api/history.py)."""
        op = self._op
        assert self.now is not None
        merged_into = (op.fields.get("merged_into") if op is not None and op.kind ==
                       OpKind.DELETE and self.aliases.get(op.id, op.id) == after["id"] else None)
        self.history.note(entity, SPECS[entity].fields, before, after, self.now,
                          op.op_id if op else None, op.batch_id if op else None,
                          merged_into=str(merged_into) if merged_into else None)

    def _row(self, entity: Entity, rid: UUID) -> Row | None:
        key = (entity, rid)
        if key not in self.rows:
            spec = SPECS[entity]
            found = self.conn.execute(select(*spec.columns).where(spec.table.c.id == rid)
                                      ).mappings().first()
            self.rows[key] = None if found is None else dict(found)
        return self.rows[key]

    def _conflict(self, op: PushOp, record_id: UUID, name: str, mine: Any,
                  theirs: Any) -> FieldConflict:
        conflict_id = uuid4()
        self.new_conflicts.append({
            "id": conflict_id, "entity": op.entity.value, "record_id": record_id, "field": name,
            "your_value": mine, "server_value": theirs, "op_id": op.op_id,
            "device_id": self.device_id, "token_name": self.token_name})
        return FieldConflict(conflict_id=conflict_id, field=name, your_value=mine,
                             server_value=theirs)

    def _result(self, op: PushOp, status: OpStatus, spec: EntitySpec, row: Row,
                conflicts: Iterable[FieldConflict] = (), new_id: UUID | None = None) -> OpResult:
        conflicts = list(conflicts)
        if conflicts and status != OpStatus.REMAPPED:
            status = OpStatus.CONFLICT
        return OpResult(op_id=op.op_id, entity=op.entity, id=op.id, status=status,
                        version=row["version"], new_id=new_id, conflicts=conflicts,
                        record=wire_record(spec, row))

    def _rejected(self, op: PushOp, reason: str) -> OpResult:
        spec = SPECS[op.entity]
        row = self.rows.get((op.entity, self.aliases.get(op.id, op.id))) if spec.versioned \
            else None
        return OpResult(op_id=op.op_id, entity=op.entity, id=op.id, status=OpStatus.REJECTED,
                        reason=reason, version=row["version"] if row else None,
                        record=wire_record(spec, row) if row else None)


def apply_push(conn: Connection, request: PushRequest, token_name: str = "",
               admin: bool = True, web_hosts: frozenset[str] = frozenset()) -> PushResponse:
    """Apply `request` inside the caller's transaction (the caller commits). `admin`: the
    token's role is admin (restoring a removed consent form needs it); `web_hosts`: the
    server's extra profile URL hosts (Settings.platform_web_hosts)."""
    return PushBatch(conn, request.device_id, token_name, admin, web_hosts).apply(request.ops)
