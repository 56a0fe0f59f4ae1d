"""One learned pace per platform for the whole office, fed by every collecting desk.

Each heartbeat brings what the platform answered a desk since the last one (successes,
429s with their Retry-After, a block). The same learner a lone desktop runs
(`shared_models.pace`) turns them into the office's pace; each active desk gets an equal
share of it, so desks joining or leaving rebalance at their next heartbeat. A 429 or a block
seen by one desk pauses or stops all of them. The state is stored in `office_pace` on every
heartbeat, so it survives restarts; the learner's short memory (the last seconds of
answers) is kept in this process and rebuilt from the stored state after a restart.
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

from shared_models.office import Heartbeat, PaceAnswer
from shared_models.pace import PaceLearner, RatePolicy, RateState
from sync_api.collect.runs import ACTIVE_SECONDS

# The office's learner starts faster than a lone desk's (probe upward quickly, back off on
# the first 429) and settles closer under the limit (the shared run is long, and every
# 429's pause stops all desks).
OFFICE_POLICY = RatePolicy(initial_rate=2.0, slow_start_factor=2.0, plateau=0.98,
                           creep=0.002, max_creep=0.01, backoff=0.9,
                           max_limited_per_window=8, previous_round_on_overshoot=True,
                           probe_growth=0.015)


@dataclass
class _Cached:
    learner: PaceLearner
    stamp: datetime  # `office_pace.updated_at` it was last saved with


class OfficePace:
    """The in-process learners (one per platform); the database row is the truth."""

    def __init__(self, policy: RatePolicy | None = None) -> None:
        self.policy = policy or OFFICE_POLICY
        self._cached: dict[str, _Cached] = {}
        self._lock = threading.Lock()  # the row lock orders heartbeats; this guards the dict

    def learner(self, platform: str, state: dict[str, Any] | None,
                stamp: datetime) -> PaceLearner:
        with self._lock:
            cached = self._cached.get(platform)
            if cached is None or cached.stamp != stamp:  # restarted, or another process
                cached = _Cached(PaceLearner(self.policy, _state(state)), stamp)
                self._cached[platform] = cached
            return cached.learner

    def saved(self, platform: str, stamp: datetime) -> None:
        with self._lock:
            if platform in self._cached:
                self._cached[platform].stamp = stamp


def _state(data: dict[str, Any] | None) -> RateState | None:
    """A stored or offered state, or None when it is not a usable one (hostile input)."""
    if not isinstance(data, dict):
        return None
    try:
        state = RateState.from_dict(data)
    except TypeError:
        return None
    numbers = (state.rate, state.ceiling, state.pause_until, state.blocked_until)
    if not all(isinstance(n, int | float) and math.isfinite(n) for n in numbers):
        return None
    if state.limit_estimate is not None and not (
            isinstance(state.limit_estimate, int | float) and state.limit_estimate > 0):
        return None
    return state if state.rate > 0 else None


def heartbeat(conn: Connection, office: OfficePace, beat: Heartbeat,
              now: datetime) -> PaceAnswer:
    """Apply a desk's answers to the office's pace; its share, the pause and the block."""
    platform = beat.platform.value
    conn.execute(text("INSERT INTO office_pace (platform) VALUES (:p) ON CONFLICT DO NOTHING"),
                 {"p": platform})
    row = conn.execute(text("""SELECT state, updated_at FROM office_pace WHERE platform = :p
                               FOR UPDATE"""), {"p": platform}).one()
    stored = row.state
    if stored is None and _state(beat.learned) is not None:
        stored = beat.learned  # the first desk's own experience seeds the office's pace
    learner = office.learner(platform, stored, row.updated_at)
    epoch = now.timestamp()
    was_blocked = learner.blocked(epoch)
    for _ in range(beat.ok):
        learner.on_success(epoch)
    paces = beat.limited_pace if len(beat.limited_pace) == len(beat.limited) else []
    for i, retry_after in enumerate(beat.limited):
        learner.on_rate_limited(retry_after, epoch, paces[i] if paces else None)
    new_block = False
    if beat.blocked_seconds is not None:
        learner.note_block(epoch + beat.blocked_seconds, epoch)
        new_block = not was_blocked
    s = learner.s
    blocked_until = (datetime.fromtimestamp(s.blocked_until, UTC)
                     if s.blocked_until > epoch else None)
    conn.execute(text("""
        UPDATE office_pace SET state = CAST(:state AS jsonb), blocked_until = :blocked,
        updated_at = :now,
        requests = requests + :n, limited = limited + :lim, blocks = blocks + :blk
        WHERE platform = :p"""),
        {"state": json.dumps(s.to_dict()), "blocked": blocked_until, "now": now, "p": platform,
         "n": beat.ok + len(beat.limited), "lim": len(beat.limited), "blk": int(new_block)})
    office.saved(platform, now)
    conn.execute(text("""
        INSERT INTO office_collector (platform, device_id, run_id, batch_no, last_seen_at,
                                      leaving, ok, limited)
        VALUES (:p, :dev, :run, :batch, :now, :leaving, :ok, :lim)
        ON CONFLICT (platform, device_id) DO UPDATE SET run_id = excluded.run_id,
            batch_no = excluded.batch_no, last_seen_at = excluded.last_seen_at,
            leaving = excluded.leaving,
            ok = CASE WHEN office_collector.run_id IS DISTINCT FROM excluded.run_id
                      THEN excluded.ok ELSE office_collector.ok + excluded.ok END,
            limited = CASE WHEN office_collector.run_id IS DISTINCT FROM excluded.run_id
                      THEN excluded.limited ELSE office_collector.limited + excluded.limited END
        """), {"p": platform, "dev": beat.device_id, "run": beat.run_id, "batch": beat.batch,
               "now": now, "leaving": beat.leaving, "ok": beat.ok, "lim": len(beat.limited)})
    active = conn.execute(text("""
        SELECT count(*) FROM office_collector WHERE platform = :p AND NOT leaving
        AND last_seen_at > :since"""),
        {"p": platform, "since": now - timedelta(seconds=ACTIVE_SECONDS)}).scalar_one()
    collectors = max(1, active)
    return PaceAnswer(
        office_rate=s.rate, share=s.rate / collectors, collectors=collectors,
        pause_seconds=max(0.0, s.pause_until - epoch),
        blocked_seconds=max(0.0, s.blocked_until - epoch),
        limit_estimate=s.limit_estimate, state=s.to_dict())
