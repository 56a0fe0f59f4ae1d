"""A desk never sends more than the server takes: pushes sized by bytes, a batch the server
refuses as too large split in halves down to one change, a single too-large change refused
alone with a reason (issue 17, item 8). Real store, real engine, real server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from desktop.changes.refused import describe
from desktop.store import Store
from desktop.sync import SyncClient, SyncEngine
from tests.support.sync_server import SyncServerHandle, running_sync_server

pytestmark = pytest.mark.postgres

LIMIT = 40_000  # the server's body limit in these tests (bytes)


class _Counting(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.pushes: list[int] = []  # body size of every push
        self.refused = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path.endswith("/push"):
            self.pushes.append(len(request.content))
            self.refused += response.status_code == 413
        return response


@pytest.fixture
def small_server(database_url: str) -> Iterator[SyncServerHandle]:
    with running_sync_server(database_url, max_body_bytes=LIMIT) as handle:
        yield handle


def _engine(store: Store, server: SyncServerHandle, transport: httpx.BaseTransport,
            **options: int) -> SyncEngine:
    store.set_server(server.url)
    return SyncEngine(store, SyncClient(server.url, server.create_token(),
                                        transport=transport), **options)


def _fill(store: Store, count: int, notes: int) -> None:
    for n in range(count):
        store.create_influencer(name=f"Person {n}", phone=f"010-4000-{n:04d}",
                                notes="long notes " * (notes // 11))


def test_a_batch_too_large_for_the_server_is_split_until_it_fits(
        tmp_path: Path, small_server: SyncServerHandle) -> None:
    transport = _Counting()
    with Store.open(tmp_path / "desk") as store:
        _fill(store, 30, notes=5_000)  # ~150 KB waiting, the server takes 40 KB a request
        engine = _engine(store, small_server, transport)
        report = engine.sync()
        engine.close()
        assert (report.pushed, report.rejected) == (30, 0)
        assert store.outbox_counts() == (0, 0)
    assert transport.refused >= 1  # the first, whole batch was refused ...
    accepted = [size for size in transport.pushes if size <= LIMIT]
    assert len(accepted) >= 4  # ... and sent in parts that fit


def test_pushes_are_sized_by_bytes_so_the_server_never_refuses_them(
        tmp_path: Path, small_server: SyncServerHandle) -> None:
    transport = _Counting()
    with Store.open(tmp_path / "desk") as store:
        _fill(store, 30, notes=5_000)
        engine = _engine(store, small_server, transport, push_bytes=LIMIT // 2)
        report = engine.sync()
        engine.close()
    assert report.pushed == 30 and transport.refused == 0
    assert max(transport.pushes) <= LIMIT


def test_a_single_change_too_large_is_refused_alone_with_a_reason(
        tmp_path: Path, small_server: SyncServerHandle) -> None:
    transport = _Counting()
    with Store.open(tmp_path / "desk") as store:
        _fill(store, 5, notes=2_000)
        huge = store.create_influencer(name="Long Notes", phone="010-4999-0000",
                                       notes="x" * 9_000 + "가" * 1_000)
        huge_op = [e for e in store.outbox_entries() if e.id == huge.id]
        # A server that takes less than that one change: it cannot be sent at all.
        with running_sync_server(small_server.database_url, max_body_bytes=8_000) as tiny:
            engine = _engine(store, tiny, transport)
            report = engine.sync()
            engine.close()
        assert report.pushed == 5 and report.rejected == 1
        [refused] = store.refused_changes()
        assert refused.op_id == huge_op[0].op_id
        assert "too large" in refused.reason and "Long Notes" in describe(refused)
        # Edit and retry: shorter notes go through.
        store.retry_refused(refused.op_id, notes="short now")
        with running_sync_server(small_server.database_url, max_body_bytes=8_000) as tiny:
            engine = _engine(store, tiny, transport)
            report = engine.sync()
            engine.close()
        assert report.pushed == 1 and store.outbox_counts() == (0, 0)
        assert store.get_influencer(huge.id).notes == "short now"
