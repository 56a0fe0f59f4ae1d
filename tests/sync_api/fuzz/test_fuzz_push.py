"""Issue 17: hostile push bodies never get a 500, never store what breaks a pull.

Each batch mixes plausible ops with hostile fields; the server answers 200 with one result
per op (a bad op rejected alone with its reason) or 422 for a body that is not a push at
all, and every desk can still pull and read what was stored.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shared_models.records import Entity
from shared_models.sync import ChangesPage, OpStatus, PushResponse
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, upsert
from tests.sync_api.fuzz.strategies import EXAMPLES, push_ops

pytestmark = [pytest.mark.postgres, pytest.mark.fuzz]


def test_no_push_body_gets_a_500_and_pull_always_works(
        sync_server: SyncServerHandle, office: SyncClient) -> None:
    person, account = uuid.uuid4(), uuid.uuid4()
    office.push(upsert(Entity.INFLUENCER, person, {"name": "김민지"}))
    office.push(upsert(Entity.ACCOUNT, account, {"influencer_id": str(person),
                                                 "platform": "A", "handle": "kim_minji"}))

    outcomes: set[OpStatus] = set()

    @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.lists(push_ops(str(person), str(account)), min_size=1, max_size=6))
    def push_batch(ops: list[dict[str, Any]]) -> None:
        body = json.dumps({"device_id": "desk-fuzz", "ops": ops}, allow_nan=True)
        response = office.http.post("/v1/sync/push",
                                    content=body.encode("utf-8", "surrogatepass"),
                                    headers={"Content-Type": "application/json"})
        assert response.status_code in (200, 422), response.text
        assert response.json().get("code") != "internal_error"
        if response.status_code == 200:
            results = PushResponse.model_validate(response.json()).results
            assert [str(r.op_id) for r in results] == [op["op_id"] for op in ops]
            for result in results:
                assert result.status is not OpStatus.REJECTED or result.reason
                outcomes.add(result.status)

    push_batch()
    assert {OpStatus.APPLIED, OpStatus.REJECTED} <= outcomes  # it reached both ends
    # Whatever was stored, a desk starting from scratch pulls it and can read its dates.
    since, seen = 0, 0
    while True:
        response = office.http.get("/v1/sync/changes", params={"since": since})
        assert response.status_code == 200
        page = ChangesPage.model_validate_json(response.content)
        for change in page.changes:
            observed = change.data.get("observed_at")
            if observed:
                assert 2000 <= datetime.fromisoformat(observed).year <= 2100
        seen += len(page.changes)
        since = page.cursor
        if not page.more:
            break
    assert seen >= 2
