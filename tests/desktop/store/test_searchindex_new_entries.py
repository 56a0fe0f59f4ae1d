"""`searchindex.new_entries` (the import's fast builder) must give exactly the search rows,
documents and grams the store's own indexing gives (`_search_row`, `grams`): the text
indexes later delete an entry by re-tokenising its stored document, so any difference would
leave stale postings behind."""

from __future__ import annotations

import itertools
import json

from desktop.store import Store, searchindex

NAMES = ["김민지", "MINJI Kim", "Straße Öz", "이서준 (Seo-Jun)", "ＡＢＣ 전각"]
PHONES = ["+821012345678", "", "+12025550123"]
TAGS = [[], ["뷰티"], ["Camping", "여름 캠핑"], ["STRASSE", "ß"]]
NOTES = ["", "협찬 문의 완료", "VIP Client"]
HANDLES = ["minji_blog", "민지.daily", "MiNJi"]
EMAILS = ["", "m@naver.com", "민지@例え.jp"]
CATEGORIES = ["", "뷰티", "IT", "Travel"]
DELETED = [(None, None), ("2026-01-01T00:00:00+00:00", None),
           (None, "2026-02-01T00:00:00+00:00")]


def sources() -> list[tuple[object, ...]]:
    rows = []
    combos = itertools.product(NAMES, PHONES, range(len(TAGS)), NOTES, HANDLES, EMAILS,
                               CATEGORIES, ["", "계정 메모"], ["A", "B"], range(len(DELETED)))
    for rid, (name, phone, tags, notes, handle, email, category, account_notes, platform,
              deleted) in enumerate(itertools.islice(combos, 0, None, 7), start=1):
        rows.append((rid, f"id-{rid}", name, phone, json.dumps(TAGS[tags], ensure_ascii=False),
                     notes, handle, email, category, account_notes, platform,
                     "active" if rid % 3 else "paused", "2026-11-27T00:00:00+00:00",
                     *DELETED[deleted]))
    return rows


def test_new_entries_equal_the_stores_own_search_rows_documents_and_grams() -> None:
    rows = sources()
    assert len(rows) > 3000
    built_rows, texts = searchindex.new_entries(rows)
    for source, row, text in zip(rows, built_rows, texts, strict=True):
        expected_row, doc = searchindex._search_row(source, {})
        assert row == expected_row
        key = searchindex.text_key(expected_row[0], expected_row[1], expected_row[2])
        assert text == (key, expected_row[0], doc, searchindex.grams(doc))


def test_an_imports_created_rows_store_exactly_the_full_search_rows(store: Store) -> None:
    """An import sends its new accounts' search rows with only the columns their values
    fill (`created=True`); written by `insert_created_rows` they must be the rows the full
    builder writes: live, the batch's time, no metrics."""
    now = "2026-11-27T00:00:00+00:00"
    live = [s for s in sources() if s[13] is None and s[14] is None and s[12] == now]
    assert len(live) > 1000
    full_rows, full_texts = searchindex.new_entries(live)
    rows, texts = searchindex.new_entries(live, created=True)
    assert texts == full_texts
    assert all(len(r) == len(searchindex.CREATED_ROW) for r in rows)
    with store.transaction() as conn:
        searchindex.insert_created_rows(conn, rows, now)
        created = conn.exec_driver_sql("SELECT * FROM search_row ORDER BY rid").all()
        conn.exec_driver_sql("DELETE FROM search_row")
        searchindex.insert_entries(conn, full_rows, [])
        full = conn.exec_driver_sql("SELECT * FROM search_row ORDER BY rid").all()
    assert created == full and len(created) == len(live)
