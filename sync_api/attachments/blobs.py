"""`attachment_blob`: one row per distinct file (sha256) the service holds (migration 0003).

A push of attachment metadata is checked against it: the bytes must have been uploaded
first, with the same size and media type, and a form's file can never be swapped later.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Column, Connection, DateTime, RowMapping, Table, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlmodel import Field

from shared_models import reasons
from sync_api.models import SyncTable


class AttachmentBlob(SyncTable, table=True):
    __tablename__ = "attachment_blob"

    sha256: str = Field(primary_key=True, max_length=64)
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    media_type: str
    uploaded_by: str = Field(default="", sa_column_kwargs={"server_default": ""})
    created_at: datetime = Field(default=None, sa_column=Column(
        DateTime(timezone=True), nullable=False, server_default=text("now()")))


blob_table: Table = AttachmentBlob.__table__  # type: ignore[attr-defined,assignment]
FILE_FIELDS = ("sha256", "size", "media_type")


def find_blob(conn: Connection, sha256: str) -> RowMapping | None:
    return conn.execute(select(blob_table).where(blob_table.c.sha256 == sha256)
                        ).mappings().first()


def record_blob(conn: Connection, sha256: str, size: int, media_type: str,
                uploaded_by: str) -> bool:
    """Remember a stored file; False when it was already known (the same bytes again)."""
    result = conn.execute(pg_insert(blob_table).values(
        sha256=sha256, size=size, media_type=media_type, uploaded_by=uploaded_by,
    ).on_conflict_do_nothing(index_elements=["sha256"]))
    return bool(result.rowcount)


def metadata_problem(conn: Connection, fields: Mapping[str, Any],
                     row: Mapping[str, Any] | None, *, admin: bool) -> str | None:
    """Why attachment metadata cannot be saved (a sentence), or None when it can.

    `row` is the existing record (None for a create). Called by the push engine. A removed
    form stays removed: a new record for the same file (sha256) from a staff token is
    refused while the file has a removed form and no live one; an admin restores it.
    """
    touched = [name for name in FILE_FIELDS if name in fields]
    if row is not None:
        changed = [n for n in touched if str(fields[n]) != str(row[n])]
        if changed:
            return reasons.FORM_FILE_FIXED
        return None
    if not admin and _only_removed(conn, str(fields.get("sha256", ""))):
        return reasons.FORM_REMOVED
    blob = find_blob(conn, str(fields.get("sha256", "")))
    if blob is None:
        return reasons.FORM_FILE_MISSING
    if int(fields.get("size", -1)) != blob["size"] or fields.get("media_type") != \
            blob["media_type"]:
        return reasons.form_does_not_match(fields.get("size"), fields.get("media_type"),
                                           blob["size"], blob["media_type"])
    return None


def _only_removed(conn: Connection, sha256: str) -> bool:
    """True when every consent form of this file is removed (and there is at least one)."""
    found = conn.execute(text(
        "SELECT bool_and(deleted_at IS NOT NULL) FROM attachment WHERE sha256 = :sha"),
        {"sha": sha256}).scalar()
    return bool(found)
