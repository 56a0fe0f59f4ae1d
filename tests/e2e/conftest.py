"""Two desktops (real stores) against one real sync server on a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.store import Store
from desktop.sync import SyncEngine, connect, open_engine
from tests.support.keyring import isolated_keyring
from tests.support.sync_server import SyncServerHandle, running_sync_server


@pytest.fixture(autouse=True)
def _keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("INFLUENCER_DESK_TOKEN", raising=False)
    with isolated_keyring(tmp_path):
        yield


@pytest.fixture
def server(database_url: str) -> Iterator[SyncServerHandle]:
    with running_sync_server(database_url) as handle:
        yield handle


@dataclass
class Desk:
    store: Store
    engine: SyncEngine

    def sync(self) -> None:
        self.engine.sync()


def _desk(path: Path, server: SyncServerHandle, token: str) -> Desk:
    store = Store.open(path)
    connect(store, server.url, token)
    engine = open_engine(store)
    assert engine is not None
    return Desk(store, engine)


@pytest.fixture
def desks(tmp_path: Path, server: SyncServerHandle) -> Iterator[tuple[Desk, Desk]]:
    token = server.create_token(role="staff", name="office")
    one = _desk(tmp_path / "one", server, token)
    two = _desk(tmp_path / "two", server, token)
    yield one, two
    for desk in (one, two):
        desk.engine.close()
        desk.store.close()
