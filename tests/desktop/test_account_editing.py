"""Editing an account's every field and moving it to another person, as services (the
window's Edit account… and Move to another person… call the same code)."""

from __future__ import annotations

import pytest

from desktop import account_editing as edits
from desktop.editing import FormErrors
from desktop.store import SearchQuery, Store


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
