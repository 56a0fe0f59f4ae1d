"""The learned pace per platform, kept in the local store between runs.

A new run starts from what the last one learned (and still honours a block that has not
ended), instead of starting from zero and hammering the host again.
"""

from __future__ import annotations

from typing import Any, Protocol

from desktop.collect.ratecontrol import RateController, RatePolicy, RateState
from shared_models.platforms import PLATFORMS, Platform


class SettingsStore(Protocol):
    def get_setting(self, key: str, default: Any = None) -> Any: ...
    def set_setting(self, key: str, value: Any) -> None: ...


def pace_key(platform: Platform) -> str:
    return f"collect/{platform.value}/pace"


def ceiling_key(platform: Platform) -> str:
    """The user's "never faster than" for a platform, requests/s (Settings dialog)."""
    return f"collect/{platform.value}/ceiling"


def configured_policy(store: SettingsStore, platform: Platform) -> RatePolicy:
    ceiling = store.get_setting(ceiling_key(platform))
    return RatePolicy(ceiling=float(ceiling)) if ceiling else RatePolicy()


def load_controller(store: SettingsStore, platform: Platform,
                    policy: RatePolicy | None = None) -> RateController:
    stored = store.get_setting(pace_key(platform))
    state = RateState.from_dict(stored) if isinstance(stored, dict) else None
    return RateController(policy=policy or configured_policy(store, platform), state=state,
                          label=PLATFORMS[platform].label)


def save_controller(store: SettingsStore, platform: Platform, controller: RateController) -> None:
    store.set_setting(pace_key(platform), controller.s.to_dict())
