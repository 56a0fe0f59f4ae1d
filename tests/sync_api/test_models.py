"""The server's tables take their defaults from the shared rules."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateTable

from shared_models.rules import AccountStatus
from sync_api.models import Account, metadata


def test_a_new_account_is_active_by_default_in_python_and_in_the_ddl() -> None:
    assert Account.model_fields["status"].default == AccountStatus.ACTIVE
    ddl = str(CreateTable(metadata.tables["account"]).compile(dialect=postgresql.dialect()))
    assert "status VARCHAR DEFAULT 'active' NOT NULL" in ddl  # as migration 0001 made it
