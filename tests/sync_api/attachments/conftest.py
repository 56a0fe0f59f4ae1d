"""Shared by the consent-form tests: an influencer to attach forms to, an upload, the files
the server keeps."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx

from shared_models.records import Entity
from shared_models.sync import OpStatus
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, upsert


def an_influencer(client: SyncClient, name: str = "Kim Minji") -> UUID:
    record_id = uuid.uuid4()
    [result] = client.push(upsert(Entity.INFLUENCER, record_id, {"name": name}))
    assert result.status is OpStatus.APPLIED
    return record_id


def upload_form(client: SyncClient, content: bytes, name: str = "form.pdf",
            **fields: Any) -> httpx.Response:
    data = {k: str(v) for k, v in fields.items()}
    return client.http.post("/v1/attachments", files={"file": (name, content)}, data=data)


def stored_files(server: SyncServerHandle) -> list[Path]:
    return sorted(p for p in server.settings.data_dir.rglob("*") if p.is_file())
