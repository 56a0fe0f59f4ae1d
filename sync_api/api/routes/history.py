"""The change history, read on demand by the desktops (docs/history.md)."""

from __future__ import annotations

from fastapi import APIRouter

from shared_models.history import HistoryPage, HistoryQuery
from sync_api.api.deps import CurrentToken, EngineDep
from sync_api.history import history_of

router = APIRouter(prefix="/v1/history", tags=["history"])


@router.post("")
def read_history(query: HistoryQuery, token: CurrentToken, engine: EngineDep) -> HistoryPage:
    """Every applied change of these records (influencers or accounts), newest first:
    field, old and new value, server time, the token's name, the device, the batch."""
    with engine.connect() as conn:
        return HistoryPage(entries=history_of(conn, query.record_ids, query.limit))
