"""Where the form bytes are kept: once per content, on disk or (by setting) in S3."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from sync_api.attachments.storage import StorageError, open_blob_store
from sync_api.core.config import Settings
from tests.support import sample_forms
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.attachments.conftest import an_influencer, stored_files, upload_form
from tests.sync_api.conftest import SyncClient

pytestmark = pytest.mark.postgres


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
