"""Two office desktops editing the same data through one sync server."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.excel import run_import
from desktop.store import SearchQuery, Store, pushresults, syncside
from shared_models.records import MetricSnapshot
from tests.desktop.excel.conftest import make_xlsx
from tests.e2e.conftest import Desk

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]


def view(store: Store) -> list[tuple]:
    """What a user sees: every live account with its person, in a stable order."""
    rows = store.search(SearchQuery(sort="handle", limit=None)).rows
    return [(r.name, r.phone, r.platform, r.handle, r.email, r.category, tuple(r.tags),
             r.notes, str(r.influencer_id)) for r in rows]


def _assert_converged(pushed: Desk, pulled: Desk, accounts: int) -> None:
    """Everything `pushed` queued reached the server, and both desks show the same rows."""
    assert pushed.store.outbox_counts() == (0, 0)
    assert view(pulled.store) == view(pushed.store)
    assert len(view(pulled.store)) == accounts


def test_edits_on_both_sides_converge(desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    kim = one.store.create_influencer(name="김민지", phone="010-1234-5678", tags=["뷰티"])
    one.store.create_account(influencer_id=kim.id, platform="A", handle="minji_a")
    one.sync()
    two.sync()
    assert [r.handle for r in two.store.search(SearchQuery(text="민지")).rows] == ["minji_a"]
    two.store.update_influencer(kim.id, notes="협찬 가능")
    two.store.create_account(influencer_id=kim.id, platform="B", handle="minji.b")
    one.store.update_influencer(kim.id, tags=["뷰티", "vlog"])
    one.sync()
    two.sync()
    one.sync()
    assert view(one.store) == view(two.store)
    person = one.store.get_influencer(kim.id)
    assert (person.notes, person.tags) == ("협찬 가능", ["뷰티", "vlog"])
    assert one.store.outbox_counts() == (0, 0) == two.store.outbox_counts()


def test_offline_edits_on_both_sides_converge_after_reconnect(desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    for n in range(5):
        person = one.store.create_influencer(name=f"One {n}", phone=f"010-1000-000{n}")
        one.store.create_account(influencer_id=person.id, platform="A", handle=f"one_{n}")
        other = two.store.create_influencer(name=f"둘 {n}", phone=f"010-2000-000{n}")
        two.store.create_account(influencer_id=other.id, platform="B", handle=f"two.{n}")
    one.sync()
    two.sync()
    one.sync()
    assert len(view(one.store)) == 10
    assert view(one.store) == view(two.store)


def test_same_field_edited_on_both_sides_gives_one_conflict_and_loses_nothing(
        desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    kim = one.store.create_influencer(name="김민지", phone="010-1234-5678")
    one.sync()
    two.sync()
    one.store.update_influencer(kim.id, notes="from one")
    two.store.update_influencer(kim.id, notes="from two")
    one.sync()
    two.sync()
    assert one.store.conflicts() == []
    [conflict] = two.store.conflicts()
    assert (conflict.field, conflict.your_value, conflict.server_value, conflict.label) == (
        "notes", "from two", "from one", "김민지")
    assert two.store.get_influencer(kim.id).notes == "from one"
    two.store.resolve_conflict(conflict.id, "mine")
    two.sync()
    one.sync()
    assert one.store.get_influencer(kim.id).notes == "from two"
    assert two.store.conflicts() == []
    assert one.store.conflicts() == []


def test_keep_theirs_drops_the_losing_value(desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    kim = one.store.create_influencer(name="Kim", phone="010-1234-5678")
    one.sync()
    two.sync()
    one.store.update_influencer(kim.id, name="Kim Minji")
    two.store.update_influencer(kim.id, name="Minji Kim")
    one.sync()
    two.sync()
    [conflict] = two.store.conflicts()
    two.store.resolve_conflict(str(conflict.id)[:8], "theirs")
    two.sync()
    one.sync()
    assert one.store.get_influencer(kim.id).name == "Kim Minji"
    assert two.store.get_influencer(kim.id).name == "Kim Minji"
    assert two.store.conflicts(include_resolved=True)[0].resolution == "theirs"


def test_same_influencer_created_offline_on_both_ends_as_one_with_all_accounts(
        desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    first = one.store.create_influencer(name="이서연", phone="010-5555-6666")
    one.store.create_account(influencer_id=first.id, platform="A", handle="seoyeon_a")
    second = two.store.create_influencer(name="이서연", phone="+82 10 5555 6666",
                                         notes="met at the fair")
    account = two.store.create_account(influencer_id=second.id, platform="B",
                                       handle="seoyeon.b")
    two.store.add_snapshots([MetricSnapshot(
        id=uuid.uuid4(), account_id=account.id, metric="followers", value=1500,
        observed_at=datetime.now(UTC))])
    one.sync()
    two.sync()
    one.sync()
    for desk in desks:
        rows = desk.store.search(SearchQuery(text="서연", sort="handle")).rows
        assert [r.handle for r in rows] == ["seoyeon.b", "seoyeon_a"]
        assert {r.influencer_id for r in rows} == {first.id}
        assert rows[0].other_platform_handles == ["seoyeon_a"]
        assert rows[0].metrics["followers"].value == 1500
        assert desk.store.get_influencer(first.id).notes == "met at the fair"
    assert two.store.get_influencer(second.id, include_deleted=True) is None
    assert two.store.outbox_counts() == (0, 0)


def test_delete_on_one_side_and_edit_on_the_other_is_explained_and_restorable(
        desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    kim = one.store.create_influencer(name="김민지", phone="010-1234-5678")
    account = one.store.create_account(influencer_id=kim.id, platform="A", handle="minji_a")
    one.sync()
    two.sync()
    one.store.delete_account(account.id)
    two.store.update_account(account.id, category="beauty")
    one.sync()
    two.sync()
    [conflict] = two.store.conflicts()
    assert conflict.field == "deleted"
    assert two.store.get_account(account.id) is None  # deleted stands, the edit is kept
    assert two.store.get_account(account.id, include_deleted=True).category == "beauty"
    two.store.resolve_conflict(conflict.id, "mine")
    two.sync()
    one.sync()
    restored = one.store.get_account(account.id)
    assert restored is not None and restored.category == "beauty"


def test_crash_mid_apply_leaves_the_store_consistent_and_the_next_sync_completes(
        desks: tuple[Desk, Desk], monkeypatch: pytest.MonkeyPatch) -> None:
    one, two = desks
    for n in range(30):
        person = one.store.create_influencer(name=f"Person {n}", phone=f"010-3000-{n:04d}")
        one.store.create_account(influencer_id=person.id, platform="A", handle=f"person_{n}")
    one.sync()
    two.engine.pull_page = 20
    two.engine.use_snapshot = False  # the page by page path (test_initial_pull.py: the bulk one)
    real = syncside.reindex_accounts
    calls = {"n": 0}

    def crash_on_second_page(conn: object, ids: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("power cut between statements")
        real(conn, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(syncside, "reindex_accounts", crash_on_second_page)
    with pytest.raises(RuntimeError):
        two.sync()
    monkeypatch.undo()
    state = two.store.sync_state()
    assert state.cursor > 0  # the first page stayed applied
    rows = view(two.store)
    with two.store.snapshot() as conn:
        accounts = conn.exec_driver_sql("SELECT count(*) FROM account").scalar_one()
        searchable = conn.exec_driver_sql("SELECT count(*) FROM search_row").scalar_one()
    assert accounts == searchable  # no account without its search row
    assert len(rows) < 30
    two.sync()
    assert view(two.store) == view(one.store)
    assert len(view(two.store)) == 30


def test_snapshots_from_one_desk_reach_the_other(desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    kim = one.store.create_influencer(name="Kim", phone="010-1234-5678")
    account = one.store.create_account(influencer_id=kim.id, platform="B", handle="kim.b")
    one.store.add_snapshots([MetricSnapshot(
        id=uuid.uuid4(), account_id=account.id, metric="followers", value=v,
        observed_at=datetime(2026, 1, d, tzinfo=UTC)) for d, v in ((1, 100), (2, 150))])
    one.sync()
    two.sync()
    assert two.store.latest_metrics(account.id)["followers"].value == 150
    assert [s.value for s in two.store.metric_history(account.id, "followers")] == [100, 150]
    assert [r.handle for r in two.store.search(
        SearchQuery(metric_min={"followers": 120})).rows] == ["kim.b"]


def test_an_imported_workbook_reaches_the_other_desk_whole(tmp_path: Path,
                                                           desks: tuple[Desk, Desk]) -> None:
    """An import queues each new record as an upsert of the whole record (read when pushed):
    every field must still arrive, including an edit made after the import, before sync."""
    one, two = desks
    book = make_xlsx(tmp_path / "명단.xlsx", [
        ["이름", "연락처", "이메일", "카테고리", "메모", "태그", "블로그 URL", "인스타 URL"],
        ["김민지", "010-1234-5678", "minji@example.com", "뷰티", "협찬 가능", "여름, VIP",
         "https://a.example.com/minji_log", "https://b.example.com/minji.daily"],
        ["Alex Park", "01098765432", "alex@example.com", "IT", "", "tech",
         "https://a.example.com/alexpark", ""],
    ])
    summary = run_import(book, one.store).to_json()
    assert summary["created"] == {"influencers": 2, "accounts": 3}
    [minji] = [r for r in one.store.search(SearchQuery(text="minji_log")).rows]
    one.store.update_influencer(minji.influencer_id, notes="재계약 예정")  # before the push
    one.sync()
    two.sync()
    _assert_converged(one, two, 3)
    person = two.store.get_influencer(minji.influencer_id)
    assert (person.name, person.phone, person.notes, person.tags) == (
        "김민지", "+821012345678", "재계약 예정", ["여름", "VIP"])
    [account] = two.store.search(SearchQuery(text="minji.daily")).rows
    assert (account.platform, account.email, account.category) == ("B", "minji@example.com",
                                                                    "뷰티")


def test_an_import_push_killed_before_its_results_were_stored_converges_at_the_next_sync(
        tmp_path: Path, desks: tuple[Desk, Desk], monkeypatch: pytest.MonkeyPatch) -> None:
    """The server applied a batch of the import's creates, the desk died before storing the
    answer; meanwhile another desk edited one of them. The next sync sends the batch again
    (the server answers it from its first attempt), settles it and pulls the edit."""
    one, two = desks
    rows = [[f"사람 {n}", f"010-4000-{n:04d}", "", "뷰티", "", "", "",
             f"https://b.example.com/person.{n}"] for n in range(6)]
    header = ["이름", "연락처", "이메일", "카테고리", "메모", "태그", "블로그 URL", "인스타 URL"]
    book = make_xlsx(tmp_path / "명단.xlsx", [header, *rows])
    run_import(book, one.store)
    one.engine.push_batch = 4  # batches of one entity: the set-based path
    real = pushresults._update_created

    def killed(*args: object) -> bool:
        raise RuntimeError("killed after the server applied the batch")

    monkeypatch.setattr(pushresults, "_update_created", killed)
    with pytest.raises(RuntimeError):
        one.sync()
    monkeypatch.setattr(pushresults, "_update_created", real)
    assert one.store.outbox_counts() == (12, 0)  # nothing settled: the answer was lost
    [first] = one.store.search(SearchQuery(text="person.0")).rows
    two.sync()  # the server has the first batch's people
    two.store.update_influencer(first.influencer_id, notes="edited on the other desk")
    two.sync()

    one.sync()
    two.sync()

    _assert_converged(one, two, 6)
    person = one.store.get_influencer(first.influencer_id)
    assert person is not None and person.notes == "edited on the other desk"
