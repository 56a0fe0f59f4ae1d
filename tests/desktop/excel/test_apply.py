"""Import into a real store: one transaction, outbox entries, duplicates against the store."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.excel import ImportOptions, OnDuplicate, run_import
from desktop.store import SearchQuery, Store
from tests.desktop.excel.conftest import HEADER, make_xlsx, store_state


def accounts(store: Store) -> list[tuple[str, str, str, str, str, str]]:
    return sorted((r.name, r.phone, r.platform, r.handle, r.email, r.category)
                  for r in store.iter_search(SearchQuery(limit=None)))


def test_valid_rows_are_written_with_outbox_entries_and_invalid_ones_reported(
        tmp_path: Path, store: Store) -> None:
    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADER,
        ["김민지", "010-1234-5678", "minji@naver.com", "뷰티",
         "https://a.example.com/minji_blog", "https://b.example.com/minji.daily"],
        ["이서준", "010-12", "", "", "https://a.example.com/seojun_log", ""],
    ])
    result = run_import(path, store)
    summary = result.to_json()
    assert summary["applied"] is True
    assert (summary["rows"], summary["created"], summary["invalid"]) == (
        2, {"influencers": 1, "accounts": 2}, 1)
    assert accounts(store) == [
        ("김민지", "+821012345678", "A", "minji_blog", "minji@naver.com", "뷰티"),
        ("김민지", "+821012345678", "B", "minji.daily", "minji@naver.com", "뷰티")]
    with store.snapshot() as conn:
        ops = conn.exec_driver_sql("SELECT entity, kind, base_version FROM outbox").all()
    assert sorted(ops) == [("account", "upsert", None), ("account", "upsert", None),
                           ("influencer", "upsert", None)]
    assert store.search(SearchQuery(text="minji")).total == 2  # indexed for search


def test_all_or_nothing_writes_nothing_when_a_row_is_invalid(tmp_path: Path,
                                                             store: Store) -> None:
    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADER,
        ["김민지", "010-1234-5678", "", "", "https://a.example.com/minji_blog", ""],
        ["이서준", "010-12", "", "", "", ""],
    ])
    before = store_state(store)
    result = run_import(path, store, ImportOptions(all_or_nothing=True))
    assert result.applied is False
    assert result.to_json()["invalid"] == 1
    assert "Nothing was imported" in result.message
    assert store_state(store) == before


def test_dry_run_shows_the_preview_and_writes_nothing(tmp_path: Path, store: Store) -> None:
    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADER, ["김민지", "010-1234-5678", "", "", "https://a.example.com/minji_blog", ""]])
    before = store_state(store)
    result = run_import(path, store, dry_run=True)
    assert result.to_json()["created"] == {"influencers": 1, "accounts": 1}
    assert store_state(store) == before


def seed(store: Store) -> None:
    minji = store.create_influencer(name="김민지", phone="010-1234-5678", notes="VIP",
                                    tags=["뷰티"])
    store.create_account(influencer_id=minji.id, platform="A", handle="minji_blog",
                         email="old@minji.kr", category="뷰티")


def test_update_merges_values_and_never_blanks_stored_ones(tmp_path: Path,
                                                           store: Store) -> None:
    seed(store)
    path = make_xlsx(tmp_path / "again.xlsx", [
        ["이름", "연락처", "메모", "태그", "이메일", "카테고리", "블로그 URL", "인스타 URL"],
        ["김민지", "01012345678", "", "캠핑", "new@minji.kr", "",
         "https://a.example.com/minji_blog", "https://b.example.com/minji.daily"],
    ])
    result = run_import(path, store)
    summary = result.to_json()
    assert summary["created"] == {"influencers": 0, "accounts": 1}
    assert summary["details"]["updated"] == {"influencers": 1, "accounts": 1}
    minji = store.find_influencer("김민지", "010-1234-5678")
    assert minji is not None
    assert (minji.notes, minji.tags) == ("VIP", ["뷰티", "캠핑"])  # notes kept, tags merged
    blog = store.find_account("A", "minji_blog")
    assert blog is not None and (blog.email, blog.category) == ("new@minji.kr", "뷰티")
    assert {a.handle for a in store.accounts_of(minji.id)} == {"minji_blog", "minji.daily"}


def test_skip_leaves_stored_records_alone_but_adds_new_accounts(tmp_path: Path,
                                                                store: Store) -> None:
    seed(store)
    path = make_xlsx(tmp_path / "again.xlsx", [
        ["이름", "연락처", "이메일", "블로그 URL", "인스타 URL"],
        ["김민지", "010-1234-5678", "new@minji.kr", "https://a.example.com/minji_blog",
         "https://b.example.com/minji.daily"],
    ])
    summary = run_import(path, store,
                         ImportOptions(on_duplicate=OnDuplicate.SKIP)).to_json()
    assert summary["created"] == {"influencers": 0, "accounts": 1}
    assert summary["skipped"] == 1 and summary["updated"] == 0
    blog = store.find_account("A", "minji_blog")
    assert blog is not None and blog.email == "old@minji.kr"


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
        tmp_path: Path, store: Store) -> None:
    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADER, ["김민지", "010-1234-5678", "m@naver.com", "뷰티",
                 "https://a.example.com/minji_blog", "https://b.example.com/minji.daily"]])
    run_import(path, store)
    before = store_state(store)
    summary = run_import(path, store).to_json()
    assert summary["created"] == {"influencers": 0, "accounts": 0}
    assert (summary["updated"], summary["unchanged"]) == (0, 3)
    assert store_state(store) == before


def test_a_stored_namesake_without_a_phone_is_never_taken_for_the_row(tmp_path: Path,
                                                                        store: Store) -> None:
    kept = store.create_influencer(name="김민지", notes="다른 사람")
    path = make_xlsx(tmp_path / "namesake.xlsx", [
        HEADER, ["김민지", "", "", "뷰티", "https://a.example.com/minji_new", ""]])
    result = run_import(path, store)
    assert result.to_json()["created"] == {"influencers": 1, "accounts": 1}
    [account] = store.search(SearchQuery(text="minji_new")).rows
    assert str(account.influencer_id) != str(kept.id)
    assert store.get_influencer(kept.id) == kept  # the stored person is untouched


def test_an_account_owned_by_someone_else_in_the_store_is_refused(tmp_path: Path,
                                                                  store: Store) -> None:
    seed(store)
    path = make_xlsx(tmp_path / "steal.xlsx", [
        ["이름", "블로그 URL"], ["이서준", "https://a.example.com/minji_blog"]])
    plan = run_import(path, store, dry_run=True).plan
    assert [e.message for e in plan.errors] == [
        "The account A/minji_blog belongs to 김민지 (+821012345678), not to 이서준."]


def test_the_error_report_holds_the_original_rows_and_their_reasons(tmp_path: Path,
                                                                    store: Store) -> None:
    path = make_xlsx(tmp_path / "in.xlsx", [
        ["명단"],
        HEADER,
        ["김민지", "010-1234-5678", "", "", "https://a.example.com/minji_blog", ""],
        ["이서준", "010-12", "bad@", "", "", ""],
    ])
    report = tmp_path / "errors.xlsx"
    result = run_import(path, store, report=report)
    assert result.report == report
    sheet = openpyxl.load_workbook(report).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == [*HEADER, "Errors"]
    assert rows[1][:6] == ["이서준", "010-12", "bad@", None, None, None]
    assert rows[1][6].splitlines() == [
        "Row 4, column 연락처: '010-12' is not a phone number.",
        "Row 4, column 이메일: Email belongs to an account: give a platform URL or handle "
        "on this row.",
    ]
    # Fixing the cell in the report and importing it again works: the Errors column is ignored.
    sheet.cell(2, 2).value = "010-9876-5432"
    sheet.cell(2, 3).value = ""
    sheet.cell(2, 5).value = "https://a.example.com/seojun_log"
    fixed = tmp_path / "fixed.xlsx"
    sheet.parent.save(fixed)
    summary = run_import(fixed, store).to_json()
    assert (summary["invalid"], summary["created"]) == (0, {"influencers": 1, "accounts": 1})


