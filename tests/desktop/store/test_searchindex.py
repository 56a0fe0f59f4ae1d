"""The text indexes keyed by (live, platform, rid) (migration 4): platform-restricted and
deleted-view text searches return exactly the rows the unrestricted search does, the count
taken on the text index agrees with the rows, bulk re-indexing equals one-by-one, and a store
written before migration 4 upgrades to the same results without losing unsynced edits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store import SearchQuery, Store, search, searchindex
from desktop.store.migrations import current_version
from desktop.store.searchindex import grams, key_range, reindex_accounts, text_key


def _fill(store: Store) -> None:
    """600 accounts on both platforms, Korean and English names, some deleted."""
    with store.transaction():
        for n in range(300):
            name = f"김민{n % 5}지" if n % 2 else f"Emma Kim {n}"
            person = store.create_influencer(name=name, phone=f"010-{3000 + n}-{n:04d}",
                                             tags=["뷰티"] if n % 3 else ["food"])
            for platform in ("A", "B"):
                account = store.create_account(
                    influencer_id=person.id, platform=platform,
                    handle=f"{platform.lower()}{n:05d}", category="beauty")
                if n % 11 == 0 and platform == "B":
                    store.delete_account(account.id)
            if n % 13 == 0:
                store.delete_influencer(person.id)


@pytest.fixture
def mixed(store: Store) -> Store:
    _fill(store)
    return store


def _ids(store: Store, **query: object) -> list[str]:
    return [str(r.id) for r in store.iter_search(SearchQuery(**query))]  # type: ignore[arg-type]


def _page(store: Store, **query: object) -> tuple[int, list[str]]:
    store.db.version += 1  # a new query: nothing cached
    found = store.search(SearchQuery(**query))  # type: ignore[arg-type]
    return found.total, [str(r.id) for r in found.rows]


TEXTS = ["kim", "emma", "민지", "민", "김민", "3000", "010 3001", "emma 김", "뷰티", "a0001"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("deleted", [False, True])
def test_platform_restricted_text_is_the_unrestricted_rows_of_that_platform(
        mixed: Store, text: str, deleted: bool) -> None:
    every = {str(r.id): r.platform for r in mixed.iter_search(SearchQuery(text=text,
                                                                          deleted=deleted))}
    ordered = _ids(mixed, text=text, deleted=deleted)
    for platform in ("A", "B"):
        expected = [i for i in ordered if every[i] == platform]
        assert _ids(mixed, text=text, platform=platform, deleted=deleted) == expected
        for offset in (0, 7, 150):
            total, rows = _page(mixed, text=text, platform=platform, deleted=deleted,
                                offset=offset, limit=20)
            assert (total, rows) == (len(expected), expected[offset:offset + 20])


@pytest.mark.parametrize("walk", [False, True])
def test_walking_the_name_order_and_sorting_all_matches_agree(
        mixed: Store, walk: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = {t: _ids(mixed, text=t) for t in TEXTS}
    monkeypatch.setattr(search, "_walk_name_order", lambda *args: walk)
    for text, ids in expected.items():
        for offset in (0, 33, 250):
            assert _page(mixed, text=text, offset=offset, limit=40) == (
                len(ids), ids[offset:offset + 40])


def test_korean_one_and_two_character_fragments_by_platform(mixed: Store) -> None:
    live_people = [n for n in range(300) if n % 13]
    korean_a = sum(1 for n in live_people if n % 2)
    korean_b = sum(1 for n in live_people if n % 2 and n % 11)
    assert mixed.search(SearchQuery(text="민", platform="A")).total == korean_a
    assert mixed.search(SearchQuery(text="김민", platform="B")).total == korean_b
    assert mixed.search(SearchQuery(text="지", platform="B", limit=3)).total == korean_b
    twos = sum(1 for n in live_people if n % 2 and n % 5 == 2)
    assert mixed.search(SearchQuery(text="민2", platform="A")).total == twos  # scanned


def test_delete_restore_and_edit_move_the_text_keys(mixed: Store) -> None:
    account = mixed.search(SearchQuery(text="a00001")).rows[0]
    assert mixed.search(SearchQuery(text="a00001", platform="A")).total == 1
    mixed.delete_account(account.id)
    assert mixed.search(SearchQuery(text="a00001")).total == 0
    assert mixed.search(SearchQuery(text="a00001", platform="A", deleted=True)).total == 1
    mixed.restore_account(account.id)
    mixed.update_account(account.id, handle="renamed_handle")
    assert mixed.search(SearchQuery(text="a00001")).total == 0
    assert [str(r.id) for r in mixed.search(SearchQuery(text="renamed_h", platform="A")).rows] \
        == [str(account.id)]
    _assert_index_consistent(mixed)


@pytest.mark.parametrize("bulk", [10, 100_000])
def test_bulk_reindex_equals_one_by_one(mixed: Store, bulk: int,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(searchindex, "_BULK", bulk)  # text written at the end, or per chunk
    before = {t: _ids(mixed, text=t, platform=p) for t in TEXTS for p in ("A", "B", None)}
    with mixed.db.write() as conn:
        ids = [i for (i,) in conn.exec_driver_sql("SELECT id FROM account")]
        for table in ("search_row", "search_doc"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
        for table in ("search_fts", "search_gram"):
            conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        reindex_accounts(conn, ids)  # all new: the bulk path
        reindex_accounts(conn, ids)  # all present and unchanged: nothing to write
        reindex_accounts(conn, ids[:5])
    assert {t: _ids(mixed, text=t, platform=p)
            for t in TEXTS for p in ("A", "B", None)} == before
    _assert_index_consistent(mixed)


def _assert_index_consistent(store: Store) -> None:
    """Each search row has exactly one entry under its key in each text index."""
    with store.db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT s.rid, s.live, s.platform, d.doc FROM search_row s "
            "JOIN search_doc d ON d.rid = s.rid").all()
        assert len(rows) == conn.exec_driver_sql("SELECT count(*) FROM search_doc").scalar()
        for live in (0, 1):
            for platform in ("A", "B"):
                low, high = key_range(live, platform)
                expected = [text_key(r[0], r[1], r[2]) for r in rows
                            if (r[1], r[2]) == (live, platform) and "010" in r[3]]
                hits = [k for (k,) in conn.exec_driver_sql(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH '\"010\"' "
                    "AND rowid BETWEEN ? AND ?", (low, high))]
                assert sorted(hits) == sorted(expected)


def _downgrade_to_v3(path: Path) -> None:
    """Rewrite a current store's text indexes the way stores before migration 4 kept them."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("search_grams", 1, grams)
    for statement in (
        "BEGIN",
        "DROP TABLE search_fts",
        "DROP TABLE search_gram",
        "CREATE VIRTUAL TABLE search_fts USING fts5(doc, content='search_doc', "
        "content_rowid='rid', tokenize='trigram')",
        "CREATE VIRTUAL TABLE search_gram USING fts5(grams, content='', tokenize='unicode61')",
        "INSERT INTO search_fts (search_fts) VALUES ('rebuild')",
        "INSERT INTO search_gram (rowid, grams) SELECT rid, search_grams(doc) FROM search_doc",
        "CREATE INDEX ix_search_live ON search_row (live)",
        "PRAGMA user_version = 3",
        "COMMIT",
    ):
        conn.execute(statement)
    conn.close()


def test_a_store_from_before_the_keyed_indexes_upgrades_with_the_same_results(
        data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        _fill(store)
        person = store.create_influencer(name="미동기 Unsynced", phone="010-5555-0001")
        store.create_account(influencer_id=person.id, platform="B", handle="unsynced_b")
        queries = [{"text": t, "platform": p, "deleted": d} for t in [*TEXTS, "미동기", "unsynced"]
                   for p in (None, "A", "B") for d in (False, True)]
        before = [_ids(store, **q) for q in queries]
        pending = store.outbox_counts()
        assert pending[0] >= 2
    _downgrade_to_v3(data_dir / "desk.sqlite3")
    with sqlite3.connect(data_dir / "desk.sqlite3") as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (3,)
    with Store.open(data_dir) as upgraded:
        with upgraded.db.read() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == current_version()
        assert [_ids(upgraded, **q) for q in queries] == before
        assert upgraded.outbox_counts() == pending
        assert upgraded.search(SearchQuery(text="unsynced", platform="B")).total == 1
        _assert_index_consistent(upgraded)
