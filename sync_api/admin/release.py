"""The desktop release the service advertises in the handshake (set by an admin).

Stored in `server_setting` so every `influencer-sync` process on the database sees it at
once; the `latest_desktop_version` / `download_url` settings are the fallback when no admin
has set one.
"""

from __future__ import annotations

import json
from typing import Annotated

from packaging.version import InvalidVersion, Version
from pydantic import AfterValidator, BaseModel, Field, field_validator
from sqlalchemy import Connection, text

from shared_models.admin import Release
from shared_models.rules import storable_text
from sync_api.core.config import Settings

RELEASE_KEY = "desktop_release"


class ReleaseUpdate(BaseModel):
    version: str = Field(min_length=1, max_length=50)
    # Every desk offers to open it: storable, and http(s) only (below).
    download_url: Annotated[str, Field(min_length=1, max_length=2000),
                            AfterValidator(storable_text)]

    @field_validator("version")
    @classmethod
    def _version(cls, value: str) -> str:
        try:
            return str(Version(value.strip()))
        except InvalidVersion:
            raise ValueError(f"'{value}' is not a version number (for example 0.2.0).") from None

    @field_validator("download_url")
    @classmethod
    def _url(cls, value: str) -> str:
        value = value.strip()
        if not value.startswith(("https://", "http://")):
            raise ValueError(f"'{value}' is not a download link; it must start with https://.")
        return value


def set_release(conn: Connection, update: ReleaseUpdate, by: str) -> Release:
    conn.execute(text(
        "INSERT INTO server_setting (key, value, updated_by) "
        "VALUES (:key, CAST(:value AS jsonb), :by) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now(), "
        "updated_by = excluded.updated_by"),
        {"key": RELEASE_KEY, "by": by, "value": json.dumps(update.model_dump())})
    return current_release(conn, None)


def clear_release(conn: Connection) -> None:
    conn.execute(text("DELETE FROM server_setting WHERE key = :key"), {"key": RELEASE_KEY})


def current_release(conn: Connection, settings: Settings | None) -> Release:
    """The admin-set release, else the one in the settings, else none."""
    row = conn.execute(text("SELECT value, updated_at, updated_by FROM server_setting "
                            "WHERE key = :key"), {"key": RELEASE_KEY}).first()
    if row is not None:
        value = row[0]
        return Release(version=value.get("version"), download_url=value.get("download_url"),
                       source="admin", updated_at=row[1], updated_by=row[2])
    if settings is not None and settings.latest_desktop_version:
        return Release(version=settings.latest_desktop_version,
                       download_url=settings.download_url, source="config")
    return Release()

