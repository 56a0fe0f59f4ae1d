"""Where the form bytes are kept: once per content, in a local folder or an S3-compatible
bucket (moto's S3 server over loopback). The same tests run against both stores."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from sync_api.attachments.storage import BlobMissing, BlobStore, StorageError, open_blob_store
from sync_api.core.config import Settings
from tests.support import sample_forms
from tests.support.s3 import MotoS3
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.attachments.conftest import (
    STORES,
    an_influencer,
    store_settings,
    stored_files,
    stored_in,
    upload_form,
)
from tests.sync_api.conftest import SyncClient


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> BlobStore:
    """The store the service opens from its settings, as an admin would configure it."""
    s3 = request.getfixturevalue("s3_api") if request.param == "s3" else None
    return open_blob_store(Settings(data_dir=tmp_path / "data",
                                    **store_settings(request.param, s3)))


def a_file(tmp_path: Path, content: bytes, name: str) -> tuple[str, Path]:
    path = tmp_path / name
    path.write_bytes(content)
    return hashlib.sha256(content).hexdigest(), path


def test_upload_then_download(store: BlobStore, tmp_path: Path) -> None:
    content = sample_forms.pdf("round trip") * 300  # several chunks' worth
    digest, path = a_file(tmp_path, content, "upload.part")
    assert not store.has(digest)
    store.put(digest, path, "application/pdf")
    assert store.has(digest)
    assert b"".join(store.iter_bytes(digest)) == content


def test_same_bytes_are_kept_once(store: BlobStore, tmp_path: Path) -> None:
    content = sample_forms.png()
    digest, first = a_file(tmp_path, content, "first.part")
    _, second = a_file(tmp_path, content, "second.part")
    store.put(digest, first, "image/png")
    store.put(digest, second, "image/png")
    other, third = a_file(tmp_path, sample_forms.jpeg(), "third.part")
    store.put(other, third, "image/jpeg")
    assert b"".join(store.iter_bytes(digest)) == content
    assert [p.name for p in stored_in(store, tmp_path / "data")] == sorted([digest, other])


def test_remove(store: BlobStore, tmp_path: Path) -> None:
    digest, path = a_file(tmp_path, sample_forms.pdf("to remove"), "upload.part")
    store.put(digest, path, "application/pdf")
    assert store.remove(digest) is True
    assert not store.has(digest)
    with pytest.raises(BlobMissing):
        b"".join(store.iter_bytes(digest))
    assert store.remove(digest) is False
    assert stored_in(store, tmp_path / "data") == []


def test_a_missing_object(store: BlobStore) -> None:
    never = hashlib.sha256(b"never uploaded").hexdigest()
    assert not store.has(never)
    with pytest.raises(BlobMissing):
        b"".join(store.iter_bytes(never))
    assert store.remove(never) is False
    with pytest.raises(ValueError, match="not a sha256"):
        store.has("../../etc/passwd")


@pytest.mark.parametrize("wrong", ["key", "secret"])
def test_wrong_credentials_are_refused_with_what_to_fix(s3_api: MotoS3, tmp_path: Path,
                                                        wrong: str) -> None:
    settings = store_settings("s3", s3_api)
    settings[f"attachment_s3_{'access_key_id' if wrong == 'key' else 'secret_access_key'}"] \
        = "wrong"
    store = open_blob_store(Settings(data_dir=tmp_path, **settings))
    digest, path = a_file(tmp_path, sample_forms.pdf("refused"), "upload.part")
    for attempt in (lambda: store.has(digest),
                    lambda: store.put(digest, path, "application/pdf"),
                    lambda: b"".join(store.iter_bytes(digest))):
        with pytest.raises(StorageError, match="refused the service's credentials"):
            attempt()
    assert s3_api.keys(settings["attachment_s3_prefix"]) == []


def test_a_missing_bucket_is_named(s3_api: MotoS3, tmp_path: Path) -> None:
    settings = {**store_settings("s3", s3_api), "attachment_s3_bucket": "no-such-bucket"}
    store = open_blob_store(Settings(data_dir=tmp_path, **settings))
    digest, path = a_file(tmp_path, sample_forms.pdf("nowhere"), "upload.part")
    with pytest.raises(StorageError, match="no bucket 'no-such-bucket'"):
        store.put(digest, path, "application/pdf")


@pytest.mark.postgres
def test_same_bytes_are_stored_once(sync_server: SyncServerHandle, office: SyncClient,
                                    home: SyncClient) -> None:
    person = an_influencer(office)
    content = sample_forms.pdf("twice")
    first = upload_form(office, content, "a.pdf", influencer_id=person).json()
    second = upload_form(home, content, "b.pdf", influencer_id=person).json()
    assert first["duplicate"] is False and second["duplicate"] is True
    assert first["attachment"]["id"] != second["attachment"]["id"]
    digest = hashlib.sha256(content).hexdigest()
    assert [p.name for p in stored_files(sync_server)] == [digest]
    for record in (first["attachment"], second["attachment"]):
        assert office.http.get(f"/v1/attachments/{record['id']}").content == content


@pytest.mark.postgres
def test_a_form_whose_file_vanished_is_reported(sync_server: SyncServerHandle,
                                                office: SyncClient) -> None:
    person = an_influencer(office)
    content = sample_forms.pdf("vanishes")
    record = upload_form(office, content, influencer_id=person).json()["attachment"]
    assert open_blob_store(sync_server.settings).remove(record["sha256"])
    got = office.http.get(f"/v1/attachments/{record['id']}")
    assert got.status_code == 404
    assert "missing from the server's store" in got.json()["detail"]
    again = upload_form(office, content, influencer_id=person).json()  # put back by a re-upload
    assert office.http.get(f"/v1/attachments/{again['attachment']['id']}").content == content


def test_s3_store_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    local = open_blob_store(Settings(data_dir=tmp_path))
    assert local.local_path("0" * 64) is None
    with pytest.raises(StorageError, match="ATTACHMENT_S3_BUCKET"):
        open_blob_store(Settings(data_dir=tmp_path, attachment_store="s3"))
    monkeypatch.setitem(sys.modules, "boto3", None)  # boto3 is an optional dependency
    with pytest.raises(StorageError, match="pip install boto3"):
        open_blob_store(Settings(data_dir=tmp_path, attachment_store="s3",
                                 attachment_s3_bucket="forms"))
    monkeypatch.setenv("INFLUENCER_SYNC_ATTACHMENT_STORE", "s3")
    monkeypatch.setenv("INFLUENCER_SYNC_ATTACHMENT_S3_BUCKET", "forms")
    assert Settings(data_dir=tmp_path).attachment_store == "s3"
