"""What `GET /v1/admin/status`, its HTML page and `influencer-sync admin status` report
after a day of two desks syncing."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from shared_models.records import Entity
from sync_api import cli
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, bearer, collection_report, delete, upsert

pytestmark = pytest.mark.postgres


def _office_day(server: SyncServerHandle) -> tuple[SyncClient, SyncClient]:
    """Two desks: records, a metric snapshot, one conflict, a pull, collection reports."""
    office = SyncClient(server.url, server.create_token(name="office"), "desk-office")
    home = SyncClient(server.url, server.create_token(name="home"), "desk-home")
    assert office.handshake().status_code == 200
    assert home.handshake().status_code == 200
    kim, gone, acct = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    [made, _, _] = office.push(
        upsert(Entity.INFLUENCER, kim, {"name": "김민지", "phone": "+821012345678"}),
        upsert(Entity.INFLUENCER, gone, {"name": "Gone", "phone": "+821099998888"}),
        upsert(Entity.ACCOUNT, acct, {"influencer_id": str(kim), "platform": "A",
                                      "handle": "minji"}))
    office.push(upsert(Entity.METRIC_SNAPSHOT, uuid.uuid4(), {
        "account_id": str(acct), "metric": "followers", "value": 10,
        "observed_at": datetime.now(UTC).isoformat(), "source": "collect:desk-office"}))
    office.push(delete(Entity.INFLUENCER, gone, base_version=1))
    office.push(upsert(Entity.INFLUENCER, kim, {"notes": "from office"}, made.version))
    [lost] = home.push(upsert(Entity.INFLUENCER, kim, {"notes": "from home"}, made.version))
    assert lost.conflicts
    home.http.headers["X-Device-Id"] = "desk-home"
    home.pull_all()
    blocked_until = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    for body in (collection_report("desk-office", "A"),
                 collection_report("desk-office", "B", ok=0, error=0, blocked=3, left=3,
                                   finished=False, blocked_until=blocked_until)):
        response = office.http.post("/v1/collection-runs", json=body)
        assert response.status_code == 201, response.text
        assert office.http.post("/v1/collection-runs", json=body).json() == {"stored": False}
    return office, home


def test_status_shows_devices_conflicts_counts_and_collection_results(
        sync_server: SyncServerHandle) -> None:
    _office_day(sync_server)
    admin = sync_server.create_token(role="admin", name="boss")
    response = httpx.get(f"{sync_server.url}/v1/admin/status", headers=bearer(admin))
    assert response.status_code == 200, response.text
    status = response.json()
    devices = {d["device_id"]: d for d in status["devices"]}
    assert set(devices) == {"desk-office", "desk-home"}
    assert devices["desk-office"]["token_name"] == "office"
    assert devices["desk-office"]["last_push_at"] and not devices["desk-office"]["last_pull_at"]
    assert devices["desk-home"]["last_pull_at"] and devices["desk-home"]["last_push_at"]
    tokens = {t["name"]: t for t in status["tokens"]}
    assert tokens["office"]["devices"] == 1 and tokens["boss"]["role"] == "admin"
    assert status["conflicts"]["open"] == 1
    [conflict] = status["conflicts"]["recent"]
    assert (conflict["field"], conflict["token_name"]) == ("notes", "home")
    assert status["records"]["influencer"] == {"live": 1, "deleted": 1}
    assert status["records"]["account"] == {"live": 1, "deleted": 0}
    assert status["metric_snapshots"] == 1
    a, b = status["collection"]
    assert (a["platform"], a["accounts"], a["collected_24h"]) == ("A", 1, 1)
    assert a["last_observed_at"] and a["last_run"]["ok"] == 2 and a["errors_24h"] == 1
    assert a["blocked_until"] is None
    assert (b["collected_24h"], b["blocked_24h"], b["last_run"]["left"]) == (0, 3, 3)
    assert b["blocked_until"]
    assert status["database"]["size_bytes"] > 0
    assert status["database"]["schema_revision"]

    page = httpx.get(f"{sync_server.url}/v1/admin/status.html", headers=bearer(admin))
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "desk-office" in page.text and "Platform B" in page.text


def test_cli_admin_status_prints_the_same(sync_server: SyncServerHandle,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    _office_day(sync_server)
    url = ["--database-url", sync_server.database_url]
    assert cli.main(["admin", "status", "--json", *url]) == 0
    status = json.loads(capsys.readouterr().out)
    assert {d["device_id"] for d in status["devices"]} == {"desk-office", "desk-home"}
    assert status["conflicts"]["open"] == 1
    assert cli.main(["admin", "status", *url]) == 0
    text = capsys.readouterr().out
    for expected in ("desk-office", "desk-home", "1 recorded", "influencer 1 live / 1 deleted",
                     "1 of 1", "blocked until"):
        assert expected in text, expected
