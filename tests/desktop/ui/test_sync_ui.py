"""Sync from the window against a real server (real PostgreSQL, real HTTP): F5 sends the
edit, the status bar tells the truth, and a conflict is settled in the conflicts dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.store import Store
from desktop.sync import connect
from desktop.sync.tokens import save_token
from desktop.ui.dialogs.conflicts_dialog import ConflictsDialog
from desktop.ui.main_window import MainWindow
from shared_models.platforms import Platform
from tests.support.desks import sync_once
from tests.support.sync_server import SyncServerHandle


@pytest.fixture(autouse=True)
def _keyring(keyring_sandbox: None) -> None:
    """Every test here uses a throwaway keyring."""


@pytest.fixture
def two_stores(tmp_path: Path, sync_server: SyncServerHandle) -> Iterator[tuple[Store, Store]]:
    server = sync_server
    token = server.create_token(name="office")
    mine, theirs = Store.open(tmp_path / "mine"), Store.open(tmp_path / "theirs")
    for store in (mine, theirs):
        connect(store, server.url, token)
    yield mine, theirs
    mine.close()
    theirs.close()


@pytest.fixture
def window(qtbot, tmp_path: Path, two_stores):  # type: ignore[no-untyped-def]
    mine, _ = two_stores
    win = MainWindow(mine, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.sync_actions.synced, timeout=15_000):
        win.show()  # a connected window catches up by itself right after it opens
    return win


def test_f5_sends_local_edits_and_the_status_bar_says_so(window, two_stores, qtbot) -> None:
    mine, theirs = two_stores
    person = mine.create_influencer(name="김하늘", phone="010-3333-4444")
    mine.create_account(influencer_id=person.id, platform="A", handle="haneul_blog")
    window.sync_actions.refresh_status()
    assert window.sync_actions.pending_label.text() == "2 change(s) to send"
    with qtbot.waitSignal(window.sync_actions.synced, timeout=15_000):
        window.sync_actions.act_sync.trigger()
    assert window.sync_actions.pending_label.text() == "All changes sent"
    assert window.sync_actions.state_label.text().startswith("● Online")
    sync_once(theirs)
    assert theirs.find_influencer("김하늘", "+821033334444") is not None


def test_changes_from_elsewhere_appear_in_the_table_after_sync(window, two_stores,
                                                               qtbot) -> None:
    _, theirs = two_stores
    person = theirs.create_influencer(name="Olivia Park")
    theirs.create_account(influencer_id=person.id, platform="B", handle="olivia.park")
    sync_once(theirs)
    assert window.models[Platform.B].total == 0
    with qtbot.waitSignal(window.sync_actions.synced, timeout=15_000):
        window.sync_actions.act_sync.trigger()
    model = window.models[Platform.B]
    assert model.total == 1
    assert model.row_at(0).handle == "olivia.park"


def test_conflict_badge_and_keep_mine(window, two_stores, qtbot) -> None:
    mine, theirs = two_stores
    person = mine.create_influencer(name="정우성", phone="010-7777-8888", notes="first")
    sync_once(mine)
    sync_once(theirs)
    theirs.update_influencer(person.id, notes="theirs wins the race")
    sync_once(theirs)
    mine.update_influencer(person.id, notes="mine typed later")
    with qtbot.waitSignal(window.sync_actions.synced, timeout=15_000):
        window.sync_actions.act_sync.trigger()
    badge = window.sync_actions.conflicts_button
    assert badge.isVisibleTo(window) and badge.text() == "⚠ 1 conflict(s)"
    assert mine.get_influencer(person.id).notes == "theirs wins the race"
    dialog = ConflictsDialog(mine, window)
    qtbot.addWidget(dialog)
    row = [dialog.table.item(0, c).text() for c in range(4)]
    assert row == ["정우성", "Notes", "mine typed later", "theirs wins the race"]
    dialog.keep_mine.click()
    assert dialog.table.rowCount() == 0
    assert mine.get_influencer(person.id).notes == "mine typed later"
    sync_once(mine)
    sync_once(theirs)
    assert theirs.get_influencer(person.id).notes == "mine typed later"


def test_server_down_shows_offline_and_keeps_the_edit(window, two_stores,
                                                      qtbot) -> None:
    mine, _ = two_stores
    mine.set_server("http://127.0.0.1:9")  # nothing listens there: like a lost network

    save_token("http://127.0.0.1:9", "whatever")
    mine.create_influencer(name="오프라인")
    with qtbot.waitSignal(window.sync_actions.synced, timeout=15_000):
        window.sync_actions.act_sync.trigger()
    assert window.sync_actions.state_label.text() == "● Offline"
    assert "kept" in window.sync_actions.state_label.toolTip()
    assert window.sync_actions.pending_label.text() == "1 change(s) to send"
