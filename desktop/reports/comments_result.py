"""What a comment analysis found: posts, comments, commenters and addresses, with counts and
the summary the CLI prints. Plain data; `comments` fills it, `comments_workbook` writes it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from desktop.collect.adapters import Comment
from desktop.collect.errors import format_until
from desktop.reports.profiles import ProfileResult
from desktop.reports.urls import FoundUrl, UrlKind
from shared_models.platforms import PLATFORMS, Platform
from shared_models.texts import Text, join_lines, join_texts, user_text

PostState = Literal["ok", "invalid_url", "private", "deleted", "not_found", "blocked",
                    "error"]
LABEL_A = PLATFORMS[Platform.A].label


@dataclass
class PostOutcome:
    given: str  # as the user gave it
    url: str = ""  # canonical Platform A post URL ("" when not one)
    handle: str = ""
    post_id: str = ""
    state: PostState = "ok"
    reason: str = ""
    comments: int = 0
    pages: int = 0


@dataclass(frozen=True)
class CommentRow:
    post_url: str
    comment: Comment
    urls: tuple[FoundUrl, ...]

    @property
    def created_at(self) -> datetime | str:
        try:
            return datetime.fromisoformat(self.comment.created_at.replace("Z", "+00:00"))
        except ValueError:
            return self.comment.created_at


@dataclass
class Commenter:
    handle: str  # lower-case Platform A handle
    name: str  # the name shown with their (first) comment
    comments: int = 0
    profile: ProfileResult | None = None  # None: not looked up (blocked or stopped)
    profile_url: str = ""

    @property
    def state(self) -> str:
        return "blocked" if self.profile is None else self.profile.source


@dataclass
class UrlTally:
    found: FoundUrl
    count: int = 0
    comment_ids: list[str] = field(default_factory=list)


@dataclass
class CommentAnalysis:
    posts: list[PostOutcome]
    comments: list[CommentRow] = field(default_factory=list)
    commenters: dict[str, Commenter] = field(default_factory=dict)  # by handle
    urls: dict[str, UrlTally] = field(default_factory=dict)  # by canonical URL
    blocked_until: float | None = None
    seconds: float = 0.0
    requests: int = 0  # sent to the platform (429 answers and retries included)
    pages: int = 0
    profiles_from_store: int = 0
    profiles_fetched: int = 0
    snapshots_written: int = 0
    out_path: Path | None = None

    @property
    def guest_comments(self) -> int:
        return sum(1 for c in self.comments if not c.comment.author_handle)

    def urls_by_kind(self) -> dict[str, int]:
        """Mentions (occurrences) per kind, every kind listed."""
        counted: Counter[str] = Counter()
        for tally in self.urls.values():
            counted[tally.found.kind.value] += tally.count
        return {kind.value: counted.get(kind.value, 0) for kind in UrlKind}

    def failures(self) -> list[tuple[str, str]]:
        """(what, why) for every post and commenter that could not be done."""
        out = [(p.given, p.reason) for p in self.posts if p.state != "ok"]
        for c in self.commenters.values():
            if c.profile is None:
                out.append((c.handle, user_text("{platform} blocked requests before this "
                                                "commenter's metrics could be fetched.",
                                                platform=LABEL_A)))
            elif c.profile.source in ("not_found", "error"):
                out.append((c.handle, c.profile.reason))
        return out

    def counts(self) -> dict[str, Any]:
        return {
            "posts": len(self.posts),
            "posts_analysed": sum(1 for p in self.posts if p.state == "ok"),
            "comments": len(self.comments),
            "distinct_commenters": len(self.commenters),
            "comments_without_handle": self.guest_comments,
            "urls": self.urls_by_kind(),
            "distinct_urls": len(self.urls),
            "failures": len(self.failures()),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.counts(),
            "out": str(self.out_path) if self.out_path else None,
            "blocked_until": format_until(self.blocked_until) if self.blocked_until else None,
            "requests": self.requests, "pages": self.pages,
            "profiles_from_store": self.profiles_from_store,
            "profiles_fetched": self.profiles_fetched,
            "seconds": round(self.seconds, 2),
            "post_results": [{"url": p.given, "state": p.state, "comments": p.comments,
                              **({"reason": p.reason} if p.reason else {})}
                             for p in self.posts],
            "failure_list": [{"item": what, "reason": why} for what, why in self.failures()],
        }

    def summary(self) -> Text:
        """Sentences for people (user_text, so the window shows them in its language)."""
        c = self.counts()
        lines: list[str] = [
            user_text("{analysed} of {posts} posts analysed: {comments} comments from "
                      "{commenters} distinct commenters ({anonymous} comments without a "
                      "handle); {urls} addresses found ({distinct_urls} distinct).",
                      analysed=c["posts_analysed"], posts=c["posts"], comments=c["comments"],
                      commenters=c["distinct_commenters"],
                      anonymous=c["comments_without_handle"], urls=sum(c["urls"].values()),
                      distinct_urls=c["distinct_urls"]),
            user_text("{requests} requests in {seconds} s; {stored} commenters' metrics came "
                      "from recent snapshots, {asked} were asked.", requests=self.requests,
                      seconds=f"{self.seconds:.0f}", stored=self.profiles_from_store,
                      asked=self.profiles_fetched)]
        for what, why in self.failures()[:20]:
            lines.append(join_texts(["  " + what, why], ": "))
        if len(self.failures()) > 20:
            lines.append(user_text("  ... and {count} more (see the Summary sheet).",
                                   count=len(self.failures()) - 20))
        if self.blocked_until:
            lines.append(user_text("{platform} blocked requests until {until}; the results "
                                   "are incomplete. Run the analysis again after that.",
                                   platform=LABEL_A, until=format_until(self.blocked_until)))
        if self.out_path:
            lines.append(user_text("Written to {path}.", path=self.out_path))
        return join_lines(lines)
