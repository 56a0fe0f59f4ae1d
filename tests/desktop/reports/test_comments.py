"""Comment analysis against platform_sim: exact sheets, request counts, reuse, failures."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from desktop.jobs import JobContext, quiet
from desktop.reports.comments import analyze_comments
from desktop.store import Store
from platform_sim.dataset import Comment, Mention
from platform_sim.server import SimHandle
from shared_models.errors import InvalidValue
from shared_models.platforms import Platform, post_url, profile_url
from shared_models.records import MetricSnapshot
from tests.desktop.reports.conftest import FAST, a_post_url, posts_where, requests_by_kind


def sheet_rows(path: Path, name: str) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path)
    return list(workbook[name].iter_rows(values_only=True))


def canonical(m: Mention) -> str:
    platform = Platform(m.platform)
    if m.kind == "post":
        return post_url(platform, m.handle, m.post_id or "")
    return profile_url(platform, m.handle)


def summary(path: Path) -> dict[object, object]:
    return {row[0]: row[1] for row in sheet_rows(path, "Summary")}


def test_the_workbook_holds_every_comment_commenter_and_address(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    posts = posts_where(sim, "A")[:3]
    out = tmp_path / "comments.xlsx"
    analysis = analyze_comments(store, [a_post_url(p) for p in posts], quiet(), out_path=out,
                                policy=FAST)
    truth: list[tuple[str, Comment]] = [(a_post_url(p), c) for p in posts
                                        for c in sim.dataset.comments(p.post_id)]
    authors = Counter(c.author_handle for _, c in truth if c.author_handle)
    profiles = sim.dataset.a.profiles

    comments = sheet_rows(out, "Comments")
    assert comments[0] == ("Post URL", "Comment ID", "Date", "Commenter name",
                           "Commenter handle", "Daily visitors", "Followers", "Text",
                           "URLs found")
    assert len(comments) - 1 == len(truth) == 750
    for row, (url, c) in zip(comments[1:], truth, strict=True):
        assert row[:2] == (url, c.id)
        assert (row[3], row[4] or None, row[7]) == (c.author_name, c.author_handle, c.text)
        known = profiles.get(c.author_handle or "")
        assert row[5] == (known.metrics["daily_visitors"] if known else None)
        assert (row[8] or "").split("\n") == ([canonical(m) for m in c.mentions]
                                              if c.mentions else [""])

    commenters = {row[0]: row for row in sheet_rows(out, "Commenters")[1:]}
    assert set(commenters) == set(authors)
    for handle, n in authors.items():
        row = commenters[handle]
        assert row[2] == n and row[10] == profile_url(Platform.A, handle)
        if handle in profiles:
            assert row[3] == profiles[handle].metrics["daily_visitors"]
            assert row[5] == profiles[handle].metrics["followers"]
        else:
            assert row[3] is None and row[8] == "profile not found"

    mentions = Counter(canonical(m) for _, c in truth for m in c.mentions)
    urls = {row[0]: row for row in sheet_rows(out, "URLs")[1:]}
    assert {u: row[5] for u, row in urls.items()} == dict(mentions)
    some = next(iter(mentions))
    assert set(str(urls[some][6]).split(", ")) == {
        c.id for _, c in truth if any(canonical(m) == some for m in c.mentions)}

    facts = summary(out)
    by_kind = Counter(f"{m.platform.lower()}_{m.kind}" for _, c in truth for m in c.mentions)
    assert facts["Posts"] == facts["Posts analysed"] == 3
    assert facts["Comments"] == 750
    assert facts["Distinct commenters"] == len(authors)
    assert facts["Comments without a handle"] == sum(1 for _, c in truth if not c.author_handle)
    assert facts["URLs: Platform A profile"] == by_kind["a_profile"]
    assert facts["URLs: Platform B post"] == by_kind["b_post"]
    assert facts["URLs: Other"] == 0
    missing = [h for h in authors if h not in profiles]
    assert facts["Failures"] == len(missing)
    assert analysis.counts()["distinct_commenters"] == len(authors)


def test_every_page_is_fetched_once_and_every_commenter_asked_once(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    sim.configure(comments_per_post=430)  # five pages of 100 per post
    posts = posts_where(sim, "A")[:2]
    analysis = analyze_comments(store, [a_post_url(p) for p in posts], quiet(),
                                out_path=tmp_path / "c.xlsx", policy=FAST)
    paths = Counter(e.path for e in sim.log())
    assert analysis.counts()["comments"] == 860
    assert requests_by_kind(sim) == {"a_comments": 10,
                                     "a_profile": analysis.counts()["distinct_commenters"]}
    assert analysis.requests == sim.stats()["requests"]
    assert analysis.requests == analysis.pages + analysis.profiles_fetched
    for post in posts:  # five pages each (the log keeps paths without the cursor)
        assert paths[f"/a/v1/posts/{post.handle}/{post.post_id}/comments"] == 5
    assert all(n == 1 for path, n in paths.items() if "/profiles/" in path)


def test_a_known_commenter_with_a_fresh_snapshot_costs_no_request(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    post = posts_where(sim, "A")[0]
    authors = Counter(c.author_handle for c in sim.dataset.comments(post.post_id)
                      if c.author_handle in sim.dataset.a.profiles)
    fresh, stale = [h for h, _ in authors.most_common(2)]
    influencer = store.create_influencer(name="김민지")
    now = datetime.now(UTC)
    for handle, observed, value in ((fresh, now - timedelta(hours=2), 777.0),
                                    (stale, now - timedelta(days=3), 5.0)):
        account = store.create_account(influencer_id=influencer.id, platform="A",
                                       handle=handle)
        store.add_snapshots([MetricSnapshot(
            id=uuid.uuid4(), account_id=account.id, metric=m, value=value,
            observed_at=observed, source="test") for m in ("daily_visitors", "followers")])
    out = tmp_path / "c.xlsx"
    analysis = analyze_comments(store, [a_post_url(post)], quiet(), out_path=out,
                                fresh_hours=24, policy=FAST)
    asked = Counter(e.path.rsplit("/", 1)[-1] for e in sim.log() if e.kind == "a_profile")
    assert asked[fresh] == 0 and asked[stale] == 1
    assert analysis.profiles_from_store == 1
    commenters = {row[0]: row for row in sheet_rows(out, "Commenters")[1:]}
    assert commenters[fresh][3] == 777 and commenters[fresh][8] == "recent snapshot"
    assert commenters[fresh][2] == authors[fresh]
    expected = sim.dataset.a.profiles[stale].metrics["daily_visitors"]
    assert commenters[stale][3] == expected and commenters[stale][9] == "yes"
    # The stale account got a new snapshot: the next analysis asks nobody it knows.
    stored = store.latest_metrics(store.find_account("A", stale).id)  # type: ignore[union-attr]
    assert stored["daily_visitors"].value == expected
    sim.reset()
    analyze_comments(store, [a_post_url(post)], quiet(), policy=FAST)
    asked = Counter(e.path.rsplit("/", 1)[-1] for e in sim.log() if e.kind == "a_profile")
    assert asked[fresh] == asked[stale] == 0


def test_inputs_that_are_not_platform_a_posts_are_reported_not_fatal(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    good = posts_where(sim, "A")[0]
    deleted = posts_where(sim, "A", deleted=True)[0]
    b_post = posts_where(sim, "B")[0]
    inputs = [a_post_url(good), a_post_url(good) + "/", f"a.example.com/{good.handle}",
              post_url(Platform.B, "", b_post.post_id), "not a url", a_post_url(deleted)]
    out = tmp_path / "c.xlsx"
    analysis = analyze_comments(store, inputs, quiet(), out_path=out, policy=FAST)
    states = [(p.given, p.state) for p in analysis.posts]
    assert states == [(inputs[0], "ok"), (inputs[2], "invalid_url"),
                      (inputs[3], "invalid_url"), (inputs[4], "invalid_url"),
                      (inputs[5], "deleted")]
    facts = summary(out)
    assert facts["Posts"] == 5 and facts["Posts analysed"] == 1
    assert "is a Platform A profile URL, not a Platform A post URL" in str(
        facts[f"Failed: {inputs[2]}"])
    assert "was removed from Platform A" in str(facts[f"Failed: {inputs[5]}"])
    assert requests_by_kind(sim)["a_comments"] == 3 + 1


def test_no_valid_post_url_is_bad_input_and_asks_nothing(
        sim: SimHandle, store: Store) -> None:
    with pytest.raises(InvalidValue, match="None of the URLs is a Platform A post URL"):
        analyze_comments(store, ["https://b.example.com/minji", "hello"], quiet())
    assert sim.stats()["requests"] == 0


def test_a_block_stops_the_analysis_and_is_reported(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    sim.configure(rate=2.0, burst=3, block_after=1, block_seconds=600, reset=True)
    posts = posts_where(sim, "A")[:4]
    out = tmp_path / "c.xlsx"
    analysis = analyze_comments(store, [a_post_url(p) for p in posts], quiet(), out_path=out,
                                policy=FAST)
    assert analysis.blocked_until is not None
    assert any(p.state == "blocked" for p in analysis.posts)
    assert sim.stats()["blocks"] == 1 and sim.stats()["blocked_requests"] <= 8
    facts = summary(out)
    assert "Blocked until" in facts
    # While the block lasts, a new analysis sends nothing at all.
    sim.reset()
    again = analyze_comments(store, [a_post_url(posts[0])], quiet(), policy=FAST)
    assert again.blocked_until is not None and sim.stats()["requests"] == 0


def test_cancel_stops_and_writes_nothing(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    from desktop.jobs import Cancelled

    ctx = JobContext(on_progress=lambda event: ctx.cancel())
    out = tmp_path / "c.xlsx"
    with pytest.raises(Cancelled):
        analyze_comments(store, [a_post_url(p) for p in posts_where(sim, "A")[:6]], ctx,
                         out_path=out, policy=FAST)
    assert not out.exists() and list(tmp_path.glob("*.xlsx")) == []


def test_private_and_removed_posts_have_their_own_state_not_zero_comments(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    public = posts_where(sim, "A")[0]
    private = posts_where(sim, "A", visibility="private")[0]
    removed = posts_where(sim, "A", deleted=True)[0]
    urls = [a_post_url(p) for p in (public, private, removed)]
    out = tmp_path / "c.xlsx"
    analysis = analyze_comments(store, urls, quiet(), out_path=out, policy=FAST)
    assert [p.state for p in analysis.posts] == ["ok", "private", "deleted"]
    assert analysis.posts[1].comments == 0 and "private" in analysis.posts[1].reason
    facts = summary(out)
    assert facts["Posts analysed"] == 1
    assert "is private on Platform A" in str(facts[f"Failed: {urls[1]}"])
