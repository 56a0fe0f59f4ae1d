"""Who may upload or download a consent form: a valid token, from the allowed networks."""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.support import sample_forms
from tests.support.sync_server import SyncServerHandle, running_sync_server
from tests.sync_api.attachments.conftest import an_influencer, stored_files, upload_form
from tests.sync_api.conftest import SyncClient

pytestmark = pytest.mark.postgres


def test_every_route_needs_a_token(sync_server: SyncServerHandle, office: SyncClient) -> None:
    person = an_influencer(office)
    record = upload_form(office, sample_forms.pdf(), influencer_id=person).json()["attachment"]
    anonymous = httpx.Client(base_url=sync_server.url)
    bad = httpx.Client(base_url=sync_server.url, headers={"Authorization": "Bearer isk_nope"})
    for client in (anonymous, bad):
        for response in (
                client.post("/v1/attachments", files={"file": ("a.pdf", sample_forms.pdf())}),
                client.get(f"/v1/attachments/{record['id']}"),
                client.delete(f"/v1/attachments/{record['id']}"),
                client.post(f"/v1/attachments/{record['id']}/restore")):
            assert response.status_code == 401, response.text
            assert "token" in response.json()["detail"]
    assert len(stored_files(sync_server)) == 1


def test_requests_from_outside_the_allowed_networks_are_refused(database_url: str) -> None:
    with running_sync_server(database_url, allowed_networks="10.0.0.0/8") as server:
        client = SyncClient(server.url, server.create_token(), "desk")
        upload = upload_form(client, sample_forms.pdf())
        download = client.http.get(f"/v1/attachments/{uuid.uuid4()}")
        for response in (upload, download):
            assert response.status_code == 403
            assert "not allowed" in response.json()["detail"]
        assert stored_files(server) == []
