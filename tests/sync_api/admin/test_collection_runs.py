"""A desktop's collection run reaches the admin status: the snapshots through sync, the
run summary (failures, not found) through POST /v1/collection-runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from desktop.collect.ratecontrol import RatePolicy
from desktop.collect.runs import collect
from desktop.jobs import quiet
from desktop.store import Store
from desktop.sync import connect
from desktop.sync.run_reports import QUEUE_KEY
from platform_sim.server import SimHandle
from shared_models.platforms import Platform
from tests.support.sim import sim_in_env
from tests.support.sync_server import SyncServerHandle, running_sync_server

pytestmark = [pytest.mark.postgres, pytest.mark.e2e,
              pytest.mark.usefixtures("keyring_sandbox")]
FAST = RatePolicy(initial_rate=200.0, ceiling=400.0)


@pytest.fixture
def sync_server(database_url: str) -> Iterator[SyncServerHandle]:
    """The office's server, told that the simulator's site is a platform's (profile URLs
    on other hosts are refused)."""
    with running_sync_server(database_url, platform_web_hosts="127.0.0.1") as handle:
        yield handle


@pytest.fixture
def sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[SimHandle]:
    with sim_in_env(monkeypatch, seed=21, profiles=20, posts_per_profile=1,
                    comments_per_post=1) as handle:
        yield handle


def test_a_collection_run_shows_in_the_admin_status(
        sync_server: SyncServerHandle, sim: SimHandle, tmp_path: Path) -> None:
    with Store.open(tmp_path / "desk") as store:
        person = store.create_influencer(name="김민지")
        handles = [*list(sim.dataset.b.profiles)[:4], sim.dataset.b.missing[0]]
        for handle in handles:
            store.create_account(influencer_id=person.id, platform="B", handle=handle)
        # Offline (not connected yet): the run's summary waits in the store.
        collect(store, Platform.B, quiet(), policy=FAST)
        assert len(store.get_setting(QUEUE_KEY)) == 1
        connect(store, sync_server.url, sync_server.create_token(name="desk-b"))
        result = collect(store, Platform.B, quiet(), policy=FAST, restart=True)
        assert result.counts()["ok"] == 4 and result.counts()["not_found"] == 1
        assert result.sync.startswith("Synced")
        assert store.get_setting(QUEUE_KEY) == []
        device = store.sync_state().device_id
    admin = sync_server.create_token(role="admin")
    status = httpx.get(f"{sync_server.url}/v1/admin/status",
                       headers={"Authorization": f"Bearer {admin}"}).json()
    b = next(p for p in status["collection"] if p["platform"] == "B")
    assert (b["accounts"], b["collected_24h"], b["runs_24h"]) == (5, 4, 2)
    assert b["last_run"]["device_id"] == device
    assert (b["last_run"]["ok"], b["last_run"]["not_found"], b["last_run"]["total"]) == (4, 1, 5)
    assert b["not_found_24h"] == 2
    [desk] = status["devices"]
    assert desk["device_id"] == device and desk["last_push_at"] and desk["last_pull_at"]
