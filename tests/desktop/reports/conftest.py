"""A simulator over loopback (its API only: the web addresses stay the public ones that
appear in comments and spreadsheets), a fresh local store, and a quick pace."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.collect.ratecontrol import RatePolicy
from platform_sim.dataset import Post
from platform_sim.server import SimHandle, running_sim
from shared_models.platforms import Platform, post_url, profile_url

# Where the limit is not the point: start fast, so the suite stays quick.
FAST = RatePolicy(initial_rate=200.0, ceiling=400.0)


@pytest.fixture
def sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[SimHandle]:
    with running_sim(seed=21, profiles=40, posts_per_profile=3,
                     comments_per_post=250) as handle:
        for platform in ("A", "B"):
            monkeypatch.setenv(f"INFLUENCER_DESK_PLATFORM_{platform}_API", handle.url)
            monkeypatch.delenv(f"INFLUENCER_DESK_PLATFORM_{platform}_WEB", raising=False)
        yield handle




def a_post_url(post: Post) -> str:
    return post_url(Platform.A, post.handle, post.post_id)


def b_post_url(post: Post) -> str:
    return post_url(Platform.B, post.handle, post.post_id)


def a_profile(handle: str) -> str:
    return profile_url(Platform.A, handle)


def b_profile(handle: str) -> str:
    return profile_url(Platform.B, handle)


def posts_where(sim: SimHandle, platform: str, *, visibility: str = "public",
                deleted: bool = False) -> list[Post]:
    data = sim.dataset.a if platform == "A" else sim.dataset.b
    return [p for p in data.posts.values()
            if p.visibility == visibility and p.deleted == deleted]


def requests_by_kind(sim: SimHandle) -> dict[str, int]:
    return {kind: counts.get("requests", 0) for kind, counts in sim.stats()["by_kind"].items()}
