"""The sync protocol: handshake, push, pull (see docs/sync-protocol.md)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Header, Query, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from shared_models.snapshot import MEDIA_TYPE as SNAPSHOT_MEDIA_TYPE
from shared_models.sync import (
    MAX_CHANGES_PER_PAGE,
    PROTOCOL_VERSION,
    SCHEMA_VERSION,
    ChangesPage,
    ConflictStates,
    ConflictStatesRequest,
    HandshakeRequest,
    HandshakeResponse,
    PushRequest,
    PushResponse,
    ResolveRequest,
)
from sync_api.admin.devices import record_device
from sync_api.admin.release import current_release
from sync_api.api.deps import CurrentToken, EngineDep, SettingsDep
from sync_api.core.security import Role
from sync_api.sync import conflicts
from sync_api.sync.pull import changes_page
from sync_api.sync.push import apply_push
from sync_api.sync.snapshot import snapshot_body

router = APIRouter(prefix="/v1/sync", tags=["sync"])


def compatibility_message(request: HandshakeRequest) -> str:
    """'' when the client and server speak the same protocol and schema, else what to do."""
    client = (request.protocol_version, request.schema_version)
    server = (PROTOCOL_VERSION, SCHEMA_VERSION)
    if client == server:
        return ""
    if client < server:
        return (f"This Influencer Desk is older than the sync server (protocol {client[0]}, "
                f"schema {client[1]}; the server needs {server[0]}, {server[1]}). Update the "
                "app, then sync again. Your local changes are kept until then.")
    return (f"The sync server is older than this Influencer Desk (server protocol {server[0]}, "
            f"schema {server[1]}; the app speaks {client[0]}, {client[1]}). Ask the "
            "administrator to update the sync service. Your local changes are kept until then.")


@router.post("/handshake")
async def handshake(request: HandshakeRequest, token: CurrentToken,
              settings: SettingsDep, engine: EngineDep) -> HandshakeResponse:
    message = compatibility_message(request)

    def seen_and_release() -> tuple[str | None, str | None]:
        with engine.begin() as conn:  # the admin status lists devices; the admin sets releases
            record_device(conn, request.device_id, token, "seen", request.app_version)
            release = current_release(conn, settings)
        return release.version, release.download_url

    latest, url = await run_in_threadpool(seen_and_release)
    return HandshakeResponse(
        compatible=not message, protocol_version=PROTOCOL_VERSION,
        schema_version=SCHEMA_VERSION, server_time=datetime.now(UTC), message=message,
        token_name=token.name, role=token.role.value,
        latest_desktop_version=latest, download_url=url)


@router.post("/push")
def push(request: PushRequest, token: CurrentToken, engine: EngineDep,
         settings: SettingsDep) -> PushResponse:
    """Apply a batch of operations in one transaction; one result per op, in order."""
    if not request.ops:  # a desk with nothing to send: no transaction, no writer lock
        return PushResponse(results=[])
    with engine.begin() as conn:
        response = apply_push(conn, request, token_name=token.name,
                              admin=token.role == Role.ADMIN,
                              web_hosts=settings.platform_web_hosts)
        record_device(conn, request.device_id, token, "push")
        return response


@router.post("/conflicts/resolve")
def resolve_conflicts(request: ResolveRequest, token: CurrentToken,
                      engine: EngineDep) -> dict[str, int]:
    """Conflicts settled on a desk; the open ones on the same record fields go with them."""
    with engine.begin() as conn:
        return {"resolved": conflicts.resolve(conn, request.device_id, request.resolutions)}


@router.post("/conflicts/states")
def conflict_states(request: ConflictStatesRequest, token: CurrentToken,
                    engine: EngineDep) -> ConflictStates:
    """Which of a desk's open conflicts were resolved, on this desk or another."""
    with engine.connect() as conn:
        return ConflictStates(states=conflicts.states(conn, request.conflict_ids))


@router.get("/changes", response_model=ChangesPage,
            responses={200: {"model": ChangesPage, "description": "One page of changes."}})
def changes(
    token: CurrentToken,
    engine: EngineDep,
    since: Annotated[int, Query(ge=0, le=2**63 - 1,
                                description="The cursor from the previous page.")] = 0,
    limit: Annotated[int, Query(ge=1, description=(
        f"At most this many changes (capped at {MAX_CHANGES_PER_PAGE})."))] = 1000,
    device_id: Annotated[str | None, Header(alias="X-Device-Id", description=(
        "The desktop's device id, for the admin status (its last complete pull)."))] = None,
) -> Response:
    """Changes after `since` in server_seq order, tombstones included.

    The headers `X-Sync-Cursor` and `X-Sync-More` repeat the body's `cursor` and `more`, so
    a client can ask for the next page while it still parses this one.
    """
    with engine.connect() as conn:
        page = changes_page(conn, since, limit)
    if device_id and not page.more:  # caught up: the admin status shows when
        with engine.begin() as conn:
            record_device(conn, device_id, token, "pull")
    return Response(content=page.body, media_type="application/json", headers={
        "X-Sync-Cursor": str(page.cursor), "X-Sync-More": "true" if page.more else "false"})


@router.get("/snapshot", response_class=StreamingResponse, responses={200: {
    "content": {SNAPSHOT_MEDIA_TYPE: {}},
    "description": "Every record, for a desk's first pull (docs/sync-protocol.md)."}})
def snapshot(token: CurrentToken, engine: EngineDep) -> StreamingResponse:
    """The whole current state in one consistent picture, as COPY text rows, for a desk's
    first pull; then pull `/changes` from the cursor it gives. Added in protocol 3 without
    changing it: a desk that never asks is served as before, and a desk that gets 404
    from an older server pulls page by page."""
    return StreamingResponse(snapshot_body(engine), media_type=SNAPSHOT_MEDIA_TYPE)
