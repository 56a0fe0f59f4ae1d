"""What answers without a token: the health check and the API documentation."""

from __future__ import annotations

import httpx
import pytest

from tests.support.sync_server import SyncServerHandle

pytestmark = pytest.mark.postgres


def test_healthz_needs_no_token(sync_server: SyncServerHandle) -> None:
    response = httpx.get(f"{sync_server.url}/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_the_api_documentation_is_served_to_admins(sync_server: SyncServerHandle) -> None:
    admin = {"Authorization": f"Bearer {sync_server.create_token(role='admin')}"}
    assert httpx.get(f"{sync_server.url}/docs", headers=admin).status_code == 200
    paths = httpx.get(f"{sync_server.url}/openapi.json", headers=admin).json()["paths"]
    assert {"/v1/sync/push", "/v1/sync/changes", "/v1/sync/handshake", "/healthz",
            "/v1/admin/tokens"} <= set(paths)
