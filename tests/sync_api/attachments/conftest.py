"""Shared by the consent-form tests: the server under test on each blob store (a local
folder, and an S3 API: moto's server on loopback), an influencer to attach forms to, an
upload, the files the server keeps."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path, PurePath, PurePosixPath
from typing import Any
from uuid import UUID

import httpx
import pytest

from shared_models.records import Entity
from shared_models.sync import OpStatus
from sync_api.attachments.storage import BlobStore, S3BlobStore, open_blob_store
from tests.support.s3 import REGION, MotoS3, moto_s3
from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.conftest import SyncClient, upsert

STORES = ("local", "s3")


@pytest.fixture(scope="session")
def s3_api() -> Iterator[MotoS3]:
    with moto_s3() as s3:
        yield s3


def store_settings(kind: str, s3: MotoS3 | None) -> dict[str, Any]:
    """Settings for the `kind` store; each S3 test gets a prefix of its own in the bucket."""
    if kind == "local":
        return {}
    assert s3 is not None
    return {"attachment_store": "s3", "attachment_s3_bucket": s3.bucket,
            "attachment_s3_endpoint_url": s3.endpoint_url, "attachment_s3_region": REGION,
            "attachment_s3_access_key_id": s3.access_key_id,
            "attachment_s3_secret_access_key": s3.secret_access_key,
            "attachment_s3_prefix": f"test-{uuid.uuid4().hex[:12]}/"}


@pytest.fixture(params=STORES)
def sync_server(request: pytest.FixtureRequest,
                database_url: str) -> Iterator[SyncServerHandle]:
    """Every consent-form test runs against both stores: the same behaviour is expected."""
    s3 = request.getfixturevalue("s3_api") if request.param == "s3" else None
    with running_sync_server(database_url, **store_settings(request.param, s3)) as handle:
        yield handle


def an_influencer(client: SyncClient, name: str = "Kim Minji") -> UUID:
    record_id = uuid.uuid4()
    [result] = client.push(upsert(Entity.INFLUENCER, record_id, {"name": name}))
    assert result.status is OpStatus.APPLIED
    return record_id


def upload_form(client: SyncClient, content: bytes, name: str = "form.pdf",
            **fields: Any) -> httpx.Response:
    data = {k: str(v) for k, v in fields.items()}
    return client.http.post("/v1/attachments", files={"file": (name, content)}, data=data)


def stored_in(store: BlobStore, data_dir: Path) -> list[PurePath]:
    """What `store` holds: files under the data dir, or keys under its prefix in the bucket."""
    if isinstance(store, S3BlobStore):
        listed = store.client.list_objects_v2(Bucket=store.bucket, Prefix=store.prefix)
        return sorted(PurePosixPath(item["Key"]) for item in listed.get("Contents", []))
    return sorted(p for p in data_dir.rglob("*") if p.is_file())


def stored_files(server: SyncServerHandle) -> list[PurePath]:
    return stored_in(open_blob_store(server.settings), Path(server.settings.data_dir))
