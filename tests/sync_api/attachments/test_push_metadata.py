"""A form's metadata record pushed through sync: accepted only for bytes already uploaded,
and the bytes of a record cannot be swapped."""

from __future__ import annotations

import hashlib
import uuid

import pytest

from shared_models.attachments import PNG
from shared_models.records import Entity
from shared_models.sync import OpStatus
from tests.support import sample_forms
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.attachments.conftest import an_influencer, upload_form
from tests.sync_api.conftest import SyncClient, upsert

pytestmark = pytest.mark.postgres


def test_pushed_metadata_needs_the_uploaded_bytes(sync_server: SyncServerHandle,
                                                 office: SyncClient) -> None:
    person = an_influencer(office)
    content = sample_forms.png(seed=7)
    digest = hashlib.sha256(content).hexdigest()
    fields = {"influencer_id": str(person), "file_name": "scan.png", "media_type": PNG,
              "size": len(content), "sha256": digest}
    [early] = office.push(upsert(Entity.ATTACHMENT, uuid.uuid4(), fields))
    assert early.status is OpStatus.REJECTED and "has not reached the server" in early.reason

    blob = upload_form(office, content, "scan.png")  # bytes only: no metadata record
    assert blob.status_code == 201 and blob.json()["attachment"] is None
    [wrong] = office.push(upsert(Entity.ATTACHMENT, uuid.uuid4(), {**fields, "size": 1}))
    assert wrong.status is OpStatus.REJECTED and "do not match" in wrong.reason

    record_id = uuid.uuid4()
    [created] = office.push(upsert(Entity.ATTACHMENT, record_id, fields))
    assert created.status is OpStatus.APPLIED
    assert created.record is not None and created.record["uploaded_by"] == "office"
    other = sample_forms.png(seed=8)
    [swap] = office.push(upsert(Entity.ATTACHMENT, record_id, {
        "sha256": hashlib.sha256(other).hexdigest()}, base_version=1))
    assert swap.status is OpStatus.REJECTED and "cannot be replaced" in swap.reason
    [rename] = office.push(upsert(Entity.ATTACHMENT, record_id, {"file_name": "x.png"},
                                  base_version=1))
    assert rename.status is OpStatus.APPLIED and rename.version == 2
