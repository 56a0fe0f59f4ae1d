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
from sync_api.tokens import TokenInfo, find_token


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
    checked = getattr(request.state, "token", None)  # the body gate looked it up already
    if checked is not None and checked[0] == credentials.credentials:
        token: TokenInfo | None = checked[1]
    else:
        token = await run_in_threadpool(
            find_token, request.app.state.engine, request.app.state.token_cache,
            credentials.credentials, settings.token_touch_seconds)
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
