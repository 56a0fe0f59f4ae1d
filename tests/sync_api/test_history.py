"""Who changed what: the server's append-only history (issue 20)."""

from __future__ import annotations

import uuid

from shared_models.records import Entity
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, delete, server_rows, upsert


def _history(client: SyncClient, *ids: uuid.UUID) -> list[dict[str, object]]:
    response = client.http.post("/v1/history", json={"record_ids": [str(i) for i in ids]})
    assert response.status_code == 200, response.text
    return response.json()["entries"]


def test_history_shows_who_and_which_device_for_edits_from_two_tokens(
        office: SyncClient, home: SyncClient) -> None:
    pid = uuid.uuid4()
    created = office.push(upsert(Entity.INFLUENCER, pid, {"name": "김하늘",
                                                          "phone": "010-1111-2222"}))[0]
    edited = home.push(upsert(Entity.INFLUENCER, pid, {"phone": "010-3333-4444"},
                              base_version=created.version))[0]
    office.push(upsert(Entity.INFLUENCER, pid, {"notes": "VIP"}, base_version=edited.version))

    entries = _history(home, pid)
    newest_first = [(e["action"], e["field"], e["actor"], e["device_id"]) for e in entries]
    assert newest_first == [("update", "notes", "office", "desk-office"),
                            ("update", "phone", "home", "desk-home"),
                            ("create", "", "office", "desk-office")]
    phone = entries[1]
    assert (phone["old"], phone["new"]) == ("+821011112222", "+821033334444")
    assert entries[2]["new"]["name"] == "김하늘"


def test_deleting_keeps_the_history_and_the_batch_is_recorded(
        office: SyncClient, sync_server: SyncServerHandle) -> None:
    pid, batch = uuid.uuid4(), uuid.uuid4()
    op = upsert(Entity.INFLUENCER, pid, {"name": "Park Jisoo"})
    op.batch_id = batch
    version = office.push(op)[0].version
    office.push(delete(Entity.INFLUENCER, pid, base_version=version))
    entries = _history(office, pid)
    assert [(e["action"], e["field"]) for e in entries] == [("delete", "deleted"),
                                                            ("create", "")]
    assert entries[1]["batch_id"] == str(batch)
    rows = server_rows(sync_server, "SELECT count(*) FROM change_history WHERE record_id = %s",
                       pid)
    assert rows == [(2,)]


def test_a_history_query_without_records_is_refused(office: SyncClient) -> None:
    response = office.http.post("/v1/history", json={"record_ids": []})
    assert response.status_code == 422


def test_a_merge_pointer_that_leads_nowhere_is_refused_and_the_person_stays(
        office: SyncClient) -> None:
    keep, other = uuid.uuid4(), uuid.uuid4()
    office.push(upsert(Entity.INFLUENCER, keep, {"name": "김 하늘"}))
    version = office.push(upsert(Entity.INFLUENCER, other, {"name": "김하늘"}))[0].version
    for target, sentence in (("not-an-id", "is not the id of a person to merge into"),
                             (str(uuid.uuid4()), "Push that person first"),
                             (str(other), "cannot be merged into themselves")):
        op = delete(Entity.INFLUENCER, other, base_version=version)
        op.fields = {"merged_into": target}
        [result] = office.push(op)
        assert result.status == "rejected" and sentence in (result.reason or "")
    # Nothing was deleted, nothing points anywhere; an upsert cannot set the pointer either.
    [edit] = office.push(upsert(Entity.INFLUENCER, other, {"merged_into": str(keep)},
                                base_version=version))
    assert edit.status == "rejected"
    op = delete(Entity.INFLUENCER, other, base_version=version)
    op.fields = {"merged_into": str(keep)}
    [merged] = office.push(op)
    assert merged.status == "applied" and merged.record["merged_into"] == str(keep)
    assert [e["action"] for e in _history(office, other)][:2] == ["merge", "delete"]
