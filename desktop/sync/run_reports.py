"""Collection-run summaries for the sync service's admin status.

After a run the summary is queued in the store's settings; every sync sends what is queued
(`POST /v1/collection-runs`, idempotent on the report id) and forgets what was accepted.
Offline, the reports wait; a server that cannot take them never fails a sync.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from shared_models.collection_runs import CollectionRunReport
from shared_models.platforms import Platform

if TYPE_CHECKING:
    from desktop.collect.outcomes import RunResult
    from desktop.store import Store
    from desktop.sync.client import SyncClient

QUEUE_KEY = "sync/run_reports_pending"
MAX_QUEUED = 100  # the newest are kept; an admin status needs the latest, not the history
log = logging.getLogger(__name__)


def queue_run_report(store: Store, result: RunResult, started_at: datetime) -> None:
    counts = result.counts()
    report = CollectionRunReport(
        id=uuid.uuid4(), device_id=store.sync_state().device_id, platform=Platform(result.platform),
        started_at=started_at, finished_at=datetime.now(UTC), total=result.total,
        ok=counts["ok"], not_found=counts["not_found"], error=counts["error"],
        blocked=counts["blocked"], left=result.left,
        blocked_until=(datetime.fromtimestamp(result.blocked_until, UTC)
                       if result.blocked_until else None),
        finished=result.finished, cancelled=result.cancelled)
    queued: list[dict[str, Any]] = store.get_setting(QUEUE_KEY, []) or []
    queued.append(report.model_dump(mode="json"))
    store.set_setting(QUEUE_KEY, queued[-MAX_QUEUED:])


def send_queued(store: Store, client: SyncClient) -> int:
    """Send the queued reports; the number sent. Stops (keeping the rest) at the first error."""
    from desktop.sync.errors import SyncError

    queued: list[dict[str, Any]] = store.get_setting(QUEUE_KEY, []) or []
    sent = 0
    for item in queued:
        try:
            client.report_run(CollectionRunReport.model_validate(item))
        except SyncError as exc:
            log.info("Collection-run report not sent now: %s", exc)
            break
        sent += 1
    if sent:
        remaining = (store.get_setting(QUEUE_KEY, []) or [])[sent:]
        store.set_setting(QUEUE_KEY, remaining)
    return sent


def send_now(store: Store) -> None:
    """Send the queue if this desktop is connected; never raises (the next sync retries)."""
    from desktop.sync import SyncError, open_engine

    try:
        engine = open_engine(store)
        if engine is None:
            return
        try:
            engine.client.handshake(store.sync_state().device_id)
            send_queued(store, engine.client)
        finally:
            engine.close()
    except SyncError as exc:
        log.info("Collection-run report not sent now: %s", exc)
