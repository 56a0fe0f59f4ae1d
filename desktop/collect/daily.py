"""Run Platform A's daily collection when its schedule says it is due (see `schedule`).

Apart from `schedule` (pure time arithmetic the window reads at start) because running a
collection needs the whole collector and the sync client.
"""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.collect.outcomes import RunResult
from desktop.collect.runs import collect
from desktop.collect.schedule import DONE_BY_KEY, LAST_RUN_KEY, next_daily_run
from desktop.jobs import JobContext
from desktop.store import Store
from shared_models.platforms import Platform

DAILY_STALE_HOURS = 20.0  # accounts collected by hand earlier today are not asked again


def run_if_due(store: Store, ctx: JobContext, now: datetime | None = None) -> RunResult | None:
    """Run Platform A's daily collection if it is due; None if it was not.

    With a sync server the day's run is the office's: the first desk up after the scheduled
    time takes it; the others learn who collected it and when ("collected today at 09:02
    by FRONT-DESK"), or that another desk is collecting it now (asked again next time, so
    a desk that dies mid-run is replaced). A run that did not finish (blocked, cancelled)
    is not recorded, so the next call continues it (a block is honoured without a single
    request).
    """
    now = now or datetime.now().astimezone()
    due = next_daily_run(store, now)
    if due is None or due > now:
        return None
    result = collect(store, Platform.A, ctx, stale_hours=DAILY_STALE_HOURS, daily=due.date())
    if result.finished:
        store.set_setting(LAST_RUN_KEY, datetime.now(UTC).isoformat())
    store.set_setting(DONE_BY_KEY, {"by": result.done_by, "at": result.done_at}
                      if result.done_by else None)
    return result

