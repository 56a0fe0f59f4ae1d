"""The sync engine: handshake, push the outbox in batches, pull changes from the cursor.

Every step commits on its own (a pushed batch's results in one transaction, each pulled page
and the cursor after it in one transaction), so a sync that stops half-way -- network gone,
app closed, Cancel pressed -- leaves the store consistent and the next sync continues.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop.jobs import JobContext
from desktop.store import Store
from desktop.store.initialpull import InitialPull, NotEmpty
from desktop.store.models import OutboxEntry
from desktop.sync.attachments import apply_pulled, upload_waiting
from desktop.sync.client import SyncClient
from desktop.sync.errors import ServerFailed, ServerUnreachable, SyncError, TooLarge
from desktop.sync.prefetch import prefetched
from desktop.sync.run_reports import send_queued
from desktop.sync.snapshot import SnapshotStream
from desktop.updates import remember_release
from shared_models.records import Entity
from shared_models.snapshot import ACCOUNT, ATTACHMENT, INFLUENCER, LATEST, SNAPSHOT
from shared_models.sync import (
    MAX_CHANGES_PER_PAGE,
    MAX_OPS_PER_PUSH,
    Change,
    ChangesPage,
    OpKind,
    OpResult,
    OpStatus,
    PushOp,
    PushRequest,
    PushResponse,
)
from shared_models.texts import Text, join_texts, sentence_of, user_text

PUSH_BATCH = 500
# A batch's ops add up to at most this much JSON (the server takes 10 MB per request; an
# outbox of long notes must never make a request the server refuses forever).
PUSH_BYTES = 2 * 1024 * 1024
OP_OVERHEAD = 200  # an op's JSON besides its fields: ids, entity, kind, base_version
PULL_PAGE = 5000
ANALYZE_AFTER = 5000  # pulled rows after which the store refreshes its query statistics
SNAPSHOT_CHUNK = 1024 * 1024  # bytes read from the snapshot stream at a time


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

    def summary(self) -> Text:
        parts: list[str] = [user_text("{count} changes sent", count=self.pushed),
                            user_text("{count} received", count=self.pulled)]
        if self.remapped:
            parts.append(user_text("{count} merged with existing records",
                                   count=self.remapped))
        if self.conflicts:
            parts.append(user_text("{count} new conflicts to resolve (File → Conflicts, or "
                                   "`influencer-desk conflicts`)", count=self.conflicts))
        if self.rejected:
            parts.append(user_text("{count} changes refused by the server (the ⚠ button in the "
                                   "status bar, or `influencer-desk refused`)",
                                   count=self.rejected))
        return user_text("Synced: {parts}.", parts=join_texts(parts, ", "))


class SyncEngine:
    def __init__(self, store: Store, client: SyncClient, *, push_batch: int = PUSH_BATCH,
                 pull_page: int = PULL_PAGE, push_bytes: int = PUSH_BYTES,
                 use_snapshot: bool = True) -> None:
        self.store = store
        self.client = client
        self.push_batch = max(1, min(push_batch, MAX_OPS_PER_PUSH))
        self.push_bytes = push_bytes
        self.pull_page = pull_page
        self.use_snapshot = use_snapshot  # False: even a first pull goes page by page

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
            self._settle_conflicts(state.device_id)
            self._pull(ctx, report)
            send_queued(self.store, self.client)  # collection-run reports; never fails a sync
        except SyncError as exc:
            report.errors.append(sentence_of(exc))
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
                ctx.progress(0, None, user_text("The sync server is not reachable; trying "
                                                "again in {seconds} s",
                                                seconds=f"{delay:.0f}"))
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
            ops = [_op(e) for e in entries]
            sizes = [_size(e) for e in entries]
            count = _fitting(sizes, self.push_bytes)
            self._send(device_id, entries[:count], ops[:count], report)
            done += count
            ctx.progress(done, max(waiting, done), "Sending changes")

    def _send(self, device_id: str, entries: list[OutboxEntry], ops: list[PushOp],
              report: SyncReport) -> None:
        """Push one batch; a batch the server finds too large is split in halves, down to
        one change, and a single change that is too large is refused alone."""
        try:
            response = self.client.push(PushRequest(device_id=device_id, ops=ops))
        except TooLarge as exc:
            if len(ops) > 1:
                half = len(ops) // 2
                self._send(device_id, entries[:half], ops[:half], report)
                self._send(device_id, entries[half:], ops[half:], report)
                return
            response = PushResponse(results=[OpResult(
                op_id=ops[0].op_id, entity=ops[0].entity, id=ops[0].id,
                status=OpStatus.REJECTED, reason=_too_large(ops[0], str(exc)))])
        except SyncError as exc:
            self.store.note_push_error(entries, str(exc))
            raise
        answered = {r.op_id for r in response.results}
        if not answered & {e.op_id for e in entries}:
            raise ServerFailed(user_text("The sync server did not answer for the changes sent; "
                                         "they are kept and will be sent again."))
        outcome = self.store.apply_push_results(entries, response.results)
        report.pushed += outcome.accepted
        report.rejected += outcome.rejected
        report.remapped += outcome.remapped
        report.conflicts += sum(len(r.conflicts) for r in response.results)

    # -- conflicts ---------------------------------------------------------------------------

    def _settle_conflicts(self, device_id: str) -> None:
        """Tell the server which conflicts were resolved here; learn which were resolved
        elsewhere (the server resolves every conflict on the same record field)."""
        resolved = self.store.unsent_resolutions()
        if resolved:
            self.client.resolve_conflicts(device_id, resolved)
            self.store.mark_resolutions_sent([c for c, _ in resolved])
        open_ids = self.store.open_conflict_ids()
        for start in range(0, len(open_ids), MAX_CHANGES_PER_PAGE):
            answer = self.client.conflict_states(open_ids[start:start + MAX_CHANGES_PER_PAGE])
            self.store.settle_conflicts([(str(s.conflict_id), s.resolution.value)
                                         for s in answer.states if s.resolution is not None])

    # -- pull --------------------------------------------------------------------------------

    def _initial_pull(self, ctx: JobContext, report: SyncReport) -> bool:
        """A first pull into an empty store: the server's snapshot, written in bulk in one
        transaction (desktop/store/initialpull.py). False when it does not apply (the store
        is not empty, or the server is too old to send a snapshot): then pull page by page.
        Stopped half-way (Cancel, network, app killed), it leaves the store empty and the
        next sync starts it again."""
        if not self.use_snapshot or not self.store.can_pull_initial():
            return False
        with self.client.snapshot() as response:
            if response is None:
                return False
            stream = SnapshotStream(response.iter_raw(SNAPSHOT_CHUNK))
            try:
                with self.store.initial_pull() as pull:
                    add = {INFLUENCER: pull.add_influencers, ACCOUNT: pull.add_accounts,
                           SNAPSHOT: pull.add_snapshots, LATEST: pull.add_latest}
                    batches = prefetched(stream)
                    try:
                        for section, rows in batches:
                            ctx.check_cancelled()
                            if section == ATTACHMENT:
                                apply_pulled(self.store, [
                                    Change.model_validate_json(r[0] or "") for r in rows])
                            else:
                                add[section](rows)
                            if section != LATEST:  # derived rows, not changes
                                report.pulled += len(rows)
                            ctx.progress(report.pulled, None, "Receiving changes")
                    finally:
                        batches.close()
                    ctx.progress(report.pulled, None, "Building the search index")
                    _finish(pull, stream)
            except NotEmpty:  # something was written meanwhile: the page path handles it
                return False
        # The commit synced the log; copying it into the database file happens off the sync.
        threading.Thread(target=self.store.checkpoint, name="checkpoint", daemon=True).start()
        return True

    def _pull(self, ctx: JobContext, report: SyncReport) -> None:
        """Pull page after page, the next one read ahead (`prefetched`) while this one is
        written. Stopped early (Cancel, an error), a page read ahead is dropped, unwritten,
        and Cancel does not wait for it."""
        self._initial_pull(ctx, report)  # then the pages written since, if it applied
        pages = prefetched(self._pages(self.store.sync_state().cursor), depth=1)
        try:
            for page in pages:
                ctx.check_cancelled()
                with self.store.transaction():  # the page, its consent forms and the cursor
                    report.pulled += self.store.apply_changes(page)
                    apply_pulled(self.store, page.changes)
                ctx.progress(report.pulled, None, "Receiving changes")
        finally:
            pages.close()

    def _pages(self, cursor: int) -> Iterator[ChangesPage]:
        """The server's pages of changes from `cursor` on, each asked for with the cursor
        the one before it ended at."""
        while True:
            page = self.client.changes(cursor, self.pull_page)
            yield page
            if not page.more:
                return
            cursor = page.cursor


def _finish(pull: InitialPull, stream: SnapshotStream) -> None:
    if not stream.complete or stream.cursor is None:
        raise ServerFailed(user_text("The sync server's snapshot ended early; nothing of it "
                                     "was kept. Sync again."))
    pull.finish(stream.cursor)


def _op(entry: OutboxEntry) -> PushOp:
    return PushOp(op_id=entry.op_id, entity=Entity(entry.entity), id=entry.id,
                  kind=OpKind(entry.kind), base_version=entry.base_version, fields=entry.fields,
                  batch_id=entry.batch_id)


def _size(entry: OutboxEntry) -> int:
    """An op's bytes on the wire, closely enough: its fields plus the fixed part."""
    return len(json.dumps(entry.fields, ensure_ascii=False).encode("utf-8")) + OP_OVERHEAD


def _fitting(sizes: list[int], limit: int) -> int:
    """How many of the first ops fit in `limit` bytes (at least one: a lone large op is
    sent by itself, and refused alone if the server finds it too large)."""
    total = 0
    for n, size in enumerate(sizes):
        total += size + 1
        if total > limit and n > 0:
            return n
    return len(sizes)


def _too_large(op: PushOp, detail: str) -> str:
    size = len(op.model_dump_json()) / (1024 * 1024)
    return user_text("This change is too large for the sync server ({size} MB; {detail}). "
                     "Shorten it (for example the notes), then retry it, or discard it.",
                     size=f"{size:.1f}", detail=detail)
