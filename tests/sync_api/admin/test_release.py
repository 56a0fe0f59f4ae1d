"""The admin advertises a desktop release; the handshake carries it; the desktop says so."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from desktop import __version__
from desktop import cli as desk_cli
from desktop.store import Store
from desktop.sync import connect, open_engine
from desktop.ui.app import settings_for
from desktop.ui.main_window import MainWindow
from desktop.updates import available_update
from sync_api import cli
from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.conftest import SyncClient, bearer

pytestmark = [pytest.mark.postgres, pytest.mark.usefixtures("keyring_sandbox")]
DOWNLOAD = "https://downloads.example.com/InfluencerDesk-99.0.0-setup.exe"


def test_admin_sets_a_release_and_the_handshake_carries_it(sync_server: SyncServerHandle,
                                                           ) -> None:
    admin = sync_server.create_token(role="admin", name="boss")
    desk = SyncClient(sync_server.url, sync_server.create_token(), "desk-1")
    assert desk.handshake().json()["latest_desktop_version"] is None
    put = httpx.put(f"{sync_server.url}/v1/admin/release", headers=bearer(admin),
                    json={"version": "99.0.0", "download_url": DOWNLOAD})
    assert put.status_code == 200, put.text
    assert (put.json()["source"], put.json()["updated_by"]) == ("admin", "boss")
    answer = desk.handshake().json()
    assert (answer["latest_desktop_version"], answer["download_url"]) == ("99.0.0", DOWNLOAD)
    bad = httpx.put(f"{sync_server.url}/v1/admin/release", headers=bearer(admin),
                    json={"version": "soon", "download_url": "file:///etc/passwd"})
    assert bad.status_code == 422
    assert httpx.delete(f"{sync_server.url}/v1/admin/release",
                        headers=bearer(admin)).status_code == 204
    assert desk.handshake().json()["latest_desktop_version"] is None


def test_the_settings_release_is_the_fallback(database_url: str) -> None:
    with running_sync_server(database_url, latest_desktop_version="1.2.3",
                             download_url="https://x.test/d") as server:
        desk = SyncClient(server.url, server.create_token(), "desk-1")
        assert desk.handshake().json()["latest_desktop_version"] == "1.2.3"


def test_release_set_from_the_cli_reaches_the_desktop_status(
        sync_server: SyncServerHandle, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = ["--database-url", sync_server.database_url]
    assert cli.main(["admin", "set-release", "--version", "99.0.0", "--url", DOWNLOAD,
                     *url]) == 0
    assert cli.main(["admin", "set-release", "--version", "x y", "--url", DOWNLOAD, *url]) == 2
    assert "not a version number" in capsys.readouterr().err
    data_dir = tmp_path / "desk"
    with Store.open(data_dir) as store:
        connect(store, sync_server.url, sync_server.create_token())
        engine = open_engine(store)
        assert engine is not None
        assert available_update(store) is None  # not until a sync has asked
        engine.sync()
        engine.close()
        update = available_update(store)
        assert update is not None and update.version == "99.0.0"
        assert available_update(store, running="99.0.0") is None
        assert available_update(store, running="100.0") is None
    capsys.readouterr()
    assert desk_cli.main(["status", "--json", "--data-dir", str(data_dir)]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["update"] == {"version": "99.0.0", "download_url": DOWNLOAD}
    assert status["version"] == __version__
    assert desk_cli.main(["status", "--data-dir", str(data_dir)]) == 0
    assert f"A new version 99.0.0 is available: {DOWNLOAD}" in capsys.readouterr().out


def test_the_window_shows_the_new_version_with_its_link(
        sync_server: SyncServerHandle, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    cli.main(["admin", "set-release", "--version", "99.0.0", "--url", DOWNLOAD,
              "--database-url", sync_server.database_url])
    with Store.open(tmp_path / "desk") as store:
        connect(store, sync_server.url, sync_server.create_token())
        engine = open_engine(store)
        assert engine is not None
        engine.sync()
        engine.close()
        window = MainWindow(store, settings_for(tmp_path / "desk"))
        qtbot.addWidget(window)
        label = window.sync_actions.update_label
        window.sync_actions.refresh_status()
        assert not label.isHidden()
        assert "A new version 99.0.0 is available" in label.text()
        assert DOWNLOAD in label.text()
        window.close()
