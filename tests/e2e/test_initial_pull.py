"""A desk's first pull takes the server's snapshot (issue 15): the same store as page by page,
a later pull continues from the right cursor, and a pull killed half-way leaves nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.store import SearchQuery, Store
from desktop.sync import connect
from desktop.sync.errors import ServerFailed
from desktop.sync.snapshot import SnapshotStream
from shared_models.records import MetricSnapshot
from tests.e2e.conftest import Desk, _desk
from tests.support import sync_server as support
from tests.support.desks import sync_once
from tests.support.sync_server import SyncServerHandle, running_sync_server

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]

ROOT = Path(__file__).resolve().parents[2]


def everything(store: Store) -> dict[str, Any]:
    """What a user and the sync engine can see of a store."""
    with store.snapshot() as conn:
        tables = {
            table: sorted(conn.exec_driver_sql(f"SELECT {columns} FROM {table}").all())
            for table, columns in (
                (
                    "influencer",
                    "id, name, name_key, phone, notes, tags, version, "
                    "created_at, updated_at, deleted_at",
                ),
                (
                    "account",
                    "id, influencer_id, platform, handle, profile_url, email, "
                    "category, status, notes, version, created_at, updated_at, "
                    "deleted_at",
                ),
                ("metric_snapshot", "id, account_id, metric, value, observed_at, source"),
                ("latest_metric", "account_id, metric, value, observed_at"),
                ("search_doc", "doc"),
            )
        }
    live = store.search(SearchQuery(sort="handle", limit=None)).rows
    gone = store.search(SearchQuery(sort="handle", limit=None, deleted=True)).rows
    return {
        **tables,
        "cursor": store.sync_state().cursor,
        "live": [r.to_dict() for r in live],
        "deleted": [r.to_dict() for r in gone],
        "korean": [r.handle for r in store.search(SearchQuery(text="민지")).rows],
        "followers": [
            r.handle
            for r in store.search(SearchQuery(sort="followers", descending=True, limit=None)).rows
        ],
    }


def fill(desk: Desk, people: int = 12) -> None:
    """People with accounts and metrics, odd text, one deleted person, one deleted account."""
    store = desk.store
    observed = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    snapshots = []
    for n in range(people):
        person = store.create_influencer(
            name=f"김민지 {n}" if n % 2 else f"Emma {n}",
            phone=f"010-4000-{n:04d}",
            tags=["뷰티", 'say "hi" \\ 끝'] if n % 3 == 0 else [],
            notes="line one\nline two \\ back\\slash" if n == 1 else "",
        )
        for platform in ("A", "B"):
            account = store.create_account(
                influencer_id=person.id, platform=platform, handle=f"minji_{platform.lower()}_{n}"
            )
            for day in range(3):  # the newest of three is the latest value
                snapshots.append(
                    MetricSnapshot(
                        id=uuid.uuid4(),
                        account_id=account.id,
                        metric="followers",
                        value=float(n * 100 + day),
                        observed_at=observed + timedelta(days=day),
                    )
                )
        if n == people - 1:
            store.delete_influencer(person.id)
        if n == people - 2:
            store.delete_account(account.id)
    store.add_snapshots(snapshots)
    desk.sync()


@pytest.fixture
def three(tmp_path: Path, server: SyncServerHandle) -> Iterator[tuple[Desk, Desk, Desk]]:
    token = server.create_token(role="staff", name="office")
    desks = tuple(_desk(tmp_path / name, server, token) for name in ("one", "two", "three"))
    yield desks  # type: ignore[misc]
    for desk in desks:
        desk.engine.close()
        desk.store.close()


def test_first_pull_by_snapshot_equals_the_page_by_page_pull(
    three: tuple[Desk, Desk, Desk],
) -> None:
    one, bulk, paged = three
    fill(one)
    assert bulk.store.can_pull_initial()
    report = bulk.engine.sync()
    paged.engine.use_snapshot = False
    paged.engine.pull_page = 7  # many pages, the old path
    paged.engine.sync()
    got, expected = everything(bulk.store), everything(paged.store)
    assert got == expected
    assert report.pulled == 12 + 24 + 72
    assert (len(got["live"]), len(got["deleted"])) == (21, 3)  # tombstones kept
    assert got["korean"] and got["followers"][0] == "minji_a_10"  # its latest value
    person = bulk.store.find_influencer("김민지 1", "010-4000-0001")
    assert person is not None and person.notes == "line one\nline two \\ back\\slash"
    emma = bulk.store.find_influencer("Emma 0", "010-4000-0000")
    assert emma is not None and emma.tags == ["뷰티", 'say "hi" \\ 끝']
    assert not bulk.store.can_pull_initial()  # the next pull goes page by page


def test_a_pull_after_the_snapshot_continues_from_its_cursor(
    three: tuple[Desk, Desk, Desk],
) -> None:
    one, two, _ = three
    fill(one, people=4)
    two.sync()
    cursor = two.store.sync_state().cursor
    assert cursor > 0
    person = one.store.find_influencer("Emma 0", "010-4000-0000")
    assert person is not None
    one.store.update_influencer(person.id, notes="after the snapshot")
    newcomer = one.store.create_influencer(name="박서준", phone="010-5000-0001")
    one.store.create_account(influencer_id=newcomer.id, platform="A", handle="seojun")
    one.sync()
    report = two.engine.sync()
    assert report.pulled == 3  # the edit, the new person and the account: nothing twice
    assert two.store.get_influencer(person.id).notes == "after the snapshot"
    assert [r.handle for r in two.store.search(SearchQuery(text="서준")).rows] == ["seojun"]
    assert two.store.sync_state().cursor > cursor


def test_a_desk_with_local_edits_pulls_page_by_page(three: tuple[Desk, Desk, Desk]) -> None:
    one, two, _ = three
    fill(one, people=2)
    two.store.create_influencer(name="Local only", phone="010-7000-0000")
    assert not two.store.can_pull_initial()
    two.sync()
    assert everything(two.store)["live"] == everything(one.store)["live"]
    assert two.store.find_influencer("Local only", "010-7000-0000") is not None


KILLED = textwrap.dedent("""
    import os, signal, sys
    from desktop.store import Store, initialpull
    from desktop.sync import open_engine

    real = initialpull.InitialPull.add_snapshots

    def killed(self, rows):
        real(self, rows)
        os.kill(os.getpid(), signal.SIGKILL)  # the app dies half-way through the pull

    initialpull.InitialPull.add_snapshots = killed
    store = Store.open(sys.argv[1])
    open_engine(store).sync()
""")


def test_a_first_pull_killed_half_way_leaves_an_empty_store_and_the_next_one_completes(
    three: tuple[Desk, Desk, Desk], tmp_path: Path, server: SyncServerHandle
) -> None:
    one, reference, _ = three
    fill(one)
    reference.sync()
    desk_dir = tmp_path / "killed"
    token = server.create_token(role="staff", name="killed")
    with Store.open(desk_dir) as store:
        connect(store, server.url, token)
    env = {**os.environ, "INFLUENCER_DESK_TOKEN": token, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", KILLED, str(desk_dir)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    with Store.open(desk_dir) as store:
        assert store.sync_state().cursor == 0
        assert store.search(SearchQuery(limit=None)).total == 0
        assert store.can_pull_initial()  # nothing half-written: it starts again
        sync_once(store)
        assert everything(store) == everything(reference.store)


def test_a_server_without_the_snapshot_is_pulled_page_by_page(
    tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def older_app(*args: Any, **kwargs: Any) -> Any:  # a server from before issue 15
        app = real_create_app(*args, **kwargs)
        app.router.routes = [
            r for r in app.router.routes if getattr(r, "path", "") != "/v1/sync/snapshot"
        ]
        return app

    real_create_app = support.create_app
    monkeypatch.setattr(support, "create_app", older_app)
    with running_sync_server(database_url) as older:
        token = older.create_token()
        one = _desk(tmp_path / "one", older, token)
        two = _desk(tmp_path / "two", older, token)
        try:
            fill(one, people=3)
            report = two.engine.sync()
            assert report.pulled == 3 + 6 + 18
            assert everything(two.store)["live"] == everything(one.store)["live"]
        finally:
            for desk in (one, two):
                desk.engine.close()
                desk.store.close()


def _stream(body: bytes, chunk: int = 7) -> SnapshotStream:
    return SnapshotStream([body[i : i + chunk] for i in range(0, len(body), chunk)], batch_rows=2)


def test_a_snapshot_cut_off_or_garbled_is_refused_whole() -> None:
    good = (
        b"#snapshot\t1\t42\n#influencer\n"
        b"a\tKim \\\\ \\t\\n\t\t[]\t\t1\tt\tt\t\\N\t\\N\n#account\n#attachment\n"
        b"#metric_snapshot\n#latest_metric\n#end\t1\n"
    )
    stream = _stream(good)
    [(section, rows)] = list(stream)
    assert (section, stream.cursor, stream.complete) == ("influencer", 42, True)
    assert rows == [("a", "Kim \\ \t\n", "", "[]", "", "1", "t", "t", None, None)]
    for bad in (
        good[:-12],  # cut off before the end
        good.replace(b"#end\t1", b"#end\t2"),  # rows missing
        good.replace(b"\t1\t42", b"\t9\t42"),  # a format this desk does not know
        good.replace(b"\t[]\t", b"\t"),
    ):  # a row of the wrong width
        with pytest.raises(ServerFailed, match="nothing of it was kept"):
            list(_stream(bad))
