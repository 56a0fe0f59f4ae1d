"""The seven divergences of issue 16, each as two real desks through one real server."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from desktop.store import Store
from desktop.sync import SyncClient, SyncEngine
from tests.e2e.conftest import Desk
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import server_rows

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]


def settled(*desks: Desk) -> None:
    """Everyone syncs twice: every change has reached every desk."""
    for _ in range(2):
        for desk in desks:
            desk.sync()


def live_people(store: Store) -> list[tuple[str, str]]:
    with store.db.read() as conn:
        return sorted((r[0], r[1]) for r in conn.exec_driver_sql(
            "SELECT name, phone FROM influencer WHERE deleted_at IS NULL"))


def test_1_a_move_to_a_person_created_later_waits_for_that_person(
        desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    first = one.store.create_influencer(name="Alex Kim", phone="010-1111-2222")
    account = one.store.create_account(influencer_id=first.id, platform="A", handle="alexk")
    second = one.store.create_influencer(name="박서준", phone="010-3333-4444")
    one.store.move_account(account.id, second.id)  # offline: nothing of this was sent yet
    one.store.update_account(account.id, notes="moved")
    settled(one, two)
    assert one.store.outbox_counts() == (0, 0)
    for desk in (one, two):
        moved = desk.store.get_account(account.id)
        assert (str(moved.influencer_id), moved.notes) == (str(second.id), "moved")


def test_2_a_person_added_on_two_desks_is_one_row_everywhere(desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    mine = one.store.create_influencer(name="김민지", phone="010-1234-5678", notes="from one")
    theirs = two.store.create_influencer(name="김민지", phone="010-1234-5678")
    one.sync()
    two.store.update_influencer(theirs.id, tags=["food"])  # edited while not yet merged
    settled(two, one)
    for desk in (one, two):
        assert live_people(desk.store) == [("김민지", "+821012345678")]
        person = desk.store.get_influencer(mine.id)
        assert (person.notes, person.tags) == ("from one", ["food"])
    assert two.store.get_influencer(theirs.id) is None  # no ghost under the old id


def test_3_deleting_your_own_duplicate_keeps_the_colleagues_record_and_asks(
        desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    real = one.store.create_influencer(name="김민지", phone="010-1234-5678")
    one.sync()
    copy = two.store.create_influencer(name="김민지", phone="010-1234-5678")
    two.store.delete_influencer(copy.id)
    settled(two, one)
    assert one.store.get_influencer(real.id) is not None  # not deleted behind their back
    assert two.store.get_influencer(real.id) is not None
    [conflict] = two.store.conflicts()
    assert (conflict.field, conflict.your_value, conflict.server_value) == (
        "deleted", True, False)
    two.store.resolve_conflict(conflict.id, "mine")  # they really meant it
    settled(two, one)
    assert one.store.get_influencer(real.id) is None


def test_4_a_desk_never_conflicts_with_its_own_earlier_edits(
        desks: tuple[Desk, Desk], server: SyncServerHandle) -> None:
    one, two = desks
    person = one.store.create_influencer(name="Lee Jiwoo", phone="010-5555-6666")
    lossy = _LosingTransport()
    token = server.create_token(name="lossy")
    engine = SyncEngine(one.store, SyncClient(server.url, token, transport=lossy))
    lossy.lose_next = True
    with pytest.raises(Exception, match="Cannot reach"):
        engine.sync()  # the create reached the server; its answer did not
    one.store.update_influencer(person.id, notes="first")
    lossy.lose_next = True
    with pytest.raises(Exception, match="Cannot reach"):
        engine.sync()  # this edit's answer is lost too
    one.store.update_influencer(person.id, notes="second")
    two.sync()
    two.store.update_influencer(person.id, tags=["other desk"])
    two.sync()  # the record changed elsewhere: the next answer is `merged`
    one.store.update_influencer(person.id, notes="third")
    engine.sync()
    engine.close()
    settled(one, two)
    assert one.store.conflicts() == [] and two.store.conflicts() == []
    for desk in (one, two):
        got = desk.store.get_influencer(person.id)
        assert (got.notes, got.tags) == ("third", ["other desk"])


class _LosingTransport(httpx.BaseTransport):
    """Loopback HTTP whose next push answer is dropped after the server committed."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.lose_next = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self.lose_next and request.url.path.endswith("/push"):
            self.lose_next = False
            response.read()
            response.close()
            raise httpx.ReadError("reply lost")
        return response


def test_5_natural_keys_stay_unique_through_edits_and_restores(
        desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    kim = one.store.create_influencer(name="김민지", phone="010-1234-5678")
    park = one.store.create_influencer(name="박서준", phone="010-9999-0000")
    mine = one.store.create_account(influencer_id=kim.id, platform="B", handle="minji")
    theirs = one.store.create_account(influencer_id=park.id, platform="B", handle="seojun")
    settled(one, two)
    two.store.delete_account(theirs.id)  # on its own: restoring park does not bring it back
    two.store.delete_influencer(park.id)
    settled(two, one)
    one.store.restore_influencer(park.id)  # desk one brings park back, not synced yet
    two.store.update_influencer(kim.id, name="박서준", phone="010-9999-0000")  # free here
    two.store.update_account(mine.id, handle="seojun")  # free here too
    one.sync()
    two.sync()  # the rename meets the restored park: refused, shown as a conflict
    one.store.restore_account(theirs.id)  # its handle is kim's account's now
    settled(one, two)
    for desk in (one, two):
        people = live_people(desk.store)
        assert ("박서준", "+821099990000") in people and len(people) == len(set(people))
        assert desk.store.get_influencer(kim.id).name == "김민지"
        assert desk.store.get_account(mine.id).handle == "seojun"
        assert desk.store.get_account(theirs.id) is None  # stays deleted
    renamed = [c for c in two.store.conflicts() if c.field in ("name", "phone")]
    assert {c.field for c in renamed} == {"name", "phone"}
    assert all("already has this name and phone" in (c.reason or "") for c in renamed)
    assert [c.field for c in one.store.conflicts()] == ["deleted"]


def test_6_an_account_added_to_a_person_deleted_elsewhere_is_kept_with_them(
        desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    kim = one.store.create_influencer(name="김민지", phone="010-1234-5678")
    settled(one, two)
    one.store.delete_influencer(kim.id)
    one.sync()
    added = two.store.create_account(influencer_id=kim.id, platform="A", handle="minji_new")
    settled(two, one)
    for desk in (one, two):
        assert desk.store.get_account(added.id) is None  # not live under a deleted person
        assert desk.store.get_account(added.id, include_deleted=True) is not None
    [conflict] = two.store.conflicts()
    assert conflict.field == "deleted" and conflict.server_value is True
    assert "was deleted on another desk" in (conflict.reason or "")
    two.store.resolve_conflict(conflict.id, "mine")  # restores the account and the person
    settled(two, one)
    for desk in (one, two):
        assert desk.store.get_account(added.id) is not None
        assert desk.store.get_influencer(kim.id) is not None


def test_7_an_older_restore_does_not_undo_a_newer_delete(desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    kim = one.store.create_influencer(name="김민지", phone="010-1234-5678")
    one.store.delete_influencer(kim.id)
    settled(one, two)
    two.store.restore_influencer(kim.id)  # offline, on the deleted version
    one.store.restore_influencer(kim.id)
    one.sync()
    one.store.delete_influencer(kim.id)  # the newer delete
    one.sync()
    settled(two, one)
    for desk in (one, two):
        assert desk.store.get_influencer(kim.id) is None
    [conflict] = two.store.conflicts()
    assert (conflict.field, conflict.your_value, conflict.server_value) == (
        "deleted", False, True)


def test_a_conflict_resolved_on_one_desk_is_resolved_on_the_server_and_the_others(
        desks: tuple[Desk, Desk], server: SyncServerHandle, tmp_path: Path) -> None:
    one, two = desks
    kim = one.store.create_influencer(name="김민지", phone="010-1234-5678")
    settled(one, two)
    third_store = Store.open(tmp_path / "third")
    third_store.set_server(server.url)
    third = Desk(third_store, SyncEngine(third_store, SyncClient(
        server.url, server.create_token(name="third"))))
    try:
        third.sync()
        one.store.update_influencer(kim.id, notes="one")
        two.store.update_influencer(kim.id, notes="two")
        third.store.update_influencer(kim.id, notes="three")
        settled(one, two, third)
        [lost_two] = two.store.conflicts()
        [lost_three] = third.store.conflicts()
        assert lost_two.field == lost_three.field == "notes"
        two.store.resolve_conflict(lost_two.id, "theirs")
        settled(two, third)
        assert third.store.conflicts() == []  # the field was decided on desk two
        assert server_rows(server, "SELECT count(*) FROM sync_conflict WHERE resolved_at "
                                   "IS NULL") == [(0,)]
    finally:
        third.engine.close()
        third_store.close()
