"""Shared by the store's search tests: a store of 600 accounts on both platforms, Korean and
English names, some deleted, and the checks several test files make on it."""

from __future__ import annotations

import pytest

from desktop.store import SearchQuery, Store
from desktop.store.searchindex import key_range, text_key


def fill_mixed(store: Store) -> None:
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
    fill_mixed(store)
    return store


def ids_of(store: Store, **query: object) -> list[str]:
    return [str(r.id) for r in store.iter_search(SearchQuery(**query))]  # type: ignore[arg-type]


TEXTS = ["kim", "emma", "민지", "민", "김민", "3000", "010 3001", "emma 김", "뷰티", "a0001"]


def assert_index_consistent(store: Store) -> None:
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
