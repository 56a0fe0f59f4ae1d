"""Value types the store hands to its callers (besides the shared_models records)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import UUID


def utc_now() -> datetime:
    return datetime.now(UTC)


def ts(value: datetime | str | None) -> str | None:
    """A timestamp as stored: UTC ISO 8601 with microseconds, so text order is time order."""
    if value is None or value == "":
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_ts(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class MoreFields:
    """For a dataclass that names a record's fields one by one and keeps the ones added to
    the model since in its `more_fields` dict: those read as attributes too."""

    more_fields: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        try:
            return self.__dict__["more_fields"][name]
        except KeyError:
            raise AttributeError(name) from None

    @classmethod
    def not_named(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        """Those of `names` the class has no field for: what its `more_fields` hold."""
        named = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return tuple(name for name in names if name not in named)


@dataclass(frozen=True)
class MetricValue:
    value: float
    observed_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "observed_at": self.observed_at.isoformat()}


@dataclass
class SearchQuery:
    """What the search box, the filters and the column headers ask for."""

    text: str = ""
    platform: str | None = None
    category: str | None = None
    tag: str | None = None
    metric_min: dict[str, float] = field(default_factory=dict)
    metric_max: dict[str, float] = field(default_factory=dict)
    stale_hours: float | None = None
    deleted: bool = False
    account_ids: list[UUID] | None = None
    sort: str = "name"
    descending: bool = False
    offset: int = 0
    limit: int | None = 100


@dataclass
class AccountRow(MoreFields):
    """One line of the account list: the account, its influencer, the latest metrics."""

    id: UUID
    influencer_id: UUID
    name: str
    phone: str
    platform: str
    handle: str
    profile_url: str
    email: str
    category: str
    status: str
    tags: list[str]
    notes: str
    other_platform_handles: list[str]
    metrics: dict[str, MetricValue]
    deleted_at: datetime | None = None
    influencer_notes: str = ""
    # The account's fields added to the model since, so the export and the JSON carry them.
    more_fields: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {**self.more_fields,
            "id": str(self.id), "influencer_id": str(self.influencer_id), "name": self.name,
            "phone": self.phone, "platform": self.platform, "handle": self.handle,
            "profile_url": self.profile_url, "email": self.email, "category": self.category,
            "status": self.status, "tags": list(self.tags), "notes": self.notes,
            "influencer_notes": self.influencer_notes,
            "other_platform_handles": list(self.other_platform_handles),
            "metrics": {k: v.to_dict() for k, v in self.metrics.items()},
            "deleted_at": self.deleted_at.isoformat() if self.deleted_at else None,
        }


@dataclass
class SearchResult:
    rows: list[AccountRow]
    total: int


@dataclass(frozen=True)
class OutboxEntry:
    """An edit waiting to be pushed (or rejected by the server, with the reason)."""

    seq: int
    op_id: UUID
    entity: str
    id: UUID
    kind: str
    base_version: int | None
    fields: dict[str, Any]
    created_at: datetime
    attempts: int
    last_error: str | None
    rejected_reason: str | None
    batch_id: UUID | None = None  # the import or merge it belongs to (issue 20)


@dataclass(frozen=True)
class StoredConflict:
    """A field both sides changed: the server's value stands, yours is kept here."""

    id: UUID
    entity: str
    record_id: UUID
    field: str
    your_value: Any
    server_value: Any
    created_at: datetime
    resolved_at: datetime | None
    resolution: str | None
    label: str = ""  # who/what the record is, for people ("김민지", "A/kim_minji")
    reason: str | None = None  # the server's sentence, when it said why

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": str(self.id), "entity": self.entity, "record_id": str(self.record_id),
            "label": self.label, "field": self.field, "your_value": self.your_value,
            "server_value": self.server_value, "created_at": self.created_at.isoformat(),
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
            "resolution": self.resolution, "reason": self.reason,
        }


@dataclass(frozen=True)
class SyncState:
    device_id: str
    server_url: str | None
    cursor: int
    last_sync_at: datetime | None
    last_error: str | None


@dataclass(frozen=True)
class PushOutcome:
    """How the ops of one pushed batch ended (`store.apply_push_results`)."""

    applied: int = 0
    merged: int = 0
    conflict: int = 0
    remapped: int = 0
    rejected: int = 0

    @property
    def accepted(self) -> int:
        """Ops the server took (every status but `rejected`)."""
        return self.applied + self.merged + self.conflict + self.remapped
