"""Alembic environment: migrations run online against the configured database."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, engine_from_config, pool, text

from sync_api.models import SyncTable

config = context.config
target_metadata = SyncTable.metadata
# `serve` and a `token` command may both migrate a fresh database at once: one waits.
MIGRATION_LOCK_KEY = 0x6D696772  # "migr"


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"),
                      target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def _migrate(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                           {"key": MIGRATION_LOCK_KEY})
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        _migrate(connectable)
        return
    engine = engine_from_config(config.get_section(config.config_ini_section, {}),
                                prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as connection:
        _migrate(connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
