"""The admin status report: what `GET /v1/admin/status`, `influencer-sync admin status` and
the HTML page show. One read-only pass over the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

from shared_models.admin import (
    AdminStatus,
    ConflictStatus,
    ConflictSummary,
    DatabaseStatus,
    DeviceStatus,
    PlatformCollection,
    RecordCount,
    RunStatus,
    TokenStatus,
)
from shared_models.platforms import PLATFORMS
from sync_api.admin.release import current_release
from sync_api.collect.status import office_collection
from sync_api.core.config import Settings

WINDOW = timedelta(hours=24)  # "recent" for collection results and conflicts
RECENT_CONFLICTS = 20


def _rows(conn: Connection, sql: str, **params: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(text(sql), params)]


def _records(conn: Connection) -> dict[str, RecordCount]:
    out: dict[str, RecordCount] = {}
    for table in ("influencer", "account", "attachment"):
        row = conn.execute(text(
            f"SELECT count(*) FILTER (WHERE deleted_at IS NULL), "
            f"count(*) FILTER (WHERE deleted_at IS NOT NULL) FROM {table}")).one()
        out[table] = RecordCount(live=row[0], deleted=row[1])
    return out


def _collection(conn: Connection, since: datetime, now: datetime) -> list[PlatformCollection]:
    accounts = {r["platform"]: r for r in _rows(conn, """
        SELECT platform, count(*) AS accounts FROM account
        WHERE deleted_at IS NULL GROUP BY platform""")}
    collected = {r["platform"]: r for r in _rows(conn, """
        SELECT a.platform, count(DISTINCT s.account_id) AS collected,
               max(s.observed_at) AS last_observed_at
        FROM metric_snapshot s JOIN account a ON a.id = s.account_id
        WHERE s.observed_at >= :since GROUP BY a.platform""", since=since)}
    newest = {r["platform"]: r["last_observed_at"] for r in _rows(conn, """
        SELECT a.platform, max(s.observed_at) AS last_observed_at
        FROM metric_snapshot s JOIN account a ON a.id = s.account_id GROUP BY a.platform""")}
    runs = {r["platform"]: r for r in _rows(conn, """
        SELECT platform, count(*) AS runs, sum(error) AS errors, sum(not_found) AS not_found,
               sum(blocked) AS blocked FROM collection_run
        WHERE finished_at >= :since GROUP BY platform""", since=since)}
    last_runs = {r["platform"]: r for r in _rows(conn, """
        SELECT DISTINCT ON (platform) * FROM collection_run
        ORDER BY platform, finished_at DESC, received_at DESC""")}
    blocks = {r["platform"]: r["until"] for r in _rows(conn, """
        SELECT platform, max(blocked_until) AS until FROM collection_run
        WHERE blocked_until > :now GROUP BY platform""", now=now)}
    out = []
    for platform, spec in PLATFORMS.items():
        key = platform.value
        run = runs.get(key, {})
        last = last_runs.get(key)
        out.append(PlatformCollection(
            platform=key, label=spec.label,
            accounts=accounts.get(key, {}).get("accounts", 0),
            collected_24h=collected.get(key, {}).get("collected", 0),
            last_observed_at=newest.get(key),
            runs_24h=run.get("runs", 0) or 0, errors_24h=run.get("errors", 0) or 0,
            not_found_24h=run.get("not_found", 0) or 0, blocked_24h=run.get("blocked", 0) or 0,
            last_run=RunStatus.model_validate(last) if last else None,
            blocked_until=blocks.get(key)))
    return out


def admin_status(conn: Connection, settings: Settings | None = None) -> AdminStatus:
    now = datetime.now(UTC)
    since = now - WINDOW
    db = conn.execute(text("SELECT current_database(), pg_database_size(current_database())")
                      ).one()
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    tokens = _rows(conn, """
        SELECT t.id, t.name, t.role, t.created_at, t.last_used_at, t.revoked_at,
               count(d.device_id) AS devices
        FROM api_token t LEFT JOIN device d ON d.token_id = t.id
        GROUP BY t.id ORDER BY t.id""")
    devices = _rows(conn, """
        SELECT device_id, token_id, token_name, app_version, first_seen_at, last_seen_at,
               last_push_at, last_pull_at FROM device ORDER BY last_seen_at DESC""")
    counts = conn.execute(text("""
        SELECT count(*) FILTER (WHERE resolved_at IS NULL),
               count(*) FILTER (WHERE created_at >= :since) FROM sync_conflict"""),
        {"since": since}).one()
    recent = _rows(conn, """
        SELECT entity, record_id, field, token_name, device_id, created_at FROM sync_conflict
        WHERE resolved_at IS NULL ORDER BY created_at DESC LIMIT :n""", n=RECENT_CONFLICTS)
    snapshots = conn.execute(text("SELECT count(*) FROM metric_snapshot")).scalar_one()
    return AdminStatus(
        generated_at=now,
        database=DatabaseStatus(name=db[0], size_bytes=db[1], schema_revision=revision),
        tokens=[TokenStatus.model_validate(t) for t in tokens],
        devices=[DeviceStatus.model_validate(d) for d in devices],
        conflicts=ConflictSummary(open=counts[0], last_24h=counts[1],
                                  recent=[ConflictStatus.model_validate(c) for c in recent]),
        records=_records(conn), metric_snapshots=snapshots,
        collection=_collection(conn, since, now),
        release=current_release(conn, settings),
        office=office_collection(conn, now))
