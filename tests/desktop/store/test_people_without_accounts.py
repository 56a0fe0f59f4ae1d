"""People without accounts: listed and searchable like accounts (Korean initials too), and
the list follows every change, also one made by another window on the same data folder."""

from __future__ import annotations

from pathlib import Path

from desktop.store import Store


def test_the_list_follows_changes_from_this_and_another_store(store: Store,
                                                               data_dir: Path) -> None:
    lee = store.create_influencer(name="이하늘", phone="010-3333-4444", tags="육아")
    with_account = store.create_influencer(name="김민지")
    store.create_account(influencer_id=with_account.id, platform="A", handle="minji")
    assert [p.name for p in store.people_without_accounts()] == ["이하늘"]
    for typed in ("ㅇㅎㄴ", "하늘", "3333", "육아", "이하ㄴ"):
        assert [p.name for p in store.people_without_accounts(typed)] == ["이하늘"], typed
    assert store.people_without_accounts("ㄱㅁㅈ") == []

    with Store.open(data_dir) as other:  # another window on the same folder
        other.create_account(influencer_id=lee.id, platform="B", handle="haneul")
    assert store.people_without_accounts() == []
    account = store.find_account("B", "haneul")
    store.delete_account(account.id)
    assert [p.name for p in store.people_without_accounts("ㅎㄴ")] == ["이하늘"]
