"""A server database made by the previous release (0008) upgrades to `merged_into`: people
merged before get their pointer from the history (unless restored since), with a new
`server_seq` so desks pull it, and every pull document carries the field."""

from __future__ import annotations

import json
import uuid

import psycopg
from alembic import command

from sync_api.core.db import libpq_url
from sync_api.core.migrate import alembic_config


def test_an_0008_database_gets_the_pointers_of_earlier_merges(database_url: str) -> None:
    config = alembic_config(database_url)
    command.upgrade(config, "0008")
    keep, merged, restored, plain = (uuid.uuid4() for _ in range(4))
    with psycopg.connect(libpq_url(database_url), autocommit=True) as conn:
        for pid, name, deleted in ((keep, "김 하늘", False), (merged, "김하늘", True),
                                   (restored, "Kim Haneul", False), (plain, "박새봄", True)):
            conn.execute(
                "INSERT INTO influencer (id, name, name_key, phone, version, server_seq, "
                "deleted_at) VALUES (%s, %s, %s, '', 2, nextval('sync_server_seq'), "
                "CASE WHEN %s THEN now() END)", (pid, name, name.replace(" ", "").lower(),
                                                 deleted))
        for pid, action, value in ((merged, "delete", True), (merged, "merge", str(keep)),
                                   (restored, "delete", True), (restored, "merge", str(keep)),
                                   (restored, "restore", False), (plain, "delete", True)):
            conn.execute(
                "INSERT INTO change_history (entity, record_id, action, field, new_value, "
                "changed_at) VALUES ('influencer', %s, %s, '', %s, now())",
                (pid, action, json.dumps(value)))
        seqs = dict(conn.execute("SELECT id, server_seq FROM influencer").fetchall())
    command.upgrade(config, "head")
    with psycopg.connect(libpq_url(database_url)) as conn:
        rows = {r[0]: r[1:] for r in conn.execute(
            "SELECT id, merged_into, server_seq, change_doc FROM influencer")}
    assert rows[merged][0] == keep and rows[merged][1] > max(seqs.values())
    assert json.loads(rows[merged][2])["data"]["merged_into"] == str(keep)
    for untouched in (keep, restored, plain):  # live, restored since, or a plain delete
        assert rows[untouched][0] is None and rows[untouched][1] == seqs[untouched]
    command.downgrade(config, "0008")
    command.upgrade(config, "head")
