"""What a collection run reports: one outcome per account and a summary."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from desktop.collect.errors import format_clock, format_until
from shared_models.collection_runs import CollectionRunReport
from shared_models.platforms import PLATFORMS, Platform
from shared_models.texts import Text, join_lines, user_text

Outcome = Literal["ok", "not_found", "blocked", "error"]


@dataclass(frozen=True)
class AccountOutcome:
    account_id: str
    handle: str
    outcome: Outcome
    reason: str = ""
    metrics: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"account_id": self.account_id, "handle": self.handle,
                                "outcome": self.outcome}
        if self.reason:
            data["reason"] = self.reason
        if self.metrics:
            data["metrics"] = self.metrics
        return data


@dataclass
class RunResult:
    run_id: str
    platform: str
    resumed: bool  # continued an interrupted run
    total: int  # accounts in the run
    skipped: int  # already collected by the interrupted run, not asked again
    outcomes: list[AccountOutcome] = field(default_factory=list)
    left: int = 0  # not tried yet (cancelled or blocked); the next run continues with them
    blocked_until: float | None = None
    cancelled: bool = False
    finished: bool = False  # every account tried; nothing pending
    seconds: float = 0.0
    requests: int = 0
    pace: float = 0.0  # learned requests/s at the end
    sync: str = ""  # what happened to the new snapshots afterwards
    # The office's run (see desktop.collect.coordinated); "" = this desk alone, no server.
    office: str = ""  # "started" | "joined" | "offline" (server unreachable: alone, merged later)
    by_others: int = 0  # accounts of the office's run other desks collected
    elsewhere: int = 0  # selected accounts left to the office's running run
    done_by: str | None = None  # the daily run: the desk that collected it
    done_at: float | None = None  # ... and when (epoch seconds)
    busy_by: str | None = None  # the daily run: another desk is collecting it now

    def counts(self) -> dict[str, int]:
        counted = Counter(o.outcome for o in self.outcomes)
        return {k: counted.get(k, 0) for k in ("ok", "not_found", "error", "blocked")}

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id, "platform": self.platform, "resumed": self.resumed,
            "total": self.total, "skipped_already_done": self.skipped, "left": self.left,
            "counts": self.counts(), "finished": self.finished, "cancelled": self.cancelled,
            "blocked_until": (format_until(self.blocked_until) if self.blocked_until else None),
            "seconds": round(self.seconds, 2), "requests": self.requests,
            "pace_per_s": round(self.pace, 2), "sync": self.sync,
            "office": self.office, "by_other_desks": self.by_others,
            "left_to_office_run": self.elsewhere, "done_by": self.done_by,
            "done_at": format_until(self.done_at) if self.done_at else None,
            "busy_by": self.busy_by,
            "accounts": [o.to_dict() for o in self.outcomes],
        }

    def report(self, device_id: str, started_at: datetime) -> CollectionRunReport:
        """This run as the sync service's admin status records it (sent with the next sync)."""
        counts = self.counts()
        return CollectionRunReport(
            id=uuid.uuid4(), device_id=device_id, platform=Platform(self.platform),
            started_at=started_at, finished_at=datetime.now(UTC), total=self.total,
            ok=counts["ok"], not_found=counts["not_found"], error=counts["error"],
            blocked=counts["blocked"], left=self.left,
            blocked_until=(datetime.fromtimestamp(self.blocked_until, UTC)
                           if self.blocked_until else None),
            finished=self.finished, cancelled=self.cancelled)

    def summary(self) -> Text:
        """Sentences for people (user_text, so the window and the CLI show them in the
        user's language)."""
        c = self.counts()
        label = PLATFORMS[Platform(self.platform)].label
        lines: list[str] = [user_text(
            "{platform}: {ok} collected, {not_found} not found, {failed} failed, {blocked} "
            "blocked in {seconds} s ({pace} requests/s learned).", platform=label, ok=c["ok"],
            not_found=c["not_found"], failed=c["error"], blocked=c["blocked"],
            seconds=f"{self.seconds:.0f}", pace=f"{self.pace:.1f}")]
        if self.done_by:
            lines = [user_text("{platform}: collected today at {time} by {desk}; nothing to "
                               "do.", platform=label, time=format_clock(self.done_at or 0),
                               desk=self.done_by)]
        elif self.busy_by:
            lines = [user_text("{platform}: {desk} is collecting today's run; nothing to do "
                               "here.", platform=label, desk=self.busy_by)]
        if self.office in ("started", "joined"):
            lines.append(user_text(
                "The office's run: {total} accounts; this desk collected {mine}, other desks "
                "{others}.", total=self.total,
                mine=sum(n for k, n in self.counts().items() if k != "blocked"),
                others=self.by_others))
        elif self.office == "offline":
            lines.append(user_text(
                "The sync server could not be reached: this desk collected alone; the run is "
                "merged with the office's when the server is back."))
        if self.elsewhere:
            lines.append(user_text("{count} of the selected accounts are being collected by "
                                   "the office's running run and were not asked twice.",
                                   count=self.elsewhere))
        if self.resumed and not self.office:
            lines.append(user_text("Continued an interrupted run: {count} accounts were "
                                   "already done and were not asked again.",
                                   count=self.skipped))
        for o in self.outcomes:
            if o.outcome == "error":
                lines.append(user_text("  @{handle}: {reason}", handle=o.handle, reason=o.reason))
        if self.blocked_until and self.office in ("started", "joined"):
            lines.append(user_text(
                "{platform} is paused until {time}: the platform blocked the office; {count} "
                "accounts are left. Every desk waits; run it again after that to continue.",
                platform=label, time=format_clock(self.blocked_until), count=self.left))
        elif self.blocked_until:
            lines.append(user_text("The platform blocked requests until {until}; {count} "
                                   "accounts are left. Run it again after that to continue.",
                                   until=format_until(self.blocked_until), count=self.left))
        elif self.cancelled:
            lines.append(user_text("Stopped: {count} accounts are left; run it again to "
                                   "continue.", count=self.left))
        if self.sync:
            lines.append(user_text("Sync: {result}", result=self.sync))
        return join_lines(lines)
