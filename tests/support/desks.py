"""A desk's store synced once, the way a test needs it between its steps (the desk must be
connected: `desktop.sync.connect`)."""

from __future__ import annotations

from desktop.store import Store
from desktop.sync import open_engine


def sync_once(store: Store) -> None:
    """One whole sync (push, then pull) of a connected store; its engine closed after."""
    engine = open_engine(store)
    assert engine is not None, "the store is not connected to a server"
    try:
        engine.sync()
    finally:
        engine.close()
