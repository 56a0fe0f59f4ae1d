"""Pull must never skip a row when two pushes overlap (DESIGN.md, issue 2).

The classic failure: push 1 takes server_seq 10, push 2 takes 11 and commits first; a pull
in between hands out 11 and moves the cursor past 10, which then commits and is never seen.
Here two real transactions on two connections are held open at chosen points while a real
client pulls over HTTP in between.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest

from shared_models.records import Entity
from shared_models.sync import PushRequest
from sync_api.core.db import make_engine
from sync_api.sync.push import apply_push
from tests.support.sync_server import SyncServerHandle
from tests.sync_api.conftest import SyncClient, upsert

pytestmark = pytest.mark.postgres


class HeldPush(threading.Thread):
    """A push applied in its own transaction that waits for `release` before committing."""

    def __init__(self, database_url: str, name: str) -> None:
        super().__init__(daemon=True, name=name)
        self.engine = make_engine(database_url, pool_size=1)
        self.record_id = uuid.uuid4()
        self.applied = threading.Event()
        self.release = threading.Event()
        self.committed = threading.Event()
        self.error: BaseException | None = None
        self.request = PushRequest(device_id=name, ops=[
            upsert(Entity.INFLUENCER, self.record_id, {"name": name})])

    def run(self) -> None:
        try:
            with self.engine.begin() as conn:
                apply_push(conn, self.request)
                self.applied.set()
                assert self.release.wait(30), "the test never released this push"
            self.committed.set()
        except BaseException as err:  # reported by the test
            self.error = err
            self.applied.set()
        finally:
            self.engine.dispose()


@pytest.fixture
def pushes(sync_server: SyncServerHandle) -> Iterator[tuple[HeldPush, HeldPush]]:
    first = HeldPush(sync_server.database_url, "first")
    second = HeldPush(sync_server.database_url, "second")
    yield first, second
    for push in (first, second):
        push.release.set()
        push.join(10)


def test_a_pull_between_two_overlapping_pushes_misses_nothing(
        office: SyncClient, pushes: tuple[HeldPush, HeldPush]) -> None:
    first, second = pushes
    first.start()
    assert first.applied.wait(10) and first.error is None
    second.start()
    # The second writer may not take a sequence number while the first is uncommitted;
    # if it could, it might commit a higher server_seq first.
    assert not second.applied.wait(0.5), "second push ran while the first was uncommitted"
    page = office.page(since=0)
    assert page.changes == [] and page.cursor == 0

    first.release.set()
    assert first.committed.wait(10)
    assert second.applied.wait(10) and second.error is None
    # Second has applied but not committed: a pull now sees exactly the first.
    page = office.page(since=0)
    assert [c.id for c in page.changes] == [first.record_id]
    cursor = page.cursor

    second.release.set()
    assert second.committed.wait(10)
    page = office.page(since=cursor)
    assert [c.id for c in page.changes] == [second.record_id]
    assert page.changes[0].server_seq > cursor
    everything = office.pull_all()
    assert [c.id for c in everything] == [first.record_id, second.record_id]


def test_a_client_following_its_cursor_gets_both_pushes_whatever_order_they_finish(
        office: SyncClient, pushes: tuple[HeldPush, HeldPush]) -> None:
    first, second = pushes
    first.start()
    assert first.applied.wait(10) and first.error is None
    second.start()
    second.release.set()  # the later push would commit as soon as the server lets it
    second.committed.wait(0.5)
    seen = office.pull_all(since=0)
    cursor = seen[-1].server_seq if seen else 0

    first.release.set()
    assert first.committed.wait(10) and second.committed.wait(10)
    assert first.error is None and second.error is None
    seen += office.pull_all(since=cursor)
    assert sorted(str(c.id) for c in seen) == sorted(
        str(i) for i in (first.record_id, second.record_id))
