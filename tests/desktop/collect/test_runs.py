"""Collection runs against platform_sim over loopback, writing into a real local store."""

from __future__ import annotations

import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from desktop.collect.checkpoint import load_checkpoint
from desktop.collect.pace import load_controller, pace_key
from desktop.collect.ratecontrol import RatePolicy
from desktop.collect.runs import collect
from desktop.jobs import JobContext, ProgressEvent, quiet
from desktop.store import Store
from desktop.sync import connect, open_engine
from platform_sim.server import SimHandle
from shared_models.platforms import Platform
from tests.desktop.collect.conftest import FAST, AddAccounts


def test_metrics_land_in_the_store_as_snapshots(
        sim: SimHandle, store: Store, add_accounts: AddAccounts) -> None:
    handles = list(sim.dataset.a.profiles)[:6]
    accounts = add_accounts("A", handles)
    result = collect(store, Platform.A, quiet(), policy=FAST)
    assert result.finished and result.counts()["ok"] == 6
    for account, handle in zip(accounts, handles, strict=True):
        latest = store.latest_metrics(account.id)
        expected = sim.dataset.a.profiles[handle].metrics
        assert {m: v.value for m, v in latest.items()} == {m: float(v)
                                                          for m, v in expected.items()}
    history = store.metric_history(accounts[0].id, "daily_visitors")
    assert len(history) == 1 and history[0].source.startswith("collect:")
    assert load_checkpoint(store, Platform.A) is None


def test_not_found_handles_are_recorded_as_such(
        sim: SimHandle, store: Store, add_accounts: AddAccounts) -> None:
    missing = sim.dataset.b.missing[0]
    (gone, present) = add_accounts("B", [missing, next(iter(sim.dataset.b.profiles))])
    result = collect(store, Platform.B, quiet(), policy=FAST)
    by_handle = {o.handle: o for o in result.outcomes}
    assert by_handle[missing].outcome == "not_found"
    assert store.get_account(gone.id).status == "not_found"  # type: ignore[union-attr]
    assert store.get_account(present.id).status == "active"  # type: ignore[union-attr]


def test_server_errors_and_malformed_bodies_fail_only_their_accounts(
        sim: SimHandle, store: Store, add_accounts: AddAccounts) -> None:
    handles = list(sim.dataset.b.profiles)[:12]
    sim.configure(broken_handles={handles[0]: "error", handles[1]: "malformed"},
                  error_rate=0.4)
    add_accounts("B", handles)
    result = collect(store, Platform.B, quiet(), policy=FAST)
    by_handle = {o.handle: o for o in result.outcomes}
    assert by_handle[handles[0]].outcome == "error"
    assert "server error (HTTP 503)" in by_handle[handles[0]].reason
    assert by_handle[handles[1]].outcome == "error"
    assert "does not match the platform contract" in by_handle[handles[1]].reason
    assert all(by_handle[h].outcome == "ok" for h in handles[2:])
    assert sim.stats()["server_errors"] > 4  # the broken one was retried, others recovered
    assert result.finished


def test_a_count_the_server_would_refuse_fails_its_account_and_stores_nothing(
        sim: SimHandle, store: Store, add_accounts: AddAccounts) -> None:
    """A count over the shared rule's bound (1e15) is neither shown nor queued for a server
    that would refuse it; the other accounts are collected."""
    handles = list(sim.dataset.b.profiles)[:3]
    sim.dataset.b.profiles[handles[0]].metrics["followers"] = 10**20
    accounts = add_accounts("B", handles)
    queued = store.outbox_counts()[0]
    result = collect(store, Platform.B, quiet(), policy=FAST)
    by_handle = {o.handle: o for o in result.outcomes}
    assert by_handle[handles[0]].outcome == "error"
    assert by_handle[handles[0]].reason == ("Platform B answered with data that does not "
                                            "match the platform contract (field: followers).")
    assert store.latest_metrics(accounts[0].id) == {}
    assert [by_handle[h].outcome for h in handles[1:]] == ["ok", "ok"]
    new_ops = [e for e in store.outbox_entries()][queued:]
    assert all(e.fields["value"] <= 1e15 for e in new_ops if e.entity == "metric_snapshot")


@pytest.mark.parametrize("form", ["seconds", "http-date", "none"])
def test_a_429_is_waited_out_as_the_host_says(
        form: str, sim: SimHandle, store: Store, add_accounts: AddAccounts) -> None:
    sim.configure(rate=2.0, burst=1, retry_after=form, block_after=0, reset=True)
    add_accounts("B", list(sim.dataset.b.profiles)[:5])
    policy = RatePolicy(initial_rate=20.0, default_pause=1.0)
    result = collect(store, Platform.B, quiet(), policy=policy)
    assert result.counts()["ok"] == 5
    log = sim.log()
    limited = [i for i, e in enumerate(log) if e.status == 429]
    assert limited, "the pace started above the limit"
    for i in limited:
        entry = log[i]
        if form == "seconds":
            told = float(entry.retry_after or "nan")
        elif form == "http-date":
            told = parsedate_to_datetime(entry.retry_after).timestamp() - entry.at
        else:
            assert entry.retry_after is None
            told = 1.0  # the controller's own first back-off
        if i + 1 < len(log):
            assert log[i + 1].at - entry.at >= told - 0.05


def test_a_block_stops_the_platform_and_nothing_is_requested_until_it_ends(
        sim: SimHandle, store: Store, add_accounts: AddAccounts) -> None:
    sim.configure(rate=2.0, burst=2, block_after=1, block_seconds=600, reset=True)
    add_accounts("B", list(sim.dataset.b.profiles)[:10])
    result = collect(store, Platform.B, quiet(), policy=RatePolicy(initial_rate=50.0))
    assert result.blocked_until is not None and not result.finished
    counts = result.counts()
    assert counts["ok"] >= 1 and counts["blocked"] == result.left > 0
    assert "blocked requests" in next(o.reason for o in result.outcomes
                                      if o.outcome == "blocked")
    stats = sim.stats()
    assert stats["blocks"] == 1
    log = sim.log()
    block_began = next(e.at for e in log if e.status == 403)
    # Only requests already in flight when the block began reached the host afterwards.
    assert all(e.at < block_began + 0.1 for e in log)

    again = collect(store, Platform.B, quiet())  # a new run during the block
    assert again.resumed and again.blocked_until is not None
    assert sim.stats()["requests"] == stats["requests"]  # not a single request

    # The block ends: the next run continues with what was left, nothing twice.
    sim.reset()
    pace = store.get_setting(pace_key(Platform.B))
    store.set_setting(pace_key(Platform.B), {**pace, "blocked_until": time.time() - 1})
    sim.configure(rate=0)
    last = collect(store, Platform.B, quiet(), policy=FAST)
    assert last.finished and last.skipped == counts["ok"]
    assert last.counts()["ok"] == 10 - counts["ok"]


def test_a_bare_403_after_successes_counts_as_a_block(
        sim: SimHandle, store: Store, add_accounts: AddAccounts) -> None:
    sim.configure(rate=2.0, burst=3, block_after=1, block_style="bare", reset=True)
    add_accounts("B", list(sim.dataset.b.profiles)[:8])
    result = collect(store, Platform.B, quiet(), policy=RatePolicy(initial_rate=50.0))
    assert result.blocked_until is not None
    assert result.blocked_until > time.time() + 60  # the default block length


def test_a_cancelled_run_resumes_without_collecting_anything_twice(
        sim: SimHandle, store: Store, add_accounts: AddAccounts,
        requests_per_path: Callable[[], dict[str, int]]) -> None:
    handles = list(sim.dataset.b.profiles)[:30]
    add_accounts("B", handles)
    ctx = JobContext()

    def stop_half_way(event: ProgressEvent) -> None:
        if event.done >= 12:
            ctx.cancel()

    ctx.on_progress = stop_half_way
    first = collect(store, Platform.B, ctx, policy=RatePolicy(initial_rate=40.0))
    assert first.cancelled and not first.finished and first.left > 0
    assert load_checkpoint(store, Platform.B) is not None

    second = collect(store, Platform.B, quiet(), policy=FAST)
    assert second.resumed and second.finished
    assert second.skipped == first.counts()["ok"]
    assert first.counts()["ok"] + second.counts()["ok"] == 30
    counts = requests_per_path()
    assert all(counts[f"/b/v1/users/{h}"] == 1 for h in handles)


def test_the_learned_pace_survives_a_restart(
        sim: SimHandle, store: Store, add_accounts: AddAccounts) -> None:
    sim.configure(rate=8.0, burst=2, block_after=0, reset=True)
    add_accounts("B", list(sim.dataset.b.profiles)[:24])
    collect(store, Platform.B, quiet(), policy=RatePolicy(initial_rate=4.0))
    learned = load_controller(store, Platform.B)
    assert learned.s.limit_estimate is not None
    assert 4.0 < learned.s.rate <= 12.0

    sim.reset()
    started = time.time()
    collect(store, Platform.B, quiet(), stale_hours=0)  # a new process would do the same
    first_second = [e for e in sim.log() if e.at < started + 1.0]
    assert len(first_second) >= 5  # starts near the learned pace, not at the initial 1/s


@pytest.mark.postgres
@pytest.mark.e2e
@pytest.mark.usefixtures("keyring_sandbox")  # connect() stores the token in the keyring
def test_collected_metrics_sync_to_the_server(
        sim: SimHandle, store: Store, add_accounts: AddAccounts, database_url: str,
        tmp_path: Path) -> None:
    from tests.support.sync_server import running_sync_server

    handles = list(sim.dataset.a.profiles)[:4]
    with running_sync_server(database_url) as server:
        token = server.create_token()
        connect(store, server.url, token)
        accounts = add_accounts("A", handles)
        result = collect(store, Platform.A, quiet(), policy=FAST)
        assert result.counts()["ok"] == 4
        assert "could not" not in result.sync and "queued" not in result.sync

        with Store.open(tmp_path / "other-desk") as other:
            connect(other, server.url, token)
            engine = open_engine(other)
            assert engine is not None
            engine.sync(quiet())
            engine.close()
            latest = other.latest_metrics(accounts[0].id)
            expected = sim.dataset.a.profiles[handles[0]].metrics
            assert {m: v.value for m, v in latest.items()} == {
                m: float(v) for m, v in expected.items()}
