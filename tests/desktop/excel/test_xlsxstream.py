"""The streaming .xlsx writer: files open in openpyxl and calamine, cells keep their types,
nothing becomes a formula, and the workbook has what the export promises."""

from __future__ import annotations

import math
import random
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import openpyxl
import pytest
from defusedxml import ElementTree
from python_calamine import CalamineWorkbook
from xlsxwriter.utility import _datetime_to_excel_datetime as datetime_to_excel_datetime

from desktop.excel.exporting.xlsxstream import (
    Link,
    StreamingWorkbook,
    atomic_workbook,
    escape_text,
    excel_serial,
)

TRICKY_TEXT = [
    "plain", "김민지", "a & b < c > d", 'quote " and \' apostrophe', "line\nbreak",
    " leading space", "trailing space ", "\u00a0nbsp", "tab\tinside", "_x0041_ literal",
    "ctrl \x01\x07\x1f chars", "emoji 😀 and 한글", "<r><t>not rich</t></r>", "]]>",
    "x" * 5000, "1234", "0010", "TRUE", "1e5", "2024-03-01",
]
FORMULAS = ["=1+1", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\r=1+1",
            "=HYPERLINK(\"http://evil.example\",\"x\")", "=cmd|' /C calc'!A0"]


def write(path: Path, rows: list[list[object]], *, urls: tuple[int, ...] = (),
          max_links: int = 65_530, widths: list[float] | None = None) -> int:
    with StreamingWorkbook(path) as book:
        sheet = book.add_sheet("Data", max_links)
        sheet.header([f"c{i}" for i in range(max(len(r) for r in rows))])
        for values in rows:
            sheet.row(values, urls)
        sheet.finish(widths or [12] * sheet.width)
        return sheet.plain_links


def calamine_rows(path: Path, sheet: str = "Data") -> list[list[object]]:
    book = CalamineWorkbook.from_path(str(path))
    try:
        return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    finally:
        book.close()


def test_text_comes_back_exactly_in_both_readers(tmp_path: Path) -> None:
    out = tmp_path / "text.xlsx"
    write(out, [[t] for t in TRICKY_TEXT])
    cells = [row[0] for row in openpyxl.load_workbook(out)["Data"].iter_rows(min_row=2)]
    assert all(c.data_type == "s" for c in cells)
    # openpyxl leaves Excel's _xHHHH_ escapes in place; calamine decodes them.
    assert [c.value for c in cells] == [escape_text(t).replace("&amp;", "&").replace(
        "&lt;", "<").replace("&gt;", ">") for t in TRICKY_TEXT]
    assert [r[0] for r in calamine_rows(out)[1:]] == TRICKY_TEXT


def test_formula_payloads_are_quoted_text_never_formulas(tmp_path: Path) -> None:
    out = tmp_path / "formulas.xlsx"
    write(out, [[p, "plain"] for p in FORMULAS])
    sheet = openpyxl.load_workbook(out)["Data"]
    for row in sheet.iter_rows(min_row=2):
        assert row[0].data_type == "s" and row[0].quotePrefix
        assert row[1].data_type == "s" and not row[1].quotePrefix
    assert [r[0] for r in calamine_rows(out)[1:]] == FORMULAS
    with zipfile.ZipFile(out) as zf:
        sheet_xml = zf.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml and b"<f " not in sheet_xml


def test_numbers_booleans_and_dates_keep_their_types(tmp_path: Path) -> None:
    seoul = timezone(timedelta(hours=9))
    aware = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    values: list[object] = [0, 7, -3, 2**40, 1.5, 1e-7, 123456.789, True, False,
                            datetime(2024, 3, 2, 18, 45), aware, datetime(2024, 3, 1, tzinfo=seoul),
                            date(2023, 12, 31), math.inf, math.nan, None, "", timedelta(hours=2)]
    out = tmp_path / "types.xlsx"
    write(out, [values])
    cells = next(openpyxl.load_workbook(out)["Data"].iter_rows(min_row=2))
    got = [c.value for c in cells]
    assert got[:9] == [0, 7, -3, 2**40, 1.5, 1e-7, 123456.789, True, False]
    assert [c.data_type for c in cells[:7]] == ["n"] * 7
    assert got[9] == datetime(2024, 3, 2, 18, 45)
    assert got[10] == aware.astimezone().replace(tzinfo=None)
    assert got[11] == datetime(2024, 3, 1, tzinfo=seoul).astimezone().replace(tzinfo=None)
    assert cells[9].number_format == "yyyy-mm-dd hh:mm"
    assert got[12] == datetime(2023, 12, 31) and cells[12].number_format == "yyyy-mm-dd"
    assert got[13:15] == ["inf", "nan"]
    assert got[15:17] == [None, None]
    assert got[17] == "2:00:00"
    row = calamine_rows(out)[1]
    assert row[9] == datetime(2024, 3, 2, 18, 45) and row[12] == date(2023, 12, 31)


def test_serial_numbers_match_xlsxwriter() -> None:
    rnd = random.Random(1)
    for _ in range(2000):
        moment = datetime(1900, 3, 1) + timedelta(seconds=rnd.randint(0, 4_000_000_000),
                                                  microseconds=rnd.randint(0, 999_999))
        assert excel_serial(moment) == datetime_to_excel_datetime(moment, False, False)


def test_header_is_bold_frozen_filtered_and_columns_have_widths(tmp_path: Path) -> None:
    out = tmp_path / "look.xlsx"
    write(out, [["a", 1, "b"], ["c", 2, "d"]], widths=[10, 20, 55.5])
    sheet = openpyxl.load_workbook(out)["Data"]
    assert [c.value for c in sheet[1]] == ["c0", "c1", "c2"]
    assert all(c.font.b and c.fill.fgColor.rgb == "FFEEF2F7" and c.border.left.style == "thin"
               for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C3"
    assert [round(sheet.column_dimensions[c].width) for c in "ABC"] == [11, 21, 56]
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None
        for name in zf.namelist():  # well-formed, no DTD anywhere
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(zf.read(name))
        workbook = zf.read("xl/workbook.xml").decode()
    assert "_xlnm._FilterDatabase" in workbook and "'Data'!$A$1:$C$3" in workbook


def test_links_are_clickable_up_to_the_limit_then_plain_text(tmp_path: Path) -> None:
    urls = [f"https://a.example.com/user_{i}" for i in range(5)]
    rows: list[list[object]] = [[u, "x"] for u in urls]
    rows += [["https://a.example.com/with space#frag"], ["ftp://not.a.web.link/x"],
             ["=HYPERLINK(\"x\")"], ["https://a.example.com/" + "y" * 2100]]
    out = tmp_path / "links.xlsx"
    assert write(out, rows, urls=(0,), max_links=5) == 1
    sheet = openpyxl.load_workbook(out)["Data"]
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [c.hyperlink.target if c.hyperlink else None for c in cells[:5]] == urls
    assert all(c.font.u == "single" for c in cells[:5])
    assert cells[5].hyperlink is None and cells[5].value == "https://a.example.com/with space#frag"
    assert all(c.hyperlink is None for c in cells[6:])
    assert cells[7].quotePrefix and cells[7].data_type == "s"

    out = tmp_path / "anchor.xlsx"
    write(out, [["https://a.example.com/with space#frag"]], urls=(0,))
    cell = openpyxl.load_workbook(out)["Data"]["A2"]
    assert cell.hyperlink.target == "https://a.example.com/with%20space"
    assert cell.hyperlink.location == "frag"
    assert cell.value == "https://a.example.com/with space#frag"


def test_several_sheets_names_made_valid_and_unique(tmp_path: Path) -> None:
    out = tmp_path / "sheets.xlsx"
    with StreamingWorkbook(out) as book:
        for name in ("Platform A", "Platform A", "a/b:c?" + "x" * 40, "Tom's"):
            sheet = book.add_sheet(name)
            sheet.header(["h"])
            sheet.row([name])
            sheet.finish([10])
    names = openpyxl.load_workbook(out).sheetnames
    assert names == ["Platform A", "Platform A (2)", ("a_b_c_" + "x" * 40)[:31], "Tom's"]
    assert CalamineWorkbook.from_path(str(out)).sheet_names == names
    assert calamine_rows(out, "Tom's") == [["h"], ["Tom's"]]


def test_an_empty_sheet_and_an_empty_workbook_still_open(tmp_path: Path) -> None:
    out = tmp_path / "empty.xlsx"
    with StreamingWorkbook(out) as book:
        sheet = book.add_sheet("Only header")
        sheet.header(["a", "b"])
        sheet.finish([8, 8])
    sheet_ = openpyxl.load_workbook(out)["Only header"]
    assert [c.value for c in sheet_[1]] == ["a", "b"] and sheet_.max_row == 1
    bare = tmp_path / "bare.xlsx"
    StreamingWorkbook(bare).close()
    assert openpyxl.load_workbook(bare).sheetnames == ["Sheet1"]


def test_an_error_while_writing_leaves_an_abandoned_file(tmp_path: Path) -> None:
    out = tmp_path / "broken.xlsx"
    with pytest.raises(RuntimeError), StreamingWorkbook(out) as book:
        sheet = book.add_sheet("x")
        sheet.row(["a"])
        raise RuntimeError("stop")
    with zipfile.ZipFile(out) as zf:  # the caller deletes it; it is not a finished workbook
        assert "xl/workbook.xml" not in zf.namelist()


def test_many_rows_stream_to_a_valid_file(tmp_path: Path) -> None:
    out = tmp_path / "big.xlsx"
    rows: list[list[object]] = [[f"name{i}", i, i / 3, datetime(2024, 1, 1) + timedelta(
        minutes=i), f"https://b.example.com/u{i}"] for i in range(3000)]
    write(out, rows, urls=(4,))
    got = calamine_rows(out)
    assert len(got) == 3001 and got[-1][:3] == ["name2999", 2999, 2999 / 3]
    read = openpyxl.load_workbook(out, read_only=True)["Data"]
    assert sum(1 for _ in read.iter_rows()) == 3001


def test_a_labelled_link_shows_its_label_and_opens_its_target(tmp_path: Path) -> None:
    out = tmp_path / "labels.xlsx"
    with StreamingWorkbook(out) as book:
        sheet = book.add_sheet("Data", max_links=1)
        sheet.header(["profile"])
        sheet.row([Link("https://a.example.com/minji", "링크")])
        sheet.row([Link("https://a.example.com/seojun", "바로가기")])  # past the limit
        sheet.row([Link("javascript:alert(1)", "=cmd|' /C calc'!A0")])
        sheet.finish([10])
    cells = [row[0] for row in openpyxl.load_workbook(out)["Data"].iter_rows(min_row=2)]
    assert [c.value for c in cells] == ["링크", "바로가기", "=cmd|' /C calc'!A0"]
    assert cells[0].hyperlink.target == "https://a.example.com/minji"
    assert cells[1].hyperlink is None and cells[2].hyperlink is None
    assert cells[2].data_type == "s" and cells[2].quotePrefix


def test_rows_are_highlighted_by_a_conditional_format(tmp_path: Path) -> None:
    out = tmp_path / "highlight.xlsx"
    with StreamingWorkbook(out) as book:
        sheet = book.add_sheet("Data")
        sheet.header(["name", "status"])
        for status in ("public", "private", ""):
            sheet.row(["x", status])
        sheet.highlight_rows(1, 3, 2, 'AND($B2<>"",$B2<>"public")')
        sheet.finish([10, 10])
    book_ = openpyxl.load_workbook(out)
    (area, rules), = [(str(r.sqref), r.rules) for r in book_["Data"].conditional_formatting]
    assert area == "A2:B4"
    assert rules[0].formula == ['AND($B2<>"",$B2<>"public")']
    assert rules[0].dxf.fill.bgColor.rgb == "FFFDE2E1"
    assert calamine_rows(out)[1:] == [["x", "public"], ["x", "private"], ["x", ""]]


def test_an_atomic_workbook_appears_only_when_complete(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    out.write_bytes(b"the earlier report")
    with pytest.raises(RuntimeError), atomic_workbook(out) as book:
        book.add_sheet("x").row(["a"])
        raise RuntimeError("cancelled")
    assert out.read_bytes() == b"the earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]
    with atomic_workbook(out) as book:
        book.add_sheet("x").row(["a"])
    assert calamine_rows(out, "x") == [["a"]]
    with pytest.raises(FileNotFoundError), atomic_workbook(tmp_path / "missing" / "out.xlsx"):
        pass
