"""Two desks adding the same person or account offline end with one record (remaps)."""

from __future__ import annotations

import uuid

import pytest

from shared_models.records import Entity, Influencer
from shared_models.sync import OpStatus
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, server_rows, upsert
from tests.sync_api.sync.conftest import ACC, INF, new_influencer

pytestmark = pytest.mark.postgres


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
    assert server_rows(sync_server, "SELECT count(*) FROM influencer") == [(1,)]
    # A later batch that still uses the old id is translated too.
    [later] = home.push(upsert(INF, home_id, {"phone": "010-5555-6666", "notes": "vip"},
                               base_version=merged.version))
    assert later.new_id == office_id and later.status == OpStatus.APPLIED
    assert Influencer.model_validate(office.latest()[office_id].data).notes == "vip"


def test_influencers_with_the_same_name_but_no_phone_are_not_merged(
        office: SyncClient, home: SyncClient, sync_server: SyncServerHandle) -> None:
    new_influencer(office)
    new_influencer(home)
    assert server_rows(sync_server, "SELECT count(*) FROM influencer") == [(2,)]


def test_two_desks_adding_the_same_account_offline_end_with_one(
        office: SyncClient, home: SyncClient, sync_server: SyncServerHandle) -> None:
    inf = new_influencer(office, phone="010-7777-8888")
    first, second = uuid.uuid4(), uuid.uuid4()
    office.push(upsert(ACC, first, {"influencer_id": str(inf), "platform": "A",
                                    "handle": "cook_lee"}))
    [result] = home.push(upsert(ACC, second, {"influencer_id": str(inf), "platform": "a",
                                              "handle": "https://a.example.com/Cook_Lee",
                                              "email": "lee@example.com"}))
    assert result.status == OpStatus.REMAPPED and result.new_id == first
    assert result.record is not None and result.record["email"] == "lee@example.com"
    assert server_rows(sync_server, "SELECT id, handle FROM account") == [(first, "cook_lee")]
    snap = uuid.uuid4()
    [metric] = home.push(upsert(Entity.METRIC_SNAPSHOT, snap, {
        "account_id": str(second), "metric": "daily_visitors", "value": 5,
        "observed_at": "2024-05-01T00:00:00Z"}))
    assert metric.status == OpStatus.APPLIED
    assert server_rows(sync_server, "SELECT account_id FROM metric_snapshot") == [(first,)]


def test_a_second_add_of_the_same_person_never_empties_what_this_desk_wrote(
        office: SyncClient) -> None:
    """Soak seed 93: a desk tags a person, later adds the same person again (same name and
    phone, no tags, no notes); the add merges into the record and keeps the tags."""
    person = uuid.uuid4()
    [created] = office.push(upsert(INF, person, {"name": "Alex Kim", "phone": "010-1111-2222",
                                                 "notes": "beta"}))
    [tagged] = office.push(upsert(INF, person, {"tags": ["beta", "delta"]},
                                  base_version=created.version))
    assert tagged.status == OpStatus.APPLIED
    [again] = office.push(upsert(INF, uuid.uuid4(), {"name": "Alex Kim",
                                                     "phone": "010-1111-2222", "notes": "",
                                                     "tags": []}))
    assert again.status == OpStatus.REMAPPED and again.new_id == person
    assert again.record is not None
    assert again.record["tags"] == ["beta", "delta"] and again.record["notes"] == "beta"
    [changed] = office.push(upsert(INF, uuid.uuid4(), {"name": "Alex Kim",
                                                       "phone": "010-1111-2222",
                                                       "notes": "gamma"}))
    assert changed.record is not None and changed.record["notes"] == "gamma"  # its own value
