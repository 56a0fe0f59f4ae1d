"""Search as staff use it: Korean fragments, phones in any format, filters, sort, paging."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from desktop.store import SearchQuery, Store
from shared_models.errors import InvalidValue
from shared_models.records import MetricSnapshot


@pytest.fixture
def people(store: Store) -> Store:
    kim = store.create_influencer(name="김민지", phone="010-1234-5678", tags=["뷰티", "vlog"],
                                  notes="협찬 가능")
    lee = store.create_influencer(name="Lee Seoyeon", phone="010-9876-5432", tags=["food"])
    park = store.create_influencer(name="박지민", phone="", tags=["Food"])
    ka = store.create_account(influencer_id=kim.id, platform="A", handle="minji_a",
                              email="minji@mail.example.com", category="beauty")
    kb = store.create_account(influencer_id=kim.id, platform="B", handle="minji.b",
                              category="beauty")
    la = store.create_account(influencer_id=lee.id, platform="A", handle="seoyeon",
                              category="food", notes="prefers e-mail")
    pb = store.create_account(influencer_id=park.id, platform="B", handle="jimin.park",
                              category="food")
    now = datetime.now(UTC)
    store.add_snapshots([
        MetricSnapshot(id=uuid.uuid4(), account_id=ka.id, metric="daily_visitors",
                       value=500, observed_at=now - timedelta(hours=1)),
        MetricSnapshot(id=uuid.uuid4(), account_id=kb.id, metric="followers", value=12000,
                       observed_at=now - timedelta(hours=2)),
        MetricSnapshot(id=uuid.uuid4(), account_id=pb.id, metric="followers", value=800,
                       observed_at=now - timedelta(hours=50)),
        MetricSnapshot(id=uuid.uuid4(), account_id=la.id, metric="daily_visitors", value=90,
                       observed_at=now - timedelta(hours=3)),
    ])
    return store


def handles(store: Store, **query: object) -> list[str]:
    return [r.handle for r in store.search(SearchQuery(**query)).rows]  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    ("민지", ["minji_a", "minji.b"]),
    ("김민지", ["minji_a", "minji.b"]),
    ("지", ["minji_a", "minji.b", "jimin.park"]),
    ("SEOYEON", ["seoyeon"]),
    ("협찬", ["minji_a", "minji.b"]),
    ("mail.example", ["minji_a"]),
    ("e-mail", ["seoyeon"]),
    ("food", ["jimin.park", "seoyeon"]),
    ("민지 vlog", ["minji_a", "minji.b"]),
    ("민지 food", []),
])
def test_text_matches_any_part_of_name_handle_email_tags_notes(
        people: Store, text: str, expected: list[str]) -> None:
    assert sorted(handles(people, text=text)) == sorted(expected)


@pytest.mark.parametrize("typed", ["010 1234", "1234-5678", "01012345678", "+82 10 1234",
                                   "(010) 1234-5678", "5678"])
def test_phone_typed_in_any_format_finds_the_person(people: Store, typed: str) -> None:
    assert sorted(handles(people, text=typed)) == ["minji.b", "minji_a"]


def test_filters_combine(people: Store) -> None:
    assert handles(people, platform="B") == ["jimin.park", "minji.b"] or \
        sorted(handles(people, platform="B")) == ["jimin.park", "minji.b"]
    assert handles(people, category="BEAUTY", platform="A") == ["minji_a"]
    assert sorted(handles(people, tag="food")) == ["jimin.park", "seoyeon"]
    assert handles(people, metric_min={"followers": 1000}) == ["minji.b"]
    assert sorted(handles(people, metric_max={"followers": 1000})) == ["jimin.park"]
    assert handles(people, metric_min={"daily_visitors": 100},
                   metric_max={"daily_visitors": 1000}) == ["minji_a"]
    assert sorted(handles(people, stale_hours=24)) == ["jimin.park"]


def test_sort_by_column_or_metric_and_page(people: Store) -> None:
    assert handles(people, sort="handle") == ["jimin.park", "minji.b", "minji_a", "seoyeon"]
    assert handles(people, sort="handle", descending=True)[0] == "seoyeon"
    assert handles(people, sort="followers", descending=True)[:2] == ["minji.b", "jimin.park"]
    page = people.search(SearchQuery(sort="handle", offset=1, limit=2))
    assert (page.total, [r.handle for r in page.rows]) == (4, ["minji.b", "minji_a"])
    text_page = people.search(SearchQuery(text="지", sort="handle", offset=1, limit=1))
    assert (text_page.total, [r.handle for r in text_page.rows]) == (3, ["minji.b"])
    assert [r.handle for r in people.iter_search(SearchQuery(sort="handle", limit=1))] == [
        "jimin.park", "minji.b", "minji_a", "seoyeon"]
    with pytest.raises(InvalidValue):
        people.search(SearchQuery(sort="name; drop table account"))


def test_rows_carry_the_influencer_the_other_platform_and_latest_metrics(people: Store) -> None:
    [row] = people.search(SearchQuery(text="minji_a")).rows
    assert (row.name, row.phone, row.other_platform_handles) == (
        "김민지", "+821012345678", ["minji.b"])
    assert row.metrics["daily_visitors"].value == 500
    assert set(row.to_dict()) >= {"id", "influencer_id", "name", "phone", "platform", "handle",
                                  "profile_url", "email", "category", "tags",
                                  "other_platform_handles", "metrics"}


def test_deleted_records_leave_the_list_and_show_in_the_deleted_view(people: Store) -> None:
    [row] = people.search(SearchQuery(text="seoyeon")).rows
    people.delete_influencer(row.influencer_id)
    assert handles(people, text="seoyeon") == []
    assert handles(people, text="seoyeon", deleted=True) == ["seoyeon"]
    people.restore_influencer(row.influencer_id)
    assert handles(people, text="seoyeon") == ["seoyeon"]


def test_edits_are_searchable_at_once(people: Store) -> None:
    [row] = people.search(SearchQuery(text="jimin.park")).rows
    people.update_influencer(row.influencer_id, name="박서준")
    assert handles(people, text="서준") == ["jimin.park"]
    assert handles(people, text="박지민") == []
