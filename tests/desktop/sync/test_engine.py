"""The sync engine's contract with its callers: connection, errors, retries, tokens."""

from __future__ import annotations

import socket
from pathlib import Path

import keyring
import pytest

import desktop.sync.client as client_module
from desktop.jobs import JobContext
from desktop.store import Store
from desktop.sync import (
    AuthFailed,
    Incompatible,
    NotConnected,
    ServerUnreachable,
    SyncClient,
    SyncEngine,
    connect,
    open_engine,
)
from desktop.sync.tokens import SERVICE
from shared_models.errors import InvalidValue
from tests.support.sync_server import running_sync_server


def _dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_not_connected_store_has_no_engine(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        assert open_engine(store) is None
        store.set_server("http://office:8765")
        with pytest.raises(NotConnected, match="connect"):
            open_engine(store)


def test_bad_server_address_is_refused(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store, pytest.raises(InvalidValue):
        connect(store, "ftp://office", "token")


def test_offline_sync_keeps_edits_and_retries_with_back_off(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.create_influencer(name="Kim", phone="010-1234-5678")
        store.set_server(_dead_url())
        engine = SyncEngine(store, SyncClient(store.sync_state().server_url or "", "t"))
        waits: list[float] = []

        class Recording(JobContext):
            def wait(self, seconds: float) -> bool:
                waits.append(seconds)
                return False

        with pytest.raises(ServerUnreachable, match="changes are kept"):
            engine.sync_with_retry(Recording(), attempts=3, first_delay=1.0)
        assert len(waits) == 2 and waits[1] > waits[0]
        assert store.outbox_counts() == (1, 0)
        assert "Cannot reach" in (store.sync_state().last_error or "")


@pytest.mark.postgres
def test_token_goes_to_the_keyring_and_the_environment_overrides_it(
        tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with running_sync_server(database_url) as server, Store.open(tmp_path) as store:
        token = server.create_token()
        with pytest.raises(AuthFailed):
            connect(store, server.url, "not-a-token")
        assert store.sync_state().server_url is None
        connect(store, server.url + "/", token)
        assert keyring.get_password(SERVICE, server.url) == token
        engine = open_engine(store)
        assert engine is not None and engine.sync().ok
        monkeypatch.setenv("INFLUENCER_DESK_TOKEN", "wrong")
        with pytest.raises(AuthFailed):
            open_engine(store).sync()  # type: ignore[union-attr]


@pytest.mark.postgres
def test_a_newer_protocol_is_refused_with_what_to_do(
        tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_module, "PROTOCOL_VERSION", 99)
    with running_sync_server(database_url) as server, Store.open(tmp_path) as store, \
            pytest.raises(Incompatible, match="update"):
        connect(store, server.url, server.create_token())
