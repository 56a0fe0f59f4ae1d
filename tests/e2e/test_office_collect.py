"""The office collects as one: real desktop processes (`influencer-desk collect`), a real
sync server on PostgreSQL, and platform_sim over loopback (all desks share one IP, as in
an office). Small account counts and a quick simulator keep these to seconds."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.collect.coordinated import TUNING_KEY
from desktop.collect.pace import pace_key
from desktop.collect.ratecontrol import RateState
from desktop.collect.schedule import DAILY_AT_KEY
from desktop.store import Store
from desktop.sync import connect
from platform_sim.server import SimHandle, running_sim
from tests.support.desks import sync_once
from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.conftest import server_rows

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]

TUNING = {"lease_seconds": 2.0, "heartbeat_seconds": 0.2, "batch_size": 4}


@dataclass
class Office:
    server: SyncServerHandle
    sim: SimHandle
    token: str
    dirs: list[Path]

    def env(self) -> dict[str, str]:
        return {**os.environ, **self.sim.env(), "INFLUENCER_DESK_TOKEN": self.token}

    def start(self, desk: int, *args: str, command: str = "collect") -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "desktop", command, "--data-dir", str(self.dirs[desk]),
             "--json", *args], env=self.env(), stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)

    def sync(self, desk: int) -> dict[str, Any]:
        """`influencer-desk sync` on one desk (what the window's background sync does)."""
        return _result(self.start(desk, command="sync"))

    def run_all(self, *args: str, desks: tuple[int, ...] = (0, 1, 2)) -> list[dict[str, Any]]:
        procs = [self.start(d, *args) for d in desks]
        return [_result(p) for p in procs]

    def fetches(self, status: int = 200) -> Counter[str]:
        """Platform answers per path (a 429 retried is not a fetch)."""
        return Counter(e.path for e in self.sim.log() if e.status == status)


def _result(proc: subprocess.Popen[str], timeout: float = 60) -> dict[str, Any]:
    out, err = proc.communicate(timeout=timeout)
    assert out.strip(), err
    result: dict[str, Any] = json.loads(out)
    result["exit"] = proc.returncode
    return result


def _learned(rate: float) -> dict[str, Any]:
    """A pace learned earlier, so the tests need not wait for slow start."""
    return RateState(rate=rate, ceiling=50.0, slow_start=False, limit_estimate=rate * 1.1,
                     estimate_firm=True).to_dict()


def _office(tmp: Path, server: SyncServerHandle, sim: SimHandle, platform: str, n: int,
            pace: float = 30.0) -> Office:
    token = server.create_token(name="office")
    dirs = [tmp / f"desk{i}" for i in range(3)]
    handles = list(sim.dataset.b.profiles if platform == "B" else sim.dataset.a.profiles)[:n]
    for i, path in enumerate(dirs):
        with Store.open(path) as store:
            connect(store, server.url, token)
            store.set_setting(TUNING_KEY, TUNING)
            store.set_setting(pace_key(_platform(platform)), _learned(pace))
            if i == 0:
                person = store.create_influencer(name="김민지")
                for handle in handles:
                    store.create_account(influencer_id=person.id, platform=platform,
                                         handle=handle)
            sync_once(store)
    return Office(server, sim, token, dirs)


def _platform(value: str) -> Any:
    from shared_models.platforms import Platform

    return Platform(value)


@pytest.fixture
def sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[SimHandle]:
    with running_sim(seed=5, profiles=60, posts_per_profile=0, missing_share=0.0,
                     rate=60.0, burst=5, block_after=0) as handle:
        yield handle


@pytest.fixture(autouse=True)
def _keyring(keyring_sandbox: None) -> None:
    """Every test here uses a throwaway keyring."""


def test_three_desks_split_one_run_without_fetching_anything_twice(
        tmp_path: Path, sync_server: SyncServerHandle, sim: SimHandle) -> None:
    office = _office(tmp_path, sync_server, sim, "B", 24)
    results = office.run_all("--platform", "B")
    assert [r["exit"] for r in results] == [0, 0, 0], results
    fetched = office.fetches()
    assert len(fetched) == 24 and set(fetched.values()) == {1}, "an account was fetched twice"
    assert {r["run_id"] for r in results} == {results[0]["run_id"]}, "one office run"
    assert sum(r["counts"]["ok"] for r in results) == 24
    assert sum(1 for r in results if r["counts"]["ok"]) >= 2, "the work was shared"
    # Snapshots: one per account and metric on the server, whoever collected it.
    [(rows, distinct)] = server_rows(sync_server, """
        SELECT count(*), count(DISTINCT (account_id, metric)) FROM metric_snapshot""")
    assert rows == distinct == 24 * 3


def test_a_killed_desks_batch_is_finished_by_another(
        tmp_path: Path, sync_server: SyncServerHandle, sim: SimHandle) -> None:
    office = _office(tmp_path, sync_server, sim, "B", 24, pace=6.0)
    procs = [office.start(d, "--platform", "B") for d in range(3)]
    deadline = time.monotonic() + 30
    while len(office.fetches()) < 6:
        assert time.monotonic() < deadline, "the desks never got going"
        time.sleep(0.05)
    procs[0].send_signal(signal.SIGKILL)
    procs[0].wait()
    results = [_result(p) for p in procs[1:]]
    assert [r["exit"] for r in results] == [0, 0], results
    fetched = office.fetches()
    assert len(fetched) == 24, "every account was collected"
    twice = sum(n - 1 for n in fetched.values())
    assert twice <= TUNING["batch_size"], f"{twice} fetches repeated (only the dead desk's " \
                                          "unreported accounts may be)"
    [(done, total, finished)] = server_rows(sync_server, """
        SELECT (SELECT count(*) FROM office_item i WHERE i.run_id = r.id
                AND i.done_by IS NOT NULL), r.total, r.finished_at IS NOT NULL
        FROM office_run r WHERE r.kind = 'all'""")
    assert (done, total, finished) == (24, 24, True)


def test_a_block_seen_by_one_desk_stops_all_three(
        tmp_path: Path, sync_server: SyncServerHandle, sim: SimHandle) -> None:
    office = _office(tmp_path, sync_server, sim, "B", 60, pace=12.0)
    # The office's IP gets fewer requests than the desks learned: the first 429 is a block.
    sim.configure(rate=8.0, burst=1, block_after=1, block_seconds=30.0)
    results = office.run_all("--platform", "B")
    stats = sim.stats()
    assert stats["blocks"] == 1
    assert stats["blocked_requests"] <= 3, "a desk kept calling during the block"
    assert all(r["blocked_until"] for r in results), results
    assert all(r["exit"] == 1 for r in results)
    [(blocked,)] = server_rows(sync_server, "SELECT blocked_until FROM office_pace "
                                            "WHERE platform = 'B'")
    assert blocked is not None


def test_platform_a_daily_run_happens_once_for_three_running_desks(
        tmp_path: Path, sync_server: SyncServerHandle, sim: SimHandle) -> None:
    office = _office(tmp_path, sync_server, sim, "A", 12)
    for path in office.dirs:
        with Store.open(path) as store:
            store.set_setting(DAILY_AT_KEY, "00:00")
    results = office.run_all("--platform", "A", "--daily")
    assert [r["exit"] for r in results] == [0, 0, 0], results
    fetched = office.fetches()
    assert len(fetched) == 12 and set(fetched.values()) == {1}
    collected = [r for r in results if r["counts"]["ok"]]
    others = [r for r in results if not r["counts"]["ok"]]
    assert len(collected) == 1 and len(others) == 2
    assert all(r["done_by"] or r["busy_by"] for r in others)
    # Asked again later, a desk that did not collect hears who did, and fetches nothing.
    again = office.run_all("--platform", "A", "--daily", desks=(1,))
    assert again[0].get("due") is False or again[0]["done_by"]
    assert office.fetches() == fetched


def _office_after_an_offline_run(tmp: Path, database_url: str, sim: SimHandle) -> Office:
    """Three desks of 12 Platform B accounts whose server went away; desk 0 then collected
    them alone."""
    with ExitStack() as stack:
        first = stack.enter_context(running_sync_server(database_url))
        office = _office(tmp, first, sim, "B", 12)
    [alone] = office.run_all("--platform", "B", desks=(0,))
    assert (alone["exit"], alone["office"], alone["counts"]["ok"]) == (0, "offline", 12)
    return office


@contextmanager
def _back_online(office: Office, database_url: str) -> Iterator[SyncServerHandle]:
    """The office's server is back (a new process on the same database)."""
    with running_sync_server(database_url) as again:
        office.server = again
        for path in office.dirs:
            with Store.open(path) as store:
                store.set_server(again.url)
        yield again


def test_offline_collection_is_merged_without_duplicates(
        tmp_path: Path, database_url: str, sim: SimHandle) -> None:
    office = _office_after_an_offline_run(tmp_path, database_url, sim)
    with _back_online(office, database_url) as again:
        # Back online: desk 0's snapshots and run are merged when it next collects; the
        # office's run of what is not fresh (the last hour) then has nothing left, on either
        # desk. (Desk 0 first: a run another desk starts before desk 0 is back cannot know
        # desk 0's offline snapshots yet - see docs/platform-adapters.md.)
        results = [*office.run_all("--platform", "B", "--stale-hours", "1", desks=(0,)),
                   *office.run_all("--platform", "B", "--stale-hours", "1", desks=(1,))]
        assert [r["exit"] for r in results] == [0, 0], results
        assert sum(r["counts"]["ok"] for r in results) == 0
        [(rows, distinct)] = server_rows(again, """
            SELECT count(*), count(DISTINCT (account_id, metric)) FROM metric_snapshot""")
        [(merged,)] = server_rows(again, """
            SELECT total FROM office_run WHERE kind = 'offline'""")
    assert rows == distinct == 12 * 3
    assert merged == 12
    assert set(office.fetches().values()) == {1}


def test_an_offline_run_is_merged_when_the_desk_syncs_again(
        tmp_path: Path, database_url: str, sim: SimHandle) -> None:
    office = _office_after_an_offline_run(tmp_path, database_url, sim)
    with _back_online(office, database_url) as again:
        # Desk 0 only syncs (as its window does every few minutes): its snapshots go up and
        # its offline run joins the office's, so desk 1's run finds nothing left to fetch.
        assert office.sync(0)["exit"] == 0
        [other] = office.run_all("--platform", "B", "--stale-hours", "1", desks=(1,))
        assert (other["exit"], other["counts"]["ok"]) == (0, 0), other
        [(merged,)] = server_rows(again, """
            SELECT total FROM office_run WHERE kind = 'offline'""")
    assert merged == 12
    assert set(office.fetches().values()) == {1}
    with Store.open(office.dirs[0]) as store:
        assert not store.get_setting("collect/B/unmerged_runs")  # nothing left to merge
