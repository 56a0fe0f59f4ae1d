"""Issue 20 across two real desktops and a real sync server: an import undone on one desk is
undone on the other, a merge is followed and undone everywhere, and the server's history
says who changed what from which device."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path

import pytest

from desktop.changes.history import fetch_history, related_ids
from desktop.changes.merge import merge_people
from desktop.changes.undo import undo_batch
from desktop.excel import run_import
from desktop.store import SearchQuery, Store
from desktop.sync import connect, open_engine
from desktop.sync.attachments import ConsentForms
from shared_models.records import MetricSnapshot
from tests.desktop.excel.conftest import make_xlsx
from tests.e2e.conftest import Desk
from tests.support import sample_forms
from tests.support.sync_server import SyncServerHandle

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]

A = "https://a.example.com/"


@pytest.fixture
def people_desks(tmp_path: Path, server: SyncServerHandle) -> Iterator[tuple[Desk, Desk]]:
    """Two desks, each with its own person's token (the documented way to deploy)."""
    made = []
    for name in ("jiwoo", "minho"):
        store = Store.open(tmp_path / name)
        connect(store, server.url, server.create_token(role="staff", name=name))
        engine = open_engine(store)
        assert engine is not None
        made.append(Desk(store, engine))
    yield made[0], made[1]
    for desk in made:
        desk.engine.close()
        desk.store.close()


def _everyone(store: Store) -> list[tuple[str, str, str, str]]:
    return sorted((r.name, r.handle, r.category, r.notes)
                  for r in store.search(SearchQuery(limit=None)).rows)


def test_undo_of_an_import_restores_and_deletes_on_both_desks(
        desks: tuple[Desk, Desk], tmp_path: Path) -> None:
    one, two = desks
    kim = one.store.create_influencer(name="김하늘", phone="010-1111-2222", notes="원래 메모")
    one.store.create_account(influencer_id=kim.id, platform="A", handle="haneul",
                             category="뷰티")
    one.sync()
    two.sync()
    before = _everyone(two.store)
    path = make_xlsx(tmp_path / "in.xlsx", [
        ["이름", "연락처", "메모", "카테고리", "블로그 URL"],
        ["김하늘", "010-1111-2222", "파일의 메모", "여행", A + "haneul"],
        ["박새봄", "010-5555-6666", "", "육아", A + "saebom"]])
    batch = run_import(path, one.store).batch_id
    one.sync()
    two.sync()
    assert two.store.get_influencer(kim.id).notes == "파일의 메모"
    assert two.store.find_account("A", "saebom") is not None

    result = undo_batch(one.store, batch)
    assert result.skipped == []
    one.sync()
    two.sync()
    assert _everyone(two.store) == before == _everyone(one.store)
    assert two.store.get_influencer(kim.id).notes == "원래 메모"
    assert two.store.find_account("A", "saebom") is None


def test_an_edit_from_another_desk_after_the_import_survives_the_undo(
        desks: tuple[Desk, Desk], tmp_path: Path) -> None:
    one, two = desks
    path = make_xlsx(tmp_path / "in.xlsx", [
        ["이름", "연락처", "블로그 URL"], ["박새봄", "010-5555-6666", A + "saebom"],
        ["이서준", "010-7777-8888", A + "seojun"]])
    batch = run_import(path, one.store).batch_id
    one.sync()
    two.sync()
    saebom = two.store.find_account("A", "saebom")
    two.store.update_account(saebom.id, category="육아")  # someone works on it meanwhile
    two.sync()
    one.sync()

    result = undo_batch(one.store, batch)
    one.sync()
    two.sync()
    assert [(s.entity, s.id) for s in result.skipped if s.entity == "account"] == [
        ("account", str(saebom.id))]
    assert "Category" in result.skipped[0].reason or "Category" in result.skipped[1].reason
    assert two.store.find_account("A", "saebom").category == "육아"
    assert two.store.find_account("A", "seojun") is None  # untouched since: taken back


def test_a_merge_moves_accounts_forms_and_snapshots_and_a_second_desk_follows_and_undo(
        desks: tuple[Desk, Desk], tmp_path: Path) -> None:
    one, two = desks
    keep = one.store.create_influencer(name="김 하늘", phone="010-1111-2222", tags=["뷰티"])
    other = one.store.create_influencer(name="김하늘", phone="", notes="인스타 담당",
                                        tags=["여행"])
    kept_account = one.store.create_account(influencer_id=keep.id, platform="A",
                                            handle="haneul")
    moved = one.store.create_account(influencer_id=other.id, platform="B", handle="haneul.b")
    one.store.add_snapshots([MetricSnapshot.model_validate({
        "id": "00000000-0000-4000-8000-000000000001", "account_id": str(moved.id),
        "metric": "followers", "value": 1200, "observed_at": "2026-11-01T09:00:00+00:00"})])
    scan = tmp_path / "동의서.pdf"
    scan.write_bytes(sample_forms.pdf("signed"))
    forms = ConsentForms(one.store, client=lambda: nullcontext(one.engine.client))
    [form] = forms.add(other.id, [scan])
    one.sync()
    two.sync()

    result = merge_people(one.store, str(keep.id), str(other.id))
    assert (result.accounts_moved, result.forms_moved) == (1, 1)
    one.sync()
    two.sync()
    for desk in (one, two):
        person = desk.store.get_influencer(keep.id)
        assert person.phone == "+821011112222" and person.tags == ["뷰티", "여행"]
        assert "인스타 담당" in person.notes
        assert {a.handle for a in desk.store.accounts_of(keep.id)} == {"haneul", "haneul.b"}
        assert desk.store.get_influencer(other.id) is None  # a tombstone
        assert [p.value for p in desk.store.metric_history(moved.id, "followers")] == [1200]
        offline = ConsentForms(desk.store, client=lambda: nullcontext(None))
        assert [f.record.id for f in offline.of_influencer(keep.id)] == [form.id]
    assert str(kept_account.id) in {str(a.id) for a in two.store.accounts_of(keep.id)}
    # The tombstone points at KEEP in the server's history, seen from the other desk too.
    pointer = [e for e in fetch_history(two.store, [str(other.id)]) if e.action == "merge"]
    assert [(e.new, e.batch_id) for e in pointer] == [(str(keep.id), uuid.UUID(result.batch.id))]

    undo_batch(one.store, result.batch.id)
    one.sync()
    two.sync()
    for desk in (one, two):
        assert desk.store.get_influencer(other.id) is not None
        assert [a.handle for a in desk.store.accounts_of(other.id)] == ["haneul.b"]
        assert [a.handle for a in desk.store.accounts_of(keep.id)] == ["haneul"]
        person = desk.store.get_influencer(keep.id)
        assert (person.notes, person.tags) == ("", ["뷰티"])


def test_history_shows_who_and_which_device_for_edits_from_two_tokens(
        people_desks: tuple[Desk, Desk]) -> None:
    jiwoo, minho = people_desks
    kim = jiwoo.store.create_influencer(name="김하늘", phone="010-1111-2222")
    jiwoo.sync()
    minho.sync()
    minho.store.update_influencer(kim.id, phone="010-3333-4444")
    minho.sync()
    jiwoo.sync()
    jiwoo.store.delete_influencer(kim.id)
    jiwoo.sync()

    entries = fetch_history(minho.store, related_ids(minho.store, str(kim.id)))
    assert [(e.action.value, e.field, e.actor) for e in entries] == [
        ("delete", "deleted", "jiwoo"), ("update", "phone", "minho"), ("create", "", "jiwoo")]
    assert entries[1].device_id == minho.store.sync_state().device_id
    assert entries[0].device_id == jiwoo.store.sync_state().device_id
    assert (entries[1].old, entries[1].new) == ("+821011112222", "+821033334444")
