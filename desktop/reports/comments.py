"""Platform A comment analysis: every comment of the given posts, who wrote them (with their
metrics) and every address they mention.

    analysis = analyze_comments(store, ["https://a.example.com/minji/123", ...], ctx,
                                out_path=Path("comments.xlsx"))

Requests: one per page of comments (100 per page) and one per distinct commenter handle that
has no recent snapshot in the store; nothing is asked twice. Input URLs that are not Platform
A posts, deleted posts and failed commenters are reported, not fatal. A block stops the work:
what was gathered is still written, and the summary says what is missing. Cancel raises
`Cancelled` and writes nothing.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from desktop.collect.adapters import Comment
from desktop.collect.errors import ItemFailed, NotFound, PlatformBlocked, format_until
from desktop.collect.ratecontrol import RatePolicy
from desktop.jobs import JobContext
from desktop.reports.profiles import DEFAULT_FRESH_HOURS, ProfileMetrics, ProfileResult
from desktop.reports.session import PlatformSession, run_workers
from desktop.reports.urls import FoundUrl, UrlKind, find_urls
from desktop.store import Store
from shared_models.errors import InvalidValue
from shared_models.platforms import (
    PLATFORMS,
    Platform,
    RecognizedUrl,
    profile_url,
    recognize_url,
)

PAGE_SIZE = 100
PostState = Literal["ok", "invalid_url", "not_found", "blocked", "error"]
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
                out.append((c.handle, f"{LABEL_A} blocked requests before this commenter's "
                                      "metrics could be fetched."))
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

    def summary(self) -> str:
        c = self.counts()
        lines = [f"{c['posts_analysed']} of {c['posts']} posts analysed: {c['comments']} "
                 f"comments from {c['distinct_commenters']} distinct commenters "
                 f"({c['comments_without_handle']} comments without a handle); "
                 f"{sum(c['urls'].values())} addresses found ({c['distinct_urls']} distinct).",
                 f"{self.requests} requests in {self.seconds:.0f} s; "
                 f"{self.profiles_from_store} commenters' metrics came from recent "
                 f"snapshots, {self.profiles_fetched} were asked."]
        for what, why in self.failures()[:20]:
            lines.append(f"  {what}: {why}")
        if len(self.failures()) > 20:
            lines.append(f"  ... and {len(self.failures()) - 20} more (see the Summary sheet).")
        if self.blocked_until:
            lines.append(f"{LABEL_A} blocked requests until {format_until(self.blocked_until)}; "
                         "the results are incomplete. Run the analysis again after that.")
        if self.out_path:
            lines.append(f"Written to {self.out_path}.")
        return "\n".join(lines)


def analyze_comments(store: Store, post_urls: Iterable[str], ctx: JobContext, *,
                     out_path: Path | None = None,
                     fresh_hours: float = DEFAULT_FRESH_HOURS,
                     policy: RatePolicy | None = None) -> CommentAnalysis:
    """Analyse the comments of these Platform A posts; write the workbook to `out_path`."""
    web_bases = {p: store.web_base(p) for p in Platform}
    posts = parse_post_urls(post_urls, web_bases)
    if not posts:
        raise InvalidValue("post_urls", "", "Give at least one Platform A post URL.")
    if all(p.state == "invalid_url" for p in posts):
        reasons = " ".join(p.reason for p in posts[:5])
        raise InvalidValue("post_urls", "", f"None of the URLs is a {LABEL_A} post URL. "
                           f"{reasons}")
    analysis = CommentAnalysis(posts)
    started = time.monotonic()
    asyncio.run(_Analysis(store, ctx, analysis, web_bases, fresh_hours, policy).run())
    analysis.seconds = time.monotonic() - started
    if out_path is not None:
        from desktop.reports.comments_workbook import write_analysis

        analysis.out_path = write_analysis(analysis, Path(out_path))
    return analysis


def parse_post_urls(post_urls: Iterable[str],
                    web_bases: dict[Platform, str] | None = None) -> list[PostOutcome]:
    """One outcome per distinct input; those that are not Platform A posts are refused."""
    seen: set[str] = set()
    posts: list[PostOutcome] = []
    for given in post_urls:
        text = str(given).strip()
        if not text:
            continue
        found: RecognizedUrl | None = None
        try:
            found = recognize_url(text, web_bases)
        except InvalidValue as exc:
            reason = str(exc)
        else:
            reason = ""
            if found.platform is not Platform.A or found.kind != "post":
                reason = (f"'{text}' is a {PLATFORMS[found.platform].label} {found.kind} "
                          f"URL, not a {LABEL_A} post URL.")
        key = found.url if found is not None and not reason else text
        if key in seen:
            continue
        seen.add(key)
        if reason or found is None:
            posts.append(PostOutcome(text, state="invalid_url", reason=reason))
        else:
            posts.append(PostOutcome(text, found.url, found.handle, found.post_id or ""))
    return posts


class _Analysis:
    def __init__(self, store: Store, ctx: JobContext, analysis: CommentAnalysis,
                 web_bases: dict[Platform, str], fresh_hours: float,
                 policy: RatePolicy | None) -> None:
        self.store = store
        self.ctx = ctx
        self.a = analysis
        self.web_bases = web_bases
        self.session = PlatformSession(store, ctx, policy)
        self.profiles = ProfileMetrics(store, self.session, fresh_hours=fresh_hours,
                                       report="comments")
        self.fetched: dict[str, list[Comment]] = {}

    async def run(self) -> None:
        try:
            todo = [p for p in self.a.posts if p.state == "ok"]
            self.a.blocked_until = self.session.blocked_until(Platform.A)
            if self.a.blocked_until is None:
                await self._fetch_posts(todo)
            self._collect_rows()
            if self.a.blocked_until is None:
                await self._fetch_commenters()
        finally:
            self.a.requests = self.session.requests()
            self.a.profiles_from_store = self.profiles.from_store
            self.a.profiles_fetched = self.profiles.fetched
            self.a.snapshots_written = self.profiles.snapshots_written
            await self.session.aclose()
        if self.a.blocked_until is not None:
            reason = (f"{LABEL_A} blocked requests until {format_until(self.a.blocked_until)}; "
                      "this post's comments were not (all) fetched.")
            for post in self.a.posts:
                if post.state == "ok" and post.url not in self.fetched:
                    post.state, post.reason = "blocked", reason

    # -- comments, page by page -------------------------------------------------------

    async def _fetch_posts(self, todo: list[PostOutcome]) -> None:
        queue = list(reversed(todo))
        adapter = self.session.adapter(Platform.A)
        done = 0

        async def worker() -> None:
            nonlocal done
            while queue and self.a.blocked_until is None:
                self.ctx.check_cancelled()
                post = queue.pop()
                comments: list[Comment] = []
                cursor: str | None = None
                try:
                    while True:
                        page = await adapter.comments_page(post.handle, post.post_id, cursor,
                                                           PAGE_SIZE)
                        post.pages += 1
                        self.a.pages += 1
                        comments += page.comments
                        cursor = page.next_cursor
                        if not cursor:
                            break
                        self.ctx.check_cancelled()
                except PlatformBlocked as exc:
                    self.a.blocked_until = exc.until
                    return
                except NotFound as exc:
                    post.state, post.reason = "not_found", str(exc)
                except ItemFailed as exc:
                    post.state, post.reason = "error", str(exc)
                else:
                    post.comments = len(comments)
                    self.fetched[post.url] = comments
                done += 1
                self.ctx.progress(done, len(todo), f"posts: {post.url} ({post.comments} "
                                                   "comments)")

        await run_workers(worker() for _ in range(min(self.session.workers, len(todo))))

    def _collect_rows(self) -> None:
        base_a = self.web_bases[Platform.A]
        for post in self.a.posts:
            for comment in self.fetched.get(post.url, []):
                urls = tuple(find_urls(comment.text, self.web_bases))
                self.a.comments.append(CommentRow(post.url, comment, urls))
                for found in urls:
                    tally = self.a.urls.setdefault(found.url, UrlTally(found))
                    tally.count += 1
                    if not tally.comment_ids or tally.comment_ids[-1] != comment.id:
                        tally.comment_ids.append(comment.id)
                handle = (comment.author_handle or "").strip().lower()
                if not handle:
                    continue
                commenter = self.a.commenters.get(handle)
                if commenter is None:
                    commenter = self.a.commenters[handle] = Commenter(
                        handle, comment.author_name, profile_url=profile_url(
                            Platform.A, handle, base_a))
                commenter.comments += 1

    # -- commenters' metrics, once each -----------------------------------------------

    async def _fetch_commenters(self) -> None:
        queue = list(reversed(self.a.commenters.values()))
        total = len(queue)
        done = 0

        async def worker() -> None:
            nonlocal done
            while queue and self.a.blocked_until is None:
                self.ctx.check_cancelled()
                commenter = queue.pop()
                try:
                    commenter.profile = await self.profiles.get(Platform.A, commenter.handle)
                except PlatformBlocked as exc:
                    self.a.blocked_until = exc.until
                    return
                done += 1
                self.ctx.progress(done, total, "commenters' metrics")

        if total:
            self.ctx.progress(0, total, "commenters' metrics")
        await run_workers(worker() for _ in range(min(self.session.workers, total)))
