"""What staff's real files look like: titles above the header, Korean headers, links pasted
as 'profile', merged group headers, phones that lost their zero, empty rows, CP949 CSV."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop.excel import ImportOptions, MappingError, prepare, preview
from desktop.excel.importing.plan import Action
from desktop.store import Store
from tests.desktop.excel.conftest import HEADER, make_xlsx


def fields_of(prepared) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {c.header: c.field for c in prepared.mapping.columns}


def test_header_row_is_found_below_title_rows_and_korean_headers_are_mapped(
        tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "list.xlsx", [
        ["2024년 3월 인플루언서 명단"],
        ["작성: 마케팅팀", None, "기준일 2024-03-01"],
        [],
        ["번호", "성명", "휴대폰", "이메일", "카테고리", "메모", "태그", "플랫폼A", "플랫폼B"],
        [1, "김민지", "010-1234-5678", "minji@naver.com", "뷰티", "VIP", "여름, 캠핑",
         "https://a.example.com/minji_blog", "https://b.example.com/minji.daily"],
    ])
    prepared = prepare(path)
    assert prepared.mapping.header_row == 3  # 0-based: Excel's row 4
    assert fields_of(prepared) == {
        "번호": "ignore", "성명": "name", "휴대폰": "phone", "이메일": "email",
        "카테고리": "category", "메모": "notes", "태그": "tags", "플랫폼A": "a_url",
        "플랫폼B": "b_url"}
    plan = preview(prepared, None)
    assert plan.rows == 1 and not plan.invalid_rows
    group = plan.influencers[0]
    assert (group.name, group.phone, group.notes, group.tags) == (
        "김민지", "+821012345678", "VIP", ["여름", "캠핑"])
    assert {(a.platform.value, a.handle, a.fields.get("email"), a.fields.get("category"))
            for a in group.accounts.values()} == {
        ("A", "minji_blog", "minji@naver.com", "뷰티"),
        ("B", "minji.daily", "minji@naver.com", "뷰티")}


def test_label_only_cells_use_their_hyperlink_targets(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "links.xlsx", [
        ["이름", "블로그", "인스타"],
        ["김민지", "profile", "바로가기"],
        ["이서준", "link", "https://b.example.com/seojun"],
    ], links={"B2": "https://a.example.com/minji_blog", "C2": "https://b.example.com/minji.d",
              "B3": "https://a.example.com/seojun_log",
              "C3": "https://b.example.com/ignored_because_text_is_a_url"})
    plan = preview(prepare(path), None)
    assert not plan.invalid_rows
    handles = sorted(f"{a.platform.value}/{a.handle}" for g in plan.influencers
                     for a in g.accounts.values())
    assert handles == ["A/minji_blog", "A/seojun_log", "B/minji.d", "B/seojun"]


def test_a_column_of_profile_links_is_recognised_by_its_content(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "content.xlsx", [
        ["이름", "SNS 주소 (확인용)", "비고2"],
        ["김민지", "https://b.example.com/minji", "x"],
        ["이서준", "b.example.com/seojun", "y"],
    ])
    prepared = prepare(path)
    column = prepared.mapping.columns[1]
    assert (column.field, column.source) == ("b_url", "content")
    assert prepared.mapping.columns[2].field is None


def test_merged_group_headers_name_the_platform_of_the_columns_below(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "merged.xlsx", [
        ["이름", "연락처", "플랫폼A", None, "플랫폼B", None],
        [None, None, "URL", "이메일", "아이디", "이메일"],
        ["김민지", "01012345678", "https://a.example.com/minji_blog", "blog@minji.kr",
         "minji.daily", "insta@minji.kr"],
    ], merges=["A1:A2", "B1:B2", "C1:D1", "E1:F1"])
    prepared = prepare(path)
    assert prepared.mapping.header_row == 1
    assert [c.field for c in prepared.mapping.columns] == [
        "name", "phone", "a_url", "a_email", "b_handle", "b_email"]
    plan = preview(prepared, None)
    emails = {a.platform.value: a.fields["email"] for a in plan.influencers[0].accounts.values()}
    assert emails == {"A": "blog@minji.kr", "B": "insta@minji.kr"}


def test_phones_that_excel_turned_into_numbers_get_their_leading_zero_back(
        tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "phones.xlsx", [
        ["이름", "전화번호"],
        ["김민지", 1012345678],
        ["이서준", 1098765432.0],
        ["박하늘", "０１０-５５５５-１２３４"],
    ])
    plan = preview(prepare(path), None)
    assert [g.phone for g in plan.influencers] == [
        "+821012345678", "+821098765432", "+821055551234"]


def test_empty_rows_in_the_middle_are_skipped_and_row_numbers_stay_true(
        tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "gaps.xlsx", [
        HEADER,
        ["김민지", "010-1234-5678", "", "", "https://a.example.com/minji_blog", ""],
        [], [None, None, "  "],
        ["이서준", "010-12", "", "", "", ""],
    ])
    plan = preview(prepare(path), None)
    assert plan.rows == 2
    assert [(e.row, e.column, e.value, e.message) for e in plan.errors] == [
        (5, "연락처", "010-12", "'010-12' is not a phone number.")]


def test_cp949_csv_from_korean_excel_is_read(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    text = ("이름,연락처,인스타 URL\r\n"
            "김민지,010-1234-5678,https://b.example.com/minji\r\n"
            "이서준,010-9876-5432,https://b.example.com/seojun\r\n")
    path.write_bytes(text.encode("cp949"))
    plan = preview(prepare(path), None)
    assert [g.name for g in plan.influencers] == ["김민지", "이서준"]
    assert plan.count(Action.CREATE).accounts == 2


def test_utf8_csv_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("이름;블로그 URL\n김민지;a.example.com/minji_blog\n".encode("utf-8-sig"))
    plan = preview(prepare(path), None)
    assert [(g.name, next(iter(g.accounts))[1]) for g in plan.influencers] == [
        ("김민지", "minji_blog")]


def test_ods_workbooks_are_read(tmp_path: Path) -> None:
    path = tmp_path / "list.ods"
    pd.DataFrame({"성명": ["김민지"], "블로그 URL": ["https://a.example.com/minji_blog"]}
                 ).to_excel(path, engine="odf", index=False)
    plan = preview(prepare(path), None)
    assert [g.name for g in plan.influencers] == ["김민지"]


def test_the_user_can_remap_a_column_by_header_or_letter(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "odd.xlsx", [
        ["인플루언서 닉", "폰", "블로그 URL"],
        ["김민지", "010-1234-5678", "https://a.example.com/minji_blog"],
    ])
    with pytest.raises(MappingError, match="No column was recognised as the influencer's name"):
        prepare(path)
    prepared = prepare(path, ImportOptions(overrides=[("인플루언서 닉", "name"), ("B", "phone")]))
    assert [(c.field, c.source) for c in prepared.mapping.columns] == [
        ("name", "user"), ("phone", "user"), ("a_url", "header")]
    with pytest.raises(MappingError, match="There is no column 'Z9'"):
        prepare(path, ImportOptions(overrides=[("Z9", "name")]))


def test_a_sheet_is_chosen_by_name(tmp_path: Path, store: Store) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "요약"
    workbook.active.append(["합계", 3])
    second = workbook.create_sheet("명단")
    second.append(["이름"])
    second.append(["김민지"])
    workbook.save(tmp_path / "two.xlsx")
    prepared = prepare(tmp_path / "two.xlsx", ImportOptions(sheet="명단"))
    assert preview(prepared, store).rows == 1
