"""Collection-run reports from the desktops (`POST /v1/collection-runs`)."""

from __future__ import annotations

from sqlalchemy import Connection, text

from shared_models.collection_runs import CollectionRunReport

_COLUMNS = ("id", "device_id", "token_name", "platform", "started_at", "finished_at", "total",
            "ok", "not_found", "error", "blocked", "left", "blocked_until", "finished",
            "cancelled")


def record_run(conn: Connection, report: CollectionRunReport, token_name: str) -> bool:
    """Store the report; False when a report with this id was stored before (a resend)."""
    values = {**report.model_dump(), "platform": report.platform.value,
              "token_name": token_name}
    names = ", ".join(f'"{c}"' for c in _COLUMNS)  # "left" is a keyword
    params = ", ".join(f":{c}" for c in _COLUMNS)
    result = conn.execute(text(
        f"INSERT INTO collection_run ({names}) VALUES ({params}) "
        "ON CONFLICT (id) DO NOTHING"), values)
    return result.rowcount == 1
