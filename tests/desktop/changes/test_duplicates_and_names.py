"""Near-duplicate people (issues 19 and 20): the name key ignores spaces and case, a store
written with the old key is upgraded, and the duplicates it reveals are listed, not merged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.changes.duplicates import Reason, find_duplicates
from desktop.store import Store
from shared_models.text import name_key


def test_the_name_key_ignores_spaces_and_letter_case() -> None:
    assert name_key("김 하늘") == name_key("김하늘")
    assert name_key("Park  Jisoo") == name_key("park jisoo") == name_key("PARKJISOO")
    assert name_key("김하늘") != name_key("김하눌")


def test_duplicates_finds_the_spaced_name_pair_and_the_same_phone_pair(store: Store) -> None:
    spaced = store.create_influencer(name="김 하늘", phone="010-1111-2222")
    with store.transaction():  # an old desk's pair: written before the key ignored spaces
        joined = store.create_influencer(name="김하늘 ", phone="")
        store.update_influencer(joined.id, phone="010-9999-0000")
    other = store.create_influencer(name="Park Jisoo", phone="010-3333-4444")
    same_phone = store.create_influencer(name="Jisoo Park", phone="010-3333-4444")
    store.create_influencer(name="이서준", phone="010-5555-6666")

    groups = {frozenset(g.ids): g for g in find_duplicates(store)}
    assert set(groups) == {frozenset({str(spaced.id), str(joined.id)}),
                           frozenset({str(other.id), str(same_phone.id)})}
    assert groups[frozenset({str(spaced.id), str(joined.id)})].reasons == [Reason.SAME_NAME]
    assert Reason.SAME_PHONE in groups[frozenset({str(other.id), str(same_phone.id)})].reasons


def test_a_store_with_the_old_key_is_upgraded_and_its_duplicates_listed_not_merged(
        data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        one = store.create_influencer(name="김 하늘", phone="010-1111-2222")
        two = store.create_influencer(name="Kim Haneul", phone="010-1111-2222")
    # As the previous version left it: the old key (case-folded, spaces kept), version 5,
    # and a second 김하늘 with the same phone, which the old key let in.
    raw = sqlite3.connect(data_dir / "desk.sqlite3", isolation_level=None)
    raw.execute("UPDATE influencer SET name = '김하늘', name_key = '김하늘' WHERE id = ?",
                (str(two.id),))
    raw.execute("UPDATE influencer SET name_key = '김 하늘' WHERE id = ?", (str(one.id),))
    raw.execute("DROP TABLE change_batch_item")
    raw.execute("DROP TABLE change_batch")
    raw.execute("ALTER TABLE outbox DROP COLUMN batch_id")
    raw.execute("PRAGMA user_version = 5")
    raw.close()

    with Store.open(data_dir) as upgraded:
        assert upgraded.get_influencer(one.id) is not None  # both kept: nothing merged
        assert upgraded.get_influencer(two.id) is not None
        assert upgraded.find_influencer("김하늘", "010-1111-2222") is not None
        groups = find_duplicates(upgraded)
        assert [set(g.ids) for g in groups] == [{str(one.id), str(two.id)}]
        assert Reason.SAME_NAME in groups[0].reasons
        assert Reason.SIMILAR_NAME_SAME_PHONE in groups[0].reasons
        assert upgraded.outbox_counts()[0] == 2  # the unsynced creations are still there
