"""Issue 17, items 1, 2 and 4: what a hostile desk pushes about consent forms.

A pushed record's file name is cleaned like an uploaded one (never a path, no control or
right-to-left characters), `uploaded_by` is the server's to say, and a form removed stays
removed until an administrator restores it.
"""

from __future__ import annotations

import hashlib
import socket
import time
import uuid
from pathlib import Path
from uuid import UUID

import pytest

from shared_models.attachments import PDF
from shared_models.records import Entity
from shared_models.sync import OpStatus
from tests.support import sample_forms
from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.attachments.conftest import an_influencer, upload_form
from tests.sync_api.conftest import SyncClient, delete, restore, upsert

pytestmark = pytest.mark.postgres


def _uploaded(client: SyncClient, seed: int) -> dict[str, object]:
    content = sample_forms.pdf(f"form {seed}")
    assert upload_form(client, content, "form.pdf").status_code == 201
    return {"media_type": PDF, "size": len(content),
            "sha256": hashlib.sha256(content).hexdigest()}


@pytest.mark.parametrize(("pushed", "stored"), [
    ("../../.bashrc", "bashrc"),
    ("/home/staff/.ssh/authorized_keys", "authorized_keys"),
    ("..\\..\\AppData\\evil.pdf", "evil.pdf"),
    ("invoice\u202efdp.exe", "invoicefdp.exe"),  # shows as 'invoiceexe.pdf' with the override
    ("con.pdf", "_con.pdf"),
    ("form\x07\x1b[31m.pdf", "form[31m.pdf"),
])
def test_a_pushed_file_name_is_cleaned_like_an_uploaded_one(
        sync_server: SyncServerHandle, office: SyncClient, pushed: str, stored: str) -> None:
    person = an_influencer(office)
    fields = {"influencer_id": str(person), "file_name": pushed, **_uploaded(office, 3)}
    [result] = office.push(upsert(Entity.ATTACHMENT, uuid.uuid4(), fields))
    assert result.status is OpStatus.APPLIED, result.reason
    assert result.record is not None and result.record["file_name"] == stored
    # What every other desk pulls is the clean name too.
    [pulled] = [c for c in office.pull_all() if c.entity is Entity.ATTACHMENT]
    assert pulled.data["file_name"] == stored and Path(stored).name == stored


def test_uploaded_by_is_the_pushing_token_whatever_the_push_says(
        sync_server: SyncServerHandle, office: SyncClient) -> None:
    person = an_influencer(office)
    record_id = uuid.uuid4()
    fields = {"influencer_id": str(person), "file_name": "form.pdf",
              "uploaded_by": "the administrator", **_uploaded(office, 4)}
    [created] = office.push(upsert(Entity.ATTACHMENT, record_id, fields))
    assert created.status is OpStatus.APPLIED
    assert created.record is not None and created.record["uploaded_by"] == "office"
    [later] = office.push(upsert(Entity.ATTACHMENT, record_id, {"uploaded_by": "someone"},
                                 base_version=1))
    assert later.record is not None and later.record["uploaded_by"] == "office"


def _removed_form(server: SyncServerHandle, staff: SyncClient) -> tuple[UUID, dict[str, object]]:
    person = an_influencer(staff)
    record_id = uuid.uuid4()
    fields = {"influencer_id": str(person), "file_name": "form.pdf", **_uploaded(staff, 5)}
    assert staff.push(upsert(Entity.ATTACHMENT, record_id, fields))[0].status is \
        OpStatus.APPLIED
    admin = SyncClient(server.url, server.create_token(role="admin", name="boss"), "desk-boss")
    [removed] = admin.push(delete(Entity.ATTACHMENT, record_id, base_version=1))
    assert removed.status is OpStatus.APPLIED
    return record_id, fields


def test_staff_cannot_bring_back_a_removed_form_under_a_new_record(
        sync_server: SyncServerHandle, office: SyncClient) -> None:
    record_id, fields = _removed_form(sync_server, office)
    [again] = office.push(upsert(Entity.ATTACHMENT, uuid.uuid4(), fields))
    assert again.status is OpStatus.REJECTED and "Only an administrator" in again.reason
    # Uploading the file again with the record's details is the same attempt.
    retry = upload_form(office, sample_forms.pdf("form 5"), "form.pdf",
                        influencer_id=fields["influencer_id"])
    assert retry.status_code == 422 and "Only an administrator" in retry.json()["detail"]
    live = [c for c in office.pull_all()
            if c.entity is Entity.ATTACHMENT and c.deleted_at is None]
    assert live == []
    admin = SyncClient(sync_server.url, sync_server.create_token(role="admin"), "desk-admin")
    [restored] = admin.push(restore(Entity.ATTACHMENT, record_id, base_version=2))
    assert restored.status is OpStatus.APPLIED and restored.record["deleted_at"] is None


def test_an_admin_may_add_a_removed_file_again(
        sync_server: SyncServerHandle, office: SyncClient) -> None:
    _, fields = _removed_form(sync_server, office)
    admin = SyncClient(sync_server.url, sync_server.create_token(role="admin"), "desk-admin")
    [again] = admin.push(upsert(Entity.ATTACHMENT, uuid.uuid4(), fields))
    assert again.status is OpStatus.APPLIED


def test_a_failed_upload_leaves_no_temporary_file(database_url: str) -> None:
    with running_sync_server(database_url, attachment_max_bytes=1000) as server:
        client = SyncClient(server.url, server.create_token(), "desk")
        incoming = server.settings.data_dir / "attachments" / "incoming"
        too_big = upload_form(client, sample_forms.pdf() + b"%" * 5000, "big.pdf")
        not_a_form = upload_form(client, b"MZ" + b"\0" * 200, "setup.exe")
        cut = client.http.post(
            "/v1/attachments", content=b"--xx\r\nContent-Disposition: form-data; "
            b'name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut off',
            headers={"Content-Type": "multipart/form-data; boundary=xx"})
        assert (too_big.status_code, not_a_form.status_code, cut.status_code) == \
            (413, 415, 400)
        assert not incoming.exists() or list(incoming.iterdir()) == []
        # A desk that goes away in the middle of an upload.
        host, port = server.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(
                b"POST /v1/attachments HTTP/1.1\r\nHost: office\r\nAuthorization: Bearer "
                + server.create_token().encode() + b"\r\nContent-Type: multipart/form-data; "
                b"boundary=xx\r\nContent-Length: 900\r\n\r\n--xx\r\nContent-Disposition: "
                b'form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 ' + b"x" * 400)
            deadline = time.monotonic() + 5
            while not (incoming.exists() and list(incoming.iterdir())):
                assert time.monotonic() < deadline, "the upload never started"
                time.sleep(0.02)
        deadline = time.monotonic() + 5
        while list(incoming.iterdir()):
            assert time.monotonic() < deadline, list(incoming.iterdir())
            time.sleep(0.05)
