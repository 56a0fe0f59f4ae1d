"""Issue 17, items 3, 6, 7, 9 and 10: one bad value refused alone, never stored, never
taking the office offline.

Pushes are sent as raw JSON, as a broken script or a hostile insider would send them (the
app's own models would refuse to build some of these).
"""

from __future__ import annotations

import json
import uuid
from typing import Any
from uuid import UUID

import pytest
from alembic import command

from shared_models.records import Entity
from shared_models.rules import MAX_TAG_CHARS, MAX_TAGS, UNSTORABLE_MESSAGE
from shared_models.sync import OpStatus, PushResponse
from sync_api.core.migrate import alembic_config
from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.conftest import SyncClient, collection_report, server_rows, upsert
from tests.sync_api.sync.conftest import ACC, new_influencer

pytestmark = pytest.mark.postgres


def _op(entity: str, fields: dict[str, Any], record_id: UUID | None = None) -> dict[str, Any]:
    return {"op_id": str(uuid.uuid4()), "entity": entity, "id": str(record_id or uuid.uuid4()),
            "kind": "upsert", "base_version": None, "fields": fields}


def _push_json(client: SyncClient, body: str) -> PushResponse:
    response = client.http.post("/v1/sync/push", content=body.encode("utf-8", "surrogatepass"),
                                headers={"Content-Type": "application/json"})
    assert response.status_code == 200, response.text
    return PushResponse.model_validate(response.json())


def _push(client: SyncClient, *ops: dict[str, Any]) -> PushResponse:
    return _push_json(client, json.dumps({"device_id": "desk-office", "ops": list(ops)}))


RAW = "<raw number>"


def _with_raw_number(op: dict[str, Any], number: str) -> str:
    """A push body with `number` written as it is (NaN, 1e400: what json.dumps never writes)."""
    return json.dumps({"device_id": "desk", "ops": [op]}).replace(f'"{RAW}"', number)


def _account(client: SyncClient) -> UUID:
    person = new_influencer(client)
    account = uuid.uuid4()
    [made] = client.push(upsert(ACC, account, {"influencer_id": str(person), "platform": "A",
                                              "handle": f"h{account.hex[:10]}"}))
    assert made.status is OpStatus.APPLIED
    return account


@pytest.mark.parametrize("bad", ["Kim\x00Minji", "Kim\ud800Minji", "\udfff"])
def test_a_nul_or_a_lone_surrogate_rejects_that_op_alone(office: SyncClient, bad: str) -> None:
    good = _op("influencer", {"name": "이서연"})
    # json.dumps writes the NUL as \u0000 and the surrogate as \ud800: valid JSON.
    response = _push(office, _op("influencer", {"name": "김민지", "notes": bad}), good)
    rejected, applied = response.results
    assert rejected.status is OpStatus.REJECTED and rejected.reason == UNSTORABLE_MESSAGE
    assert applied.status is OpStatus.APPLIED
    # The desk is not cut off: the next push goes through.
    assert office.push(upsert(Entity.INFLUENCER, uuid.uuid4(), {"name": "박지훈"}))[0].status \
        is OpStatus.APPLIED


def test_a_hostile_field_name_or_device_id_is_a_clear_422(office: SyncClient) -> None:
    for body in (
        json.dumps({"device_id": "desk\x00", "ops": []}),
        json.dumps({"device_id": "desk", "ops": [_op("influencer", {"na\ud800me": "x"})]}),
        json.dumps({"device_id": "desk", "ops": [_op("influencer", {"n" * 100: "x"})]}),
    ):
        response = office.http.post("/v1/sync/push",
                                    content=body.encode("utf-8", "surrogatepass"),
                                    headers={"Content-Type": "application/json"})
        assert response.status_code == 422, response.text
        assert response.json()["code"] == "invalid_request"


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "file:///C:/Windows",
                                 "ms-msdt:/id PCWDiagnostic", "https://phishing.example.net/a",
                                 "http://user:pw@a.example.com/kim"])
def test_a_profile_url_that_is_not_a_platform_web_page_is_refused(
        office: SyncClient, url: str) -> None:
    person = new_influencer(office)
    [result] = _push(office, _op("account", {"influencer_id": str(person), "platform": "A",
                                             "handle": "kim_minji", "profile_url": url})).results
    assert result.status is OpStatus.REJECTED
    assert "web address" in result.reason or "Platform A or Platform B URL" in result.reason
    accepted = _op("account", {"influencer_id": str(person), "platform": "A",
                               "handle": "kim_minji", "profile_url": "a.example.com/kim_minji"})
    [ok] = _push(office, accepted).results
    assert ok.record is not None and ok.record["profile_url"] == "https://a.example.com/kim_minji"


@pytest.mark.parametrize("url", ["https://b.example.com/kim.minji",
                                 "https://a.example.com/kim_minji/123"])
def test_a_profile_url_of_another_platform_or_a_post_is_refused(office: SyncClient,
                                                                url: str) -> None:
    person = new_influencer(office)
    [result] = _push(office, _op("account", {"influencer_id": str(person), "platform": "A",
                                             "handle": "kim_minji", "profile_url": url})).results
    assert result.status is OpStatus.REJECTED
    assert result.reason in (f"'{url}' is a Platform B URL, not a Platform A one.",
                             f"'{url}' is a post URL, not a profile URL.")


def test_a_profile_url_stored_before_the_rule_does_not_stop_a_push_or_a_pull(
        sync_server: SyncServerHandle, office: SyncClient) -> None:
    """The rule judges what a push sends, never what the server already holds."""
    account = _account(office)
    server_rows(sync_server, "UPDATE account SET profile_url = 'HTTP://b.example.com/Kim' "
                             "WHERE id = %s RETURNING id", account)
    [edited] = office.push(upsert(ACC, account, {"email": "kim@example.com"}, base_version=1))
    assert edited.status is OpStatus.APPLIED
    assert edited.record is not None
    assert edited.record["profile_url"] == "HTTP://b.example.com/Kim"
    [pulled] = [c for c in office.pull_all() if c.id == account]
    assert pulled.data["profile_url"] == "HTTP://b.example.com/Kim"


@pytest.mark.parametrize(("observed_at", "why"), [
    ("0001-01-01T00:00:00+14:00", "between the years"),
    ("9999-12-31T23:59:59-14:00", "between the years"),
    ("1999-12-31T23:59:59+00:00", "between the years"),
    ("2024-05-01T09:30:00", "no time zone"),
])
def test_a_snapshot_dated_outside_2000_to_2100_is_refused_and_pull_keeps_working(
        office: SyncClient, home: SyncClient, observed_at: str, why: str) -> None:
    account = _account(office)
    bad = _op("metric_snapshot", {"account_id": str(account), "metric": "followers",
                                  "value": 10, "observed_at": observed_at})
    good = _op("metric_snapshot", {"account_id": str(account), "metric": "followers",
                                   "value": 11, "observed_at": "2024-05-01T09:30:00+09:00"})
    rejected, applied = _push(office, bad, good).results
    assert rejected.status is OpStatus.REJECTED and why in rejected.reason
    assert applied.status is OpStatus.APPLIED
    snapshots = [c for c in home.pull_all() if c.entity is Entity.METRIC_SNAPSHOT]
    assert [c.data["value"] for c in snapshots] == [11]


@pytest.mark.parametrize("value", ["1e400", "-5", "NaN", "Infinity", "1e16"])
def test_a_metric_outside_its_documented_range_is_refused(
        office: SyncClient, value: str) -> None:
    account = _account(office)
    body = _with_raw_number(_op("metric_snapshot", {
        "account_id": str(account), "metric": "followers", "value": RAW,
        "observed_at": "2024-05-01T09:30:00+09:00"}), value)
    [result] = _push_json(office, body).results
    assert result.status is OpStatus.REJECTED and "not a number a metric can have" in \
        result.reason


def test_a_nan_or_huge_attachment_size_is_refused(office: SyncClient) -> None:
    person = new_influencer(office)
    for size in ("NaN", "1e400", "-1"):
        body = _with_raw_number(_op("attachment", {
            "influencer_id": str(person), "file_name": "a.pdf", "media_type": "application/pdf",
            "size": RAW, "sha256": "a" * 64}), size)
        [result] = _push_json(office, body).results
        assert result.status is OpStatus.REJECTED and "not a file size" in result.reason


def test_tags_are_limited_in_number_and_size(office: SyncClient) -> None:
    many = [f"t{i}" for i in range(MAX_TAGS + 1)]
    huge = ["x" * (5 * 1024 * 1024)]
    results = _push(office, _op("influencer", {"name": "a", "tags": many}),
                    _op("influencer", {"name": "b", "tags": huge}),
                    _op("influencer", {"name": "c", "tags": ["y" * MAX_TAG_CHARS]
                                       * 1})).results
    assert results[0].status is OpStatus.REJECTED and "at most 100" in results[0].reason
    assert results[1].status is OpStatus.REJECTED and "too long" in results[1].reason
    assert results[2].status is OpStatus.APPLIED


def test_a_pull_page_is_capped_in_bytes(office: SyncClient) -> None:
    notes = "메모 " * 3000  # ~15 KB of JSON each
    for _ in range(4):
        office.push(*[upsert(Entity.INFLUENCER, uuid.uuid4(), {"name": "n", "notes": notes})
                      for _ in range(100)])
    response = office.http.get("/v1/sync/changes", params={"since": 0, "limit": 5000})
    assert response.headers["X-Sync-More"] == "true"
    assert 3 * 1024 * 1024 < len(response.content) <= 4 * 1024 * 1024 + 20_000
    assert len(office.pull_all(limit=5000)) == 400  # nothing skipped across the pages


@pytest.mark.parametrize("change", [
    {"finished_at": "9999-12-31T23:59:59-14:00"},
    {"started_at": "0001-01-01T00:00:00+14:00"},
    {"blocked_until": "2024-05-01T09:30:00"},
    {"total": 2**31},
    {"ok": -1},
    {"device_id": "desk\x00"},
])
def test_a_run_report_out_of_bounds_is_a_422_and_the_status_page_still_works(
        sync_server: SyncServerHandle, office: SyncClient, change: dict[str, Any]) -> None:
    report = collection_report("desk-office", "A", **change)
    response = office.http.post("/v1/collection-runs", json=report)
    assert response.status_code == 422 and response.json()["code"] == "invalid_request"
    admin = sync_server.create_token(role="admin")
    status = office.http.get("/v1/admin/status", headers={"Authorization": f"Bearer {admin}"})
    assert status.status_code == 200


def test_values_stored_before_the_bounds_are_cleared_by_the_migration(
        database_url: str) -> None:
    """An office upgraded from a server that stored them: the migration clears what would
    break every desk's pull or reach their windows, as new versions every desk pulls."""
    with running_sync_server(database_url) as server:
        office = SyncClient(server.url, server.create_token(), "desk-office")
        account = _account(office)
        good = upsert(Entity.METRIC_SNAPSHOT, uuid.uuid4(), {
            "account_id": str(account), "metric": "followers", "value": 5,
            "observed_at": "2024-05-01T09:30:00+09:00"})
        office.push(good)
        seen = office.pull_all()
        cursor = max(c.server_seq for c in seen)
    # What the old server let through, written as it would have stored it.
    server_rows(server, "INSERT INTO metric_snapshot (id, account_id, metric, value, "
                        "observed_at, source, server_seq) SELECT %s, account_id, metric, value, "
                        "'0001-01-01T00:00:00+14:00', source, nextval('sync_server_seq') "
                        "FROM metric_snapshot LIMIT 1 RETURNING id", uuid.uuid4())
    server_rows(server, "UPDATE account SET profile_url = 'javascript:alert(1)' "
                        "WHERE id = %s RETURNING id", account)
    config = alembic_config(database_url)
    command.downgrade(config, "0005")
    with running_sync_server(database_url) as server:  # upgrades to the head again
        office = SyncClient(server.url, server.create_token(), "desk-office")
        changes = office.pull_all()  # no longer fails on year 0
        assert [c.data["value"] for c in changes if c.entity is Entity.METRIC_SNAPSHOT] == [5]
        later = office.pull_all(since=cursor)
        [cleaned] = [c for c in later if c.entity is Entity.ACCOUNT]
        assert cleaned.data["profile_url"] == "" and cleaned.version == 2
