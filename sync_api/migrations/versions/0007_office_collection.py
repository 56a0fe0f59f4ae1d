"""The office collects as one: shared runs, batch leases, one learned pace per platform.

- `office_run`: a collection run of the office (all accounts, selected ones, Platform A's
  run of the day, or a run a desk made offline and merged later).
- `office_batch`: the run's accounts in batches; a desk leases one (`SELECT ... FOR UPDATE
  SKIP LOCKED`), keeps it with heartbeats, and loses it when the lease lapses.
- `office_item`: one row per account of a run: which batch, who collected it, when.
- `office_pace`: the learned pace of a platform for the whole office (survives restarts).
- `office_collector`: the desks collecting now (their heartbeats), to share the pace out.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _now(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), server_default=sa.text("now()"),
                     nullable=False)


def upgrade() -> None:
    op.create_table(
        "office_run",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("platform", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("started_by", sa.String(length=200), nullable=False),
        _now("started_at"),
        _ts("finished_at"),
        sa.Column("finished_by", sa.String(length=200), nullable=True),
        sa.Column("total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("local_run_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_run")),
    )
    # One running "all" run per platform, one daily run per platform and day: two desks
    # starting at once end up in the same run.
    op.create_index("ix_office_run_running_all", "office_run", ["platform"], unique=True,
                    postgresql_where=sa.text("kind = 'all' AND finished_at IS NULL"))
    op.create_index("ix_office_run_daily", "office_run", ["platform", "day"], unique=True,
                    postgresql_where=sa.text("kind = 'daily'"))
    op.create_index("ix_office_run_local_run_id", "office_run", ["local_run_id"], unique=True,
                    postgresql_where=sa.text("local_run_id IS NOT NULL"))
    op.create_index("ix_office_run_platform_started_at", "office_run",
                    ["platform", "started_at"])
    op.create_table(
        "office_batch",
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("batch_no", sa.Integer(), nullable=False),
        sa.Column("leased_by", sa.String(length=200), nullable=True),
        _ts("lease_expires_at"),
        _ts("finished_at"),
        sa.ForeignKeyConstraint(["run_id"], ["office_run.id"], ondelete="CASCADE",
                                name=op.f("fk_office_batch_run_id_office_run")),
        sa.PrimaryKeyConstraint("run_id", "batch_no", name=op.f("pk_office_batch")),
    )
    op.create_table(
        "office_item",
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("batch_no", sa.Integer(), nullable=False),
        sa.Column("done_by", sa.String(length=200), nullable=True),
        _ts("done_at"),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(["run_id"], ["office_run.id"], ondelete="CASCADE",
                                name=op.f("fk_office_item_run_id_office_run")),
        sa.PrimaryKeyConstraint("run_id", "account_id", name=op.f("pk_office_item")),
    )
    op.create_index("ix_office_item_run_id_batch_no", "office_item", ["run_id", "batch_no"])
    op.create_table(
        "office_pace",
        sa.Column("platform", sa.String(length=8), nullable=False),
        sa.Column("state", postgresql.JSONB(), nullable=True),
        _ts("blocked_until"),
        sa.Column("requests", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("limited", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("blocks", sa.Integer(), server_default="0", nullable=False),
        _now("updated_at"),
        sa.PrimaryKeyConstraint("platform", name=op.f("pk_office_pace")),
    )
    op.create_table(
        "office_collector",
        sa.Column("platform", sa.String(length=8), nullable=False),
        sa.Column("device_id", sa.String(length=200), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=True),
        sa.Column("batch_no", sa.Integer(), nullable=True),
        _now("last_seen_at"),
        sa.Column("leaving", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("ok", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("limited", sa.BigInteger(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("platform", "device_id", name=op.f("pk_office_collector")),
    )


def downgrade() -> None:
    op.drop_table("office_collector")
    op.drop_table("office_pace")
    op.drop_index("ix_office_item_run_id_batch_no", table_name="office_item")
    op.drop_table("office_item")
    op.drop_table("office_batch")
    op.drop_index("ix_office_run_platform_started_at", table_name="office_run")
    op.drop_index("ix_office_run_local_run_id", table_name="office_run")
    op.drop_index("ix_office_run_daily", table_name="office_run")
    op.drop_index("ix_office_run_running_all", table_name="office_run")
    op.drop_table("office_run")
