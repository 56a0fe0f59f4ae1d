"""The soft-delete rule, the same for every way a record is removed (one person, one account,
many at once for an undo, a consent form) and restored: the row keeps its tombstone time as
its edit time, the op carries the version the user saw, and the search rows follow."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.store import Store
from desktop.store.attachments import AttachmentRecords
from shared_models.errors import InvalidValue
from tests.support import sample_forms

SYNCED = 3  # a version the server gave: a delete's op must carry it as its base


def _synced(store: Store, table: str, record_id: object) -> None:
    with store.db.write() as conn:
        conn.exec_driver_sql(f"UPDATE {table} SET version = ? WHERE id = ?",
                             (SYNCED, str(record_id)))


def _row(store: Store, table: str, record_id: object) -> tuple[Any, ...]:
    with store.db.read() as conn:
        return tuple(conn.exec_driver_sql(
            f"SELECT deleted_at, updated_at FROM {table} WHERE id = ?",
            (str(record_id),)).one())


def _last_op(store: Store, table: str, record_id: object) -> tuple[str, int, dict[str, Any]]:
    with store.db.read() as conn:
        kind, base, fields = conn.exec_driver_sql(
            "SELECT kind, base_version, fields FROM outbox WHERE entity = ? AND id = ? "
            "ORDER BY seq DESC LIMIT 1", (table, str(record_id))).one()
    return kind, base, json.loads(fields)


def _live_in_search(store: Store, account_id: object) -> int:
    with store.db.read() as conn:
        return int(conn.exec_driver_sql(
            "SELECT s.live FROM search_row s JOIN account a ON a.rid = s.rid WHERE a.id = ?",
            (str(account_id),)).scalar_one())


def _assert_deleted(store: Store, table: str, record_id: object,
                    note: dict[str, Any] | None = None) -> None:
    deleted_at, updated_at = _row(store, table, record_id)
    assert deleted_at is not None and deleted_at == updated_at
    assert _last_op(store, table, record_id) == ("delete", SYNCED, note or {})


@pytest.fixture
def person_and_account(store: Store) -> tuple[str, str]:
    person = store.create_influencer(name="김하늘", phone="010-1234-5678")
    account = store.create_account(influencer_id=person.id, platform="A", handle="haneul")
    _synced(store, "influencer", person.id)
    _synced(store, "account", account.id)
    return str(person.id), str(account.id)


def test_one_account_deleted_and_restored(store: Store,
                                          person_and_account: tuple[str, str]) -> None:
    _, account = person_and_account
    store.delete_account(account)
    _assert_deleted(store, "account", account)
    assert _live_in_search(store, account) == 0
    store.restore_account(account)
    deleted_at, updated_at = _row(store, "account", account)
    assert deleted_at is None and updated_at is not None
    assert _last_op(store, "account", account) == ("restore", SYNCED, {})
    assert _live_in_search(store, account) == 1


def test_a_merged_person_keeps_the_pointer_in_its_op(
        store: Store, person_and_account: tuple[str, str]) -> None:
    person, account = person_and_account
    other = store.create_influencer(name="김하늘", phone="")
    store.delete_influencer(person, merged_into=other.id)
    _assert_deleted(store, "influencer", person, {"merged_into": str(other.id)})
    assert _live_in_search(store, account) == 0  # the person's accounts leave the results
    store.restore_influencer(person)
    assert _last_op(store, "influencer", person) == ("restore", SYNCED, {})
    assert _live_in_search(store, account) == 1


def test_many_at_once_follow_the_same_rule(store: Store,
                                           person_and_account: tuple[str, str]) -> None:
    person, account = person_and_account
    alone = store.create_account(influencer_id=store.create_influencer(name="박민지").id,
                                 platform="B", handle="minji")
    _synced(store, "account", alone.id)
    done = store.delete_many([person, "not-there"], [str(alone.id)])
    assert done == {"influencer": 1, "account": 1}
    _assert_deleted(store, "influencer", person)
    _assert_deleted(store, "account", alone.id)
    assert _live_in_search(store, account) == 0 and _live_in_search(store, alone.id) == 0
    assert store.delete_many([person], [str(alone.id)]) == {"influencer": 0, "account": 0}


def test_a_consent_form_removed(store: Store, tmp_path: Path) -> None:
    person = store.create_influencer(name="김하늘", phone="010-1234-5678")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(sample_forms.pdf("signed"))
    forms = AttachmentRecords(store)
    form = forms.add(person.id, scan)
    _synced(store, "attachment", form.id)
    removed = forms.remove(form.id)
    assert removed.deleted_at is not None
    _assert_deleted(store, "attachment", form.id)
    assert forms.remove(form.id) == removed  # again: nothing more queued
    with store.db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM outbox WHERE entity = 'attachment' "
                                    "AND kind = 'delete'").scalar() == 1


def test_a_restore_whose_key_was_taken_is_refused_and_changes_nothing(
        store: Store, person_and_account: tuple[str, str]) -> None:
    person, account = person_and_account
    store.delete_account(account)
    store.create_account(influencer_id=person, platform="A", handle="haneul")
    before = _row(store, "account", account)
    with pytest.raises(InvalidValue):
        store.restore_account(account)
    assert _row(store, "account", account) == before
    assert _last_op(store, "account", account)[0] == "delete"
