"""The FastAPI application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from sqlalchemy import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync_api.api.deps import AdminToken
from sync_api.api.routes import admin, health, history, sync, tokens
from sync_api.attachments import routes as attachments
from sync_api.attachments.storage import open_blob_store
from sync_api.collect import routes as collect
from sync_api.collect.pace import OfficePace
from sync_api.core import errors
from sync_api.core.config import Settings
from sync_api.core.db import make_engine
from sync_api.core.middleware import BodyGate, CatchAll, NetworkGuard
from sync_api.tokens import TokenCache


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

    public_docs = settings.api_docs == "public"
    app = FastAPI(
        title="Influencer Desk sync service",
        version="1",
        description="The source of truth every Influencer Desk desktop syncs with.",
        lifespan=lifespan,
        docs_url="/docs" if public_docs else None,
        redoc_url=None,
        openapi_url="/openapi.json" if public_docs else None,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.token_cache = TokenCache(settings.token_cache_seconds)
    app.state.blob_store = open_blob_store(settings)  # consent forms' bytes
    app.state.office_pace = OfficePace()  # the office's learned pace per platform
    app.add_exception_handler(RequestValidationError, errors.invalid_request)
    app.add_exception_handler(StarletteHTTPException, errors.http_error)
    if settings.api_docs == "admin":
        _admin_docs(app)
    app.include_router(health.router)
    app.include_router(sync.router)
    app.include_router(tokens.router)
    app.include_router(history.router)
    app.include_router(admin.router)
    app.include_router(admin.runs_router)
    app.include_router(attachments.router)
    app.include_router(collect.router)
    # Added last = runs first: the allow-list answers before anything else, then every
    # failure becomes JSON, then the token and the body limit, before any body is read.
    app.add_middleware(BodyGate, max_bytes=settings.max_body_bytes,
                       max_large=settings.max_large_bodies,
                       retry_after=settings.retry_after_seconds,
                       stream_prefixes=(attachments.PREFIX,))  # uploads count their own size
    app.add_middleware(CatchAll, retry_after=settings.retry_after_seconds)
    app.add_middleware(NetworkGuard, allowed=settings.allowed_networks,
                       trusted_proxies=settings.trusted_proxies)
    return app


def _admin_docs(app: FastAPI) -> None:
    """/openapi.json and /docs for admin tokens only: the schema maps every route and field
    for whoever asks, so anonymous callers get 401 (setting `api_docs`)."""

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi(token: AdminToken) -> dict[str, Any]:
        return app.openapi()

    @app.get("/docs", include_in_schema=False)
    async def docs(token: AdminToken) -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title=app.title)
