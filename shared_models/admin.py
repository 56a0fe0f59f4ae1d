"""The sync server's administration messages (one home for both sides): what
`GET /v1/admin/status` and `/v1/admin/tokens` answer. The server builds them
(sync_api/admin/status.py, sync_api/tokens.py); the desktop's administration view reads them
(desktop/admin.py). Times are timezone-aware (UTC); the window shows them in local time."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from shared_models.office import OfficeCollection


class Role(StrEnum):
    STAFF = "staff"
    ADMIN = "admin"


class TokenInfo(BaseModel):
    """A token as listed (never its secret)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    role: Role
    created_at: datetime
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None


class TokenCreated(TokenInfo):
    token: str  # shown once; only its hash is stored


class TokenStatus(BaseModel):
    id: int
    name: str
    role: str
    created_at: datetime
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None
    devices: int = 0


class DeviceStatus(BaseModel):
    device_id: str
    token_id: int | None = None
    token_name: str
    app_version: str
    first_seen_at: datetime
    last_seen_at: datetime
    last_push_at: datetime | None = None
    last_pull_at: datetime | None = None

    @property
    def last_sync_at(self) -> datetime | None:
        """The desk's last push or complete pull, whichever was later."""
        times = [t for t in (self.last_push_at, self.last_pull_at) if t is not None]
        return max(times) if times else None


class ConflictStatus(BaseModel):
    entity: str
    record_id: UUID
    field: str
    token_name: str
    device_id: str
    created_at: datetime


class ConflictSummary(BaseModel):
    """Conflicts the server recorded (the losing values); the desktops resolve them."""

    open: int
    last_24h: int
    recent: list[ConflictStatus]


class RecordCount(BaseModel):
    live: int
    deleted: int


class RunStatus(BaseModel):
    device_id: str
    token_name: str
    started_at: datetime
    finished_at: datetime
    total: int
    ok: int
    not_found: int
    error: int
    blocked: int
    left: int
    blocked_until: datetime | None = None
    finished: bool
    cancelled: bool


class PlatformCollection(BaseModel):
    platform: str
    label: str
    accounts: int  # live accounts on the platform
    collected_24h: int  # of them, with a snapshot observed in the last 24 h
    last_observed_at: datetime | None = None
    runs_24h: int
    errors_24h: int
    not_found_24h: int
    blocked_24h: int
    last_run: RunStatus | None = None
    blocked_until: datetime | None = None  # the latest block reported that has not ended yet


class DatabaseStatus(BaseModel):
    name: str
    size_bytes: int
    schema_revision: str | None = None


class Release(BaseModel):
    """The desktop release the server advertises in the handshake (set by an admin)."""

    version: str | None = None
    download_url: str | None = None
    source: Literal["admin", "config", "none"] = "none"
    updated_at: datetime | None = None
    updated_by: str = ""


class AdminStatus(BaseModel):
    generated_at: datetime
    database: DatabaseStatus
    tokens: list[TokenStatus]
    devices: list[DeviceStatus]
    conflicts: ConflictSummary
    records: dict[str, RecordCount]
    metric_snapshots: int
    collection: list[PlatformCollection]
    release: Release
    office: OfficeCollection | None = None  # the office's shared runs, collectors and pace
