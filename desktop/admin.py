"""The administrator's view of the sync server, for desks connected with an admin token:
devices and their last sync, tokens (create, revoke), collection runs and conflicts.

Reads the server's existing admin endpoints (`/v1/admin/status`, `/v1/admin/tokens`, the
same ones the HTML page and `influencer-sync admin` use). The answers are validated here,
at the boundary, into the few fields the view shows; times stay timezone-aware (UTC) and
the window shows them in local time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Literal, TypeVar
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from desktop.store import Store
from desktop.sync.client import SyncClient
from desktop.sync.connection import open_client
from desktop.sync.errors import NotAllowed, NotConnected, ServerFailed

T = TypeVar("T")


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Device(_Wire):
    device_id: str
    token_name: str
    app_version: str
    last_push_at: datetime | None = None
    last_pull_at: datetime | None = None
    last_seen_at: datetime

    @property
    def last_sync_at(self) -> datetime | None:
        times = [t for t in (self.last_push_at, self.last_pull_at) if t is not None]
        return max(times) if times else None


class Token(_Wire):
    id: int
    name: str
    role: str
    created_at: datetime
    last_used_at: datetime | None = None
    revoked_at: datetime | None = None
    devices: int = 0


class CreatedToken(_Wire):
    id: int
    name: str
    role: str
    token: str = Field(min_length=1)


class Run(_Wire):
    device_id: str
    token_name: str
    started_at: datetime
    finished_at: datetime
    total: int
    ok: int
    not_found: int
    error: int
    blocked: int
    finished: bool
    cancelled: bool


class PlatformRuns(_Wire):
    label: str
    runs_24h: int
    errors_24h: int
    last_run: Run | None = None
    blocked_until: datetime | None = None


class Conflict(_Wire):
    entity: str
    record_id: UUID
    field: str
    token_name: str
    created_at: datetime


class Conflicts(_Wire):
    open: int
    last_24h: int
    recent: list[Conflict]


class AdminOverview(_Wire):
    generated_at: datetime
    devices: list[Device]
    tokens: list[Token]
    collection: list[PlatformRuns]
    conflicts: Conflicts


def _parsed(kind: type[T] | TypeAdapter[T], body: bytes, what: str) -> T:
    adapter = kind if isinstance(kind, TypeAdapter) else TypeAdapter(kind)
    try:
        return adapter.validate_json(body)
    except ValidationError as exc:
        raise ServerFailed(f"The sync server's {what} could not be read; is it an Influencer "
                           "Desk sync server of this version?") from exc


def _with_client(store: Store, call: Callable[[SyncClient], T]) -> T:
    client = open_client(store)
    if client is None:
        raise NotConnected("This desk is not connected to a sync server: File → Connect to "
                           "server first.")
    with client:
        try:
            return call(client)
        except NotAllowed as exc:
            raise NotAllowed("This desk is connected with a staff token. The administration "
                             "view needs an administrator's token (File → Connect to "
                             "server).") from exc


def overview(store: Store) -> AdminOverview:
    """Everything the view shows, in one request."""
    return _with_client(store, lambda c: _parsed(
        AdminOverview, c.send("GET", "/v1/admin/status").content, "status"))


def create_token(store: Store, name: str, role: Literal["staff", "admin"] = "staff"
                 ) -> CreatedToken:
    """A new token; its secret is in the answer only (show it once, then it is gone)."""
    name = name.strip()
    if not name:
        raise ValueError("Give the token a name (whose desk or which office it is for).")
    return _with_client(store, lambda c: _parsed(CreatedToken, c.send(
        "POST", "/v1/admin/tokens", json={"name": name, "role": role}).content, "new token"))


def revoke_token(store: Store, token_id: int) -> Token:
    """Revoke a token: desks using it can no longer sync."""
    return _with_client(store, lambda c: _parsed(
        Token, c.send("DELETE", f"/v1/admin/tokens/{int(token_id)}").content, "token"))
