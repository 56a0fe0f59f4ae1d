"""The office's collection runs over HTTP on a real server: start/join, leases that lapse,
one pace shared out, offline runs merged, and an old desk told to update."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest

from shared_models.records import Entity
from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.conftest import SyncClient, upsert

pytestmark = pytest.mark.postgres


def _accounts(desk: SyncClient, n: int, platform: str = "B") -> list[uuid.UUID]:
    person = uuid.uuid4()
    ops = [upsert(Entity.INFLUENCER, person, {"name": "Kim", "phone": ""})]
    ids = [uuid.uuid4() for _ in range(n)]
    ops += [upsert(Entity.ACCOUNT, a, {"influencer_id": str(person), "platform": platform,
                                       "handle": f"h{i:03d}"}) for i, a in enumerate(ids)]
    assert {r.status.value for r in desk.push(*ops)} == {"applied"}
    return ids


def _post(desk: SyncClient, path: str, body: dict[str, Any], device: str) -> dict[str, Any]:
    response = desk.http.post(path, json={"device_id": device, **body})
    assert response.status_code == 200, response.text
    return response.json()


def test_two_desks_share_one_run_and_a_lapsed_lease_is_handed_on(office: SyncClient) -> None:
    ids = _accounts(office, 10)
    one = _post(office, "/v1/collect/runs", {"platform": "B", "batch_size": 4}, "one")
    two = _post(office, "/v1/collect/runs", {"platform": "B", "batch_size": 4}, "two")
    assert (one["run_id"], one["total"], one["joined"], two["joined"]) == (
        two["run_id"], 10, False, True)
    run = one["run_id"]
    a = _post(office, f"/v1/collect/runs/{run}/lease", {"lease_seconds": 1}, "one")
    b = _post(office, f"/v1/collect/runs/{run}/lease", {"lease_seconds": 30}, "two")
    assert a["batch"] != b["batch"]
    # "one" reports one account and dies; its lease lapses and "two" gets the rest of it.
    _post(office, "/v1/collect/heartbeat", {"platform": "B", "run_id": run,
          "batch": a["batch"], "done": [{"account_id": a["accounts"][0]["id"]}],
          "ok": 1, "lease_seconds": 1}, "one")
    time.sleep(1.2)
    seen = {x["id"] for x in a["accounts"][:1]}
    lease = b
    while lease["batch"] is not None or not lease["run_finished"]:
        got = {x["id"] for x in lease["accounts"]}
        assert not got & seen, "an account was handed out twice"
        seen |= got
        if lease["batch"] is not None:
            _post(office, "/v1/collect/heartbeat", {"platform": "B", "run_id": run,
                  "batch": lease["batch"], "finished": True,
                  "done": [{"account_id": i} for i in got]}, "two")
        lease = _post(office, f"/v1/collect/runs/{run}/lease", {}, "two")
    assert seen == {str(i) for i in ids}
    status = office.http.get("/v1/collect/status").json()
    [b_status] = [p for p in status["platforms"] if p["platform"] == "B"]
    assert (b_status["run"]["done"], b_status["run"]["finished_by"]) == (10, "two")


def test_the_admin_page_shows_the_offices_run(office: SyncClient,
                                              sync_server: SyncServerHandle) -> None:
    _accounts(office, 3)
    run = _post(office, "/v1/collect/runs", {"platform": "B"}, "FRONT (1a2b)")
    _post(office, "/v1/collect/heartbeat", {"platform": "B", "run_id": run["run_id"],
          "ok": 40, "limited": [1.0]}, "FRONT (1a2b)")
    admin = {"Authorization": f"Bearer {sync_server.create_token(role='admin')}"}
    page = office.http.get("/v1/admin/status.html", headers=admin)
    assert page.status_code == 200
    assert "The office&#x27;s collection" in page.text or "The office's collection" in page.text
    assert "0 of 3 done, running" in page.text
    assert "FRONT (1a2b) (41 answers, 1 429s)" in page.text
    assert "1 of 41 answers" in page.text


def test_pace_is_shared_and_a_block_reaches_every_desk(office: SyncClient) -> None:
    beat = {"platform": "B", "ok": 0}
    first = _post(office, "/v1/collect/heartbeat", beat, "one")
    second = _post(office, "/v1/collect/heartbeat", beat, "two")
    assert second["collectors"] == 2
    assert second["share"] == pytest.approx(second["office_rate"] / 2)
    assert first["blocked_seconds"] == 0
    _post(office, "/v1/collect/heartbeat", {**beat, "blocked_seconds": 60}, "one")
    other = _post(office, "/v1/collect/heartbeat", beat, "two")
    assert 55 < other["blocked_seconds"] <= 60
    _post(office, "/v1/collect/heartbeat", {**beat, "leaving": True}, "one")
    assert _post(office, "/v1/collect/heartbeat", beat, "two")["collectors"] == 1


def test_a_429_is_judged_by_the_pace_its_request_was_sent_at(office: SyncClient) -> None:
    """The desk tells the office's pace each 429'd request left at: the estimate comes
    from it, not from the pace slow start reached by the time the answer arrived."""
    beat = {"platform": "B", "ok": 6}
    answer = _post(office, "/v1/collect/heartbeat", beat, "one")
    while answer["office_rate"] < 16:
        answer = _post(office, "/v1/collect/heartbeat", beat, "one")
    reached = answer["office_rate"]
    sent = reached / 4
    after = _post(office, "/v1/collect/heartbeat",
                  {"platform": "B", "limited": [1], "limited_pace": [sent]}, "one")
    assert after["limit_estimate"] <= sent / 2 and after["office_rate"] <= sent / 2
    assert 0.5 < after["pause_seconds"] <= 1.0


@pytest.mark.parametrize("pace", [-1.0, 0.0, "NaN", "Infinity"])
def test_a_bad_sent_pace_is_refused_and_changes_nothing(office: SyncClient,
                                                        pace: float | str) -> None:
    before = _post(office, "/v1/collect/heartbeat", {"platform": "B"}, "one")
    body = ('{"device_id": "one", "platform": "B", "limited": [1], "limited_pace": [%s]}'
            % (f'"{pace}"' if isinstance(pace, str) else pace))
    response = office.http.post("/v1/collect/heartbeat", content=body,
                                headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    after = _post(office, "/v1/collect/heartbeat", {"platform": "B"}, "one")
    assert after["office_rate"] == before["office_rate"] and after["pause_seconds"] == 0


def test_pace_survives_a_server_restart(database_url: str) -> None:


    with running_sync_server(database_url) as server:
        desk = SyncClient(server.url, server.create_token(), "one")
        for _ in range(30):
            learned = _post(desk, "/v1/collect/heartbeat", {"platform": "B", "ok": 5}, "one")
        _post(desk, "/v1/collect/heartbeat", {"platform": "B", "limited": [1]}, "one")
        token = server.create_token(name="later")
        rate = _post(desk, "/v1/collect/heartbeat", {"platform": "B"}, "one")["office_rate"]
    assert rate > 1.5 and learned["office_rate"] > rate
    with running_sync_server(database_url) as again:
        desk = SyncClient(again.url, token, "two")
        answer = _post(desk, "/v1/collect/heartbeat", {"platform": "B"}, "two")
    assert answer["office_rate"] == pytest.approx(rate)
    assert answer["limit_estimate"] is not None


def test_an_offline_run_is_merged_once_into_the_running_run(office: SyncClient) -> None:
    ids = _accounts(office, 6)
    run = _post(office, "/v1/collect/runs", {"platform": "B", "batch_size": 3}, "two")
    now = datetime.now(UTC).isoformat()
    merge = {"platform": "B", "local_run_id": str(uuid.uuid4()), "started_at": now,
             "finished_at": now, "done": [{"account_id": str(i)} for i in ids[:4]]}
    assert _post(office, "/v1/collect/merge", merge, "one") == {"merged": 4, "already": False}
    assert _post(office, "/v1/collect/merge", merge, "one")["already"] is True
    left = []
    while (lease := _post(office, f"/v1/collect/runs/{run['run_id']}/lease", {}, "two")
           )["batch"] is not None:
        left += [a["id"] for a in lease["accounts"]]
        _post(office, "/v1/collect/heartbeat", {"platform": "B", "run_id": run["run_id"],
              "batch": lease["batch"], "finished": True}, "two")
    assert sorted(left) == sorted(str(i) for i in ids[4:])


def test_selected_accounts_in_a_running_run_are_left_to_it(office: SyncClient) -> None:
    ids = _accounts(office, 4)
    _post(office, "/v1/collect/runs", {"platform": "B"}, "one")
    stray = uuid.uuid4()
    selected = _post(office, "/v1/collect/runs", {
        "platform": "B", "kind": "selected",
        "account_ids": [str(ids[0]), str(stray)]}, "two")
    assert (selected["total"], selected["elsewhere"], selected["unknown"]) == (
        0, [str(ids[0])], [str(stray)])


def test_an_old_desktop_is_told_to_update(office: SyncClient) -> None:
    answer = office.handshake(protocol=1).json()
    assert answer["compatible"] is False and "Update the app" in answer["message"]


def test_daily_run_is_taken_by_one_desk(office: SyncClient, sync_server: SyncServerHandle
                                        ) -> None:
    _accounts(office, 3, platform="A")
    day = {"platform": "A", "kind": "daily", "day": "2026-12-03"}
    first = _post(office, "/v1/collect/runs", day, "one")
    _post(office, "/v1/collect/heartbeat", {"platform": "A", "run_id": first["run_id"]}, "one")
    other = _post(office, "/v1/collect/runs", day, "two")
    assert (other["run_id"], other["busy_by"]) == (first["run_id"], "one")
