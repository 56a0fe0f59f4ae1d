"""What a collection run reports: one outcome per account and a summary."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from desktop.collect.errors import format_until
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
        """Sentences for people (user_text, so the window shows them in its language)."""
        c = self.counts()
        label = PLATFORMS[Platform(self.platform)].label
        lines: list[str] = [user_text(
            "{platform}: {ok} collected, {not_found} not found, {failed} failed, {blocked} "
            "blocked in {seconds} s ({pace} requests/s learned).", platform=label, ok=c["ok"],
            not_found=c["not_found"], failed=c["error"], blocked=c["blocked"],
            seconds=f"{self.seconds:.0f}", pace=f"{self.pace:.1f}")]
        if self.resumed:
            lines.append(user_text("Continued an interrupted run: {count} accounts were "
                                   "already done and were not asked again.",
                                   count=self.skipped))
        for o in self.outcomes:
            if o.outcome == "error":
                lines.append(user_text("  @{handle}: {reason}", handle=o.handle, reason=o.reason))
        if self.blocked_until:
            lines.append(user_text("The platform blocked requests until {until}; {count} "
                                   "accounts are left. Run it again after that to continue.",
                                   until=format_until(self.blocked_until), count=self.left))
        elif self.cancelled:
            lines.append(user_text("Stopped: {count} accounts are left; run it again to "
                                   "continue.", count=self.left))
        if self.sync:
            lines.append(user_text("Sync: {result}", result=self.sync))
        return join_lines(lines)
