"""Apply a pushed batch: field-level merge, conflicts, natural-key remaps, tombstones.

The whole batch is one transaction, and writers are serialised by an advisory lock taken
before any `nextval`: sequence order is then commit order, so a pull can never see change
N+1 while change N is still uncommitted (see docs/sync-protocol.md, "Pull never skips").
The caller commits.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import Connection, func, insert, literal, select, text, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql import insert as pg_insert

from shared_models.errors import InvalidValue
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
from sync_api.sync.entities import SPECS, EntitySpec, db_value, is_empty, wire_record, wire_value

# pg_advisory_xact_lock key of the one writer lock ("sync" in ASCII).
WRITER_LOCK_KEY = 0x73796E63

Row = dict[str, Any]
_op_results = models.OpResult.__table__  # type: ignore[attr-defined]
_aliases = models.IdAlias.__table__  # type: ignore[attr-defined]
_conflicts = models.SyncConflict.__table__  # type: ignore[attr-defined]


def take_writer_lock(conn: Connection) -> None:
    """Serialise writers until this transaction ends (commit or rollback)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})


def next_seq() -> Any:
    return func.nextval(models.SERVER_SEQ)


class _Rejected(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PushBatch:
    """One push request applied on one connection inside the caller's transaction."""

    def __init__(self, conn: Connection, device_id: str, token_name: str = "") -> None:
        self.conn = conn
        self.device_id = device_id
        self.token_name = token_name
        self.rows: dict[tuple[Entity, UUID], Row | None] = {}
        self.aliases: dict[UUID, UUID] = {}

    # -- the batch ----------------------------------------------------------------------

    def apply(self, ops: list[PushOp]) -> PushResponse:
        take_writer_lock(self.conn)
        done = self._stored_results([op.op_id for op in ops])
        fresh = [op for op in ops if op.op_id not in done]
        self._prefetch(fresh)
        results: list[OpResult] = []
        new_results: list[dict[str, Any]] = []
        for op in ops:
            if op.op_id in done:
                results.append(done[op.op_id])
                continue
            try:
                result = self._apply_op(op)
            except _Rejected as rejected:
                result = self._rejected(op, rejected.reason)
            done[op.op_id] = result
            results.append(result)
            new_results.append({"op_id": op.op_id, "device_id": self.device_id,
                                "result": result.model_dump(mode="json")})
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
        """Load aliases and rows the batch touches in a few queries instead of one per op."""
        ids: dict[Entity, set[UUID]] = {}
        for op in ops:
            ids.setdefault(op.entity, set()).add(op.id)
            for ref, parent in SPECS[op.entity].parents.items():
                value = op.fields.get(ref)
                try:
                    ids.setdefault(parent, set()).add(UUID(str(value)))
                except ValueError:
                    continue
        every = {i for group in ids.values() for i in group}
        if every:
            for alias in self.conn.execute(select(_aliases.c.old_id, _aliases.c.new_id)
                                           .where(_aliases.c.old_id.in_(every))):
                self.aliases[alias.old_id] = alias.new_id
        for entity, group in ids.items():
            wanted = {self.aliases.get(i, i) for i in group}
            table = SPECS[entity].table
            found = {r["id"]: dict(r) for r in self.conn.execute(
                select(*SPECS[entity].columns).where(table.c.id.in_(wanted))).mappings()}
            for i in wanted:
                self.rows[(entity, i)] = found.get(i)

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
            fields = normalize_fields(op.entity, op.fields, creating=row is None,
                                      platform=platform)
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
        return fields

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
            self.conn.execute(pg_insert(_aliases).values(
                old_id=op.id, entity=op.entity.value, new_id=existing["id"],
            ).on_conflict_do_nothing())
            self.aliases[op.id] = existing["id"]
            return self._merge_into(op, spec, existing, fields)
        values = {name: db_value(name, value) for name, value in fields.items()}
        values.update(id=op.id, version=1, field_versions={name: 1 for name in fields},
                      server_seq=next_seq(), created_by_device=self.device_id)
        if op.entity == Entity.INFLUENCER:
            values["name_key"] = name_key(fields["name"])
        row = self._write(spec, spec.table.insert().values(values))
        return self._result(op, OpStatus.APPLIED, spec, row)

    def _natural_key_match(self, entity: Entity, fields: Mapping[str, Any]) -> Row | None:
        """The live record another device already created for the same person or account."""
        table = SPECS[entity].table
        if entity == Entity.INFLUENCER:
            if not fields.get("phone"):
                return None  # a name alone is not enough to say it is the same person
            where = [table.c.name_key == name_key(fields["name"]),
                     table.c.phone == fields["phone"]]
        elif entity == Entity.ACCOUNT:
            where = [table.c.platform == fields["platform"], table.c.handle == fields["handle"]]
        else:
            return None
        query = select(*SPECS[entity].columns).where(*where, table.c.deleted_at.is_(None))
        found = self.conn.execute(query.order_by(table.c.server_seq).limit(1)).mappings().first()
        return None if found is None else dict(found)

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
            row = self._bump(op, spec, row, changes)
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
            row = self._bump(op, spec, row, changes)
        status = (OpStatus.CONFLICT if conflicts
                  else OpStatus.MERGED if changed_since else OpStatus.APPLIED)
        new_id = row["id"] if row["id"] != op.id else None
        return self._result(op, status, spec, row, conflicts, new_id=new_id)

    def _bump(self, op: PushOp, spec: EntitySpec, row: Row, changes: dict[str, Any]) -> Row:
        values = {name: db_value(name, value) for name, value in changes.items()}
        if op.entity == Entity.INFLUENCER and "name" in changes:
            values["name_key"] = name_key(changes["name"])
        version = row["version"] + 1
        table = spec.table
        values.update(
            version=version, updated_at=func.now(), server_seq=next_seq(),
            field_versions=table.c.field_versions.op("||")(
                literal(dict.fromkeys(changes, version), JSONB)),
        )
        return self._write(spec, update(table).where(table.c.id == row["id"]).values(values))

    # -- delete and restore -------------------------------------------------------------

    def _delete(self, op: PushOp, spec: EntitySpec, rid: UUID, row: Row | None) -> OpResult:
        if row is None:  # never reached the server: nothing to delete
            return OpResult(op_id=op.op_id, entity=op.entity, id=op.id, status=OpStatus.APPLIED)
        changed_since = op.base_version is not None and row["version"] > op.base_version
        if row["deleted_at"] is None:
            row = self._set_deleted(spec, [rid], deleted=True, with_parent=False)[0]
            for child in spec.children:
                self._cascade(SPECS[child], rid, deleted=True)
        status = OpStatus.MERGED if changed_since else OpStatus.APPLIED
        return self._result(op, status, spec, row, new_id=rid if rid != op.id else None)

    def _restore(self, op: PushOp, spec: EntitySpec, rid: UUID, row: Row | None) -> OpResult:
        if row is None:
            raise _Rejected(f"There is no {op.entity.value} {op.id} on the server to restore.")
        if row["deleted_at"] is not None:
            row = self._set_deleted(spec, [rid], deleted=False, with_parent=False)[0]
            for child in spec.children:
                self._cascade(SPECS[child], rid, deleted=False)
            # A restored account or attachment under a deleted influencer brings it back too.
            for ref, parent in spec.parents.items():
                parent_row = self._row(parent, row[ref])
                if parent_row is not None and parent_row["deleted_at"] is not None:
                    self._set_deleted(SPECS[parent], [row[ref]], deleted=False,
                                      with_parent=False)
        return self._result(op, OpStatus.APPLIED, spec, row, new_id=rid if rid != op.id else None)

    def _cascade(self, child: EntitySpec, parent_id: UUID, *, deleted: bool) -> None:
        table = child.table
        if deleted:
            where = [table.c.influencer_id == parent_id, table.c.deleted_at.is_(None)]
        else:
            where = [table.c.influencer_id == parent_id, table.c.deleted_at.is_not(None),
                     table.c.deleted_with_parent.is_(True)]
        ids = list(self.conn.execute(select(table.c.id).where(*where)).scalars())
        if ids:
            self._set_deleted(child, ids, deleted=deleted, with_parent=deleted)

    def _set_deleted(self, spec: EntitySpec, ids: list[UUID], *, deleted: bool,
                     with_parent: bool) -> list[Row]:
        table = spec.table
        values: dict[str, Any] = {
            "deleted_at": func.now() if deleted else None,
            "version": table.c.version + 1,
            "updated_at": func.now(),
            "server_seq": next_seq(),
            "field_versions": table.c.field_versions.op("||")(
                func.jsonb_build_object(literal("deleted"), table.c.version + 1)),
        }
        if "deleted_with_parent" in table.c:
            values["deleted_with_parent"] = with_parent
        stmt = update(table).where(table.c.id.in_(ids)).values(values).returning(*spec.columns)
        rows = [dict(r) for r in self.conn.execute(stmt).mappings()]
        for r in rows:
            self.rows[(spec.entity, r["id"])] = r
        return rows

    # -- metric snapshots ---------------------------------------------------------------

    def _snapshot(self, op: PushOp, spec: EntitySpec) -> OpResult:
        if op.kind != OpKind.UPSERT:
            raise _Rejected("Metric snapshots are never deleted or restored; they are history.")
        fields = self._normalized(op, spec, None)
        values = {name: db_value(name, value) for name, value in fields.items()}
        values.update(id=op.id, server_seq=next_seq())
        # Insert-if-absent on id: a snapshot is a fact; a repeat changes nothing.
        self.conn.execute(pg_insert(spec.table).values(values).on_conflict_do_nothing(
            index_elements=["id"]))
        return OpResult(op_id=op.op_id, entity=op.entity, id=op.id, status=OpStatus.APPLIED,
                        record={"id": str(op.id), "source": "", **fields})

    # -- helpers ------------------------------------------------------------------------

    def _row(self, entity: Entity, rid: UUID) -> Row | None:
        key = (entity, rid)
        if key not in self.rows:
            table = SPECS[entity].table
            found = self.conn.execute(select(*SPECS[entity].columns).where(table.c.id == rid)
                                     ).mappings().first()
            self.rows[key] = None if found is None else dict(found)
        return self.rows[key]

    def _write(self, spec: EntitySpec, stmt: Any) -> Row:
        row = dict(self.conn.execute(stmt.returning(*spec.columns)).mappings().one())
        self.rows[(spec.entity, row["id"])] = row
        return row

    def _conflict(self, op: PushOp, record_id: UUID, name: str, mine: Any,
                  theirs: Any) -> FieldConflict:
        conflict_id = uuid4()
        self.conn.execute(insert(_conflicts).values(
            id=conflict_id, entity=op.entity.value, record_id=record_id, field=name,
            your_value=mine, server_value=theirs, op_id=op.op_id, device_id=self.device_id,
            token_name=self.token_name))
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


def apply_push(conn: Connection, request: PushRequest, token_name: str = "") -> PushResponse:
    """Apply `request` inside the caller's transaction (the caller commits)."""
    return PushBatch(conn, request.device_id, token_name).apply(request.ops)
