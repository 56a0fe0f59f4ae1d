"""Shared by the push and pull tests: short names for the entities and a first influencer."""

from __future__ import annotations

import uuid

from shared_models.records import Entity
from shared_models.sync import OpStatus
from tests.sync_api.conftest import SyncClient, upsert

INF = Entity.INFLUENCER
ACC = Entity.ACCOUNT


def new_influencer(client: SyncClient, **fields: object) -> uuid.UUID:
    rid = uuid.uuid4()
    [result] = client.push(upsert(INF, rid, {"name": "김민지", **fields}))
    assert result.status == OpStatus.APPLIED, result
    return rid
