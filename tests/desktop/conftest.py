"""A real local store in a fresh data dir, for every desktop suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import Store


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "desk"
    path.mkdir()
    return path


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        yield opened
