"""One account: ask the platform for its metrics and store them as snapshots.

Shared by the desk's own runs and the office's runs. A snapshot's id comes from the run, the
account and the metric, so the same account collected twice in one run (a lapsed lease, an
offline desk merging) is stored once, on the desk and on the server.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from uuid import UUID

from desktop.collect.adapters import PlatformAdapter
from desktop.collect.errors import ItemFailed, NotFound
from desktop.collect.outcomes import AccountOutcome
from desktop.collect.schemas import checked_metrics
from desktop.store import Store
from shared_models.records import AccountStatus, MetricSnapshot
from shared_models.texts import sentence_of, user_text

SNAPSHOT_NAMESPACE = uuid.UUID("6f1d8a52-4c1e-4f59-9a43-2f4a4d1c7e10")


def snapshot_id(run_key: str, account_id: str, metric: str) -> UUID:
    return uuid.uuid5(SNAPSHOT_NAMESPACE, f"{run_key}:{account_id}:{metric}")


async def collect_account(store: Store, adapter: PlatformAdapter, run_key: str, source: str,
                          account_id: str, handle: str, status: str, *,
                          on_not_found: Callable[[], None] | None = None,
                          ) -> tuple[AccountOutcome, int]:
    """(outcome, snapshots newly stored); raises PlatformBlocked / Cancelled."""
    label = adapter.label
    try:
        profile = await adapter.profile_metrics(handle)
        metrics = checked_metrics(profile.metrics, label)
    except NotFound:
        with store.transaction():
            if status != AccountStatus.NOT_FOUND.value:
                store.update_account(account_id, status=AccountStatus.NOT_FOUND.value)
            if on_not_found is not None:
                on_not_found()
        return AccountOutcome(account_id, handle, "not_found",
                              user_text("{platform} has no profile '{handle}'.",
                                        platform=label, handle=handle)), 0
    except ItemFailed as exc:
        return AccountOutcome(account_id, handle, "error", sentence_of(exc)), 0
    observed = datetime.now(UTC)
    snapshots = [
        MetricSnapshot(id=snapshot_id(run_key, account_id, metric), account_id=UUID(account_id),
                       metric=metric, value=value, observed_at=observed, source=source)
        for metric, value in metrics.items()]
    with store.transaction():
        written = store.add_snapshots(snapshots)
        if status == AccountStatus.NOT_FOUND.value:
            store.update_account(account_id, status=AccountStatus.ACTIVE.value)
    return AccountOutcome(account_id, handle, "ok", metrics=metrics), written
