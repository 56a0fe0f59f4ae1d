"""Small JSON settings kept in the store (phone region, platform bases, rate-control state)."""

from __future__ import annotations

import json
from typing import Any

from desktop.store.db import Database


class Settings:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        with self.db.read() as conn:
            row = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?",
                                       (key,)).first()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        with self.db.write() as conn:
            conn.exec_driver_sql(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                "DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)))
