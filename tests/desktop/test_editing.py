"""The add/edit form services: whole-form checks and the influencer picker."""

from __future__ import annotations

import pytest

from desktop import editing
from desktop.editing import AccountDraft, FormErrors, InfluencerDraft
from desktop.store import SearchQuery


def test_picker_finds_people_without_accounts_by_name_and_phone(store) -> None:
    lonely = store.create_influencer(name="김하나", phone="010-5555-1234")
    other = store.create_influencer(name="박둘")
    store.create_account(influencer_id=other.id, platform="B", handle="dul.park")
    assert [c.id for c in editing.find_influencers(store, "하나")] == [lonely.id]
    assert [c.id for c in editing.find_influencers(store, "5555-12")] == [lonely.id]
    by_handle = editing.find_influencers(store, "dul.pa")
    assert [(c.id, c.handles) for c in by_handle] == [(other.id, ("B:@dul.park",))]


def test_create_with_accounts_is_all_or_nothing(store) -> None:
    draft = InfluencerDraft(name="이셋", phone="010-1111-2222", accounts=[
        AccountDraft(handle="https://a.example.com/set_blog"),
        AccountDraft(platform="B", handle="bad handle!")])
    with pytest.raises(FormErrors) as err:
        editing.create_influencer(store, draft)
    assert set(err.value.errors) == {"accounts.1.handle"}
    assert store.find_influencer("이셋", "010-1111-2222") is None
    assert store.search(SearchQuery(limit=0)).total == 0
    draft.accounts[1].handle = "@set.insta"
    person, accounts = editing.create_influencer(store, draft)
    assert [a.id for a in store.accounts_of(person.id)] != []
    assert sorted((a.platform, a.handle) for a in accounts) == [("A", "set_blog"),
                                                                ("B", "set.insta")]


def test_a_second_person_with_the_same_name_and_phone_is_refused(store) -> None:
    editing.create_influencer(store, InfluencerDraft(name="최넷", phone="01033334444"))
    errors = editing.check_influencer(store, InfluencerDraft(name=" 최넷 ",
                                                             phone="010-3333-4444"))
    assert errors["name"].startswith("최넷 with this phone number is already in the list")
