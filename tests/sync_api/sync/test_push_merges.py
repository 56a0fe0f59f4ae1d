"""Push and pull as two desktops see them: merges, conflicts, remaps, tombstones, paging."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from shared_models.records import Account, Entity, Influencer, MetricSnapshot
from shared_models.sync import OpStatus
from sync_api.core.db import libpq_url
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, delete, restore, upsert

pytestmark = pytest.mark.postgres

INF = Entity.INFLUENCER
ACC = Entity.ACCOUNT


def _sql(server: SyncServerHandle, query: str, *params: object) -> list[tuple[object, ...]]:
    with psycopg.connect(libpq_url(server.database_url)) as conn:
        return conn.execute(query, params).fetchall()  # type: ignore[arg-type]


def _new_influencer(client: SyncClient, **fields: object) -> uuid.UUID:
    rid = uuid.uuid4()
    [result] = client.push(upsert(INF, rid, {"name": "김민지", **fields}))
    assert result.status == OpStatus.APPLIED, result
    return rid


def test_pushed_records_come_back_in_a_pull_on_another_desk(office: SyncClient,
                                                           home: SyncClient) -> None:
    inf, acc, snap = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    results = office.push(
        upsert(INF, inf, {"name": " 김민지 ", "phone": "010-1234-5678", "tags": "뷰티, 여행"}),
        upsert(ACC, acc, {"influencer_id": str(inf), "platform": "A", "handle": "MinJi_Daily",
                          "email": "minji@Example.COM"}),
        upsert(Entity.METRIC_SNAPSHOT, snap, {"account_id": str(acc), "metric": "followers",
                                              "value": 1200,
                                              "observed_at": "2024-05-01T09:00:00+09:00"}),
    )
    assert [r.status for r in results] == [OpStatus.APPLIED] * 3
    assert results[0].version == 1

    changes = home.pull_all()
    assert [c.entity for c in changes] == [INF, ACC, Entity.METRIC_SNAPSHOT]
    assert [c.server_seq for c in changes] == sorted(c.server_seq for c in changes)
    influencer = Influencer.model_validate(changes[0].data)
    assert (influencer.name, influencer.phone, influencer.tags) == (
        "김민지", "+821012345678", ["뷰티", "여행"])
    assert influencer.version == 1 and influencer.updated_at is not None
    account = Account.model_validate(changes[1].data)
    assert (account.handle, account.email, account.influencer_id) == (
        "minji_daily", "minji@example.com", inf)
    snapshot = MetricSnapshot.model_validate(changes[2].data)
    assert snapshot.value == 1200 and snapshot.observed_at.utcoffset() is not None
    assert snapshot.observed_at.hour == 0  # 09:00+09:00 is 00:00 UTC


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
    assert _sql(sync_server, "SELECT version, notes FROM influencer") == [(2, "first")]


def test_edits_to_different_fields_on_two_desks_are_both_kept(office: SyncClient,
                                                              home: SyncClient) -> None:
    inf = _new_influencer(office, phone="010-2222-3333")
    [a] = office.push(upsert(INF, inf, {"notes": "prefers email"}, base_version=1))
    [b] = home.push(upsert(INF, inf, {"tags": ["food"]}, base_version=1))
    assert a.status == OpStatus.APPLIED
    assert b.status == OpStatus.MERGED and b.version == 3 and b.conflicts == []
    latest = Influencer.model_validate(office.latest()[inf].data)
    assert (latest.notes, latest.tags, latest.version) == ("prefers email", ["food"], 3)


def test_the_same_field_edited_on_two_desks_keeps_the_server_value_and_records_the_loser(
        office: SyncClient, home: SyncClient, sync_server: SyncServerHandle) -> None:
    inf = _new_influencer(office)
    office.push(upsert(INF, inf, {"notes": "office wrote this"}, base_version=1))
    [result] = home.push(upsert(INF, inf, {"notes": "home wrote this", "tags": ["x"]},
                                base_version=1))
    assert result.status == OpStatus.CONFLICT
    [conflict] = result.conflicts
    assert (conflict.field, conflict.your_value, conflict.server_value) == (
        "notes", "home wrote this", "office wrote this")
    assert result.record is not None and result.record["notes"] == "office wrote this"
    assert result.record["tags"] == ["x"]  # the other field still applied
    stored = _sql(sync_server, "SELECT id, field, your_value, server_value, device_id "
                               "FROM sync_conflict")
    assert stored == [(conflict.conflict_id, "notes", "home wrote this", "office wrote this",
                       "desk-home")]
    # "Keep mine" is a new edit on the current version: it applies.
    [keep] = home.push(upsert(INF, inf, {"notes": "home wrote this"},
                              base_version=result.version))
    assert keep.status == OpStatus.APPLIED and keep.record["notes"] == "home wrote this"


def test_writing_the_value_the_server_already_has_is_not_a_conflict(office: SyncClient,
                                                                    home: SyncClient) -> None:
    inf = _new_influencer(office)
    office.push(upsert(INF, inf, {"notes": "same"}, base_version=1))
    [result] = home.push(upsert(INF, inf, {"notes": "same"}, base_version=1))
    assert result.status == OpStatus.MERGED and result.conflicts == []
    assert result.version == 2  # nothing changed, so no new version


def test_two_desks_creating_the_same_influencer_offline_end_with_one(
        office: SyncClient, home: SyncClient, sync_server: SyncServerHandle) -> None:
    office_id, home_id = uuid.uuid4(), uuid.uuid4()
    office.push(upsert(INF, office_id, {"name": "Park Jisoo", "phone": "010-5555-6666",
                                         "tags": ["beauty"]}))
    home_acc = uuid.uuid4()
    results = home.push(
        upsert(INF, home_id, {"name": "park  JISOO", "phone": "+82 10 5555 6666",
                              "notes": "met at expo", "tags": ["travel"]}),
        # The same batch refers to the home desk's id; it must land on the merged record.
        upsert(ACC, home_acc, {"influencer_id": str(home_id), "platform": "B",
                               "handle": "jisoo.park"}),
    )
    merged, account = results
    assert merged.status == OpStatus.REMAPPED and merged.new_id == office_id
    assert merged.record is not None
    assert merged.record["notes"] == "met at expo"  # empty field filled
    assert merged.record["tags"] == ["beauty", "travel"]  # tags add up
    assert [c.field for c in merged.conflicts] == ["name"]  # differing spelling kept aside
    assert merged.record["name"] == "Park Jisoo"
    assert account.status == OpStatus.APPLIED
    assert account.record is not None and account.record["influencer_id"] == str(office_id)
    assert _sql(sync_server, "SELECT count(*) FROM influencer") == [(1,)]
    # A later batch that still uses the old id is translated too.
    [later] = home.push(upsert(INF, home_id, {"phone": "010-5555-6666", "notes": "vip"},
                               base_version=merged.version))
    assert later.new_id == office_id and later.status == OpStatus.APPLIED
    assert Influencer.model_validate(office.latest()[office_id].data).notes == "vip"


def test_influencers_with_the_same_name_but_no_phone_are_not_merged(
        office: SyncClient, home: SyncClient, sync_server: SyncServerHandle) -> None:
    _new_influencer(office)
    _new_influencer(home)
    assert _sql(sync_server, "SELECT count(*) FROM influencer") == [(2,)]


def test_two_desks_adding_the_same_account_offline_end_with_one(
        office: SyncClient, home: SyncClient, sync_server: SyncServerHandle) -> None:
    inf = _new_influencer(office, phone="010-7777-8888")
    first, second = uuid.uuid4(), uuid.uuid4()
    office.push(upsert(ACC, first, {"influencer_id": str(inf), "platform": "A",
                                    "handle": "cook_lee"}))
    [result] = home.push(upsert(ACC, second, {"influencer_id": str(inf), "platform": "a",
                                              "handle": "https://a.example.com/Cook_Lee",
                                              "email": "lee@example.com"}))
    assert result.status == OpStatus.REMAPPED and result.new_id == first
    assert result.record is not None and result.record["email"] == "lee@example.com"
    assert _sql(sync_server, "SELECT id, handle FROM account") == [(first, "cook_lee")]
    snap = uuid.uuid4()
    [metric] = home.push(upsert(Entity.METRIC_SNAPSHOT, snap, {
        "account_id": str(second), "metric": "daily_visitors", "value": 5,
        "observed_at": "2024-05-01T00:00:00Z"}))
    assert metric.status == OpStatus.APPLIED
    assert _sql(sync_server, "SELECT account_id FROM metric_snapshot") == [(first,)]


def test_delete_leaves_a_tombstone_and_restore_brings_the_accounts_back(
        office: SyncClient, home: SyncClient) -> None:
    inf, acc, gone_before = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    office.push(
        upsert(INF, inf, {"name": "Choi", "phone": "010-1111-2222"}),
        upsert(ACC, acc, {"influencer_id": str(inf), "platform": "A", "handle": "choi_a"}),
        upsert(ACC, gone_before, {"influencer_id": str(inf), "platform": "B",
                                  "handle": "choi.b"}),
        delete(ACC, gone_before, base_version=1),
    )
    cursor = home.page().cursor
    [deleted] = office.push(delete(INF, inf, base_version=1))
    assert deleted.status == OpStatus.APPLIED and deleted.version == 2
    tombstones = home.latest(since=cursor)
    assert set(tombstones) == {inf, acc}
    assert all(c.deleted_at is not None for c in tombstones.values())

    cursor = home.page(since=cursor).cursor
    [restored] = home.push(restore(INF, inf, base_version=2))
    assert restored.status == OpStatus.APPLIED and restored.version == 3
    back = home.latest(since=cursor)
    assert set(back) == {inf, acc}  # the account deleted on its own stays deleted
    assert all(c.deleted_at is None for c in back.values())
    assert back[acc].version == 3


def test_an_edit_to_a_record_deleted_elsewhere_is_kept_and_reported(
        office: SyncClient, home: SyncClient) -> None:
    inf = _new_influencer(office)
    office.push(delete(INF, inf, base_version=1))
    [result] = home.push(upsert(INF, inf, {"notes": "new number soon"}, base_version=1))
    assert result.status == OpStatus.CONFLICT
    [conflict] = result.conflicts
    assert (conflict.field, conflict.your_value, conflict.server_value) == (
        "deleted", False, True)
    assert result.record is not None
    assert result.record["notes"] == "new number soon" and result.record["deleted_at"]


def test_pulling_in_small_pages_returns_every_change_once_in_order(office: SyncClient,
                                                                   home: SyncClient) -> None:
    ids = [uuid.uuid4() for _ in range(23)]
    office.push(*[upsert(INF, i, {"name": f"Person {n}"}) for n, i in enumerate(ids)])
    office.push(*[upsert(INF, i, {"notes": "edited"}, base_version=1) for i in ids[:5]])
    pages, since = [], 0
    while True:
        page = home.page(since=since, limit=4)
        pages.append(page)
        assert len(page.changes) <= 4
        since = page.cursor
        if not page.more:
            break
    assert len(pages) == 6  # 23 rows (edits replaced 5 rows' seqs) in pages of 4
    seen = [c.server_seq for p in pages for c in p.changes]
    assert seen == sorted(set(seen)) and len(seen) == 23
    assert {c.id for p in pages for c in p.changes} == set(ids)
    assert home.page(since=since).changes == []


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
    assert _sql(sync_server, "SELECT id FROM influencer") == [(good,)]


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
    assert _sql(sync_server, "SELECT value FROM metric_snapshot") == [(10.0,)]


def test_a_create_repeated_by_the_same_desk_applies_its_later_values(
        office: SyncClient, home: SyncClient) -> None:
    inf = _new_influencer(office)
    # The office edits again before it heard back, so it still has no base version.
    [again] = office.push(upsert(INF, inf, {"name": "김민지", "notes": "second thought"}))
    assert again.status == OpStatus.APPLIED and again.record["notes"] == "second thought"
    # Another desk claiming the same id cannot overwrite silently.
    [other] = home.push(upsert(INF, inf, {"notes": "home"}))
    assert other.status == OpStatus.CONFLICT


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
    assert _sql(sync_server, "SELECT count(*) FROM influencer") == [(0,)]
    assert _sql(sync_server, "SELECT count(*) FROM op_result") == [(0,)]


def test_a_push_that_is_not_json_is_refused_with_422(office: SyncClient) -> None:
    response = office.http.post("/v1/sync/push", content=b"{not json",
                                headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "nothing was saved" in response.json()["detail"]


def test_deleting_an_influencer_in_the_batch_that_added_its_account_deletes_both(
        office: SyncClient, sync_server: SyncServerHandle) -> None:
    inf, acc, consent = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    # A form's metadata is accepted once its bytes are on the server (upload them first).
    uploaded = office.http.post("/v1/attachments", files={
        "file": ("consent.pdf", b"%PDF-1.4\n%%EOF\n")}).json()
    results = office.push(
        upsert(INF, inf, {"name": "Yoon", "phone": "010-3333-4444"}),
        upsert(ACC, acc, {"influencer_id": str(inf), "platform": "B", "handle": "yoon"}),
        upsert(Entity.ATTACHMENT, consent, {"influencer_id": str(inf),
                                             "file_name": "consent.pdf",
                                             "media_type": uploaded["media_type"],
                                             "size": uploaded["size"],
                                             "sha256": uploaded["sha256"]}),
        delete(INF, inf, base_version=1),
    )
    assert [r.status for r in results] == [OpStatus.APPLIED] * 4
    rows = _sql(sync_server, "SELECT 'account', deleted_at IS NOT NULL, deleted_with_parent "
                             "FROM account UNION ALL SELECT 'attachment', deleted_at IS NOT "
                             "NULL, deleted_with_parent FROM attachment ORDER BY 1")
    assert rows == [("account", True, True), ("attachment", True, True)]
    latest = office.latest()
    assert all(latest[i].deleted_at is not None for i in (inf, acc, consent))


def test_restoring_an_account_brings_back_its_deleted_influencer(office: SyncClient) -> None:
    inf, acc = uuid.uuid4(), uuid.uuid4()
    office.push(upsert(INF, inf, {"name": "Seo"}),
                upsert(ACC, acc, {"influencer_id": str(inf), "platform": "A",
                                  "handle": "seo_a"}))
    office.push(delete(INF, inf, base_version=1))
    [result] = office.push(restore(ACC, acc, base_version=2))
    assert result.status == OpStatus.APPLIED
    latest = office.latest()
    assert latest[inf].deleted_at is None and latest[acc].deleted_at is None
