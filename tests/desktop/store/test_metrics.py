"""Metric snapshots: stored once, the latest kept per metric, and only values the server takes."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from desktop.store import Store
from shared_models.errors import InvalidValue
from shared_models.records import Entity, MetricSnapshot
from sync_api.sync import push as server_push


def _snapshot(account_id: uuid.UUID, value: float) -> MetricSnapshot:
    return MetricSnapshot(id=uuid.uuid4(), account_id=account_id, metric="followers",
                          value=value, observed_at=datetime(2026, 12, 1, 9, tzinfo=UTC),
                          source="test")


@pytest.mark.parametrize("value", [1e20, 10**20, -1, float("nan"), float("inf")])
def test_a_value_the_server_refuses_is_refused_with_its_sentence_and_nothing_stored(
        store: Store, value: float) -> None:
    person = store.create_influencer(name="김민지")
    account = store.create_account(influencer_id=person.id, platform="B", handle="minji.b")
    queued = store.outbox_counts()
    good = _snapshot(account.id, 1200)
    with pytest.raises(InvalidValue) as refused:
        store.add_snapshots([good, _snapshot(account.id, value)])
    with pytest.raises(InvalidValue) as server:  # as the desk would send it
        server_push.normalize_fields(Entity.METRIC_SNAPSHOT, {
            "account_id": str(account.id), "metric": "followers", "value": float(value),
            "observed_at": "2026-12-01T09:00:00+00:00"}, creating=True)
    assert refused.value.message == server.value.message
    assert store.latest_metrics(account.id) == {}
    assert store.outbox_counts() == queued
    assert store.add_snapshots([good, _snapshot(account.id, 1e15)]) == 2
    assert store.latest_metrics(account.id)["followers"].value in (1200, 1e15)
