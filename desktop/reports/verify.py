"""Platform A/B post verification: for each row of a workbook, the profile's current metrics
and whether the post is there for the public to see.

    result = verify_posts(store, Path("campaign.xlsx"), Path("checked.xlsx"), ctx)

Statuses (checked without any login, as a member of the public sees the post):
`public`, `private`, `restricted`, `deleted`, `not_found`, `wrong_profile` (the post belongs
to another account: for Platform A the post URL names its blog, for Platform B the platform
says whose post it is), `invalid_url` (a cell is not a profile / post URL of one platform),
`blocked` (the platform blocked us; checked again on the next run) and `error` (with the
reason).

Each profile and each post is asked at most once per run, a profile not at all when the store
holds a snapshot of it younger than `fresh_hours`. Progress is checkpointed per row
(`verify_progress`): Cancel or a crash loses nothing, and running again continues; a block on
one platform marks that platform's remaining rows `blocked` while the other platform's rows
go on.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from desktop.collect.adapters import PostStatus
from desktop.collect.adapters.platform_a import MAX_COMMENT_PAGE
from desktop.collect.errors import ItemFailed, PlatformBlocked, format_until
from desktop.collect.ratecontrol import RatePolicy
from desktop.i18n.catalog import render
from desktop.jobs import JobContext
from desktop.reports.once import Once
from desktop.reports.profiles import DEFAULT_FRESH_HOURS, ProfileMetrics
from desktop.reports.session import PlatformSession, run_workers
from desktop.reports.verify_input import VerifyInput, read_verify_input
from desktop.reports.verify_progress import RowResult, VerifyProgress, file_sha256
from desktop.reports.verify_result import STATUS_LABELS, VerifyResult
from desktop.reports.verify_workbook import write_verification
from desktop.store import Store
from shared_models.errors import InvalidValue
from shared_models.platforms import PLATFORMS, Platform, RecognizedUrl, recognize_url
from shared_models.texts import Text, join_texts, sentence_of, user_text


def verify_posts(store: Store, in_path: Path, out_path: Path, ctx: JobContext, *,
                 sheet: str | None = None, profile_column: str | None = None,
                 post_column: str | None = None, fresh_hours: float = DEFAULT_FRESH_HOURS,
                 policy: RatePolicy | None = None, restart: bool = False,
                 language: str = "en") -> VerifyResult:
    """Check every row of `in_path` and write `out_path` (FileRefused, VerifyInputError),
    its headers, status values, reasons and summary in `language`."""
    in_path, out_path = Path(in_path), Path(out_path)
    if not out_path.parent.is_dir():
        raise InvalidValue("out", str(out_path), user_text(
            "The folder {folder} does not exist.", folder=out_path.parent))
    if out_path.resolve() == in_path.resolve():
        raise InvalidValue("out", str(out_path), user_text(
            "Write the results to a new file, not over the input."))
    web_bases = {p: store.web_base(p) for p in Platform}
    sheet_input = read_verify_input(in_path, sheet=sheet, profile_column=profile_column,
                                    post_column=post_column, web_bases=web_bases)
    progress = VerifyProgress(out_path, {
        "input_sha256": file_sha256(in_path), "sheet": sheet_input.table.sheet,
        "profile_col": sheet_input.profile_col, "post_col": sheet_input.post_col})
    done = {} if restart else {r: v for r, v in progress.load().items() if v.status != "blocked"}
    result = VerifyResult(in_path, out_path, sheet_input.table.sheet, sheet_input.describe(),
                          resumed=len(done))
    started = time.monotonic()
    progress.open(done)
    try:
        run = _Verification(store, ctx, sheet_input, web_bases, fresh_hours, policy, progress,
                            language)
        asyncio.run(run.execute(result, done))
    finally:
        progress.close(finished=False)
    result.seconds = time.monotonic() - started
    write_verification(sheet_input, result, language)
    progress.close(finished=result.finished)
    result.progress_file = None if result.finished else progress.path
    return result


class _Verification:
    def __init__(self, store: Store, ctx: JobContext, sheet: VerifyInput,
                 web_bases: Mapping[Platform, str], fresh_hours: float,
                 policy: RatePolicy | None, progress: VerifyProgress, language: str) -> None:
        self.store = store
        self.language = language
        self.ctx = ctx
        self.sheet = sheet
        self.web_bases = web_bases
        self.progress = progress
        self.session = PlatformSession(store, ctx, policy)
        self.profiles = ProfileMetrics(store, self.session, fresh_hours=fresh_hours,
                                       report="verify")
        self.posts: Once[tuple[Platform, str, str], PostStatus] = Once()
        self.comment_counts: Once[tuple[str, str], int] = Once()
        self.blocked: dict[Platform, float] = {}

    async def execute(self, result: VerifyResult, done: dict[int, RowResult]) -> None:
        rows = self.sheet.data_rows()
        result.results.update({r: done[r] for r in rows if r in done})
        todo = [r for r in rows if r not in done]
        total, finished = len(rows), len(result.results)
        queue = list(reversed(todo))
        self.ctx.progress(finished, total, user_text("checking rows"))

        async def worker() -> None:
            nonlocal finished
            while queue:
                self.ctx.check_cancelled()
                row = queue.pop()
                checked = await self._row(row)
                result.results[row] = checked
                if checked.status != "blocked":
                    self.progress.append(checked)
                finished += 1
                self.ctx.progress(finished, total, _progress_message(result, self.blocked))

        try:
            for platform in Platform:
                until = self.session.blocked_until(platform)
                if until is not None:
                    self.blocked[platform] = until
            await run_workers(worker() for _ in range(min(self.session.workers, len(todo))))
        finally:
            result.requests = self.session.requests()
            result.blocked_until = {p.value: u for p, u in self.blocked.items()}
            await self.session.aclose()

    async def _row(self, row: int) -> RowResult:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        profile_text = self.sheet.cell(row, self.sheet.profile_col)
        post_text = self.sheet.cell(row, self.sheet.post_col)
        try:
            profile, post = self._parse(profile_text, post_text)
        except InvalidValue as exc:
            return RowResult(row, "invalid_url", reason=self.say(exc.message), checked_at=now)
        platform = profile.platform
        base = RowResult(row, "", platform.value, profile.handle, checked_at=now)
        if platform in self.blocked:
            return self._blocked(base, platform, self.blocked[platform])
        try:
            return await self._check(base, platform, profile, post)
        except PlatformBlocked as exc:
            self.blocked[platform] = exc.until
            return self._blocked(base, platform, exc.until)

    def say(self, text: str) -> str:
        """A reason in the run's language (stored so, so a resumed run reads the same)."""
        return render(text, self.language)

    def _blocked(self, base: RowResult, platform: Platform, until: float) -> RowResult:
        return RowResult(base.row, "blocked", base.platform, base.handle,
                         reason=self.say(user_text(
                             "{platform} blocked requests until {until}; run again after "
                             "that to check this row.", platform=PLATFORMS[platform].label,
                             until=format_until(until))),
                         checked_at=base.checked_at)

    def _parse(self, profile_text: str, post_text: str) -> tuple[RecognizedUrl, RecognizedUrl]:
        if not profile_text:
            raise InvalidValue("url", "", user_text("The row has no profile URL."))
        if not post_text:
            raise InvalidValue("url", "", user_text("The row has no post URL."))
        profile = recognize_url(profile_text, self.web_bases)
        post = recognize_url(post_text, self.web_bases)
        if profile.kind != "profile":
            raise InvalidValue("url", profile_text, user_text(
                "'{value}' is a post URL, not a profile URL.", value=profile_text))
        if post.kind != "post":
            raise InvalidValue("url", post_text, user_text(
                "'{value}' is a profile URL, not a post URL.", value=post_text))
        if post.platform is not profile.platform:
            raise InvalidValue("url", post_text, user_text(
                "The profile is on {profile_platform} but the post is on {post_platform}.",
                profile_platform=PLATFORMS[profile.platform].label,
                post_platform=PLATFORMS[post.platform].label))
        return profile, post

    async def _check(self, base: RowResult, platform: Platform, profile: RecognizedUrl,
                     post: RecognizedUrl) -> RowResult:
        label = PLATFORMS[platform].label
        metrics = await self.profiles.get(platform, profile.handle)
        notes = [self.say(metrics.reason)] if metrics.source in ("not_found", "error") else []
        values = {"daily_visitors": metrics.metric("daily_visitors"),
                  "followers": metrics.metric("followers")}
        post_id = post.post_id or ""
        if platform is Platform.A and post.handle != profile.handle:
            notes.append(self.say(user_text(
                "The post is on the {platform} blog '{post_handle}', not '{handle}'.",
                platform=label, post_handle=post.handle, handle=profile.handle)))
            return _with(base, "wrong_profile", values, notes)
        try:
            status = await self.posts.get(
                (platform, post.handle, post_id),
                lambda: self.session.adapter(platform).post_status(post.handle, post_id))
        except ItemFailed as exc:
            return _with(base, "error", values, [*notes, self.say(sentence_of(exc))])
        if platform is Platform.B and status.state in ("public", "private", "restricted") \
                and status.handle.lower() != profile.handle:
            notes.append(self.say(user_text(
                "The post belongs to the {platform} account '{post_handle}', not '{handle}'.",
                platform=label, post_handle=status.handle, handle=profile.handle)))
            return _with(base, "wrong_profile", values, notes)
        comments = None
        if platform is Platform.A and status.state == "public":
            try:
                comments = await self.comment_counts.get(
                    (post.handle, post_id), lambda: self._count_comments(post.handle, post_id))
            except ItemFailed as exc:
                notes.append(self.say(user_text("Its comments could not be counted: {reason}",
                                                reason=sentence_of(exc))))
        return replace(_with(base, status.state, values, notes), post_title=status.title,
                       post_date=status.published_at or "", comments=comments)

    async def _count_comments(self, handle: str, post_id: str) -> int:
        """A public Platform A post's comments, counted page by page (largest pages)."""
        adapter = self.session.adapter(Platform.A)
        count, cursor = 0, None
        while True:
            page = await adapter.comments_page(handle, post_id, cursor, MAX_COMMENT_PAGE)
            count += len(page.comments)
            cursor = page.next_cursor
            if not cursor:
                return count
            self.ctx.check_cancelled()


def _with(base: RowResult, status: str, values: dict[str, float | None],
          notes: Iterable[str]) -> RowResult:
    return RowResult(base.row, status, base.platform, base.handle, values["daily_visitors"],
                     values["followers"], " ".join(n for n in notes if n), base.checked_at)



def _progress_message(result: VerifyResult, blocked: Mapping[Platform, float]) -> Text:
    counts = Counter(r.status for r in result.results.values())
    message = join_texts([user_text("{count} {status}", count=n, status=STATUS_LABELS[s])
                          for s, n in counts.most_common(4)], ", ")
    if blocked:
        return user_text("{counts}; blocked: {platforms}", counts=message,
                         platforms=join_texts([PLATFORMS[p].label for p in blocked], ", "))
    return message
