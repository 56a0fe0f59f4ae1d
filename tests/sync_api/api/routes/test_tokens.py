"""Token management over the API (`/v1/admin/tokens`): admins only, a new token works at once."""

from __future__ import annotations

import httpx
import pytest

from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import PUSH_NOTHING, bearer

pytestmark = pytest.mark.postgres


def test_a_staff_token_cannot_manage_tokens(sync_server: SyncServerHandle) -> None:
    staff = sync_server.create_token(name="desk-1")
    for method, path in [("GET", "/v1/admin/tokens"), ("POST", "/v1/admin/tokens"),
                         ("DELETE", "/v1/admin/tokens/1")]:
        response = httpx.request(method, f"{sync_server.url}{path}", headers=bearer(staff),
                                 json={"name": "sneaky", "role": "admin"})
        assert response.status_code == 403, (method, path)
        assert "needs an admin token" in response.json()["detail"]


def test_an_admin_creates_a_token_that_works_at_once(sync_server: SyncServerHandle) -> None:
    admin = sync_server.create_token(role="admin")
    created = httpx.post(f"{sync_server.url}/v1/admin/tokens", headers=bearer(admin),
                         json={"name": "new desk", "role": "staff"})
    assert created.status_code == 201
    token = created.json()["token"]
    response = httpx.post(f"{sync_server.url}/v1/sync/push", headers=bearer(token),
                          json=PUSH_NOTHING)
    assert response.status_code == 200 and response.json() == {"results": []}
