# ruff: noqa: E501  (Alembic-generated table definitions read best one column per line)
"""Initial schema: synced records, id aliases, conflicts, op results, tokens, the one sequence.

Revision ID: 0001
Revises: (none)
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # One sequence orders every change of every entity (pull cursor).
    op.execute(sa.schema.CreateSequence(sa.Sequence('sync_server_seq')))
    op.create_table('api_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_token_token_hash'))
    )
    op.create_table('id_alias',
    sa.Column('old_id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(), nullable=False),
    sa.Column('new_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('old_id', name=op.f('pk_id_alias'))
    )
    op.create_index(op.f('ix_id_alias_new_id'), 'id_alias', ['new_id'], unique=False)
    op.create_table('influencer',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('phone', sa.String(), server_default='', nullable=False),
    sa.Column('notes', sa.String(), server_default='', nullable=False),
    sa.Column('tags', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'[]'::jsonb"), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('field_versions', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_by_device', sa.String(), server_default='', nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_influencer')),
    sa.UniqueConstraint('server_seq', name=op.f('uq_influencer_server_seq'))
    )
    op.create_index('ix_influencer_natural_key', 'influencer', ['name_key', 'phone'], unique=False, postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_table('op_result',
    sa.Column('op_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.String(), nullable=False),
    sa.Column('result', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.PrimaryKeyConstraint('op_id', name=op.f('pk_op_result'))
    )
    op.create_table('sync_conflict',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('entity', sa.String(), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('your_value', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('server_value', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('op_id', sa.Uuid(), nullable=False),
    sa.Column('device_id', sa.String(), nullable=False),
    sa.Column('token_name', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    op.create_index(op.f('ix_sync_conflict_record_id'), 'sync_conflict', ['record_id'], unique=False)
    op.create_table('account',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('influencer_id', sa.Uuid(), nullable=False),
    sa.Column('platform', sa.String(length=8), nullable=False),
    sa.Column('handle', sa.String(), nullable=False),
    sa.Column('profile_url', sa.String(), server_default='', nullable=False),
    sa.Column('email', sa.String(), server_default='', nullable=False),
    sa.Column('category', sa.String(), server_default='', nullable=False),
    sa.Column('status', sa.String(), server_default='active', nullable=False),
    sa.Column('notes', sa.String(), server_default='', nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('field_versions', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('deleted_with_parent', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    sa.Column('created_by_device', sa.String(), server_default='', nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['influencer_id'], ['influencer.id'], name=op.f('fk_account_influencer_id_influencer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('server_seq', name=op.f('uq_account_server_seq'))
    )
    op.create_index(op.f('ix_account_influencer_id'), 'account', ['influencer_id'], unique=False)
    op.create_index('ix_account_natural_key', 'account', ['platform', 'handle'], unique=False, postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_table('attachment',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('influencer_id', sa.Uuid(), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('media_type', sa.String(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('uploaded_by', sa.String(), server_default='', nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('field_versions', postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('deleted_with_parent', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    sa.Column('created_by_device', sa.String(), server_default='', nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['influencer_id'], ['influencer.id'], name=op.f('fk_attachment_influencer_id_influencer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    sa.UniqueConstraint('server_seq', name=op.f('uq_attachment_server_seq'))
    )
    op.create_index(op.f('ix_attachment_influencer_id'), 'attachment', ['influencer_id'], unique=False)
    op.create_table('metric_snapshot',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('metric', sa.String(), nullable=False),
    sa.Column('value', sa.Double(), nullable=False),
    sa.Column('observed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source', sa.String(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['account.id'], name=op.f('fk_metric_snapshot_account_id_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_metric_snapshot')),
    sa.UniqueConstraint('server_seq', name=op.f('uq_metric_snapshot_server_seq'))
    )
    op.create_index(op.f('ix_metric_snapshot_account_id'), 'metric_snapshot', ['account_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_metric_snapshot_account_id'), table_name='metric_snapshot')
    op.drop_table('metric_snapshot')
    op.drop_index(op.f('ix_attachment_influencer_id'), table_name='attachment')
    op.drop_table('attachment')
    op.drop_index('ix_account_natural_key', table_name='account', postgresql_where=sa.text('deleted_at IS NULL'))
    op.drop_index(op.f('ix_account_influencer_id'), table_name='account')
    op.drop_table('account')
    op.drop_index(op.f('ix_sync_conflict_record_id'), table_name='sync_conflict')
    op.drop_table('sync_conflict')
    op.drop_table('op_result')
    op.drop_index('ix_influencer_natural_key', table_name='influencer', postgresql_where=sa.text('deleted_at IS NULL'))
    op.drop_table('influencer')
    op.drop_index(op.f('ix_id_alias_new_id'), table_name='id_alias')
    op.drop_table('id_alias')
    op.drop_table('api_token')
    op.execute(sa.schema.DropSequence(sa.Sequence('sync_server_seq')))
