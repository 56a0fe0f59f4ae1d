"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

from sync_api.api.routes import admin, health, history, sync, tokens
from sync_api.attachments import routes as attachments
from sync_api.attachments.storage import open_blob_store
from sync_api.core.config import Settings
from sync_api.core.db import make_engine
from sync_api.core.middleware import BodyLimit, NetworkGuard
from sync_api.tokens import TokenCache


def _where(loc: tuple[Any, ...]) -> str:
    parts = [p for p in loc if p != "body"]
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


async def _invalid_request(request: Request, exc: Exception) -> JSONResponse:
    """422 with one readable sentence (and the details for developers)."""
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    first = errors[0] if errors else {"loc": (), "msg": "invalid"}
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    detail = (f"The request was not understood, so nothing was saved: "
              f"{_where(tuple(first.get('loc', ())))}: {first.get('msg')}{more}. "
              "This is a bug in the app that sent it; please report it.")
    return JSONResponse(status_code=422, content={
        "detail": detail,
        "errors": [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")}
                   for e in errors],
    })


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    """The service for `settings`; the database must already be migrated."""
    if engine is None:
        if not settings.database_url:
            raise ValueError("No database URL: start an embedded one with "
                             "sync_api.embedded.embedded_database_url(settings) first.")
        engine = make_engine(settings.database_url)
    owned_engine = engine

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        owned_engine.dispose()

    app = FastAPI(
        title="Influencer Desk sync service",
        version="1",
        description="The source of truth every Influencer Desk desktop syncs with.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.token_cache = TokenCache(settings.token_cache_seconds)
    app.state.blob_store = open_blob_store(settings)  # consent forms' bytes
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.include_router(health.router)
    app.include_router(sync.router)
    app.include_router(tokens.router)
    app.include_router(history.router)
    app.include_router(admin.router)
    app.include_router(admin.runs_router)
    app.include_router(attachments.router)
    # Added last = runs first: the allow-list answers before anything else, then the limit.
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes,
                       exempt_prefixes=(attachments.PREFIX,))  # uploads check their own size
    app.add_middleware(NetworkGuard, allowed=settings.allowed_networks,
                       trusted_proxies=settings.trusted_proxies)
    return app
