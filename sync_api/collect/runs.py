"""The office's collection runs: start or join, lease batches, record progress, merge.

A run's accounts are fixed when it starts (one `office_item` each, in batches). A desk
leases a batch with `SELECT ... FOR UPDATE SKIP LOCKED`, so two desks asking at once get
different batches; it keeps the lease with heartbeats. A lease that lapses (the desk died,
lost the network) is handed to the next desk that asks, which gets only the accounts not
reported done yet. An account is done once, by whoever reported it first.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import Connection, text

from shared_models.office import (
    AccountDone,
    Lease,
    LeasedAccount,
    MergeAnswer,
    MergeRequest,
    OfficeRun,
    RunKind,
    RunStart,
)

ACTIVE_SECONDS = 4.0  # a collector not heard from for this long has left (its share goes)
MAX_WAIT = 2.0  # others hold the remaining batches: ask again after at most this

_RUN_SQL = """
    SELECT r.id AS run_id, r.platform, r.kind, r.started_by, r.started_at, r.finished_at,
           r.finished_by, r.total,
           (SELECT count(*) FROM office_item i WHERE i.run_id = r.id AND i.done_by IS NOT NULL)
             AS done
    FROM office_run r"""


def _run(conn: Connection, run_id: UUID, **extra: Any) -> OfficeRun:
    row = conn.execute(text(_RUN_SQL + " WHERE r.id = :id"), {"id": run_id}).one()
    return OfficeRun.model_validate({**row._mapping, **extra})


def latest_runs(conn: Connection, platform: str, limit: int = 1) -> list[OfficeRun]:
    """The running runs first, then the newest."""
    rows = conn.execute(text(_RUN_SQL + """
        WHERE r.platform = :p AND r.kind <> 'offline'
        ORDER BY r.finished_at IS NULL DESC, r.started_at DESC LIMIT :n"""),
        {"p": platform, "n": limit})
    return [OfficeRun.model_validate(dict(r._mapping)) for r in rows]


def daily_run(conn: Connection, platform: str, day: Any) -> OfficeRun | None:
    found = conn.execute(text(_RUN_SQL + " WHERE r.platform = :p AND r.kind = 'daily' "
                                         "AND r.day = :d"), {"p": platform, "d": day}).first()
    return OfficeRun.model_validate(dict(found._mapping)) if found else None


# -- starting or joining ---------------------------------------------------------------

def start_run(conn: Connection, req: RunStart, now: datetime) -> OfficeRun:
    platform = req.platform.value
    if req.kind == RunKind.SELECTED:
        return _start_selected(conn, req, now)
    if req.kind == RunKind.DAILY:
        if req.day is None:
            raise ValueError("A daily run needs the day it is for.")
        existing = daily_run(conn, platform, req.day)
        if existing is not None:
            return _daily_answer(conn, existing, req.device_id, now)
        conflict = "(platform, day) WHERE kind = 'daily'"
    elif req.kind == RunKind.ALL:
        conflict = "(platform) WHERE kind = 'all' AND finished_at IS NULL"
    else:
        raise ValueError("Offline runs are merged, not started.")
    run_id = conn.execute(text(f"""
        INSERT INTO office_run (id, platform, kind, day, started_by, started_at)
        VALUES (:id, :p, :k, :d, :dev, :now) ON CONFLICT {conflict} DO NOTHING RETURNING id"""),
        {"id": uuid4(), "p": platform, "k": req.kind.value, "d": req.day,
         "dev": req.device_id, "now": now}).scalar()
    if run_id is None:  # another desk started it a moment ago: join
        if req.kind == RunKind.DAILY:
            found = daily_run(conn, platform, req.day)
            assert found is not None
            return _daily_answer(conn, found, req.device_id, now)
        joined = conn.execute(text("""
            SELECT id FROM office_run WHERE platform = :p AND kind = 'all'
            AND finished_at IS NULL"""), {"p": platform}).scalar_one()
        return _run(conn, joined, joined=True)
    stale = ""
    params: dict[str, Any] = {"r": run_id, "p": platform, "size": req.batch_size}
    if req.stale_hours is not None:
        stale = """AND NOT EXISTS (SELECT 1 FROM metric_snapshot s
                   WHERE s.account_id = a.id AND s.observed_at >= :since)"""
        params["since"] = now - timedelta(hours=req.stale_hours)
    conn.execute(text(f"""
        INSERT INTO office_item (run_id, account_id, batch_no)
        SELECT :r, a.id, (row_number() OVER (ORDER BY a.handle, a.id) - 1) / :size
        FROM account a WHERE a.platform = :p AND a.deleted_at IS NULL
        AND a.status <> 'inactive' {stale}"""), params)
    _finish_setup(conn, run_id, now)
    return _run(conn, run_id)


def _start_selected(conn: Connection, req: RunStart, now: datetime) -> OfficeRun:
    wanted = list(dict.fromkeys(req.account_ids or []))
    live = set(conn.execute(text("""
        SELECT id FROM account WHERE id = ANY(:ids) AND platform = :p
        AND deleted_at IS NULL"""), {"ids": wanted, "p": req.platform.value}).scalars())
    # Accounts a running run still has to collect are left to it: never fetched twice.
    busy = set(conn.execute(text("""
        SELECT i.account_id FROM office_item i JOIN office_run r ON r.id = i.run_id
        WHERE r.platform = :p AND r.finished_at IS NULL AND i.done_by IS NULL
        AND i.account_id = ANY(:ids)"""), {"p": req.platform.value, "ids": wanted}).scalars())
    take = [a for a in wanted if a in live and a not in busy]
    run_id = uuid4()
    conn.execute(text("""
        INSERT INTO office_run (id, platform, kind, started_by, started_at)
        VALUES (:id, :p, 'selected', :dev, :now)"""),
        {"id": run_id, "p": req.platform.value, "dev": req.device_id, "now": now})
    if take:
        conn.execute(text("""
            INSERT INTO office_item (run_id, account_id, batch_no)
            SELECT :r, a, (n - 1) / :size FROM unnest(CAST(:ids AS uuid[]))
            WITH ORDINALITY AS t(a, n)"""), {"r": run_id, "ids": take, "size": req.batch_size})
    _finish_setup(conn, run_id, now)
    return _run(conn, run_id, elsewhere=[a for a in wanted if a in busy],
                unknown=[a for a in wanted if a not in live])


def _finish_setup(conn: Connection, run_id: UUID, now: datetime) -> None:
    conn.execute(text("""
        INSERT INTO office_batch (run_id, batch_no)
        SELECT DISTINCT run_id, batch_no FROM office_item WHERE run_id = :r"""), {"r": run_id})
    conn.execute(text("""
        UPDATE office_run SET total = (SELECT count(*) FROM office_item WHERE run_id = :r),
        finished_at = CASE WHEN EXISTS (SELECT 1 FROM office_item WHERE run_id = :r)
                           THEN NULL ELSE :now END
        WHERE id = :r"""), {"r": run_id, "now": now})


def _daily_answer(conn: Connection, run: OfficeRun, device_id: str,
                  now: datetime) -> OfficeRun:
    """Today's run exists: done, being collected by a live desk, or orphaned (take it)."""
    if run.finished_at is not None or run.started_by == device_id:
        return run.model_copy(update={"joined": run.started_by != device_id})
    holder = conn.execute(text("""
        SELECT leased_by FROM office_batch WHERE run_id = :r AND finished_at IS NULL
        AND leased_by IS NOT NULL AND leased_by <> :dev AND lease_expires_at > :now
        LIMIT 1"""), {"r": run.run_id, "dev": device_id, "now": now}).scalar()
    if holder is None:
        holder = conn.execute(text("""
            SELECT device_id FROM office_collector WHERE run_id = :r AND device_id <> :dev
            AND NOT leaving AND last_seen_at > :since LIMIT 1"""),
            {"r": run.run_id, "dev": device_id,
             "since": now - timedelta(seconds=ACTIVE_SECONDS)}).scalar()
    if holder is None and run.started_at > now - timedelta(seconds=ACTIVE_SECONDS):
        holder = run.started_by  # just taken; its first lease is on the way
    return run.model_copy(update={"joined": True, "busy_by": holder})


# -- leases ---------------------------------------------------------------------------

def lease_batch(conn: Connection, run_id: UUID, device_id: str, lease_seconds: float,
                now: datetime) -> Lease:
    """The next free batch of the run (or one whose lease lapsed) for `device_id`."""
    while True:
        batch = conn.execute(text("""
            SELECT batch_no FROM office_batch
            WHERE run_id = :r AND finished_at IS NULL
            AND (leased_by IS NULL OR lease_expires_at < :now OR leased_by = :dev)
            ORDER BY leased_by = :dev DESC NULLS LAST, batch_no
            LIMIT 1 FOR UPDATE SKIP LOCKED"""),
            {"r": run_id, "now": now, "dev": device_id}).scalar()
        if batch is None:
            return _nothing_free(conn, run_id, now)
        accounts = [LeasedAccount(id=r.id, handle=r.handle) for r in conn.execute(text("""
            SELECT a.id, a.handle FROM office_item i JOIN account a ON a.id = i.account_id
            WHERE i.run_id = :r AND i.batch_no = :b AND i.done_by IS NULL
            AND a.deleted_at IS NULL ORDER BY a.handle"""), {"r": run_id, "b": batch})]
        if not accounts:  # merged from an offline run, or deleted meanwhile
            conn.execute(text("""UPDATE office_batch SET finished_at = :now
                                 WHERE run_id = :r AND batch_no = :b"""),
                         {"r": run_id, "b": batch, "now": now})
            continue
        conn.execute(text("""
            UPDATE office_batch SET leased_by = :dev, lease_expires_at = :until
            WHERE run_id = :r AND batch_no = :b"""),
            {"dev": device_id, "until": now + timedelta(seconds=lease_seconds), "r": run_id,
             "b": batch})
        return Lease(batch=batch, accounts=accounts)


def _nothing_free(conn: Connection, run_id: UUID, now: datetime) -> Lease:
    soonest = conn.execute(text("""
        SELECT min(lease_expires_at) FROM office_batch
        WHERE run_id = :r AND finished_at IS NULL"""), {"r": run_id}).scalar()
    if soonest is None:
        _close_run(conn, run_id, None, now)
        return Lease(run_finished=True)
    wait = min(MAX_WAIT, max(0.2, (soonest - now).total_seconds()))
    return Lease(wait_seconds=wait)


def _close_run(conn: Connection, run_id: UUID, device_id: str | None, now: datetime) -> bool:
    left = conn.execute(text("""SELECT count(*) FROM office_batch
                                WHERE run_id = :r AND finished_at IS NULL"""),
                        {"r": run_id}).scalar_one()
    if left:
        return False
    conn.execute(text("""UPDATE office_run SET finished_at = :now, finished_by = :dev
                         WHERE id = :r AND finished_at IS NULL"""),
                 {"r": run_id, "now": now, "dev": device_id})
    return True


def record_done(conn: Connection, run_id: UUID, device_id: str, done: list[AccountDone],
                now: datetime) -> int:
    """Mark accounts collected (first report wins); how many were new."""
    if not done:
        return 0
    result = conn.execute(text("""
        UPDATE office_item i SET done_by = :dev, done_at = :now, outcome = d.outcome
        FROM unnest(CAST(:ids AS uuid[]), CAST(:outcomes AS text[])) AS d(id, outcome)
        WHERE i.run_id = :r AND i.account_id = d.id AND i.done_by IS NULL"""),
        {"dev": device_id, "now": now, "r": run_id, "ids": [d.account_id for d in done],
         "outcomes": [d.outcome for d in done]})
    return result.rowcount


def keep_lease(conn: Connection, run_id: UUID, batch: int, device_id: str,
               lease_seconds: float, *, finished: bool, release: bool,
               now: datetime) -> tuple[bool, bool]:
    """Extend, finish or give back the desk's lease: (lease kept, run finished)."""
    holder = conn.execute(text("""
        SELECT leased_by FROM office_batch WHERE run_id = :r AND batch_no = :b
        FOR UPDATE"""), {"r": run_id, "b": batch}).scalar()
    if holder != device_id:
        return False, _run_finished(conn, run_id)
    if finished:
        conn.execute(text("""UPDATE office_batch SET finished_at = :now
                             WHERE run_id = :r AND batch_no = :b"""),
                     {"r": run_id, "b": batch, "now": now})
        return True, _close_run(conn, run_id, device_id, now)
    if release:
        conn.execute(text("""UPDATE office_batch SET leased_by = NULL, lease_expires_at = NULL
                             WHERE run_id = :r AND batch_no = :b"""), {"r": run_id, "b": batch})
        return False, False
    conn.execute(text("""UPDATE office_batch SET lease_expires_at = :until
                         WHERE run_id = :r AND batch_no = :b"""),
                 {"r": run_id, "b": batch, "until": now + timedelta(seconds=lease_seconds)})
    return True, False


def run_done(conn: Connection, run_id: UUID) -> int:
    return conn.execute(text("""SELECT count(*) FROM office_item
                                WHERE run_id = :r AND done_by IS NOT NULL"""),
                        {"r": run_id}).scalar_one()


def _run_finished(conn: Connection, run_id: UUID) -> bool:
    return conn.execute(text("SELECT finished_at IS NOT NULL FROM office_run WHERE id = :r"),
                        {"r": run_id}).scalar() is True


# -- offline runs ---------------------------------------------------------------------

def merge_offline(conn: Connection, req: MergeRequest, now: datetime) -> MergeAnswer:
    """Record a run made alone; its accounts count as collected in the office's running
    runs, so no desk fetches them again."""
    run_id = uuid4()
    inserted = conn.execute(text("""
        INSERT INTO office_run (id, platform, kind, started_by, started_at, finished_at,
                                finished_by, local_run_id)
        VALUES (:id, :p, 'offline', :dev, :start, :end, :dev, :local)
        ON CONFLICT (local_run_id) WHERE local_run_id IS NOT NULL DO NOTHING RETURNING id"""),
        {"id": run_id, "p": req.platform.value, "dev": req.device_id, "start": req.started_at,
         "end": req.finished_at, "local": req.local_run_id}).scalar()
    if inserted is None:
        return MergeAnswer(merged=0, already=True)
    done = list({d.account_id: d for d in req.done}.values())
    ids = [d.account_id for d in done]
    outcomes = [d.outcome for d in done]
    conn.execute(text("""
        INSERT INTO office_item (run_id, account_id, batch_no, done_by, done_at, outcome)
        SELECT :r, d.id, 0, :dev, :end, d.outcome
        FROM unnest(CAST(:ids AS uuid[]), CAST(:outcomes AS text[])) AS d(id, outcome)
        JOIN account a ON a.id = d.id"""),
        {"r": run_id, "dev": req.device_id, "end": req.finished_at, "ids": ids,
         "outcomes": outcomes})
    conn.execute(text("""UPDATE office_run SET total = (SELECT count(*) FROM office_item
                         WHERE run_id = :r) WHERE id = :r"""), {"r": run_id})
    merged = conn.execute(text("""
        UPDATE office_item i SET done_by = :dev, done_at = :now, outcome = d.outcome
        FROM unnest(CAST(:ids AS uuid[]), CAST(:outcomes AS text[])) AS d(id, outcome),
             office_run r
        WHERE r.id = i.run_id AND r.platform = :p AND r.finished_at IS NULL
        AND i.account_id = d.id AND i.done_by IS NULL"""),
        {"dev": req.device_id, "now": now, "ids": ids, "outcomes": outcomes,
         "p": req.platform.value}).rowcount
    return MergeAnswer(merged=merged)
