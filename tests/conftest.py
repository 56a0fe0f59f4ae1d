"""Fixtures every part of the suite shares: a real PostgreSQL server, fresh databases."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.keyring import isolated_keyring
from tests.support.postgres import fresh_database, postgres_server
from tests.support.sync_server import SyncServerHandle, running_sync_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch a developer's real keyring from the tests.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
# Hypothesis keeps its caches (and any example database) in `.hypothesis/` under the working
# directory, the checkout, from the moment a test module builds a strategy: the session keeps
# them in a temporary folder, removed at its end.
HYPOTHESIS_HOME = tempfile.mkdtemp(prefix="idesk-hypothesis-")
os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = HYPOTHESIS_HOME


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture
def database_url(postgres_server_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    with fresh_database(postgres_server_url) as url:
        yield url


@pytest.fixture(scope="session", autouse=True)
def _never_the_real_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test reads or writes the developer's keyring, even one that forgot to ask for
    `keyring_sandbox`: the whole session runs on a throwaway one."""
    with isolated_keyring(tmp_path_factory.mktemp("keyring")):
        yield


@pytest.fixture(scope="session", autouse=True)
def _hypothesis_files_removed() -> Iterator[None]:
    yield
    shutil.rmtree(HYPOTHESIS_HOME, ignore_errors=True)


@pytest.fixture
def keyring_sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """What a fresh desk sees: a throwaway keyring and no INFLUENCER_DESK_TOKEN override."""
    monkeypatch.delenv("INFLUENCER_DESK_TOKEN", raising=False)
    with isolated_keyring(tmp_path):
        yield


@pytest.fixture
def sync_server(database_url: str) -> Iterator[SyncServerHandle]:
    """A real sync service on a fresh PostgreSQL database, over loopback HTTP."""
    with running_sync_server(database_url) as handle:
        yield handle
