"""`/v1/collect/*`: the office's shared collection (any staff token).

The service still makes no outbound request: it only hands out work and pace.
"""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from fastapi import APIRouter, HTTPException, Request, status

from shared_models.office import (
    Heartbeat,
    Lease,
    LeaseRequest,
    MergeAnswer,
    MergeRequest,
    OfficeCollection,
    OfficeRun,
    PaceAnswer,
    RunStart,
)
from sync_api.api.deps import CurrentToken, EngineDep
from sync_api.collect.pace import OfficePace, heartbeat
from sync_api.collect.runs import (
    keep_lease,
    lease_batch,
    merge_offline,
    record_done,
    run_done,
    start_run,
)
from sync_api.collect.status import office_collection

router = APIRouter(prefix="/v1/collect", tags=["collection"])


def _office(request: Request) -> OfficePace:
    office: OfficePace | None = getattr(request.app.state, "office_pace", None)
    if office is None:
        office = request.app.state.office_pace = OfficePace()
    return office


def _now() -> datetime:
    return datetime.now(UTC)


@router.post("/runs")
def post_run(body: RunStart, token: CurrentToken, engine: EngineDep) -> OfficeRun:
    """Start the office's run of a platform, or join the one in progress."""
    try:
        with engine.begin() as conn:
            return start_run(conn, body, _now())
    except ValueError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, detail=str(exc)) from None


@router.post("/runs/{run_id}/lease")
def post_lease(run_id: UUID, body: LeaseRequest, token: CurrentToken,
               engine: EngineDep) -> Lease:
    """The next batch of the run for this desk (a lapsed lease is handed on)."""
    with engine.begin() as conn:
        return lease_batch(conn, run_id, body.device_id, body.lease_seconds, _now())


@router.post("/heartbeat")
def post_heartbeat(body: Heartbeat, request: Request, token: CurrentToken,
                   engine: EngineDep) -> PaceAnswer:
    """Progress, the lease, and what the platform answered; the desk's share of the pace."""
    now = _now()
    with engine.begin() as conn:
        kept, finished, done = True, False, 0
        if body.run_id is not None:
            record_done(conn, body.run_id, body.device_id, body.done, now)
            if body.batch is not None:
                kept, finished = keep_lease(
                    conn, body.run_id, body.batch, body.device_id, body.lease_seconds,
                    finished=body.finished, release=body.release, now=now)
            done = run_done(conn, body.run_id)
        answer = heartbeat(conn, _office(request), body, now)
    return answer.model_copy(update={"lease_kept": kept, "run_finished": finished,
                                     "run_done": done})


@router.post("/merge")
def post_merge(body: MergeRequest, token: CurrentToken, engine: EngineDep) -> MergeAnswer:
    """A run this desk made alone while the server was away (idempotent on its id)."""
    with engine.begin() as conn:
        return merge_offline(conn, body, _now())


@router.get("/status")
def get_status(token: CurrentToken, engine: EngineDep) -> OfficeCollection:
    with engine.connect() as conn:
        return office_collection(conn)
