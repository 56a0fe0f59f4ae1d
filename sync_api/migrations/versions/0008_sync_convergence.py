"""Sync that converges (issue 16): who wrote each field, op fingerprints, conflict resolution.

- `field_devices` on every versioned table: {field: device_id that last wrote it}. An op
  never conflicts with an earlier op of the same device (docs/sync-protocol.md).
- `op_result.fingerprint`: a hash of the op's content; a replayed `op_id` with other
  content is refused.
- `sync_conflict.server_device_id` (who wrote the value that won), `resolution`,
  `resolved_by`: a conflict resolved on one desk is resolved on the server for every desk.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_VERSIONED = ("influencer", "account", "attachment")


def upgrade() -> None:
    for table in _VERSIONED:
        op.add_column(table, sa.Column("field_devices", postgresql.JSONB(), nullable=False,
                                       server_default=sa.text("'{}'::jsonb")))
    op.add_column("op_result", sa.Column("fingerprint", sa.String(length=64), nullable=True))
    op.add_column("sync_conflict", sa.Column("server_device_id", sa.Text(), nullable=False,
                                             server_default=""))
    op.add_column("sync_conflict", sa.Column("resolution", sa.String(length=16), nullable=True))
    op.add_column("sync_conflict", sa.Column("resolved_by", sa.Text(), nullable=True))
    op.create_index("ix_sync_conflict_field", "sync_conflict",
                    ["entity", "record_id", "field"],
                    postgresql_where=sa.text("resolved_at IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_sync_conflict_field", table_name="sync_conflict")
    for column in ("resolved_by", "resolution", "server_device_id"):
        op.drop_column("sync_conflict", column)
    op.drop_column("op_result", "fingerprint")
    for table in _VERSIONED:
        op.drop_column(table, "field_devices")
