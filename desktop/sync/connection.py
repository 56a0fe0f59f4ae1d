"""The client for the server this desktop is connected to: the server URL from the store,
its token from the OS keyring (or the environment).

Below the engine, so the pieces the engine runs (consent-form transfers, collection-run
reports) can open a connection of their own without importing the engine.
"""

from __future__ import annotations

from desktop.store import Store
from desktop.sync.client import SyncClient
from desktop.sync.errors import NotConnected
from desktop.sync.tokens import ENV_TOKEN, TokenStoreError, load_token
from shared_models.texts import sentence_of, user_text


def open_client(store: Store) -> SyncClient | None:
    """A client for the connected server, or None when this desktop is not connected.

    Raises NotConnected when a server is set but no token is available.
    """
    url = store.sync_state().server_url
    if not url:
        return None
    try:
        token = load_token(url)
    except TokenStoreError as exc:
        raise NotConnected(sentence_of(exc)) from exc
    if not token:
        raise NotConnected(user_text(
            "This desk has no token for the sync server {server}. Connect again (File → "
            "Connect to server, or `influencer-desk connect`), or set {variable}.",
            server=url, variable=ENV_TOKEN))
    return SyncClient(url, token)
