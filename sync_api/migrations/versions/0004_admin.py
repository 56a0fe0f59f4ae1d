"""Admin surface: devices seen, collection-run reports, server settings (the release).

- `device`: one row per desktop (its device_id), with the token it last used, when it was
  first and last seen, its last push and last complete pull, and its app version.
- `collection_run`: the summary a desktop posts after a collection run (the server never
  talks to the platforms, so only the desktops know about failures and blocks).
- `server_setting`: small admin-set values, e.g. the desktop release to advertise.

Revision ID: 0004
Revises: 0003
Create Date: 2025-01-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _now(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), server_default=sa.text("now()"),
                     nullable=False)


def upgrade() -> None:
    op.create_table(
        "device",
        sa.Column("device_id", sa.String(length=200), nullable=False),
        sa.Column("token_id", sa.Integer(), nullable=True),
        sa.Column("token_name", sa.String(), server_default="", nullable=False),
        sa.Column("app_version", sa.String(), server_default="", nullable=False),
        _now("first_seen_at"),
        _now("last_seen_at"),
        _ts("last_push_at"),
        _ts("last_pull_at"),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device")),
    )
    op.create_table(
        "collection_run",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.String(length=200), nullable=False),
        sa.Column("token_name", sa.String(), server_default="", nullable=False),
        sa.Column("platform", sa.String(length=8), nullable=False),
        _ts("started_at", nullable=False),
        _ts("finished_at", nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("ok", sa.Integer(), nullable=False),
        sa.Column("not_found", sa.Integer(), nullable=False),
        sa.Column("error", sa.Integer(), nullable=False),
        sa.Column("blocked", sa.Integer(), nullable=False),
        sa.Column("left", sa.Integer(), server_default="0", nullable=False),
        _ts("blocked_until"),
        sa.Column("finished", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("cancelled", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        _now("received_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_collection_run")),
    )
    op.create_index("ix_collection_run_platform_finished_at", "collection_run",
                    ["platform", "finished_at"])
    op.create_table(
        "server_setting",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", postgresql.JSONB(), nullable=False),
        _now("updated_at"),
        sa.Column("updated_by", sa.String(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_setting")),
    )
    # "Accounts collected per platform since T" reads snapshots by observed_at.
    op.create_index("ix_metric_snapshot_observed_at", "metric_snapshot", ["observed_at"])


def downgrade() -> None:
    op.drop_index("ix_metric_snapshot_observed_at", table_name="metric_snapshot")
    op.drop_table("server_setting")
    op.drop_index("ix_collection_run_platform_finished_at", table_name="collection_run")
    op.drop_table("collection_run")
    op.drop_table("device")
