"""Who may talk to the service: the network allow-list behind proxies, tokens checked
and stored only as hashes."""

from __future__ import annotations

import hashlib
import ipaddress

import httpx
import psycopg
import pytest

from sync_api.core.config import parse_networks
from sync_api.core.db import libpq_url
from sync_api.core.security import client_address
from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.conftest import bearer

pytestmark = pytest.mark.postgres


def test_a_request_without_a_token_is_refused_with_401(sync_server: SyncServerHandle) -> None:
    response = httpx.get(f"{sync_server.url}/v1/sync/changes")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "influencer-sync token create" in response.json()["detail"]


def test_a_wrong_or_revoked_token_is_refused_with_401(sync_server: SyncServerHandle) -> None:
    bad = httpx.get(f"{sync_server.url}/v1/sync/changes", headers=bearer("isk_guessed"))
    assert bad.status_code == 401
    assert "not valid or has been revoked" in bad.json()["detail"]
    admin = sync_server.create_token(role="admin", name="boss")
    staff = sync_server.create_token(name="desk-9")
    assert httpx.get(f"{sync_server.url}/v1/sync/changes",
                     headers=bearer(staff)).status_code == 200
    listing = httpx.get(f"{sync_server.url}/v1/admin/tokens", headers=bearer(admin)).json()
    [desk] = [t for t in listing if t["name"] == "desk-9"]
    revoked = httpx.delete(f"{sync_server.url}/v1/admin/tokens/{desk['id']}",
                           headers=bearer(admin))
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert httpx.get(f"{sync_server.url}/v1/sync/changes",
                     headers=bearer(staff)).status_code == 401


def test_tokens_are_stored_only_as_hashes(sync_server: SyncServerHandle) -> None:
    token = sync_server.create_token(name="desk-2")
    httpx.get(f"{sync_server.url}/v1/sync/changes", headers=bearer(token))
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
            response = httpx.get(f"{server.url}{path}", headers=bearer(token))
            assert response.status_code == 403, path
            assert "127.0.0.1" in response.json()["detail"]


def test_a_trusted_proxy_passes_on_the_real_client_address(database_url: str) -> None:
    with running_sync_server(database_url, allowed_networks="10.0.0.0/8",
                             trusted_proxies="127.0.0.1/32") as server:
        token = server.create_token()

        def status(forwarded: str) -> int:
            return httpx.get(f"{server.url}/v1/sync/changes", headers={
                **bearer(token), "X-Forwarded-For": forwarded}).status_code

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
