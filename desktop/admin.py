"""The administrator's view of the sync server, for desks connected with an admin token:
devices and their last sync, tokens (create, revoke), collection runs and conflicts.

Reads the server's existing admin endpoints (`/v1/admin/status`, `/v1/admin/tokens`, the
same ones the HTML page and `influencer-sync admin` use). The answers are validated here,
at the boundary, into the models the server builds them from (shared_models/admin.py, one
home for both sides); times stay timezone-aware (UTC) and the window shows them in local
time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from pydantic import TypeAdapter, ValidationError

from desktop.store import Store
from desktop.sync.client import SyncClient
from desktop.sync.connection import open_client
from desktop.sync.errors import NotAllowed, NotConnected, ServerFailed
from shared_models.admin import AdminStatus, Role, TokenCreated, TokenInfo
from shared_models.texts import user_text

log = logging.getLogger(__name__)
T = TypeVar("T")


def _parsed(kind: type[T] | TypeAdapter[T], body: bytes, what: str) -> T:
    adapter = kind if isinstance(kind, TypeAdapter) else TypeAdapter(kind)
    try:
        return adapter.validate_json(body)
    except ValidationError as exc:
        log.warning("The sync server's %s could not be read: %s", what, exc)
        raise ServerFailed(user_text("The sync server's answer could not be read; is it an "
                                     "Influencer Desk sync server of this version?")) from exc


def _with_client(store: Store, call: Callable[[SyncClient], T]) -> T:
    client = open_client(store)
    if client is None:
        raise NotConnected(user_text("This desk is not connected to a sync server: File → "
                                     "Connect to server first."))
    with client:
        try:
            return call(client)
        except NotAllowed as exc:
            raise NotAllowed(user_text("This desk is connected with a staff token. The "
                                       "administration view needs an administrator's token "
                                       "(File → Connect to server).")) from exc


def overview(store: Store) -> AdminStatus:
    """Everything the view shows, in one request."""
    return _with_client(store, lambda c: _parsed(
        AdminStatus, c.send("GET", "/v1/admin/status").content, "status"))


def create_token(store: Store, name: str, role: Role = Role.STAFF) -> TokenCreated:
    """A new token; its secret is in the answer only (show it once, then it is gone)."""
    name = name.strip()
    if not name:
        raise ValueError(user_text("Give the token a name (whose desk or which office it is "
                                   "for)."))
    body = {"name": name, "role": Role(role).value}
    return _with_client(store, lambda c: _parsed(TokenCreated, c.send(
        "POST", "/v1/admin/tokens", json=body).content, "new token"))


def revoke_token(store: Store, token_id: int) -> TokenInfo:
    """Revoke a token: desks using it can no longer sync."""
    return _with_client(store, lambda c: _parsed(
        TokenInfo, c.send("DELETE", f"/v1/admin/tokens/{int(token_id)}").content, "token"))
