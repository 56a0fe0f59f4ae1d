"""Deletes and restores in a push: tombstones, cascades to accounts and forms, edits to
records deleted elsewhere."""

from __future__ import annotations

import uuid

import pytest

from shared_models.records import Entity
from shared_models.sync import OpStatus
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, delete, restore, server_rows, upsert
from tests.sync_api.sync.conftest import ACC, INF, new_influencer

pytestmark = pytest.mark.postgres


def test_delete_leaves_a_tombstone_and_restore_brings_the_accounts_back(
        office: SyncClient, home: SyncClient) -> None:
    inf, acc, gone_before = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    office.push(
        upsert(INF, inf, {"name": "Choi", "phone": "010-1111-2222"}),
        upsert(ACC, acc, {"influencer_id": str(inf), "platform": "A", "handle": "choi_a"}),
        upsert(ACC, gone_before, {"influencer_id": str(inf), "platform": "B",
                                  "handle": "choi.b"}),
        delete(ACC, gone_before, base_version=1),
    )
    cursor = home.page().cursor
    [deleted] = office.push(delete(INF, inf, base_version=1))
    assert deleted.status == OpStatus.APPLIED and deleted.version == 2
    tombstones = home.latest(since=cursor)
    assert set(tombstones) == {inf, acc}
    assert all(c.deleted_at is not None for c in tombstones.values())

    cursor = home.page(since=cursor).cursor
    [restored] = home.push(restore(INF, inf, base_version=2))
    assert restored.status == OpStatus.APPLIED and restored.version == 3
    back = home.latest(since=cursor)
    assert set(back) == {inf, acc}  # the account deleted on its own stays deleted
    assert all(c.deleted_at is None for c in back.values())
    assert back[acc].version == 3


def test_an_edit_to_a_record_deleted_elsewhere_is_kept_and_reported(
        office: SyncClient, home: SyncClient) -> None:
    inf = new_influencer(office)
    office.push(delete(INF, inf, base_version=1))
    [result] = home.push(upsert(INF, inf, {"notes": "new number soon"}, base_version=1))
    assert result.status == OpStatus.CONFLICT
    [conflict] = result.conflicts
    assert (conflict.field, conflict.your_value, conflict.server_value) == (
        "deleted", False, True)
    assert result.record is not None
    assert result.record["notes"] == "new number soon" and result.record["deleted_at"]


def test_deleting_an_influencer_in_the_batch_that_added_its_account_deletes_both(
        office: SyncClient, sync_server: SyncServerHandle) -> None:
    inf, acc, consent = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    # A form's metadata is accepted once its bytes are on the server (upload them first).
    uploaded = office.http.post("/v1/attachments", files={
        "file": ("consent.pdf", b"%PDF-1.4\n%%EOF\n")}).json()
    results = office.push(
        upsert(INF, inf, {"name": "Yoon", "phone": "010-3333-4444"}),
        upsert(ACC, acc, {"influencer_id": str(inf), "platform": "B", "handle": "yoon"}),
        upsert(Entity.ATTACHMENT, consent, {"influencer_id": str(inf),
                                             "file_name": "consent.pdf",
                                             "media_type": uploaded["media_type"],
                                             "size": uploaded["size"],
                                             "sha256": uploaded["sha256"]}),
        delete(INF, inf, base_version=1),
    )
    assert [r.status for r in results] == [OpStatus.APPLIED] * 4
    rows = server_rows(sync_server, "SELECT 'account', deleted_at IS NOT NULL, deleted_with_parent "
                             "FROM account UNION ALL SELECT 'attachment', deleted_at IS NOT "
                             "NULL, deleted_with_parent FROM attachment ORDER BY 1")
    assert rows == [("account", True, True), ("attachment", True, True)]
    latest = office.latest()
    assert all(latest[i].deleted_at is not None for i in (inf, acc, consent))


def test_restoring_an_account_brings_back_its_deleted_influencer(office: SyncClient) -> None:
    inf, acc = uuid.uuid4(), uuid.uuid4()
    office.push(upsert(INF, inf, {"name": "Seo"}),
                upsert(ACC, acc, {"influencer_id": str(inf), "platform": "A",
                                  "handle": "seo_a"}))
    office.push(delete(INF, inf, base_version=1))
    [result] = office.push(restore(ACC, acc, base_version=2))
    assert result.status == OpStatus.APPLIED
    latest = office.latest()
    assert latest[inf].deleted_at is None and latest[acc].deleted_at is None
