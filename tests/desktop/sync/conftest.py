from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _keyring(keyring_sandbox: None) -> None:
    """Every test here uses a throwaway keyring."""
