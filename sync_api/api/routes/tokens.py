"""Token management for administrators: /v1/admin/tokens (admin tokens only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request, status

from sync_api.api.deps import AdminToken, SessionDep, SettingsDep
from sync_api.tokens import (
    TokenCreate,
    TokenCreated,
    TokenInfo,
    create_token,
    list_tokens,
    revoke_token_id,
)

router = APIRouter(prefix="/v1/admin/tokens", tags=["admin"])


@router.get("")
def list_all(admin: AdminToken, session: SessionDep) -> list[TokenInfo]:
    return list_tokens(session)


@router.post("", status_code=status.HTTP_201_CREATED)
def create(body: TokenCreate, admin: AdminToken, session: SessionDep,
           settings: SettingsDep) -> TokenCreated:
    """Create a token; the response is the only time the token itself is shown."""
    created = create_token(session, body.name, body.role, settings.token_bytes)
    session.commit()
    return created


@router.delete("/{token_id}")
def revoke(token_id: Annotated[int, Path(ge=1, le=2**31 - 1)], admin: AdminToken,
           session: SessionDep, request: Request) -> TokenInfo:
    revoked = revoke_token_id(session, token_id)
    request.app.state.token_cache.forget(token_id)
    if revoked is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND,
                            detail=f"There is no live token with id {token_id}.")
    session.commit()
    return revoked
