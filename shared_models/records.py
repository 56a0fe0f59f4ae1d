"""The synced records as they cross the wire, and the fields a client may change.

One name per concept in every layer: `Influencer`, `Account`, `MetricSnapshot`,
`Attachment`; `platform`, `handle`, `phone`, `email` mean the same in the server's tables,
the desktop store, the Excel header mapping and the UI.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from shared_models.platforms import Platform


class Entity(StrEnum):
    INFLUENCER = "influencer"
    ACCOUNT = "account"
    METRIC_SNAPSHOT = "metric_snapshot"
    ATTACHMENT = "attachment"


class AccountStatus(StrEnum):
    ACTIVE = "active"
    NOT_FOUND = "not_found"  # the platform says the profile does not exist
    INACTIVE = "inactive"  # staff stopped working with it


# The fields a client may set through a push, per entity. Everything else (version,
# updated_at, server_seq, created_at) is assigned by the server.
EDITABLE_FIELDS: dict[Entity, frozenset[str]] = {
    Entity.INFLUENCER: frozenset({"name", "phone", "notes", "tags"}),
    Entity.ACCOUNT: frozenset(
        {"influencer_id", "platform", "handle", "profile_url", "email", "category", "status",
         "notes"}),
    Entity.METRIC_SNAPSHOT: frozenset({"account_id", "metric", "value", "observed_at", "source"}),
    Entity.ATTACHMENT: frozenset(
        {"influencer_id", "file_name", "media_type", "size", "sha256", "uploaded_by"}),
}

# Fields that must be present when a record is created.
REQUIRED_ON_CREATE: dict[Entity, frozenset[str]] = {
    Entity.INFLUENCER: frozenset({"name"}),
    Entity.ACCOUNT: frozenset({"influencer_id", "platform", "handle"}),
    Entity.METRIC_SNAPSHOT: frozenset({"account_id", "metric", "value", "observed_at"}),
    Entity.ATTACHMENT: frozenset({"influencer_id", "file_name", "media_type", "size", "sha256"}),
}

# Metric names the collectors write; the list shows the latest of each.
METRICS = ("daily_visitors", "total_visitors", "followers", "following", "post_count")


class _Record(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


class Influencer(_Record):
    name: str
    phone: str = ""
    notes: str = ""
    tags: list[str] = Field(default_factory=list)


class Account(_Record):
    influencer_id: UUID
    platform: Platform
    handle: str
    profile_url: str = ""
    email: str = ""
    category: str = ""
    status: str = AccountStatus.ACTIVE.value
    notes: str = ""


class MetricSnapshot(BaseModel):
    """Append-only: idempotent on `id`, never edited, so it has no version."""

    model_config = ConfigDict(from_attributes=True)

    id: UUID
    account_id: UUID
    metric: str
    value: float
    observed_at: datetime
    source: str = ""


class Attachment(_Record):
    influencer_id: UUID
    file_name: str
    media_type: str
    size: int
    sha256: str
    uploaded_by: str = ""


RECORD_MODELS: dict[Entity, type[BaseModel]] = {
    Entity.INFLUENCER: Influencer,
    Entity.ACCOUNT: Account,
    Entity.METRIC_SNAPSHOT: MetricSnapshot,
    Entity.ATTACHMENT: Attachment,
}


def jsonable(value: Any) -> Any:
    """A field value as it travels in JSON (UUIDs and datetimes as strings)."""
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value
