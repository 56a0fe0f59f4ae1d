"""The desk's side of the office's shared collection: the `/v1/collect/*` calls, the name
this desk collects under, and the runs made offline that still have to be merged.

Answers are validated with the shared models at this boundary; a server that does not know
these endpoints (older than this app) is reported as one to update.
"""

from __future__ import annotations

import socket
from typing import Any, TypeVar
from uuid import UUID

from pydantic import BaseModel, ValidationError

from desktop.collect.pace import SettingsStore
from desktop.sync.client import SyncClient
from desktop.sync.errors import Incompatible, ServerFailed
from shared_models.office import (
    Heartbeat,
    Lease,
    LeaseRequest,
    MergeAnswer,
    MergeRequest,
    OfficeCollection,
    OfficeRun,
    PaceAnswer,
    RunStart,
)
from shared_models.platforms import Platform
from shared_models.texts import user_text

T = TypeVar("T", bound=BaseModel)


def collector_name(device_id: str) -> str:
    """How other desks and the admin see this desk: its computer name and a short id (two
    stores on one computer stay apart)."""
    host = (socket.gethostname() or "desk").split(".")[0][:60]
    return f"{host} ({device_id.removeprefix('desk-')[:8]})"


class OfficeClient:
    """The coordination calls, on the desk's sync client (its token and address)."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client

    def close(self) -> None:
        self.client.close()

    def start(self, request: RunStart) -> OfficeRun:
        return self._post("/v1/collect/runs", request, OfficeRun)

    def lease(self, run_id: UUID, device: str, lease_seconds: float) -> Lease:
        return self._post(f"/v1/collect/runs/{run_id}/lease",
                          LeaseRequest(device_id=device, lease_seconds=lease_seconds), Lease)

    def heartbeat(self, beat: Heartbeat) -> PaceAnswer:
        return self._post("/v1/collect/heartbeat", beat, PaceAnswer)

    def merge(self, request: MergeRequest) -> MergeAnswer:
        return self._post("/v1/collect/merge", request, MergeAnswer)

    def status(self) -> OfficeCollection:
        response = self.client.send("GET", "/v1/collect/status", accept=(404,))
        return self._parse(response.status_code, response.content, OfficeCollection)

    def _post(self, path: str, body: BaseModel, model: type[T]) -> T:
        response = self.client.send("POST", path, accept=(404,),
                                    content=body.model_dump_json(),
                                    headers={"Content-Type": "application/json"})
        return self._parse(response.status_code, response.content, model)

    def _parse(self, status: int, content: bytes, model: type[T]) -> T:
        if status == 404:
            raise Incompatible(user_text(
                "The sync server does not coordinate collection yet (it is older than this "
                "app). Ask the administrator to update it."))
        try:
            return model.model_validate_json(content)
        except ValidationError as exc:
            raise ServerFailed(user_text("The sync server sent a collection answer this app "
                                         "does not understand.")) from exc


# -- offline runs waiting to be merged ----------------------------------------------------

def unmerged_key(platform: Platform) -> str:
    return f"collect/{platform.value}/unmerged_runs"


def pending_merges(store: SettingsStore, platform: Platform) -> list[MergeRequest]:
    stored = store.get_setting(unmerged_key(platform)) or []
    out = []
    for item in stored if isinstance(stored, list) else []:
        try:
            out.append(MergeRequest.model_validate(item))
        except ValidationError:
            continue  # written by an incompatible version: nothing to merge
    return out


def remember_merge(store: SettingsStore, request: MergeRequest) -> None:
    kept = [r for r in pending_merges(store, request.platform)
            if r.local_run_id != request.local_run_id]
    kept.append(request)
    store.set_setting(unmerged_key(request.platform),
                      [r.model_dump(mode="json") for r in kept])


def forget_merges(store: SettingsStore, platform: Platform, done: set[UUID]) -> None:
    kept: list[dict[str, Any]] = [r.model_dump(mode="json")
                                  for r in pending_merges(store, platform)
                                  if r.local_run_id not in done]
    store.set_setting(unmerged_key(platform), kept or None)
