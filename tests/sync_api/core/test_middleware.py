"""What runs before any route: the request body limit."""

from __future__ import annotations

import uuid

import pytest

from tests.support.sync_server import running_sync_server
from tests.sync_api.conftest import PUSH_NOTHING, SyncClient

pytestmark = pytest.mark.postgres


def test_an_oversized_push_is_refused_with_413(database_url: str) -> None:
    with running_sync_server(database_url, max_body_bytes=2000) as server:
        client = SyncClient(server.url, server.create_token(), "desk")
        big = {"device_id": "desk", "ops": [
            {"op_id": str(uuid.uuid4()), "entity": "influencer", "id": str(uuid.uuid4()),
             "fields": {"name": "x", "notes": "n" * 3000}}]}
        response = client.http.post("/v1/sync/push", json=big)
        assert response.status_code == 413
        assert "larger than" in response.json()["detail"]

        def chunks():  # no Content-Length: counted as it streams
            yield b'{"device_id": "desk", "ops": ['
            for _ in range(50):
                yield b" " * 100
            yield b"]}"

        streamed = client.http.post("/v1/sync/push", content=chunks(),
                                    headers={"content-type": "application/json"})
        assert streamed.status_code == 413
        small = client.http.post("/v1/sync/push", json=PUSH_NOTHING)
        assert small.status_code == 200
