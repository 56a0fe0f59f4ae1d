"""The pending run of a platform, so an interrupted run continues where it stopped.

The checkpoint names the run's accounts once, when it starts. Progress needs no further
writes: an account is done when it has a metric observed since the run started (written in
the same transaction as the data, so a crash cannot lose or double it) or when the run
recorded it as not found. The checkpoint is removed when a run has tried every account.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from desktop.collect.pace import SettingsStore
from shared_models.platforms import Platform


def checkpoint_key(platform: Platform) -> str:
    return f"collect/{platform.value}/pending_run"


@dataclass
class Checkpoint:
    run_id: str
    platform: str
    started_at: str  # ISO 8601, UTC
    account_ids: list[str]
    source: str
    not_found: list[str] = field(default_factory=list)

    @property
    def started(self) -> datetime:
        return datetime.fromisoformat(self.started_at)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Checkpoint:
        return cls(**data)


def load_checkpoint(store: SettingsStore, platform: Platform) -> Checkpoint | None:
    data = store.get_setting(checkpoint_key(platform))
    if not isinstance(data, dict):
        return None
    try:
        return Checkpoint.from_dict(data)
    except TypeError:
        return None  # written by an incompatible version: start afresh


def save_checkpoint(store: SettingsStore, checkpoint: Checkpoint) -> None:
    store.set_setting(checkpoint_key(Platform(checkpoint.platform)), checkpoint.to_dict())


def clear_checkpoint(store: SettingsStore, platform: Platform) -> None:
    store.set_setting(checkpoint_key(platform), None)
