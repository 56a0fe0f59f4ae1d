"""The sync routes' handshake: an outdated desktop or service is told which to update."""

from __future__ import annotations

import pytest

from tests.sync_api.conftest import SyncClient

pytestmark = pytest.mark.postgres


def test_an_outdated_desktop_is_told_to_update(office: SyncClient) -> None:
    old = office.handshake(protocol=0).json()
    assert old["compatible"] is False and "Update the app" in old["message"]
    newer = office.handshake(schema=99).json()
    assert newer["compatible"] is False and "update the sync service" in newer["message"]
    same = office.handshake().json()
    assert same["compatible"] is True and same["token_name"] == "office"
