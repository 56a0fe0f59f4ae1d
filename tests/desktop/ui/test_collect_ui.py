"""The collect buttons against platform_sim over loopback: progress, the summary, Cancel,
and a window that keeps answering while the run goes on."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings, QTimer

from desktop.collect.runs import collect
from desktop.jobs import quiet
from desktop.store import SearchQuery, Store
from desktop.ui.main_window import MainWindow
from shared_models.platforms import Platform
from tests.support.sim import sim_in_env


@pytest.fixture
def sim(monkeypatch):  # type: ignore[no-untyped-def]
    with sim_in_env(monkeypatch, seed=11, profiles=40, posts_per_profile=1,
                    comments_per_post=0, missing_share=0.1) as handle:
        yield handle


def fill_from_sim(store: Store, sim, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    listing = sim.dataset.listing()["B"]
    handles = (listing["handles"][:count - 2] + listing["missing"][:2])
    with store.transaction():
        for handle in handles:
            person = store.create_influencer(name=f"Person {handle}")
            store.create_account(influencer_id=person.id, platform="B", handle=handle)
    return handles


@pytest.fixture
def sim_window(qtbot, tmp_path, sim):  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path)
    window = MainWindow(store, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    store.close()


def test_collect_platform_b_fills_followers_and_reports_not_found(sim_window, sim,
                                                                   qtbot) -> None:
    handles = fill_from_sim(sim_window.store, sim, 8)
    with qtbot.waitSignal(sim_window.search_applied, timeout=5000):
        sim_window.apply_search()
    with qtbot.waitSignal(sim_window.collect_actions.finished, timeout=30_000) as done:
        sim_window.collect_actions.act_collect_b.trigger()
        assert sim_window.job_progress.isVisible()
    result = done.args[0]
    assert result.counts() == {"ok": 6, "not_found": 2, "error": 0, "blocked": 0}
    profiles = sim.dataset.listing()["B"]["profiles"]
    rows = sim_window.store.search(SearchQuery(platform="B", limit=None)).rows
    shown = {r.handle: r.metrics["followers"].value for r in rows if "followers" in r.metrics}
    assert shown == {h: profiles[h]["followers"] for h in handles[:6]}
    model = sim_window.models[Platform.B]
    column = next(i for i, c in enumerate(model.columns) if c.key == "followers")
    painted = {model.row_at(r).handle: model.index(r, column).data()
               for r in range(model.rowCount())}
    assert painted[handles[0]] == f"{profiles[handles[0]]['followers']:,}"
    box = sim_window.collect_actions.summary_box
    assert "<b>6</b> collected" in box.text() and "<b>2</b> not found" in box.text()
    qtbot.waitUntil(lambda: not sim_window.job_progress.isVisible(), timeout=2000)


def test_cancel_stops_the_run_and_the_window_stays_responsive(sim_window, sim, qtbot) -> None:
    fill_from_sim(sim_window.store, sim, 30)
    sim.configure(latency=0.15)  # each answer takes a while, like a real platform
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(tick)
    heartbeat.start()
    with qtbot.waitSignal(sim_window.collect_actions.finished, timeout=30_000) as done:
        job = sim_window.collect_actions.start(Platform.B)
        qtbot.waitUntil(lambda: "/30" in sim_window.job_progress.detail.text(), timeout=10_000)
        qtbot.wait(400)
        sim_window.job_progress.cancel_button.click()
    heartbeat.stop()
    result = done.args[0]
    assert job is not None and job.context.cancelled
    assert result.cancelled and result.left > 0
    assert 0 < len(result.outcomes) < 30
    # The event loop kept turning while the worker collected: no frame waited long.
    assert gaps and max(gaps) < 0.25, f"slowest gap {max(gaps):.3f}s"


def test_closing_the_window_mid_run_stops_it_and_the_next_run_continues(qtbot, tmp_path,
                                                                       sim) -> None:
    store = Store.open(tmp_path)
    fill_from_sim(store, sim, 20)
    sim.configure(latency=0.15)
    window = MainWindow(store, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    job = window.collect_actions.start(Platform.B)
    qtbot.waitUntil(lambda: "/20" in window.job_progress.detail.text(), timeout=10_000)
    qtbot.wait(300)
    window.close()  # waits for the worker to stop after its current account
    assert job is not None and job.context.cancelled and not job.running
    done_first = sum(1 for r in store.search(SearchQuery(platform="B", limit=None)).rows
                     if "followers" in r.metrics)
    assert 0 < done_first < 18
    sim.configure(latency=0.0)
    before = sim.stats()["requests"]

    result = collect(store, Platform.B, quiet(), sync=False)
    assert result.resumed and result.skipped == done_first
    assert sim.stats()["requests"] - before == 20 - done_first  # nobody asked twice
    store.close()
