"""The window in an office: a block seen by the office pauses Platform B for everyone, and
Platform A's daily run collected by another desk shows who did it and when. Real sync
server, platform_sim over loopback, the real window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.collect.daily import run_if_due
from desktop.collect.office import collector_name
from desktop.collect.pace import pace_key
from desktop.collect.ratecontrol import RateState
from desktop.collect.schedule import DAILY_AT_KEY
from desktop.jobs import quiet
from desktop.store import Store
from desktop.ui.main_window import MainWindow
from platform_sim.server import SimHandle
from shared_models.platforms import Platform
from tests.support.sim import sim_in_env
from tests.support.sync_server import SyncServerHandle

pytestmark = pytest.mark.postgres


@pytest.fixture
def sim(monkeypatch: pytest.MonkeyPatch) -> Iterator[SimHandle]:
    with sim_in_env(monkeypatch, seed=3, profiles=20, posts_per_profile=0,
                    missing_share=0.0, rate=4.0, burst=1, block_after=1,
                    block_seconds=600.0) as handle:
        yield handle


def _desk(path: Path, server: SyncServerHandle, sim: SimHandle, platform: str,
          monkeypatch: pytest.MonkeyPatch, *, accounts: bool) -> Store:
    monkeypatch.setenv("INFLUENCER_DESK_TOKEN", server.create_token(name="office"))
    store = Store.open(path)
    store.set_server(server.url)
    store.set_setting("collect/office", {"heartbeat_seconds": 0.2, "batch_size": 5})
    if accounts:
        person = store.create_influencer(name="김민지")
        profiles = sim.dataset.b.profiles if platform == "B" else sim.dataset.a.profiles
        for handle in list(profiles)[:10]:
            store.create_account(influencer_id=person.id, platform=platform, handle=handle)
    return store


def _window(qtbot, store: Store, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_block_shows_platform_b_paused_for_the_office(
        qtbot, tmp_path: Path, sync_server: SyncServerHandle, sim: SimHandle,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, keyring_sandbox: None) -> None:
    store = _desk(tmp_path / "desk", sync_server, sim, "B", monkeypatch, accounts=True)
    # A pace learned elsewhere, faster than this office may go: the platform blocks.
    store.set_setting(pace_key(Platform.B),
                      RateState(rate=20.0, ceiling=50.0, slow_start=False,
                                limit_estimate=22.0, estimate_firm=True).to_dict())
    window = _window(qtbot, store, tmp_path)
    with qtbot.waitSignal(window.collect_actions.finished, timeout=60_000) as done:
        window.collect_actions.act_collect_b.trigger()
    result = done.args[0]
    assert result.blocked_until and result.office == "started"
    label = window.collect_actions.office_label
    assert label.isVisible()
    assert label.text().startswith("Platform B is paused until ")
    assert label.text().endswith(" — the platform blocked the office")
    window.close()
    store.close()


def test_the_daily_run_collected_by_another_desk_shows_who_and_when(
        qtbot, tmp_path: Path, sync_server: SyncServerHandle, sim: SimHandle,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, keyring_sandbox: None) -> None:
    sim.configure(rate=0.0, block_after=0)
    first = _desk(tmp_path / "first", sync_server, sim, "A", monkeypatch, accounts=True)
    first.set_setting(DAILY_AT_KEY, "00:00")
    done = run_if_due(first, quiet())
    assert done is not None and done.counts()["ok"] == 10
    other = _desk(tmp_path / "other", sync_server, sim, "A", monkeypatch, accounts=False)
    other.set_setting(DAILY_AT_KEY, "00:00")
    window = _window(qtbot, other, tmp_path)
    with qtbot.waitSignal(window.collect_actions.finished, timeout=60_000) as seen:
        window.collect_actions.check_schedule()
    assert seen.args[0].done_by == collector_name(first.sync_state().device_id)
    text = window.collect_actions.schedule_label.text()
    assert text.startswith("Platform A: collected today at ")
    assert text.endswith(f" by {collector_name(first.sync_state().device_id)}")
    window.close()
    other.close()
    first.close()
