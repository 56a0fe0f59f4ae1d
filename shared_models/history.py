"""The change history on the wire (issue 20): what the server applied, by whom, from where.

The server appends one entry per applied change (sync_api/history.py); desktops read a
record's entries on demand (`POST /v1/history`), see docs/history.md.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, Field

from shared_models.texts import Text, user_text

MAX_HISTORY_RECORDS = 10_000  # record ids per query (an exported search result)
MAX_HISTORY_ENTRIES = 100_000  # entries per answer


class HistoryAction(StrEnum):
    CREATE = "create"  # the record was made; `new` holds its fields
    UPDATE = "update"  # one field changed from `old` to `new`
    DELETE = "delete"
    RESTORE = "restore"
    MERGE = "merge"  # merged into the person `new` (a tombstone's pointer)


# What each action is called where people read a history (the window's History tab, the
# exported workbook), in the user's language.
CHANGE_WORDS: dict[HistoryAction, Text] = {
    HistoryAction.CREATE: user_text("added"), HistoryAction.UPDATE: user_text("changed"),
    HistoryAction.DELETE: user_text("deleted"), HistoryAction.RESTORE: user_text("restored"),
    HistoryAction.MERGE: user_text("merged into another person")}


class HistoryEntry(BaseModel):
    id: int
    entity: str
    record_id: UUID
    action: HistoryAction
    field: str = ""
    old: Any = None
    new: Any = None
    changed_at: datetime  # server time
    actor: str = ""  # the token's name: one token per person
    device_id: str = ""
    batch_id: UUID | None = None  # the import or merge it belongs to


class HistoryQuery(BaseModel):
    record_ids: list[UUID] = Field(min_length=1, max_length=MAX_HISTORY_RECORDS)
    limit: int = Field(default=1000, ge=1, le=MAX_HISTORY_ENTRIES)


class HistoryPage(BaseModel):
    entries: list[HistoryEntry]  # newest first


def display_value(value: Any) -> str:
    """A history value as a line or a cell shows it ('' for none; lists joined)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        return value
    return str(value)
