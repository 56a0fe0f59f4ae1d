"""A merged person's tombstone points at the person they were merged into (issue 20).

- `influencer.merged_into`: set by a merge's delete (`fields: {"merged_into": KEEP}`), cleared
  by a restore; carried in the pull documents, so every desk can lead from OTHER to KEEP.
- The influencer's pull document gains the field (its trigger function is replaced).
- Tombstones merged before this revision get their pointer from the history (the newest
  `merge` entry of a person still deleted, with no `restore` after it) and a new
  `server_seq`, so desks that pulled them already pull them again with the pointer.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FIELDS = ("id", "version", "created_at", "updated_at", "deleted_at", "name", "phone", "notes",
           "tags")


def _function(fields: tuple[str, ...]) -> str:
    data = ", ".join(f"'{k}', NEW.{k}" for k in fields)
    return f"""
CREATE OR REPLACE FUNCTION influencer_change_doc() RETURNS trigger LANGUAGE plpgsql
SET timezone = 'UTC' AS $$
BEGIN
    NEW.change_doc := jsonb_build_object(
        'entity', 'influencer', 'id', NEW.id, 'server_seq', NEW.server_seq,
        'version', NEW.version, 'deleted_at', NEW.deleted_at,
        'data', jsonb_build_object({data}))::text;
    RETURN NEW;
END $$"""


# The newest merge entry of each still-deleted person, unless a restore came after it.
_BACKFILL = """
WITH last_merge AS (
    SELECT DISTINCT ON (record_id) record_id, id, new_value
    FROM change_history
    WHERE entity = 'influencer' AND action = 'merge'
    ORDER BY record_id, id DESC
)
UPDATE influencer i
SET merged_into = (m.new_value #>> '{}')::uuid, server_seq = nextval('sync_server_seq')
FROM last_merge m
WHERE i.id = m.record_id AND i.deleted_at IS NOT NULL
  AND (m.new_value #>> '{}') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  AND EXISTS (SELECT 1 FROM influencer k WHERE k.id = (m.new_value #>> '{}')::uuid)
  AND NOT EXISTS (SELECT 1 FROM change_history r
                  WHERE r.entity = 'influencer' AND r.record_id = m.record_id
                    AND r.action = 'restore' AND r.id > m.id)
"""


def upgrade() -> None:
    op.add_column("influencer", sa.Column("merged_into", sa.Uuid(), nullable=True))
    op.execute(_function((*_FIELDS, "merged_into")))
    op.execute(_BACKFILL)


def downgrade() -> None:
    op.execute(_function(_FIELDS))
    op.drop_column("influencer", "merged_into")
    op.execute("UPDATE influencer SET change_doc = NULL")  # re-render without the field
