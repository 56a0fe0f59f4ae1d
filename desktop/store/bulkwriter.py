"""A bulk write (an import) on one store transaction: batches of new records as the plan
makes them, then the closing writes, committed together (or rolled back together).

`serve` is the loop a writer thread or process runs (see desktop/excel/importing/sinks.py): it opens
the store's bulk transaction (taking the write lock), answers with the first free account
row id, then has an `ImportWriter` write what it is sent until "close" (commit) or "abort"
(roll back). Both the CLI import and the wizard write through it.
"""

from __future__ import annotations

import bisect
import queue
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from desktop.store import batches, bulk, searchindex
from desktop.store.bulkrecords import Applied, ClosingWrites, NewRecords, RecordChange, unpack
from desktop.store.connection import Connection
from desktop.store.store import Store

_BATCH = 5000  # records per statement between two looks at Cancel
_LATE_TEXTS = 30_000  # late text entries kept back at most (one write-out per this many)
_AFTER = 1 << 62  # sorts after any rid: (key, _AFTER) bounds every entry with that key


class ImportWriter:
    def __init__(self, store: Store, conn: Connection, expected_accounts: int,
                 check_cancelled: Callable[[], None], first_rid: int, batch_id: str) -> None:
        self.store = store
        self.conn = conn
        self.batch_id = batch_id  # the import's batch: its new records' ops are tagged with it
        # What this write adds from here on is the import batch's (record_import).
        self.marks = batches.write_marks(conn, first_rid)
        self.check_cancelled = check_cancelled
        self.applied = Applied()
        self._rebuilt = searchindex.begin_bulk(conn, expected_accounts)
        # Text entries go into the FTS5 indexes in ascending key order, and the keys put the
        # platform above the rid: FTS5 writes out its pending terms whenever a key goes
        # backwards, and doing that once per batch made the text indexes ~2x slower. So a
        # batch's entries below the highest key written so far wait, and go in together.
        self._high_key = -1
        self._late_texts: list[searchindex.TextEntry] = []

    def write(self, batch: NewRecords) -> None:
        conn = self.conn
        self._in_slices(batch.influencers,
                        lambda part: bulk.insert_influencers(conn, part, batch.now,
                                                             self.batch_id))
        self._in_slices(batch.accounts,
                        lambda part: bulk.insert_accounts(conn, part, batch.now, self.batch_id))
        self._in_slices(batch.search_rows,
                        lambda part: searchindex.insert_created_rows(conn, part, batch.now))
        texts = sorted(batch.texts)
        cut = bisect.bisect(texts, (self._high_key, _AFTER))
        self._late_texts += texts[:cut]
        self._insert_texts(texts[cut:])
        if texts:
            self._high_key = max(self._high_key, texts[-1][0])
        if len(self._late_texts) >= _LATE_TEXTS:
            self._insert_late_texts()
        self.applied.created_influencers += len(batch.influencers)
        self.applied.created_accounts += len(batch.accounts)

    def _in_slices(self, items: Sequence[Any], write: Callable[[Any], None]) -> None:
        """`write` a slice of `_BATCH` items at a time, looking at Cancel before each."""
        for start in range(0, len(items), _BATCH):
            self.check_cancelled()
            write(items[start:start + _BATCH])

    def _insert_texts(self, texts: list[searchindex.TextEntry]) -> None:
        self._in_slices(texts, lambda part: searchindex.insert_entries(self.conn, [], part))

    def _insert_late_texts(self) -> None:
        late, self._late_texts = self._late_texts, []
        late.sort()
        self._insert_texts(late)

    def _update_each(self, changes: Sequence[RecordChange],
                     update: Callable[..., object]) -> None:
        """The store's own update_* per changed record (they join this transaction)."""
        for i, change in enumerate(changes):
            if i % 200 == 0:
                self.check_cancelled()
            update(change.id, **change.fields)

    def close(self, closing: ClosingWrites) -> Applied:
        """The closing writes; the caller commits."""
        conn, store = self.conn, self.store
        self.check_cancelled()
        self._insert_late_texts()
        searchindex.end_bulk(conn, self._rebuilt)
        bulk.amend_influencers(conn, closing.amended_influencers, closing.now)
        self._update_each(closing.influencer_changes, store.update_influencer)
        bulk.insert_accounts(conn, closing.new_accounts, closing.now, self.batch_id)
        bulk.amend_accounts(conn, closing.amended_accounts, closing.now)
        self.check_cancelled()
        searchindex.reindex_accounts(conn, [a.id for a in closing.amended_accounts]
                                     + [a.id for a in closing.new_accounts])
        self._update_each(closing.account_changes, store.update_account)
        if closing.batch is not None:
            if closing.batch.id != self.batch_id:
                raise ValueError("The import's batch is not the one its writer began with.")
            batches.record_import(conn, closing.batch, self.marks)
        applied = self.applied
        applied.created_accounts += len(closing.new_accounts)
        applied.updated_influencers += len(closing.influencer_changes)
        applied.updated_accounts += len(closing.account_changes)
        return applied


class Inbox(Protocol):
    def get(self, block: bool = True, timeout: float | None = None) -> Any: ...


class Outbox(Protocol):
    def put(self, item: Any, block: bool = True, timeout: float | None = None) -> None: ...


class Aborted(Exception):
    """The planning side asked for a rollback (Cancel, an error, --all-or-nothing)."""


def serve(store: Store, inbox: Inbox, replies: Outbox, cancelled: Callable[[], bool],
          sender_alive: Callable[[], bool] = lambda: True) -> None:
    """Write what `inbox` brings, inside one transaction.

    Messages in: ("begin", expected new accounts, the import's batch id), ("write",
    NewRecords or its bulkrecords.pack)...,
    ("close", ClosingWrites) or ("abort",). Replies: ("ready", first free account rid),
    ("written", records so far)..., then ("done", Applied) or ("failed", kind, message).
    After "done" it still checkpoints the store, so wait for it before deleting the store.
    """

    def check() -> None:
        if cancelled():
            raise Aborted()

    def receive() -> Any:
        while True:  # never wait forever on a sender that has gone (its lock would stay held)
            try:
                return inbox.get(timeout=0.5)
            except queue.Empty:
                if not sender_alive():
                    raise Aborted() from None
                check()

    try:
        with store.bulk_transaction() as conn:
            first_rid = bulk.next_account_rid(conn)
            replies.put(("ready", first_rid))
            message = receive()
            if message[0] != "begin":
                raise Aborted()
            writer = ImportWriter(store, conn, message[1], check, first_rid, message[2])
            written = 0
            while True:
                message = receive()
                if message[0] == "write":
                    batch = message[1]
                    if isinstance(batch, bytes):  # from another process (excel/sinks.py)
                        batch = unpack(batch)
                    writer.write(batch)
                    written += batch.records
                    replies.put(("written", written))
                elif message[0] == "close":
                    applied = writer.close(message[1])
                    break
                else:
                    raise Aborted()
        replies.put(("done", applied))
        # Committed and on disk; copying it into the database file no longer holds up the
        # planning side (which has returned by now): done here, beside it.
        store.checkpoint()
    except Aborted:
        replies.put(("failed", "aborted", "The import was stopped; nothing was written."))
    except Exception as exc:  # reported to the planning side, which raises it there
        replies.put(("failed", type(exc).__name__, str(exc)))
