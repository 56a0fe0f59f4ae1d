"""The import that writes while it plans.

The rows are validated and planned a chunk at a time; the new influencers and accounts each
chunk starts are written (sinks.py: a writer thread, or a process for large files) while the
next chunk is planned. A later row can still add to a group already written -- a phone, a
tag, another account: such groups are noted and amended once the plan is final, in the same
transaction. The plan, and so the preview counts, are exactly those of planning the file
whole (plan.Planner); only the time differs.

Nothing is committed before `commit`: Cancel, an error or --all-or-nothing with an invalid
row rolls everything back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

from desktop.excel.limits import ImportLimits
from desktop.excel.mapping import SheetMapping
from desktop.excel.plan import ImportPlan, OnDuplicate, Planner, StoreLookup, give_ids
from desktop.excel.reader import Table
from desktop.excel.sinks import ImportSink
from desktop.excel.validate import ParsedRow, parse_rows
from desktop.excel.writes import Rids, closing_writes, new_records
from desktop.jobs import JobContext
from desktop.store import Store
from desktop.store.bulkrecords import Applied
from desktop.store.models import ts, utc_now
from shared_models.phones import DEFAULT_REGION
from shared_models.platforms import Platform

CHUNK_ROWS = 5000

T = TypeVar("T")


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class StreamingImport:
    def __init__(self, store: Store, sink: ImportSink, *, all_or_nothing: bool,
                 chunk_rows: int | None = None) -> None:
        self.store = store
        self.sink = sink
        self.all_or_nothing = all_or_nothing
        self.chunk_rows = chunk_rows or CHUNK_ROWS
        self.web_base = {p: store.web_base(p) for p in Platform}
        self.now = ts(utc_now())
        self.writing = True
        # {group id: its accounts already written} of written groups a later row added to
        self._amend: dict[str, set[str]] = {}
        self._rids: Rids | None = None
        self._begun = False

    def plan(self, table: Table, mapping: SheetMapping, on_duplicate: OnDuplicate,
             limits: ImportLimits, job: JobContext) -> ImportPlan:
        store, sink = self.store, self.sink
        header_row = mapping.header_row
        total = max(0, len(table.rows) - header_row - 1)
        # The writer holds the write lock from here: the plan's store lookups see the
        # state the writes build on.
        self._rids = Rids(sink.ready(), max(1, total * max(1, len(mapping.columns))))
        region = str(store.get_setting("phone_region", DEFAULT_REGION))
        planner = Planner(StoreLookup(store), on_duplicate)
        rows = parse_rows(table, mapping, region=region, web_bases=self.web_base,
                          limits=limits)
        for chunk in _chunks(rows, self.chunk_rows):
            job.check_cancelled()
            self._add(planner, chunk, total)
            job.progress(chunk[-1].row - header_row - 1, total, "checking and writing rows")
        return planner.finish()

    def _add(self, planner: Planner, chunk: list[ParsedRow], total: int) -> None:
        planned = planner.add(chunk)
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
        assert self._rids is not None
        records = new_records(new, self._rids, self.web_base, self.now, planner.name_key)
        if not self._begun:  # the first batch tells how many accounts the file brings
            self.sink.begin(len(records.accounts) * total // max(1, len(chunk)))
            self._begun = True
        self.sink.write(records)

    def commit(self, plan: ImportPlan, job: JobContext) -> Applied:
        assert self._rids is not None and self.writing
        closing = closing_writes(plan.influencers, self._amend, self._rids, self.web_base,
                                 self.now)
        if not self._begun:
            self.sink.begin(0)
        total = sum(1 + len(g.accounts) for g in plan.influencers)
        job.progress(self.sink.written, total, "writing")
        return self.sink.close(closing, job, total)

    def abort(self) -> None:
        self.sink.abort()
