"""ASGI middleware that runs before any route: the network allow-list and the body limit."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync_api.core.config import Network
from sync_api.core.security import client_address, is_allowed

log = logging.getLogger("sync_api.access")


async def _send_json(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class NetworkGuard:
    """403 for a client outside the allowed networks, before anything else runs."""

    def __init__(self, app: ASGIApp, *, allowed: Sequence[Network],
                 trusted_proxies: Sequence[Network]) -> None:
        self.app = app
        self.allowed = tuple(allowed)
        self.trusted = tuple(trusted_proxies)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        peer = scope.get("client")
        forwarded = [v.decode("latin-1") for k, v in scope.get("headers", [])
                     if k == b"x-forwarded-for"]
        address = client_address(peer[0] if peer else None, forwarded, self.trusted)
        if not is_allowed(address, self.allowed):
            log.warning("refused request from %s (peer %s)", address, peer)
            await _send_json(send, 403, (
                f"Requests from {address or 'an unknown address'} are not allowed. Ask the "
                "administrator to add your network to INFLUENCER_SYNC_ALLOWED_NETWORKS."))
            return
        scope.setdefault("state", {})["client_address"] = str(address)
        await self.app(scope, receive, send)


class BodyLimit:
    """413 for a request body over `max_bytes`.

    A declared Content-Length is checked up front; a body without one (chunked) is read
    into memory up to the limit first, then replayed to the app.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int,
                 exempt_prefixes: Sequence[str] = ()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # Paths that stream their bodies and enforce their own limit (file uploads).
        self.exempt_prefixes = tuple(exempt_prefixes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope.get("path", "")).startswith(
                self.exempt_prefixes):
            await self.app(scope, receive, send)
            return
        length = next((v for k, v in scope.get("headers", []) if k == b"content-length"), None)
        if length is not None:
            if not length.isdigit() or int(length) > self.max_bytes:
                await self._refuse(send)
                return
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        await _send_json(send, 413, (
            f"The request body is larger than {self.max_bytes // (1024 * 1024)} MB. "
            "Send fewer operations per push."))
