"""`influencer-desk collect` as the OS scheduler runs it, and the daily schedule for A."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from datetime import time as daytime
from pathlib import Path

from desktop.collect.daily import run_if_due
from desktop.collect.pace import pace_key
from desktop.collect.ratecontrol import RatePolicy, RateState
from desktop.collect.schedule import LAST_RUN_KEY, next_run_time
from desktop.jobs import quiet
from desktop.store import Store
from platform_sim.server import SimHandle
from shared_models.platforms import Platform
from tests.desktop.collect.conftest import AddAccounts

KST = timezone(timedelta(hours=9))


def _cli(sim: SimHandle, data_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, **sim.env()}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "collect", "--data-dir", str(data_dir), "--json",
         *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _learned(store: Store, platform: Platform, rate: float) -> None:
    """A pace learned by an earlier run, so the test need not wait for slow start."""
    state = RateState(rate=rate, ceiling=50.0, slow_start=False, limit_estimate=rate * 1.1,
                      estimate_firm=True)
    store.set_setting(pace_key(platform), state.to_dict())


def _wait_for_requests(sim: SimHandle, count: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while sim.stats()["ok"] < count:
        assert time.monotonic() < deadline, "the collector never got going"
        time.sleep(0.05)


def _answers(sim: SimHandle) -> dict[str, int]:
    """How often the simulator answered each path with 200 (retries after a 429 are not
    answers)."""
    answered: dict[str, int] = {}
    for entry in sim.log():
        if entry.status == 200:
            answered[entry.path] = answered.get(entry.path, 0) + 1
    return answered


def test_ctrl_c_stops_cleanly_and_the_next_run_continues(
        sim: SimHandle, store: Store, add_accounts: AddAccounts) -> None:
    handles = list(sim.dataset.b.profiles)[:30]
    add_accounts("B", handles)
    _learned(store, Platform.B, 5.0)
    sim.configure(rate=6.0, burst=2, block_after=0)
    process = _cli(sim, store.data_dir, "--platform", "B")
    _wait_for_requests(sim, 5)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    first = json.loads(out)
    assert first["cancelled"] and first["left"] > 0

    sim.configure(rate=0.0)
    _learned(store, Platform.B, 100.0)
    process = _cli(sim, store.data_dir, "--platform", "B")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    second = json.loads(out)
    assert second["resumed"] and second["finished"]
    assert second["skipped_already_done"] == first["counts"]["ok"]
    # Each profile answered once (a request the simulator turned away with 429 and the
    # collector retried, as happens when a loaded machine bunches requests, is not a second
    # collection).
    answered = _answers(sim)
    assert all(answered.get(f"/b/v1/users/{h}") == 1 for h in handles)


def test_a_run_killed_half_way_resumes_without_collecting_twice(
        sim: SimHandle, store: Store, add_accounts: AddAccounts) -> None:
    handles = list(sim.dataset.a.profiles)[:30]
    paths = [f"/a/v1/profiles/{h}" for h in handles]
    add_accounts("A", handles)
    _learned(store, Platform.A, 5.0)
    sim.configure(rate=6.0, burst=2, block_after=0)
    process = _cli(sim, store.data_dir, "--platform", "A")
    _wait_for_requests(sim, 6)
    process.kill()  # a crash: no clean-up at all
    process.communicate(timeout=30)
    before = _answers(sim)

    sim.configure(rate=0.0)
    _learned(store, Platform.A, 100.0)
    process = _cli(sim, store.data_dir, "--platform", "A")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    result = json.loads(out)
    assert result["resumed"] and result["skipped_already_done"] >= 5
    answered = _answers(sim)
    assert all(answered.get(p, 0) >= 1 for p in paths)  # every profile collected
    # Nothing the killed run recorded is asked for again. Only answers still in flight when
    # it died (they never reached the store: no run can keep those) are asked twice, at
    # most one per concurrent request.
    again = [p for p in paths if before.get(p) and answered[p] > before[p]]
    assert len(again) == sum(before.values()) - result["skipped_already_done"]
    assert len(again) <= RatePolicy().max_concurrency
    assert all(answered[p] <= 2 for p in paths)


def test_the_daily_run_is_due_once_per_day_after_its_time() -> None:
    at = daytime(9, 0)
    morning = datetime(2025, 3, 3, 8, 0, tzinfo=KST)
    assert next_run_time(at, None, morning) == datetime(2025, 3, 2, 9, 0, tzinfo=KST)
    ran_yesterday = datetime(2025, 3, 2, 9, 5, tzinfo=KST)
    assert next_run_time(at, ran_yesterday, morning) == datetime(2025, 3, 3, 9, 0, tzinfo=KST)
    after = datetime(2025, 3, 3, 10, 0, tzinfo=KST)
    assert next_run_time(at, ran_yesterday, after) <= after  # due now
    ran_today = datetime(2025, 3, 3, 9, 1, tzinfo=KST)
    assert next_run_time(at, ran_today, after) == datetime(2025, 3, 4, 9, 0, tzinfo=KST)


def test_run_if_due_collects_platform_a_once(
        sim: SimHandle, store: Store, add_accounts: AddAccounts) -> None:
    add_accounts("A", list(sim.dataset.a.profiles)[:3])
    store.set_setting("collect/A/daily_at", "00:00")
    result = run_if_due(store, quiet())
    assert result is not None and result.counts()["ok"] == 3
    assert store.get_setting(LAST_RUN_KEY)
    assert run_if_due(store, quiet()) is None
