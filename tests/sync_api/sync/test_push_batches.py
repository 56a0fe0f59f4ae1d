"""A push batch as a whole: replays answer the same, bad values are refused one by one,
a malformed request is refused whole."""

from __future__ import annotations

import uuid

import pytest

from shared_models.records import Entity
from shared_models.sync import OpStatus
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, server_rows, upsert
from tests.sync_api.sync.conftest import ACC, INF

pytestmark = pytest.mark.postgres


def test_replaying_the_same_batch_changes_nothing_and_answers_the_same(
        office: SyncClient, sync_server: SyncServerHandle) -> None:
    inf = uuid.uuid4()
    ops = [upsert(INF, inf, {"name": "Kim", "phone": "01011112222"}),
           upsert(INF, inf, {"notes": "first"}, base_version=1)]
    first = office.push(*ops)
    cursor = office.page().cursor
    again = office.push(*ops)
    assert [r.model_dump() for r in again] == [r.model_dump() for r in first]
    assert office.page(since=cursor).changes == []
    assert server_rows(sync_server, "SELECT version, notes FROM influencer") == [(2, "first")]


def test_a_metric_snapshot_sent_twice_is_stored_once(office: SyncClient,
                                                    sync_server: SyncServerHandle) -> None:
    inf, acc, snap = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    office.push(upsert(INF, inf, {"name": "Han"}),
                upsert(ACC, acc, {"influencer_id": str(inf), "platform": "B",
                                  "handle": "han"}))
    fields = {"account_id": str(acc), "metric": "followers", "value": 10,
              "observed_at": "2024-05-01T00:00:00Z"}
    first = office.push(upsert(Entity.METRIC_SNAPSHOT, snap, fields))
    second = office.push(upsert(Entity.METRIC_SNAPSHOT, snap, {**fields, "value": 99}))
    assert first[0].status == second[0].status == OpStatus.APPLIED
    assert server_rows(sync_server, "SELECT value FROM metric_snapshot") == [(10.0,)]


def test_an_invalid_value_is_rejected_with_a_reason_and_the_rest_of_the_batch_applies(
        office: SyncClient, sync_server: SyncServerHandle) -> None:
    good, bad, orphan = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    results = office.push(
        upsert(INF, bad, {"name": "Bad Phone", "phone": "010-12"}),
        upsert(INF, good, {"name": "Good"}),
        upsert(ACC, orphan, {"influencer_id": str(uuid.uuid4()), "platform": "A",
                             "handle": "nobody"}),
    )
    assert [r.status for r in results] == [OpStatus.REJECTED, OpStatus.APPLIED,
                                            OpStatus.REJECTED]
    assert results[0].reason == "'010-12' is not a phone number."
    assert results[2].reason is not None and "Push the influencer first" in results[2].reason
    assert server_rows(sync_server, "SELECT id FROM influencer") == [(good,)]


@pytest.mark.parametrize("body, where", [
    ({"device_id": "d", "ops": [{"op_id": "not-a-uuid", "entity": "influencer",
                                 "id": str(uuid.uuid4())}]}, "ops[1].op_id"),
    ({"device_id": "d", "ops": [{"op_id": str(uuid.uuid4()), "entity": "planet",
                                 "id": str(uuid.uuid4())}]}, "ops[1].entity"),
    ({"device_id": "d", "ops": [{"op_id": str(uuid.uuid4()), "entity": "influencer",
                                 "id": str(uuid.uuid4()), "fields": "name=Kim"}]},
     "ops[1].fields"),
    ({"ops": []}, "device_id"),
])
def test_a_malformed_push_is_refused_whole_with_a_clear_message(
        office: SyncClient, sync_server: SyncServerHandle, body: dict[str, object],
        where: str) -> None:
    valid = {"op_id": str(uuid.uuid4()), "entity": "influencer", "id": str(uuid.uuid4()),
             "fields": {"name": "Would be saved"}}
    if "ops" in body and body.get("device_id"):
        body = {**body, "ops": [valid, *body["ops"]]}  # type: ignore[list-item]
    response = office.http.post("/v1/sync/push", json=body)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail.startswith("The request was not understood, so nothing was saved")
    assert where in detail
    assert server_rows(sync_server, "SELECT count(*) FROM influencer") == [(0,)]
    assert server_rows(sync_server, "SELECT count(*) FROM op_result") == [(0,)]


def test_a_push_that_is_not_json_is_refused_with_422(office: SyncClient) -> None:
    response = office.http.post("/v1/sync/push", content=b"{not json",
                                headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "nothing was saved" in response.json()["detail"]
