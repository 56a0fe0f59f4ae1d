"""Writes a finished ImportPlan into the store in one transaction (all of it, or nothing).

The window's wizard shows the plan first and applies it here on "Import". The plan's new
records are handed, a batch at a time, to the same writer `run_import` uses (sinks.py: a
process for large plans, so building the batches and SQLite's work overlap, and the window's
interpreter is left to the window); changed records go through the store's `update_*` calls
in the same transaction. The plan was made before the writer took the write lock, so the
writer checks that nobody added the same records since (KeyTaken). Cancel (JobContext) or
any error rolls everything back. (`run_import` writes while it plans instead: stream.py.)
"""

from __future__ import annotations

from desktop.excel.gcpause import gc_paused
from desktop.excel.plan import Action, ImportPlan
from desktop.excel.sinks import open_sink
from desktop.excel.writes import Rids, closing_writes, new_records
from desktop.jobs import JobContext, quiet
from desktop.store import Store
from desktop.store.bulkrecords import Applied
from desktop.store.models import ts, utc_now
from shared_models.platforms import Platform

__all__ = ["Applied", "apply_plan"]

_GROUPS_PER_BATCH = 5000
# From this many new records on, the writer is a process (see sinks.open_sink).
PROCESS_MIN_RECORDS = 10_000


def apply_plan(store: Store, plan: ImportPlan, job: JobContext | None = None, *,
               writer: str = "auto") -> Applied:
    job = job or quiet()
    new = [g for g in plan.influencers if g.action is Action.CREATE]
    new_accounts = sum(a.action is Action.CREATE for g in plan.influencers
                       for a in g.accounts.values())
    total = len(new) + new_accounts
    sink = open_sink(store, writer, large=total >= PROCESS_MIN_RECORDS)
    try:
        with gc_paused():
            web_base = {p: store.web_base(p) for p in Platform}
            now = ts(utc_now())
            rids = Rids(sink.ready(), new_accounts + 1)
            closing = closing_writes(plan.influencers, {}, rids, web_base, now)
            sink.begin(new_accounts - len(closing.new_accounts), check_keys=True)
            job.progress(0, total, "writing")
            for start in range(0, len(new), _GROUPS_PER_BATCH):
                job.check_cancelled()
                sink.write(new_records(new[start:start + _GROUPS_PER_BATCH], rids, web_base,
                                       now))
                job.progress(sink.written, total, "writing")
            applied = sink.close(closing, job, total)
    except BaseException:
        sink.abort()
        raise
    job.progress(total, total, "committed")
    return applied
