"""A server database made by the previous schema (0004) upgrades: stored name keys follow
the rule that ignores spaces, the people it makes equal both stay (listed as duplicates by
the desktops, never merged here), and the history starts empty."""

from __future__ import annotations

import psycopg
from alembic import command

from sync_api.core.db import libpq_url
from sync_api.core.migrate import alembic_config


def test_an_0004_database_upgrades_keys_and_keeps_both_people(database_url: str) -> None:
    config = alembic_config(database_url)
    command.upgrade(config, "0004")
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        for name, key in (("김 하늘", "김 하늘"), ("김하늘", "김하늘"),
                          ("Park  Jisoo", "park  jisoo")):
            conn.execute(
                "INSERT INTO influencer (id, name, name_key, phone, version, server_seq) "
                "VALUES (gen_random_uuid(), %s, %s, '+821011112222', 1, nextval("
                "'sync_server_seq'))", (name, key))
    command.upgrade(config, "head")
    with psycopg.connect(libpq_url(database_url)) as conn:
        rows = sorted(conn.execute("SELECT name, name_key, deleted_at FROM influencer"))
        history = conn.execute("SELECT count(*) FROM change_history").fetchone()
    assert rows == [("Park  Jisoo", "parkjisoo", None), ("김 하늘", "김하늘", None),
                    ("김하늘", "김하늘", None)]
    assert history == (0,)
