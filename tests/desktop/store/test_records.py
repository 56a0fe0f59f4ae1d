"""Influencer and account edits in the local store, and the outbox each one leaves."""

from __future__ import annotations

import pytest

from desktop.store import NotFound, Store
from shared_models.errors import InvalidValue


def _ops(store: Store) -> list[tuple[str, str, dict]]:
    return [(e.entity, e.kind, e.fields) for e in store.outbox_entries()]


def test_new_influencer_is_normalised_and_queued_for_the_server(store: Store) -> None:
    person = store.create_influencer(name="  김민지 ", phone="010-1234-5678", tags="뷰티, #맛집")
    assert (person.name, person.phone, person.tags) == ("김민지", "+821012345678", ["뷰티", "맛집"])
    assert store.get_influencer(person.id) == person
    [(entity, kind, fields)] = _ops(store)
    assert (entity, kind, fields["name"], fields["phone"]) == (
        "influencer", "upsert", "김민지", "+821012345678")


def test_invalid_values_raise_and_change_nothing(store: Store) -> None:
    person = store.create_influencer(name="Kim", phone="010-1111-2222")
    before = _ops(store)
    with pytest.raises(InvalidValue, match="'010-12' is not a phone number"):
        store.update_influencer(person.id, phone="010-12")
    with pytest.raises(InvalidValue):
        store.create_influencer(name="   ")
    with pytest.raises(InvalidValue, match="not a Platform A handle"):
        store.create_account(influencer_id=person.id, platform="A", handle="a b")
    with pytest.raises(NotFound):
        store.update_influencer("00000000-0000-0000-0000-000000000001", notes="x")
    assert store.get_influencer(person.id).phone == "+821011112222"
    assert _ops(store) == before


def test_same_person_or_account_twice_is_refused_with_the_existing_one_named(
        store: Store) -> None:
    person = store.create_influencer(name="김민지", phone="010-1234-5678")
    with pytest.raises(InvalidValue, match="already exists"):
        store.create_influencer(name="김민지", phone="+82 10 1234 5678")
    store.create_influencer(name="김민지")  # without a phone it may be someone else
    store.create_account(influencer_id=person.id, platform="B", handle="kim.minji")
    with pytest.raises(InvalidValue, match="belongs to 김민지"):
        store.create_account(influencer_id=person.id, platform="B",
                             handle="https://b.example.com/Kim.Minji")


def test_accounts_on_both_platforms_are_listed_and_move_between_people(store: Store) -> None:
    kim = store.create_influencer(name="김민지", phone="010-1234-5678")
    lee = store.create_influencer(name="이서연", phone="010-9999-8888")
    a = store.create_account(influencer_id=kim.id, platform="A",
                             handle="https://a.example.com/Kim_Minji")
    b = store.create_account(influencer_id=kim.id, platform="B", handle="@kim.minji",
                             email="KIM@Example.COM")
    assert a.profile_url == "https://a.example.com/kim_minji"
    assert b.email == "KIM@example.com"
    assert [x.handle for x in store.accounts_of(kim.id)] == ["kim_minji", "kim.minji"]
    store.move_account(b.id, lee.id)
    assert [x.platform.value for x in store.accounts_of(kim.id)] == ["A"]
    assert [x.handle for x in store.accounts_of(lee.id)] == ["kim.minji"]
    assert store.find_account("B", "https://b.example.com/kim.minji").influencer_id == lee.id


def test_delete_is_soft_and_restorable(store: Store) -> None:
    person = store.create_influencer(name="Kim", phone="010-1111-2222")
    account = store.create_account(influencer_id=person.id, platform="A", handle="kim_a")
    store.delete_account(account.id)
    assert store.get_account(account.id) is None
    assert store.get_account(account.id, include_deleted=True).deleted_at is not None
    assert store.accounts_of(person.id) == []
    store.restore_account(account.id)
    assert store.get_account(account.id) is not None
    store.delete_influencer(person.id)
    assert store.get_influencer(person.id) is None
    with pytest.raises(InvalidValue, match="deleted"):
        store.create_account(influencer_id=person.id, platform="B", handle="kim_b")
    store.restore_influencer(person.id)
    kinds = [kind for _, kind, _ in _ops(store)]
    assert kinds.count("delete") == 2 and kinds.count("restore") == 2
