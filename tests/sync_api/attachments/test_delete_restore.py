"""Removing a consent form keeps it restorable; only an administrator restores it, through
the API or a push."""

from __future__ import annotations

import uuid
from uuid import UUID

import pytest

from shared_models.records import Entity
from shared_models.sync import OpStatus
from tests.support import sample_forms
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.attachments.conftest import an_influencer, upload_form
from tests.sync_api.conftest import SyncClient, delete, restore

pytestmark = pytest.mark.postgres


def test_soft_delete_and_admin_restore(sync_server: SyncServerHandle,
                                       office: SyncClient) -> None:
    person = an_influencer(office)
    record = upload_form(office, sample_forms.pdf(), influencer_id=person).json()["attachment"]
    url = f"/v1/attachments/{record['id']}"
    deleted = office.http.delete(url)
    assert deleted.status_code == 200 and deleted.json()["deleted_at"] is not None
    assert office.http.get(url).status_code == 404
    assert "removed" in office.http.get(url).json()["detail"]
    staff_restore = office.http.post(f"{url}/restore")
    assert staff_restore.status_code == 403 and "admin" in staff_restore.json()["detail"]
    latest = office.latest()[UUID(record["id"])]
    assert latest.deleted_at is not None and latest.version == 2

    admin = SyncClient(sync_server.url, sync_server.create_token("admin", "boss"), "admin")
    assert admin.http.get(url).status_code == 200  # admins can look before restoring
    restored = admin.http.post(f"{url}/restore")
    assert restored.status_code == 200 and restored.json()["deleted_at"] is None
    assert office.http.get(url).content == sample_forms.pdf()
    latest = office.latest()[UUID(record["id"])]
    assert latest.deleted_at is None and latest.version == 3
    assert office.http.delete(f"/v1/attachments/{uuid.uuid4()}").status_code == 404


def test_only_an_admin_restores_a_form_through_a_push(sync_server: SyncServerHandle,
                                                     office: SyncClient) -> None:
    person = an_influencer(office)
    uploaded = upload_form(office, sample_forms.pdf("push"), influencer_id=person)
    record = uploaded.json()["attachment"]
    form = UUID(record["id"])
    [removed] = office.push(delete(Entity.ATTACHMENT, form, base_version=1))
    assert removed.status is OpStatus.APPLIED
    [refused] = office.push(restore(Entity.ATTACHMENT, form, base_version=2))
    assert refused.status is OpStatus.REJECTED and "administrator" in refused.reason
    admin = SyncClient(sync_server.url, sync_server.create_token("admin", "boss"), "admin")
    [restored] = admin.push(restore(Entity.ATTACHMENT, form, base_version=2))
    assert restored.status is OpStatus.APPLIED and restored.record["deleted_at"] is None
