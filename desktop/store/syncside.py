"""What the sync engine does to the store: claim the outbox, apply push results and pulled
changes, rewrite remapped ids. Each call is one transaction, so a sync that dies half-way
leaves the store as it was after the last completed step; the pull cursor moves only in the
transaction that applied the rows it covers.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from desktop.store import conflicts, outbox, pushresults
from desktop.store.connection import Connection
from desktop.store.db import Database
from desktop.store.initialpull import InitialPull, is_empty
from desktop.store.metrics import insert_snapshots
from desktop.store.models import OutboxEntry, PushOutcome, SyncState, parse_ts, ts, utc_now
from desktop.store.searchindex import accounts_of_influencers, refresh_metrics, reindex_accounts
from desktop.store.serverrecords import (
    ACCOUNT,
    ACCOUNT_UPSERT,
    INFLUENCER,
    INFLUENCER_UPSERT,
    SNAPSHOT,
    account_params,
    influencer_params,
    server_ts,
    text,
    with_pending,
)

if TYPE_CHECKING:  # pydantic loads with the sync engine, not with the store
    from shared_models.sync import Change, ChangesPage, OpResult

class SyncSide:
    """What the sync engine asks of the store."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- state -------------------------------------------------------------------------------

    def sync_state(self) -> SyncState:
        with self.db.write() as conn:
            row = conn.exec_driver_sql("SELECT device_id, server_url, cursor, last_sync_at, "
                                       "last_error FROM sync_state WHERE id = 1").first()
            if row is None:
                row = (f"desk-{uuid.uuid4()}", None, 0, None, None)
                conn.exec_driver_sql("INSERT INTO sync_state (id, device_id) VALUES (1, ?)",
                                     (row[0],))
        return SyncState(device_id=row[0], server_url=row[1], cursor=row[2],
                         last_sync_at=parse_ts(row[3]), last_error=row[4])

    def set_server(self, url: str | None) -> None:
        """Point the store at a server; a different server means pulling everything again."""
        state = self.sync_state()
        with self.db.write() as conn:
            if state.server_url != url:
                conn.exec_driver_sql("UPDATE sync_state SET server_url = ?, cursor = 0, "
                                     "last_error = NULL WHERE id = 1", (url,))

    def record_sync_result(self, error: str | None) -> None:
        """After a sync attempt: the time of the last good sync, or the error of this one."""
        with self.db.write() as conn:
            if error is None:
                conn.exec_driver_sql("UPDATE sync_state SET last_sync_at = ?, last_error = NULL "
                                     "WHERE id = 1", (ts(utc_now()),))
            else:
                conn.exec_driver_sql("UPDATE sync_state SET last_error = ? WHERE id = 1",
                                     (error,))

    def reset_cursor(self) -> None:
        """Pull everything again on the next sync (after a schema change on the server)."""
        with self.db.write() as conn:
            conn.exec_driver_sql("UPDATE sync_state SET cursor = 0 WHERE id = 1")

    # -- outbox ------------------------------------------------------------------------------

    def claim_outbox(self, limit: int) -> list[OutboxEntry]:
        with self.db.write() as conn:
            return outbox.claim(conn, limit)

    def outbox_entries(self, rejected: bool | None = None) -> list[OutboxEntry]:
        with self.db.read() as conn:
            return outbox.entries(conn, rejected=rejected)

    def outbox_counts(self) -> tuple[int, int]:
        """(edits waiting to be pushed, edits the server rejected)."""
        with self.db.read() as conn:
            return outbox.count(conn)

    def note_push_error(self, entries: Sequence[OutboxEntry], error: str) -> None:
        with self.db.write() as conn:
            outbox.mark_error(conn, (e.op_id for e in entries), error)

    # -- push results ------------------------------------------------------------------------

    def apply_push_results(self, sent: Sequence[OutboxEntry],
                           results: Sequence[OpResult]) -> PushOutcome:
        """Settle a pushed batch in one transaction; returns how many ops ended how. The log
        is copied into the database file beside the next batch (`checkpoint_behind`), not in
        a commit of the push: ~1 commit in 25 of an import's push paid ~80 ms for it."""
        with self.db.write() as conn:
            outcome = pushresults.apply_push_results(conn, sent, results)
        if not self.db.in_transaction():  # committed (a caller's transaction: its commit)
            self.db.checkpoint_behind()
        return outcome

    # -- conflicts resolved here or elsewhere ------------------------------------------------

    def unsent_resolutions(self) -> list[tuple[str, str]]:
        with self.db.read() as conn:
            return conflicts.unsent_resolutions(conn)

    def mark_resolutions_sent(self, ids: Sequence[str]) -> None:
        with self.db.write() as conn:
            conflicts.mark_sent(conn, ids)

    def open_conflict_ids(self) -> list[str]:
        with self.db.read() as conn:
            return conflicts.open_ids(conn)

    def settle_conflicts(self, resolved: Sequence[tuple[str, str]]) -> int:
        with self.db.write() as conn:
            return conflicts.settle(conn, resolved)

    # -- pull --------------------------------------------------------------------------------

    def can_pull_initial(self) -> bool:
        """Whether the next pull may take the bulk path: nothing pulled, stored or waiting."""
        with self.db.read() as conn:
            return is_empty(conn)

    @contextmanager
    def initial_pull(self) -> Iterator[InitialPull]:
        """A first pull into an empty store, as one bulk transaction (desktop/store/
        initialpull.py): committed, durable and searchable when the block ends, or not at
        all. Raises initialpull.NotEmpty when the store is not empty (any more)."""
        with self.db.bulk_write() as conn:
            yield InitialPull(conn)

    def apply_changes(self, page: ChangesPage) -> int:
        """Apply one pulled page and move the cursor, in one transaction; returns row count."""
        with self.db.write() as conn:
            self._apply_changes(conn, page.changes)
            conn.exec_driver_sql("UPDATE sync_state SET cursor = ? WHERE id = 1 AND cursor < ?",
                                 (page.cursor, page.cursor))
        return len(page.changes)

    def _apply_changes(self, conn: Connection, changes: Sequence[Change]) -> None:
        waiting = {(e, i) for e, i in conn.exec_driver_sql(
            "SELECT DISTINCT entity, id FROM outbox WHERE rejected_reason IS NULL")}
        influencers: list[tuple[Any, ...]] = []
        accounts: list[tuple[Any, ...]] = []
        snapshots: list[tuple[str, str, str, float, str, str]] = []
        touched_influencers: list[str] = []
        touched_accounts: list[str] = []
        for change in changes:  # per row: a page is thousands, so nothing is done twice
            entity = change.entity.value
            record_id = str(change.id)
            if entity == SNAPSHOT:
                data = change.data
                observed = server_ts(data.get("observed_at"))
                if observed is not None:
                    snapshots.append((record_id, str(data["account_id"]),
                                      text(data.get("metric")), float(data.get("value") or 0),
                                      observed, text(data.get("source"))))
                continue
            if entity not in (INFLUENCER, ACCOUNT):
                continue  # attachments are fetched on demand by their own service
            data = {**change.data, "id": record_id, "version": change.version,
                    "deleted_at": change.deleted_at}
            if waiting and (entity, record_id) in waiting:
                data = with_pending(conn, entity, data)
            if entity == INFLUENCER:
                influencers.append(influencer_params(data))
                touched_influencers.append(record_id)
            else:
                accounts.append(account_params(data))
                touched_accounts.append(record_id)
        if influencers:
            conn.exec_driver_sql(INFLUENCER_UPSERT, influencers)
        if accounts:
            conn.exec_driver_sql(ACCOUNT_UPSERT, accounts)
        new = insert_snapshots(conn, snapshots, refresh=False) if snapshots else []
        if touched_influencers:
            touched_accounts += accounts_of_influencers(conn, touched_influencers)
        if touched_accounts:
            reindex_accounts(conn, touched_accounts)
        reindexed = set(touched_accounts)
        refresh_metrics(conn, [r[1] for r in new if r[1] not in reindexed])
