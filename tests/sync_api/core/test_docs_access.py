"""Issue 17, item 5: the API's map (/docs, /openapi.json) is not for anonymous callers."""

from __future__ import annotations

import httpx
import pytest

from tests.support.sync_server import SyncServerHandle, running_sync_server

pytestmark = pytest.mark.postgres


def _get(server: SyncServerHandle, path: str, token: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.get(f"{server.url}{path}", headers=headers)


def test_anonymous_and_staff_callers_do_not_get_the_api_documentation(
        sync_server: SyncServerHandle) -> None:
    staff = sync_server.create_token(role="staff")
    for path in ("/docs", "/openapi.json"):
        anonymous = _get(sync_server, path)
        assert anonymous.status_code == 401 and anonymous.json()["code"] == "unauthorized"
        refused = _get(sync_server, path, staff)
        assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    admin = sync_server.create_token(role="admin")
    assert "/v1/sync/push" in _get(sync_server, "/openapi.json", admin).json()["paths"]


@pytest.mark.parametrize(("setting", "anonymous", "admin"),
                         [("off", 404, 404), ("public", 200, 200)])
def test_the_documentation_setting_turns_it_off_or_opens_it(
        database_url: str, setting: str, anonymous: int, admin: int) -> None:
    with running_sync_server(database_url, api_docs=setting) as server:
        token = server.create_token(role="admin")
        for path in ("/docs", "/openapi.json"):
            assert _get(server, path).status_code == anonymous
            assert _get(server, path, token).status_code == admin
