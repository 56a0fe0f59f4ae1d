"""Request dependencies: settings, database, the caller's token and role."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlmodel import Session

from sync_api.core.config import Settings
from sync_api.core.security import Role
from sync_api.tokens import TokenCache, TokenInfo, authenticate


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


SettingsDep = Annotated[Settings, Depends(get_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]


def get_session(engine: EngineDep) -> Iterator[Session]:
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]

_bearer = HTTPBearer(auto_error=False, description="A token from `influencer-sync token create`.")


async def current_token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    request: Request,
    settings: SettingsDep,
) -> TokenInfo:
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, headers=challenge, detail=(
            "This request needs a token (header 'Authorization: Bearer <token>'). "
            "An administrator creates one with `influencer-sync token create`."))
    cache: TokenCache = request.app.state.token_cache
    token = cache.get(credentials.credentials)
    if token is None:
        engine: Engine = request.app.state.engine

        def lookup() -> TokenInfo | None:
            with Session(engine) as session:
                return authenticate(session, credentials.credentials,
                                    settings.token_touch_seconds)

        token = await run_in_threadpool(lookup)
        if token is not None:
            cache.put(credentials.credentials, token)
    if token is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, headers=challenge, detail=(
            "The token is not valid or has been revoked. Ask the administrator for a new one."))
    return token


CurrentToken = Annotated[TokenInfo, Depends(current_token)]


async def admin_token(token: CurrentToken) -> TokenInfo:
    if token.role != Role.ADMIN:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail=(
            f"This needs an admin token; '{token.name}' is a {token.role.value} token."))
    return token


AdminToken = Annotated[TokenInfo, Depends(admin_token)]
