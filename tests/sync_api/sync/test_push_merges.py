"""Edits to the same record from two desks: merged field by field, a conflict kept aside
when both changed the same field, a repeated create."""

from __future__ import annotations

import pytest

from shared_models.records import Influencer
from shared_models.sync import OpStatus
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, server_rows, upsert
from tests.sync_api.sync.conftest import INF, new_influencer

pytestmark = pytest.mark.postgres


def test_edits_to_different_fields_on_two_desks_are_both_kept(office: SyncClient,
                                                              home: SyncClient) -> None:
    inf = new_influencer(office, phone="010-2222-3333")
    [a] = office.push(upsert(INF, inf, {"notes": "prefers email"}, base_version=1))
    [b] = home.push(upsert(INF, inf, {"tags": ["food"]}, base_version=1))
    assert a.status == OpStatus.APPLIED
    assert b.status == OpStatus.MERGED and b.version == 3 and b.conflicts == []
    latest = Influencer.model_validate(office.latest()[inf].data)
    assert (latest.notes, latest.tags, latest.version) == ("prefers email", ["food"], 3)


def test_the_same_field_edited_on_two_desks_keeps_the_server_value_and_records_the_loser(
        office: SyncClient, home: SyncClient, sync_server: SyncServerHandle) -> None:
    inf = new_influencer(office)
    office.push(upsert(INF, inf, {"notes": "office wrote this"}, base_version=1))
    [result] = home.push(upsert(INF, inf, {"notes": "home wrote this", "tags": ["x"]},
                                base_version=1))
    assert result.status == OpStatus.CONFLICT
    [conflict] = result.conflicts
    assert (conflict.field, conflict.your_value, conflict.server_value) == (
        "notes", "home wrote this", "office wrote this")
    assert result.record is not None and result.record["notes"] == "office wrote this"
    assert result.record["tags"] == ["x"]  # the other field still applied
    stored = server_rows(sync_server, "SELECT id, field, your_value, server_value, device_id "
                               "FROM sync_conflict")
    assert stored == [(conflict.conflict_id, "notes", "home wrote this", "office wrote this",
                       "desk-home")]
    # "Keep mine" is a new edit on the current version: it applies.
    [keep] = home.push(upsert(INF, inf, {"notes": "home wrote this"},
                              base_version=result.version))
    assert keep.status == OpStatus.APPLIED and keep.record["notes"] == "home wrote this"


def test_writing_the_value_the_server_already_has_is_not_a_conflict(office: SyncClient,
                                                                    home: SyncClient) -> None:
    inf = new_influencer(office)
    office.push(upsert(INF, inf, {"notes": "same"}, base_version=1))
    [result] = home.push(upsert(INF, inf, {"notes": "same"}, base_version=1))
    assert result.status == OpStatus.MERGED and result.conflicts == []
    assert result.version == 2  # nothing changed, so no new version


def test_a_create_repeated_by_the_same_desk_applies_its_later_values(
        office: SyncClient, home: SyncClient) -> None:
    inf = new_influencer(office)
    # The office edits again before it heard back, so it still has no base version.
    [again] = office.push(upsert(INF, inf, {"name": "김민지", "notes": "second thought"}))
    assert again.status == OpStatus.APPLIED and again.record["notes"] == "second thought"
    # Another desk claiming the same id cannot overwrite silently.
    [other] = home.push(upsert(INF, inf, {"notes": "home"}))
    assert other.status == OpStatus.CONFLICT
