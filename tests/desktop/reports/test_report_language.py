"""Report workbooks in the staff's language: a Korean verification workbook (headers, status
values, reasons, summary) that a later run, in either language, updates in place; and a
Korean comment analysis."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.i18n.catalog import render
from desktop.jobs import quiet
from desktop.reports.comments import analyze_comments
from desktop.reports.verify import verify_posts
from desktop.reports.workbook import MAX_CELL_CHARS, cell_text
from desktop.store import Store
from platform_sim.server import SimHandle
from tests.desktop.excel.conftest import make_xlsx
from tests.desktop.reports.conftest import (
    FAST,
    a_post_url,
    a_profile,
    b_post_url,
    b_profile,
    posts_where,
)

KOREAN_RESULTS = ["확인한 플랫폼", "확인한 아이디", "일일 방문자", "팔로워", "게시물 상태",
                  "사유", "확인 시각", "게시물 제목", "게시일", "댓글"]


def campaign(sim: SimHandle, tmp_path: Path) -> tuple[Path, list[list[object]]]:
    a_public, b_public = posts_where(sim, "A")[0], posts_where(sim, "B")[0]
    a_private = posts_where(sim, "A", visibility="private")[0]
    b_deleted = posts_where(sim, "B", deleted=True)[0]
    rows: list[list[object]] = [
        ["담당자", "블로그", "포스팅 링크"],
        ["김민지", a_profile(a_public.handle), a_post_url(a_public)],
        ["이서연", b_profile(b_public.handle), b_post_url(b_public)],
        ["박지수", a_profile(a_private.handle), a_post_url(a_private)],
        ["최유나", b_profile(b_deleted.handle), b_post_url(b_deleted)],
        ["정하늘", a_profile(a_public.handle), ""],
    ]
    return make_xlsx(tmp_path / "캠페인.xlsx", rows), rows


def test_a_korean_verification_reads_korean_from_header_to_summary(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    source, rows = campaign(sim, tmp_path)
    out = tmp_path / "검증.xlsx"
    verify_posts(store, source, out, quiet(), policy=FAST, language="ko")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [book.sheetnames[0], "요약"]
    sheet = list(book.worksheets[0].iter_rows(values_only=True))
    assert list(sheet[0]) == rows[0] + KOREAN_RESULTS
    by_name = {r[0]: dict(zip(sheet[0], r, strict=True)) for r in sheet[1:]}
    public_a = by_name["김민지"]
    assert public_a["게시물 상태"] == "공개" and public_a["확인한 플랫폼"] == "A"
    assert public_a["게시물 제목"] and public_a["게시일"] is not None
    assert isinstance(public_a["댓글"], int)  # a public Platform A post: its comment count
    assert by_name["이서연"]["게시물 상태"] == "공개"
    assert by_name["박지수"]["게시물 상태"] == "비공개"
    assert by_name["박지수"]["댓글"] is None  # a private post is not "0 comments"
    assert by_name["최유나"]["게시물 상태"] == "삭제됨"
    assert by_name["정하늘"]["게시물 상태"] == "잘못된 URL"
    assert by_name["정하늘"]["사유"] == "이 행에 게시물 URL이 없습니다."
    # The highlight compares with the Korean word for public.
    rules = [r for cf in book.worksheets[0].conditional_formatting for r in cf.rules]
    assert rules[0].formula == ['AND($H2<>"",$H2<>"공개")']
    summary = dict(r[:2] for r in book["요약"].iter_rows(values_only=True) if r[0])
    assert summary["상태"] == "행"
    assert summary["공개"] == 2 and summary["비공개"] == 1 and summary["삭제됨"] == 1
    assert summary["합계"] == 5 and summary["입력 파일"] == "캠페인.xlsx"
    assert str(summary["열"]).startswith("프로필 URL 열 B (블로그)")


def test_a_korean_output_verified_again_in_english_keeps_its_columns(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    source, rows = campaign(sim, tmp_path)
    korean = tmp_path / "검증.xlsx"
    verify_posts(store, source, korean, quiet(), policy=FAST, language="ko")
    again = tmp_path / "checked.xlsx"
    verify_posts(store, korean, again, quiet(), policy=FAST, language="en")
    sheet = list(openpyxl.load_workbook(again).worksheets[0].iter_rows(values_only=True))
    # The Korean result columns are recognised and written over, not repeated on the right.
    assert len(sheet[0]) == len(rows[0]) + len(KOREAN_RESULTS)
    assert list(sheet[0]) == rows[0] + ["Checked platform", "Checked handle",
                                        "Daily visitors", "Followers", "Post status", "Reason",
                                        "checked_at", "Post title", "Post date", "Comments"]
    assert [r[7] for r in sheet[1:]] == ["public", "public", "private", "deleted",
                                        "invalid_url"]
    # ... and back to Korean: still in place.
    back = tmp_path / "다시.xlsx"
    verify_posts(store, again, back, quiet(), policy=FAST, language="ko")
    header = next(openpyxl.load_workbook(back).worksheets[0].iter_rows(values_only=True))
    assert list(header) == rows[0] + KOREAN_RESULTS


def test_a_korean_comment_analysis_has_korean_sheets_and_labels(
        sim: SimHandle, store: Store, tmp_path: Path) -> None:
    public = posts_where(sim, "A")[0]
    private = posts_where(sim, "A", visibility="private")[0]
    out = tmp_path / "댓글.xlsx"
    analyze_comments(store, [a_post_url(public), a_post_url(private)], quiet(), out_path=out,
                     policy=FAST, language="ko")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["댓글", "댓글 작성자", "URL", "요약"]
    summary = {r[0]: r[1] for r in book["요약"].iter_rows(values_only=True) if r[0]}
    assert summary["게시물"] == 2 and summary["분석한 게시물"] == 1
    failed = [key for key, value in summary.items()
              if value == "플랫폼 A에서 비공개 게시물이라 댓글을 읽을 수 없습니다."]
    assert len(failed) == 1 and a_post_url(private) in str(failed[0])


def test_a_cell_too_long_for_excel_says_how_much_was_left_out_in_korean() -> None:
    urls = [f"https://b.example.com/p/post{n:07d}" for n in range(2_000)]
    text = cell_text(urls, "\n", lambda t: render(t, "ko"))
    assert len(text) <= MAX_CELL_CHARS
    kept = text.count("https://")
    assert text.endswith(f"… 외 {2_000 - kept:,}개") and kept < 2_000
