"""Scaling out: two `influencer-sync serve` processes on one PostgreSQL, desktops syncing
through either one (as behind a load balancer) end up with the same data."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from desktop.store import Store
from desktop.sync import connect, open_engine
from sync_api import launch
from sync_api.core.db import make_engine, session_scope
from sync_api.core.migrate import upgrade
from sync_api.tokens import create_token
from tests.e2e.conftest import Desk
from tests.e2e.test_two_desktops import view

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]  # the keyring: tests/e2e/conftest.py
ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def serve(database_url: str, data_dir: Path) -> Iterator[str]:
    """A real `influencer-sync serve` process; yields its URL."""
    with launch.serving(["--database-url", database_url, "--data-dir", str(data_dir)],
                        data_dir / "serve.log") as url:
        yield url


def _token(database_url: str, name: str, role: str = "staff") -> str:
    engine = make_engine(database_url, pool_size=1)
    try:
        with session_scope(engine) as session:
            return create_token(session, name, role).token
    finally:
        engine.dispose()


def _desk(path: Path, url: str, token: str) -> Desk:
    store = Store.open(path)
    connect(store, url, token)
    engine = open_engine(store)
    assert engine is not None
    return Desk(store, engine)


def test_desktops_syncing_through_two_server_processes_converge(
        database_url: str, tmp_path: Path) -> None:
    upgrade(database_url)  # both processes would migrate; doing it first keeps logs quiet
    token = _token(database_url, "office")
    admin = _token(database_url, "boss", "admin")
    with serve(database_url, tmp_path / "one") as first, \
            serve(database_url, tmp_path / "two") as second:
        desks = [_desk(tmp_path / "a", first, token), _desk(tmp_path / "b", second, token),
                 _desk(tmp_path / "c", first, token)]
        try:
            a, b, c = desks
            kim = a.store.create_influencer(name="김민지", phone="010-1234-5678")
            a.store.create_account(influencer_id=kim.id, platform="A", handle="minji_a")
            for n in range(20):
                person = b.store.create_influencer(name=f"둘 {n}", phone=f"010-2000-{n:04d}")
                b.store.create_account(influencer_id=person.id, platform="B",
                                       handle=f"two.{n}")
            c.store.create_influencer(name="이서연", phone="010-5555-6666")
            for desk in desks:
                desk.sync()
            # The same person edited through both servers: a field-level merge.
            b.store.update_influencer(kim.id, notes="협찬 가능")
            a.store.update_influencer(kim.id, tags=["뷰티"])
            # The same person created through both servers: the natural-key merge.
            park = a.store.create_influencer(name="박지훈", phone="010-7777-8888")
            twin = b.store.create_influencer(name="박지훈", phone="+82 10 7777 8888")
            for _ in range(2):
                for desk in desks:
                    desk.sync()
            assert view(a.store) == view(b.store) == view(c.store)
            assert len(view(a.store)) == 21
            for desk in desks:
                person = desk.store.get_influencer(kim.id)
                assert (person.notes, person.tags) == ("협찬 가능", ["뷰티"])
                assert desk.store.get_influencer(park.id).name == "박지훈"
                assert desk.store.get_influencer(twin.id, include_deleted=True) is None
                assert desk.store.outbox_counts() == (0, 0)
        finally:
            for desk in desks:
                desk.engine.close()
                desk.store.close()
        # Either process reports every desktop: the state is in the database only.
        statuses = [httpx.get(f"{url}/v1/admin/status",
                              headers={"Authorization": f"Bearer {admin}"}).json()
                    for url in (first, second)]
    devices = [{d["device_id"] for d in s["devices"]} for s in statuses]
    assert devices[0] == devices[1] and len(devices[0]) == 3
    assert statuses[0]["records"] == statuses[1]["records"]
    assert statuses[0]["records"]["influencer"]["live"] == 23
