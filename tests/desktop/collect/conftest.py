"""A simulator over loopback, a fresh local store, and accounts that point at the sim."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from desktop.collect.ratecontrol import RatePolicy
from desktop.store import Store
from platform_sim.server import SimHandle
from shared_models.records import Account
from tests.support.sim import sim_in_env

# Where the limit is not the point: start fast, so the suite stays quick.
FAST = RatePolicy(initial_rate=200.0, ceiling=400.0)


@pytest.fixture
def sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[SimHandle]:
    with sim_in_env(monkeypatch, seed=21, profiles=40, posts_per_profile=3,
                    comments_per_post=25) as handle:
        yield handle




AddAccounts = Callable[[str, list[str]], list[Account]]


@pytest.fixture
def add_accounts(store: Store) -> AddAccounts:
    """Create accounts (one influencer) for these handles of a platform."""

    def add(platform: str, handles: list[str]) -> list[Account]:
        influencer = store.create_influencer(name=f"김민지 {len(handles)}")
        return [store.create_account(influencer_id=influencer.id, platform=platform, handle=h)
                for h in handles]

    return add


@pytest.fixture
def requests_per_path(sim: SimHandle) -> Callable[[], dict[str, int]]:
    """How often the simulator saw each path."""

    def count() -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in sim.log():
            counts[entry.path] = counts.get(entry.path, 0) + 1
        return counts

    return count
