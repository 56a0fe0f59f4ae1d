"""Exports in Korean: headers, sheet names and status values in the staff's language, and
the file imports back unchanged (the import reads either language's headers and statuses)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.excel import ImportOptions, export_search, run_import
from desktop.store import SearchQuery, Store
from tests.desktop.excel.conftest import store_state
from tests.desktop.excel.test_export import seed


def test_a_korean_export_reads_korean_and_imports_back_with_zero_changes(
        tmp_path: Path, store: Store) -> None:
    seed(store)
    out = tmp_path / "내보내기.xlsx"
    result = export_search(store, out, SearchQuery(), language="ko")
    assert result.sheets == {"플랫폼 A": 2, "플랫폼 B": 1}
    book = openpyxl.load_workbook(out)
    header = [c.value for c in book["플랫폼 B"][1]]
    assert header[:12] == ["이름", "연락처", "태그", "메모", "플랫폼", "아이디", "프로필 URL",
                           "이메일", "카테고리", "상태", "계정 메모", "다른 플랫폼 계정"]
    assert header[12:14] == ["팔로워", "팔로워 날짜"]
    row = dict(zip(header, (c.value for c in book["플랫폼 B"][2]), strict=True))
    assert row["상태"] == "비활성" and row["이름"] == "김민지"

    before = store_state(store)
    for sheet in ("플랫폼 A", "플랫폼 B"):
        summary = run_import(out, store, ImportOptions(sheet=sheet)).to_json()
        assert summary["invalid"] == 0, summary["errors"]
        assert summary["created"] == {"influencers": 0, "accounts": 0}
        assert summary["updated"] == 0 and summary["unchanged"] > 0
    assert store_state(store) == before


def test_status_values_are_read_in_either_language(tmp_path: Path, store: Store) -> None:
    sheet = tmp_path / "상태.csv"
    sheet.write_text("이름,인스타 URL,상태\n"
                     "가은,https://b.example.com/gaeun,찾을 수 없음\n"
                     "나래,https://b.example.com/narae,비활성\n"
                     "다인,https://b.example.com/dain,Not found\n"
                     "라온,https://b.example.com/raon,활성\n", encoding="utf-8")
    summary = run_import(sheet, store, ImportOptions()).to_json()
    assert summary["invalid"] == 0, summary["errors"]
    statuses = {r.handle: r.status for r in store.iter_search(SearchQuery(limit=None))}
    assert statuses == {"gaeun": "not_found", "narae": "inactive", "dain": "not_found",
                        "raon": "active"}


def test_an_english_export_imports_back_into_a_korean_desk(
        tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFLUENCER_DESK_LANGUAGE", "ko")
    seed(store)
    out = tmp_path / "export-en.xlsx"
    export_search(store, out, SearchQuery(), language="en")
    assert [c.value for c in openpyxl.load_workbook(out)["Platform B"][1]][:2] == [
        "Name", "Phone"]
    before = store_state(store)
    for sheet in ("Platform A", "Platform B"):
        summary = run_import(out, store, ImportOptions(sheet=sheet)).to_json()
        assert summary["invalid"] == 0, summary["errors"]
        assert summary["created"] == {"influencers": 0, "accounts": 0}
    assert store_state(store) == before


def test_english_headers_with_korean_values_and_korean_headers_with_english_values(
        tmp_path: Path, store: Store) -> None:
    sheet = tmp_path / "섞임.csv"
    sheet.write_text("Name,Platform,Handle,Status,카테고리\n"
                     "가은,플랫폼 B,gaeun,비활성,뷰티\n"
                     "나래,Platform A,narae,Active,food\n", encoding="utf-8")
    summary = run_import(sheet, store, ImportOptions()).to_json()
    assert summary["invalid"] == 0, summary["errors"]
    rows = {r.handle: (r.platform, r.status, r.category)
            for r in store.iter_search(SearchQuery(limit=None))}
    assert rows == {"gaeun": ("B", "inactive", "뷰티"), "narae": ("A", "active", "food")}
