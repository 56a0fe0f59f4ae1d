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
from collections.abc import Iterable
from pathlib import Path

from desktop.collect.adapters import Comment, PlatformAdapter
from desktop.collect.errors import ItemFailed, NotFound, PlatformBlocked, format_until
from desktop.collect.ratecontrol import RatePolicy
from desktop.jobs import JobContext
from desktop.reports.comments_result import (
    LABEL_A,
    CommentAnalysis,
    Commenter,
    CommentRow,
    PostOutcome,
    UrlTally,
)
from desktop.reports.comments_workbook import write_analysis
from desktop.reports.profiles import DEFAULT_FRESH_HOURS, ProfileMetrics
from desktop.reports.session import PlatformSession, run_workers
from desktop.reports.urls import find_urls
from desktop.store import Store
from shared_models.errors import InvalidValue
from shared_models.platforms import (
    PLATFORMS,
    Platform,
    RecognizedUrl,
    profile_url,
    recognize_url,
)
from shared_models.texts import sentence_of, user_text

PAGE_SIZE = 100


def analyze_comments(store: Store, post_urls: Iterable[str], ctx: JobContext, *,
                     out_path: Path | None = None,
                     fresh_hours: float = DEFAULT_FRESH_HOURS,
                     policy: RatePolicy | None = None,
                     language: str = "en") -> CommentAnalysis:
    """Analyse the comments of these Platform A posts; write the workbook to `out_path`
    (its headers and labels in `language`)."""
    web_bases = {p: store.web_base(p) for p in Platform}
    posts = parse_post_urls(post_urls, web_bases)
    if not posts:
        raise InvalidValue("post_urls", "", user_text("Give at least one Platform A post URL."))
    if all(p.state == "invalid_url" for p in posts):
        reasons = " ".join(p.reason for p in posts[:5])
        raise InvalidValue("post_urls", "", user_text(
            "None of the URLs is a {platform} post URL. {reasons}", platform=LABEL_A,
            reasons=reasons))
    analysis = CommentAnalysis(posts)
    started = time.monotonic()
    asyncio.run(_Analysis(store, ctx, analysis, web_bases, fresh_hours, policy).run())
    analysis.seconds = time.monotonic() - started
    if out_path is not None:
        analysis.out_path = write_analysis(analysis, Path(out_path), language)
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
            reason = exc.message
        else:
            reason = ""
            if found.platform is not Platform.A or found.kind != "post":
                where = PLATFORMS[found.platform].label
                reason = (user_text("'{value}' is a {platform} profile URL, not a {wanted} "
                                    "post URL.", value=text, platform=where, wanted=LABEL_A)
                          if found.kind == "profile" else
                          user_text("'{value}' is a {platform} post URL, not a {wanted} post "
                                    "URL.", value=text, platform=where, wanted=LABEL_A))
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
            reason = user_text("{platform} blocked requests until {until}; this post's "
                               "comments were not (all) fetched.", platform=LABEL_A,
                               until=format_until(self.a.blocked_until))
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
                    post.state, post.reason = "not_found", sentence_of(exc)
                    await self._hidden(adapter, post)
                except ItemFailed as exc:
                    post.state, post.reason = "error", sentence_of(exc)
                else:
                    post.comments = len(comments)
                    self.fetched[post.url] = comments
                    if not comments:  # none, or none readable: a private post shows none
                        await self._hidden(adapter, post)
                done += 1
                self.ctx.progress(done, len(todo), user_text(
                    "posts: {url} ({count} comments)", url=post.url, count=post.comments))

        await run_workers(worker() for _ in range(min(self.session.workers, len(todo))))

    async def _hidden(self, adapter: PlatformAdapter, post: PostOutcome) -> None:
        """A post that showed no comments (or none at all): private and removed posts get
        their own state instead of "analysed, 0 comments" / "not found". One request, only
        for such posts."""
        try:
            status = await adapter.post_status(post.handle, post.post_id)
        except PlatformBlocked as exc:
            self.a.blocked_until = exc.until
            return
        except ItemFailed:
            return  # keep what the comments said
        if status.state in ("private", "restricted"):
            post.state, post.reason = "private", user_text(
                "The post is private on {platform}; its comments cannot be read.",
                platform=LABEL_A)
        elif status.state == "deleted":
            post.state, post.reason = "deleted", user_text(
                "The post was removed from {platform}.", platform=LABEL_A)

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
                self.ctx.progress(done, total, user_text("commenters' metrics"))

        if total:
            self.ctx.progress(0, total, user_text("commenters' metrics"))
        await run_workers(worker() for _ in range(min(self.session.workers, total)))
