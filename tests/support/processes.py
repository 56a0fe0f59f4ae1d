"""Which processes a test started, to check none outlives it: the descendants of a process
and any process whose command line names a folder (a server's data dir, an embedded
PostgreSQL's pgdata: pg_ctl detaches the database server from whoever started it)."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import psutil


def processes_of(pid: int | None, folder: Path) -> set[psutil.Process]:
    found: set[psutil.Process] = set()
    if pid is not None:
        with contextlib.suppress(psutil.NoSuchProcess):
            found.update(psutil.Process(pid).children(recursive=True))
    for process in psutil.process_iter(["cmdline"]):
        if str(folder) in " ".join(process.info["cmdline"] or ()):
            found.add(process)
            with contextlib.suppress(psutil.NoSuchProcess):
                found.update(process.children(recursive=True))
    return found


def survivors(processes: set[psutil.Process], timeout: float = 15.0) -> list[str]:
    """The ones still running after `timeout` s (zombies count as gone), described."""
    deadline = time.monotonic() + timeout
    while True:
        alive = []
        for process in processes:
            try:
                if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                    alive.append(f"{process.pid} {' '.join(process.cmdline())}")
            except psutil.NoSuchProcess:
                pass
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.2)
