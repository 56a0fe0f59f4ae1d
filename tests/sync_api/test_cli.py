"""`influencer-sync` as an administrator uses it, against a running server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.sync_server import SyncServerHandle

pytestmark = pytest.mark.postgres


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("INFLUENCER_SYNC_")}


def _cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "sync_api", *args], capture_output=True,
                            text=True, env=_env(), timeout=120)
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_token_create_prints_a_token_that_works_on_the_running_server(
        sync_server: SyncServerHandle) -> None:
    db = sync_server.database_url
    out = _cli("token", "create", "--name", "desk-7", "--role", "staff", "--database-url", db)
    token = out.stdout.strip().splitlines()[-1]
    response = httpx.get(f"{sync_server.url}/v1/sync/changes",
                         headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200

    listing = _cli("token", "list", "--database-url", db).stdout
    assert "desk-7" in listing and "staff" in listing and token not in listing
    revoked = _cli("token", "revoke", "desk-7", "--database-url", db).stdout
    assert "Revoked" in revoked
    # The server remembers a good token for token_cache_seconds (5 s) before asking again.
    deadline = time.monotonic() + sync_server.settings.token_cache_seconds + 5
    while httpx.get(f"{sync_server.url}/v1/sync/changes",
                    headers={"Authorization": f"Bearer {token}"}).status_code != 401:
        assert time.monotonic() < deadline, "a revoked token still works"
        time.sleep(0.5)
    missing = _cli("token", "revoke", "desk-7", "--database-url", db, check=False)
    assert missing.returncode == 1 and "No live token" in missing.stderr


def test_migrate_brings_an_empty_database_up_to_date(database_url: str) -> None:
    assert "up to date" in _cli("migrate", "--database-url", database_url).stdout
    assert "up to date" in _cli("migrate", "--database-url", database_url).stdout


def test_a_bad_network_setting_is_reported_plainly(database_url: str) -> None:
    result = _cli("serve", "--database-url", database_url, "--allowed-networks", "office",
                  check=False)
    assert result.returncode == 2
    assert "'office' is not a network" in result.stderr


@pytest.fixture
def data_dir() -> Iterator[Path]:
    # Not pytest's tmp_path: when running as root the embedded server runs as another user,
    # and concurrent pytest runs reset /tmp/pytest-of-root to mode 0700 under it.
    with tempfile.TemporaryDirectory(prefix="idesk-sync-cli-") as directory:
        yield Path(directory) / "sync-data"


def test_serve_with_the_embedded_database_and_token_create_alongside(data_dir: Path) -> None:
    port = _free_port()
    serve = subprocess.Popen(
        [sys.executable, "-m", "sync_api", "serve", "--data-dir", str(data_dir),
         "--host", "127.0.0.1", "--port", str(port)],
        env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert serve.poll() is None, serve.stdout.read() if serve.stdout else ""
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "serve did not come up"
            time.sleep(0.3)
        # The admin creates a token on the same machine while the server keeps running.
        out = _cli("token", "create", "--name", "front desk", "--role", "admin",
                   "--data-dir", str(data_dir))
        token = out.stdout.strip().splitlines()[-1]
        headers = {"Authorization": f"Bearer {token}"}
        assert httpx.get(f"{url}/v1/sync/changes", headers=headers).status_code == 200
        assert httpx.get(f"{url}/v1/admin/tokens", headers=headers).status_code == 200
        assert serve.poll() is None  # the token command did not stop the shared database
        assert (data_dir / "pgdata" / "PG_VERSION").exists()
    finally:
        serve.send_signal(signal.SIGINT)
        try:
            serve.wait(30)
        except subprocess.TimeoutExpired:
            serve.kill()
            serve.wait(10)
