"""Who may talk to the service: networks, proxies, tokens, roles, body size."""

from __future__ import annotations

import hashlib
import ipaddress
import uuid

import httpx
import psycopg
import pytest

from sync_api.core.config import parse_networks
from sync_api.core.db import libpq_url
from sync_api.core.security import client_address
from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.conftest import SyncClient

pytestmark = pytest.mark.postgres

PUSH_NOTHING = {"device_id": "desk", "ops": []}


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_request_without_a_token_is_refused_with_401(sync_server: SyncServerHandle) -> None:
    response = httpx.get(f"{sync_server.url}/v1/sync/changes")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "influencer-sync token create" in response.json()["detail"]


def test_a_wrong_or_revoked_token_is_refused_with_401(sync_server: SyncServerHandle) -> None:
    bad = httpx.get(f"{sync_server.url}/v1/sync/changes", headers=_auth("isk_guessed"))
    assert bad.status_code == 401
    assert "not valid or has been revoked" in bad.json()["detail"]
    admin = sync_server.create_token(role="admin", name="boss")
    staff = sync_server.create_token(name="desk-9")
    assert httpx.get(f"{sync_server.url}/v1/sync/changes",
                     headers=_auth(staff)).status_code == 200
    listing = httpx.get(f"{sync_server.url}/v1/admin/tokens", headers=_auth(admin)).json()
    [desk] = [t for t in listing if t["name"] == "desk-9"]
    revoked = httpx.delete(f"{sync_server.url}/v1/admin/tokens/{desk['id']}",
                           headers=_auth(admin))
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert httpx.get(f"{sync_server.url}/v1/sync/changes",
                     headers=_auth(staff)).status_code == 401


def test_a_staff_token_cannot_manage_tokens(sync_server: SyncServerHandle) -> None:
    staff = sync_server.create_token(name="desk-1")
    for method, path in [("GET", "/v1/admin/tokens"), ("POST", "/v1/admin/tokens"),
                         ("DELETE", "/v1/admin/tokens/1")]:
        response = httpx.request(method, f"{sync_server.url}{path}", headers=_auth(staff),
                                 json={"name": "sneaky", "role": "admin"})
        assert response.status_code == 403, (method, path)
        assert "needs an admin token" in response.json()["detail"]


def test_an_admin_creates_a_token_that_works_at_once(sync_server: SyncServerHandle) -> None:
    admin = sync_server.create_token(role="admin")
    created = httpx.post(f"{sync_server.url}/v1/admin/tokens", headers=_auth(admin),
                         json={"name": "new desk", "role": "staff"})
    assert created.status_code == 201
    token = created.json()["token"]
    response = httpx.post(f"{sync_server.url}/v1/sync/push", headers=_auth(token),
                          json=PUSH_NOTHING)
    assert response.status_code == 200 and response.json() == {"results": []}


def test_tokens_are_stored_only_as_hashes(sync_server: SyncServerHandle) -> None:
    token = sync_server.create_token(name="desk-2")
    httpx.get(f"{sync_server.url}/v1/sync/changes", headers=_auth(token))
    with psycopg.connect(libpq_url(sync_server.database_url)) as conn:
        rows = conn.execute("SELECT * FROM api_token").fetchall()
        [(token_hash, last_used)] = conn.execute(
            "SELECT token_hash, last_used_at FROM api_token").fetchall()
    assert token not in repr(rows)
    assert token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert last_used is not None


def test_a_request_from_outside_the_allowed_networks_gets_403_even_with_a_good_token(
        database_url: str) -> None:
    with running_sync_server(database_url, allowed_networks="10.0.0.0/8") as server:
        token = server.create_token(role="admin")
        for path in ("/healthz", "/v1/sync/changes", "/docs", "/no-such-page"):
            response = httpx.get(f"{server.url}{path}", headers=_auth(token))
            assert response.status_code == 403, path
            assert "127.0.0.1" in response.json()["detail"]


def test_a_trusted_proxy_passes_on_the_real_client_address(database_url: str) -> None:
    with running_sync_server(database_url, allowed_networks="10.0.0.0/8",
                             trusted_proxies="127.0.0.1/32") as server:
        token = server.create_token()

        def status(forwarded: str) -> int:
            return httpx.get(f"{server.url}/v1/sync/changes", headers={
                **_auth(token), "X-Forwarded-For": forwarded}).status_code

        assert status("10.1.2.3") == 200
        assert status("203.0.113.9") == 403
        # A client behind the proxy cannot smuggle an allowed address in on the left.
        assert status("10.1.2.3, 203.0.113.9") == 403
        assert httpx.get(f"{server.url}/healthz").status_code == 403  # the proxy itself


def test_a_spoofed_forwarded_for_from_a_client_that_is_no_proxy_is_ignored(
        database_url: str) -> None:
    with running_sync_server(database_url, allowed_networks="10.0.0.0/8") as server:
        response = httpx.get(f"{server.url}/healthz", headers={"X-Forwarded-For": "10.1.2.3"})
        assert response.status_code == 403
    with running_sync_server(database_url, allowed_networks="127.0.0.1/32") as server:
        response = httpx.get(f"{server.url}/healthz",
                             headers={"X-Forwarded-For": "203.0.113.9"})
        assert response.status_code == 200


def test_healthz_needs_no_token(sync_server: SyncServerHandle) -> None:
    response = httpx.get(f"{sync_server.url}/healthz")
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_the_api_documentation_is_served(sync_server: SyncServerHandle) -> None:
    assert httpx.get(f"{sync_server.url}/docs").status_code == 200
    paths = httpx.get(f"{sync_server.url}/openapi.json").json()["paths"]
    assert {"/v1/sync/push", "/v1/sync/changes", "/v1/sync/handshake", "/healthz",
            "/v1/admin/tokens"} <= set(paths)


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


def test_an_outdated_desktop_is_told_to_update(office: SyncClient) -> None:
    old = office.handshake(protocol=0).json()
    assert old["compatible"] is False and "Update the app" in old["message"]
    newer = office.handshake(schema=99).json()
    assert newer["compatible"] is False and "update the sync service" in newer["message"]
    same = office.handshake().json()
    assert same["compatible"] is True and same["token_name"] == "office"


@pytest.mark.parametrize("peer, forwarded, expected", [
    ("10.0.0.5", ["1.2.3.4"], "10.0.0.5"),  # not a proxy: header ignored
    ("127.0.0.1", ["1.2.3.4"], "1.2.3.4"),
    ("127.0.0.1", ["9.9.9.9, 1.2.3.4"], "1.2.3.4"),  # right-most untrusted hop
    ("127.0.0.1", ["1.2.3.4, 127.0.0.2"], "1.2.3.4"),  # skip our own proxy chain
    ("127.0.0.1", ["1.2.3.4", "5.6.7.8"], "5.6.7.8"),  # several headers read in order
    ("127.0.0.1", [], "127.0.0.1"),
    ("127.0.0.1", ["garbage"], None),
    ("::ffff:10.0.0.7", [], "10.0.0.7"),
])
def test_the_client_address_is_read_from_the_right_place(
        peer: str, forwarded: list[str], expected: str | None) -> None:
    address = client_address(peer, forwarded, parse_networks("127.0.0.0/8"))
    assert address == (ipaddress.ip_address(expected) if expected else None)
