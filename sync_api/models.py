"""The server's tables (SQLModel). Alembic migrations in `migrations/` create them.

The tables live in their own MetaData (`SyncTable.metadata`), not SQLModel's global one: the
desktop store defines tables of the same names (`influencer`, `account`) in the same process
in end-to-end tests. The naming convention keeps constraint names stable across migrations.

Every synced row carries `server_seq` (one sequence for all entities, see DESIGN.md "Pull"),
the server-assigned `version`, and `field_versions` ({field: version at which it last
changed}) for the field-level merge.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from pydantic import create_model
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Double,
    Identity,
    Index,
    MetaData,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from shared_models.records import Entity, editable_fields
from shared_models.rules import AccountStatus

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SERVER_SEQ = "sync_server_seq"  # the one sequence that orders every change

sync_registry = registry(metadata=MetaData(naming_convention=NAMING_CONVENTION))


class SyncTable(SQLModel, registry=sync_registry):
    """Base of the sync service's tables; its `metadata` is Alembic's target."""


def _ts(nullable: bool = False) -> Any:
    return Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=nullable))


def _created() -> Any:
    return Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=False,
                                                server_default=text("now()")))


def _jsonb(default: str) -> Any:
    return Field(default=None, sa_column=Column(JSONB, nullable=False,
                                                server_default=text(f"'{default}'::jsonb")))


def _seq() -> Any:
    return Field(default=None, sa_column=Column(BigInteger, nullable=False, unique=True))


def _change_doc() -> Any:
    # The row rendered as a pull `Change` by a trigger (migration 0002); never set by code.
    return Field(default=None, sa_column=Column(Text, nullable=True))


def _text_col() -> Any:
    return Field(default="", sa_column_kwargs={"server_default": ""})


def _text_fields(entity: Entity, *, besides: tuple[str, ...]) -> type[SQLModel]:
    """A base of the table class `entity` holding the model's settable fields that the class
    does not declare (`besides`) as text columns, '' by default: a field added to the shared
    model (shared_models/records.py) is a column here with no line of its own; its Alembic
    migration adds it to the database."""
    fields: dict[str, Any] = {name: (str, _text_col()) for name in editable_fields(entity)
                              if name not in besides}
    return create_model(f"{entity.value.title()}TextFields", __base__=SQLModel, **fields)


class Influencer(SyncTable, table=True):
    __tablename__ = "influencer"
    __table_args__ = (
        # Natural-key lookup for the create merge: (name_key, phone) among live rows.
        Index("ix_influencer_natural_key", "name_key", "phone",
              postgresql_where=text("deleted_at IS NULL")),
    )

    id: UUID = Field(primary_key=True)
    name: str
    name_key: str
    phone: str = _text_col()
    notes: str = _text_col()
    tags: list[str] = _jsonb("[]")
    version: int = 1
    field_versions: dict[str, int] = _jsonb("{}")
    field_devices: dict[str, str] = _jsonb("{}")  # field -> device that last wrote it
    created_at: datetime = _created()
    updated_at: datetime = _created()
    deleted_at: datetime | None = _ts(nullable=True)
    # A merge's other person: the one they were merged into (set with the delete, cleared
    # by a restore; migration 0009).
    merged_into: UUID | None = Field(default=None, nullable=True)
    created_by_device: str = _text_col()
    server_seq: int = _seq()
    change_doc: str | None = _change_doc()


class Account(SyncTable, _text_fields(Entity.ACCOUNT,  # type: ignore[misc]
                                      besides=("influencer_id", "platform", "handle", "status")),
              table=True):
    __tablename__ = "account"
    __table_args__ = (
        Index("ix_account_natural_key", "platform", "handle",
              postgresql_where=text("deleted_at IS NULL")),
    )

    id: UUID = Field(primary_key=True)
    influencer_id: UUID = Field(foreign_key="influencer.id", index=True)
    platform: str = Field(max_length=8)
    handle: str
    status: str = Field(default=AccountStatus.ACTIVE.value,
                        sa_column_kwargs={"server_default": AccountStatus.ACTIVE.value})
    version: int = 1
    field_versions: dict[str, int] = _jsonb("{}")
    field_devices: dict[str, str] = _jsonb("{}")  # field -> device that last wrote it
    created_at: datetime = _created()
    updated_at: datetime = _created()
    deleted_at: datetime | None = _ts(nullable=True)
    # True when deleted because its influencer was: restoring the influencer restores it.
    deleted_with_parent: bool = Field(default=False, sa_column=Column(
        Boolean, nullable=False, server_default=text("false")))
    created_by_device: str = _text_col()
    server_seq: int = _seq()
    change_doc: str | None = _change_doc()


class Attachment(SyncTable, table=True):
    """Consent-form metadata; the bytes are stored content-addressed by sha256."""

    __tablename__ = "attachment"

    id: UUID = Field(primary_key=True)
    influencer_id: UUID = Field(foreign_key="influencer.id", index=True)
    file_name: str
    media_type: str
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    sha256: str = Field(max_length=64)
    uploaded_by: str = _text_col()
    version: int = 1
    field_versions: dict[str, int] = _jsonb("{}")
    field_devices: dict[str, str] = _jsonb("{}")  # field -> device that last wrote it
    created_at: datetime = _created()
    updated_at: datetime = _created()
    deleted_at: datetime | None = _ts(nullable=True)
    deleted_with_parent: bool = Field(default=False, sa_column=Column(
        Boolean, nullable=False, server_default=text("false")))
    created_by_device: str = _text_col()
    server_seq: int = _seq()
    change_doc: str | None = _change_doc()


class MetricSnapshot(SyncTable, table=True):
    """Append-only, idempotent on id."""

    __tablename__ = "metric_snapshot"

    id: UUID = Field(primary_key=True)
    account_id: UUID = Field(foreign_key="account.id", index=True)
    metric: str
    value: float = Field(sa_column=Column(Double, nullable=False))
    observed_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    source: str = _text_col()
    created_at: datetime = _created()
    server_seq: int = _seq()
    change_doc: str | None = _change_doc()


class IdAlias(SyncTable, table=True):
    """A client-made id merged into an existing record by the natural-key merge."""

    __tablename__ = "id_alias"

    old_id: UUID = Field(primary_key=True)
    entity: str
    new_id: UUID = Field(index=True)
    created_at: datetime = _created()


class SyncConflict(SyncTable, table=True):
    """A value that lost a conflict: kept so nothing a user typed is lost."""

    __tablename__ = "sync_conflict"
    __table_args__ = (
        # Resolving one conflict resolves the open ones on the same record field.
        Index("ix_sync_conflict_field", "entity", "record_id", "field",
              postgresql_where=text("resolved_at IS NULL")),
    )

    id: UUID = Field(primary_key=True)
    entity: str
    record_id: UUID = Field(index=True)
    field: str
    your_value: Any = Field(default=None, sa_column=Column(JSONB, nullable=True))
    server_value: Any = Field(default=None, sa_column=Column(JSONB, nullable=True))
    op_id: UUID
    device_id: str
    token_name: str = ""
    server_device_id: str = _text_col()  # the device whose value won
    created_at: datetime = _created()
    resolved_at: datetime | None = _ts(nullable=True)
    resolution: str | None = Field(default=None, max_length=16)  # "mine" | "theirs"
    resolved_by: str | None = None  # the device that resolved it


class OpResult(SyncTable, table=True):
    """The stored answer to each op, so a replayed op gets the same answer and changes nothing."""

    __tablename__ = "op_result"

    op_id: UUID = Field(primary_key=True)
    device_id: str
    result: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    fingerprint: str | None = Field(default=None, max_length=64)  # hash of the op's content
    created_at: datetime = _created()


class ChangeHistory(SyncTable, table=True):
    """Append-only: one applied change (migration 0005; sync_api/history.py)."""

    __tablename__ = "change_history"
    __table_args__ = (Index("ix_change_history_record_id_id", "record_id", "id"),)

    id: int | None = Field(default=None, sa_column=Column(
        BigInteger, Identity(), primary_key=True))
    entity: str = Field(max_length=32)
    record_id: UUID
    action: str = Field(max_length=16)  # create, update, delete, restore
    field: str = _text_col()
    old_value: Any = Field(default=None, sa_column=Column(JSONB, nullable=True))
    new_value: Any = Field(default=None, sa_column=Column(JSONB, nullable=True))
    changed_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    actor: str = _text_col()  # the token's name
    device_id: str = _text_col()
    batch_id: UUID | None = None  # the import or merge it belongs to
    op_id: UUID | None = None


class ApiToken(SyncTable, table=True):
    __tablename__ = "api_token"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str = Field(max_length=16)
    token_hash: str = Field(max_length=64, unique=True)  # sha256 hex; the token is never stored
    created_at: datetime = _created()
    last_used_at: datetime | None = _ts(nullable=True)
    revoked_at: datetime | None = _ts(nullable=True)


metadata = SyncTable.metadata
