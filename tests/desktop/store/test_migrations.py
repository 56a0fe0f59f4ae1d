"""Schema migrations of the local store: a store written before the keyed text indexes
(migration 4) upgrades to the same search results without losing unsynced edits; a store
of the previous release (8) keeps the pointers of the merges made on it (9)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.changes.merge import merge_people
from desktop.changes.undo import undo_batch
from desktop.store import SearchQuery, Store
from desktop.store.migrations import current_version
from desktop.store.searchindex import grams
from tests.desktop.store.conftest import TEXTS, assert_index_consistent, fill_mixed, ids_of


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
        fill_mixed(store)
        person = store.create_influencer(name="미동기 Unsynced", phone="010-5555-0001")
        store.create_account(influencer_id=person.id, platform="B", handle="unsynced_b")
        queries = [{"text": t, "platform": p, "deleted": d} for t in [*TEXTS, "미동기", "unsynced"]
                   for p in (None, "A", "B") for d in (False, True)]
        before = [ids_of(store, **q) for q in queries]
        pending = store.outbox_counts()
        assert pending[0] >= 2
    _downgrade_to_v3(data_dir / "desk.sqlite3")
    with sqlite3.connect(data_dir / "desk.sqlite3") as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (3,)
    with Store.open(data_dir) as upgraded:
        with upgraded.db.read() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == current_version()
        assert [ids_of(upgraded, **q) for q in queries] == before
        assert upgraded.outbox_counts() == pending
        assert upgraded.search(SearchQuery(text="unsynced", platform="B")).total == 1
        assert_index_consistent(upgraded)


C1, C2 = "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"
REC = "00000000-0000-4000-8000-0000000000aa"


def test_a_store_from_v7_keeps_its_conflicts_and_does_not_resend_old_resolutions(
        data_dir: Path) -> None:
    with Store.open(data_dir) as store, store.db.write() as conn:
        conn.exec_driver_sql(
            "INSERT INTO conflict (id, entity, record_id, field, your_value, server_value, "
            "created_at, resolved_at, resolution) VALUES "
            "(?, 'influencer', ?, 'notes', '\"a\"', '\"b\"', '2026-01-01', '2026-01-02', "
            "'mine'), (?, 'influencer', ?, 'tags', '[]', '[\"x\"]', '2026-01-01', NULL, NULL)",
            (C1, REC, C2, REC))
    with sqlite3.connect(data_dir / "desk.sqlite3") as raw:  # as version 7 left it
        raw.execute("ALTER TABLE conflict DROP COLUMN resolution_sent_at")
        raw.execute("ALTER TABLE conflict DROP COLUMN reason")
        raw.execute("PRAGMA user_version = 7")
    with Store.open(data_dir) as upgraded:
        assert [c.field for c in upgraded.conflicts(include_resolved=True)] == ["notes", "tags"]
        assert upgraded.unsent_resolutions() == []  # the old server kept no conflicts
        assert upgraded.open_conflict_ids() == [C2]


def test_a_store_from_v8_keeps_the_pointers_of_its_own_merges(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        keep = store.create_influencer(name="김 하늘", phone="010-1111-2222")
        other = store.create_influencer(name="김하늘")
        undone = store.create_influencer(name="Kim Haneul")
        merge_people(store, str(keep.id), str(other.id))
        undo_batch(store, merge_people(store, str(keep.id), str(undone.id)).batch.id)
        plain = store.delete_influencer(store.create_influencer(name="박새봄").id)
        pending = store.outbox_counts()
    with sqlite3.connect(data_dir / "desk.sqlite3") as raw:  # as version 8 left it
        raw.execute("ALTER TABLE influencer DROP COLUMN merged_into")
        raw.execute("PRAGMA user_version = 8")
    with Store.open(data_dir) as upgraded:
        assert upgraded.get_influencer(other.id, include_deleted=True).merged_into == keep.id
        assert upgraded.get_influencer(undone.id).merged_into is None  # merged, then undone
        assert upgraded.get_influencer(plain.id, include_deleted=True).merged_into is None
        assert upgraded.follow_merged(other.id)[0].id == keep.id
        assert upgraded.outbox_counts() == pending
