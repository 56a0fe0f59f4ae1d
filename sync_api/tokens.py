"""Token management, shared by the admin API and `influencer-sync token ...`."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from pydantic import BaseModel
from sqlalchemy import Engine, func, or_, update
from sqlmodel import Session, col, select

from shared_models.admin import TokenCreated, TokenInfo
from shared_models.rules import DeviceId
from sync_api.core.security import Role, hash_token, new_token
from sync_api.models import ApiToken


class TokenCache:
    """Recently authenticated tokens, so a desk syncing every few seconds costs no lookup.

    Entries live `ttl` seconds: a token revoked from the CLI (another process) stops working
    within that time; one revoked through the API stops at once (`forget`).
    """

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self._entries: dict[str, tuple[float, TokenInfo]] = {}

    def get(self, token: str) -> TokenInfo | None:
        entry = self._entries.get(hash_token(token))
        if entry is None or entry[0] < time.monotonic():
            return None
        return entry[1]

    def put(self, token: str, info: TokenInfo) -> None:
        if self.ttl > 0:
            if len(self._entries) > 10_000:  # bounded: drop everything rather than grow
                self._entries.clear()
            self._entries[hash_token(token)] = (time.monotonic() + self.ttl, info)

    def forget(self, token_id: int) -> None:
        for key, (_, info) in list(self._entries.items()):
            if info.id == token_id:
                del self._entries[key]


class TokenCreate(BaseModel):
    name: DeviceId  # 1..200 storable characters, like a device id
    role: Role = Role.STAFF


def create_token(session: Session, name: str, role: Role | str,
                 n_bytes: int = 32) -> TokenCreated:
    token = new_token(n_bytes)
    row = ApiToken(name=name.strip(), role=Role(role).value, token_hash=hash_token(token))
    session.add(row)
    session.flush()
    session.refresh(row)
    return TokenCreated(**TokenInfo.model_validate(row).model_dump(), token=token)


def list_tokens(session: Session) -> list[TokenInfo]:
    rows = session.exec(select(ApiToken).order_by(col(ApiToken.id))).all()
    return [TokenInfo.model_validate(r) for r in rows]


def revoke_tokens(session: Session, name_or_id: str) -> list[TokenInfo]:
    """Revoke the token with this id, or every live token with this name."""
    condition = col(ApiToken.name) == name_or_id
    if name_or_id.isdigit():
        condition = or_(condition, col(ApiToken.id) == int(name_or_id))
    rows = session.exec(select(ApiToken).where(condition, col(ApiToken.revoked_at).is_(None))
                        ).all()
    for row in rows:
        row.revoked_at = datetime.now(UTC)
        session.add(row)
    session.flush()
    return [TokenInfo.model_validate(r) for r in rows]


def revoke_token_id(session: Session, token_id: int) -> TokenInfo | None:
    row = session.get(ApiToken, token_id)
    if row is None or row.revoked_at is not None:
        return None
    row.revoked_at = datetime.now(UTC)
    session.add(row)
    session.flush()
    return TokenInfo.model_validate(row)


def authenticate(session: Session, token: str, touch_seconds: float = 60.0) -> TokenInfo | None:
    """The live token matching `token`, with last_used_at refreshed (at most every
    `touch_seconds`, so a busy client does not write on every request)."""
    row = session.exec(select(ApiToken).where(
        col(ApiToken.token_hash) == hash_token(token), col(ApiToken.revoked_at).is_(None))
    ).first()
    if row is None:
        return None
    now = datetime.now(UTC)
    if row.last_used_at is None or now - row.last_used_at > timedelta(seconds=touch_seconds):
        session.execute(update(ApiToken).where(col(ApiToken.id) == row.id)
                        .values(last_used_at=func.now()))
        session.commit()
        session.refresh(row)
    return TokenInfo.model_validate(row)


def find_token(engine: Engine, cache: TokenCache, token: str,
               touch_seconds: float) -> TokenInfo | None:
    """The caller's live token, from the cache or the database (then cached); None if the
    token is unknown or revoked. Blocking: call it from a worker thread."""
    found = cache.get(token)
    if found is None:
        with Session(engine) as session:
            found = authenticate(session, token, touch_seconds)
        if found is not None:
            cache.put(token, found)
    return found
