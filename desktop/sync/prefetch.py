"""Reading ahead: what the server sends next is fetched and parsed on a second thread while
this one writes what came before. SQLite lets go of the GIL while it writes, so on two cores
the two overlap. Used for the snapshot's batches and the pull's pages (engine.py)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterable
from typing import Any, TypeVar

T = TypeVar("T")

_DONE = object()


def prefetched(items: Iterable[T], depth: int = 4) -> Generator[T, None, None]:
    """`items`, produced on a second thread up to `depth` ahead. An error there is raised
    here; closing this iterator early lets the thread stop at its next item."""
    ahead: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: Any) -> bool:
        """Hand `item` over unless the reader stopped (never blocks past that)."""
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(_DONE)
        except BaseException as exc:
            put(exc)

    worker = threading.Thread(target=produce, name="sync-reader", daemon=True)
    worker.start()
    try:
        while True:
            item = ahead.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
