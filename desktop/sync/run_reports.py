"""Collection-run summaries for the sync service's admin status.

After a run the collector queues its summary (a `CollectionRunReport`) in the store's
settings; every sync sends what is queued (`POST /v1/collection-runs`, idempotent on the
report id) and forgets what was accepted. Offline, the reports wait; a server that cannot
take them never fails a sync. The report is built by `desktop.collect`, the layer above:
this module only queues and sends it.
"""

from __future__ import annotations

import logging
from typing import Any

from desktop.store import Store
from desktop.sync.client import SyncClient
from desktop.sync.connection import open_client
from desktop.sync.errors import SyncError
from shared_models.collection_runs import CollectionRunReport

QUEUE_KEY = "sync/run_reports_pending"
MAX_QUEUED = 100  # the newest are kept; an admin status needs the latest, not the history
log = logging.getLogger(__name__)


def queue_run_report(store: Store, report: CollectionRunReport) -> None:
    queued: list[dict[str, Any]] = store.get_setting(QUEUE_KEY, []) or []
    queued.append(report.model_dump(mode="json"))
    store.set_setting(QUEUE_KEY, queued[-MAX_QUEUED:])


def send_queued(store: Store, client: SyncClient) -> int:
    """Send the queued reports; the number sent. Stops (keeping the rest) at the first error."""
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
    try:
        client = open_client(store)
        if client is None:
            return
        with client:
            client.handshake(store.sync_state().device_id)
            send_queued(store, client)
    except SyncError as exc:
        log.info("Collection-run report not sent now: %s", exc)
