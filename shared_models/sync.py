"""The sync protocol's messages (see DESIGN.md, "Sync protocol").

Push: the client sends operations, each with its own `op_id`, the record's `id`, the
`base_version` it edited and only the changed `fields`. The server answers one OpResult per
op. Pull: the client asks for changes after its cursor and gets them in `server_seq` order.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, Field

from shared_models.records import Entity
from shared_models.rules import DeviceId, FieldName, WireText

PROTOCOL_VERSION = 2  # 2: collection is coordinated by the server (/v1/collect)
SCHEMA_VERSION = 1
MAX_OPS_PER_PUSH = 1000
MAX_CHANGES_PER_PAGE = 5000
# A pull page stops adding changes past this many bytes (always at least one change), so a
# page stays a few MB however large the records are.
MAX_PAGE_BYTES = 4 * 1024 * 1024
MAX_FIELDS_PER_OP = 32


class OpKind(StrEnum):
    UPSERT = "upsert"  # create (base_version None) or change the given fields
    DELETE = "delete"  # soft delete: sets deleted_at, keeps the row as a tombstone
    RESTORE = "restore"  # clears deleted_at


class PushOp(BaseModel):
    op_id: UUID
    entity: Entity
    id: UUID
    kind: OpKind = OpKind.UPSERT
    base_version: int | None = Field(default=None, ge=0, le=2**62)  # None: a create
    fields: dict[FieldName, Any] = Field(default_factory=dict, max_length=MAX_FIELDS_PER_OP)
    # The import or merge this edit belongs to (the history records it; undo uses it).
    batch_id: UUID | None = None


class PushRequest(BaseModel):
    device_id: DeviceId
    ops: list[PushOp] = Field(max_length=MAX_OPS_PER_PUSH)


class OpStatus(StrEnum):
    APPLIED = "applied"  # as sent, nothing else had changed
    MERGED = "merged"  # other fields had changed meanwhile; both kept
    CONFLICT = "conflict"  # a field changed on both sides: server value stands, loser recorded
    REMAPPED = "remapped"  # natural-key collision: merged into the existing record `new_id`
    REJECTED = "rejected"  # validation error; `reason` says why


class FieldConflict(BaseModel):
    conflict_id: UUID
    field: str
    your_value: Any
    server_value: Any


class OpResult(BaseModel):
    op_id: UUID
    entity: Entity
    id: UUID
    status: OpStatus
    version: int | None = None
    new_id: UUID | None = None  # for `remapped`: the id the record lives under now
    conflicts: list[FieldConflict] = Field(default_factory=list)
    reason: str | None = None
    record: dict[str, Any] | None = None  # the server's current record after the op


class PushResponse(BaseModel):
    results: list[OpResult]


class Change(BaseModel):
    entity: Entity
    id: UUID
    server_seq: int
    version: int = 0
    deleted_at: datetime | None = None
    data: dict[str, Any]


class ChangesPage(BaseModel):
    changes: list[Change]
    cursor: int  # pass as `since` next time
    more: bool


class HandshakeRequest(BaseModel):
    protocol_version: int = Field(ge=0, le=2**31 - 1)
    schema_version: int = Field(ge=0, le=2**31 - 1)
    device_id: DeviceId
    app_version: WireText = ""


class HandshakeResponse(BaseModel):
    compatible: bool
    protocol_version: int
    schema_version: int
    server_time: datetime
    message: str = ""  # what to do when not compatible
    token_name: str = ""
    role: str = ""
    latest_desktop_version: str | None = None
    download_url: str | None = None
