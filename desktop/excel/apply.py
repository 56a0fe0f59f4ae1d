"""Writes a finished ImportPlan into the store in one transaction (all of it, or nothing).

The window's wizard shows the plan first and applies it here on "Import". New records go in
bulk (writes.new_records -> writer.ImportWriter); changed records through the store's
`update_*` calls, which join the same transaction. Cancel (JobContext) or any error rolls
everything back. (`run_import` writes while it plans instead: stream.py.)
"""

from __future__ import annotations

from desktop.excel import storeio
from desktop.excel.gcpause import gc_paused
from desktop.excel.plan import Action, ImportPlan
from desktop.excel.writer import Applied, ImportWriter
from desktop.excel.writes import Rids, closing_writes, new_records
from desktop.jobs import JobContext, quiet
from desktop.store import Store
from desktop.store.models import ts, utc_now
from shared_models.platforms import Platform

__all__ = ["Applied", "apply_plan"]

_GROUPS_PER_BATCH = 2000


def apply_plan(store: Store, plan: ImportPlan, job: JobContext | None = None) -> Applied:
    job = job or quiet()
    web_base = {p: store.web_base(p) for p in Platform}
    now = ts(utc_now())
    new = [g for g in plan.influencers if g.action is Action.CREATE]
    new_accounts = sum(a.action is Action.CREATE for g in plan.influencers
                       for a in g.accounts.values())
    total = len(new) + new_accounts
    with gc_paused(), store.transaction() as conn:
        rids = Rids(storeio.next_account_rid(conn), new_accounts + 1)
        closing = closing_writes(plan.influencers, {}, rids, web_base, now)
        writer = ImportWriter(store, conn, new_accounts - len(closing.new_accounts),
                              job.check_cancelled)
        storeio.check_keys_free(conn, [], closing.new_accounts)
        job.progress(0, total, "writing")
        for start in range(0, len(new), _GROUPS_PER_BATCH):
            records = new_records(new[start:start + _GROUPS_PER_BATCH], rids, web_base, now)
            # The plan was made without the write lock: someone may have added these since.
            storeio.check_keys_free(conn, records.influencers, records.accounts)
            writer.write(records)
            job.progress(writer.applied.created_influencers
                         + writer.applied.created_accounts, total, "writing")
        applied = writer.close(closing)
        job.progress(total, total, "committing")
    return applied
