"""Profile metrics for a report: each profile asked at most once per run, and not at all when
the store holds a recent snapshot of it.

A profile that is one of our accounts and was collected within `fresh_hours` is answered
from the store (zero requests). Otherwise the platform is asked once, however many rows or
comments name the profile; concurrent askers share the one request. Values fetched for a
known account are written as MetricSnapshots (so they sync, and the next report reuses them).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal
from uuid import UUID

from desktop.collect.errors import ItemFailed, NotFound
from desktop.collect.schemas import checked_metrics
from desktop.reports.once import Once
from desktop.reports.session import PlatformSession
from desktop.store import Store
from shared_models.errors import InvalidValue
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import MetricSnapshot
from shared_models.texts import sentence_of

DEFAULT_FRESH_HOURS = 24.0
SNAPSHOT_NAMESPACE = uuid.UUID("0c9b5f0e-6a43-4d1b-9a51-7d2f3f1f4b11")

Source = Literal["store", "platform", "not_found", "error"]


@dataclass(frozen=True)
class ProfileResult:
    platform: Platform
    handle: str
    source: Source  # where the values came from, or why there are none
    metrics: dict[str, float] = field(default_factory=dict)
    display_name: str = ""
    observed_at: datetime | None = None
    account_id: UUID | None = None  # set when the profile is one of our accounts
    reason: str = ""

    def metric(self, name: str) -> float | None:
        return self.metrics.get(name)


class ProfileMetrics:
    """The per-run cache; `await get(platform, handle)` (PlatformBlocked propagates)."""

    def __init__(self, store: Store, session: PlatformSession, *, fresh_hours: float,
                 report: str) -> None:
        self.store = store
        self.session = session
        self.fresh_after = datetime.now(UTC) - timedelta(hours=max(0.0, fresh_hours))
        # MetricSnapshot.source of what this run writes: "comments:<device>:<run>".
        device = store.sync_state().device_id
        self.source = f"{report}:{device}:{uuid.uuid4().hex[:12]}"
        self._once: Once[tuple[Platform, str], ProfileResult] = Once()
        self.from_store = 0
        self.fetched = 0
        self.snapshots_written = 0

    async def get(self, platform: Platform, handle: str) -> ProfileResult:
        clean = handle.lower()
        return await self._once.get((platform, clean), lambda: self._lookup(platform, clean))

    async def _lookup(self, platform: Platform, handle: str) -> ProfileResult:
        try:
            account = self.store.find_account(platform, handle)
        except InvalidValue:
            account = None
        if account is not None:
            latest = self.store.latest_metrics(account.id)
            headline = latest.get(PLATFORMS[platform].headline_metric)
            if headline is not None and headline.observed_at >= self.fresh_after:
                self.from_store += 1
                return ProfileResult(
                    platform, handle, "store",
                    {m: v.value for m, v in latest.items()},
                    observed_at=headline.observed_at, account_id=account.id)
        adapter = self.session.adapter(platform)
        try:
            profile = await adapter.profile_metrics(handle)
            metrics = checked_metrics(profile.metrics, adapter.label)
        except NotFound as exc:
            self.fetched += 1
            return ProfileResult(platform, handle, "not_found", reason=sentence_of(exc),
                                 account_id=account.id if account else None)
        except ItemFailed as exc:
            self.fetched += 1
            return ProfileResult(platform, handle, "error", reason=sentence_of(exc),
                                 account_id=account.id if account else None)
        self.fetched += 1
        observed = datetime.now(UTC)
        if account is not None:
            self._store_snapshots(account.id, metrics, observed)
        return ProfileResult(platform, handle, "platform", metrics,
                             profile.display_name, observed,
                             account.id if account else None)

    def _store_snapshots(self, account_id: UUID, metrics: dict[str, float],
                         observed: datetime) -> None:
        stamp = observed.isoformat()
        snapshots = [MetricSnapshot(
            id=uuid.uuid5(SNAPSHOT_NAMESPACE, f"{self.source}:{account_id}:{metric}:{stamp}"),
            account_id=account_id, metric=metric, value=value, observed_at=observed,
            source=self.source) for metric, value in metrics.items()]
        self.snapshots_written += self.store.add_snapshots(snapshots)
