"""Who may use the admin routes (admin tokens only, from the allowed networks only), and
who may report a collection run."""

from __future__ import annotations

import httpx
import pytest

from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.conftest import bearer, collection_report

pytestmark = pytest.mark.postgres

ADMIN_GETS = ["/v1/admin/status", "/v1/admin/status.html", "/v1/admin/release",
              "/v1/admin/tokens"]


def test_admin_routes_refuse_staff_tokens(sync_server: SyncServerHandle) -> None:
    staff = sync_server.create_token(name="desk-1")
    for path in ADMIN_GETS:
        response = httpx.get(f"{sync_server.url}{path}", headers=bearer(staff))
        assert response.status_code == 403, path
        assert "needs an admin token" in response.json()["detail"]
    for method in ("PUT", "DELETE"):
        response = httpx.request(method, f"{sync_server.url}/v1/admin/release",
                                 headers=bearer(staff),
                                 json={"version": "9.9.9", "download_url": "https://x.test/"})
        assert response.status_code == 403, method
    assert httpx.get(f"{sync_server.url}/v1/admin/status").status_code == 401


def test_admin_routes_refuse_addresses_outside_the_allowed_networks(database_url: str) -> None:
    with running_sync_server(database_url, allowed_networks="10.0.0.0/8") as server:
        admin = server.create_token(role="admin")
        for path in ADMIN_GETS:
            response = httpx.get(f"{server.url}{path}", headers=bearer(admin))
            assert response.status_code == 403, path
            assert "not allowed" in response.json()["detail"]


def test_admin_routes_refuse_a_spoofed_forwarded_address(database_url: str) -> None:
    # Loopback is not a trusted proxy here, so X-Forwarded-For from it changes nothing.
    with running_sync_server(database_url, allowed_networks="10.0.0.0/8") as server:
        admin = server.create_token(role="admin")
        response = httpx.get(f"{server.url}/v1/admin/status",
                             headers={**bearer(admin), "X-Forwarded-For": "10.1.2.3"})
        assert response.status_code == 403


def test_a_collection_report_needs_a_token_and_a_known_platform(
        sync_server: SyncServerHandle) -> None:
    url = f"{sync_server.url}/v1/collection-runs"
    assert httpx.post(url, json=collection_report("d", "A")).status_code == 401
    staff = sync_server.create_token()
    response = httpx.post(url, json=collection_report("d", "Z"), headers=bearer(staff))
    assert response.status_code == 422
