"""Workbooks written by LibreOffice (and by libraries that save formulas without results)
import with every formula cell's saved result; a formula whose result the file does not
hold is reported with its row and cell, never imported as "" or 0.

The LibreOffice files are committed under fixtures/libreoffice (make_fixtures.py there says
how they were made)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.excel import FileRefused, ImportOptions, prepare, preview, run_import
from desktop.excel.reading.reader import read_table
from desktop.store import Store
from tests.desktop.excel.conftest import make_xlsx, store_state

FIXTURES = Path(__file__).parent / "fixtures" / "libreoffice"


def people(store: Store) -> set[tuple[str, str, str]]:
    with store.snapshot() as conn:
        return {tuple(r) for r in conn.exec_driver_sql(
            "SELECT name, phone, notes FROM influencer").all()}


def accounts(store: Store) -> set[tuple[str, str]]:
    with store.snapshot() as conn:
        return {tuple(r) for r in conn.exec_driver_sql(
            "SELECT platform, handle FROM account").all()}


@pytest.mark.parametrize("name", ["people.xlsx", "people.xls", "people.ods"])
def test_libreoffice_workbooks_import_their_formula_results(name: str, store: Store) -> None:
    result = run_import(FIXTURES / name, store, ImportOptions(writer="thread"))
    assert result.plan.errors == []
    # CONCATENATE, & and REPT give the names and notes; a number typed into the phone
    # column and a numeric formula there (1000000000+98765432) give phones.
    assert people(store) == {
        ("김하늘", "+821012345678", "VIP 고객"),
        ("이서준", "+821098765432", "이서준 메모"),
        ("박민지", "+821033334444", "★★★ 추천"),
    }
    assert accounts(store) == {("A", "haneul"), ("B", "seojun.daily"), ("A", "minji_log")}


def test_text_formulas_saved_as_0_in_a_legacy_xls_are_reported_not_imported(
        store: Store) -> None:
    """LibreOffice saved this .xls without calculating it: its text formulas hold 0."""
    result = run_import(FIXTURES / "text-formulas-from-csv.xls", store,
                        ImportOptions(writer="thread"))
    problems = {(e.row, e.column, e.message.split(" has ")[0]) for e in result.plan.errors
                if "holds no result" in e.message}
    assert problems == {(2, "이름", "Cell A2"), (2, "메모", "Cell C2"), (3, "메모", "Cell C3")}
    assert people(store) == {("정다은", "+821077778888", "평범한 메모")}
    assert "0" not in {name for name, _, _ in people(store)}


def test_a_text_formula_filled_down_a_legacy_xls_column_is_reported_on_every_row() -> None:
    """LibreOffice saves a formula filled down a column as one shared formula."""
    rows = read_table(FIXTURES / "filled-down-from-csv.xls").rows
    assert [str(r[1]) for r in rows[1:]] == ["김"] * 10
    assert [getattr(r[0], "cell", None) for r in rows[1:]] == [f"A{n}" for n in range(2, 12)]


def test_formulas_without_saved_results_are_reported_per_row_and_nothing_wrong_is_stored(
        tmp_path: Path, store: Store) -> None:
    # openpyxl saves formulas with no results at all, as other libraries do.
    path = make_xlsx(tmp_path / "no-results.xlsx", [
        ["번호", "이름", "연락처", "메모", "블로그 URL"],
        ["=ROW()-1", '=CONCATENATE("김","하늘")', 1012345678, "평범한 메모",
         "https://a.example.com/haneul"],
        ["=ROW()-1", "이서준", 1098765432, '="VIP "&"고객"', "https://a.example.com/seojun"],
        ["=ROW()-1", "박민지", "=1000000000+33334444", "", "https://a.example.com/minji"],
        ["=ROW()-1", "최유진", 1055556666, "메모 없음", "https://a.example.com/yujin"],
    ])
    result = run_import(path, store, ImportOptions(writer="thread"))
    by_row = {(e.row, e.column): e.message for e in result.plan.errors
              if "holds no result" in e.message}
    assert by_row[(2, "이름")].startswith(
        'Cell B2 has the formula =CONCATENATE("김","하늘") but the file holds no result')
    assert by_row[(3, "메모")].startswith('Cell D3 has the formula ="VIP "&"고객" but')
    assert by_row[(4, "연락처")].startswith("Cell C4 has the formula =1000000000+33334444 ")
    assert "save it as .xlsx and import it again" in by_row[(4, "연락처")]
    # The 번호 column is not imported, so its formulas (no results either) do not matter.
    assert not any(column == "번호" for _, column in by_row)
    assert [r.row for r in result.plan.invalid_rows] == [2, 3, 4]
    assert people(store) == {("최유진", "+821055556666", "메모 없음")}
    assert accounts(store) == {("A", "yujin")}


def test_all_or_nothing_writes_nothing_when_a_formula_has_no_result(
        tmp_path: Path, store: Store) -> None:
    path = make_xlsx(tmp_path / "one-formula.xlsx", [
        ["이름", "연락처", "블로그 URL"],
        ["최유진", 1055556666, "https://a.example.com/yujin"],
        ['="김"&"하늘"', 1012345678, "https://a.example.com/haneul"],
    ])
    before = store_state(store)
    result = run_import(path, store, ImportOptions(all_or_nothing=True, writer="thread"))
    assert [r.row for r in result.plan.invalid_rows] == [3]
    assert store_state(store) == before


def test_an_ods_formula_without_a_saved_value_is_reported(tmp_path: Path) -> None:
    """An .ods whose generator wrote the formula but not its value (no office:value-type)."""
    path = tmp_path / "no-value.ods"
    with zipfile.ZipFile(FIXTURES / "people.ods") as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "content.xml":
                text = data.decode("utf-8")
                start = text.index('table:formula="of:=CONCATENATE(')
                end = text.index("</table:table-cell>", start)
                cell = text[start:end]
                bare = cell[:cell.index('"', len('table:formula="')) + 1] + "><text:p/>"
                data = (text[:start] + bare + text[end:]).encode("utf-8")
            if item.filename == "mimetype":
                dst.writestr(item, data, zipfile.ZIP_STORED)
            else:
                dst.writestr(item, data)
    table = read_table(path)
    cell = table.rows[1][0]
    assert str(cell) == '=CONCATENATE("김";"하늘")'
    assert cell.cell == "A2"  # type: ignore[attr-defined]
    assert table.rows[1][2] == "VIP 고객"  # the formulas that have values keep them


def test_a_legacy_xls_is_read_with_its_text_formula_results(tmp_path: Path) -> None:
    copy = tmp_path / "사람들.xls"
    shutil.copy(FIXTURES / "people.xls", copy)
    rows = read_table(copy).rows
    assert rows[1][:3] == ["김하늘", 1012345678.0, "VIP 고객"]
    assert rows[2][:3] == ["이서준", 1098765432.0, "이서준 메모"]


def test_a_workbook_with_a_garbled_part_name_is_refused_with_a_sentence(
        tmp_path: Path, store: Store) -> None:
    data = bytearray((FIXTURES / "people.xlsx").read_bytes())
    name = data.rindex(b"xl/workbook.xml")  # in the central directory
    header = name - 46
    assert data[header:header + 4] == b"PK\x01\x02"
    data[header + 9] |= 0x08  # general purpose flag bit 11: the names are UTF-8
    data[name] = 0xC0  # ... and a byte that is not UTF-8
    path = tmp_path / "garbled.xlsx"
    path.write_bytes(bytes(data))
    before = store_state(store)
    with pytest.raises(FileRefused) as refused:
        run_import(path, store, ImportOptions(writer="thread"))
    assert "garbled.xlsx is damaged" in str(refused.value)
    assert store_state(store) == before


def test_the_wizard_preview_and_the_error_report_show_the_formula_and_its_reason(
        tmp_path: Path, store: Store) -> None:
    path = make_xlsx(tmp_path / "no-results.xlsx", [
        ["이름", "연락처", "블로그 URL"],
        ['=CONCATENATE("김","하늘")', 1012345678, "https://a.example.com/haneul"],
        ["최유진", 1055556666, "https://a.example.com/yujin"],
    ])
    plan = preview(prepare(path), store)  # the wizard's steps
    assert [(e.row, e.column) for e in plan.errors if "holds no result" in e.message] == [
        (2, "이름")]
    report = tmp_path / "errors.xlsx"
    run_import(path, store, ImportOptions(writer="thread"), report=report)
    sheet = openpyxl.load_workbook(report)["Errors"]
    name, reasons = sheet["A2"], sheet["D2"]
    # Left empty, never a live formula nor its text: imported again unfixed, the text would
    # become a person's name. The reasons column quotes the formula.
    assert name.value is None
    assert 'Cell A2 has the formula =CONCATENATE("김","하늘")' in reasons.value
    assert sheet.max_row == 2
    again = run_import(report, store, ImportOptions(writer="thread"), dry_run=True)
    assert [e.message for e in again.plan.errors] == ["A name is required."]
    assert {name for name, _, _ in people(store)} == {"최유진"}


def test_a_name_formula_without_a_result_is_reported_once_not_also_as_missing(
        tmp_path: Path, store: Store) -> None:
    # The notes column comes first, so the name's error is not the row's first one.
    path = make_xlsx(tmp_path / "name-formula.xlsx", [
        ["메모", "이름", "블로그 URL"],
        ['="VIP "&"고객"', '=CONCATENATE("김","하늘")', "https://a.example.com/haneul"],
    ])
    result = run_import(path, store, ImportOptions(writer="thread"))
    name_errors = [e.message for e in result.plan.errors if e.column == "이름"]
    assert len(name_errors) == 1
    assert "holds no result" in name_errors[0]
    assert people(store) == set()

