"""The summary a desktop sends the sync service after a collection run.

The service never talks to the platforms, so only the desktops know how a run went: how
many accounts were collected, not found, failed or left blocked. `POST /v1/collection-runs`
stores it (idempotent on `id`) for the admin status.
"""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel

from shared_models.platforms import Platform
from shared_models.rules import Count, DeviceId, Moment


class CollectionRunReport(BaseModel):
    """Bounded like every wire record (docs/sync-protocol.md, "Limits"): dates with a time
    zone in the years 2000..2100, counts 0..100,000,000, a storable device id."""

    id: UUID  # one per finished attempt; a resent report changes nothing
    device_id: DeviceId
    platform: Platform
    started_at: Moment
    finished_at: Moment
    total: Count
    ok: Count
    not_found: Count
    error: Count
    blocked: Count
    left: Count = 0  # not tried yet: the next run continues with them
    blocked_until: Moment | None = None
    finished: bool = False
    cancelled: bool = False
