"""A merged person's tombstone points at the person they were merged into (`merged_into`),
on the server and on every desk; every desk that opens the merged person is led on; undo of
the merge clears the pointer everywhere; and a desk of the previous release, which knows
nothing of the pointer, is not mis-merged by it."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest

from desktop.changes.merge import follow_merged, merge_people
from desktop.changes.undo import undo_batch
from desktop.cli import main
from tests.e2e.conftest import Desk
from tests.support.sync_server import SyncServerHandle

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]


def _pair(desk: Desk) -> tuple[str, str]:
    keep = desk.store.create_influencer(name="김 하늘", phone="010-1111-2222")
    other = desk.store.create_influencer(name="김하늘", phone="", notes="인스타 담당")
    desk.store.create_account(influencer_id=other.id, platform="B", handle="haneul.b")
    return str(keep.id), str(other.id)


def test_the_tombstone_points_at_keep_on_every_desk_and_undo_clears_it(
        desks: tuple[Desk, Desk], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    one, two = desks
    keep, other = _pair(one)
    one.sync()
    two.sync()
    batch = merge_people(one.store, keep, other).batch.id
    one.sync()
    # Desk two has not heard of the merge yet and adds an account to OTHER meanwhile.
    late = two.store.create_account(influencer_id=other, platform="A", handle="haneul_blog")
    two.sync()
    one.sync()
    for desk in (one, two):
        tombstone = desk.store.get_influencer(other, include_deleted=True)
        assert tombstone.deleted_at is not None and str(tombstone.merged_into) == keep
        followed = follow_merged(desk.store, other)
        assert str(followed.person.id) == keep
        assert followed.message == "김하늘 was merged into 김 하늘; showing 김 하늘."
        # The late account followed the pointer instead of being parked with the tombstone.
        assert {a.handle for a in desk.store.accounts_of(keep)} == {"haneul.b", "haneul_blog"}
        assert str(desk.store.get_account(late.id).influencer_id) == keep
    assert two.store.open_conflict_ids() == []  # nothing parked, nothing to decide

    # `influencer show OTHER` on desk two shows KEEP and says why.
    two.engine.close()
    two.store.close()
    monkeypatch.setenv("INFLUENCER_DESK_DATA_DIR", str(tmp_path / "two"))
    assert main(["influencer", "show", other, "--json"]) == 0
    out, err = capsys.readouterr()
    assert '"id": "' + keep + '"' in out and '"followed_from": [\n    "' + other in out
    assert "김하늘 was merged into 김 하늘; showing 김 하늘." in err

    undo_batch(one.store, batch)
    one.sync()
    assert main(["sync"]) == 0
    assert main(["influencer", "show", other, "--json"]) == 0
    out, err = capsys.readouterr()
    assert '"id": "' + other + '"' in out and '"merged_into": null' in out
    assert "merged" not in err
    back = one.store.get_influencer(other)
    assert back is not None and back.merged_into is None
    assert follow_merged(one.store, other).person.id == back.id


def test_a_desk_of_the_previous_release_is_not_mis_merged(
        desks: tuple[Desk, Desk], server: SyncServerHandle) -> None:
    """What the previous release sends and reads: a delete with `merged_into` in its fields
    (its merge), edits by id, pull documents read field by field. The server never answers
    with a `new_id` from OTHER to KEEP, which a protocol-3 desk would apply as a mapping and
    fold its copy of OTHER into KEEP."""
    one, _ = desks
    keep, other = _pair(one)
    one.sync()
    token = server.create_token(role="staff", name="old desk")
    old = httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"})
    hello = old.post("/v1/sync/handshake", json={
        "protocol_version": 3, "schema_version": 1, "device_id": "old-desk"}).json()
    assert hello["compatible"] is True
    pulled = old.get("/v1/sync/changes", params={"since": 0}).json()["changes"]
    version = next(c["version"] for c in pulled if c["id"] == other)

    def push(*ops: dict[str, object]) -> list[dict[str, object]]:
        sent = [{"op_id": str(uuid.uuid4()), "entity": "influencer", **op} for op in ops]
        answer = old.post("/v1/sync/push", json={"device_id": "old-desk", "ops": sent})
        assert answer.status_code == 200
        return answer.json()["results"]

    # Desk one merges; the old desk had edited OTHER offline: a conflict that says where the
    # person went, and no id mapping (the old desk keeps its own row for OTHER).
    merge_people(one.store, keep, other)
    one.sync()
    [edited] = push({"id": other, "kind": "upsert", "base_version": version,
                     "fields": {"notes": "나중 메모"}})
    assert edited["status"] == "conflict" and edited["new_id"] is None
    assert "merged into 김 하늘" in edited["reason"]
    assert edited["record"]["merged_into"] == keep
    # Keep mine there (a restore) clears the pointer for everyone.
    [restored] = push({"id": other, "kind": "restore", "base_version": edited["version"]})
    assert restored["status"] == "applied" and restored["record"]["merged_into"] is None
    one.sync()
    assert one.store.get_influencer(other).merged_into is None
    # The old desk merges as the previous release does (the pointer in the delete's fields):
    # the server keeps the pointer and every new desk follows it.
    [deleted] = push({"id": other, "kind": "delete", "base_version": restored["version"],
                      "fields": {"merged_into": keep}})
    assert deleted["status"] == "applied" and deleted["record"]["merged_into"] == keep
    one.sync()
    assert str(follow_merged(one.store, other).person.id) == keep
    # A page of the pull still carries every field the old desk reads, plus the pointer.
    doc = next(c for c in old.get("/v1/sync/changes", params={"since": 0}).json()["changes"]
               if c["id"] == other)
    assert {"name", "phone", "notes", "tags", "merged_into"} <= set(doc["data"])
    old.close()


def test_a_merge_into_a_person_the_server_remaps_points_at_the_server_s_person(
        desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    there = two.store.create_influencer(name="김 하늘", phone="010-1111-2222")
    two.sync()
    # Desk one, offline, adds the same person again and merges its other copy into them.
    mine = one.store.create_influencer(name="김 하늘", phone="010-1111-2222")
    other = one.store.create_influencer(name="김하늘", notes="인스타 담당")
    merge_people(one.store, str(mine.id), str(other.id))
    one.sync()  # the server maps `mine` to `there`; the pointer follows
    two.sync()
    for desk in (one, two):
        tombstone = desk.store.get_influencer(other.id, include_deleted=True)
        assert tombstone.merged_into == there.id
        assert follow_merged(desk.store, other.id).person.id == there.id
    assert one.store.get_influencer(mine.id, include_deleted=True) is None  # no second row
