"""Run `influencer-sync serve` as its own process on a free loopback port, the way the demo,
the two-process test and the sync benchmark all need it: start, wait for /healthz, stop."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_serve(args: Sequence[str], log_path: Path) -> tuple[str, subprocess.Popen[bytes]]:
    """Start `serve` with `args` on 127.0.0.1 and a free port; output goes to `log_path`.

    The caller's INFLUENCER_SYNC_* variables are not passed on, so only `args` configure it.
    """
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("INFLUENCER_SYNC_")}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "sync_api", "serve", "--host", "127.0.0.1", "--port",
             str(port), *args], env=env, stdout=out, stderr=subprocess.STDOUT)
    return f"http://127.0.0.1:{port}", process


def wait_until_healthy(url: str, process: subprocess.Popen[bytes], log_path: Path,
                       timeout: float = 120.0) -> None:
    """Return once /healthz answers 200; RuntimeError with the log's end if it never does."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise RuntimeError(f"The sync service stopped while starting:\n{tail}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"The sync service did not answer within {timeout:.0f} s; "
                       f"see {log_path}.")


def stop(process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    """Ask it to stop (uvicorn shuts down, an embedded PostgreSQL with it); kill if stuck."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def serving(args: Sequence[str], log_path: Path, timeout: float = 60.0) -> Iterator[str]:
    """A running `serve` process for the duration of the block; yields its URL."""
    url, process = start_serve(args, log_path)
    try:
        wait_until_healthy(url, process, log_path, timeout)
        yield url
    finally:
        stop(process)
