"""The in-app administration view against a real sync server: devices with their last sync,
tokens (create, revoke), collection runs and conflicts, in local time; a staff token is told
it needs an administrator's token."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop import admin
from desktop.store import Store
from desktop.sync import connect
from desktop.sync.errors import NotAllowed
from desktop.ui.main_window import MainWindow
from tests.desktop.ui.conftest import seed
from tests.support.desks import sync_once
from tests.support.keyring import isolated_keyring
from tests.support.sync_server import running_sync_server


@pytest.fixture
def server(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    monkeypatch.delenv("INFLUENCER_DESK_TOKEN", raising=False)
    with isolated_keyring(tmp_path), running_sync_server(database_url) as running:
        yield running


def _desk(tmp_path: Path, server, name: str, role: str) -> Store:  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / name)
    connect(store, server.url, server.create_token(role=role, name=name))
    return store


def test_an_admin_sees_devices_tokens_runs_and_conflicts_and_manages_tokens(
        server, tmp_path: Path, qtbot) -> None:
    front = _desk(tmp_path, server, "front desk", "staff")
    seed(front)
    sync_once(front)
    # Tokens are kept per server address on this computer: the office desk connects last.
    office = _desk(tmp_path, server, "office desk", "admin")

    window = MainWindow(office, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.sync_actions.stop()
    dialog = window.show_admin()
    qtbot.waitUntil(lambda: dialog.overview is not None, timeout=15_000)
    devices = [dialog.devices.item(r, 1).text() for r in range(dialog.devices.rowCount())]
    assert "front desk" in devices
    row = devices.index("front desk")
    assert dialog.devices.item(row, 3).text() not in ("", "—")  # its last sync, local time
    tokens = [dialog.tokens.item(r, 0).text() for r in range(dialog.tokens.rowCount())]
    assert {"office desk", "front desk"} <= set(tokens)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Devices", "Tokens", "Collection runs", "Conflicts"]
    assert dialog.runs.rowCount() == 2 and "conflict(s) open" in dialog.conflict_count.text()

    dialog.create("new intern")
    qtbot.waitUntil(lambda: getattr(dialog, "created", None) is not None, timeout=15_000)
    assert dialog.created.name == "new intern" and len(dialog.created.token) > 20
    qtbot.waitUntil(lambda: "new intern" in [dialog.tokens.item(r, 0).text()
                                             for r in range(dialog.tokens.rowCount())],
                    timeout=15_000)
    names = [dialog.tokens.item(r, 0).text() for r in range(dialog.tokens.rowCount())]
    dialog.tokens.selectRow(names.index("front desk"))
    dialog.revoke_selected(confirm=False)
    qtbot.waitUntil(lambda: dialog.tokens.item(
        [dialog.tokens.item(r, 0).text() for r in range(dialog.tokens.rowCount())].index(
            "front desk"), 5).text().startswith("Revoked"), timeout=15_000)
    dialog.token_box.close()
    dialog.close()
    office.close()
    front.close()


def test_a_staff_token_is_told_the_view_needs_an_administrator(server, tmp_path: Path) -> None:
    staff = _desk(tmp_path, server, "front desk", "staff")
    with pytest.raises(NotAllowed, match="needs an administrator's token"):
        admin.overview(staff)
    staff.close()
