"""Helpers shared by the store and sync commands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from desktop.cli import EXIT_AUTH, EXIT_ERROR, EXIT_UNREACHABLE, CliContext, CliError, sentence_of
from desktop.store import Store
from desktop.sync.errors import AuthFailed, NotAllowed, ServerUnreachable, SyncError
from shared_models.records import Account, Influencer


@contextmanager
def open_store(ctx: CliContext) -> Iterator[Store]:
    with Store.open(ctx.data_dir) as store:
        yield store


@contextmanager
def sync_errors() -> Iterator[None]:
    """Sync failures as CLI errors: unreachable -> 3, bad token or not allowed -> 4."""
    try:
        yield
    except ServerUnreachable as exc:
        raise CliError(sentence_of(exc), EXIT_UNREACHABLE) from exc
    except (AuthFailed, NotAllowed) as exc:
        raise CliError(sentence_of(exc), EXIT_AUTH) from exc
    except SyncError as exc:
        raise CliError(sentence_of(exc), EXIT_ERROR) from exc


def influencer_dict(record: Influencer) -> dict[str, Any]:
    return record.model_dump(mode="json")


def account_dict(record: Account) -> dict[str, Any]:
    return record.model_dump(mode="json")
