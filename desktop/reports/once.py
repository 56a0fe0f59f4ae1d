"""Ask once: concurrent callers of the same key share one computation.

A result (or an answer such as "not found") is remembered for the run; an exception (a
block, Cancel) is passed to everyone waiting and forgotten, so a later call tries again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Once(Generic[K, V]):
    def __init__(self) -> None:
        self._futures: dict[K, asyncio.Future[V]] = {}

    async def get(self, key: K, compute: Callable[[], Awaitable[V]]) -> V:
        future = self._futures.get(key)
        if future is not None:
            return await asyncio.shield(future)
        future = asyncio.get_running_loop().create_future()
        self._futures[key] = future
        try:
            value = await compute()
        except BaseException as exc:
            del self._futures[key]
            future.set_exception(exc)
            future.exception()  # mark it retrieved: the callers below re-raise it
            raise
        future.set_result(value)
        return value
