"""Which desktops talk to the service: one `device` row per device_id, kept up to date by
the handshake (seen, app version), a push (last push) and a pull that reached the end."""

from __future__ import annotations

from typing import Literal

from sqlalchemy import Connection, text

from shared_models.rules import MAX_DEVICE_ID_CHARS
from sync_api.tokens import TokenInfo

Event = Literal["seen", "push", "pull"]
_EVENT_COLUMN = {"seen": None, "push": "last_push_at", "pull": "last_pull_at"}


def record_device(conn: Connection, device_id: str, token: TokenInfo, event: Event,
                  app_version: str | None = None) -> None:
    """Note that `device_id` did `event` with `token` (one upsert)."""
    device_id = device_id.strip()[:MAX_DEVICE_ID_CHARS]
    if not device_id:
        return
    column = _EVENT_COLUMN[event]
    insert_columns = f", {column}" if column else ""
    insert_values = ", now()" if column else ""
    updates = ["token_id = excluded.token_id", "token_name = excluded.token_name",
               "last_seen_at = now()"]
    if column:
        updates.append(f"{column} = now()")
    if app_version:
        updates.append("app_version = excluded.app_version")
    conn.execute(text(
        f"INSERT INTO device (device_id, token_id, token_name, app_version{insert_columns}) "
        f"VALUES (:device_id, :token_id, :token_name, :app_version{insert_values}) "
        f"ON CONFLICT (device_id) DO UPDATE SET {', '.join(updates)}"),
        {"device_id": device_id, "token_id": token.id, "token_name": token.name,
         "app_version": app_version or ""})
