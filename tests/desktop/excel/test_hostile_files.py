"""Issue 17's findings about files from outside: each was a crash, a traceback or bad data
before; now a sentence (store untouched) or clean data."""

from __future__ import annotations

import csv
import io
import struct
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.excel import FileRefused, ImportLimits, ImportOptions, run_import
from desktop.store import Store
from tests.desktop.excel.conftest import HEADER, make_xlsx, store_state

FIXTURES = Path(__file__).parent / "fixtures" / "libreoffice"


def refused(path: Path, store: Store, limits: ImportLimits | None = None) -> str:
    before = store_state(store)
    options = ImportOptions(limits=limits) if limits else ImportOptions()
    with pytest.raises(FileRefused) as err:
        run_import(path, store, options)
    assert store_state(store) == before
    return str(err.value)


def names(store: Store) -> list[str]:
    with store.snapshot() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT name FROM influencer ORDER BY name")]


# -- sparse sheets: the real extent of the cells is checked before the grid is built ------

def test_one_value_at_xfd250000_is_refused_before_the_reader_builds_a_grid(
        tmp_path: Path, store: Store) -> None:
    # 5 KB on disk; read as a grid it would be 250,000 x 16,384 cells (131 GB).
    path = tmp_path / "stray.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("명단")
    sheet.write_row(0, 0, HEADER[:2])
    sheet.write_row(1, 0, ["김하늘", "010-1234-5678"])
    sheet.write(249_999, 16_383, "x")
    workbook.close()
    assert path.stat().st_size < 10_000
    message = refused(path, store)
    assert message.startswith("Sheet '명단' reaches column XFD (a value in cell XFD250000); "
                              "at most 200 columns can be imported.")


def test_a_stray_value_far_right_is_named_so_the_user_can_delete_it(
        tmp_path: Path, store: Store) -> None:
    path = make_xlsx(tmp_path / "wide.xlsx", [HEADER, ["김하늘", "010-1234-5678"]])
    workbook = openpyxl.load_workbook(path)
    workbook.active["ZZ7"] = "메모"
    workbook.save(path)
    assert "(a value in cell ZZ7)" in refused(path, store)


def test_a_wide_table_within_the_limit_imports_and_a_value_past_it_is_still_named(
        tmp_path: Path, store: Store) -> None:
    # Thousands of two-letter cells (AA..GR) are within the 200-column limit: the far-cell
    # search cannot skip them cheaply and must still find the one value past GR.
    wide_header = [*HEADER, *(f"extra {n}" for n in range(len(HEADER), 200))]
    rows = [wide_header] + [["김하늘" + str(i), f"010-1234-{i:04d}",
                             *(["x"] * (200 - 2))] for i in range(30)]
    path = make_xlsx(tmp_path / "wide.xlsx", rows)
    assert run_import(path, store).to_json()["rows"] == 30
    workbook = openpyxl.load_workbook(path)
    workbook.active["GS25"] = "메모"
    workbook.save(path)
    assert "(a value in cell GS25)" in refused(path, store)


def test_a_declared_dimension_that_lies_does_not_hide_the_real_extent(
        tmp_path: Path, store: Store) -> None:
    path = tmp_path / "liar.xlsx"
    good = make_xlsx(tmp_path / "good.xlsx", [HEADER, ["김하늘", "010-1234-5678"]])
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>",
                                    b'<row r="9"><c r="AAA9" t="inlineStr"><is><t>x</t></is>'
                                    b"</c></row></sheetData>")
            dst.writestr(item, data)
    assert "(a value in cell AAA9)" in refused(path, store)


def test_an_ods_with_a_value_past_thousands_of_repeated_empty_cells_is_refused(
        tmp_path: Path, store: Store) -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="명단">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>이름</text:p>'
        '</table:table-cell></table:table-row>'
        '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="16000"/>'
        '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'
        '</table:table-row></table:table></office:spreadsheet></office:body>'
        '</office:document-content>')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    path = tmp_path / "far.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", manifest)
        zf.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    assert "(a value in cell WQK5)" in refused(path, store)


def test_an_xls_with_a_value_in_its_last_column_is_refused(tmp_path: Path, store: Store) -> None:
    data = bytearray((FIXTURES / "people.xls").read_bytes())
    # Move the sheet's last text cell (a LABELSST record: row, column, format, string) to
    # IV65536, the far corner of the .xls grid (65,536 x 256 cells).
    at = data.rfind(b"\xfd\x00\x0a\x00")
    assert at > 0
    struct.pack_into("<HH", data, at + 4, 65535, 255)
    path = tmp_path / "far.xls"
    path.write_bytes(bytes(data))
    assert "(a value in cell IV65536)" in refused(path, store)


def test_the_cell_budget_keeps_an_honest_large_file_to_a_sentence(
        tmp_path: Path, store: Store) -> None:
    path = make_xlsx(tmp_path / "big.xlsx", [HEADER, *[["김하늘", f"010-1234-{i:04d}", "a@b.kr",
                                                        "뷰티", "", ""] for i in range(40)]])
    message = refused(path, store, ImportLimits(max_cells=100))
    assert message == ("Sheet '명단' spans 41 rows x 6 columns (246 cells); at most 100 cells "
                       "can be imported at once. Delete the columns the import does not need, "
                       "or split the file.")


# -- text encodings and NUL characters -------------------------------------------------

@pytest.mark.parametrize("encoding, bom", [
    ("utf-16-le", "\ufeff"),  # Excel's "Unicode text"
    ("utf-16-be", "\ufeff"),
    ("utf-16-le", ""),  # no BOM: every other byte is NUL
    ("cp949", ""),
    ("utf-8", "\ufeff"),
])
def test_csv_in_the_encodings_office_tools_write_imports_the_same(
        tmp_path: Path, store: Store, encoding: str, bom: str) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes((bom + "이름,연락처\n김하늘,010-1234-5678\n박지수,010-9876-5432\n")
                     .encode(encoding))
    run_import(path, store)
    assert names(store) == ["김하늘", "박지수"]


def test_a_binary_file_named_csv_is_still_refused(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert "photo.csv" in refused(path, store)


def test_a_nul_past_the_first_64_kb_of_a_csv_never_reaches_the_store(
        tmp_path: Path, store: Store) -> None:
    filler = "".join(f"사람{i:05d},010-55{i // 10000:02d}-{i % 10000:04d}\n" for i in range(4000))
    assert len(filler.encode()) > 65536
    path = tmp_path / "list.csv"
    path.write_bytes(("이름,연락처\n" + filler + "김\x00하늘,010-1234-5678\n").encode())
    run_import(path, store)
    stored = names(store)
    assert "김하늘" in stored
    assert not any("\x00" in name for name in stored)


def test_excel_nul_escapes_are_cleaned_from_every_field(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "escapes.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("명단")
    sheet.write_row(0, 0, ["이름", "연락처", "메모"])
    # xlsxwriter writes control characters as Excel does: `_x0000_` escapes in the XML.
    sheet.write_row(1, 0, ["김\x00하늘", "010-1234-5678", "첫 줄\x00\n둘째\x01 줄"])
    workbook.close()
    assert b"_x0000_" in zipfile.ZipFile(path).read("xl/sharedStrings.xml")
    run_import(path, store)
    with store.snapshot() as conn:
        [(name, notes)] = conn.exec_driver_sql("SELECT name, notes FROM influencer").all()
    assert (name, notes) == ("김하늘", "첫 줄\n둘째 줄")


def _zip_name_not_utf8(tmp_path: Path) -> Path:
    good = make_xlsx(tmp_path / "good.xlsx", [HEADER, ["김하늘", "010-1234-5678"]])
    path = tmp_path / "names.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("xl/media/PLACEHOLDER.png", b"x")
    data = bytearray(path.read_bytes())
    name = b"xl/media/PLACEHOLDER.png"
    bad = b"xl/media/\xff\xfe\xfdCEHOLDER.png"  # not UTF-8, with the UTF-8 flag set
    for signature, flag_at, name_len_at, name_at in ((b"PK\x03\x04", 6, 26, 30),
                                                     (b"PK\x01\x02", 8, 28, 46)):
        at = data.find(signature)
        while at >= 0:
            length = struct.unpack_from("<H", data, at + name_len_at)[0]
            if data[at + name_at:at + name_at + length] == name:
                data[at + name_at:at + name_at + length] = bad
                flags = struct.unpack_from("<H", data, at + flag_at)[0]
                struct.pack_into("<H", data, at + flag_at, flags | 0x800)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


def test_a_zip_entry_name_that_is_not_utf8_gives_a_sentence(tmp_path: Path,
                                                           store: Store) -> None:
    assert refused(_zip_name_not_utf8(tmp_path), store) == (
        "names.xlsx is damaged (it is not a readable zip package); open it in Excel and save "
        "it again.")


# -- fuzz: damaged files and hostile cells ------------------------------------------------

@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 255)), min_size=1,
                      max_size=6))
def test_a_damaged_workbook_gives_a_sentence_or_an_import_never_a_traceback(
        tmp_path: Path, store: Store, flips: list[tuple[int, int]]) -> None:
    source = tmp_path / "source.xlsx"
    if not source.exists():
        make_xlsx(source, [HEADER, ["김하늘", "010-1234-5678", "a@b.kr", "뷰티"]])
    data = bytearray(source.read_bytes())
    for at, xor in flips:
        data[at % len(data)] ^= xor
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    before = store_state(store)
    try:
        run_import(path, store, ImportOptions())
    except FileRefused as refusal:
        assert str(refusal).startswith("damaged.xlsx") or "Sheet" in str(refusal)
        assert store_state(store) == before


_HOSTILE_TEXT = st.text(alphabet=st.characters(codec=None, blacklist_categories=()),
                        max_size=60)


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.tuples(_HOSTILE_TEXT, _HOSTILE_TEXT, _HOSTILE_TEXT), min_size=1,
                      max_size=5))
def test_hostile_csv_cells_are_imported_clean_or_reported_per_row(
        tmp_path: Path, store: Store, cells: list[tuple[str, str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["이름", "연락처", "메모"])
    writer.writerows(cells)
    path = tmp_path / "hostile.csv"
    # UTF-16 is the one encoding that can carry a lone surrogate (as a broken code unit).
    path.write_bytes(buffer.getvalue().encode("utf-16", "surrogatepass"))
    try:
        result = run_import(path, store)
    except FileRefused:
        return  # a sentence for the whole file (e.g. a NUL-only file): nothing was stored
    assert result.plan.rows >= 0
    with store.snapshot() as conn:
        texts = [v for row in conn.exec_driver_sql("SELECT name, phone, notes FROM influencer")
                 for v in row if isinstance(v, str)]
    for text in texts:
        assert "\x00" not in text
        text.encode("utf-8")  # no lone surrogate reached the store


def test_a_csv_over_the_cell_budget_gets_a_sentence(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("이름,연락처,메모\n" + "김하늘,010-1234-5678,x\n" * 50, encoding="utf-8")
    assert refused(path, store, ImportLimits(max_cells=100)) == (
        "wide.csv holds more than 100 cells; delete the columns the import does not need, "
        "or split the file.")
