"""The admin surface (admin tokens only, behind the network allow-list like everything):
status as JSON or a small HTML page, and the desktop release the handshake advertises.
Also the staff endpoint that feeds the status: desktops report their collection runs."""

from __future__ import annotations

from fastapi import APIRouter, status
from fastapi.responses import HTMLResponse, Response

from shared_models.collection_runs import CollectionRunReport
from sync_api.admin.release import (
    Release,
    ReleaseUpdate,
    clear_release,
    current_release,
    set_release,
)
from sync_api.admin.render import status_html
from sync_api.admin.runs import record_run
from sync_api.admin.status import AdminStatus, admin_status
from sync_api.api.deps import AdminToken, CurrentToken, EngineDep, SettingsDep

router = APIRouter(prefix="/v1/admin", tags=["admin"])
runs_router = APIRouter(prefix="/v1/collection-runs", tags=["collection"])


@router.get("/status")
def get_status(admin: AdminToken, engine: EngineDep, settings: SettingsDep) -> AdminStatus:
    """Devices and tokens, conflicts, record counts, collection results, database size."""
    with engine.connect() as conn:
        return admin_status(conn, settings)


@router.get("/status.html", response_class=HTMLResponse)
def get_status_page(admin: AdminToken, engine: EngineDep, settings: SettingsDep) -> str:
    with engine.connect() as conn:
        return status_html(admin_status(conn, settings))


@router.get("/release")
def get_release(admin: AdminToken, engine: EngineDep, settings: SettingsDep) -> Release:
    with engine.connect() as conn:
        return current_release(conn, settings)


@router.put("/release")
def put_release(body: ReleaseUpdate, admin: AdminToken, engine: EngineDep) -> Release:
    """Advertise this desktop version and download link to every desktop's next sync."""
    with engine.begin() as conn:
        return set_release(conn, body, by=admin.name)


@router.delete("/release", status_code=status.HTTP_204_NO_CONTENT)
def delete_release(admin: AdminToken, engine: EngineDep) -> Response:
    with engine.begin() as conn:
        clear_release(conn)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@runs_router.post("", status_code=status.HTTP_201_CREATED)
def report_run(body: CollectionRunReport, token: CurrentToken, engine: EngineDep,
               response: Response) -> dict[str, bool]:
    """A desktop's summary of a collection run; a resent report (same id) changes nothing."""
    with engine.begin() as conn:
        stored = record_run(conn, body, token.name)
    if not stored:
        response.status_code = status.HTTP_200_OK
    return {"stored": stored}
