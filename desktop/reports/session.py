"""The platform connections of one report run: the collection engine's adapters and rate
controllers (no second HTTP path), opened lazily per platform.

Each platform starts from its learned pace (`desktop.collect.pace`) and stores what it
learned, and any block, when the session closes, exactly as a collection run does, so a
report and a collection never hammer a host the other one learned to treat gently.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterable
from typing import Any

from desktop.collect.adapters import PlatformAdapter
from desktop.collect.pace import load_controller, save_controller
from desktop.collect.ratecontrol import RateController, RatePolicy
from desktop.collect.registry import adapter_class
from desktop.collect.runs import stored_bases
from desktop.jobs import JobContext
from desktop.store import Store
from shared_models.platforms import Platform


class PlatformSession:
    def __init__(self, store: Store, ctx: JobContext, policy: RatePolicy | None = None) -> None:
        self.store = store
        self.ctx = ctx
        self.policy = policy
        self._adapters: dict[Platform, PlatformAdapter] = {}
        self._requests_before: dict[Platform, int] = {}

    def controller(self, platform: Platform) -> RateController:
        return self.adapter(platform).controller

    def adapter(self, platform: Platform) -> PlatformAdapter:
        adapter = self._adapters.get(platform)
        if adapter is None:
            controller = load_controller(self.store, platform, self.policy)
            self._requests_before[platform] = controller.s.requests
            cls = adapter_class(platform)
            adapter = cls(stored_bases(self.store, platform), controller,
                          cancelled=lambda: self.ctx.cancelled)
            self._adapters[platform] = adapter
        return adapter

    def blocked_until(self, platform: Platform) -> float | None:
        """When a block on `platform` ends, if one is in force now."""
        controller = self.controller(platform)
        return controller.s.blocked_until if controller.blocked() else None

    @property
    def workers(self) -> int:
        return max(1, (self.policy or RatePolicy()).max_concurrency)

    def requests(self) -> int:
        """Requests sent to the platforms in this session (429s and retries included)."""
        return sum(a.controller.s.requests - self._requests_before[p]
                   for p, a in self._adapters.items())

    def save_pace(self) -> None:
        for platform, adapter in self._adapters.items():
            save_controller(self.store, platform, adapter.controller)

    async def aclose(self) -> None:
        self.save_pace()
        for adapter in self._adapters.values():
            await adapter.aclose()
        self._adapters.clear()


async def run_workers(workers: Iterable[Coroutine[Any, Any, None]]) -> None:
    """Run the workers side by side; the first exception (Cancelled) stops the others."""
    tasks = [asyncio.ensure_future(w) for w in workers]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
