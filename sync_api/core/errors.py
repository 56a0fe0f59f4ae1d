"""Every error the service answers: JSON `{"detail": "<sentence>", "code": "<stable code>"}`.

Clients branch on `code` (listed in docs/sync-protocol.md, "Error codes"), people read
`detail`. The database being unavailable is 503 with Retry-After, so a desk waits and tries
again instead of treating it as a failure. What reaches the log is the request's method,
path, the code and the exception's type and frames, never its message: database errors
quote SQL parameters (names, notes) in theirs.
"""

from __future__ import annotations

import json
import logging
import traceback
from typing import Any

import psycopg
from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Send

from shared_models import reasons

log = logging.getLogger("sync_api.errors")

# The code of each status when the route gives none.
STATUS_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "body_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
}
DATABASE_UNAVAILABLE = "database_unavailable"
BUSY = "busy"
NETWORK_NOT_ALLOWED = "network_not_allowed"
INTERNAL_ERROR = "internal_error"


def code_for(status: int) -> str:
    return STATUS_CODES.get(status, f"http_{status}")


def error_content(status: int, detail: str, code: str | None = None,
                  **extra: Any) -> dict[str, Any]:
    return {"detail": detail, "code": code or code_for(status), **extra}


async def send_error(send: Send, status: int, detail: str, code: str | None = None,
                     headers: dict[str, str] | None = None) -> None:
    """An error answered from ASGI middleware, before or instead of a route."""
    body = json.dumps(error_content(status, detail, code)).encode()
    raw = [(b"content-type", b"application/json"),
           (b"content-length", str(len(body)).encode()),
           *((k.lower().encode("latin-1"), v.encode("latin-1"))
             for k, v in (headers or {}).items())]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def database_unavailable(exc: BaseException) -> bool:
    """True for a failure to reach PostgreSQL (down, restarting, out of connections)."""
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError | sa_exc.TimeoutError):
        return True
    return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError)


def unavailable_detail() -> str:
    return reasons.DATABASE_UNAVAILABLE


def log_failure(method: str, path: str, code: str, exc: BaseException) -> None:
    """The failure without any value from the request: type and frames, no message."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("%s %s failed (%s): %s.%s\n%s", method, path, code,
              type(exc).__module__, type(exc).__qualname__, frames.rstrip())


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = getattr(exc, "code", None)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return JSONResponse(error_content(exc.status_code, detail, code),
                        status_code=exc.status_code, headers=exc.headers)


def _safe(part: object, limit: int = 80) -> str:
    """A piece of the request quoted back (a field's name): short, and encodable even when
    it holds an unpaired surrogate."""
    text = str(part)[:limit]
    return text.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")


def _where(loc: tuple[Any, ...]) -> str:
    parts = [p if isinstance(p, int) else _safe(p) for p in loc if p != "body"]
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


async def invalid_request(request: Request, exc: Exception) -> JSONResponse:
    """422 with one readable sentence (and, for developers, where and what, never the
    value sent: it may be a name or a note)."""
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    first = errors[0] if errors else {"loc": (), "msg": "invalid"}
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    detail = (f"The request was not understood, so nothing was saved: "
              f"{_where(tuple(first.get('loc', ())))}: {_safe(first.get('msg'), 300)}{more}. "
              "This is a bug in the app that sent it; please report it.")
    return JSONResponse(status_code=422, content=error_content(422, detail, errors=[
        {"loc": [p if isinstance(p, int) else _safe(p) for p in e.get("loc", ())],
         "msg": _safe(e.get("msg"), 300), "type": str(e.get("type"))} for e in errors[:20]]))
