"""Issue 17, item 14: every error is JSON with a stable code; PostgreSQL unavailable is 503
with Retry-After (the desk: "server unreachable, will retry"); logs hold no request values.

PostgreSQL is made unavailable for real: the office's database stops taking connections
and the server's open ones are ended, as when the database restarts.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from desktop.sync.client import SyncClient as DeskClient
from desktop.sync.errors import ServerUnreachable
from shared_models.records import Entity
from shared_models.sync import PushRequest
from sync_api.core.db import libpq_url
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, upsert

pytestmark = pytest.mark.postgres
SECRET = "홍비밀 010-9876-5432"


@contextmanager
def database_down(server: SyncServerHandle) -> Iterator[None]:
    url = make_url(server.database_url)
    name = url.database
    admin = libpq_url(url.set(database="postgres").render_as_string(hide_password=False))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(
            sql.Identifier(name)))
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
    try:
        yield
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(
                sql.Identifier(name)))


def test_errors_are_json_with_a_code(sync_server: SyncServerHandle) -> None:
    url = sync_server.url
    staff = {"Authorization": f"Bearer {sync_server.create_token()}"}
    answers = {
        "unauthorized": httpx.get(f"{url}/v1/sync/changes"),
        "forbidden": httpx.get(f"{url}/v1/admin/status", headers=staff),
        "not_found": httpx.get(f"{url}/v1/nowhere", headers=staff),
        "method_not_allowed": httpx.delete(f"{url}/v1/sync/push", headers=staff),
        "invalid_request": httpx.post(f"{url}/v1/sync/push", headers=staff, content=b"{]"),
    }
    for code, response in answers.items():
        assert response.headers["content-type"] == "application/json", code
        body = response.json()
        assert body["code"] == code and body["detail"], body


def test_the_database_down_is_503_with_retry_after_and_the_desk_will_retry(
        sync_server: SyncServerHandle, caplog: pytest.LogCaptureFixture) -> None:
    cached = sync_server.create_token(name="office")
    office = SyncClient(sync_server.url, cached, "desk-office")
    office.push(upsert(Entity.INFLUENCER, uuid.uuid4(), {"name": "김민지"}))  # token cached
    fresh = sync_server.create_token(name="new-desk")
    caplog.set_level(logging.INFO)
    with database_down(sync_server):
        push = office.push_raw([upsert(Entity.INFLUENCER, uuid.uuid4(),
                                       {"name": SECRET, "notes": SECRET})])
        pull = office.http.get("/v1/sync/changes")
        unknown_token = SyncClient(sync_server.url, fresh, "desk-new").push_raw([])
        for response in (push, pull, unknown_token):
            assert response.status_code == 503, response.text
            assert response.json()["code"] == "database_unavailable"
            assert int(response.headers["Retry-After"]) > 0
        with DeskClient(sync_server.url, cached) as desk, \
                pytest.raises(ServerUnreachable, match="tried again in 15 seconds"):
            desk.push(PushRequest(device_id="desk-office", ops=[
                upsert(Entity.INFLUENCER, uuid.uuid4(), {"name": SECRET})]))
    assert "database_unavailable" in caplog.text
    assert "홍비밀" not in caplog.text and "9876" not in caplog.text
    # Back up: the same desk pushes again without anything lost.
    [applied] = office.push(upsert(Entity.INFLUENCER, uuid.uuid4(), {"name": SECRET}))
    assert applied.record is not None and applied.record["name"] == SECRET


def test_a_failure_is_logged_without_the_values_of_the_request(
        sync_server: SyncServerHandle, office: SyncClient,
        caplog: pytest.LogCaptureFixture) -> None:
    """PostgreSQL quotes the failing row in its message ("Failing row contains (홍비밀, ...)"):
    the client gets a JSON 500, the log the code and the frames, not the message."""
    with psycopg.connect(libpq_url(sync_server.database_url), autocommit=True) as conn:
        conn.execute("ALTER TABLE influencer ADD CONSTRAINT test_refuses_notes "
                     "CHECK (notes NOT LIKE '%9876%')")
    caplog.set_level(logging.INFO)
    good = uuid.uuid4()
    answer = office.push_raw([upsert(Entity.INFLUENCER, uuid.uuid4(),
                                     {"name": SECRET, "notes": SECRET}),
                              upsert(Entity.INFLUENCER, good, {"name": "김하늘"})])
    # The database refuses one op: that op alone is rejected (per-op isolation), the rest
    # applies, and neither the answer nor the log repeats the refused values.
    assert answer.status_code == 200
    refused, applied = answer.json()["results"]
    assert refused["status"] == "rejected" and applied["status"] == "applied"
    assert "9876" not in answer.text and "홍비밀" not in answer.text
    assert "CheckViolation" in caplog.text  # the kind of failure, for the administrator
    assert "홍비밀" not in caplog.text and "9876" not in caplog.text
