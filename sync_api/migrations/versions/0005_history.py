"""Issue 20: the change history, and issue 19's name key that ignores spaces.

- `change_history`: append-only, one row per applied change (a created record, a changed
  field, a delete or restore), with the server time, the token's name, the device and the
  import batch or merge it belongs to (sync_api/history.py writes and reads it).
- `influencer.name_key` recomputed with shared_models.text.name_key (spaces and letter case
  ignored). The key's index is not unique, so people the new rule makes equal both stay
  (nothing is merged silently); `influencer-desk duplicates` lists them for merging.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from shared_models.errors import InvalidValue
from shared_models.text import name_key

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 5000


def _key(name: str) -> str:
    try:
        return name_key(name)
    except InvalidValue:  # an empty name: keep it comparable
        return name.casefold()


def _recompute_name_keys() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, name, name_key FROM influencer")).all()
    changed = [{"id": r.id, "key": _key(r.name)} for r in rows if _key(r.name) != r.name_key]
    # name_key is not in the pull document: the trigger re-renders the same text and
    # server_seq is untouched, so desktops pull nothing for this.
    for start in range(0, len(changed), _BATCH):
        conn.execute(sa.text("UPDATE influencer SET name_key = :key WHERE id = :id"),
                     changed[start:start + _BATCH])


def upgrade() -> None:
    op.create_table(
        "change_history",
        sa.Column("id", sa.BigInteger(), sa.Identity(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("field", sa.String(), server_default="", nullable=False),
        sa.Column("old_value", postgresql.JSONB(), nullable=True),
        sa.Column("new_value", postgresql.JSONB(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(), server_default="", nullable=False),
        sa.Column("device_id", sa.String(), server_default="", nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=True),
        sa.Column("op_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_history")),
    )
    # A record's history newest first is one index range scan.
    op.create_index("ix_change_history_record_id_id", "change_history", ["record_id", "id"])
    op.create_index("ix_change_history_batch_id", "change_history", ["batch_id"],
                    postgresql_where=sa.text("batch_id IS NOT NULL"))
    _recompute_name_keys()


def downgrade() -> None:
    op.drop_index("ix_change_history_batch_id", table_name="change_history")
    op.drop_index("ix_change_history_record_id_id", table_name="change_history")
    op.drop_table("change_history")
    # The old key: the name case-folded with its single spaces.
    op.execute("UPDATE influencer SET name_key = lower(name)")
