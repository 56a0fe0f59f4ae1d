"""A real sync server for tests: `running_sync_server(database_url)` (shared contract).

    with running_sync_server(database_url) as server:
        token = server.create_token(role="staff")
        httpx.get(f"{server.url}/v1/sync/changes", headers={"Authorization": f"Bearer {token}"})

It migrates the database, runs the real app with uvicorn on 127.0.0.1 (a free port) in a
background thread, and stops it on exit. `settings_overrides` are Settings fields, e.g.
`allowed_networks="10.0.0.0/8"` or `trusted_proxies="127.0.0.1/32"`.
"""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from sqlalchemy import Engine

from sync_api.app import create_app
from sync_api.core.config import Settings
from sync_api.core.db import make_engine, session_scope
from sync_api.core.migrate import upgrade
from sync_api.tokens import create_token


@dataclass
class SyncServerHandle:
    url: str  # e.g. "http://127.0.0.1:54321"
    database_url: str
    settings: Settings
    engine: Engine

    def create_token(self, role: str = "staff", name: str = "test") -> str:
        """A new bearer token with `role` ('staff' or 'admin')."""
        with session_scope(self.engine) as session:
            return create_token(session, name, role).token


@contextmanager
def running_sync_server(database_url: str, **settings_overrides: Any) -> Iterator[SyncServerHandle]:
    upgrade(database_url)
    with tempfile.TemporaryDirectory(prefix="idesk-sync-") as data_dir:
        # The tests' platforms are platform_sim on loopback: its host is one of the
        # office's platform web hosts, as a real office would set it for a simulator.
        values: dict[str, Any] = {"data_dir": Path(data_dir), "platform_web_hosts": "127.0.0.1",
                                  **settings_overrides, "database_url": database_url}
        settings = Settings(**values)
        engine = make_engine(database_url)
        app = create_app(settings, engine)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # As `influencer-sync serve` does (uvicorn's own sockets): without it, a reused
        # keep-alive connection stalls ~40 ms per request (Nagle + delayed ACK).
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on",
                                               proxy_headers=False))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                                  name=f"sync-server-{port}", daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                raise RuntimeError("The test sync server did not start; see the log above.")
            time.sleep(0.01)
        try:
            yield SyncServerHandle(url=f"http://127.0.0.1:{port}", database_url=database_url,
                                   settings=settings, engine=engine)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            sock.close()
            engine.dispose()
