"""What a post verification found, row by row, with its counts and the summary the CLI
prints. Plain data; `verify` fills it, `verify_workbook` writes it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.collect.errors import format_until
from desktop.reports.verify_progress import RowResult
from shared_models.platforms import PLATFORMS, Platform
from shared_models.texts import Text, join_lines, join_texts, user_text

STATUSES = ("public", "private", "restricted", "deleted", "not_found", "wrong_profile",
            "invalid_url", "blocked", "error")
# How each status reads in the workbook and the summary: the code itself in English (the
# documented values), a word in Korean ("공개", "비공개" ...).
STATUS_LABELS: dict[str, Text] = {
    "public": user_text("public"), "private": user_text("private"),
    "restricted": user_text("restricted"), "deleted": user_text("deleted"),
    "not_found": user_text("not_found"), "wrong_profile": user_text("wrong_profile"),
    "invalid_url": user_text("invalid_url"), "blocked": user_text("blocked"),
    "error": user_text("error"),
}


@dataclass
class VerifyResult:
    in_path: Path
    out_path: Path
    sheet: str
    columns: str  # which columns were read, in words
    results: dict[int, RowResult] = field(default_factory=dict)  # by 0-based input row
    resumed: int = 0  # rows an interrupted run had finished (not asked again)
    blocked_until: dict[str, float] = field(default_factory=dict)  # platform -> epoch
    requests: int = 0
    seconds: float = 0.0
    progress_file: Path | None = None  # kept when rows are left for the next run

    @property
    def finished(self) -> bool:
        return not any(r.status == "blocked" for r in self.results.values())

    def counts(self) -> dict[str, int]:
        counted = Counter(r.status for r in self.results.values())
        return {status: counted.get(status, 0) for status in STATUSES}

    def to_dict(self) -> dict[str, Any]:
        return {
            "in": str(self.in_path), "out": str(self.out_path), "sheet": self.sheet,
            "columns": self.columns, "rows": len(self.results), "counts": self.counts(),
            "resumed_rows": self.resumed, "finished": self.finished,
            "blocked_until": {p: format_until(u) for p, u in self.blocked_until.items()},
            "requests": self.requests, "seconds": round(self.seconds, 2),
            "progress_file": str(self.progress_file) if self.progress_file else None,
        }

    def summary(self) -> Text:
        """Sentences for people (user_text, so the window shows them in its language)."""
        counts = self.counts()
        shown = join_texts([user_text("{count} {status}", count=n, status=STATUS_LABELS[s])
                            for s, n in counts.items() if n], ", ")
        lines: list[str] = [
            user_text("{count} rows checked ({columns}): {counts}.", count=len(self.results),
                      columns=self.columns, counts=shown or "-"),
            user_text("{requests} requests in {seconds} s.", requests=self.requests,
                      seconds=f"{self.seconds:.0f}")]
        if self.resumed:
            lines.append(user_text("Continued an interrupted run: {count} rows were already "
                                   "checked and were not asked again.", count=self.resumed))
        for platform, until in self.blocked_until.items():
            lines.append(user_text("{platform} blocked requests until {until}; {count} rows "
                                   "are marked blocked. Run it again after that to finish "
                                   "them.", platform=PLATFORMS[Platform(platform)].label,
                                   until=format_until(until), count=counts["blocked"]))
        lines.append(user_text("Written to {path}.", path=self.out_path))
        return join_lines(lines)
