"""ASGI middleware that runs before any route: the network allow-list, the catch-all that
turns any failure into a JSON error with a code, and the body gate (the token checked before
a body is read, the body limit counted on the bytes received, few large bodies at once).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared_models import reasons
from sync_api.core import errors
from sync_api.core.config import Network
from sync_api.core.security import client_address, is_allowed
from sync_api.tokens import TokenCache, find_token

log = logging.getLogger("sync_api.access")

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
            await errors.send_error(send, 403, reasons.network_refused(address),
                                    errors.NETWORK_NOT_ALLOWED)
            return
        scope.setdefault("state", {})["client_address"] = str(address)
        await self.app(scope, receive, send)


class CatchAll:
    """Any exception a route lets through becomes a JSON error: 503 + Retry-After when the
    database cannot be reached, else 500 `internal_error`; the log gets no request values."""

    def __init__(self, app: ASGIApp, *, retry_after: int) -> None:
        self.app = app
        self.retry_after = retry_after

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            unavailable = errors.database_unavailable(exc)
            code = errors.DATABASE_UNAVAILABLE if unavailable else errors.INTERNAL_ERROR
            errors.log_failure(scope.get("method", ""), scope.get("path", ""), code, exc)
            if started:
                return  # the answer is half sent: the client sees a cut connection
            if unavailable:
                await errors.send_error(send, 503, errors.unavailable_detail(), code,
                                        {"Retry-After": str(self.retry_after)})
            else:
                await errors.send_error(send, 500, (
                    "The sync server failed on this request; nothing of it was saved. The "
                    "administrator finds the details in the server's log."), code)


# Paths that need no token (the health check, and the docs, which have no body).
PUBLIC_PATHS = frozenset({"/healthz"})
LARGE_BODY = 1024 * 1024


class BodyGate:
    """Before a request body is read: the bearer token must be valid (401 otherwise), and
    the body is counted as it arrives, whatever Content-Length or Transfer-Encoding claim
    (413 past `max_bytes`). At most `max_large` bodies over 1 MB are held at once; another
    gets 503 `busy` with Retry-After. Bodies are buffered here (up to the limit) and then
    handed to the route; uploads (`stream_prefixes`) stream to disk and count their own.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int, max_large: int, retry_after: int,
                 stream_prefixes: Sequence[str] = ()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.retry_after = retry_after
        self.stream_prefixes = tuple(stream_prefixes)
        self.max_large = max_large
        self._large_held = 0  # only touched on the event loop: no lock needed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _has_body(scope):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        # A body sent in chunks is measured as it comes: a Content-Length beside it is
        # ignored (RFC 9112, 6.3), never trusted to skip the count.
        length = None if b"transfer-encoding" in headers else headers.get(b"content-length")
        if length is not None and not length.isdigit():
            await errors.send_error(send, 400, "The request's Content-Length is not a number.")
            return
        path = str(scope.get("path", ""))
        if path not in PUBLIC_PATHS and not await self._authenticated(scope, headers, send):
            return
        if path.startswith(self.stream_prefixes):
            await self.app(scope, receive, send)
            return
        if length is not None and int(length) > self.max_bytes:
            await self._too_large(send)
            return
        holding = False
        try:
            if length is not None and int(length) > LARGE_BODY:
                holding = self._take_large()
                if not holding:
                    await self._busy(send)
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
                    await self._too_large(send)
                    return
                if size > LARGE_BODY and not holding:
                    holding = self._take_large()
                    if not holding:
                        await self._busy(send)
                        return
                chunks.append(chunk)
                if not message.get("more_body", False):
                    break
            body = b"".join(chunks)
            del chunks
            replayed = False

            async def replay() -> Message:
                nonlocal replayed
                if not replayed:
                    replayed = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            await self.app(scope, replay, send)
        finally:
            if holding:
                self._large_held -= 1

    def _take_large(self) -> bool:
        """Take a large-body slot if one is free; a client that finds none is told to retry
        rather than queued, so waiting bodies cannot pile up in memory either."""
        if self._large_held >= self.max_large:
            return False
        self._large_held += 1
        return True

    async def _authenticated(self, scope: Scope, headers: dict[bytes, bytes],
                             send: Send) -> bool:
        raw = headers.get(b"authorization", b"").decode("latin-1")
        scheme, _, token = raw.partition(" ")
        token = token.strip()
        found = None
        if scheme.lower() == "bearer" and token:
            state = scope["app"].state
            cache: TokenCache = state.token_cache
            found = await anyio.to_thread.run_sync(
                find_token, state.engine, cache, token, state.settings.token_touch_seconds)
        if found is None:
            await errors.send_error(send, 401, (
                "This request needs a valid token (header 'Authorization: Bearer <token>'); "
                "nothing was read."), headers={"WWW-Authenticate": "Bearer"})
            return False
        scope.setdefault("state", {})["token"] = (token, found)
        return True

    async def _too_large(self, send: Send) -> None:
        await errors.send_error(send, 413,
                                reasons.body_too_large(self.max_bytes // (1024 * 1024)))

    async def _busy(self, send: Send) -> None:
        await errors.send_error(send, 503, reasons.SERVER_BUSY, errors.BUSY,
                                {"Retry-After": str(self.retry_after)})


def _has_body(scope: Scope) -> bool:
    for key, value in scope.get("headers", []):
        if key == b"transfer-encoding" or (key == b"content-length" and value != b"0"):
            return True
    return False
