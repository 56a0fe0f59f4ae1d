"""Korean search the way Korean phone books do it: initial consonants (ㄱㅁㅈ finds 김민지)
and a half-typed last syllable (김민ㅈ finds 김민지), also in a store made before it existed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store import SearchQuery, Store
from desktop.store.migrations import current_version
from tests.desktop.store.conftest import assert_index_consistent


def names(store: Store, text: str, **query: object) -> list[str]:
    return sorted({r.name for r in store.iter_search(
        SearchQuery(text=text, **query))})  # type: ignore[arg-type]


@pytest.fixture
def people(store: Store) -> Store:
    for name, handle in (("김민지", "minji"), ("김민재", "minjae"), ("이민지", "lee_minji"),
                         ("박 지민", "jimin"), ("Emma Kim", "emma"), ("최수아", "sua")):
        person = store.create_influencer(name=name, notes="협찬 문의 민지" if name == "최수아"
                                         else "")
        store.create_account(influencer_id=person.id, platform="A", handle=handle)
    return store


@pytest.mark.parametrize(("typed", "found"), [
    ("ㄱㅁㅈ", ["김민재", "김민지"]),
    ("ㅁㅈ", ["김민재", "김민지", "이민지"]),        # inside a name
    ("ㅈㅁ", ["박 지민"]),                          # the initials ignore the space
    ("ㅇ", ["이민지", "최수아"]),                   # anywhere in the name
    ("김민ㅈ", ["김민재", "김민지"]),                # the last syllable half typed
    ("김ㅁㅈ", ["김민재", "김민지"]),
    ("이ㅁ", ["이민지"]),
    ("김민지", ["김민지"]),                          # whole syllables as before
    ("ㄱㅁㅈ minji", ["김민지"]),                     # with another word
    ("ㅊㅅㅇ", ["최수아"]),
    ("ㅎㅈ", []),                                    # initials are of names, not notes
])
def test_initials_and_half_typed_syllables_find_the_people(people: Store, typed: str,
                                                           found: list[str]) -> None:
    assert names(people, typed) == found


def test_korean_patterns_count_like_the_rows_they_list(people: Store) -> None:
    result = people.search(SearchQuery(text="김민ㅈ", limit=1))
    assert result.total == 2 and len(result.rows) == 1
    assert people.search(SearchQuery(text="ㄱㅁㅈ", platform="B")).total == 0


def test_a_renamed_person_is_found_by_the_new_initials_only(people: Store) -> None:
    kim = next(r for r in people.iter_search(SearchQuery(text="minjae")))
    people.update_influencer(kim.influencer_id, name="한예슬")
    assert names(people, "ㅎㅇㅅ") == ["한예슬"]
    assert names(people, "ㄱㅁㅈ") == ["김민지"]
    assert_index_consistent(people)


def _as_version_6(path: Path) -> None:
    """A store as version 6 wrote it: documents without the initials line."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in ("BEGIN",
                      "UPDATE search_doc SET doc = replace(doc, char(10) || 'ㄱㅁㅈ', '')",
                      "INSERT INTO search_fts (search_fts) VALUES ('delete-all')",
                      "PRAGMA user_version = 6", "COMMIT"):
        conn.execute(statement)
    conn.close()


def test_a_store_from_before_initials_search_finds_by_initials_after_the_upgrade(
        data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        person = store.create_influencer(name="김민지", phone="010-5555-0001")
        store.create_account(influencer_id=person.id, platform="A", handle="minji")
        pending = store.outbox_counts()
    _as_version_6(data_dir / "desk.sqlite3")
    with sqlite3.connect(data_dir / "desk.sqlite3") as raw:
        assert "ㄱㅁㅈ" not in raw.execute("SELECT doc FROM search_doc").fetchone()[0]
    with Store.open(data_dir) as upgraded:
        with upgraded.db.read() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == current_version()
        assert names(upgraded, "ㄱㅁㅈ") == ["김민지"]
        assert names(upgraded, "김민ㅈ") == ["김민지"]
        assert names(upgraded, "010 5555") == ["김민지"]
        assert upgraded.outbox_counts() == pending
        assert_index_consistent(upgraded)
