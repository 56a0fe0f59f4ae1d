"""Exported workbooks: safe, typed, pleasant to open, and importable back with no changes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

import openpyxl

from desktop.excel import ImportOptions, export_search, run_import, write_export
from desktop.excel.exporting.xlsxstream import atomic_workbook
from desktop.store import SearchQuery, Store
from shared_models.platforms import Platform
from shared_models.records import MetricSnapshot
from tests.desktop.excel.conftest import store_state

PAYLOADS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-2+3", "@SUM(A1)",
            "=cmd|' /C calc'!A0"]


def seed(store: Store) -> None:
    minji = store.create_influencer(name="김민지", phone="010-1234-5678",
                                    notes="VIP, 여름 캠페인", tags=["뷰티", "캠핑"])
    blog = store.create_account(influencer_id=minji.id, platform="A", handle="minji_blog",
                                email="blog@minji.kr", category="뷰티", notes="매주 포스팅")
    store.create_account(influencer_id=minji.id, platform="B", handle="minji.daily",
                         email="insta@minji.kr", category="뷰티", status="inactive")
    seojun = store.create_influencer(name="이서준", phone="+1 212 555 0123")
    store.create_account(influencer_id=seojun.id, platform="A", handle="seojun_log")
    store.add_snapshots([
        MetricSnapshot(id=uuid4(), account_id=blog.id, metric="daily_visitors", value=1234,
                       observed_at=datetime(2024, 3, 1, 9, 30, tzinfo=UTC)),
        MetricSnapshot(id=uuid4(), account_id=blog.id, metric="daily_visitors", value=1500,
                       observed_at=datetime(2024, 3, 2, 9, 30, tzinfo=UTC)),
    ])


def test_one_sheet_per_platform_with_typed_cells_and_the_other_platforms_handles(
        tmp_path: Path, store: Store) -> None:
    seed(store)
    out = tmp_path / "out.xlsx"
    result = export_search(store, out, SearchQuery())
    assert result.sheets == {"Platform A": 2, "Platform B": 1}
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Platform A", "Platform B"]
    sheet = book["Platform A"]
    header = [c.value for c in sheet[1]]
    assert header[:12] == ["Name", "Phone", "Tags", "Notes", "Platform", "Handle",
                           "Profile URL", "Email", "Category", "Status", "Account notes",
                           "Other platform handles"]
    assert header[12:14] == ["Daily visitors", "Daily visitors date"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:T3"
    assert all(cell.font.b for cell in sheet[1])
    minji = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert minji["Name"].value == "김민지"
    assert minji["Phone"].value == "010-1234-5678"
    assert minji["Other platform handles"].value == "minji.daily"
    assert minji["Daily visitors"].value == 1500 and minji["Daily visitors"].data_type == "n"
    assert isinstance(minji["Daily visitors date"].value, datetime)
    assert minji["Profile URL"].hyperlink.target == "https://a.example.com/minji_blog"
    seojun = {h: c.value for h, c in zip(header, sheet[3], strict=True)}
    assert seojun["Phone"] == "+1 212-555-0123"
    assert sheet.column_dimensions["G"].width >= len("https://a.example.com/minji_blog")


def test_only_the_platform_asked_for_is_exported(tmp_path: Path, store: Store) -> None:
    seed(store)
    result = export_search(store, tmp_path / "b.xlsx", SearchQuery(platform="B"))
    assert result.sheets == {"Platform B": 1}
    result = export_search(store, tmp_path / "q.xlsx", SearchQuery(text="seojun"))
    assert result.sheets == {"Platform A": 1, "Platform B": 0}


def test_formula_payloads_come_back_as_text(tmp_path: Path, store: Store) -> None:
    for i, payload in enumerate(PAYLOADS):
        someone = store.create_influencer(name=f"사람{i}", notes=payload)
        store.create_account(influencer_id=someone.id, platform="A", handle=f"user_{i}",
                             category=payload.strip() or "x", notes=payload)
    out = tmp_path / "evil.xlsx"
    export_search(store, out, SearchQuery())
    sheet = openpyxl.load_workbook(out)["Platform A"]
    header = [c.value for c in sheet[1]]
    notes_col = header.index("Account notes")
    cells = [row[notes_col] for row in sheet.iter_rows(min_row=2)]
    assert {c.data_type for c in cells} == {"s"}
    assert sorted(c.value for c in cells) == sorted(PAYLOADS)
    assert all(c.quotePrefix for c in cells)
    for row in sheet.iter_rows(min_row=2):
        assert all(c.data_type != "f" for c in row)


def test_tab_and_carriage_return_payloads_are_text_too(tmp_path: Path) -> None:
    payloads = ["\tcmd", "\r=1+1", "=1+1", "plain"]
    out = tmp_path / "cells.xlsx"
    with atomic_workbook(out) as workbook:
        writer = workbook.add_sheet("x")
        writer.header(["v"])
        for payload in payloads:
            writer.row([payload])
        writer.finish([10])
    cells = [row[0] for row in openpyxl.load_workbook(out)["x"].iter_rows(min_row=2)]
    # openpyxl shows the escaped CR as "_x000D_"; what matters is that every cell is text.
    assert [(c.value.replace("_x000D_", "\r"), c.data_type, c.quotePrefix) for c in cells] == [
        ("\tcmd", "s", True), ("\r=1+1", "s", True), ("=1+1", "s", True),
        ("plain", "s", False)]


def test_links_beyond_excels_limit_are_written_as_text(tmp_path: Path, store: Store) -> None:
    seed(store)
    rows = list(store.iter_search(SearchQuery(platform="A", limit=None)))
    out = tmp_path / "links.xlsx"
    result = write_export(out, {Platform.A: rows * 3}, max_links=4)
    assert result.plain_links == 2
    sheet = openpyxl.load_workbook(out)["Platform A"]
    links = [c.hyperlink is not None for c in sheet["G"][1:]]
    assert links == [True, True, True, True, False, False]
    assert sheet["G7"].value == "https://a.example.com/seojun_log"


def test_an_exported_file_imports_back_with_zero_changes(tmp_path: Path, store: Store) -> None:
    seed(store)
    out = tmp_path / "round.xlsx"
    export_search(store, out, SearchQuery())
    before = store_state(store)
    for sheet in ("Platform A", "Platform B"):
        result = run_import(out, store, ImportOptions(sheet=sheet))
        summary = result.to_json()
        assert summary["invalid"] == 0, summary["errors"]
        assert summary["created"] == {"influencers": 0, "accounts": 0}
        assert summary["updated"] == 0
        assert summary["unchanged"] > 0
    assert store_state(store) == before


def test_an_exported_file_rebuilds_the_same_data_in_an_empty_store(
        tmp_path: Path, store: Store) -> None:
    seed(store)
    out = tmp_path / "round.xlsx"
    export_search(store, out, SearchQuery())
    with Store.open(tmp_path / "other") as fresh:
        for sheet in ("Platform A", "Platform B"):
            run_import(out, fresh, ImportOptions(sheet=sheet))

        def view(s: Store) -> list[tuple[object, ...]]:
            return sorted((r.name, r.phone, r.tags, r.influencer_notes, r.platform, r.handle,
                           r.profile_url, r.email, r.category, r.status, r.notes,
                           r.other_platform_handles)
                          for r in s.iter_search(SearchQuery(limit=None)))

        assert view(fresh) == view(store)


def test_a_cancelled_export_leaves_no_file(tmp_path: Path, store: Store) -> None:
    from desktop.jobs import Cancelled, JobContext

    seed(store)
    rows = list(store.iter_search(SearchQuery(platform="A", limit=None)))
    job = JobContext()
    job.cancel()
    out = tmp_path / "cancelled.xlsx"
    try:
        write_export(out, {Platform.A: rows * 1000}, job=job)
    except Cancelled:
        pass
    else:
        raise AssertionError("the export was not cancelled")
    assert not out.exists()
    assert list(tmp_path.glob("*.xlsx")) == []
