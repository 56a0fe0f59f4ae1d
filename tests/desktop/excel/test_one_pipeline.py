"""`influencer-desk import` and the window's wizard run one pipeline: the same workbook with
the same choices leaves two stores that started alike exactly alike -- the records, what a
search finds, what sync would push -- and reports the same counts and the same errors."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.excel import ImportOptions, ImportPipeline, ImportResult, OnDuplicate
from desktop.excel.importing.fields import IGNORE
from desktop.excel.importing.plan import ImportPlan
from desktop.excel.importing.sinks import wait_for_writers
from desktop.store import Store
from tests.desktop.excel.conftest import make_xlsx
from tests.desktop.excel.store_views import found, pushed, records

HEADER = ["이름", "연락처", "메모", "태그", "이메일", "카테고리", "블로그 URL", "인스타 URL"]
A, B = "https://a.example.com/", "https://b.example.com/"
ROWS = [
    HEADER,
    # new: a person with both accounts, one whose phone was typed as a number, one with none
    ["한지우", "010-4444-5555", "VIP", "뷰티, 여행", "jiwoo@mail.example.com", "뷰티",
     A + "jiwoo_blog", B + "@jiwoo.han"],
    ["Chris Lee", 1055556666, "", "", "", "", "", B + "chris.lee"],
    # invalid: a phone number cut short
    ["오류행", "010-12", "", "", "", "", A + "wrong_phone", ""],
    # a repeat of the first row: nothing new
    ["한지우", "010-4444-5555", "VIP", "뷰티, 여행", "jiwoo@mail.example.com", "뷰티",
     A + "jiwoo_blog", B + "@jiwoo.han"],
    # update: someone the store has gets a tag, a category and an Instagram account
    ["박지훈", "010-5555-6666", "", "여행", "", "여행", A + "jihoon", B + "jihoon.trip"],
    # unchanged: exactly what the store has
    ["오하나", "010-3333-4444", "", "", "hana@mail.example.com", "", "", B + "hana.oh"],
    # invalid: another e-mail for an account an earlier row described
    ["한지우", "010-4444-5555", "", "", "other@mail.example.com", "", A + "jiwoo_blog", ""],
    # invalid: a profile on another site
    ["나쁜주소", "010-7777-8888", "", "", "", "", "https://c.example.com/someone", ""],
    ["김새봄", "", "", "육아", "", "IT", "", B + "saebom.daily"],
]
SEARCHES = ("VIP", "여행", "뷰티", "IT", "육아", "4444", "jihoon", "chris", "사진", "hana")


def seed(store: Store) -> None:
    jihoon = store.create_influencer(name="박지훈", phone="010-5555-6666", tags=["사진"])
    store.create_account(influencer_id=jihoon.id, platform="A", handle="jihoon",
                         category="사진")
    hana = store.create_influencer(name="오하나", phone="010-3333-4444")
    store.create_account(influencer_id=hana.id, platform="B", handle="hana.oh",
                         email="hana@mail.example.com")


def fresh_store(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        seed(store)


def through_the_cli(path: Path, data_dir: Path, report: Path, on_duplicate: OnDuplicate,
                    capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    code = main(["import", str(path), "--json", "--on-duplicate", on_duplicate.value,
                 "--report", str(report), "--data-dir", str(data_dir)])
    return code, json.loads(capsys.readouterr().out)


def through_the_wizards_steps(path: Path, data_dir: Path, report: Path,
                              on_duplicate: OnDuplicate) -> tuple[ImportPlan, ImportResult]:
    """What the wizard asks of the pipeline when a user reads the file, leaves the mapping
    page as it is, picks the duplicate policy on the preview page, saves the error report
    and presses "Import"."""
    with Store.open(data_dir) as store:
        pipeline = ImportPipeline(store)
        options = ImportOptions()  # the file page: the first sheet, no saved mapping
        prepared = pipeline.read(path, options)
        as_shown = [(c.letter, c.field or IGNORE) for c in prepared.mapping.columns]
        prepared = pipeline.remap(prepared, as_shown)
        preview = pipeline.preview(prepared, options)  # the radio starts at "update"
        preview = pipeline.redecide(preview, on_duplicate)
        pipeline.write_report(prepared, preview, report)
        result = pipeline.apply(prepared, replace(options, on_duplicate=on_duplicate))
        wait_for_writers()
    return preview, result


def what_a_user_sees(data_dir: Path) -> tuple[object, ...]:
    with Store.open(data_dir) as store:
        return (records(store), pushed(store), [found(store, text) for text in SEARCHES],
                store.outbox_counts())


def report_cells(path: Path) -> list[tuple[object, ...]]:
    return list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))


def _without_ids(row: dict[str, object]) -> dict[str, object]:
    out = {k: v for k, v in row.items() if k != "id"}
    if "changes" in row:
        out["changes"] = [{k: v for k, v in c.items() if k != "id"}
                          for c in row["changes"]]  # type: ignore[attr-defined]
    return out


def counts(summary: dict[str, object]) -> dict[str, object]:
    """The JSON summary without what names the file and how each column was mapped (the
    wizard's columns are all the user's choice), nor the ids each run makes anew."""
    out = {k: v for k, v in summary.items()
           if k not in ("file", "mapping", "report", "batch_id", "plan")}
    out["plan"] = [_without_ids(row)  # type: ignore[union-attr]
                   for row in summary["plan"] or []]  # type: ignore[union-attr]
    return out


@pytest.mark.parametrize("on_duplicate", list(OnDuplicate))
def test_the_cli_and_the_wizard_leave_the_same_store_and_the_same_report(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], on_duplicate: OnDuplicate) -> None:
    path = make_xlsx(tmp_path / "campaign.xlsx", ROWS)
    cli_dir, wizard_dir = tmp_path / "cli", tmp_path / "wizard"
    fresh_store(cli_dir)
    fresh_store(wizard_dir)
    assert what_a_user_sees(cli_dir) == what_a_user_sees(wizard_dir)

    code, cli = through_the_cli(path, cli_dir, tmp_path / "cli-errors.xlsx", on_duplicate,
                                capsys)
    preview, result = through_the_wizards_steps(path, wizard_dir,
                                                tmp_path / "wizard-errors.xlsx", on_duplicate)
    wizard = result.to_json()

    assert code == 2  # some rows were invalid
    assert counts(cli) == counts(wizard)
    assert [(c["header"], c["field"]) for c in cli["mapping"]["columns"]] == [  # type: ignore[index]
        (c["header"], c["field"]) for c in wizard["mapping"]["columns"]]  # type: ignore[index]
    assert what_a_user_sees(cli_dir) == what_a_user_sees(wizard_dir)
    assert report_cells(tmp_path / "cli-errors.xlsx") == report_cells(
        tmp_path / "wizard-errors.xlsx")
    # The preview the wizard showed is what was imported.
    assert counts(ImportResult(path, "명단", result.mapping, preview, dry_run=False,
                               applied=True).to_json()) == counts(wizard)

    # And what they did is what the file says: not two empty imports that agree.
    update = on_duplicate is OnDuplicate.UPDATE
    fill = on_duplicate is OnDuplicate.FILL  # 박지훈's tags and category are not empty
    assert (cli["rows"], cli["invalid"], cli["duplicate_rows"]) == (9, 3, 1)
    assert cli["created"] == {"influencers": 3, "accounts": 5}
    assert cli["details"] == {
        "updated": {"influencers": 1, "accounts": 1} if update else {"influencers": 0,
                                                                     "accounts": 0},
        "unchanged": {"influencers": 2, "accounts": 2} if fill else {"influencers": 1,
                                                                     "accounts": 1},
        "skipped": {"influencers": 0, "accounts": 0} if update or fill else {
            "influencers": 1, "accounts": 1}}
    assert [(e["row"], e["column"]) for e in cli["errors"]] == [  # type: ignore[index]
        (4, "연락처"), (8, "블로그 URL"), (9, "블로그 URL")]
    with Store.open(wizard_dir) as store:
        jihoon = store.find_influencer("박지훈", "010-5555-6666")
        assert jihoon is not None
        assert jihoon.tags == (["사진", "여행"] if update else ["사진"])
        assert found(store, "jihoon") == ["jihoon", "jihoon.trip"]  # a new account either way
        assert found(store, "wrong_phone") == []  # the invalid row wrote nothing
