"""`influencer-sync` leaves nothing running behind it: `serve` stops its embedded PostgreSQL
on SIGTERM and Ctrl-C, and `token create` prints the token alone, for scripts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sync_api import launch
from sync_api.embedded import pgdata_dir
from tests.support.processes import processes_of, survivors
from tests.support.sync_server import SyncServerHandle

pytestmark = pytest.mark.postgres


@pytest.fixture
def data_dir() -> Iterator[Path]:
    # Not tmp_path: as root the embedded server runs as another user (see test_cli.py).
    with tempfile.TemporaryDirectory(prefix="idesk-sync-life-") as directory:
        yield Path(directory) / "sync-data"


@pytest.mark.parametrize(("signum", "exit_code"), [(signal.SIGTERM, 143),
                                                   (signal.SIGINT, 0)])
def test_serve_stops_its_embedded_postgresql(data_dir: Path, signum: int,
                                             exit_code: int) -> None:
    log = data_dir.parent / "serve.log"
    url, serve = launch.start_serve(["--data-dir", str(data_dir)], log)
    try:
        launch.wait_until_healthy(url, serve, log, timeout=120)
        running = processes_of(serve.pid, data_dir)
        assert any(p.name() == "postgres" for p in running), "no embedded PostgreSQL found"
        serve.send_signal(signum)
        assert serve.wait(60) == exit_code, log.read_text()
        assert survivors(running) == []
        assert not (pgdata_dir(data_dir) / "postmaster.pid").exists()
    finally:
        launch.stop(serve)


def test_a_killed_user_does_not_keep_the_database_running(data_dir: Path) -> None:
    """A command killed outright (here: a pid that is gone) never let go of the database;
    `serve` forgets it and still stops the database when it ends."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    users = pgdata_dir(data_dir) / ".handle_pids.json"
    log = data_dir.parent / "serve.log"
    with launch.serving(["--data-dir", str(data_dir)], log, timeout=120):
        running = processes_of(None, data_dir)
        users.write_text(users.read_text().replace("[", f"[{gone.pid}, ", 1))
    assert survivors(running) == []
    assert str(gone.pid) not in users.read_text()


def test_token_create_prints_only_the_token(sync_server: SyncServerHandle) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INFLUENCER_SYNC_")}
    made = subprocess.run(
        [sys.executable, "-m", "sync_api", "token", "create", "--name", "script",
         "--database-url", sync_server.database_url],
        capture_output=True, text=True, env=env, timeout=120, check=True)
    token = made.stdout.removesuffix("\n")
    assert token and "\n" not in token and " " not in token, made.stdout
    assert "Created staff token" in made.stderr and token not in made.stderr
    response = httpx.get(f"{sync_server.url}/v1/sync/changes",
                         headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200


def test_serve_stopped_while_its_database_starts(data_dir: Path) -> None:
    """SIGTERM as soon as the embedded PostgreSQL's server has started (before `serve`
    answers, often before the start returned): whichever step it interrupts, nothing is
    left running."""
    log = data_dir.parent / "serve.log"
    _url, serve = launch.start_serve(["--data-dir", str(data_dir)], log)
    started = pgdata_dir(data_dir) / "postmaster.pid"
    try:
        deadline = time.monotonic() + 120
        while not started.exists():
            assert serve.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.01)
        running = processes_of(serve.pid, data_dir)
        serve.send_signal(signal.SIGTERM)
        serve.wait(60)
        assert survivors(running | processes_of(None, data_dir)) == []
        assert processes_of(None, data_dir) == set()
    finally:
        launch.stop(serve)
