from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.keyring import isolated_keyring


@pytest.fixture(autouse=True)
def _keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("INFLUENCER_DESK_TOKEN", raising=False)
    with isolated_keyring(tmp_path):
        yield
