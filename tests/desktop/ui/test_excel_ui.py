"""The import wizard and "Export results to Excel", driven as staff use them."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.excel.importing import pipeline
from desktop.store import SearchQuery, Store
from desktop.ui.dialogs.import_wizard import ImportWizard
from shared_models.platforms import Platform
from tests.desktop.excel.store_views import found, pushed, records
from tests.desktop.ui.conftest import seed


@pytest.fixture
def agency_sheet(tmp_path: Path) -> Path:
    """What an agency's list looks like: a title row, Korean headers, one bad phone."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "인플루언서"
    sheet.append(["2026 가을 캠페인 인플루언서 목록"])
    sheet.append([])
    sheet.append(["이름", "연락처", "블로그 URL", "인스타 URL", "이메일", "비고"])
    sheet.append(["한지우", "010-4444-5555", "https://a.example.com/jiwoo_blog",
                  "https://b.example.com/@jiwoo.han", "jiwoo@mail.example.com", "VIP"])
    sheet.append(["Chris Lee", 1055556666, "", "https://b.example.com/chris.lee", "", ""])
    sheet.append(["오류행", "010-12", "https://a.example.com/wrong_phone", "", "", ""])
    sheet.append(["김민지", "010-1234-5678", "https://a.example.com/minji_blog", "", "", ""])
    path = tmp_path / "campaign.xlsx"
    book.save(path)
    return path


def open_wizard(window, path: Path, qtbot,  # type: ignore[no-untyped-def]
                timeout: int = 10_000) -> ImportWizard:
    """The wizard on `path`, its file read."""
    wizard = window.excel_actions.open_wizard(path)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=timeout)
    return wizard


def drive_to_preview(window, path: Path, qtbot) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = open_wizard(window, path, qtbot)
    assert "4 rows under the header in row 3" in wizard.file_page.status.text()
    wizard.next()
    return wizard


def test_wizard_maps_korean_headers_previews_and_imports(window, store, agency_sheet,
                                                         qtbot) -> None:
    wizard = drive_to_preview(window, agency_sheet, qtbot)
    page = wizard.mapping_page
    mapped = {page.table.item(r, 1).text(): page.combos[r].currentData()
              for r in range(page.table.rowCount())}
    assert mapped["이름"] == "name" and mapped["연락처"] == "phone"
    assert mapped["블로그 URL"] == "a_url" and mapped["인스타 URL"] == "b_url"
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    text = preview.counts.text()
    assert "<b>4</b> rows" in text and "<b>1</b> invalid" in text
    assert "<b>2</b> new influencers" in text  # 김민지 (same phone) is already in the list
    errors = [[preview.invalid.item(0, c).text() for c in range(4)]]
    assert errors == [["6", "연락처", "010-12", "'010-12' is not a phone number."]]
    before = store.search(SearchQuery(limit=None)).total
    wizard.next()  # "Import"
    qtbot.waitUntil(lambda: wizard.applied is not None, timeout=10_000)
    assert wizard.currentPage() is wizard.done_page
    assert "Added 2 influencers and 3 accounts" in wizard.done_page.summary.text()
    assert "1 row was not imported" in wizard.done_page.summary.text()
    assert store.search(SearchQuery(limit=None)).total == before + 3
    jiwoo = store.find_influencer("한지우", "+821044445555")
    assert sorted(a.handle for a in store.accounts_of(jiwoo.id)) == ["jiwoo.han", "jiwoo_blog"]
    assert store.find_influencer("오류행", "") is None
    wizard.accept()
    assert window.models[Platform.B].total == 6


def test_changing_a_column_in_the_wizard_changes_what_is_imported(window, store,
                                                                  agency_sheet, qtbot) -> None:
    wizard = drive_to_preview(window, agency_sheet, qtbot)
    wizard.mapping_page.choose("비고", "tags")
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.applied is not None, timeout=10_000)
    assert store.find_influencer("한지우", "+821044445555").tags == ["VIP"]


def test_error_report_keeps_the_rows_and_their_reasons(window, agency_sheet, tmp_path,
                                                       qtbot) -> None:
    wizard = drive_to_preview(window, agency_sheet, qtbot)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    report = wizard.save_report(path=tmp_path / "errors.xlsx")
    rows = list(openpyxl.load_workbook(report).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("이름", "연락처")
    assert rows[1][0] == "오류행" and "'010-12' is not a phone number" in " ".join(
        str(v) for v in rows[1] if v)


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_words(window, tmp_path,
                                                              qtbot) -> None:
    bogus = tmp_path / "contacts.xlsx"
    bogus.write_bytes(b"this is not a workbook")
    wizard = window.excel_actions.open_wizard(bogus)
    qtbot.addWidget(wizard)
    assert not wizard.file_page.isComplete()
    assert "Traceback" not in wizard.file_page.status.text()
    assert wizard.file_page.status.text()


def test_export_writes_what_the_table_shows(window, tmp_path, qtbot) -> None:
    window.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(window.search_applied, timeout=5000):
        window.search_box.setText("민지")
        window.search_box.flush()
    out = tmp_path / "minji.xlsx"
    with qtbot.waitSignal(window.excel_actions.exported, timeout=10_000) as done:
        window.excel_actions.export(path=out)
    assert done.args[0].rows == 2
    sheet = openpyxl.load_workbook(out).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    shown = window.models[Platform.B]
    assert len(values) - 1 == shown.total
    handles = {v for row in values[1:] for v in row if v in ("kim.minji", "@kim.minji",
                                                              "minji.daily", "@minji.daily")}
    assert len(handles) == 2


def test_export_of_a_multi_selection_writes_only_those_rows(window, seeded, tmp_path,
                                                            qtbot) -> None:
    window.tabs.setCurrentIndex(1)
    table = window.tables[Platform.B]
    table.selectRow(0)
    table.selectionModel().select(
        table.model().index(1, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows)
    assert len(window.selected_rows()) == 2
    with qtbot.waitSignal(window.excel_actions.exported, timeout=10_000) as done:
        window.excel_actions.export(path=tmp_path / "two.xlsx")
    assert done.args[0].rows == 2


def test_a_large_import_writes_from_a_second_process_and_the_window_stays_live(
        window, store, tmp_path, qtbot, monkeypatch) -> None:
    """Thousands of rows: the wizard's "Import" hands the writes to a writer process, the
    window keeps answering meanwhile, and the table shows every new account afterwards."""
    monkeypatch.setattr(pipeline, "PROCESS_MIN_BYTES", 100_000)  # this file is ~150 KB
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["이름", "연락처", "블로그 URL", "인스타 URL"])
    for i in range(6000):
        sheet.append([f"대량{i:05d}", f"010-{5000 + i // 10000:04d}-{i % 10000:04d}",
                      f"https://a.example.com/bulk_{i:05d}", f"https://b.example.com/bulk.{i}"])
    path = tmp_path / "large.xlsx"
    book.save(path)
    before = window.models[Platform.B].total
    wizard = open_wizard(window, path, qtbot, timeout=20_000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=30_000)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    wizard.next()  # "Import": a file this large is written from a writer process
    qtbot.waitUntil(lambda: wizard.applied is not None, timeout=60_000)
    timer.stop()
    assert wizard.applied.created_accounts == 12_000
    assert ticks, "the window's event loop ran while the import was written"
    wizard.accept()
    qtbot.waitUntil(lambda: window.models[Platform.B].total == before + 6000, timeout=10_000)
    assert store.search(SearchQuery(text="대량04321")).total == 2


def test_the_wizard_imports_a_file_exactly_as_the_cli_does(
        window, store, tmp_path, qtbot, capsys) -> None:
    """The same workbook and the same choice ("leave them as they are") through the window
    and through `influencer-desk import`, into two stores that started alike."""
    path = tmp_path / "mixed.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["이름", "연락처", "태그", "블로그 URL", "인스타 URL"])
    sheet.append(["한지우", "010-4444-5555", "VIP", "https://a.example.com/jiwoo_blog", ""])
    sheet.append(["이서준", "010-2222-3333", "캠핑", "", "https://b.example.com/seojun.trip"])
    sheet.append(["김민지", "010-1234-5678", "", "https://a.example.com/minji_blog", ""])
    sheet.append(["오류행", "010-12", "", "https://a.example.com/wrong_phone", ""])
    sheet.append(["한지우", "010-4444-5555", "VIP", "https://a.example.com/jiwoo_blog", ""])
    book.save(path)
    cli_dir = tmp_path / "cli"
    with Store.open(cli_dir) as other:
        seed(other)
    assert main(["import", str(path), "--json", "--on-duplicate", "skip",
                 "--data-dir", str(cli_dir)]) == 2
    cli = json.loads(capsys.readouterr().out)

    wizard = open_wizard(window, path, qtbot)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    # The file would add to 이서준's stored tags: the wizard asks, with "fill" chosen.
    assert wizard.preview_page.fill_radio.isChecked()
    assert "1 people or accounts" in wizard.preview_page.ask.text()
    wizard.preview_page.update_radio.setChecked(True)
    qtbot.waitUntil(lambda: "<b>1</b> updated" in wizard.preview_page.counts.text(),
                    timeout=10_000)
    wizard.preview_page.skip_radio.setChecked(True)
    qtbot.waitUntil(lambda: "<b>1</b> left as they are" in wizard.preview_page.counts.text(),
                    timeout=10_000)
    wizard.next()  # "Import"
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10_000)

    same = ("rows", "created", "updated", "unchanged", "skipped", "invalid",
            "duplicate_rows", "details", "errors", "applied", "on_duplicate")
    assert {k: wizard.result.to_json()[k] for k in same} == {k: cli[k] for k in same}
    assert cli["skipped"] == 1 and cli["invalid"] == 1 and cli["duplicate_rows"] == 1
    with Store.open(cli_dir) as other:
        assert records(other) == records(store)
        assert pushed(other) == pushed(store)
        for text in ("VIP", "캠핑", "seojun", "minji", "wrong"):
            assert found(other, text) == found(store, text)
    assert store.find_influencer("이서준", "010-2222-3333").tags == ["food"]  # skipped
    assert found(store, "seojun.trip") == ["seojun.trip"]  # a new account all the same
