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
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.demo_data import seed_demo
from desktop.store import Store
from desktop.sync.tokens import ENV_TOKEN
from platform_sim.server import SimHandle, start_sim, stop_sim
from sync_api import launch

log = logging.getLogger(__name__)
SERVER_START_TIMEOUT_S = 120.0
DEMO_SEED = 7


@dataclass
class DemoEnvironment:
    root: Path
    data_dir: Path
    server_url: str
    server: subprocess.Popen[bytes]
    sim: SimHandle

    def stop(self) -> None:
        stop_sim(self.sim)
        launch.stop(self.server)
        shutil.rmtree(self.root, ignore_errors=True)


def launch_sync_service(root: Path) -> tuple[str, subprocess.Popen[bytes], Path]:
    """Start `influencer-sync serve` on its embedded database; return at once."""
    log_file = root / "sync-service.log"
    url, server = launch.start_serve(["--data-dir", str(root / "server")], log_file)
    return url, server, log_file


def issue_token(root: Path, url: str, server: subprocess.Popen[bytes], log_file: Path) -> str:
    """Wait for the service, then create the demo desk's token the way an admin would."""
    try:
        launch.wait_until_healthy(url, server, log_file, SERVER_START_TIMEOUT_S)
        made = subprocess.run(
            [sys.executable, "-m", "sync_api", "token", "create", "--data-dir",
             str(root / "server"), "--name", "demo-desk", "--role", "admin"],
            check=True, capture_output=True, text=True)
    except BaseException:  # Ctrl-C or SIGTERM while waiting too: no server left behind
        launch.stop(server)
        raise
    return made.stdout.strip()  # the token alone (its messages went to stderr)


def start_demo(root: Path | None = None, people: int = 300,
               say: Callable[[str], None] = lambda _: None) -> DemoEnvironment:
    """Start everything; the first sync runs in the window, in the background."""
    root = Path(root or tempfile.mkdtemp(prefix="influencer-desk-demo-"))
    data_dir = root / "desk"
    data_dir.mkdir(parents=True, exist_ok=True)
    say("Starting the sync service (embedded PostgreSQL) …")
    url, server, log_file = launch_sync_service(root)  # boots while we seed below
    sim: SimHandle | None = None
    try:  # from here on a Ctrl-C or SIGTERM takes down what has started
        say("Starting the simulated platforms …")
        # A modest hidden limit, so the demo's collection shows the rate control at work.
        sim = start_sim(seed=DEMO_SEED, profiles=max(people + 40, 200), rate=15.0, burst=10)
        os.environ.update({k: v for k, v in sim.env().items() if k.endswith("_API")})
        with Store.open(data_dir) as store:
            say(f"Adding {people} demo influencers with a month of metric history …")
            seed_demo(store, sim.dataset.listing(), people=people, seed=DEMO_SEED)
            say("Waiting for the sync service and issuing this desk's token …")
            token = issue_token(root, url, server, log_file)
            # The demo's token lives in this process's environment, never in the OS keyring.
            os.environ[ENV_TOKEN] = token
            store.set_server(url)
    except BaseException:  # Ctrl-C or SIGTERM while starting: take down what runs
        if sim is not None:
            stop_sim(sim)
        launch.stop(server)
        shutil.rmtree(root, ignore_errors=True)
        raise
    assert sim is not None  # started above, or we raised
    return DemoEnvironment(root=root, data_dir=data_dir, server_url=url, server=server,
                           sim=sim)
