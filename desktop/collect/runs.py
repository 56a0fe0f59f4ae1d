"""A collection run: select accounts, collect their metrics, write snapshots, sync.

Resumable: the run's accounts are checkpointed when it starts (see `checkpoint`); each
account's snapshots are written as soon as it is collected, which is what marks it done.
A run stopped by Cancel/Ctrl-C, a crash, a lost network or a block continues next time
with the accounts that are left. The learned pace is stored as the run goes.

A desk connected to a sync server collects as part of the office's run instead
(`desktop.collect.coordinated`); this module's own run is what it falls back to when the
server cannot be reached.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Protocol
from uuid import UUID

from desktop.collect.adapters import PlatformAdapter
from desktop.collect.checkpoint import (
    Checkpoint,
    clear_checkpoint,
    load_checkpoint,
    save_checkpoint,
)
from desktop.collect.coordinated import GoneOffline, OfficeRunner
from desktop.collect.errors import PlatformBlocked, format_until
from desktop.collect.fetch import collect_account
from desktop.collect.office import (
    OfficeClient,
    collector_name,
    forget_merges,
    pending_merges,
    remember_merge,
)
from desktop.collect.outcomes import AccountOutcome, RunResult
from desktop.collect.pace import load_controller, save_controller
from desktop.collect.ratecontrol import RateController, RatePolicy
from desktop.collect.registry import adapter_class
from desktop.jobs import Cancelled, JobContext
from desktop.settings import PlatformBases, platform_bases
from desktop.store import SearchQuery, Store
from desktop.sync import ServerUnreachable, SyncError, open_client, open_engine
from desktop.sync.run_reports import queue_run_report, send_now
from shared_models.errors import InvalidValue
from shared_models.office import AccountDone, MergeRequest, OfficeRun, RunKind
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import AccountStatus
from shared_models.texts import sentence_of, user_text

log = logging.getLogger(__name__)
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
            adapter_factory: AdapterFactory | None = None, daily: date | None = None,
            ) -> RunResult:
    """Collect the selected accounts of `platform` (or continue its interrupted run).

    Connected to a sync server: as part of the office's run (started here or joined; for
    `daily`, the office's run of that day, taken by one desk). Not connected: alone, as
    always. Connected but the server is unreachable: alone, merged when it is back.
    """
    started = datetime.now(UTC)
    factory: AdapterFactory = adapter_factory or adapter_class(platform)
    wanted = _account_ids(account_ids)
    written = 0
    result: RunResult | None = None
    office_run: OfficeRun | None = None
    offline = False
    client = _office_client(store)
    if client is not None:
        try:
            result, written = _office_collect(store, platform, ctx, client, factory, policy,
                                              stale_hours, wanted, daily, sync)
        except GoneOffline as gone:
            office_run, offline = gone.run, True
        finally:
            client.close()
    if result is None:
        run = _Run(store, platform, ctx, policy=policy, adapter_factory=factory)
        result = asyncio.run(run.execute(stale_hours, wanted, restart or office_run is not None,
                                         office_run=office_run))
        written = run.written
        if offline:
            result.office = "offline"
            _remember_offline(store, platform, result, started, office_run)
    if sync:  # the summary goes to the sync service's admin status with the next sync
        queue_run_report(store, result.report(store.sync_state().device_id, started))
    if sync and written:
        result.sync = sync_after_run(store, ctx)
    elif sync:
        send_now(store)  # nothing to sync, but failures and blocks are worth reporting
    return result


def _account_ids(account_ids: Sequence[UUID | str] | None) -> list[UUID] | None:
    if account_ids is None:
        return None
    wanted: list[UUID] = []
    for raw in account_ids:
        try:
            wanted.append(raw if isinstance(raw, UUID) else UUID(str(raw).strip()))
        except ValueError:
            raise InvalidValue("accounts", raw, user_text("'{value}' is not an account id.",
                                                          value=raw)) from None
    return wanted


def _office_client(store: Store) -> OfficeClient | None:
    try:
        client = open_client(store)
    except SyncError:  # a server is set but no token: collect alone, sync says why
        return None
    return OfficeClient(client) if client is not None else None


def _office_collect(store: Store, platform: Platform, ctx: JobContext, client: OfficeClient,
                    factory: AdapterFactory, policy: RatePolicy | None,
                    stale_hours: float | None, wanted: list[UUID] | None, daily: date | None,
                    sync: bool) -> tuple[RunResult, int]:
    """The office's run; GoneOffline when the server cannot be reached."""
    try:
        if sync:  # the server learns this desk's accounts, this desk the office's
            _sync_quietly(store)
        _merge_offline_runs(store, platform, client)
    except ServerUnreachable:
        raise GoneOffline(None) from None
    except SyncError as exc:  # incompatible, refused: the desk collects alone
        log.info("Collecting alone: %s", exc)
        raise GoneOffline(None) from None
    bases = stored_bases(store, platform)
    runner = OfficeRunner(
        store, platform, ctx, client, load_controller(store, platform, policy),
        lambda controller: factory(bases, controller, cancelled=lambda: ctx.cancelled))
    kind = RunKind.DAILY if daily else RunKind.SELECTED if wanted is not None else RunKind.ALL
    try:
        result = asyncio.run(runner.execute(kind, stale_hours=stale_hours,
                                            account_ids=wanted, day=daily))
    except SyncError as exc:
        if isinstance(exc, ServerUnreachable):
            raise GoneOffline(runner.run) from None
        log.info("Collecting alone: %s", exc)
        raise GoneOffline(runner.run) from None
    clear_checkpoint(store, platform)  # the office's run supersedes an interrupted own one
    return result, runner.written


def _sync_quietly(store: Store) -> None:
    engine = open_engine(store)
    if engine is None:
        return
    try:
        engine.sync(JobContext())
    finally:
        engine.close()


def _merge_offline_runs(store: Store, platform: Platform, client: OfficeClient) -> int:
    merged = set()
    for request in pending_merges(store, platform):
        client.merge(request)
        merged.add(request.local_run_id)
    if merged:
        forget_merges(store, platform, merged)
    return len(merged)


def merge_offline_runs(store: Store) -> int:
    """After a sync that reached the server: merge the runs this desk made offline into the
    office's (their snapshots went up with the sync), so another desk's run does not fetch
    those accounts again. How many were merged; 0 when none wait, the desk is not connected
    or the server cannot be reached (the next sync or collection tries again)."""
    waiting = [platform for platform in Platform if pending_merges(store, platform)]
    if not waiting:
        return 0
    office = _office_client(store)
    if office is None:
        return 0
    merged = 0
    try:
        for platform in waiting:
            merged += _merge_offline_runs(store, platform, office)
    except SyncError as exc:  # unreachable again, or a server without office collection
        log.info("Offline collection runs not merged yet: %s", exc)
    finally:
        office.close()
    return merged


def _remember_offline(store: Store, platform: Platform, result: RunResult,
                      started: datetime, office_run: OfficeRun | None) -> None:
    done = [AccountDone(account_id=UUID(o.account_id), outcome=o.outcome)
            for o in result.outcomes if o.outcome in ("ok", "not_found", "error")]
    if done:
        remember_merge(store, MergeRequest(
            device_id=collector_name(store.sync_state().device_id), platform=platform,
            local_run_id=uuid.uuid4(), office_run_id=office_run.run_id if office_run else None,
            started_at=started, finished_at=datetime.now(UTC), done=done))


def sync_after_run(store: Store, ctx: JobContext) -> str:
    """Push the new snapshots if this desktop is connected; otherwise they stay queued."""
    try:
        engine = open_engine(store)
    except SyncError as exc:
        return user_text("{reason} The new figures are kept and sent with the next sync.",
                         reason=sentence_of(exc))
    if engine is None:
        return user_text("This desk is not connected to a sync server; the new figures are "
                         "kept here.")
    try:
        report = engine.sync(ctx)
    except Cancelled:
        return user_text("Sync cancelled; the new figures are sent with the next sync.")
    except SyncError as exc:  # offline, server down, auth: the data is safe locally
        log.info("Sync after collection failed", exc_info=True)
        return user_text("Could not sync now: {reason} The new figures are sent with the "
                         "next sync.", reason=sentence_of(exc))
    finally:
        engine.close()
    return report.summary()


class _Run:
    def __init__(self, store: Store, platform: Platform, ctx: JobContext, *,
                 policy: RatePolicy | None, adapter_factory: AdapterFactory) -> None:
        self.store = store
        self.platform = platform
        self.label = PLATFORMS[platform].label
        self.ctx = ctx
        self.controller = load_controller(store, platform, policy)
        self.factory = adapter_factory
        self.written = 0
        self._since_pace_save = 0

    async def execute(self, stale_hours: float | None, account_ids: list[UUID] | None,
                      restart: bool, office_run: OfficeRun | None = None) -> RunResult:
        started = time.monotonic()
        requests_before = self.controller.s.requests
        checkpoint = None if restart else load_checkpoint(self.store, self.platform)
        resumed = checkpoint is not None
        outcomes: list[AccountOutcome] = []
        if checkpoint is None:
            checkpoint, outcomes = self._new_run(stale_hours, account_ids)
            if office_run is not None:  # finishing the office's run alone: same snapshots
                checkpoint.run_id = office_run.run_id.hex
                checkpoint.started_at = office_run.started_at.isoformat()
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

    def _new_run(self, stale_hours: float | None, wanted: list[UUID] | None,
                 ) -> tuple[Checkpoint, list[AccountOutcome]]:
        outcomes: list[AccountOutcome] = []
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
                        user_text("There is no active {platform} account with this id.",
                                  platform=self.label)))
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
            message = user_text("{ok} done, {not_found} not found, {failed} failed; pace "
                                "{rate}/s", ok=c["ok"], not_found=c["not_found"],
                                failed=c["error"], rate=f"{self.controller.s.rate:.1f}")
            if self.controller.blocked():
                message = user_text("blocked until {until}",
                                    until=format_until(self.controller.s.blocked_until))
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
            reason = user_text("{platform} blocked requests until {until}; this account is "
                               "left for later.", platform=self.label,
                               until=format_until(result.blocked_until))
            result.outcomes.extend(AccountOutcome(a, h, "blocked", reason) for a, h, _ in todo)
        elif stop:
            result.cancelled = True
        report()

    async def _one(self, adapter: PlatformAdapter, checkpoint: Checkpoint, account_id: str,
                   handle: str, status: str) -> AccountOutcome:
        def not_found() -> None:
            checkpoint.not_found.append(account_id)
            save_checkpoint(self.store, checkpoint)

        outcome, written = await collect_account(
            self.store, adapter, checkpoint.run_id, checkpoint.source, account_id, handle,
            status, on_not_found=not_found)
        self.written += written
        return outcome

    def _maybe_save_pace(self) -> None:
        self._since_pace_save += 1
        if self._since_pace_save >= PACE_SAVE_EVERY:
            self._since_pace_save = 0
            save_controller(self.store, self.platform, self.controller)
