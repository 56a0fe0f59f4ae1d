"""The summary a desktop sends the sync service after a collection run.

The service never talks to the platforms, so only the desktops know how a run went: how
many accounts were collected, not found, failed or left blocked. `POST /v1/collection-runs`
stores it (idempotent on `id`) for the admin status.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import BaseModel, Field

from shared_models.platforms import Platform


class CollectionRunReport(BaseModel):
    id: UUID  # one per finished attempt; a resent report changes nothing
    device_id: str = Field(min_length=1, max_length=200)
    platform: Platform
    started_at: datetime
    finished_at: datetime
    total: int = Field(ge=0)
    ok: int = Field(ge=0)
    not_found: int = Field(ge=0)
    error: int = Field(ge=0)
    blocked: int = Field(ge=0)
    left: int = Field(default=0, ge=0)  # not tried yet: the next run continues with them
    blocked_until: datetime | None = None
    finished: bool = False
    cancelled: bool = False
