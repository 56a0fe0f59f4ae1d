"""The database engine and sessions. PostgreSQL only, through psycopg 3."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlmodel import Session


def sqlalchemy_url(url: str) -> str:
    """Any postgres URL (postgres://, postgresql://, postgresql+psycopg://) for psycopg 3."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("postgres"):
        raise ValueError(f"The sync service needs a PostgreSQL database URL, not '{url}'.")
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def libpq_url(url: str) -> str:
    """The same database as a plain libpq URL (for psycopg.connect)."""
    return make_url(sqlalchemy_url(url)).set(drivername="postgresql").render_as_string(
        hide_password=False)


def make_engine(url: str, *, pool_size: int = 10) -> Engine:
    # UTC sessions: timestamps leave the server (and its JSON) in one unambiguous offset.
    return create_engine(
        sqlalchemy_url(url),
        pool_size=pool_size,
        max_overflow=20,
        pool_pre_ping=True,
        # Errors (and so logs) never quote SQL parameters: they hold names and notes.
        hide_parameters=True,
        connect_args={"options": "-c timezone=UTC"},
    )


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on an exception."""
    with Session(engine) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
