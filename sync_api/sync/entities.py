"""What the sync engine knows about each synced entity: its table, fields and relations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import Table

from shared_models.fieldnames import RECORD_META, SERVER
from shared_models.records import Entity, editable_fields, jsonable
from sync_api import models

UUID_FIELDS = frozenset({"influencer_id", "account_id"})
DATETIME_FIELDS = frozenset({"observed_at"})


@dataclass(frozen=True)
class EntitySpec:
    entity: Entity
    table: Table
    fields: tuple[str, ...]  # the wire fields besides id and the server-assigned ones
    versioned: bool = True  # False: append-only (metric snapshots)
    parents: Mapping[str, Entity] = field(default_factory=dict)  # reference field -> entity
    children: tuple[Entity, ...] = ()  # soft-deleted (and restored) along with this record
    # Wire fields only the server sets (never from an op's fields): an influencer's
    # `merged_into`.
    server_fields: tuple[str, ...] = ()

    @property
    def columns(self) -> list[Any]:
        """The columns the engine reads (not the pre-rendered pull document)."""
        return [c for c in self.table.c if c.name != "change_doc"]

    @property
    def data_keys(self) -> tuple[str, ...]:
        meta = RECORD_META if self.versioned else ()
        return ("id", *meta, *self.fields, *self.server_fields)


def _table(model: type[models.SyncTable]) -> Table:
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


SPECS: dict[Entity, EntitySpec] = {
    Entity.INFLUENCER: EntitySpec(
        Entity.INFLUENCER, _table(models.Influencer), editable_fields(Entity.INFLUENCER),
        children=(Entity.ACCOUNT, Entity.ATTACHMENT), server_fields=SERVER[Entity.INFLUENCER]),
    Entity.ACCOUNT: EntitySpec(
        Entity.ACCOUNT, _table(models.Account), editable_fields(Entity.ACCOUNT),
        parents={"influencer_id": Entity.INFLUENCER}),
    Entity.ATTACHMENT: EntitySpec(
        Entity.ATTACHMENT, _table(models.Attachment), editable_fields(Entity.ATTACHMENT),
        parents={"influencer_id": Entity.INFLUENCER}),
    Entity.METRIC_SNAPSHOT: EntitySpec(
        Entity.METRIC_SNAPSHOT, _table(models.MetricSnapshot),
        editable_fields(Entity.METRIC_SNAPSHOT), versioned=False,
        parents={"account_id": Entity.ACCOUNT}),
}

# Pull order within a page does not matter (server_seq orders it), but parents first keeps
# foreign keys happy for a client applying a page that holds both.
PULL_ORDER = (Entity.INFLUENCER, Entity.ACCOUNT, Entity.ATTACHMENT, Entity.METRIC_SNAPSHOT)


def wire_record(spec: EntitySpec, row: Mapping[str, Any]) -> dict[str, Any]:
    """A table row as the wire model's dict (UUIDs and datetimes as strings)."""
    return {key: jsonable(row[key]) for key in spec.data_keys}


def wire_value(row: Mapping[str, Any], name: str) -> Any:
    return jsonable(row[name])


def db_value(name: str, value: Any) -> Any:
    """A normalised wire value as the column wants it."""
    if name in UUID_FIELDS and value is not None:
        return UUID(str(value))
    if name in DATETIME_FIELDS and isinstance(value, str):
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return value


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []
