"""Consent-form uploads and downloads against a real server on a real PostgreSQL."""

from __future__ import annotations

import hashlib
import sys
import uuid
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest

from shared_models.attachments import DOCX, HEIC, JPEG, PDF, PNG
from shared_models.records import Entity
from shared_models.sync import OpStatus
from sync_api.attachments.storage import StorageError, open_blob_store
from sync_api.core.config import Settings
from tests.support import sample_forms
from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.conftest import SyncClient, delete, restore, upsert

pytestmark = pytest.mark.postgres


def _influencer(client: SyncClient, name: str = "Kim Minji") -> UUID:
    record_id = uuid.uuid4()
    [result] = client.push(upsert(Entity.INFLUENCER, record_id, {"name": name}))
    assert result.status is OpStatus.APPLIED
    return record_id


def _upload(client: SyncClient, content: bytes, name: str = "form.pdf",
            **fields: Any) -> httpx.Response:
    data = {k: str(v) for k, v in fields.items()}
    return client.http.post("/v1/attachments", files={"file": (name, content)}, data=data)


def _stored_files(server: SyncServerHandle) -> list[Path]:
    return sorted(p for p in server.settings.data_dir.rglob("*") if p.is_file())


def test_round_trip_with_sha256(sync_server: SyncServerHandle, office: SyncClient) -> None:
    person = _influencer(office)
    for content, name, media_type in ((sample_forms.pdf(), "동의서.pdf", PDF),
                                      (sample_forms.png(), "scan.png", PNG),
                                      (sample_forms.jpeg(), "photo.jpg", JPEG),
                                      (sample_forms.heic(), "photo.heic", HEIC),
                                      (sample_forms.docx(), "form.docx", DOCX)):
        response = _upload(office, content, name, influencer_id=person)
        assert response.status_code == 201, response.text
        body = response.json()
        digest = hashlib.sha256(content).hexdigest()
        assert body["sha256"] == digest and body["size"] == len(content)
        record = body["attachment"]
        assert record["media_type"] == media_type and record["file_name"] == name
        assert record["uploaded_by"] == "office" and record["version"] == 1
        got = office.http.get(f"/v1/attachments/{record['id']}")
        assert got.status_code == 200
        assert hashlib.sha256(got.content).hexdigest() == digest == got.headers["x-content-sha256"]
        assert got.headers["content-type"] == media_type
        assert got.headers["content-disposition"].startswith("attachment;")
    # The metadata synced like any other record.
    pulled = [c for c in office.pull_all() if c.entity is Entity.ATTACHMENT]
    assert len(pulled) == 5 and all(c.data["influencer_id"] == str(person) for c in pulled)


def test_same_bytes_are_stored_once(sync_server: SyncServerHandle, office: SyncClient,
                                    home: SyncClient) -> None:
    person = _influencer(office)
    content = sample_forms.pdf("twice")
    first = _upload(office, content, "a.pdf", influencer_id=person).json()
    second = _upload(home, content, "b.pdf", influencer_id=person).json()
    assert first["duplicate"] is False and second["duplicate"] is True
    assert first["attachment"]["id"] != second["attachment"]["id"]
    digest = hashlib.sha256(content).hexdigest()
    assert [p.name for p in _stored_files(sync_server)] == [digest]
    for record in (first["attachment"], second["attachment"]):
        assert office.http.get(f"/v1/attachments/{record['id']}").content == content


@pytest.mark.parametrize(("content", "name", "words"), [
    (sample_forms.exe(), "consent.pdf", "Windows program"),
    (sample_forms.text(), "consent.pdf", "text file"),
    (sample_forms.plain_zip(), "consent.docx", "ZIP"),
])
def test_type_is_decided_by_content(sync_server: SyncServerHandle, office: SyncClient,
                                    content: bytes, name: str, words: str) -> None:
    person = _influencer(office)
    response = _upload(office, content, name, influencer_id=person)
    assert response.status_code == 415
    detail = response.json()["detail"]
    assert words in detail and "PDF, JPEG, PNG, HEIC or DOCX" in detail
    assert _stored_files(sync_server) == []
    assert not [c for c in office.pull_all() if c.entity is Entity.ATTACHMENT]


def test_size_cap(database_url: str) -> None:
    with running_sync_server(database_url, attachment_max_bytes=1000) as server:
        client = SyncClient(server.url, server.create_token(), "desk")
        response = _upload(client, sample_forms.pdf() + b"%" * 2000, "big.pdf")
        assert response.status_code == 413
        assert "larger than the 1000 bytes a consent form may be" in response.json()["detail"]
        # Streamed without a Content-Length: stopped as the cap is passed.
        body = sample_forms.pdf() + b"%" * 5000
        streamed = client.http.post("/v1/attachments", files={"file": ("big.pdf", body)},
                                    headers={"Transfer-Encoding": "chunked"})
        assert streamed.status_code == 413
        assert _stored_files(server) == []
        assert client.http.post("/v1/attachments", files={
            "file": ("ok.pdf", sample_forms.pdf())}).status_code == 201


def test_forms_larger_than_a_push_body_are_accepted(sync_server: SyncServerHandle,
                                                   office: SyncClient) -> None:
    content = sample_forms.pdf() + b"%" * (11 * 1024 * 1024)  # over the 10 MB push limit
    response = _upload(office, content, "scan.pdf")
    assert response.status_code == 201, response.text
    assert response.json()["size"] == len(content)


@pytest.mark.parametrize("name", ["../../../../etc/passwd.pdf", "..\\..\\evil.pdf", "..",
                                  "/tmp/abs.pdf", "a/../../b.pdf"])
def test_a_file_name_cannot_escape_the_store(sync_server: SyncServerHandle,
                                             office: SyncClient, name: str,
                                             tmp_path: Path) -> None:
    person = _influencer(office)
    content = sample_forms.pdf(name)
    before = set(tmp_path.parent.rglob("*"))
    response = _upload(office, content, name, influencer_id=person)
    assert response.status_code == 201, response.text
    record = response.json()["attachment"]
    assert "/" not in record["file_name"] and "\\" not in record["file_name"]
    assert not record["file_name"].startswith(".")
    digest = hashlib.sha256(content).hexdigest()
    root = sync_server.settings.data_dir / "attachments"
    assert _stored_files(sync_server) == [root / digest[:2] / digest]
    assert set(tmp_path.parent.rglob("*")) == before
    got = office.http.get(f"/v1/attachments/{record['id']}")
    assert "/" not in got.headers["content-disposition"].split("filename", 1)[1]


def test_metadata_file_name_field_is_sanitised_too(sync_server: SyncServerHandle,
                                                  office: SyncClient) -> None:
    person = _influencer(office)
    response = _upload(office, sample_forms.png(), "x.png", influencer_id=person,
                       file_name="../secret/../../동의서 사진.png")
    assert response.json()["attachment"]["file_name"] == "동의서 사진.png"


def test_every_route_needs_a_token(sync_server: SyncServerHandle, office: SyncClient) -> None:
    person = _influencer(office)
    record = _upload(office, sample_forms.pdf(), influencer_id=person).json()["attachment"]
    anonymous = httpx.Client(base_url=sync_server.url)
    bad = httpx.Client(base_url=sync_server.url, headers={"Authorization": "Bearer isk_nope"})
    for client in (anonymous, bad):
        for response in (
                client.post("/v1/attachments", files={"file": ("a.pdf", sample_forms.pdf())}),
                client.get(f"/v1/attachments/{record['id']}"),
                client.delete(f"/v1/attachments/{record['id']}"),
                client.post(f"/v1/attachments/{record['id']}/restore")):
            assert response.status_code == 401, response.text
            assert "token" in response.json()["detail"]
    assert len(_stored_files(sync_server)) == 1


def test_requests_from_outside_the_allowed_networks_are_refused(database_url: str) -> None:
    with running_sync_server(database_url, allowed_networks="10.0.0.0/8") as server:
        client = SyncClient(server.url, server.create_token(), "desk")
        upload = _upload(client, sample_forms.pdf())
        download = client.http.get(f"/v1/attachments/{uuid.uuid4()}")
        for response in (upload, download):
            assert response.status_code == 403
            assert "not allowed" in response.json()["detail"]
        assert _stored_files(server) == []


def test_soft_delete_and_admin_restore(sync_server: SyncServerHandle,
                                       office: SyncClient) -> None:
    person = _influencer(office)
    record = _upload(office, sample_forms.pdf(), influencer_id=person).json()["attachment"]
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


def test_upload_for_unknown_influencer(sync_server: SyncServerHandle, office: SyncClient) -> None:
    response = _upload(office, sample_forms.pdf(), influencer_id=uuid.uuid4())
    assert response.status_code == 404
    assert "no influencer" in response.json()["detail"]


def test_pushed_metadata_needs_the_uploaded_bytes(sync_server: SyncServerHandle,
                                                 office: SyncClient) -> None:
    person = _influencer(office)
    content = sample_forms.png(seed=7)
    digest = hashlib.sha256(content).hexdigest()
    fields = {"influencer_id": str(person), "file_name": "scan.png", "media_type": PNG,
              "size": len(content), "sha256": digest}
    [early] = office.push(upsert(Entity.ATTACHMENT, uuid.uuid4(), fields))
    assert early.status is OpStatus.REJECTED and "has not reached the server" in early.reason

    blob = _upload(office, content, "scan.png")  # bytes only: no metadata record
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


def test_s3_store_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    local = open_blob_store(Settings(data_dir=tmp_path))
    assert local.local_path("0" * 64) is None
    with pytest.raises(StorageError, match="ATTACHMENT_S3_BUCKET"):
        open_blob_store(Settings(data_dir=tmp_path, attachment_store="s3"))
    monkeypatch.setitem(sys.modules, "boto3", None)  # boto3 is not a project dependency
    with pytest.raises(StorageError, match="pip install boto3"):
        open_blob_store(Settings(data_dir=tmp_path, attachment_store="s3",
                                 attachment_s3_bucket="forms"))
    monkeypatch.setenv("INFLUENCER_SYNC_ATTACHMENT_STORE", "s3")
    monkeypatch.setenv("INFLUENCER_SYNC_ATTACHMENT_S3_BUCKET", "forms")
    assert Settings(data_dir=tmp_path).attachment_store == "s3"


def test_only_an_admin_restores_a_form_through_a_push(sync_server: SyncServerHandle,
                                                     office: SyncClient) -> None:
    person = _influencer(office)
    record = _upload(office, sample_forms.pdf("push"), influencer_id=person).json()["attachment"]
    form = UUID(record["id"])
    [removed] = office.push(delete(Entity.ATTACHMENT, form, base_version=1))
    assert removed.status is OpStatus.APPLIED
    [refused] = office.push(restore(Entity.ATTACHMENT, form, base_version=2))
    assert refused.status is OpStatus.REJECTED and "administrator" in refused.reason
    admin = SyncClient(sync_server.url, sync_server.create_token("admin", "boss"), "admin")
    [restored] = admin.push(restore(Entity.ATTACHMENT, form, base_version=2))
    assert restored.status is OpStatus.APPLIED and restored.record["deleted_at"] is None
