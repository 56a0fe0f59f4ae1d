"""The simulator on a socket: a threading HTTP/1.1 server (keep-alive) around `SimApp`.

`running_sim(seed=..., **config)` starts one on a free loopback port in a background thread
and hands back a `SimHandle` for tests, the demo and the benchmarks.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from platform_sim.app import SimApp
from platform_sim.config import SimConfig
from platform_sim.dataset import Dataset
from platform_sim.stats import LogEntry


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes
    server_version = "platform_sim/1"
    app: SimApp  # set on the subclass the server makes

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        self._answer("POST")

    def _answer(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        response = self.app.handle(method, self.path, self.client_address[0], body)
        if response.delay > 0:
            time.sleep(response.delay)
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body)

    def log_message(self, format: str, *args: Any) -> None:  # quiet: stats keep the record
        pass


class SimServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, app: SimApp, host: str = "127.0.0.1", port: int = 0) -> None:
        handler = type("SimHandler", (_Handler,), {"app": app})
        super().__init__((host, port), handler)
        self.app = app

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


@dataclass
class SimHandle:
    """A running simulator: its base URL (API and web) and in-process controls."""

    server: SimServer

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def app(self) -> SimApp:
        return self.server.app

    @property
    def dataset(self) -> Dataset:
        return self.app.dataset

    @property
    def config(self) -> SimConfig:
        return self.app.config

    def stats(self) -> dict[str, Any]:
        return self.app.stats.snapshot()

    def log(self, since: float = 0.0) -> list[LogEntry]:
        return self.app.stats.entries(since)

    def configure(self, reset: bool = False, **changes: Any) -> SimConfig:
        return self.app.configure(changes, reset=reset)

    def reset(self) -> None:
        self.app.reset()

    def env(self) -> dict[str, str]:
        """Environment variables that point the desktop's adapters at this simulator."""
        return {f"INFLUENCER_DESK_PLATFORM_{p}_{k}": self.url
                for p in ("A", "B") for k in ("API", "WEB")}


def start_sim(port: int = 0, host: str = "127.0.0.1", **config: Any) -> SimHandle:
    """Start a simulator in a daemon thread; stop it with `stop_sim(handle)`."""
    app = SimApp(SimConfig(**config))
    server = SimServer(app, host, port)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              name="platform_sim", daemon=True)
    thread.start()
    return SimHandle(server)


def stop_sim(handle: SimHandle) -> None:
    handle.server.shutdown()
    handle.server.server_close()


@contextmanager
def running_sim(seed: int = 1, **config: Any) -> Iterator[SimHandle]:
    """A simulator on a free loopback port for the duration of the `with` block."""
    handle = start_sim(seed=seed, **config)
    try:
        yield handle
    finally:
        stop_sim(handle)
