"""Sync with the office's sync service: client, engine, connection set-up.

    engine = open_engine(store)          # None when this desktop is not connected
    if engine is not None:
        report = engine.sync(job_ctx)    # SyncReport(pushed, pulled, conflicts, rejected, ...)

See docs/dev/store-api.md, "Sync engine".
"""

from __future__ import annotations

from desktop.store import Store
from desktop.sync.client import SyncClient, normalize_server_url
from desktop.sync.connection import open_client
from desktop.sync.engine import SyncEngine, SyncReport
from desktop.sync.errors import (
    AuthFailed,
    Incompatible,
    NotAllowed,
    NotConnected,
    ServerFailed,
    ServerUnreachable,
    SyncError,
)
from desktop.sync.tokens import TokenStoreError, save_token
from shared_models.sync import HandshakeResponse
from shared_models.texts import sentence_of

__all__ = [
    "AuthFailed",
    "Incompatible",
    "NotAllowed",
    "NotConnected",
    "ServerFailed",
    "ServerUnreachable",
    "SyncClient",
    "SyncEngine",
    "SyncError",
    "SyncReport",
    "connect",
    "open_client",
    "open_engine",
]


def connect(store: Store, server_url: str, token: str) -> HandshakeResponse:
    """Check the server and token, then remember both (token in the OS keyring)."""
    url = normalize_server_url(server_url)
    state = store.sync_state()
    with SyncClient(url, token) as client:
        answer = client.handshake(state.device_id)
    try:
        save_token(url, token)
    except TokenStoreError as exc:
        raise NotConnected(sentence_of(exc)) from exc
    store.set_server(url)
    return answer


def open_engine(store: Store) -> SyncEngine | None:
    """The engine for the server this store is connected to, or None when not connected.

    Raises NotConnected when a server is set but no token is available.
    """
    client = open_client(store)
    return None if client is None else SyncEngine(store, client)
