"""Pull as another desk sees it: every pushed record comes back, in order, once, in pages."""

from __future__ import annotations

import uuid

import pytest

from shared_models.platforms import Platform
from shared_models.records import (
    RECORD_MODELS,
    Account,
    Entity,
    Influencer,
    MetricSnapshot,
    record_columns,
    user_fields,
)
from shared_models.sync import OpStatus
from shared_models.validation import clean_field
from tests.sync_api.conftest import SyncClient, upsert
from tests.sync_api.sync.conftest import ACC, INF

pytestmark = pytest.mark.postgres


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


def test_a_pulled_record_carries_every_field_of_its_model(office: SyncClient,
                                                          home: SyncClient) -> None:
    """The pull document is rendered by the server's migrations (`<table>_change_doc()`), so
    a field added to the model without them would reach the server and stop there, its edits
    never reaching another desk (docs/dev/adding-a-field.md, step 3)."""
    inf, acc = uuid.uuid4(), uuid.uuid4()
    person = {"name": "김민지", "phone": "010-1234-5678", "tags": "뷰티", "notes": "단골"}
    account = {"influencer_id": str(inf), "platform": "A", "handle": "minji_a",
               "profile_url": "https://a.example.com/minji_a", "email": "minji@naver.com",
               "category": "뷰티", "status": "inactive", "notes": "답장 빠름"}
    for fields, entity in ((person, INF), (account, ACC)):  # fields added since: text
        fields.update({name: f"{name} 값" for name in user_fields(entity) if name not in fields})
    office.push(upsert(INF, inf, person), upsert(ACC, acc, account))
    office.push(upsert(ACC, acc, {"status": "active"}, base_version=1))  # an edit, re-rendered
    latest = home.latest()
    for entity, rid, fields in ((INF, inf, person), (ACC, acc, {**account, "status": "active"})):
        data = latest[rid].data
        missing = set(record_columns(entity)) - set(data)
        assert not missing, f"the server's pull document of {entity.value} lacks {missing}"
        pulled = RECORD_MODELS[entity].model_validate(data)
        for name in user_fields(entity):
            expected = clean_field(entity, name, fields[name], platform=Platform.A)
            assert getattr(pulled, name) == expected, (entity.value, name)
