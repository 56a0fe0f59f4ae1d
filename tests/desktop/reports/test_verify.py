"""Post verification against platform_sim: statuses, untouched columns, blocks and resume."""

from __future__ import annotations

import time
from collections import Counter
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.collect.pace import pace_key
from desktop.jobs import Cancelled, JobContext, quiet
from desktop.reports.verify import verify_posts
from desktop.reports.verify_input import VerifyInputError
from desktop.reports.verify_progress import progress_path
from desktop.reports.verify_result import STATUSES
from desktop.store import Store
from platform_sim.server import SimHandle
from shared_models.platforms import Platform
from tests.desktop.excel.conftest import make_xlsx
from tests.desktop.reports.conftest import (
    FAST,
    a_post_url,
    a_profile,
    b_post_url,
    b_profile,
    posts_where,
)

RESULTS = ["Checked platform", "Checked handle", "Daily visitors", "Followers", "Post status",
           "Reason", "checked_at", "Post title", "Post date", "Comments"]


def read(path: Path, sheet: str | None = None) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path)
    return list((workbook[sheet] if sheet else workbook.worksheets[0]).iter_rows(
        values_only=True))


def statuses(path: Path, header_row: int = 0) -> list[object]:
    rows = read(path)
    col = list(rows[header_row]).index("Post status")
    return [r[col] for r in rows[header_row + 1:]]


def status_rows(sim: SimHandle) -> list[tuple[str, str, str]]:
    """(expected status, profile URL, post URL): every status the sim can produce."""
    a_public, b_public = posts_where(sim, "A")[0], posts_where(sim, "B")[0]
    a_other = next(p for p in posts_where(sim, "A") if p.handle != a_public.handle)
    b_other = next(p for p in posts_where(sim, "B") if p.handle != b_public.handle)
    a_private = posts_where(sim, "A", visibility="private")[0]
    b_restricted = posts_where(sim, "B", visibility="restricted")[0]
    a_deleted = posts_where(sim, "A", deleted=True)[0]
    b_deleted = posts_where(sim, "B", deleted=True)[0]
    return [
        ("public", a_profile(a_public.handle), a_post_url(a_public)),
        ("public", b_profile(b_public.handle), b_post_url(b_public)),
        ("private", a_profile(a_private.handle), a_post_url(a_private)),
        ("restricted", b_profile(b_restricted.handle), b_post_url(b_restricted)),
        ("deleted", a_profile(a_deleted.handle), a_post_url(a_deleted)),
        ("deleted", b_profile(b_deleted.handle), b_post_url(b_deleted)),
        ("not_found", a_profile(a_public.handle), f"{a_profile(a_public.handle)}/12345"),
        ("not_found", b_profile(b_public.handle), "https://b.example.com/p/NoSuchPost1"),
        ("wrong_profile", a_profile(a_public.handle), a_post_url(a_other)),
        ("wrong_profile", f"https://b.example.com/@{b_public.handle}", b_post_url(b_other)),
        ("invalid_url", "블로그 주소 없음", a_post_url(a_public)),
        ("invalid_url", a_profile(a_public.handle), b_post_url(b_public)),
        ("invalid_url", a_profile(a_public.handle), ""),
        ("invalid_url", a_post_url(a_public), a_post_url(a_public)),
    ]


def test_each_row_gets_its_status_metrics_and_checked_at(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    cases = status_rows(sim)
    used = " ".join(profile + post for _, profile, post in cases)
    owners = {p.handle for p in sim.dataset.b.posts.values() if p.post_id in used}
    broken = next(p for p in posts_where(sim, "B")
                  if p.handle not in owners and p.handle not in used)
    sim.configure(broken_handles={broken.handle: "error"})
    cases.append(("error", b_profile(broken.handle), b_post_url(broken)))
    source = make_xlsx(tmp_path / "in.xlsx", [["이름", "프로필 URL", "게시물 URL"]] + [
        [f"row {i}", profile, post] for i, (_, profile, post) in enumerate(cases)])
    out = tmp_path / "out.xlsx"
    result = verify_posts(store, source, out, quiet(), policy=FAST)

    rows = read(out)
    assert list(rows[0]) == ["이름", "프로필 URL", "게시물 URL", *RESULTS]
    assert statuses(out) == [expected for expected, _, _ in cases]
    by_status = Counter(expected for expected, _, _ in cases)
    assert result.counts() == {s: by_status.get(s, 0) for s in STATUSES}
    a_public = posts_where(sim, "A")[0]
    b_public = posts_where(sim, "B")[0]
    first, second = rows[1], rows[2]
    assert first[3:6] == ("A", a_public.handle,
                          sim.dataset.a.profiles[a_public.handle].metrics["daily_visitors"])
    assert second[3:5] == ("B", b_public.handle) and second[5] is None
    assert second[6] == sim.dataset.b.profiles[b_public.handle].metrics["followers"]
    assert all(r[9] is not None for r in rows[1:])  # checked_at on every row
    # Each checked post's title (Platform A has titles) and publication date.
    assert first[10] == a_public.title
    assert str(first[11])[:10] == a_public.published_at[:10]
    assert second[11] is not None and rows[6][11] is None  # a deleted post has no date
    # A public Platform A post's comments are counted; Platform B has none to count.
    assert first[12] == len(sim.dataset.comments(a_public.post_id))
    assert second[12] is None and rows[3][12] is None  # B, and a private A post
    reasons = {r[0]: r[8] for r in rows[1:]}
    assert "not 'kim" not in str(reasons["row 8"]) and "blog" in str(reasons["row 8"])
    assert "belongs to the Platform B account" in str(reasons["row 9"])
    assert "is on Platform A but the post is on Platform B" in str(reasons["row 11"])
    assert "no post URL" in str(reasons["row 12"])
    assert "server error (HTTP 503)" in str(reasons["row 14"])
    summary = dict(read(out, "Summary"))
    assert {s: summary[s] for s in STATUSES} == result.counts()
    assert summary["Total"] == len(cases)
    assert not progress_path(out).exists()


def test_the_users_columns_and_values_survive_untouched(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    post = posts_where(sim, "A")[0]
    other = posts_where(sim, "B")[0]
    rows = [
        ["6월 캠페인 결과", None, None, None, None, None],
        ["담당자", "블로그", "포스팅 링크", "비용", "게시일", "메모"],
        ["김민지", a_profile(post.handle), a_post_url(post), 150000, date(2024, 6, 1),
         "+82 재확인 필요"],
        [None, None, None, None, None, "합계 행: 검증 없음"],
        ["Park", "링크", b_post_url(other), 99.5, None, "@mention, 쉼표"],
    ]
    source = make_xlsx(tmp_path / "in.xlsx", rows, links={"B5": b_profile(other.handle)})
    out = tmp_path / "out.xlsx"
    verify_posts(store, source, out, quiet(), policy=FAST)
    written = read(out)
    assert written[0][:6] == tuple(rows[0])
    assert list(written[1]) == rows[1] + RESULTS
    assert written[2][:4] == tuple(rows[2][:4]) and written[2][5] == "+82 재확인 필요"
    assert written[2][4].date() == date(2024, 6, 1)  # type: ignore[union-attr]
    assert written[3][:6] == tuple(rows[3]) and written[3][6:] == (None,) * len(RESULTS)
    assert written[4][:6] == ("Park", "링크", b_post_url(other), 99.5, None, "@mention, 쉼표")
    assert [r[10] for r in written[2:]] == ["public", None, "public"]
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet["B5"].hyperlink.target == b_profile(other.handle)  # type: ignore[union-attr]
    assert sheet["C3"].hyperlink.target == a_post_url(post)  # type: ignore[union-attr]


def test_rows_that_are_not_public_are_highlighted(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    cases = status_rows(sim)[:4]
    source = make_xlsx(tmp_path / "in.xlsx", [["프로필", "게시물"]] + [
        [profile, post] for _, profile, post in cases])
    out = tmp_path / "out.xlsx"
    verify_posts(store, source, out, quiet(), policy=FAST)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    (rule_range, rules), = [(str(r.sqref), r.rules) for r in sheet.conditional_formatting]
    assert rule_range == "A2:L5"
    assert rules[0].formula == ['AND($G2<>"",$G2<>"public")']
    assert rules[0].dxf.fill is not None
    assert [sheet[f"G{r}"].value for r in range(2, 6)] == [
        "public", "public", "private", "restricted"]


def test_each_profile_and_post_is_asked_once_and_known_fresh_profiles_not_at_all(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    posts = [p for p in posts_where(sim, "A") if p.handle == posts_where(sim, "A")[0].handle]
    handle = posts[0].handle
    source = make_xlsx(tmp_path / "in.xlsx", [["프로필 URL", "게시물 URL"]] + [
        [a_profile(handle), a_post_url(p)] for p in posts for _ in range(3)])
    verify_posts(store, source, tmp_path / "out.xlsx", quiet(), policy=FAST)
    paths = Counter(e.path for e in sim.log())
    assert paths[f"/a/v1/profiles/{handle}"] == 1
    assert all(paths[f"/a/v1/posts/{handle}/{p.post_id}"] == 1 for p in posts)

    from desktop.collect.runs import collect

    influencer = store.create_influencer(name="김민지")
    store.create_account(influencer_id=influencer.id, platform="A", handle=handle)
    collect(store, Platform.A, quiet(), policy=FAST, sync=False)
    sim.reset()
    verify_posts(store, source, tmp_path / "again.xlsx", quiet(), policy=FAST)
    pages = sum(max(1, -(-len(sim.dataset.comments(p.post_id)) // 100)) for p in posts)
    assert Counter(e.kind for e in sim.log()) == {"a_post": len(posts), "a_comments": pages}


def test_a_block_half_way_marks_the_rest_blocked_and_a_rerun_finishes_them(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    b_posts = posts_where(sim, "B")[:16]
    a_posts = posts_where(sim, "A")[:3]
    rows = [["프로필", "게시물", "메모"]]
    rows += [[b_profile(p.handle), b_post_url(p), f"B{i}"] for i, p in enumerate(b_posts)]
    rows += [[a_profile(p.handle), a_post_url(p), f"A{i}"] for i, p in enumerate(a_posts)]
    source = make_xlsx(tmp_path / "in.xlsx", rows)
    out = tmp_path / "out.xlsx"
    sim.configure(rate=2.0, burst=4, block_after=1, block_seconds=600, reset=True)
    first = verify_posts(store, source, out, quiet(), policy=FAST)
    counts = first.counts()
    assert not first.finished and counts["blocked"] > 0 and counts["public"] > 0
    assert set(first.blocked_until) <= {"A", "B"} and first.progress_file is not None
    done_first = {r for r, v in first.results.items() if v.status != "blocked"}
    written = statuses(out)
    assert written.count("blocked") == counts["blocked"]
    assert all(s in ("public", "blocked") for s in written)
    summary = dict(read(out, "Summary"))
    assert summary["blocked"] == counts["blocked"]

    # The block ends (the platform forgets it; our stored pace is told it has ended).
    sim.configure(rate=0.0, block_after=0, reset=True)
    for platform in Platform:
        pace = store.get_setting(pace_key(platform))
        if pace:
            store.set_setting(pace_key(platform), {**pace, "blocked_until": time.time() - 1})
    second = verify_posts(store, source, out, quiet(), policy=FAST)
    assert second.finished and second.resumed == len(done_first)
    assert second.counts()["public"] == len(rows) - 1
    assert statuses(out) == ["public"] * (len(rows) - 1)
    assert [r[2] for r in read(out)[1:]] == [row[2] for row in rows[1:]]
    media_asked = Counter(e.path for e in sim.log() if e.kind in ("b_media", "a_post"))
    assert len(media_asked) == len(rows) - 1 - len(done_first)  # only the rows left
    assert not progress_path(out).exists()


def test_cancel_keeps_the_rows_checked_and_the_next_run_continues(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    posts = posts_where(sim, "B")[:30]
    source = make_xlsx(tmp_path / "in.xlsx", [["프로필", "게시물"]] + [
        [b_profile(p.handle), b_post_url(p)] for p in posts])
    out = tmp_path / "out.xlsx"
    seen: list[int] = []

    def on_progress(event: object) -> None:
        seen.append(1)
        if len(seen) == 8:
            ctx.cancel()

    ctx = JobContext(on_progress=on_progress)  # type: ignore[arg-type]
    with pytest.raises(Cancelled):
        verify_posts(store, source, out, ctx, policy=FAST)
    assert not out.exists() and progress_path(out).exists()
    asked_before = sim.stats()["by_kind"]["b_media"]["requests"]
    again = verify_posts(store, source, out, quiet(), policy=FAST)
    assert again.finished and again.resumed >= 5
    assert sim.stats()["by_kind"]["b_media"]["requests"] - asked_before == 30 - again.resumed
    assert statuses(out) == ["public"] * 30


def test_a_sheet_without_url_columns_is_refused_with_a_sentence(
        store: Store, tmp_path: Path) -> None:
    source = make_xlsx(tmp_path / "in.xlsx", [["이름", "메모"], ["김민지", "hello"]])
    with pytest.raises(VerifyInputError, match="No column with profile URLs was found"):
        verify_posts(store, source, tmp_path / "out.xlsx", quiet())
