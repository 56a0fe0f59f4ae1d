"""Materialised change documents: each synced row keeps its pull JSON in `change_doc`.

A BEFORE INSERT OR UPDATE trigger renders the row as the protocol's `Change` object, so a
pull only concatenates stored text instead of building JSON for every row on every pull
(writes are rare, initial pulls of whole tables are not). Timestamps render in UTC whatever
the writing session's time zone.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RECORD = ("id", "version", "created_at", "updated_at", "deleted_at")
TABLES: dict[str, tuple[bool, tuple[str, ...]]] = {  # table: (versioned, data fields)
    "influencer": (True, ("name", "phone", "notes", "tags")),
    "account": (True, ("influencer_id", "platform", "handle", "profile_url", "email",
                       "category", "status", "notes")),
    "attachment": (True, ("influencer_id", "file_name", "media_type", "size", "sha256",
                          "uploaded_by")),
    "metric_snapshot": (False, ("account_id", "metric", "value", "observed_at", "source")),
}


def _function(table: str, versioned: bool, fields: tuple[str, ...]) -> str:
    keys = (RECORD if versioned else ("id",)) + fields
    data = ", ".join(f"'{k}', NEW.{k}" for k in keys)
    version = "NEW.version" if versioned else "0"
    deleted = "NEW.deleted_at" if versioned else "NULL::timestamptz"
    return f"""
CREATE FUNCTION {table}_change_doc() RETURNS trigger LANGUAGE plpgsql SET timezone = 'UTC' AS $$
BEGIN
    NEW.change_doc := jsonb_build_object(
        'entity', '{table}', 'id', NEW.id, 'server_seq', NEW.server_seq,
        'version', {version}, 'deleted_at', {deleted},
        'data', jsonb_build_object({data}))::text;
    RETURN NEW;
END $$"""


def upgrade() -> None:
    for table, (versioned, fields) in TABLES.items():
        op.add_column(table, sa.Column("change_doc", sa.Text(), nullable=True))
        op.execute(_function(table, versioned, fields))
        op.execute(f"CREATE TRIGGER trg_{table}_change_doc BEFORE INSERT OR UPDATE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {table}_change_doc()")
        op.execute(f"UPDATE {table} SET change_doc = NULL")  # fill existing rows


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER trg_{table}_change_doc ON {table}")
        op.execute(f"DROP FUNCTION {table}_change_doc()")
        op.drop_column(table, "change_doc")
