"""Issue 17: schemathesis against the service's own OpenAPI schema, on a real server and a
real PostgreSQL. Every operation gets valid and invalid requests (positive and negative
generation), as an admin (the widest access); none may answer 5xx.

Bounded and seeded here (INFLUENCER_FUZZ_EXAMPLES per operation and mode, 25 by default);
`python3 dev.py fuzz` runs it with many more.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from tests.support.sync_server import SyncServerHandle
from tests.sync_api.fuzz.strategies import EXAMPLES

pytestmark = [pytest.mark.postgres, pytest.mark.fuzz]


def _schema(server: SyncServerHandle, token: str) -> Any:
    response = httpx.get(f"{server.url}/openapi.json",
                         headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    return schemathesis.openapi.from_dict(response.json())


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_request_the_schema_allows_or_forbids_gets_a_5xx(
        sync_server: SyncServerHandle, mode: GenerationMode) -> None:
    schema = _schema(sync_server, sync_server.create_token(role="admin", name="schema"))
    failures: list[str] = []
    calls = 0
    for result in schema.get_all_operations():
        # A token of its own per operation: the fuzz may revoke tokens by id.
        token = sync_server.create_token(role="admin", name="fuzz")
        try:
            calls += _fuzz(result.ok(), mode, sync_server.url, token, failures)
        except Unsatisfiable:
            continue  # nothing to make invalid (an operation without parameters or body)
    assert calls > 0
    assert failures == []


def _fuzz(operation: Any, mode: GenerationMode, url: str, token: str,
          failures: list[str]) -> int:
    """Run one operation's examples; 5xx answers go to `failures`. Returns the calls made."""
    calls = 0

    @settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(operation.as_strategy(generation_mode=mode))
    def call(case: Any) -> None:
        nonlocal calls
        headers = dict(case.headers or {})
        headers.setdefault("Authorization", f"Bearer {token}")
        response = case.call(base_url=url, headers=headers, timeout=30)
        calls += 1
        if response.status_code >= 500:
            failures.append(f"{case.method} {case.path} -> {response.status_code}: "
                            f"{response.text[:300]}")

    call()
    return calls
