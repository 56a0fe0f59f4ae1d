"""Apply a pushed batch: field-level merge, conflicts, natural-key remaps, tombstones.

The whole batch is one transaction, and writers are serialised by an advisory lock taken
before any `nextval`: sequence order is then commit order, so a pull can never see change
N+1 while change N is still uncommitted (see docs/sync-protocol.md, "Pull never skips").

While the lock is held this batch is the only writer, so the rows it read are the truth:
ops are merged against those rows in memory, and the writes go out together at the end in
a few multi-row statements instead of one round trip per op. The caller commits.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import astuple
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import Connection, bindparam, insert, select, text, tuple_, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import DBAPIError

from shared_models import reasons
from shared_models.errors import InvalidValue
from shared_models.keys import AccountKey, InfluencerKey, natural_key
from shared_models.platforms import Platform
from shared_models.records import Entity, field_defaults
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
from shared_models.validation import (
    LINKED_ACCOUNT_FIELDS,
    edited_account_fields,
    link_account_fields,
    normalize_fields,
)
from sync_api import models
from sync_api.attachments.blobs import metadata_problem
from sync_api.history import HistoryNotes
from sync_api.sync.entities import (
    PULL_ORDER,
    SPECS,
    UUID_FIELDS,
    EntitySpec,
    db_value,
    is_empty,
    wire_record,
    wire_value,
)

log = logging.getLogger(__name__)

# pg_advisory_xact_lock key of the one writer lock ("sync" in ASCII).
WRITER_LOCK_KEY = 0x73796E63

Row = dict[str, Any]
NaturalKey = InfluencerKey | AccountKey
_op_results = models.OpResult.__table__  # type: ignore[attr-defined]
_aliases = models.IdAlias.__table__  # type: ignore[attr-defined]
_conflicts = models.SyncConflict.__table__  # type: ignore[attr-defined]
# Columns an update may change (the rest are fixed at creation).
_UPDATABLE_META = ("version", "field_versions", "field_devices", "updated_at", "deleted_at",
                   "server_seq")
DELETED = "deleted"  # the pseudo-field delete and restore write (and conflicts name)
# The fields that make up each entity's natural key (shared_models/keys.py).
KEY_FIELDS = {Entity.INFLUENCER: ("name", "phone"), Entity.ACCOUNT: ("platform", "handle")}


def take_writer_lock(conn: Connection) -> None:
    """Serialise writers until this transaction ends (commit or rollback)."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})


def _base(op: PushOp, row: Row) -> int:
    """The version a delete or restore was made on (none given: the current one)."""
    return row["version"] if op.base_version is None else min(op.base_version, row["version"])


def op_fingerprint(op: PushOp) -> str:
    """What an op says, as a hash: a replayed op_id must say the same. The record id,
    references to other records and base_version are left out: a desk rewrites them
    after the server merges a record into another (docs/sync-protocol.md)."""
    fields = {k: v for k, v in op.fields.items() if k not in UUID_FIELDS}
    content = json.dumps([op.entity.value, op.kind.value, fields], sort_keys=True,
                         ensure_ascii=False, default=str)
    return hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()


def stored_result(op: PushOp, device_id: str, result: OpResult,
                  fingerprint: str) -> dict[str, Any]:
    """An op_result row: the answer a replay of `op` gets back."""
    return {"op_id": op.op_id, "device_id": device_id, "fingerprint": fingerprint,
            "result": result.model_dump(mode="json")}


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
        prints = {op.op_id: op_fingerprint(op) for op in ops}
        done = self._stored_results(list(prints))
        fresh = [op for op in ops if op.op_id not in done]
        self._seq_batch = len(fresh) + 8
        self._prefetch(fresh)
        results: list[OpResult] = []
        new_results: list[dict[str, Any]] = []
        seen: set[UUID] = set()
        for op in ops:
            if op.op_id in seen:  # never stored: the first op owns this op_id
                results.append(self.rejected(op, reasons.DUPLICATE_OP))
                continue
            seen.add(op.op_id)
            if op.op_id in done:
                stored, fingerprint = done[op.op_id]
                same = fingerprint is None or fingerprint == prints[op.op_id]
                results.append(stored if same else self.rejected(op, reasons.REUSED_OP))
                continue
            self._op = op  # the op a change history entry belongs to (h20)
            result = self._apply_one(op)
            results.append(result)
            new_results.append(stored_result(op, self.device_id, result, prints[op.op_id]))
        self._flush()
        if new_results:
            self.conn.execute(insert(_op_results), new_results)
        return PushResponse(results=results)

    def _stored_results(self, op_ids: list[UUID]) -> dict[UUID, tuple[OpResult, str | None]]:
        if not op_ids:
            return {}
        rows = self.conn.execute(select(_op_results.c.op_id, _op_results.c.result,
                                        _op_results.c.fingerprint)
                                 .where(_op_results.c.op_id.in_(op_ids)))
        return {r.op_id: (OpResult.model_validate(r.result), r.fingerprint) for r in rows}

    def _apply_one(self, op: PushOp) -> OpResult:
        """One op's outcome; a refusal is a `rejected` result, never an error."""
        try:
            return self._apply_op(op)
        except _Rejected as rejected:
            return self.rejected(op, rejected.reason)

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
        # An account is judged as it will be after the op: the row as read under the writer
        # lock, with the op's platform, handle and profile URL (as the desk's store does).
        linked = ({name: wire_value(row, name) for name in LINKED_ACCOUNT_FIELDS}
                  if op.entity == Entity.ACCOUNT and row is not None else None)
        try:
            fields = (dict(self._created_fields[op.op_id])
                      if row is None and op.op_id in self._created_fields
                      else normalize_fields(op.entity, op.fields if linked is None
                                            else edited_account_fields(op.fields, linked),
                                            creating=row is None, platform=platform,
                                            web_hosts=self.web_hosts))
            if linked is not None:
                fields = link_account_fields(fields, linked, web_hosts=self.web_hosts)
        except InvalidValue as err:
            if row is None and op.base_version is not None:
                raise _Rejected(reasons.cannot_create(op.entity, err.message)) from None
            raise _Rejected(err.message) from None
        value = fields.get("value")
        if isinstance(value, float) and not math.isfinite(value):
            raise _Rejected(reasons.not_a_metric_value(op.fields.get("value")))
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
        row = self._row(parent, pid)
        if row is None:
            raise _Rejected(reasons.parent_missing(parent, op.entity, pid))
        return self._merged_target(parent, row)

    def _merged_target(self, entity: Entity, row: Row) -> UUID:
        """A person merged into another (a tombstone with `merged_into`) leads to the one
        they were merged into: an account or form added to them offline lands there. Only
        references follow it; the record's own id never does (no `new_id`, so no desk
        folds the tombstone into the person it points at)."""
        seen = {row["id"]}
        while entity == Entity.INFLUENCER and row["deleted_at"] is not None and \
                row.get("merged_into") is not None and row["merged_into"] not in seen:
            target = self._row(entity, row["merged_into"])
            if target is None:
                break
            seen.add(target["id"])
            row = target
        return row["id"]

    def _merged_reason(self, entity: Entity, row: Row) -> str | None:
        """Why an edit of a merged person's tombstone stays there, and where to go."""
        target = self._merged_target(entity, row)
        keep = self._row(entity, target) if target != row["id"] else None
        if keep is None:
            return None
        return reasons.merged_elsewhere(row["name"], keep["name"], keep["id"])

    def _merged_into(self, op: PushOp, row: Row) -> UUID | None:
        """The person a merge's delete of `row` names (`fields: {"merged_into": KEEP}`)."""
        value = op.fields.get("merged_into") if op.entity == Entity.INFLUENCER else None
        if value is None:
            return None
        try:
            target = self.aliases.get(UUID(str(value)), UUID(str(value)))
        except ValueError:
            raise _Rejected(reasons.not_a_merge_target(value)) from None
        keep = self._row(Entity.INFLUENCER, target)
        if keep is None:
            raise _Rejected(reasons.merge_target_missing(value))
        if keep["id"] == row["id"]:
            raise _Rejected(reasons.SELF_MERGE)
        return keep["id"]

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
                   field_devices=dict.fromkeys(fields, self.device_id),
                   created_at=self.now, updated_at=self.now, deleted_at=None,
                   created_by_device=self.device_id, server_seq=self._next_seq())
        if "deleted_with_parent" in spec.table.c:
            row["deleted_with_parent"] = False
        row.update(dict.fromkeys(spec.server_fields))
        if op.entity == Entity.INFLUENCER:
            row["name_key"] = name_key(row["name"])
        parent = self._deleted_parent(spec, row)
        if parent is not None:
            # Added here while the person was deleted elsewhere: kept, parked with the person
            # (restoring them brings it back), and shown as a conflict.
            row.update(deleted_at=self.now, deleted_with_parent=True,
                       field_versions={**row["field_versions"], DELETED: 1},
                       field_devices={**row["field_devices"], DELETED: self.device_id})
        self.rows[(op.entity, op.id)] = row
        self.inserted[op.entity][op.id] = row
        self._index(op.entity, row)
        self._note(op.entity, None, row)
        conflicts = [] if parent is None else [self._parked(op, row["id"])]
        return self._result(op, OpStatus.APPLIED, spec, row, conflicts,
                            reason=None if parent is None else reasons.parked(parent["name"]))

    def _deleted_parent(self, spec: EntitySpec, row: Row) -> Row | None:
        """The deleted influencer a live account or attachment now points at, if any."""
        for ref, parent in spec.parents.items():
            parent_row = self._row(parent, row[ref])
            if parent_row is not None and parent_row["deleted_at"] is not None:
                return parent_row
        return None

    def _parked(self, op: PushOp, record_id: UUID) -> FieldConflict:
        return self._conflict(op, record_id, DELETED, False, True, server_device="")

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
            if mine == theirs or is_empty(mine):
                continue  # a create's empty field is no value: it never empties the record
            if is_empty(theirs) or row["field_devices"].get(name) == self.device_id:
                changes[name] = mine  # empty, or this device's own earlier value
            elif name == "tags":  # tags add up; nobody's tag is lost
                changes[name] = theirs + [t for t in mine if t not in theirs]
            else:
                conflicts.append(self._conflict(op, row["id"], name, mine, theirs, row=row))
        if changes:
            row = self._bump(op.entity, row, changes)
        row, reason = self._park_if_orphaned(op, spec, row, changes, conflicts)
        return self._result(op, OpStatus.REMAPPED, spec, row, conflicts, new_id=row["id"],
                            reason=reason)

    def _park_if_orphaned(self, op: PushOp, spec: EntitySpec, row: Row,
                          changes: Mapping[str, Any], conflicts: list[FieldConflict]
                          ) -> tuple[Row, str | None]:
        """An account just moved to a person deleted meanwhile is parked with them."""
        parent = self._deleted_parent(spec, row) if "influencer_id" in changes else None
        if parent is None or row["deleted_at"] is not None:
            return row, None
        row = self._set_deleted(op.entity, row, deleted=True, with_parent=True)
        conflicts.append(self._parked(op, row["id"]))
        return row, reasons.parked(parent["name"])

    # -- update -------------------------------------------------------------------------

    def _update(self, op: PushOp, spec: EntitySpec, row: Row, fields: dict[str, Any],
                base: int) -> OpResult:
        """Field-level merge against `base`, the version the client edited."""
        changed_since = row["version"] > base
        changes: dict[str, Any] = {}
        conflicts: list[FieldConflict] = []
        for name, mine in fields.items():
            theirs = wire_value(row, name)
            if mine == theirs:
                continue
            if self._newer_elsewhere(row, name, base):
                conflicts.append(self._conflict(op, row["id"], name, mine, theirs, row=row))
            else:
                changes[name] = mine
        reason = self._key_taken(op, row, changes, conflicts)
        self._keep_linked(op, row, changes, conflicts)
        if row["deleted_at"] is not None and row["field_devices"].get(DELETED) != self.device_id:
            # Edited here, deleted elsewhere: keep the edit, keep it deleted, and ask.
            conflicts.append(self._conflict(op, row["id"], DELETED, False, True, row=row))
            reason = reason or self._merged_reason(op.entity, row)
        if changes:
            row = self._bump(op.entity, row, changes)
        row, parked = self._park_if_orphaned(op, spec, row, changes, conflicts)
        reason = parked or reason
        status = (OpStatus.CONFLICT if conflicts
                  else OpStatus.MERGED if changed_since else OpStatus.APPLIED)
        new_id = row["id"] if row["id"] != op.id else None
        return self._result(op, status, spec, row, conflicts, new_id=new_id, reason=reason)

    def _newer_elsewhere(self, row: Row, name: str, base: int) -> bool:
        """The field changed after `base` by another device (a device's own later op always
        wins over its earlier ones: it was made after them)."""
        return (row["field_versions"].get(name, 0) > base
                and row["field_devices"].get(name) != self.device_id)

    def _key_taken(self, op: PushOp, row: Row, changes: dict[str, Any],
                   conflicts: list[FieldConflict]) -> str | None:
        """Natural keys stay unique on edits: a change of name/phone (platform/handle) onto
        another live record's key is not applied; it becomes a conflict with a reason."""
        names = KEY_FIELDS.get(op.entity, ())
        if row["deleted_at"] is not None or not set(names) & changes.keys():
            return None
        holder = self._key_holder(op.entity, {**row, **changes}, row["id"])
        if holder is None:
            return None
        for name in names:
            if name in changes:
                # Not a concurrent edit of the field: a refusal (no winning device).
                conflicts.append(self._conflict(op, row["id"], name, changes.pop(name),
                                                wire_value(row, name), server_device=""))
        return reasons.key_taken(op.entity, holder)

    def _keep_linked(self, op: PushOp, row: Row, changes: dict[str, Any],
                     conflicts: list[FieldConflict]) -> None:
        """An account's platform, handle and profile URL change together or not at all: when
        one of them is not applied (changed elsewhere, or a key taken), the op's others are
        not either, so the account never holds one handle with another's URL."""
        if op.entity != Entity.ACCOUNT or not {c.field for c in conflicts} & set(
                LINKED_ACCOUNT_FIELDS):
            return
        for name in LINKED_ACCOUNT_FIELDS:
            if name in changes:
                # Not a concurrent edit of this field: a refusal (no winning device).
                conflicts.append(self._conflict(op, row["id"], name, changes.pop(name),
                                                wire_value(row, name), server_device=""))

    def _key_holder(self, entity: Entity, values: Mapping[str, Any],
                    rid: UUID) -> Row | None:
        """Another live record holding the natural key of `values`, if any."""
        key = natural_key(entity, {k: wire_value(values, k) for k in KEY_FIELDS[entity]})
        if key is None:
            return None
        self._flush()  # this batch's writes must be visible to the query
        table = SPECS[entity].table
        columns = ((table.c.name_key, table.c.phone) if entity == Entity.INFLUENCER
                   else (table.c.platform, table.c.handle))
        found = self.conn.execute(
            select(*SPECS[entity].columns).where(
                tuple_(*columns) == astuple(key), table.c.deleted_at.is_(None),
                table.c.id != rid).limit(1)).mappings().first()
        return None if found is None else dict(found)

    def _bump(self, entity: Entity, row: Row, changes: Mapping[str, Any],
              meta: Mapping[str, Any] | None = None) -> Row:
        """A new version of `row` with `changes` (wire values) and `meta` (column values)."""
        version = row["version"] + 1
        new = {**row, **{name: db_value(name, value) for name, value in changes.items()}}
        new.update(meta or {})
        if entity == Entity.INFLUENCER and "name" in changes:
            new["name_key"] = name_key(new["name"])
        new.update(version=version, updated_at=self.now, server_seq=self._next_seq(),
                   field_versions={**row["field_versions"], **dict.fromkeys(changes, version)},
                   field_devices={**row["field_devices"],
                                  **dict.fromkeys(changes, self.device_id)})
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
        new_id = rid if rid != op.id else None
        if row["deleted_at"] is None:
            if new_id is not None:
                # The desk deleted its own copy, which the server had merged into a
                # colleague's record: that record is not deleted behind their back.
                conflict = self._conflict(op, rid, DELETED, True, False, row=row)
                return self._result(op, OpStatus.CONFLICT, spec, row, [conflict], new_id=new_id,
                                    reason=reasons.MERGED_COPY_DELETED)
            if self._newer_elsewhere(row, DELETED, _base(op, row)):
                # Restored elsewhere after the version this desk deleted: the restore stands.
                conflict = self._conflict(op, rid, DELETED, True, False, row=row)
                return self._result(op, OpStatus.CONFLICT, spec, row, [conflict])
        changed_since = op.base_version is not None and row["version"] > op.base_version
        if row["deleted_at"] is None:
            merged_into = self._merged_into(op, row)
            row = self._set_deleted(op.entity, row, deleted=True, with_parent=False,
                                    merged_into=merged_into)
            for child in spec.children:
                self._cascade(child, rid, deleted=True)
        status = OpStatus.MERGED if changed_since else OpStatus.APPLIED
        return self._result(op, status, spec, row, new_id=new_id)

    def _restore(self, op: PushOp, spec: EntitySpec, rid: UUID, row: Row | None) -> OpResult:
        if row is None:
            raise _Rejected(reasons.nothing_to_restore(op.entity, op.id))
        if op.entity == Entity.ATTACHMENT and row["deleted_at"] is not None and not self.admin:
            raise _Rejected(reasons.RESTORE_FORM_NEEDS_ADMIN)
        new_id = rid if rid != op.id else None
        if row["deleted_at"] is not None:
            refusal = self._restore_refusal(op, spec, row)
            if refusal is not None:  # it stays deleted; the desk is told why
                conflict = self._conflict(op, rid, DELETED, False, True, row=row,
                                          server_device=None if refusal == "" else "")
                return self._result(op, OpStatus.CONFLICT, spec, row, [conflict],
                                    new_id=new_id, reason=refusal or None)
            row = self._set_deleted(op.entity, row, deleted=False, with_parent=False)
            for child in spec.children:
                self._cascade(child, rid, deleted=False)
            # A restored account or attachment under a deleted influencer brings it back too.
            for ref, parent in spec.parents.items():
                parent_row = self._row(parent, row[ref])
                if parent_row is not None and parent_row["deleted_at"] is not None:
                    self._set_deleted(parent, parent_row, deleted=False, with_parent=False)
        return self._result(op, OpStatus.APPLIED, spec, row, new_id=new_id)

    def _restore_refusal(self, op: PushOp, spec: EntitySpec, row: Row) -> str | None:
        """Why a deleted record may not come back: deleted again elsewhere after the version
        this desk restored ('': the newer delete stands), or its natural key (or its
        person's) now belongs to another live record."""
        if self._newer_elsewhere(row, DELETED, _base(op, row)):
            return ""
        if op.entity in KEY_FIELDS:
            holder = self._key_holder(op.entity, row, row["id"])
            if holder is not None:
                return reasons.key_taken(op.entity, holder)
        for ref, parent in spec.parents.items():
            parent_row = self._row(parent, row[ref])
            if parent_row is not None and parent_row["deleted_at"] is not None:
                holder = self._key_holder(parent, parent_row, parent_row["id"])
                if holder is not None:
                    return reasons.key_taken(parent, holder)
        return None

    def _cascade(self, child: Entity, parent_id: UUID, *, deleted: bool) -> None:
        """Soft-delete a record's children with it; restore those that went with it (except
        one whose natural key another live record took meanwhile: it stays deleted)."""
        self._flush()  # children created earlier in this batch must be visible to the query
        spec = SPECS[child]
        table = spec.table
        where = [table.c.influencer_id == parent_id]
        if deleted:
            where.append(table.c.deleted_at.is_(None))
        else:
            where += [table.c.deleted_at.is_not(None), table.c.deleted_with_parent.is_(True)]
        for found in list(self.conn.execute(select(*spec.columns).where(*where)).mappings()):
            row = self.rows.get((child, found["id"])) or dict(found)
            if not deleted and child in KEY_FIELDS and \
                    self._key_holder(child, row, row["id"]) is not None:
                continue
            self._set_deleted(child, row, deleted=deleted, with_parent=deleted)

    def _set_deleted(self, entity: Entity, row: Row, *, deleted: bool,
                     with_parent: bool, merged_into: UUID | None = None) -> Row:
        """`merged_into`: a merge's delete (the tombstone points there); a restore, and any
        other delete, clears the pointer."""
        meta: dict[str, Any] = {"deleted_at": self.now if deleted else None}
        if "deleted_with_parent" in row:
            meta["deleted_with_parent"] = with_parent
        if "merged_into" in row:
            meta["merged_into"] = merged_into if deleted else None
        version = row["version"] + 1
        new = self._bump(entity, row, {}, meta)
        new["field_versions"] = {**new["field_versions"], DELETED: version}
        new["field_devices"] = {**new["field_devices"], DELETED: self.device_id}
        return new

    # -- metric snapshots ---------------------------------------------------------------

    def _snapshot(self, op: PushOp, spec: EntitySpec) -> OpResult:
        if op.kind != OpKind.UPSERT:
            raise _Rejected(reasons.SNAPSHOT_IS_HISTORY)
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
                names = [n for n in (*spec.fields, *spec.server_fields, *_UPDATABLE_META,
                                     "name_key", "deleted_with_parent") if n in table.c]
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

    def _conflict(self, op: PushOp, record_id: UUID, name: str, mine: Any, theirs: Any, *,
                  row: Row | None = None, server_device: str | None = None) -> FieldConflict:
        """Keep the losing value; `row`: the record whose field won (who wrote it)."""
        conflict_id = uuid4()
        if server_device is None:
            server_device = (row or {}).get("field_devices", {}).get(name, "")
        self.new_conflicts.append({
            "id": conflict_id, "entity": op.entity.value, "record_id": record_id, "field": name,
            "your_value": mine, "server_value": theirs, "op_id": op.op_id,
            "device_id": self.device_id, "token_name": self.token_name,
            "server_device_id": server_device})
        return FieldConflict(conflict_id=conflict_id, field=name, your_value=mine,
                             server_value=theirs)

    def _result(self, op: PushOp, status: OpStatus, spec: EntitySpec, row: Row,
                conflicts: Iterable[FieldConflict] = (), new_id: UUID | None = None,
                reason: str | None = None) -> OpResult:
        conflicts = list(conflicts)
        if conflicts and status != OpStatus.REMAPPED:
            status = OpStatus.CONFLICT
        return OpResult(op_id=op.op_id, entity=op.entity, id=op.id, status=status,
                        version=row["version"], new_id=new_id, conflicts=conflicts,
                        reason=reason, record=wire_record(spec, row))

    def rejected(self, op: PushOp, reason: str) -> OpResult:
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
    server's extra profile URL hosts (Settings.platform_web_hosts).

    Per-op isolation: the batch is tried whole (fast); if the database refuses any of it,
    it is undone and applied again one op at a time, each in its own savepoint, so the op
    the database refuses is rejected alone and the rest of the batch applies."""
    take_writer_lock(conn)  # held by the transaction, whatever a savepoint undoes
    whole = conn.begin_nested()
    try:
        response = PushBatch(conn, request.device_id, token_name, admin,
                             web_hosts).apply(request.ops)
    except DBAPIError:
        whole.rollback()
        log.warning("push from %s: the database refused a batch of %d ops; applying them "
                    "one at a time", request.device_id, len(request.ops))
    else:
        whole.commit()
        return response
    results: list[OpResult] = []
    seen: set[UUID] = set()
    for op in request.ops:
        batch = PushBatch(conn, request.device_id, token_name, admin, web_hosts)
        if op.op_id in seen:
            results.append(batch.rejected(op, reasons.DUPLICATE_OP))
            continue
        seen.add(op.op_id)
        one = conn.begin_nested()
        try:
            [result] = batch.apply([op]).results
        except DBAPIError as exc:
            one.rollback()
            log.warning("push from %s: op %s refused by the database (%s)", request.device_id,
                        op.op_id, type(exc.orig).__name__)
            # A fresh batch: this one holds the op's unstorable values in memory.
            result = PushBatch(conn, request.device_id, token_name, admin, web_hosts).rejected(
                op, reasons.UNSTORABLE)
            conn.execute(insert(_op_results),
                         [stored_result(op, request.device_id, result, op_fingerprint(op))])
        else:
            one.commit()
        results.append(result)
    return PushResponse(results=results)
