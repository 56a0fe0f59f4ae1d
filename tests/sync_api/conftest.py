"""Two desks on a running sync server (the server itself is the root `sync_server` fixture),
the small client they speak the protocol with, and helpers every sync_api area shares."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import httpx
import psycopg
import pytest

from shared_models.records import Entity
from shared_models.sync import (
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    Change,
    ChangesPage,
    OpKind,
    OpResult,
    PushOp,
    PushRequest,
    PushResponse,
)
from sync_api.core.db import libpq_url
from tests.support.sync_server import SyncServerHandle

PUSH_NOTHING = {"device_id": "desk", "ops": []}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def server_rows(server: SyncServerHandle, query: str,
                *params: object) -> list[tuple[object, ...]]:
    """What the server's database holds, read directly (not through the API)."""
    with psycopg.connect(libpq_url(server.database_url)) as conn:
        return conn.execute(query, params).fetchall()  # type: ignore[arg-type]


def collection_report(device: str, platform: str, **counts: Any) -> dict[str, Any]:
    """The body of `POST /v1/collection-runs` for a run that just finished (override counts)."""
    now = datetime.now(UTC)
    body: dict[str, Any] = {
        "id": str(uuid.uuid4()), "device_id": device, "platform": platform,
        "started_at": (now - timedelta(minutes=5)).isoformat(), "finished_at": now.isoformat(),
        "total": 3, "ok": 2, "not_found": 0, "error": 1, "blocked": 0, "finished": True}
    body.update(counts)
    return body


def upsert(entity: Entity, record_id: UUID, fields: dict[str, Any],
           base_version: int | None = None) -> PushOp:
    return PushOp(op_id=uuid.uuid4(), entity=entity, id=record_id, kind=OpKind.UPSERT,
                  base_version=base_version, fields=fields)


def delete(entity: Entity, record_id: UUID, base_version: int | None = None) -> PushOp:
    return PushOp(op_id=uuid.uuid4(), entity=entity, id=record_id, kind=OpKind.DELETE,
                  base_version=base_version)


def restore(entity: Entity, record_id: UUID, base_version: int | None = None) -> PushOp:
    return PushOp(op_id=uuid.uuid4(), entity=entity, id=record_id, kind=OpKind.RESTORE,
                  base_version=base_version)


class SyncClient:
    """What a desktop does over HTTP, without the desktop."""

    def __init__(self, url: str, token: str, device_id: str) -> None:
        self.http = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"},
                                 timeout=30)
        self.device_id = device_id

    def push_raw(self, ops: list[PushOp]) -> httpx.Response:
        body = PushRequest(device_id=self.device_id, ops=ops).model_dump(mode="json")
        return self.http.post("/v1/sync/push", json=body)

    def push(self, *ops: PushOp) -> list[OpResult]:
        response = self.push_raw(list(ops))
        assert response.status_code == 200, response.text
        return PushResponse.model_validate(response.json()).results

    def page(self, since: int = 0, limit: int = 1000) -> ChangesPage:
        response = self.http.get("/v1/sync/changes", params={"since": since, "limit": limit})
        assert response.status_code == 200, response.text
        return ChangesPage.model_validate_json(response.content)

    def pull_all(self, since: int = 0, limit: int = 1000) -> list[Change]:
        changes: list[Change] = []
        while True:
            page = self.page(since, limit)
            changes.extend(page.changes)
            since = page.cursor
            if not page.more:
                return changes

    def latest(self, since: int = 0) -> dict[UUID, Change]:
        """The newest change of every record (what a client holds after a full pull)."""
        return {c.id: c for c in self.pull_all(since)}

    def handshake(self, protocol: int = PROTOCOL_VERSION,
                  schema: int = SCHEMA_VERSION) -> httpx.Response:
        return self.http.post("/v1/sync/handshake", json={
            "protocol_version": protocol, "schema_version": schema,
            "device_id": self.device_id})


@pytest.fixture
def office(sync_server: SyncServerHandle) -> SyncClient:
    return SyncClient(sync_server.url, sync_server.create_token(name="office"), "desk-office")


@pytest.fixture
def home(sync_server: SyncServerHandle) -> SyncClient:
    return SyncClient(sync_server.url, sync_server.create_token(name="home"), "desk-home")
