"""Consent-form uploads and downloads against a real server on a real PostgreSQL: the
bytes come back intact, the type is read from the content, sizes and names are checked."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import pytest

from shared_models.attachments import DOCX, HEIC, JPEG, PDF, PNG
from shared_models.records import Entity
from tests.support import sample_forms
from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.attachments.conftest import an_influencer, stored_files, upload_form
from tests.sync_api.conftest import SyncClient

pytestmark = pytest.mark.postgres


def test_round_trip_with_sha256(sync_server: SyncServerHandle, office: SyncClient) -> None:
    person = an_influencer(office)
    for content, name, media_type in ((sample_forms.pdf(), "동의서.pdf", PDF),
                                      (sample_forms.png(), "scan.png", PNG),
                                      (sample_forms.jpeg(), "photo.jpg", JPEG),
                                      (sample_forms.heic(), "photo.heic", HEIC),
                                      (sample_forms.docx(), "form.docx", DOCX)):
        response = upload_form(office, content, name, influencer_id=person)
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


@pytest.mark.parametrize(("content", "name", "words"), [
    (sample_forms.exe(), "consent.pdf", "Windows program"),
    (sample_forms.text(), "consent.pdf", "text file"),
    (sample_forms.plain_zip(), "consent.docx", "ZIP"),
])
def test_type_is_decided_by_content(sync_server: SyncServerHandle, office: SyncClient,
                                    content: bytes, name: str, words: str) -> None:
    person = an_influencer(office)
    response = upload_form(office, content, name, influencer_id=person)
    assert response.status_code == 415
    detail = response.json()["detail"]
    assert words in detail and "PDF, JPEG, PNG, HEIC or DOCX" in detail
    assert stored_files(sync_server) == []
    assert not [c for c in office.pull_all() if c.entity is Entity.ATTACHMENT]


def test_size_cap(database_url: str) -> None:
    with running_sync_server(database_url, attachment_max_bytes=1000) as server:
        client = SyncClient(server.url, server.create_token(), "desk")
        response = upload_form(client, sample_forms.pdf() + b"%" * 2000, "big.pdf")
        assert response.status_code == 413
        assert "larger than the 1000 bytes a consent form may be" in response.json()["detail"]
        # Streamed without a Content-Length: stopped as the cap is passed.
        body = sample_forms.pdf() + b"%" * 5000
        streamed = client.http.post("/v1/attachments", files={"file": ("big.pdf", body)},
                                    headers={"Transfer-Encoding": "chunked"})
        assert streamed.status_code == 413
        assert stored_files(server) == []
        assert client.http.post("/v1/attachments", files={
            "file": ("ok.pdf", sample_forms.pdf())}).status_code == 201


def test_forms_larger_than_a_push_body_are_accepted(sync_server: SyncServerHandle,
                                                   office: SyncClient) -> None:
    content = sample_forms.pdf() + b"%" * (11 * 1024 * 1024)  # over the 10 MB push limit
    response = upload_form(office, content, "scan.pdf")
    assert response.status_code == 201, response.text
    assert response.json()["size"] == len(content)


@pytest.mark.parametrize("name", ["../../../../etc/passwd.pdf", "..\\..\\evil.pdf", "..",
                                  "/tmp/abs.pdf", "a/../../b.pdf"])
def test_a_file_name_cannot_escape_the_store(sync_server: SyncServerHandle,
                                             office: SyncClient, name: str,
                                             tmp_path: Path) -> None:
    person = an_influencer(office)
    content = sample_forms.pdf(name)
    before = set(tmp_path.parent.rglob("*"))
    response = upload_form(office, content, name, influencer_id=person)
    assert response.status_code == 201, response.text
    record = response.json()["attachment"]
    assert "/" not in record["file_name"] and "\\" not in record["file_name"]
    assert not record["file_name"].startswith(".")
    digest = hashlib.sha256(content).hexdigest()
    assert [p.name for p in stored_files(sync_server)] == [digest]  # named by content only
    assert set(tmp_path.parent.rglob("*")) == before
    got = office.http.get(f"/v1/attachments/{record['id']}")
    assert "/" not in got.headers["content-disposition"].split("filename", 1)[1]


def test_metadata_file_name_field_is_sanitised_too(sync_server: SyncServerHandle,
                                                  office: SyncClient) -> None:
    person = an_influencer(office)
    response = upload_form(office, sample_forms.png(), "x.png", influencer_id=person,
                       file_name="../secret/../../동의서 사진.png")
    assert response.json()["attachment"]["file_name"] == "동의서 사진.png"


def test_upload_for_unknown_influencer(sync_server: SyncServerHandle, office: SyncClient) -> None:
    response = upload_form(office, sample_forms.pdf(), influencer_id=uuid.uuid4())
    assert response.status_code == 404
    assert "no influencer" in response.json()["detail"]
