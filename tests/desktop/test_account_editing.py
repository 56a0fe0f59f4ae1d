"""Editing an account's every field and moving it to another person, as services (the
window's Edit account… and Move to another person… call the same code)."""

from __future__ import annotations

import uuid

import pytest

from desktop import account_editing as edits
from desktop.editing import FormErrors
from desktop.store import SearchQuery, Store
from shared_models.errors import InvalidValue
from shared_models.records import Entity
from shared_models.sync import Change, ChangesPage


@pytest.fixture
def minji(store: Store):  # type: ignore[no-untyped-def]
    person = store.create_influencer(name="김민지", tags="뷰티")
    account = store.create_account(influencer_id=person.id, platform="A", handle="minji_a",
                                   email="old@example.com")
    return person, account


def test_every_field_is_saved_and_undo_puts_back_what_was_there(store: Store, minji) -> None:
    person, account = minji
    form = edits.account_form(store, account.id)
    assert (form.handle, form.email, form.tags) == ("minji_a", "old@example.com", "뷰티")
    form.email, form.category, form.status = "new@example.com", "food", "inactive"
    form.notes, form.tags = "연락 완료", "뷰티, 맛집"
    change = edits.save_account_edit(store, account.id, form)
    saved = store.get_account(account.id)
    assert (saved.email, saved.category, saved.status, saved.notes) == (
        "new@example.com", "food", "inactive", "연락 완료")
    assert store.get_influencer(person.id).tags == ["뷰티", "맛집"]
    assert store.search(SearchQuery(text="연락 완료")).total == 1
    edits.apply_account_change(store, change, undo=True)
    back = store.get_account(account.id)
    assert (back.email, back.category, back.status, back.notes) == (
        "old@example.com", "", "active", "")
    assert store.get_influencer(person.id).tags == ["뷰티"]


def test_a_new_profile_url_changes_the_handle_and_undo_restores_both(store: Store,
                                                                      minji) -> None:
    _, account = minji
    form = edits.account_form(store, account.id)
    form.profile_url = account.profile_url.replace("minji_a", "minji_new")
    change = edits.save_account_edit(store, account.id, form)
    assert store.get_account(account.id).handle == "minji_new"
    edits.apply_account_change(store, change, undo=True)
    assert store.get_account(account.id).handle == "minji_a"
    assert store.get_account(account.id).profile_url == account.profile_url


def test_every_problem_of_the_form_is_reported_at_once_and_nothing_is_saved(
        store: Store, minji) -> None:
    person, account = minji
    store.create_account(influencer_id=person.id, platform="A", handle="taken")
    form = edits.account_form(store, account.id)
    form.handle, form.email, form.status = "taken", "not an e-mail", "sleeping"
    with pytest.raises(FormErrors) as raised:
        edits.save_account_edit(store, account.id, form)
    assert set(raised.value.errors) == {"handle", "email", "status"}
    assert "already in the list" in raised.value.errors["handle"]
    assert store.get_account(account.id).email == "old@example.com"


def test_moving_an_account_gives_it_to_the_other_person(store: Store, minji) -> None:
    person, account = minji
    other = store.create_influencer(name="이서준")
    assert edits.move_account(store, account.id, other.id) == person.id
    assert [a.handle for a in store.accounts_of(other.id)] == ["minji_a"]
    with pytest.raises(FormErrors) as raised:
        edits.move_account(store, account.id, other.id)
    assert "already belongs" in raised.value.errors["influencer"]


def _pulled_account(store: Store, profile_url: str):  # type: ignore[no-untyped-def]
    """A Platform A account as a server that took any profile URL may still send it."""
    person, account = uuid.uuid4(), uuid.uuid4()
    store.apply_changes(ChangesPage(cursor=2, more=False, changes=[
        Change(entity=Entity.INFLUENCER, id=person, server_seq=1, version=1,
               data={"name": "김민지"}),
        Change(entity=Entity.ACCOUNT, id=account, server_seq=2, version=1,
               data={"influencer_id": str(person), "platform": "A", "handle": "minji_a",
                     "profile_url": profile_url})]))
    return store.get_account(account)


@pytest.mark.parametrize("stored", ["https://b.example.com/kim.minji",
                                    "HTTP://A.example.com/Minji_A/"])
def test_a_profile_url_stored_before_the_rule_does_not_stop_other_edits_or_undo(
        store: Store, stored: str) -> None:
    account = _pulled_account(store, stored)
    assert account.profile_url == stored  # a pull stores what the server holds
    form = edits.account_form(store, account.id)
    form.email = "minji@example.com"
    change = edits.save_account_edit(store, account.id, form)
    assert store.get_account(account.id).profile_url == stored
    edits.apply_account_change(store, change, undo=True)
    assert (store.get_account(account.id).email, store.get_account(account.id).profile_url) \
        == ("", stored)


def test_a_profile_url_of_the_other_platform_is_refused_in_the_edit_form(store: Store,
                                                                        minji) -> None:
    _, account = minji
    form = edits.account_form(store, account.id)
    form.profile_url = "https://b.example.com/kim.minji"
    with pytest.raises(FormErrors) as raised:
        edits.save_account_edit(store, account.id, form)
    assert raised.value.errors == {"profile_url": "'https://b.example.com/kim.minji' is a "
                                                  "Platform B URL, not a Platform A one."}


def test_a_profile_url_is_saved_in_its_canonical_form_and_a_cleared_one_is_made_again(
        store: Store) -> None:
    account = _pulled_account(store, "https://b.example.com/kim.minji")
    form = edits.account_form(store, account.id)
    form.profile_url = "HTTP://WWW.A.Example.com/Minji_New/"
    edits.save_account_edit(store, account.id, form)
    saved = store.get_account(account.id)
    assert (saved.handle, saved.profile_url) == ("minji_new", "https://a.example.com/minji_new")
    form = edits.account_form(store, account.id)
    form.profile_url = ""
    edits.save_account_edit(store, account.id, form)
    assert store.get_account(account.id).profile_url == "https://a.example.com/minji_new"
    # A wrong one pulled from the server is replaced by the handle's when cleared.
    old = _pulled_account(store, "https://b.example.com/kim.minji")
    form = edits.account_form(store, old.id)
    form.profile_url = " "
    edits.save_account_edit(store, old.id, form)
    assert store.get_account(old.id).profile_url == "https://a.example.com/minji_a"


def test_a_handle_its_profile_url_does_not_name_is_refused_and_nothing_changes(
        store: Store, minji) -> None:
    """`account edit --handle X --url Y` (the store's update with both): one account, one
    handle, with the import's sentence; the server refuses such a push the same way."""
    _, account = minji
    with pytest.raises(InvalidValue) as refused:
        store.update_account(account.id, handle="lee_jieun",
                             profile_url="https://a.example.com/park_sua")
    assert refused.value.message == ("The handle 'lee_jieun' does not match the URL's handle "
                                     "'park_sua'.")
    kept = store.get_account(account.id)
    assert (kept.handle, kept.profile_url) == ("minji_a", account.profile_url)


def test_a_platform_change_takes_the_handle_from_a_new_url_or_keeps_it_on_the_new_platform(
        store: Store, minji) -> None:
    _, account = minji
    moved = store.update_account(account.id, platform="B",
                                 profile_url="https://b.example.com/Lee.Jieun")
    assert (moved.platform, moved.handle, moved.profile_url) == (
        "B", "lee.jieun", "https://b.example.com/lee.jieun")
    back = store.update_account(account.id, platform="A", handle="lee_jieun")
    assert (back.platform, back.handle, back.profile_url) == (
        "A", "lee_jieun", "https://a.example.com/lee_jieun")
    again = store.update_account(account.id, platform="B")
    assert (again.platform, again.handle, again.profile_url) == (
        "B", "lee_jieun", "https://b.example.com/lee_jieun")
