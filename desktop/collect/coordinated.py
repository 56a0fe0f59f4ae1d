"""Collecting as part of the office's run (the sync service coordinates; see
docs/platform-adapters.md, "The office collects as one").

The desk starts the office's run or joins the one in progress, then leases a batch of
accounts at a time and collects it. A heartbeat every fraction of a second tells the server
what the platform answered (successes, 429s with Retry-After, a block), which accounts are
done, and keeps the lease; the answer is this desk's share of the office's pace, the
office's pause and block. A 429 or a block is told at once, not at the next beat.

When the server cannot be reached (`GoneOffline`), the caller finishes the run alone (the
desk's own run, from the last shared pace) and merges it when the server is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from desktop.collect.adapters import PlatformAdapter
from desktop.collect.errors import PlatformBlocked
from desktop.collect.fetch import collect_account
from desktop.collect.office import OfficeClient, collector_name
from desktop.collect.outcomes import AccountOutcome, RunResult
from desktop.collect.pace import SettingsStore, pace_key
from desktop.collect.ratecontrol import RateController
from desktop.jobs import Cancelled, JobContext
from desktop.store import SearchQuery, Store
from desktop.sync.errors import ServerUnreachable
from shared_models.office import AccountDone, Heartbeat, LeasedAccount, OfficeRun, RunKind, RunStart
from shared_models.platforms import PLATFORMS, Platform
from shared_models.texts import user_text

log = logging.getLogger(__name__)

TUNING_KEY = "collect/office"  # {"lease_seconds", "heartbeat_seconds", "batch_size"}


@dataclass(frozen=True)
class Tuning:
    lease_seconds: float = 20.0  # a dead desk's batch goes to another after this
    heartbeat_seconds: float = 0.3  # how soon the office's pace reaches this desk
    batch_size: int = 50  # fewer round trips between batches; a lapsed one waits one lease

    @classmethod
    def of(cls, store: SettingsStore) -> Tuning:
        stored = store.get_setting(TUNING_KEY) or {}
        try:
            return cls(lease_seconds=float(stored.get("lease_seconds", cls.lease_seconds)),
                       heartbeat_seconds=float(stored.get("heartbeat_seconds",
                                                          cls.heartbeat_seconds)),
                       batch_size=int(stored.get("batch_size", cls.batch_size)))
        except (TypeError, ValueError, AttributeError):
            return cls()


class GoneOffline(Exception):
    """The server stopped answering mid-run; `run` is the office run the desk was in."""

    def __init__(self, run: OfficeRun | None) -> None:
        super().__init__("The sync server could not be reached.")
        self.run = run


AdapterMaker = Callable[[RateController], PlatformAdapter]


@dataclass
class _Beat:
    """What goes with the next heartbeat."""

    batch: int | None = None
    done: list[AccountDone] = field(default_factory=list)
    idle: bool = True


class OfficeRunner:
    def __init__(self, store: Store, platform: Platform, ctx: JobContext, office: OfficeClient,
                 controller: RateController, make_adapter: AdapterMaker,
                 tuning: Tuning | None = None) -> None:
        self.store = store
        self.platform = platform
        self.label = PLATFORMS[platform].label
        self.ctx = ctx
        self.office = office
        self.controller = controller
        # Offered to the office if it has none yet; a desk that never learned offers none
        # (the office's own start, quicker than a lone desk's, is better than its cold one).
        learned = controller.s.limit_estimate is not None or not controller.s.slow_start
        self.learned = controller.s.to_dict() if learned else None
        controller.follower = True
        self.make_adapter = make_adapter
        self.tuning = tuning or Tuning.of(store)
        self.name = collector_name(store.sync_state().device_id)
        self.written = 0
        self.run: OfficeRun | None = None
        self._beat = _Beat()
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._lost = False  # the current batch's lease went to another desk
        self._offline = False
        self._office_state: dict[str, object] = {}
        self._office_rate_value = 0.0
        self._run_done = 0

    async def execute(self, kind: RunKind, *, stale_hours: float | None = None,
                      account_ids: list[UUID] | None = None,
                      day: date | None = None) -> RunResult:
        started = time.monotonic()
        requests_before = self.controller.s.requests
        request = RunStart(device_id=self.name, platform=self.platform, kind=kind,
                           account_ids=account_ids, stale_hours=stale_hours, day=day,
                           batch_size=self.tuning.batch_size)
        try:
            run = self.run = await asyncio.to_thread(self.office.start, request)
        except ServerUnreachable:
            raise GoneOffline(None) from None
        result = RunResult(run_id=run.run_id.hex, platform=self.platform.value,
                           resumed=run.joined, total=run.total, skipped=run.done,
                           office="joined" if run.joined else "started",
                           elsewhere=len(run.elsewhere))
        result.outcomes.extend(AccountOutcome(
            str(a), "", "error", user_text("There is no active {platform} account with this "
                                           "id.", platform=self.label))
            for a in run.unknown)
        if kind == RunKind.DAILY and (run.finished_at is not None or run.busy_by):
            result.done_by = run.finished_by or run.started_by if run.finished_at else None
            result.done_at = run.finished_at.timestamp() if run.finished_at else None
            result.busy_by = None if run.finished_at else run.busy_by
            result.finished = run.finished_at is not None
            return result
        loop = asyncio.get_running_loop()
        self.controller.feedback.wake = lambda: loop.call_soon_threadsafe(self._wake.set)
        beats = asyncio.create_task(self._beats())
        try:
            if run.finished_at is None:
                await self._work(run, result)
            else:
                result.finished = True
        finally:
            beats.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beats
            if not self._offline:
                with contextlib.suppress(ServerUnreachable):
                    await self._send(leaving=True)
            self.controller.feedback.wake = None
            self._remember_pace()
        result.seconds = time.monotonic() - started
        result.requests = self.controller.s.requests - requests_before
        result.pace = self._office_rate()
        collected_here = sum(1 for o in result.outcomes if o.outcome != "blocked")
        result.by_others = max(0, self._done_total() - collected_here - result.skipped)
        return result

    # -- the batches ------------------------------------------------------------------

    async def _work(self, run: OfficeRun, result: RunResult) -> None:
        adapter = self.make_adapter(self.controller)
        try:
            await self._send()  # the office's pace before the first request
            while not self.ctx.cancelled:
                if self._offline:
                    raise GoneOffline(run)
                try:
                    lease = await asyncio.to_thread(self.office.lease, run.run_id, self.name,
                                                    self.tuning.lease_seconds)
                except ServerUnreachable:
                    self._offline = True
                    raise GoneOffline(run) from None
                if lease.batch is None:
                    if lease.run_finished:
                        result.finished = True
                        return
                    self._beat.idle = True  # waiting: this desk's share goes to the others
                    await asyncio.sleep(lease.wait_seconds)
                    continue
                self._beat = _Beat(batch=lease.batch, idle=False)
                self._lost = False
                stop = await self._batch(adapter, run, lease.accounts, result)
                if stop == "lost":
                    continue
                await self._send(finished=stop is None, release=stop is not None)
                self._beat = _Beat()
                if stop is not None:
                    return
            result.cancelled = True
        finally:
            await adapter.aclose()

    async def _batch(self, adapter: PlatformAdapter, run: OfficeRun,
                     accounts: list[LeasedAccount], result: RunResult) -> str | None:
        """None when every account was tried; else why it stopped."""
        rows = {str(r.id): r for r in self.store.iter_search(SearchQuery(
            platform=self.platform.value, account_ids=[a.id for a in accounts], limit=None))}
        todo = list(accounts)
        stop: list[str] = []
        source = f"collect:office:{run.run_id.hex[:12]}:{self.name}"

        async def worker() -> None:
            while todo and not stop:
                if self.ctx.cancelled:
                    stop.append("cancelled")
                    return
                if self._lost:
                    stop.append("lost")
                    return
                account = todo.pop(0)
                row = rows.get(str(account.id))
                if row is None:  # not pulled to this desk yet: tried, reported
                    outcome = AccountOutcome(str(account.id), account.handle, "error", user_text(
                        "This desktop has not received the account yet; sync and run again."))
                else:
                    try:
                        outcome, written = await collect_account(
                            self.store, adapter, run.run_id.hex, source, str(account.id),
                            row.handle, row.status)
                    except PlatformBlocked as exc:
                        todo.insert(0, account)
                        result.blocked_until = exc.until
                        stop.append("blocked")
                        return
                    except Cancelled:
                        todo.insert(0, account)
                        stop.append("cancelled")
                        return
                    self.written += written
                result.outcomes.append(outcome)
                self._beat.done.append(AccountDone(
                    account_id=account.id,
                    outcome="error" if outcome.outcome == "blocked" else outcome.outcome))
                self._progress(result)

        if self.controller.blocked():
            result.blocked_until = self.controller.s.blocked_until
            stop.append("blocked")
        else:
            workers = max(1, min(self.controller.policy.max_concurrency, len(todo)))
            await asyncio.gather(*(worker() for _ in range(workers)))
        if stop and stop[0] == "blocked":
            result.left = len(todo)
            reason = user_text("{platform} blocked the office until the time shown; this "
                               "account is left for later.", platform=self.label)
            result.outcomes.extend(AccountOutcome(str(a.id), a.handle, "blocked", reason)
                                   for a in todo)
        if stop and stop[0] == "cancelled":
            result.cancelled = True
            result.left = len(todo)
        return stop[0] if stop else None

    def _progress(self, result: RunResult) -> None:
        c = result.counts()
        done = self._done_total()
        self.ctx.progress(min(done, result.total), result.total,
                          user_text("{ok} done here, {not_found} not found, {failed} failed; "
                                    "office pace {rate}/s", ok=c["ok"],
                                    not_found=c["not_found"], failed=c["error"],
                                    rate=f"{self._office_rate():.1f}"))

    # -- heartbeats -------------------------------------------------------------------

    async def _beats(self) -> None:
        failures = 0
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.tuning.heartbeat_seconds)
            self._wake.clear()
            try:
                await self._send()
                failures = 0
            except ServerUnreachable:
                failures += 1
                if failures * self.tuning.heartbeat_seconds >= self.tuning.lease_seconds / 2:
                    self._offline = True  # alone from here: learn the pace locally again
                    self.controller.follower = False
                    return
            except Exception:  # a bad answer must not stop the collection; log it
                log.warning("Heartbeat to the sync server failed", exc_info=True)

    async def _send(self, *, finished: bool = False, release: bool = False,
                    leaving: bool = False) -> None:
        async with self._lock:
            ok, limited, limited_pace, blocked_until = self.controller.feedback.drain()
            beat, run = self._beat, self.run
            done, beat.done = beat.done, []
            now = time.time()
            request = Heartbeat(
                device_id=self.name, platform=self.platform,
                run_id=run.run_id if run else None, batch=beat.batch,
                lease_seconds=self.tuning.lease_seconds, done=done, finished=finished,
                release=release, leaving=leaving or beat.idle, ok=ok, limited=limited,
                limited_pace=limited_pace,
                blocked_seconds=(max(0.0, blocked_until - now) if blocked_until else None),
                learned=self.learned)
            try:
                answer = await asyncio.to_thread(self.office.heartbeat, request)
            except BaseException:
                beat.done[:0] = done  # told next time
                self.controller.feedback.put_back(ok, limited, limited_pace, blocked_until)
                raise
        now = time.time()
        self.controller.adopt(answer.share, now + answer.pause_seconds,
                              now + answer.blocked_seconds if answer.blocked_seconds else 0.0,
                              answer.collectors)
        self._office_state = answer.state
        self._office_rate_value = answer.office_rate
        self._run_done = max(self._run_done, answer.run_done)
        if not answer.lease_kept and beat.batch is not None and not (finished or release):
            self._lost = True

    # -- helpers ----------------------------------------------------------------------

    def _office_rate(self) -> float:
        return self._office_rate_value or self.controller.s.rate

    def _done_total(self) -> int:
        """Accounts of the run done by any desk (the server's count at the last beat)."""
        return max(self._run_done, (self.run.done if self.run else 0))

    def _remember_pace(self) -> None:
        """The last shared pace, so an offline run starts from it."""
        if self._office_state:
            self.store.set_setting(pace_key(self.platform), self._office_state)
