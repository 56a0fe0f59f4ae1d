"""The platform simulator over loopback, with the desk's adapters pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from platform_sim.server import SimHandle, running_sim


@contextmanager
def sim_in_env(monkeypatch: pytest.MonkeyPatch, *, api_only: bool = False,
               **options: Any) -> Iterator[SimHandle]:
    """Run a simulator (`options` go to running_sim) and set the adapters' base URLs to it.

    `api_only`: point only the API bases at it, so profile URLs keep the public sites
    (a.example.com / b.example.com) that reports and URL recognition expect.
    """
    with running_sim(**options) as handle:
        for name, value in handle.env().items():
            if not api_only or name.endswith("_API"):
                monkeypatch.setenv(name, value)
        yield handle
