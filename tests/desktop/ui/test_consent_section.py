"""The detail pane's consent forms section in the real window (pytest-qt, offscreen)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.store import Store
from desktop.sync import connect
from desktop.sync.attachments import ConsentForms
from desktop.ui.consent_section import ConsentSection
from desktop.ui.main_window import MainWindow
from shared_models.platforms import Platform
from tests.desktop.ui.conftest import seed
from tests.support import sample_forms
from tests.support.desks import sync_once
from tests.support.keyring import isolated_keyring
from tests.support.sync_server import running_sync_server


def _rows(section: ConsentSection) -> list[list[str]]:
    table = section.table
    return [[table.topLevelItem(i).text(c) for c in range(4)]
            for i in range(table.topLevelItemCount())]


def _section(window, account_id) -> ConsentSection:  # type: ignore[no-untyped-def]
    table = window.tables[Platform.A] if window.tables[Platform.A].select_account(account_id) \
        else window.tables[Platform.B]
    table.select_account(account_id)
    return window.detail.consent


def test_add_drop_open_and_remove(window, seeded, tmp_path: Path, qtbot) -> None:
    section = _section(window, seeded["minji_blog"])
    assert section.influencer_id == seeded["김민지"] and _rows(section) == []
    assert section.add_button.isEnabled() and not section.open_button.isEnabled()

    scan = tmp_path / "동의서.pdf"
    scan.write_bytes(sample_forms.pdf("signed"))
    section.add_files([scan])  # what Add… does with the chosen files
    [row] = _rows(section)
    assert row[0] == "동의서.pdf" and row[2] == "this computer" and row[3].endswith("bytes")
    assert "uploaded with the next sync" in section.message.text()

    photo = tmp_path / "photo.png"
    photo.write_bytes(sample_forms.png(seed=5))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    section.dropEvent(drop)
    assert sorted(r[0] for r in _rows(section)) == ["photo.png", "동의서.pdf"]

    fake = tmp_path / "consent.pdf"
    fake.write_bytes(sample_forms.text())
    section.add_files([fake])
    assert "is a text file" in section.message.text() and len(_rows(section)) == 2

    opened: list[Path] = []
    section.open_file = lambda path: opened.append(path) or True
    section.table.setCurrentItem(section.table.topLevelItem(0))
    section.open_button.click()  # through the window's JobRunner
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    first = ConsentForms(window.store).get(section.table.topLevelItem(0).data(0, 256))
    assert hashlib.sha256(opened[0].read_bytes()).hexdigest() == first.record.sha256
    # The viewer gets a copy under the form's own name: the extension tells it what it is.
    assert opened[0].name == first.record.file_name
    assert not opened[0].is_relative_to(window.store.data_dir / "attachments")

    section.confirm = lambda question: True  # type: ignore[method-assign]
    section.table.setCurrentItem(section.table.topLevelItem(0))
    section.remove_button.click()
    assert len(_rows(section)) == 1 and "Removed" in section.message.text()

    other = _section(window, seeded["seojun_eats"])  # another person: their own forms
    assert other is section and _rows(section) == []


@pytest.fixture
def connected(tmp_path: Path, database_url: str,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Store, Store]]:
    monkeypatch.delenv("INFLUENCER_DESK_TOKEN", raising=False)
    with isolated_keyring(tmp_path), running_sync_server(database_url) as server:
        token = server.create_token(name="front desk")
        mine, theirs = Store.open(tmp_path / "mine"), Store.open(tmp_path / "theirs")
        for store in (mine, theirs):
            connect(store, server.url, token)
        yield mine, theirs
        mine.close()
        theirs.close()


def test_a_form_from_another_desk_downloads_when_opened(connected, tmp_path: Path,
                                                        qtbot) -> None:
    mine, theirs = connected
    ids = seed(theirs)
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(sample_forms.jpeg(seed=9))
    [form] = ConsentForms(theirs).add(ids["이서준"], [scan])
    sync_once(theirs)

    window = MainWindow(mine, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sync_actions.synced, timeout=15_000):
        window.show()
    section = _section(window, ids["seojun_eats"])
    [row] = _rows(section)
    assert row[0] == "scan.jpg" and row[2] == "front desk"
    assert "Not on this computer yet" in section.table.topLevelItem(0).toolTip(0)

    opened: list[Path] = []
    section.open_file = lambda path: opened.append(path) or True
    section.table.setCurrentItem(section.table.topLevelItem(0))
    section.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[0].read_bytes() == scan.read_bytes()
    assert hashlib.sha256(opened[0].read_bytes()).hexdigest() == form.sha256
    assert "Not on this computer" not in section.table.topLevelItem(0).toolTip(0)


def test_a_form_syncs_as_soon_as_it_is_added_and_the_status_bar_counts_it(
        connected, tmp_path: Path, qtbot) -> None:
    mine, theirs = connected
    ids = seed(mine)
    window = MainWindow(mine, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sync_actions.synced, timeout=15_000):
        window.show()  # the start-up sync
    window.sync_actions.timer.stop()  # no routine background sync: only the add's own
    section = _section(window, ids["minji_blog"])
    scan = tmp_path / "동의서.pdf"
    scan.write_bytes(sample_forms.pdf("signed"))
    with qtbot.waitSignal(window.sync_actions.synced, timeout=15_000):
        section.add_files([scan])
        assert "1 consent form(s) to upload" in window.sync_actions.pending_label.text()
    assert window.sync_actions.pending_label.text() == "All changes sent"
    sync_once(theirs)
    theirs_ids = {p.name: p.id for p in theirs.search_influencers("김민지")}
    assert [f.record.file_name for f in ConsentForms(theirs).of_influencer(
        theirs_ids["김민지"])] == ["동의서.pdf"]


def test_open_says_why_when_the_system_has_no_viewer(window, seeded, tmp_path: Path,
                                                     qtbot) -> None:
    section = _section(window, seeded["minji_blog"])
    photo = tmp_path / "consent.heic"
    photo.write_bytes(sample_forms.heic())
    section.add_files([photo])
    section.open_file = lambda path: False  # the system has no program for HEIC files
    section.table.setCurrentItem(section.table.topLevelItem(0))
    section.open_button.click()
    qtbot.waitUntil(lambda: "no program that opens HEIC files" in section.message.text(),
                    timeout=5000)
    assert "consent.heic" in section.message.text()
