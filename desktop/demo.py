"""`influencer-desk --demo`: everything a new user needs to try the app, on this machine.

It starts the real sync service (`influencer-sync serve`, on its embedded PostgreSQL) and
the platform simulator, seeds a few hundred influencers with a month of metric history into
a throwaway data dir, connects the desktop to the service, syncs, and points the platform
adapters at the simulator. `stop()` takes it all down and deletes the data.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from desktop.demo_data import seed_demo
from desktop.store import Store
from desktop.sync.tokens import ENV_TOKEN

log = logging.getLogger(__name__)
SERVER_START_TIMEOUT_S = 120.0
DEMO_SEED = 7


@dataclass
class DemoEnvironment:
    root: Path
    data_dir: Path
    server_url: str
    server: subprocess.Popen[bytes]
    sim: object  # platform_sim.server.SimHandle

    def stop(self) -> None:
        from platform_sim.server import stop_sim

        stop_sim(self.sim)  # type: ignore[arg-type]
        if self.server.poll() is None:
            self.server.terminate()  # uvicorn shuts down; the embedded PostgreSQL with it
            try:
                self.server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.server.kill()
        shutil.rmtree(self.root, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _sync_cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "sync_api", *args]


def _wait_healthy(url: str, server: subprocess.Popen[bytes], log_file: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("The demo sync service stopped while starting:\n"
                               + log_file.read_text(encoding="utf-8", errors="replace")[-2000:])
        try:
            if httpx.get(f"{url}/healthz", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"The demo sync service did not answer within "
                       f"{SERVER_START_TIMEOUT_S:.0f} s; see {log_file}.")


def launch_sync_service(root: Path) -> tuple[str, subprocess.Popen[bytes], Path]:
    """Start `influencer-sync serve` on its embedded database; return at once."""
    server_dir = root / "server"
    server_dir.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    log_file = root / "sync-service.log"
    with log_file.open("wb") as out:
        server = subprocess.Popen(
            _sync_cli("serve", "--host", "127.0.0.1", "--port", str(port),
                      "--data-dir", str(server_dir)),
            stdout=out, stderr=subprocess.STDOUT)
    return f"http://127.0.0.1:{port}", server, log_file


def issue_token(root: Path, url: str, server: subprocess.Popen[bytes], log_file: Path) -> str:
    """Wait for the service, then create the demo desk's token the way an admin would."""
    try:
        _wait_healthy(url, server, log_file)
        made = subprocess.run(
            _sync_cli("token", "create", "--data-dir", str(root / "server"), "--name",
                      "demo-desk", "--role", "admin"),
            check=True, capture_output=True, text=True)
    except Exception:
        server.terminate()
        raise
    return made.stdout.strip().splitlines()[-1]


def start_demo(root: Path | None = None, people: int = 300,
               say: Callable[[str], None] = lambda _: None) -> DemoEnvironment:
    """Start everything; the first sync runs in the window, in the background."""
    from platform_sim.server import start_sim

    root = Path(root or tempfile.mkdtemp(prefix="influencer-desk-demo-"))
    data_dir = root / "desk"
    data_dir.mkdir(parents=True, exist_ok=True)
    say("Starting the sync service (embedded PostgreSQL) …")
    url, server, log_file = launch_sync_service(root)  # boots while we seed below
    say("Starting the simulated platforms …")
    # A modest hidden limit, so the demo's collection shows the rate control at work.
    sim = start_sim(seed=DEMO_SEED, profiles=max(people + 40, 200), rate=15.0, burst=10)
    os.environ.update({k: v for k, v in sim.env().items() if k.endswith("_API")})
    try:
        with Store.open(data_dir) as store:
            say(f"Adding {people} demo influencers with a month of metric history …")
            seed_demo(store, sim.dataset.listing(), people=people, seed=DEMO_SEED)
            say("Waiting for the sync service and issuing this desk's token …")
            token = issue_token(root, url, server, log_file)
            # The demo's token lives in this process's environment, never in the OS keyring.
            os.environ[ENV_TOKEN] = token
            store.set_server(url)
    except Exception:
        from platform_sim.server import stop_sim

        stop_sim(sim)
        server.terminate()
        raise
    return DemoEnvironment(root=root, data_dir=data_dir, server_url=url, server=server,
                           sim=sim)
