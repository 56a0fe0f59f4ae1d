"""A server database made by the previous schema (0007) keeps its data through 0008, and the
records it holds sync as before: field ownership starts empty, so nothing conflicts with
itself; a desk on protocol 1 is told to update."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from alembic import command

from shared_models.sync import OpStatus
from sync_api.core.db import libpq_url
from sync_api.core.migrate import alembic_config
from tests.support.sync_server import running_sync_server
from tests.sync_api.conftest import SyncClient, upsert
from tests.sync_api.sync.conftest import INF

pytestmark = pytest.mark.postgres


def test_records_from_schema_0007_sync_after_the_upgrade(database_url: str) -> None:
    command.upgrade(alembic_config(database_url), "0007")
    rid = uuid.uuid4()
    with psycopg.connect(libpq_url(database_url)) as conn:
        conn.execute(
            "INSERT INTO influencer (id, name, name_key, phone, notes, tags, version, "
            "field_versions, created_by_device, server_seq) VALUES (%s, '김민지', '김민지', "
            "'+821012345678', 'old notes', '[]', 2, '{\"notes\": 2}', 'desk-old', "
            "nextval('sync_server_seq'))", (rid,))
    with running_sync_server(database_url) as server:  # upgrades to the newest schema
        desk = SyncClient(server.url, server.create_token(), "desk-new")
        assert desk.handshake(protocol=1).json()["compatible"] is False
        kept = desk.latest()[rid].data
        assert (kept["name"], kept["notes"]) == ("김민지", "old notes")
        [edit] = desk.push(upsert(INF, rid, {"notes": "new notes"}, base_version=2))
        assert edit.status == OpStatus.APPLIED and edit.version == 3
        [stale] = desk.push(upsert(INF, rid, {"notes": "stale"}, base_version=1))
        # Its own edit at v3 never conflicts with it: applied (merged: v2..v3 moved on).
        assert stale.status == OpStatus.MERGED and stale.record["notes"] == "stale"
        other = SyncClient(server.url, server.create_token(name="b"), "desk-other")
        [lost] = other.push(upsert(INF, rid, {"notes": "other"}, base_version=2))
        assert lost.status == OpStatus.CONFLICT
