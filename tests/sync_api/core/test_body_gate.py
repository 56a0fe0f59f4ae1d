"""Issue 17, item 12: the token before the body, the limit on the bytes that arrive, and only
a few large bodies at once.

Raw sockets, because the point is what the server does before a well-behaved client would
have finished sending.
"""

from __future__ import annotations

import json
import socket
import time
import uuid

import httpx
import pytest

from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.conftest import PUSH_NOTHING, SyncClient, server_rows

pytestmark = pytest.mark.postgres


def _open(server: SyncServerHandle, head: bytes) -> socket.socket:
    host, port = server.url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    sock.sendall(head)
    return sock


def _head(token: str, *lines: str) -> bytes:
    return ("POST /v1/sync/push HTTP/1.1\r\nHost: office\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {token}\r\n" + "".join(f"{x}\r\n" for x in lines)
            + "\r\n").encode()


def _status(sock: socket.socket) -> int:
    answer = b""
    while b"\r\n" not in answer:
        chunk = sock.recv(4096)
        if not chunk:
            break
        answer += chunk
    return int(answer.split(b" ", 2)[1])


def test_a_body_is_not_read_before_the_token_is_checked(
        sync_server: SyncServerHandle) -> None:
    for token in ("isk_not_a_token", ""):
        # 50 MB announced, nothing sent: the answer comes at once, the body is never read.
        with _open(sync_server, _head(token, "Content-Length: 50000000")) as sock:
            started = time.monotonic()
            assert _status(sock) == 401
            assert time.monotonic() - started < 5
    chunked = _head("isk_wrong", "Transfer-Encoding: chunked") + b"10\r\n" + b"x" * 16
    with _open(sync_server, chunked) as sock:
        assert _status(sock) == 401


def test_a_chunked_body_is_counted_whatever_content_length_says(database_url: str) -> None:
    with running_sync_server(database_url, max_body_bytes=2000) as server:
        token = server.create_token()
        name = f"smuggled {uuid.uuid4().hex}"
        body = json.dumps({"device_id": "desk", "ops": [{
            "op_id": str(uuid.uuid4()), "entity": "influencer", "id": str(uuid.uuid4()),
            "fields": {"name": name, "notes": "n" * 60_000}}]}).encode()
        chunks = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 4096]), body[i:i + 4096])
                          for i in range(0, len(body), 4096)) + b"0\r\n\r\n"
        # The smuggling shape of the finding: a small Content-Length beside the chunks.
        with _open(server, _head(token, "Content-Length: 100", "Transfer-Encoding: chunked")
                   + chunks) as sock:
            assert _status(sock) in (400, 413)
        with _open(server, _head(token, "Transfer-Encoding: chunked") + chunks) as sock:
            assert _status(sock) == 413
        assert server_rows(server, "SELECT 1 FROM influencer WHERE name = %s", name) == []
        client = SyncClient(server.url, token, "desk")
        assert client.http.post("/v1/sync/push", json=PUSH_NOTHING).status_code == 200


def test_only_a_few_large_bodies_are_taken_at_once(database_url: str) -> None:
    with running_sync_server(database_url, max_large_bodies=1, retry_after_seconds=7) as server:
        token = server.create_token()
        client = SyncClient(server.url, token, "desk")
        size = 3 * 1024 * 1024
        # One desk is sending 3 MB slowly: it holds the one large-body slot.
        with _open(server, _head(token, f"Content-Length: {size}")) as slow:
            slow.sendall(b" " * (size // 2))
            time.sleep(0.3)
            big = b'{"device_id": "desk", "ops": []}' + b" " * (2 * 1024 * 1024)
            busy = client.http.post("/v1/sync/push", content=big,
                                    headers={"Content-Type": "application/json"})
            assert busy.status_code == 503 and busy.headers["Retry-After"] == "7"
            assert busy.json()["code"] == "busy"
            # Small pushes are not held up.
            assert client.http.post("/v1/sync/push", json=PUSH_NOTHING).status_code == 200
            slow.sendall(b" " * (size - size // 2))
            assert _status(slow) == 422  # all spaces: not a push, but it was read in full
        again = client.http.post("/v1/sync/push", content=big,
                                 headers={"Content-Type": "application/json"})
        assert again.status_code == 200


def test_an_unauthenticated_upload_is_refused_before_its_bytes(
        sync_server: SyncServerHandle) -> None:
    head = (b"POST /v1/attachments HTTP/1.1\r\nHost: office\r\nContent-Length: 20000000\r\n"
            b"Content-Type: multipart/form-data; boundary=xx\r\n\r\n")
    with _open(sync_server, head) as sock:
        assert _status(sock) == 401
    assert httpx.get(f"{sync_server.url}/healthz").status_code == 200
