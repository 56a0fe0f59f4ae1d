"""Two desktops (real stores) against one real sync server on a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.store import Store
from desktop.sync import SyncEngine, connect, open_engine
from tests.support.sync_server import SyncServerHandle


@pytest.fixture(autouse=True)
def _keyring(keyring_sandbox: None) -> None:
    """Every test here uses a throwaway keyring."""


@pytest.fixture
def server(sync_server: SyncServerHandle) -> SyncServerHandle:
    """The shared real sync service (tests/conftest.py), under the name these tests use."""
    return sync_server


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
