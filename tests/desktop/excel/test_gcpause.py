"""The import's pause of cyclic garbage collection: restored on every exit, and what was
allocated meanwhile is still collectable."""

from __future__ import annotations

import gc
import weakref

import pytest

from desktop.excel.importing.gcpause import gc_paused


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_collection_is_paused_inside_and_back_on_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the inner exit must not switch it back on early
            pass
        assert not gc.isenabled()
        raise ValueError("cancelled")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # nothing left out of collection for good


def test_a_cycle_made_during_the_pause_is_still_collected_afterwards() -> None:
    with gc_paused():
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        watch = weakref.ref(a)
        del a, b
    assert watch() is not None  # a cycle: reference counting alone never frees it
    gc.collect(0)
    assert watch() is not None  # moved to the oldest generation on the way out
    gc.collect()
    assert watch() is None
