"""Issue 20 in the window: the wizard's per-field old/new rows, filter and exclusions (the
counts follow them); Undo import…; Find duplicates… with Merge; the detail pane's History
tab; the history of a search result exported to Excel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings

from desktop.changes.history import export_history
from desktop.changes.merge import merge_people
from desktop.jobs import Cancelled, JobContext
from desktop.store import SearchQuery, Store
from desktop.sync import connect, open_engine
from desktop.ui.main_window import MainWindow
from tests.desktop.excel.conftest import make_xlsx
from tests.desktop.ui.test_excel_ui import open_wizard
from tests.support.sync_server import SyncServerHandle

A = "https://a.example.com/"


def _table(widget) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[widget.item(r, c).text() if widget.item(r, c) else ""
             for c in range(1, widget.columnCount())] for r in range(widget.rowCount())]


def test_the_wizard_shows_old_and_new_values_filters_and_leaves_out_a_row(
        window, store: Store, seeded, tmp_path: Path, qtbot) -> None:
    path = make_xlsx(tmp_path / "in.xlsx", [
        ["이름", "연락처", "메모", "블로그 URL"],
        ["김민지", "010-1234-5678", "새 메모", A + "minji_blog"],  # fills empty notes
        ["박새봄", "010-5555-6666", "", A + "saebom"],  # new
        ["한지우", "010-4444-5555", "", A + "jiwoo"]])  # new, left out by the user
    wizard = open_wizard(window, path, qtbot)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert page.update_radio.isChecked()  # nothing stored would be overwritten: not asked
    lines = _table(page.changes.table)
    assert ["2", "changes", "notes", "", "새 메모"] in lines
    assert ["3", "new", "", "", ""] in lines
    page.changes.only_overwrites.setChecked(True)  # no stored value changes
    assert page.changes.table.rowCount() == 0
    page.changes.only_overwrites.setChecked(False)
    page.changes.set_row_included(4, False)
    wizard.next()  # "Import"
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    assert store.find_influencer("박새봄", "010-5555-6666") is not None
    assert store.find_influencer("한지우", "010-4444-5555") is None  # left out
    assert store.find_influencer("김민지", "010-1234-5678").notes == "새 메모"


def test_leaving_rows_out_updates_the_counts_and_the_import_takes_exactly_the_rows_left(
        window, store: Store, seeded, tmp_path: Path, qtbot) -> None:
    minji = store.find_influencer("김민지", "010-1234-5678")
    store.update_influencer(minji.id, notes="원래 메모")
    path = make_xlsx(tmp_path / "in.xlsx", [
        ["이름", "연락처", "메모", "블로그 URL"],
        ["김민지", "010-1234-5678", "새 메모", A + "minji_blog"],  # overwrites a stored note
        ["박새봄", "010-5555-6666", "", A + "saebom"],  # new
        ["한지우", "010-4444-5555", "", A + "jiwoo"]])  # new
    wizard = open_wizard(window, path, qtbot)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert page.fill_radio.isChecked()  # asked: a stored note would change
    page.update_radio.setChecked(True)
    qtbot.waitUntil(lambda: page.isComplete() and page.w.plan.on_duplicate == "update",
                    timeout=10_000)

    def counts() -> str:
        qtbot.waitUntil(page.isComplete, timeout=10_000)
        return page.counts.text()

    assert "<b>2</b> new influencers" in counts() and "<b>1</b> updated" in counts()
    page.changes.only_overwrites.setChecked(True)
    assert {line[0] for line in _table(page.changes.table)} == {"2"}
    page.changes.set_row_included(2, False)  # out, while the list is filtered
    qtbot.waitUntil(lambda: "<b>1</b> left out by you" in page.counts.text(), timeout=10_000)
    assert "<b>0</b> updated" in counts() and "<b>2</b> new influencers" in counts()
    assert {line[0] for line in _table(page.changes.table)} == {"2"}  # still there to tick
    page.changes.set_row_included(2, True)  # and back in
    qtbot.waitUntil(lambda: "left out" not in page.counts.text(), timeout=10_000)
    assert "<b>1</b> updated" in counts()
    page.changes.only_overwrites.setChecked(False)
    page.changes.set_row_included(4, False)
    qtbot.waitUntil(lambda: "<b>1</b> left out by you" in page.counts.text(), timeout=10_000)
    assert "<b>1</b> new influencers" in counts() and "<b>1</b> updated" in counts()
    assert "<b>2</b> rows" in counts()

    wizard.next()  # "Import"
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    assert "Added 1 influencers and 1 accounts" in wizard.done_page.summary.text()
    assert store.find_influencer("박새봄", "010-5555-6666") is not None
    assert store.find_influencer("한지우", "010-4444-5555") is None  # left out
    assert store.find_influencer("김민지", "010-1234-5678").notes == "새 메모"
    qtbot.waitUntil(lambda: not window.runner.active, timeout=10_000)  # nothing left running


def test_undo_import_lists_the_import_and_takes_it_back(
        window, store: Store, seeded, tmp_path: Path, qtbot) -> None:
    path = make_xlsx(tmp_path / "people.xlsx", [
        ["이름", "연락처", "블로그 URL"], ["박새봄", "010-5555-6666", A + "saebom"]])
    wizard = open_wizard(window, path, qtbot)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    wizard.accept()

    dialog = window.change_actions.show_undo_import()
    qtbot.addWidget(dialog)
    item = dialog.list.topLevelItem(0)
    assert [item.text(c) for c in (1, 2)] == ["Import", "people.xlsx"]
    assert item.text(4).startswith("2 new")
    with qtbot.waitSignal(dialog.undone, timeout=10_000):
        dialog.undo_button.click()
    assert store.find_influencer("박새봄", "010-5555-6666") is None
    assert "1 people and 1 accounts deleted" in dialog.summary.text()
    assert dialog.list.topLevelItem(0).isDisabled()  # undone: cannot be undone twice


def test_find_duplicates_compares_side_by_side_and_merges(
        window, store: Store, seeded, qtbot) -> None:
    keep = store.create_influencer(name="김 하늘", phone="010-7777-8888", tags=["뷰티"])
    other = store.create_influencer(name="김하늘", phone="", notes="인스타 담당")
    store.create_account(influencer_id=other.id, platform="B", handle="haneul.b")
    dialog = window.change_actions.show_duplicates()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.list.count() > 0, timeout=10_000)
    assert "same name" in dialog.list.item(0).text()
    rows = {dialog.compare.item(r, 0).text(): (dialog.compare.item(r, 1).text(),
                                               dialog.compare.item(r, 2).text())
            for r in range(dialog.compare.rowCount())}
    assert rows["Notes"] == ("", "인스타 담당") or rows["Notes"] == ("인스타 담당", "")
    dialog.keep.setCurrentIndex(dialog.keep.findData(str(keep.id)))
    dialog.other.setCurrentIndex(dialog.other.findData(str(other.id)))
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.merge_button.click()
    assert store.get_influencer(other.id) is None
    assert [a.handle for a in store.accounts_of(keep.id)] == ["haneul.b"]
    assert store.get_influencer(keep.id).notes == "인스타 담당"


@pytest.fixture
def connected_window(qtbot, tmp_path: Path, sync_server: SyncServerHandle,
                     keyring_sandbox: None) -> Iterator[MainWindow]:
    store = Store.open(tmp_path / "desk")
    connect(store, sync_server.url, sync_server.create_token(name="jiwoo"))
    win = MainWindow(store, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    yield win
    store.close()


def test_the_history_tab_shows_who_changed_what(connected_window, qtbot) -> None:
    store = connected_window.store
    person = store.create_influencer(name="김하늘", phone="010-1111-2222")
    account = store.create_account(influencer_id=person.id, platform="A", handle="haneul")
    store.update_influencer(person.id, phone="010-3333-4444")
    engine = open_engine(store)
    engine.sync()  # created, pushed
    store.update_influencer(person.id, notes="VIP")
    engine.sync()
    engine.close()

    pane = connected_window.detail
    connected_window.show()
    pane.show_account(account.id)
    pane.tabs.setCurrentWidget(pane.history)
    qtbot.waitUntil(lambda: pane.history.list.topLevelItemCount() >= 3, timeout=10_000)
    first = pane.history.list.topLevelItem(0)
    assert first.text(1).startswith("jiwoo · ")
    assert (first.text(2), first.text(3), first.text(4)) == ("notes", "", "VIP")
    changes = [pane.history.list.topLevelItem(n).text(2)
               for n in range(pane.history.list.topLevelItemCount())]
    assert "account added" in changes and "added" in changes


def test_the_history_of_the_search_result_exports_to_excel_from_the_window(
        connected_window, qtbot, tmp_path: Path) -> None:
    window = connected_window
    store = window.store
    kim = store.create_influencer(name="김하늘", phone="010-1111-2222")
    store.create_account(influencer_id=kim.id, platform="A", handle="haneul")
    park = store.create_influencer(name="박새봄", phone="010-5555-6666")
    store.create_account(influencer_id=park.id, platform="B", handle="saebom")
    engine = open_engine(store)
    engine.sync()
    store.update_influencer(kim.id, notes="VIP")
    engine.sync()
    engine.close()
    window.show()
    window.search_box.setText("김하늘")
    window.search_box.flush()
    qtbot.waitUntil(lambda: window.models[window.platform].total == 1, timeout=10_000)

    out = tmp_path / "history.xlsx"
    progress: list[tuple[int, int | None]] = []
    window.runner.job_started.connect(lambda job: job.signals.progress.connect(
        lambda event: progress.append((event.done, event.total))))
    with qtbot.waitSignal(window.change_actions.history_exported, timeout=10_000) as done:
        window.change_actions.export_history(path=out)
    assert done.args[0].path == out
    assert progress and progress[-1][0] == progress[-1][1]  # done/total reported
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("When", "Who", "Device", "Record", "Record id", "Change", "Field",
                       "Old value", "New value", "Import or merge")
    changes = [(r[3], r[5], r[6], r[8]) for r in rows[1:]]
    assert ("김하늘", "changed", "notes", "VIP") in changes
    assert {("김하늘", "added"), ("김하늘 (A/haneul)", "added")} <= {c[:2] for c in changes}
    assert all("박새봄" not in str(r[3]) for r in rows[1:])  # not in the search result
    assert {r[1] for r in rows[1:]} == {"jiwoo"}
    assert "Exported" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.runner.active, timeout=10_000)  # nothing left running


def test_a_cancelled_history_export_leaves_no_file(connected_window, tmp_path: Path) -> None:
    store = connected_window.store
    store.create_influencer(name="김하늘", phone="010-1111-2222")
    job = JobContext()
    job.cancel()
    with pytest.raises(Cancelled):
        export_history(store, tmp_path / "x.xlsx", SearchQuery(limit=None), job)
    assert not (tmp_path / "x.xlsx").exists()


def test_the_history_export_offline_says_it_needs_the_server(
        window, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    problems: list[str] = []
    monkeypatch.setattr(window, "show_problem", lambda title, message: problems.append(message))
    window.change_actions.export_history(path=tmp_path / "h.xlsx")
    qtbot.waitUntil(lambda: bool(problems), timeout=10_000)
    assert "not connected" in problems[0]
    assert not (tmp_path / "h.xlsx").exists()


def test_cancelling_the_count_of_the_rows_left_still_imports_only_them(
        window, store: Store, seeded, tmp_path: Path, qtbot) -> None:
    path = make_xlsx(tmp_path / "in.xlsx", [
        ["이름", "연락처", "블로그 URL"], ["박새봄", "010-5555-6666", A + "saebom"],
        ["한지우", "010-4444-5555", A + "jiwoo"]])
    wizard = open_wizard(window, path, qtbot)
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    started = []
    window.runner.job_started.connect(started.append)
    page.changes.set_row_included(2, False)
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)
    started[0].cancel()  # the status bar's Cancel
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    assert ("Counting was cancelled" in page.counts.text()
            or "<b>1</b> left out by you" in page.counts.text())  # or it had finished
    wizard.next()  # "Import"
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)
    assert store.find_influencer("박새봄", "010-5555-6666") is None  # left out
    assert store.find_influencer("한지우", "010-4444-5555") is not None
    qtbot.waitUntil(lambda: not window.runner.active, timeout=10_000)  # nothing left running


def test_the_detail_pane_leads_from_a_merged_person_to_the_one_they_were_merged_into(
        window, store: Store, seeded, qtbot) -> None:
    keep = store.create_influencer(name="김 하늘", phone="010-7777-8888")
    other = store.create_influencer(name="김하늘")
    gone = store.create_account(influencer_id=other.id, platform="A", handle="old_blog")
    store.delete_account(gone.id)  # deleted before the merge: stays with OTHER
    store.create_account(influencer_id=other.id, platform="B", handle="haneul.b")
    merge_people(store, str(keep.id), str(other.id))
    pane = window.detail
    pane.show_account(gone.id)  # e.g. from Recently deleted
    assert pane.title.text() == "김 하늘" and pane.influencer_id == keep.id
    assert pane.merged_note.isVisibleTo(pane)
    assert pane.merged_note.text() == "김하늘 was merged into 김 하늘; showing 김 하늘."
    assert "@haneul.b" in pane.accounts.topLevelItem(0).text(0)
    pane.show_account(seeded["minji_blog"])  # anyone else: no note
    assert not pane.merged_note.isVisibleTo(pane)
