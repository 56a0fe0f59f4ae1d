"""The text indexes keyed by (live, platform, rid): a delete, restore or edit moves an
account's keys, bulk re-indexing equals one-by-one, and the index keeps every shared metric."""

from __future__ import annotations

import pytest

from desktop.store import SearchQuery, Store, searchindex
from desktop.store.searchindex import METRIC_COLUMNS, reindex_accounts
from shared_models.records import METRICS
from tests.desktop.store.conftest import TEXTS, assert_index_consistent, ids_of


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
    assert_index_consistent(mixed)


@pytest.mark.parametrize("bulk", [10, 100_000])
def test_bulk_reindex_equals_one_by_one(mixed: Store, bulk: int,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(searchindex, "_BULK", bulk)  # text written at the end, or per chunk
    before = {t: ids_of(mixed, text=t, platform=p) for t in TEXTS for p in ("A", "B", None)}
    with mixed.db.write() as conn:
        ids = [i for (i,) in conn.exec_driver_sql("SELECT id FROM account")]
        for table in ("search_row", "search_doc"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
        for table in ("search_fts", "search_gram"):
            conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        reindex_accounts(conn, ids)  # all new: the bulk path
        reindex_accounts(conn, ids)  # all present and unchanged: nothing to write
        reindex_accounts(conn, ids[:5])
    assert {t: ids_of(mixed, text=t, platform=p)
            for t in TEXTS for p in ("A", "B", None)} == before
    assert_index_consistent(mixed)


def test_search_index_has_a_column_for_every_shared_metric(store: Store) -> None:
    assert tuple(METRIC_COLUMNS) == METRICS
    with store.db.read() as conn:
        columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(search_row)")}
    assert set(METRIC_COLUMNS.values()) <= columns


def test_deleting_many_at_once_leaves_the_index_a_full_rebuild_would_give(
        mixed: Store) -> None:
    """delete_many (undo of a large import) moves the text keys without rebuilding the
    documents: searches, live or deleted, find what a rebuild from scratch finds."""
    with mixed.db.read() as conn:
        people = [i for (i,) in conn.exec_driver_sql(
            "SELECT id FROM influencer ORDER BY rowid LIMIT 40")]
        accounts = [i for (i,) in conn.exec_driver_sql(
            "SELECT id FROM account WHERE platform = 'A' ORDER BY rid LIMIT 90 OFFSET 100")]
    assert ids_of(mixed, text="a00100") == [accounts[0]]
    done = mixed.delete_many(people, accounts)
    assert done["influencer"] > 0 and done["account"] > 0
    assert ids_of(mixed, text="a00100") == []
    assert ids_of(mixed, text="a00100", deleted=True) == [accounts[0]]
    queries = [{"text": t, "platform": p, "deleted": d}
               for t in [*TEXTS, "a0010"] for p in ("A", "B", None) for d in (False, True)]
    after = [ids_of(mixed, **q) for q in queries]

    with mixed.db.write() as conn:
        rows_before = conn.exec_driver_sql("SELECT * FROM search_row ORDER BY rid").all()
        ids = [i for (i,) in conn.exec_driver_sql("SELECT id FROM account")]
        for table in ("search_row", "search_doc"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
        for table in ("search_fts", "search_gram"):
            conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        reindex_accounts(conn, ids)
        assert conn.exec_driver_sql("SELECT * FROM search_row ORDER BY rid").all() == rows_before
    assert [ids_of(mixed, **q) for q in queries] == after
    assert_index_consistent(mixed)
