"""Settling a pushed batch: the server's echo of each record is stored once, and a record
whose echo differs only in bookkeeping is neither rewritten nor re-indexed."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from desktop.store import SearchQuery, Store, bulk, pushresults
from desktop.store.bulkrecords import NewAccount, NewInfluencer
from desktop.store.searchindex import reindex_accounts
from shared_models.fieldnames import ACCOUNT, EDITABLE, INFLUENCER
from shared_models.sync import OpResult, OpStatus
from shared_models.text import name_key

SERVER_TIME = datetime(2026, 12, 1, 9, 30, 15, 123456, tzinfo=UTC).isoformat()


def _echoes(store: Store, version: int = 1, **changed: Any) -> tuple[list, list[OpResult]]:
    """Claim the whole outbox and answer it as the server does: every op applied, the record
    echoed with the server's version and timestamps (and `changed` fields, if any)."""
    sent = store.claim_outbox(1000)
    results = []
    for entry in sent:
        record = {"id": str(entry.id), **entry.fields, "version": version,
                  "created_at": SERVER_TIME, "updated_at": SERVER_TIME, "deleted_at": None}
        if entry.entity == "account":
            record.setdefault("status", "active")
        record.update(changed.get(entry.entity, {}))
        results.append(OpResult(op_id=entry.op_id, entity=entry.entity, id=entry.id,
                                status=OpStatus.APPLIED, version=version, record=record))
    return sent, results


@pytest.fixture
def reindexed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The record ids the push results sent to the search index."""
    seen: list[str] = []
    real_accounts, real_influencers = pushresults.reindex_accounts, pushresults.reindex_influencers

    def accounts(conn: Any, ids: Any) -> None:
        ids = list(ids)
        seen.extend(ids)
        real_accounts(conn, ids)

    def influencers(conn: Any, ids: Any) -> None:
        ids = list(ids)
        seen.extend(ids)
        real_influencers(conn, ids)

    monkeypatch.setattr(pushresults, "reindex_accounts", accounts)
    monkeypatch.setattr(pushresults, "reindex_influencers", influencers)
    yield seen


def _count_rewrites(store: Store) -> None:
    """Count every statement that writes a user field of an influencer or account (the
    model's settable fields), and every row written to the search tables by any path."""
    with store.transaction() as conn:
        conn.exec_driver_sql("CREATE TABLE rewrites (entity TEXT)")
        conn.exec_driver_sql("CREATE TABLE index_writes (tbl TEXT)")
        for entity in (INFLUENCER, ACCOUNT):
            conn.exec_driver_sql(
                f"CREATE TRIGGER {entity}_rewrite AFTER UPDATE OF "
                f"{', '.join(EDITABLE[entity])} ON {entity} "
                f"BEGIN INSERT INTO rewrites VALUES ('{entity}'); END")
        for table in ("search_row", "search_doc"):
            for event in ("INSERT", "UPDATE", "DELETE"):
                conn.exec_driver_sql(
                    f"CREATE TRIGGER {table}_{event.lower()} AFTER {event} ON {table} "
                    f"BEGIN INSERT INTO index_writes VALUES ('{table}'); END")


def _rewrites(store: Store) -> int:
    with store.snapshot() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM rewrites").scalar_one())


def _index_writes(store: Store) -> int:
    """Rows the search tables received since `_count_rewrites`, whoever wrote them."""
    with store.snapshot() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM index_writes").scalar_one())


def _people(store: Store, n: int) -> list[Any]:
    accounts = []
    with store.transaction():
        for i in range(n):
            person = store.create_influencer(name=f"김하늘 {i}", phone=f"010-5555-{i:04d}",
                                             tags=["뷰티"])
            accounts.append(store.create_account(influencer_id=person.id, platform="A",
                                                 handle=f"sky_{i}", category="beauty"))
    return accounts


def test_bookkeeping_only_echoes_update_version_and_times_without_reindexing(
        store: Store, reindexed: list[str]) -> None:
    accounts = _people(store, 5)
    _count_rewrites(store)
    sent, results = _echoes(store)

    outcome = store.apply_push_results(sent, results)

    assert (outcome.applied, outcome.accepted, outcome.rejected) == (10, 10, 0)
    assert reindexed == []
    assert (_rewrites(store), _index_writes(store)) == (0, 0)
    assert store.outbox_counts() == (0, 0)
    account = store.get_account(accounts[0].id)
    person = store.get_influencer(accounts[0].influencer_id)
    assert account is not None and person is not None
    assert (account.version, person.version) == (1, 1)
    assert account.updated_at == person.updated_at == datetime.fromisoformat(SERVER_TIME)
    # Still found, and sorted by the server's time like any other account.
    rows = store.search(SearchQuery(text="sky_3", sort="updated_at")).rows
    assert [r.handle for r in rows] == ["sky_3"]
    # The next edit is based on the server's version.
    store.update_account(accounts[0].id, notes="after the push")
    [edit] = store.outbox_entries()
    assert edit.base_version == 1


def test_a_real_change_in_the_echo_is_stored_and_searchable(
        store: Store, reindexed: list[str]) -> None:
    [account] = _people(store, 1)
    _count_rewrites(store)
    sent, results = _echoes(store, account={"category": "travel"},
                            influencer={"notes": "merged from another desk"})

    store.apply_push_results(sent, results)

    assert sorted(reindexed) == sorted([str(account.id), str(account.influencer_id)])
    assert _rewrites(store) == 2
    stored = store.get_account(account.id)
    assert stored is not None and (stored.category, stored.version) == ("travel", 1)
    [row] = store.search(SearchQuery(text="merged from another")).rows
    assert (row.handle, row.category) == ("sky_0", "travel")
    assert store.search(SearchQuery(category="beauty")).total == 0


def test_the_echo_of_an_edit_that_changes_only_bookkeeping_is_not_rewritten_or_reindexed(
        store: Store, reindexed: list[str]) -> None:
    accounts = _people(store, 3)
    store.apply_push_results(*_echoes(store))
    store.update_account(accounts[1].id, notes="called on Monday")
    store.update_influencer(accounts[2].influencer_id, tags=["뷰티", "VIP"])
    _count_rewrites(store)
    sent = store.claim_outbox(10)
    assert {e.base_version for e in sent} == {1}  # edits, not creates
    # The server echoes the whole record: the local values, its version and times.
    results = []
    for entry in sent:
        local = (store.get_account(entry.id) if entry.entity == "account"
                 else store.get_influencer(entry.id))
        assert local is not None
        record = {**local.model_dump(mode="json"), "version": 2, "updated_at": SERVER_TIME}
        results.append(OpResult(op_id=entry.op_id, entity=entry.entity, id=entry.id,
                                status=OpStatus.APPLIED, version=2, record=record))

    store.apply_push_results(sent, results)

    assert (reindexed, _rewrites(store), _index_writes(store)) == ([], 0, 0)
    account = store.get_account(accounts[1].id)
    person = store.get_influencer(accounts[2].influencer_id)
    assert account is not None and person is not None
    assert (account.version, account.notes) == (2, "called on Monday")
    assert (person.version, person.tags) == (2, ["뷰티", "VIP"])
    assert store.outbox_counts() == (0, 0)
    assert _search_ids(store, "called on Monday") == [str(accounts[1].id)]


def test_an_older_echo_does_not_undo_a_newer_local_row(store: Store) -> None:
    [account] = _people(store, 1)
    sent, results = _echoes(store, version=1)
    with store.transaction() as conn:  # a pull stored version 3 meanwhile
        conn.exec_driver_sql("UPDATE account SET version = 3, category = 'food' WHERE id = ?",
                             (str(account.id),))
    store.apply_push_results(sent, results)
    stored = store.get_account(account.id)
    assert stored is not None and (stored.version, stored.category) == (3, "food")


def test_an_edit_waiting_behind_the_batch_stays_on_top_of_the_echo(store: Store) -> None:
    [account] = _people(store, 1)
    sent, results = _echoes(store)
    store.update_account(account.id, notes="typed while the push was on its way")

    store.apply_push_results(sent, results)

    stored = store.get_account(account.id)
    assert stored is not None
    assert (stored.notes, stored.version) == ("typed while the push was on its way", 1)
    [waiting] = store.outbox_entries()
    assert waiting.fields == {"notes": "typed while the push was on its way"}
    assert waiting.base_version == 1


def test_rejected_ops_stay_in_the_outbox_with_the_reason(store: Store) -> None:
    _people(store, 1)
    sent = store.claim_outbox(10)
    results = [OpResult(op_id=e.op_id, entity=e.entity, id=e.id, status=OpStatus.REJECTED,
                        reason="Handle is taken.") for e in sent]
    outcome = store.apply_push_results(sent, results)
    assert (outcome.rejected, outcome.accepted) == (2, 0)
    assert [e.rejected_reason for e in store.outbox_entries(rejected=True)] == [
        "Handle is taken.", "Handle is taken."]


def test_unknown_op_ids_in_the_answer_are_ignored(store: Store) -> None:
    _people(store, 1)
    sent = store.claim_outbox(10)
    stray = OpResult(op_id=uuid.uuid4(), entity="account", id=uuid.uuid4(),
                     status=OpStatus.APPLIED, version=1)
    outcome = store.apply_push_results(sent, [stray])
    assert outcome.accepted == 0
    assert store.outbox_counts() == (2, 0)


def _search_ids(store: Store, text: str) -> list[str]:
    return [str(r.id) for r in store.search(SearchQuery(text=text)).rows]


def test_one_normalised_echo_in_a_batch_is_rewritten_and_the_rest_only_bookkept(
        store: Store, reindexed: list[str]) -> None:
    accounts = _people(store, 5)
    _count_rewrites(store)
    sent, results = _echoes(store)
    [changed] = [r for r in results if r.record and r.record.get("handle") == "sky_2"]
    assert changed.record is not None
    changed.record["category"] = "travel"  # the server normalised it

    store.apply_push_results(sent, results)

    assert reindexed == [str(accounts[2].id)]
    assert _rewrites(store) == 1
    assert [r.handle for r in store.search(SearchQuery(category="travel")).rows] == ["sky_2"]
    for account in accounts:
        stored = store.get_account(account.id)
        assert stored is not None and stored.version == 1
        assert stored.updated_at == datetime.fromisoformat(SERVER_TIME)


def test_a_record_gone_locally_is_written_back_from_its_echo(store: Store) -> None:
    accounts = _people(store, 3)
    sent, results = _echoes(store)
    with store.transaction() as conn:  # the row went missing meanwhile
        conn.exec_driver_sql("DELETE FROM account WHERE id = ?", (str(accounts[1].id),))

    store.apply_push_results(sent, results)

    for account in accounts:
        stored = store.get_account(account.id)
        assert stored is not None and (stored.handle, stored.version) == (account.handle, 1)
    assert _search_ids(store, "sky_1") == [str(accounts[1].id)]
    assert store.outbox_counts() == (0, 0)


def test_an_edit_made_during_the_push_stays_on_top_and_the_rest_of_the_batch_settles(
        store: Store) -> None:
    accounts = _people(store, 4)
    sent, results = _echoes(store)
    store.update_account(accounts[2].id, notes="typed while the push was on its way")

    store.apply_push_results(sent, results)

    edited = store.get_account(accounts[2].id)
    assert edited is not None
    assert (edited.notes, edited.version) == ("typed while the push was on its way", 1)
    [waiting] = store.outbox_entries()
    assert (waiting.id, waiting.base_version) == (accounts[2].id, 1)
    for account in accounts:
        stored = store.get_account(account.id)
        person = store.get_influencer(account.influencer_id)
        assert stored is not None and person is not None
        assert (stored.version, person.version) == (1, 1)


def _replayed(results: list[OpResult]) -> str:
    """Stamp these answers as the server's stored results of an earlier attempt; returns
    that attempt's time."""
    earlier = datetime(2026, 11, 30, 8, 0, 0, 1, tzinfo=UTC).isoformat()
    for result in results:
        assert result.record is not None
        result.record.update(created_at=earlier, updated_at=earlier)
    return earlier


def test_answers_replayed_from_an_earlier_attempt_keep_their_own_times(store: Store) -> None:
    """A batch sent again after a lost reply is answered partly from the server's stored
    results, stamped at the first attempt."""
    accounts = _people(store, 4)
    sent, results = _echoes(store)
    earlier = _replayed(results[:4])

    store.apply_push_results(sent, results)

    times = {}
    for account in accounts:
        stored = store.get_account(account.id)
        person = store.get_influencer(account.influencer_id)
        assert stored is not None and person is not None
        times[str(stored.id)] = stored.updated_at
        times[str(person.id)] = person.updated_at
    assert [times[str(e.id)] for e in sent] == (
        [datetime.fromisoformat(earlier)] * 4 + [datetime.fromisoformat(SERVER_TIME)] * 4)


def test_a_merged_create_in_a_batch_moves_its_record_and_the_others_settle(
        store: Store, reindexed: list[str]) -> None:
    """The server merged one new person into one it already had (`remapped`): the local
    person and their account move to the server's id; the rest of the batch is stored."""
    accounts = _people(store, 3)
    sent, results = _echoes(store)
    moved = accounts[1].influencer_id
    server_id = uuid.uuid4()
    for result in results:
        record = result.record
        assert record is not None
        if result.id == moved:
            result.status, result.new_id = OpStatus.REMAPPED, server_id
            record["id"] = str(server_id)
        elif record.get("influencer_id") == str(moved):
            record["influencer_id"] = str(server_id)

    outcome = store.apply_push_results(sent, results)

    assert (outcome.remapped, outcome.accepted) == (1, 6)
    assert store.get_influencer(moved) is None
    person = store.get_influencer(server_id)
    account = store.get_account(accounts[1].id)
    assert person is not None and account is not None
    assert (person.version, account.influencer_id, account.version) == (1, server_id, 1)
    for other in (accounts[0], accounts[2]):
        stored = store.get_account(other.id)
        assert stored is not None and stored.version == 1
        assert str(other.id) not in reindexed
    assert store.outbox_counts() == (0, 0)


def test_an_import_push_stores_only_the_servers_bookkeeping(
        store: Store, reindexed: list[str]) -> None:
    """An import's creates (whole-record ops) answered as sent: version and server times
    stored, nothing rewritten or re-indexed, across batches of mixed entities."""
    people = [NewInfluencer(str(uuid.uuid4()), f"사람 {i}", name_key(f"사람 {i}"),
                            f"+8210555{i:05d}", "", ("뷰티",)) for i in range(30)]
    accounts = [NewAccount(100 + i, str(uuid.uuid4()), person.id, "A", f"user_{i}",
                           f"https://a.example.com/user_{i}", "", "뷰티", "active", "")
                for i, person in enumerate(people)]
    with store.transaction() as conn:
        bulk.insert_influencers(conn, people)
        bulk.insert_accounts(conn, accounts)
        reindex_accounts(conn, [a.id for a in accounts])  # as the import does
    _count_rewrites(store)
    while store.outbox_counts()[0]:
        sent = store.claim_outbox(25)
        results = [OpResult(op_id=e.op_id, entity=e.entity, id=e.id, status=OpStatus.APPLIED,
                            version=1, record={"id": str(e.id), **e.fields, "version": 1,
                                               "created_at": SERVER_TIME,
                                               "updated_at": SERVER_TIME, "deleted_at": None})
                   for e in sent]
        assert store.apply_push_results(sent, results).applied == len(sent)

    assert reindexed == []
    assert (_rewrites(store), _index_writes(store)) == (0, 0)
    for account in accounts:
        stored = store.get_account(uuid.UUID(account.id))
        assert stored is not None and stored.version == 1
        assert stored.updated_at == datetime.fromisoformat(SERVER_TIME)
    assert _search_ids(store, "user_7") == [accounts[7].id]


# -- a batch of one entity's creates (an import's push): settled without the per-op loop --

def _imported_people(store: Store, n: int) -> list[NewInfluencer]:
    """People created as the import creates them: whole-record ops, one entity."""
    people = [NewInfluencer(str(uuid.uuid4()), f"사람 {i}", name_key(f"사람 {i}"),
                            f"+8210777{i:05d}", "", ("뷰티",)) for i in range(n)]
    with store.transaction() as conn:
        bulk.insert_influencers(conn, people)
    return people


@pytest.fixture
def general_path(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the batches that went the general way (the per-op loop)."""
    taken: list[int] = []
    real = pushresults._plain_batch

    def plain_batch(sent: Any, results: Any) -> Any:
        taken.append(len(sent))
        return real(sent, results)

    monkeypatch.setattr(pushresults, "_plain_batch", plain_batch)
    return taken


def _person(store: Store, person: NewInfluencer) -> Any:
    stored = store.get_influencer(person.id)
    assert stored is not None
    return stored


def test_a_batch_of_creates_answered_as_sent_is_settled_in_one_statement(
        store: Store, reindexed: list[str], general_path: list[int]) -> None:
    people = _imported_people(store, 6)
    _count_rewrites(store)
    sent, results = _echoes(store)

    assert store.apply_push_results(sent, results).applied == 6

    assert general_path == []
    assert (reindexed, _rewrites(store), store.outbox_counts()) == ([], 0, (0, 0))
    assert _index_writes(store) == 0
    for person in people:
        stored = _person(store, person)
        assert (stored.version, stored.updated_at) == (1, datetime.fromisoformat(SERVER_TIME))


def test_a_record_edited_during_the_push_keeps_the_edit_and_the_batch_settles(
        store: Store, general_path: list[int]) -> None:
    """The one statement skips a record with an op left; the general path then stores its
    echo under the waiting edit."""
    people = _imported_people(store, 4)
    sent, results = _echoes(store)
    store.update_influencer(people[1].id, notes="typed while the push was on its way")

    store.apply_push_results(sent, results)

    assert general_path == [4]
    edited = _person(store, people[1])
    assert (edited.notes, edited.version) == ("typed while the push was on its way", 1)
    [waiting] = store.outbox_entries()
    assert (str(waiting.id), waiting.base_version) == (people[1].id, 1)
    assert [_person(store, p).version for p in people] == [1, 1, 1, 1]


def test_an_echo_that_differs_from_its_create_is_rewritten_in_a_batch_of_creates(
        store: Store, reindexed: list[str], general_path: list[int]) -> None:
    people = _imported_people(store, 4)
    _count_rewrites(store)
    sent, results = _echoes(store)
    record = results[2].record
    assert record is not None
    record["notes"] = "merged from another desk"

    store.apply_push_results(sent, results)

    assert general_path == [4]
    assert (reindexed, _rewrites(store)) == ([people[2].id], 1)
    assert _person(store, people[2]).notes == "merged from another desk"
    assert [_person(store, p).version for p in people] == [1, 1, 1, 1]


def test_echoes_replayed_from_an_earlier_attempt_in_a_batch_of_creates_keep_their_times(
        store: Store, general_path: list[int]) -> None:
    people = _imported_people(store, 4)
    sent, results = _echoes(store)
    earlier = _replayed(results[:2])

    store.apply_push_results(sent, results)

    assert general_path == [4]
    assert [_person(store, p).updated_at for p in people] == (
        [datetime.fromisoformat(earlier)] * 2 + [datetime.fromisoformat(SERVER_TIME)] * 2)


def test_echoes_deleted_by_another_desk_in_a_batch_of_creates_are_deleted_here(
        store: Store, general_path: list[int]) -> None:
    people = _imported_people(store, 3)
    sent, results = _echoes(store)
    for result in results:  # one stamp for the batch, as the others' would share
        assert result.record is not None
        result.record["deleted_at"] = SERVER_TIME

    store.apply_push_results(sent, results)

    assert general_path == [3]
    for person in people:
        assert store.get_influencer(person.id) is None
        assert store.get_influencer(person.id, include_deleted=True) is not None


@pytest.mark.parametrize("ids", [
    [], ["01a23ca2-bc89-77c5-a9af-da4450b8830c"], ["a", "b", "c"], ["한글", "x"],
    ['a"b', "c"], ["a\\", "b"], ['","', "x"], ["a\nb"], ["\x00"], [""], ["", ""],
])
def test_record_ids_reach_sql_as_the_json_array_of_themselves(ids: list[str]) -> None:
    assert json.loads(pushresults._json_strings(ids)) == ids


def test_a_settled_batch_asks_for_the_log_to_be_copied_after_its_commit(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(store.db, "checkpoint_behind",
                        lambda: asked.append(store.db.in_transaction()))
    _imported_people(store, 2)
    store.apply_push_results(*_echoes(store))
    assert asked == [False]  # after the commit, not inside it
    _imported_people(store, 2)
    with store.transaction():  # inside a caller's transaction: its commit is still to come
        store.apply_push_results(*_echoes(store))
    assert asked == [False]
