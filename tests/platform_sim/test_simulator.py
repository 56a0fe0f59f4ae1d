"""The simulator speaks the platform contract, limits and blocks like a real host, and is
deterministic per seed."""

from __future__ import annotations

import email.utils
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from platform_sim.config import SimConfig
from platform_sim.dataset import Dataset
from platform_sim.server import SimHandle, running_sim
from shared_models.platforms import PLATFORMS, Platform, recognize_url


@pytest.fixture
def sim() -> Iterator[SimHandle]:
    with running_sim(seed=7, profiles=30, posts_per_profile=4, comments_per_post=45) as handle:
        yield handle


@pytest.fixture
def client(sim: SimHandle) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sim.url, timeout=5) as http:
        yield http


def test_the_same_seed_generates_the_same_world_and_another_seed_a_different_one() -> None:
    first, again = Dataset(SimConfig(seed=11)), Dataset(SimConfig(seed=11))
    other = Dataset(SimConfig(seed=12))
    assert first.listing() == again.listing()
    assert first.listing() != other.listing()
    post_id = next(iter(first.a.posts))
    assert first.comments(post_id) == again.comments(post_id)


def test_handles_fit_the_platform_rules_and_names_are_korean_and_english() -> None:
    data = Dataset(SimConfig(seed=3, profiles=300))
    for platform, pdata in ((Platform.A, data.a), (Platform.B, data.b)):
        spec = PLATFORMS[platform]
        assert all(spec.handle_pattern.fullmatch(h) for h in [*pdata.profiles, *pdata.missing])
        assert all(spec.post_id_pattern.fullmatch(p) for p in pdata.posts)
        assert len(pdata.missing) == 15
    names = [p.display_name for p in data.a.profiles.values()]
    assert any("\uac00" <= n[0] <= "\ud7a3" for n in names)
    assert any(n[0].isascii() for n in names)


def test_profiles_answer_with_the_contract_fields(sim: SimHandle, client: httpx.Client) -> None:
    a_handle = next(iter(sim.dataset.a.profiles))
    a = client.get(f"/a/v1/profiles/{a_handle.upper()}")
    assert a.status_code == 200
    assert a.headers["content-type"] == "application/json; charset=utf-8"
    assert set(a.json()) == {"handle", "display_name", "daily_visitors", "total_visitors",
                             "followers", "post_count"}
    b_handle = next(iter(sim.dataset.b.profiles))
    b = client.get(f"/b/v1/users/{b_handle}").json()
    assert set(b) == {"handle", "display_name", "followers", "following", "post_count"}
    assert b == sim.dataset.b.profiles[b_handle].wire()


def test_missing_handles_answer_404_and_deleted_posts_410(
        sim: SimHandle, client: httpx.Client) -> None:
    assert client.get(f"/a/v1/profiles/{sim.dataset.a.missing[0]}").status_code == 404
    assert client.get(f"/b/v1/users/{sim.dataset.b.missing[0]}").status_code == 404
    deleted = next(p for p in sim.dataset.b.posts.values() if p.deleted)
    assert client.get(f"/b/v1/media/{deleted.post_id}").status_code == 410
    live = next(p for p in sim.dataset.a.posts.values() if not p.deleted)
    body = client.get(f"/a/v1/posts/{live.handle}/{live.post_id}").json()
    assert set(body) == {"post_id", "handle", "title", "visibility", "published_at"}
    assert body["visibility"] in {"public", "private", "restricted"}


def test_comments_page_through_with_a_cursor_and_carry_platform_urls(
        sim: SimHandle, client: httpx.Client) -> None:
    post = next(p for p in sim.dataset.a.posts.values()
                if p.visibility == "public" and not p.deleted)
    seen: list[dict[str, object]] = []
    cursor = None
    while True:
        params: dict[str, str | int] = {"limit": 20}
        if cursor:
            params["cursor"] = cursor
        page = client.get(f"/a/v1/posts/{post.handle}/{post.post_id}/comments",
                          params=params).json()
        seen += page["comments"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 45 and len({c["id"] for c in seen}) == 45
    url = f"/a/v1/posts/{post.handle}/{post.post_id}/comments"
    assert client.get(url, params={"limit": 101}).status_code == 400
    truth = sim.dataset.comments(post.post_id)
    mentions = [m for c in truth for m in c.mentions]
    assert mentions, "some comments mention platform URLs"
    for mention in mentions:
        bare = mention.text.rstrip(".,!?~)")
        recognized = recognize_url(bare)
        assert recognized.platform == mention.platform
        assert recognized.kind == mention.kind


def test_the_hidden_limit_answers_429_with_each_retry_after_form(
        sim: SimHandle, client: httpx.Client) -> None:
    handle = next(iter(sim.dataset.b.profiles))
    for form in ("seconds", "http-date", "none"):
        sim.configure(rate=1.0, burst=2, retry_after=form, reset=True)
        statuses = [client.get(f"/b/v1/users/{handle}") for _ in range(3)]
        assert [r.status_code for r in statuses] == [200, 200, 429]
        header = statuses[2].headers.get("retry-after")
        if form == "seconds":
            assert header == "1"
        elif form == "http-date":
            assert header is not None
            delay = email.utils.parsedate_to_datetime(header).timestamp() - time.time()
            assert 0 < delay <= 2
        else:
            assert header is None
    assert sim.stats()["rate_limited"] == 1


def test_repeated_429s_turn_into_a_block_that_refuses_everything(
        sim: SimHandle, client: httpx.Client) -> None:
    sim.configure(rate=0.5, burst=1, block_after=3, block_window=10, block_seconds=30,
                  reset=True)
    handle = next(iter(sim.dataset.b.profiles))
    codes = [client.get(f"/b/v1/users/{handle}").status_code for _ in range(6)]
    assert codes == [200, 429, 429, 403, 403, 403]
    blocked = client.get(f"/a/v1/profiles/{next(iter(sim.dataset.a.profiles))}")
    assert blocked.status_code == 403
    assert blocked.json()["error"] == "blocked" and "until" in blocked.json()
    stats = sim.stats()
    assert stats["blocks"] == 1 and stats["blocked_requests"] == 3
    assert client.get("/_sim/stats").json()["blocks"] == 1  # control endpoints are not limited


def test_faults_repeat_for_the_same_seed_and_request_sequence() -> None:
    def statuses() -> list[int]:
        with running_sim(seed=5, profiles=10, error_rate=0.3, malformed_rate=0.3) as sim, \
                httpx.Client(base_url=sim.url) as http:
            handles = list(sim.dataset.b.profiles)
            codes = []
            for handle in handles * 3:
                response = http.get(f"/b/v1/users/{handle}")
                codes.append(response.status_code * 10 + (response.text.startswith(
                    '{"handle"') if response.status_code == 200 else 0))
            return codes

    first = statuses()
    assert first == statuses()
    assert 503 * 10 in first and 2000 in first and 2001 in first


def test_settings_change_at_runtime_over_http(sim: SimHandle, client: httpx.Client) -> None:
    answer = client.post("/_sim/config", json={"rate": 3, "burst": 4, "reset": True})
    assert answer.status_code == 200 and answer.json()["rate"] == 3
    assert sim.config.burst == 4
    assert client.post("/_sim/config", json={"bogus": 1}).status_code == 400
    listing = client.get("/_sim/dataset").json()
    assert set(listing["A"]["handles"]) == set(sim.dataset.a.profiles)


def test_the_command_line_serves_both_platforms() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "platform_sim", "--port", str(port), "--seed", "9",
         "--profiles", "5"], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                listing = httpx.get(f"http://127.0.0.1:{port}/_sim/dataset").json()
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        assert listing == Dataset(SimConfig(seed=9, profiles=5)).listing()
    finally:
        process.terminate()
        process.wait(timeout=10)
