"""Writing an import while it is planned.

The pipeline (pipeline.py) validates and plans a file a chunk of rows at a time
(plan.Planner: the same plan as planning it whole). When it applies, `StreamingWrites`
hands the new influencers and accounts each chunk starts to a writer (sinks.py: a thread,
or a process for large files) that inserts them while the next chunk is planned. A later row
can still add to a group already written -- a phone, a tag, another account: such groups
are noted and amended once the plan is final, in the same transaction.

Nothing is committed before `commit`: Cancel, an error or --all-or-nothing with an invalid
row rolls everything back.
"""

from __future__ import annotations

import uuid

from desktop.excel.importing.plan import ImportPlan, PlannedChunk, Planner, give_ids
from desktop.excel.importing.sinks import ImportSink
from desktop.excel.importing.writes import Rids, closing_writes, new_records
from desktop.jobs import JobContext
from desktop.store import Store
from desktop.store.batches import ImportBatch
from desktop.store.bulkrecords import Applied
from desktop.store.models import ts, utc_now
from shared_models.platforms import Platform
from shared_models.texts import user_text


class StreamingWrites:
    def __init__(self, store: Store, sink: ImportSink, *, all_or_nothing: bool) -> None:
        self.sink = sink
        self.all_or_nothing = all_or_nothing
        self.web_base = {p: store.web_base(p) for p in Platform}
        self.now = ts(utc_now())
        self.writing = True
        # {group id: its accounts already written} of written groups a later row added to
        self._amend: dict[str, set[str]] = {}
        self._rids: Rids | None = None
        self._begun = False
        self._total_rows = 0
        # The batch undo takes back (kept if the import changes anything): chosen now, so
        # the writer tags the new records' ops with it as it queues them.
        self.batch_id = str(uuid.uuid4())

    def start(self, total_rows: int, columns: int) -> None:
        """Wait until the writer holds the write lock: from here on the plan's store
        lookups see the state the writes build on."""
        self._total_rows = total_rows
        self._rids = Rids(self.sink.ready(), max(1, total_rows * max(1, columns)))

    def add(self, planner: Planner, planned: PlannedChunk, chunk_rows: int) -> None:
        """Hand the writer what one chunk of rows started; note the groups it amended."""
        if self.writing and self.all_or_nothing and planned.invalid:
            self.sink.abort()  # nothing will be written: stop writing now, keep planning
            self.writing = False
        if not self.writing:
            return
        for group in planned.changed:
            if group.existing is None and group.id not in self._amend:
                self._amend[group.id] = {a.id for a in group.accounts.values() if a.id}
        new = [g for g in planned.started if g.existing is None]
        give_ids(new)
        assert self._rids is not None, "start() first"
        records = new_records(new, self._rids, self.web_base, self.now, planner.name_key)
        if not self._begun:  # the first batch tells how many accounts the file brings
            self.sink.begin(len(records.accounts) * self._total_rows // max(1, chunk_rows),
                            self.batch_id)
            self._begun = True
        self.sink.write(records)

    def commit(self, plan: ImportPlan, job: JobContext, batch: ImportBatch | None = None
               ) -> Applied:
        """Send the closing writes (and `batch`, kept for undo in the same transaction) and
        wait for the commit."""
        assert self._rids is not None and self.writing
        closing = closing_writes(plan.influencers, self._amend, self._rids, self.web_base,
                                 self.now)
        closing.batch = batch
        if not self._begun:
            self.sink.begin(0, self.batch_id)
        total = sum(1 + len(g.accounts) for g in plan.influencers)
        job.progress(self.sink.written, total, user_text("writing"))
        return self.sink.close(closing, job, total)

    def abort(self) -> None:
        self.sink.abort()
