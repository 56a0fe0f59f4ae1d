"""A collection run: select accounts, collect their metrics, write snapshots, sync.

Resumable: the run's accounts are checkpointed when it starts (see `checkpoint`); each
account's snapshots are written as soon as it is collected, which is what marks it done.
A run stopped by Cancel/Ctrl-C, a crash, a lost network or a block continues next time
with the accounts that are left. The learned pace is stored as the run goes.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Protocol
from uuid import UUID

from desktop.collect.adapters import PlatformAdapter
from desktop.collect.checkpoint import (
    Checkpoint,
    clear_checkpoint,
    load_checkpoint,
    save_checkpoint,
)
from desktop.collect.errors import ItemFailed, NotFound, PlatformBlocked, format_until
from desktop.collect.outcomes import AccountOutcome, RunResult
from desktop.collect.pace import load_controller, save_controller
from desktop.collect.ratecontrol import RateController, RatePolicy
from desktop.collect.registry import adapter_class
from desktop.jobs import Cancelled, JobContext
from desktop.settings import PlatformBases, platform_bases
from desktop.store import SearchQuery, Store
from desktop.sync import SyncError, open_engine
from desktop.sync.run_reports import queue_run_report, send_now
from shared_models.errors import InvalidValue
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import AccountStatus, MetricSnapshot

log = logging.getLogger(__name__)
SNAPSHOT_NAMESPACE = uuid.UUID("6f1d8a52-4c1e-4f59-9a43-2f4a4d1c7e10")
PACE_SAVE_EVERY = 25


class AdapterFactory(Protocol):
    def __call__(self, bases: PlatformBases, controller: RateController, *,
                 cancelled: Callable[[], bool]) -> PlatformAdapter: ...


def stored_bases(store: Store, platform: Platform) -> PlatformBases:
    stored = (store.get_setting("platform_bases", {}) or {}).get(platform.value)
    return platform_bases(platform, stored)


def collect(store: Store, platform: Platform, ctx: JobContext, *,
            stale_hours: float | None = None, account_ids: Sequence[UUID | str] | None = None,
            restart: bool = False, sync: bool = True, policy: RatePolicy | None = None,
            adapter_factory: AdapterFactory | None = None) -> RunResult:
    """Collect the selected accounts of `platform` (or continue its interrupted run)."""
    run = _Run(store, platform, ctx, policy=policy, adapter_factory=adapter_factory)
    started = datetime.now(UTC)
    result = asyncio.run(run.execute(stale_hours, account_ids, restart))
    if sync:  # the summary goes to the sync service's admin status with the next sync
        queue_run_report(store, result.report(store.sync_state().device_id, started))
    if sync and run.written:
        result.sync = sync_after_run(store, ctx)
    elif sync:
        send_now(store)  # nothing to sync, but failures and blocks are worth reporting
    return result


def sync_after_run(store: Store, ctx: JobContext) -> str:
    """Push the new snapshots if this desktop is connected; otherwise they stay queued."""
    try:
        engine = open_engine(store)
    except SyncError as exc:
        return f"{exc} The snapshots are queued."
    if engine is None:
        return "not connected to a sync server; the snapshots are queued."
    try:
        report = engine.sync(ctx)
    except Cancelled:
        return "sync cancelled; the snapshots are queued."
    except SyncError as exc:  # offline, server down, auth: the data is safe locally
        log.info("Sync after collection failed", exc_info=True)
        return f"could not sync now ({exc}); the snapshots are queued."
    finally:
        engine.close()
    return report.summary()


class _Run:
    def __init__(self, store: Store, platform: Platform, ctx: JobContext, *,
                 policy: RatePolicy | None, adapter_factory: AdapterFactory | None) -> None:
        self.store = store
        self.platform = platform
        self.label = PLATFORMS[platform].label
        self.ctx = ctx
        self.controller = load_controller(store, platform, policy)
        self.factory: AdapterFactory = adapter_factory or adapter_class(platform)
        self.written = 0
        self._since_pace_save = 0

    async def execute(self, stale_hours: float | None,
                      account_ids: Sequence[UUID | str] | None, restart: bool) -> RunResult:
        started = time.monotonic()
        requests_before = self.controller.s.requests
        checkpoint = None if restart else load_checkpoint(self.store, self.platform)
        resumed = checkpoint is not None
        outcomes: list[AccountOutcome] = []
        if checkpoint is None:
            checkpoint, outcomes = self._new_run(stale_hours, account_ids)
            save_checkpoint(self.store, checkpoint)
        todo = self._remaining(checkpoint)
        result = RunResult(run_id=checkpoint.run_id, platform=self.platform.value,
                           resumed=resumed, total=len(checkpoint.account_ids),
                           skipped=len(checkpoint.account_ids) - len(todo), outcomes=outcomes)
        try:
            await self._collect(checkpoint, todo, result)
        finally:
            save_controller(self.store, self.platform, self.controller)
        result.seconds = time.monotonic() - started
        result.requests = self.controller.s.requests - requests_before
        result.pace = self.controller.s.rate
        result.finished = not result.cancelled and result.blocked_until is None
        if result.finished:
            clear_checkpoint(self.store, self.platform)
        return result

    # -- selection --------------------------------------------------------------------

    def _new_run(self, stale_hours: float | None, account_ids: Sequence[UUID | str] | None,
                 ) -> tuple[Checkpoint, list[AccountOutcome]]:
        wanted: list[UUID] | None = None
        outcomes: list[AccountOutcome] = []
        if account_ids is not None:
            wanted = []
            for raw in account_ids:
                try:
                    wanted.append(raw if isinstance(raw, UUID) else UUID(str(raw).strip()))
                except ValueError:
                    raise InvalidValue("accounts", raw,
                                       f"'{raw}' is not an account id.") from None
        query = SearchQuery(platform=self.platform.value, stale_hours=stale_hours,
                            account_ids=wanted, sort="handle", limit=None)
        rows = [r for r in self.store.iter_search(query)
                if r.status != AccountStatus.INACTIVE.value]
        if wanted is not None:
            found = {r.id for r in rows}
            for missing in wanted:
                if missing not in found:
                    outcomes.append(AccountOutcome(
                        str(missing), "", "error",
                        f"There is no active {self.label} account with this id."))
        run_id = uuid.uuid4().hex
        device = self.store.sync_state().device_id
        checkpoint = Checkpoint(run_id=run_id, platform=self.platform.value,
                                started_at=datetime.now(UTC).isoformat(),
                                account_ids=[str(r.id) for r in rows],
                                source=f"collect:{device}:{run_id[:12]}")
        return checkpoint, outcomes

    def _remaining(self, checkpoint: Checkpoint) -> deque[tuple[str, str, str]]:
        """(account id, handle, status) of the run's accounts not done yet."""
        since = checkpoint.started
        not_found = set(checkpoint.not_found)
        ids = [UUID(i) for i in checkpoint.account_ids]
        rows = {str(r.id): r for r in self.store.iter_search(SearchQuery(
            platform=self.platform.value, account_ids=ids, limit=None))}
        metrics = set(self.factory_metrics())
        todo: deque[tuple[str, str, str]] = deque()
        for account_id in checkpoint.account_ids:
            row = rows.get(account_id)
            if row is None or account_id in not_found:
                continue  # deleted meanwhile, or done
            if any(v.observed_at >= since for m, v in row.metrics.items()
                   if not metrics or m in metrics):
                continue
            todo.append((account_id, row.handle, row.status))
        return todo

    def factory_metrics(self) -> tuple[str, ...]:
        metrics = getattr(self.factory, "metrics", None)
        return tuple(metrics) if metrics else ()

    # -- collecting -------------------------------------------------------------------

    async def _collect(self, checkpoint: Checkpoint, todo: deque[tuple[str, str, str]],
                       result: RunResult) -> None:
        total = len(todo)
        done = 0
        stop: list[str] = []
        bases = stored_bases(self.store, self.platform)

        def report() -> None:
            c = result.counts()
            message = (f"{c['ok']} ok, {c['not_found']} not found, {c['error']} failed; "
                       f"pace {self.controller.s.rate:.1f}/s")
            if self.controller.blocked():
                message = f"blocked until {format_until(self.controller.s.blocked_until)}"
            self.ctx.progress(done, total, message)

        if self.controller.blocked():
            result.blocked_until = self.controller.s.blocked_until
        else:
            report()
            adapter = self.factory(bases, self.controller, cancelled=lambda: self.ctx.cancelled)
            try:
                async def worker() -> None:
                    nonlocal done
                    while todo and not stop:
                        if self.ctx.cancelled:
                            stop.append("cancelled")
                            return
                        item = todo.popleft()
                        try:
                            outcome = await self._one(adapter, checkpoint, *item)
                        except PlatformBlocked as exc:
                            todo.appendleft(item)
                            result.blocked_until = exc.until
                            stop.append("blocked")
                            return
                        except Cancelled:
                            todo.appendleft(item)
                            stop.append("cancelled")
                            return
                        result.outcomes.append(outcome)
                        done += 1
                        self._maybe_save_pace()
                        report()

                workers = max(1, self.controller.policy.max_concurrency)
                await asyncio.gather(*(worker() for _ in range(workers)))
            finally:
                await adapter.aclose()
        result.left = len(todo)
        if result.blocked_until is not None:
            reason = (f"{self.label} blocked requests until "
                      f"{format_until(result.blocked_until)}; this account is left for later.")
            result.outcomes.extend(AccountOutcome(a, h, "blocked", reason) for a, h, _ in todo)
        elif stop:
            result.cancelled = True
        report()

    async def _one(self, adapter: PlatformAdapter, checkpoint: Checkpoint, account_id: str,
                   handle: str, status: str) -> AccountOutcome:
        try:
            profile = await adapter.profile_metrics(handle)
        except NotFound:
            checkpoint.not_found.append(account_id)
            with self.store.transaction():
                if status != AccountStatus.NOT_FOUND.value:
                    self.store.update_account(account_id, status=AccountStatus.NOT_FOUND.value)
                save_checkpoint(self.store, checkpoint)
            return AccountOutcome(account_id, handle, "not_found",
                                  f"{self.label} has no profile '{handle}'.")
        except ItemFailed as exc:
            return AccountOutcome(account_id, handle, "error", str(exc))
        observed = datetime.now(UTC)
        snapshots = [
            MetricSnapshot(id=uuid.uuid5(SNAPSHOT_NAMESPACE,
                                         f"{checkpoint.run_id}:{account_id}:{metric}"),
                           account_id=UUID(account_id), metric=metric, value=value,
                           observed_at=observed, source=checkpoint.source)
            for metric, value in profile.metrics.items()]
        with self.store.transaction():
            self.written += self.store.add_snapshots(snapshots)
            if status == AccountStatus.NOT_FOUND.value:
                self.store.update_account(account_id, status=AccountStatus.ACTIVE.value)
        return AccountOutcome(account_id, handle, "ok", metrics=dict(profile.metrics))

    def _maybe_save_pace(self) -> None:
        self._since_pace_save += 1
        if self._since_pace_save >= PACE_SAVE_EVERY:
            self._since_pace_save = 0
            save_controller(self.store, self.platform, self.controller)
