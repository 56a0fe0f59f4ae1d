"""A real local store with a few people in it, and the real main window on top."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtCore import QSettings

from desktop.store import Store
from desktop.ui.main_window import MainWindow
from shared_models.records import MetricSnapshot

PEOPLE = [
    # name, phone, tags, A handles, B handles
    ("김민지", "010-1234-5678", "뷰티, 여행", ["minji_blog"], ["kim.minji", "minji.daily"]),
    ("이서준", "010-2222-3333", "food", ["seojun_eats"], ["seojun.eats"]),
    ("Emma Stone", "010-9999-0000", "fashion", ["emma_style"], []),
    ("박지민", "", "", [], ["jimin.park"]),
]


def seed(store: Store) -> dict[str, object]:
    ids: dict[str, object] = {}
    now = datetime.now(UTC)
    with store.transaction():
        for name, phone, tags, a_handles, b_handles in PEOPLE:
            person = store.create_influencer(name=name, phone=phone, tags=tags)
            ids[name] = person.id
            for platform, handles in (("A", a_handles), ("B", b_handles)):
                for number, handle in enumerate(handles):
                    account = store.create_account(
                        influencer_id=person.id, platform=platform, handle=handle,
                        email=f"{handle}@mail.example.com")
                    ids[handle] = account.id
                    metric = "daily_visitors" if platform == "A" else "followers"
                    store.add_snapshots(
                        MetricSnapshot(id=uuid4(), account_id=account.id, metric=metric,
                                       value=1000 * (number + 1) + day * 10,
                                       observed_at=now - timedelta(days=7 - day),
                                       source="test")
                        for day in range(7))
    return ids






@pytest.fixture
def seeded(store: Store) -> dict[str, object]:
    return seed(store)


@pytest.fixture
def window(qtbot, store: Store, seeded, data_dir: Path):  # type: ignore[no-untyped-def]

    win = MainWindow(store, QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
