"""Metric snapshots: append-only, idempotent on id; `latest_metric` keeps the newest per metric."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from desktop.store import outbox
from desktop.store.connection import Connection
from desktop.store.db import Database
from desktop.store.models import MetricValue, parse_ts, ts
from desktop.store.searchindex import refresh_metrics
from shared_models.errors import InvalidValue
from shared_models.records import Entity, field_rules
from shared_models.texts import user_text

if TYPE_CHECKING:  # pydantic loads with the first record, not with the store
    from shared_models.records import MetricSnapshot

_CHUNK = 500
SNAPSHOT = "metric_snapshot"  # Entity.METRIC_SNAPSHOT
# The shared rule of a value (finite, 0 to 1e15): a value the server would refuse is not stored.
_VALUE = field_rules(Entity.METRIC_SNAPSHOT)["value"]


def snapshot_row(s: MetricSnapshot) -> tuple[str, str, str, float, str, str]:
    observed = ts(s.observed_at)
    assert observed is not None
    return (str(s.id), str(s.account_id), s.metric, float(s.value), observed, s.source)


def insert_snapshots(conn: Connection, records: Sequence[tuple[str, str, str, float, str, str]],
                     refresh: bool = True) -> list[tuple[str, str, str, float, str, str]]:
    """Insert the snapshots not stored yet; returns those that were new.

    `refresh=False` leaves the search rows' metric columns to the caller.
    """
    new: list[tuple[str, str, str, float, str, str]] = []
    for start in range(0, len(records), _CHUNK):
        chunk = records[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        known = {r for (r,) in conn.exec_driver_sql(
            f"SELECT id FROM metric_snapshot WHERE id IN ({marks})", tuple(r[0] for r in chunk))}
        seen: set[str] = set()
        for record in chunk:
            if record[0] not in known and record[0] not in seen:
                seen.add(record[0])
                new.append(record)
    if new:
        conn.exec_driver_sql(
            "INSERT INTO metric_snapshot (id, account_id, metric, value, observed_at, source) "
            "VALUES (?, ?, ?, ?, ?, ?)", new)
        conn.exec_driver_sql(
            "INSERT INTO latest_metric (account_id, metric, value, observed_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (account_id, metric) DO UPDATE SET "
            "value = excluded.value, observed_at = excluded.observed_at "
            "WHERE excluded.observed_at >= latest_metric.observed_at",
            [(r[1], r[2], r[3], r[4]) for r in new])
        if refresh:
            refresh_metrics(conn, [r[1] for r in new])
    return new


def latest_for(conn: Connection, account_ids: Sequence[str]) -> dict[str, dict[str, MetricValue]]:
    out: dict[str, dict[str, MetricValue]] = {a: {} for a in account_ids}
    for start in range(0, len(account_ids), _CHUNK):
        chunk = account_ids[start:start + _CHUNK]
        for account_id, metric, value, observed in conn.exec_driver_sql(
                "SELECT account_id, metric, value, observed_at FROM latest_metric "
                f"WHERE account_id IN ({','.join('?' * len(chunk))})", tuple(chunk)):
            moment = parse_ts(observed)
            assert moment is not None
            out[account_id][metric] = MetricValue(value, moment)
    return out


class Metrics:
    """Metric snapshots (append-only) and the latest value of each metric."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add_snapshots(self, snapshots: Iterable[MetricSnapshot]) -> int:
        """Store collected snapshots (queued for upload); returns how many were new.
        InvalidValue (nothing stored) for a value the shared rule refuses."""
        records = []
        for s in snapshots:
            if not s.metric:
                raise InvalidValue("metric", s.metric,
                                   user_text("A metric snapshot needs a metric name."))
            _VALUE.clean("value", s.value)
            records.append(snapshot_row(s))
        if not records:
            return 0
        with self.db.write() as conn:
            new = insert_snapshots(conn, records)
            outbox.enqueue_many(conn, SNAPSHOT, (
                (r[0], {"account_id": r[1], "metric": r[2], "value": r[3], "observed_at": r[4],
                        "source": r[5]}) for r in new))
        return len(new)

    def latest_metrics(self, account_id: UUID | str) -> dict[str, MetricValue]:
        key = str(account_id)
        with self.db.read() as conn:
            return latest_for(conn, [key])[key]

    def metric_history(self, account_id: UUID | str, metric: str,
                       since: datetime | None = None) -> list[MetricSnapshot]:
        """One metric's snapshots of one account, oldest first."""
        params: list[Any] = [str(account_id), metric]
        where = ""
        if since is not None:
            where = " AND observed_at >= ?"
            params.append(ts(since))
        with self.db.read() as conn:
            found = conn.exec_driver_sql(
                "SELECT id, account_id, metric, value, observed_at, source FROM metric_snapshot "
                f"WHERE account_id = ? AND metric = ?{where} ORDER BY observed_at",
                tuple(params)).all()
        from shared_models.records import MetricSnapshot

        return [MetricSnapshot(id=r[0], account_id=r[1], metric=r[2], value=r[3],
                               observed_at=r[4], source=r[5]) for r in found]
