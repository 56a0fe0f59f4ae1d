"""Paging and the search cache: pages agree with one full pass (also when restricted to one
platform or the deleted view, whichever way the name order is read), and any write (through
the store, a raw bulk write in a transaction, another process) is seen by the next search."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store import SearchQuery, Store, search
from desktop.store.search import _DEEP
from desktop.store.searchindex import reindex_accounts
from tests.desktop.store.conftest import TEXTS, ids_of


@pytest.fixture
def many(store: Store) -> Store:
    """2,500 accounts (more than one deep-paging threshold), Korean and English names."""
    with store.transaction():
        for n in range(1250):
            name = f"김민{n % 7}지" if n % 2 else f"Emma Kim {n}"
            person = store.create_influencer(name=name, phone=f"010-{2000 + n}-{n:04d}")
            for platform in ("A", "B"):
                store.create_account(influencer_id=person.id, platform=platform,
                                     handle=f"{platform.lower()}{n:05d}", category="beauty")
    return store


def _all(store: Store, **query: object) -> list[str]:
    return [r.handle for r in store.iter_search(SearchQuery(**query))]  # type: ignore[arg-type]


def _paged(store: Store, size: int, **query: object) -> list[str]:
    out: list[str] = []
    total = None
    while True:
        page = store.search(SearchQuery(**query, offset=len(out), limit=size))  # type: ignore[arg-type]
        total = page.total if total is None else total
        assert page.total == total
        if not page.rows:
            break
        out += [r.handle for r in page.rows]
    assert len(out) == total
    return out


@pytest.mark.parametrize("query", [
    {}, {"platform": "B"}, {"text": "kim"}, {"text": "민"}, {"category": "beauty"},
    {"sort": "handle", "descending": True}, {"sort": "followers"},
    {"sort": "created_at", "descending": True},
])
def test_pages_agree_with_one_full_pass(many: Store, query: dict[str, object]) -> None:
    assert _paged(many, 700, **query) == _all(many, **query)


@pytest.mark.parametrize("sort", ["name", "handle", "followers"])
def test_deep_page_returns_the_right_rows(many: Store, sort: str) -> None:
    everything = _all(many, sort=sort)
    offset = len(everything) - 30
    assert offset > _DEEP
    page = many.search(SearchQuery(sort=sort, offset=offset, limit=100))
    assert page.total == len(everything)
    assert [r.handle for r in page.rows] == everything[offset:]


def test_korean_one_and_two_character_fragments(many: Store) -> None:
    assert many.search(SearchQuery(text="민")).total == 1250
    # Every Korean name is 김민{n % 7}지; "민3" has a digit, so the documents are scanned.
    threes = 2 * sum(1 for n in range(1, 1250, 2) if n % 7 == 3)
    assert many.search(SearchQuery(text="민3")).total == threes
    assert many.search(SearchQuery(text="3지")).total == threes
    assert many.search(SearchQuery(text="김민")).total == 1250
    assert many.search(SearchQuery(text="김민", platform="A", limit=5)).total == 625


def test_count_cache_sees_every_write(many: Store) -> None:
    query = SearchQuery(text="emma", limit=10)
    assert many.search(query).total == 1250
    assert many.search(SearchQuery(text="emma", offset=10, limit=10)).total == 1250

    # A store edit.
    [row] = many.search(SearchQuery(text="a00000")).rows
    many.update_influencer(row.influencer_id, name="Zed")
    assert many.search(query).total == 1248

    # A raw bulk write inside a transaction (what the Excel import does).
    with many.transaction() as conn:
        conn.exec_driver_sql("UPDATE influencer SET name = 'Emma Again' WHERE id = ?",
                             (str(row.influencer_id),))
        reindex_accounts(conn, [str(row.id), *(str(r.id) for r in many.search(
            SearchQuery(text="b00000")).rows)])
        # Inside the transaction the search sees the uncommitted write (no cache there).
        assert many.search(query).total == 1250
    assert many.search(query).total == 1250

    # A rolled-back write leaves the cached total right.
    with pytest.raises(RuntimeError), many.transaction():
        many.delete_account(row.id)
        assert many.search(query).total == 1249
        raise RuntimeError("abort")
    assert many.search(query).total == 1250


def test_count_cache_sees_another_process(many: Store, tmp_path: Path) -> None:
    query = SearchQuery(platform="A", limit=1)
    assert many.search(query).total == 1250
    script = (
        "import sys\n"
        "from desktop.store import Store\n"
        "with Store.open(sys.argv[1]) as s:\n"
        "    [r] = s.search(__import__('desktop.store').store.SearchQuery(text='a00001')).rows\n"
        "    s.delete_account(r.id)\n")
    subprocess.run([sys.executable, "-c", script, str(many.data_dir)], check=True)
    assert many.search(query).total == 1249


def _page(store: Store, **query: object) -> tuple[int, list[str]]:
    store.db.version += 1  # a new query: nothing cached
    found = store.search(SearchQuery(**query))  # type: ignore[arg-type]
    return found.total, [str(r.id) for r in found.rows]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("deleted", [False, True])
def test_platform_restricted_text_is_the_unrestricted_rows_of_that_platform(
        mixed: Store, text: str, deleted: bool) -> None:
    every = {str(r.id): r.platform for r in mixed.iter_search(SearchQuery(text=text,
                                                                          deleted=deleted))}
    ordered = ids_of(mixed, text=text, deleted=deleted)
    for platform in ("A", "B"):
        expected = [i for i in ordered if every[i] == platform]
        assert ids_of(mixed, text=text, platform=platform, deleted=deleted) == expected
        for offset in (0, 7, 150):
            total, rows = _page(mixed, text=text, platform=platform, deleted=deleted,
                                offset=offset, limit=20)
            assert (total, rows) == (len(expected), expected[offset:offset + 20])


@pytest.mark.parametrize("walk", [False, True])
def test_walking_the_name_order_and_sorting_all_matches_agree(
        mixed: Store, walk: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = {t: ids_of(mixed, text=t) for t in TEXTS}
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
