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

from shared_models.rules import (
    AccountNotes,
    AccountRef,
    AccountStatus,
    ByteSize,
    Category,
    Email,
    FileName,
    Handle,
    InfluencerRef,
    MediaType,
    MetricName,
    MetricValue,
    Name,
    Notes,
    ObservedAt,
    Phone,
    PlatformCode,
    ProfileUrl,
    Rule,
    Sha256,
    ShortText,
    Status,
    Tags,
    UploadedBy,
    rule_in,
)
from shared_models.texts import Text, user_text


class Entity(StrEnum):
    INFLUENCER = "influencer"
    ACCOUNT = "account"
    METRIC_SNAPSHOT = "metric_snapshot"
    ATTACHMENT = "attachment"


# Metric names the collectors write; the list shows the latest of each.
METRICS = ("daily_visitors", "total_visitors", "followers", "following", "post_count")
# What users read for each (export headers, the window); translated where shown.
METRIC_LABELS: dict[str, Text] = {
    "daily_visitors": user_text("Daily visitors"),
    "total_visitors": user_text("Total visitors"),
    "followers": user_text("Followers"),
    "following": user_text("Following"),
    "post_count": user_text("Post count"),
}


class _Record(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    version: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


# A field's type names its rule (shared_models/rules.py); field order is the order of the
# export's columns and of the import's field list.
class Influencer(_Record):
    name: Name
    phone: Phone = ""
    tags: Tags = Field(default_factory=list)
    notes: Notes = ""
    # Set by the server when a merge deleted this person: the one they were merged into
    # (docs/history.md). Not a field a client sets with an upsert: a merge's delete carries
    # it, a restore clears it.
    merged_into: UUID | None = None


class Account(_Record):
    influencer_id: InfluencerRef
    platform: PlatformCode
    handle: Handle
    profile_url: ProfileUrl = ""
    email: Email = ""
    category: Category = ""
    status: Status = AccountStatus.ACTIVE.value
    notes: AccountNotes = ""


class MetricSnapshot(BaseModel):
    """Append-only: idempotent on `id`, never edited, so it has no version."""

    model_config = ConfigDict(from_attributes=True)

    id: UUID
    account_id: AccountRef
    metric: MetricName
    value: MetricValue
    observed_at: ObservedAt
    source: ShortText = ""


class Attachment(_Record):
    influencer_id: InfluencerRef
    file_name: FileName
    media_type: MediaType
    size: ByteSize
    sha256: Sha256
    uploaded_by: UploadedBy = ""  # the uploader's token name, set by the server


RECORD_MODELS: dict[Entity, type[BaseModel]] = {
    Entity.INFLUENCER: Influencer,
    Entity.ACCOUNT: Account,
    Entity.METRIC_SNAPSHOT: MetricSnapshot,
    Entity.ATTACHMENT: Attachment,
}


def field_rules(entity: Entity) -> dict[str, Rule]:
    """The fields a client may set for `entity`, in model order, with their rules. Everything
    else (id, version, timestamps, server_seq) is assigned by the server."""
    return _FIELD_RULES[entity]


def label_of(entity: Entity | str, name: str) -> str:
    """What people call a field ('Phone': a user_text, so it reads '연락처' in Korean); a
    name no rule knows (another entity's, a newer release's) stays as it is."""
    try:
        return _FIELD_RULES[Entity(entity)][name].label
    except (ValueError, KeyError):
        return name


def editable_fields(entity: Entity) -> tuple[str, ...]:
    """The settable fields of `entity` in model order (store columns, payloads, JSON)."""
    return tuple(_FIELD_RULES[entity])


def user_fields(entity: Entity) -> tuple[str, ...]:
    """The fields people read and type (no references): export columns, import fields."""
    return tuple(name for name, rule in _FIELD_RULES[entity].items() if rule.user_field)


def record_columns(entity: Entity) -> tuple[str, ...]:
    """Every field of the record model (id and bookkeeping included), in model order."""
    return tuple(RECORD_MODELS[entity].model_fields)


_FIELD_RULES: dict[Entity, dict[str, Rule]] = {}
for _entity, _model in RECORD_MODELS.items():
    _FIELD_RULES[_entity] = {name: rule for name, info in _model.model_fields.items()
                             if (rule := rule_in(info.metadata)) is not None}

# The fields a client may set through a push, per entity, and those a create must give.
EDITABLE_FIELDS: dict[Entity, frozenset[str]] = {
    entity: frozenset(rules) for entity, rules in _FIELD_RULES.items()}
REQUIRED_ON_CREATE: dict[Entity, frozenset[str]] = {
    entity: frozenset(name for name in rules
                      if RECORD_MODELS[entity].model_fields[name].is_required())
    for entity, rules in _FIELD_RULES.items()}


def field_defaults(entity: Entity) -> dict[str, Any]:
    """The model's defaults for the settable fields a create may leave out (fresh copies):
    what a record created without them holds."""
    return {name: list(value) if isinstance(value, list) else value
            for name, value in _DEFAULTS[entity].items()}
_DEFAULTS: dict[Entity, dict[str, Any]] = {
    entity: {name: info.get_default(call_default_factory=True)
             for name, info in RECORD_MODELS[entity].model_fields.items()
             if name in rules and not info.is_required()}
    for entity, rules in _FIELD_RULES.items()}


def jsonable(value: Any) -> Any:
    """A field value as it travels in JSON (UUIDs and datetimes as strings)."""
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    return value
