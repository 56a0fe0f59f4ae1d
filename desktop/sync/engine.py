"""The sync engine: handshake, push the outbox in batches, pull changes from the cursor.

Every step commits on its own (a pushed batch's results in one transaction, each pulled page
and the cursor after it in one transaction), so a sync that stops half-way -- network gone,
app closed, Cancel pressed -- leaves the store consistent and the next sync continues.
"""

from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from desktop.jobs import JobContext
from desktop.store import Store
from desktop.sync.attachments import apply_pulled, upload_waiting
from desktop.sync.client import SyncClient
from desktop.sync.errors import ServerFailed, ServerUnreachable, SyncError
from desktop.sync.run_reports import send_queued
from desktop.updates import remember_release
from shared_models.records import Entity
from shared_models.sync import MAX_OPS_PER_PUSH, OpKind, PushOp, PushRequest

PUSH_BATCH = 500
PULL_PAGE = 5000
ANALYZE_AFTER = 5000  # pulled rows after which the store refreshes its query statistics


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0  # new conflicts this sync
    rejected: int = 0
    remapped: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts,
                "rejected": self.rejected, "remapped": self.remapped, "errors": self.errors,
                "seconds": round(self.seconds, 3)}

    def summary(self) -> str:
        parts = [f"pushed {self.pushed}", f"pulled {self.pulled}"]
        if self.remapped:
            parts.append(f"{self.remapped} merged with existing records")
        if self.conflicts:
            parts.append(f"{self.conflicts} new conflict(s): see `influencer-desk conflicts`")
        if self.rejected:
            parts.append(f"{self.rejected} change(s) refused by the server: see "
                         "`influencer-desk status`")
        return "Synced: " + ", ".join(parts) + "."


class SyncEngine:
    def __init__(self, store: Store, client: SyncClient, *, push_batch: int = PUSH_BATCH,
                 pull_page: int = PULL_PAGE) -> None:
        self.store = store
        self.client = client
        self.push_batch = max(1, min(push_batch, MAX_OPS_PER_PUSH))
        self.pull_page = pull_page

    @property
    def server_url(self) -> str:
        return self.client.server_url

    def close(self) -> None:
        self.client.close()

    def sync(self, ctx: JobContext | None = None) -> SyncReport:
        """One full sync. Raises SyncError (after recording it) when the server cannot be used."""
        ctx = ctx or JobContext()
        report = SyncReport()
        started = time.monotonic()
        try:
            state = self.store.sync_state()
            answer = self.client.handshake(state.device_id)
            remember_release(self.store, answer)  # "a new version is available"
            upload_waiting(self.store, self.client, ctx)  # forms' bytes before their records
            self._push(ctx, state.device_id, report)
            self._pull(ctx, report)
            send_queued(self.store, self.client)  # collection-run reports; never fails a sync
        except SyncError as exc:
            report.errors.append(str(exc))
            self.store.record_sync_result(str(exc))
            raise
        finally:
            report.seconds = time.monotonic() - started
        self.store.record_sync_result(None)
        if report.pulled >= ANALYZE_AFTER:
            self.store.optimize()
        return report

    def sync_with_retry(self, ctx: JobContext | None = None, *, attempts: int = 5,
                        first_delay: float = 1.0, max_delay: float = 60.0) -> SyncReport:
        """Sync, retrying with exponential back-off (and jitter) while the server is away."""
        ctx = ctx or JobContext()
        delay = first_delay
        for attempt in range(1, attempts + 1):
            try:
                return self.sync(ctx)
            except (ServerUnreachable, ServerFailed):
                if attempt == attempts:
                    raise
                ctx.progress(0, None, f"Server not reachable; retrying in {delay:.0f} s")
                if ctx.wait(delay * random.uniform(0.8, 1.2)):
                    ctx.check_cancelled()
                delay = min(delay * 2, max_delay)
        raise AssertionError("unreachable")

    # -- push --------------------------------------------------------------------------------

    def _push(self, ctx: JobContext, device_id: str, report: SyncReport) -> None:
        waiting, _ = self.store.outbox_counts()
        done = 0
        while True:
            ctx.check_cancelled()
            entries = self.store.claim_outbox(self.push_batch)
            if not entries:
                return
            ops = [PushOp(op_id=e.op_id, entity=Entity(e.entity), id=e.id, kind=OpKind(e.kind),
                          base_version=e.base_version, fields=e.fields, batch_id=e.batch_id)
                   for e in entries]
            try:
                response = self.client.push(PushRequest(device_id=device_id, ops=ops))
            except SyncError as exc:
                self.store.note_push_error(entries, str(exc))
                raise
            answered = {r.op_id for r in response.results}
            if not answered & {e.op_id for e in entries}:
                raise ServerFailed("The sync server did not answer for the changes sent; "
                                   "they are kept and will be sent again.")
            outcome = self.store.apply_push_results(entries, response.results)
            report.pushed += outcome.accepted
            report.rejected += outcome.rejected
            report.remapped += outcome.remapped
            report.conflicts += sum(len(r.conflicts) for r in response.results)
            done += len(entries)
            ctx.progress(done, max(waiting, done), "Sending changes")

    # -- pull --------------------------------------------------------------------------------

    def _pull(self, ctx: JobContext, report: SyncReport) -> None:
        """Pull page after page. The next page is fetched (server, network, parsing) on a
        second thread while this one writes the current page: SQLite lets go of the GIL
        while it writes, so on two cores the two overlap."""
        cursor = self.store.sync_state().cursor
        fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull")
        ahead = fetcher.submit(self.client.changes, cursor, self.pull_page)
        try:
            while True:
                ctx.check_cancelled()
                page = ahead.result()
                if page.more:
                    ahead = fetcher.submit(self.client.changes, page.cursor, self.pull_page)
                with self.store.transaction():  # the page, its consent forms and the cursor
                    report.pulled += self.store.apply_changes(page)
                    apply_pulled(self.store, page.changes)
                ctx.progress(report.pulled, None, "Receiving changes")
                if not page.more:
                    return
        finally:
            # Stopped early (Cancel, an error): a page fetched ahead is dropped, unwritten,
            # and Cancel does not wait for it.
            fetcher.shutdown(wait=False, cancel_futures=True)
