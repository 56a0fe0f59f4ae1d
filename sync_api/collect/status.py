"""What the office's collection looks like now: the run, who collects, the pace, blocks.

Read by the desks (the window's status line: "paused until ...", "collected today at ...
by ...") and by the admin status page.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, text

from shared_models.office import CollectorStatus, OfficeCollection, PlatformOffice
from shared_models.platforms import PLATFORMS, Platform
from sync_api.collect.runs import ACTIVE_SECONDS, daily_run, latest_runs

RECENT_COLLECTORS = timedelta(hours=24)


def office_collection(conn: Connection, now: datetime | None = None) -> OfficeCollection:
    now = now or datetime.now(UTC)
    out = []
    for platform, spec in PLATFORMS.items():
        key = platform.value
        runs = latest_runs(conn, key)
        pace = conn.execute(text("""SELECT state, blocked_until, requests, limited, blocks
                                    FROM office_pace WHERE platform = :p"""),
                            {"p": key}).first()
        state = (pace.state if pace is not None else None) or {}
        collectors = [CollectorStatus(
            device_id=r.device_id, last_seen_at=r.last_seen_at, run_id=r.run_id,
            batch=r.batch_no, ok=r.ok, limited=r.limited,
            active=not r.leaving and r.last_seen_at > now - timedelta(seconds=ACTIVE_SECONDS))
            for r in conn.execute(text("""
                SELECT * FROM office_collector WHERE platform = :p AND last_seen_at > :since
                ORDER BY last_seen_at DESC"""), {"p": key, "since": now - RECENT_COLLECTORS})]
        blocked = pace.blocked_until if pace is not None else None
        out.append(PlatformOffice(
            platform=platform, label=spec.label, run=runs[0] if runs else None,
            collectors=collectors, office_rate=state.get("rate"),
            limit_estimate=state.get("limit_estimate"),
            blocked_until=blocked if blocked is not None and blocked > now else None,
            requests=pace.requests if pace is not None else 0,
            limited=pace.limited if pace is not None else 0,
            blocks=pace.blocks if pace is not None else 0,
            daily=daily_run(conn, key, now.date()) if platform == Platform.A else None))
    return OfficeCollection(generated_at=now, platforms=out)
