"""Imports you can review and undo (issue 20): the dry run lists each changed field's old and
new value, `fill` never overwrites, undo takes back exactly what the import did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.changes.undo import undo_batch
from desktop.cli import main
from desktop.excel import run_import
from desktop.store import Store
from tests.desktop.excel.conftest import make_xlsx

HEADER = ["이름", "연락처", "메모", "이메일", "카테고리", "블로그 URL"]
A = "https://a.example.com/"


def _seed(data_dir: Path) -> dict[str, str]:
    with Store.open(data_dir) as store:
        kim = store.create_influencer(name="김하늘", phone="010-1111-2222", notes="원래 메모")
        account = store.create_account(influencer_id=kim.id, platform="A", handle="haneul",
                                       category="")
        lee = store.create_influencer(name="이서준", phone="010-3333-4444")
        return {"kim": str(kim.id), "account": str(account.id), "lee": str(lee.id)}


def _file(tmp_path: Path) -> Path:
    return make_xlsx(tmp_path / "people.xlsx", [
        HEADER,
        ["김하늘", "010-1111-2222", "파일의 메모", "", "여행", A + "haneul"],  # update
        ["이서준", "010-3333-4444", "새 메모", "", "", ""],  # fills empty notes
        ["박새봄", "010-5555-6666", "", "", "", A + "saebom"],  # create
        ["오류", "010-12", "", "", "", ""],  # invalid
    ])


def _cli(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, dict]:
    code = main([*words, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_the_dry_run_json_lists_every_row_with_old_and_new_values(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _seed(tmp_path / "desk")
    code, plan = _cli(capsys, "import", str(_file(tmp_path)), "--dry-run",
                      "--data-dir", str(tmp_path / "desk"))
    assert code == 2  # one invalid row
    rows = {r["row"]: r for r in plan["plan"]}
    assert [rows[n]["action"] for n in (2, 3, 4, 5)] == ["update", "update", "create",
                                                         "invalid"]
    assert rows[2]["id"] == ids["kim"]
    assert {(c["field"], c["old"], c["new"]) for c in rows[2]["changes"]} == {
        ("notes", "원래 메모", "파일의 메모"), ("category", "", "여행")}
    assert rows[3]["changes"] == [{"entity": "influencer", "id": ids["lee"], "field": "notes",
                                   "old": "", "new": "새 메모"}]
    assert rows[5]["id"] is None and "phone number" in rows[5]["errors"][0]["message"]
    assert plan["overwrites"] == 1  # only 김하늘's notes had a value
    with Store.open(tmp_path / "desk") as store:
        assert store.get_influencer(ids["kim"]).notes == "원래 메모"  # nothing written


def test_fill_never_overwrites_a_non_empty_value(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _seed(tmp_path / "desk")
    code, result = _cli(capsys, "import", str(_file(tmp_path)), "--on-duplicate", "fill",
                        "--data-dir", str(tmp_path / "desk"))
    assert code == 2 and result["applied"] is True
    with Store.open(tmp_path / "desk") as store:
        assert store.get_influencer(ids["kim"]).notes == "원래 메모"  # had a value: kept
        assert store.get_account(ids["account"]).category == "여행"  # was empty: filled
        assert store.get_influencer(ids["lee"]).notes == "새 메모"


def test_undo_restores_every_prior_value_and_deletes_what_the_import_created(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _seed(tmp_path / "desk")
    data_dir = str(tmp_path / "desk")
    _, imported = _cli(capsys, "import", str(_file(tmp_path)), "--data-dir", data_dir)
    _, listed = _cli(capsys, "import", "list", "--data-dir", data_dir)
    assert [b["id"] for b in listed["batches"]] == [imported["batch_id"]]
    assert listed["batches"][0]["source"] == "people.xlsx"

    code, undone = _cli(capsys, "import", "undo", "--data-dir", data_dir)
    assert code == 0 and undone["skipped"] == []
    assert undone["deleted"] == {"influencer": 1, "account": 1}
    with Store.open(tmp_path / "desk") as store:
        assert store.get_influencer(ids["kim"]).notes == "원래 메모"
        assert store.get_account(ids["account"]).category == ""
        assert store.get_influencer(ids["lee"]).notes == ""
        assert store.find_influencer("박새봄", "010-5555-6666") is None
        assert store.find_account("A", "saebom") is None
        assert store.batches()[0].undone_at is not None
    code, _ = main(["import", "undo", "--data-dir", data_dir]), capsys.readouterr()
    assert code == 2  # nothing left to undo


def test_a_record_changed_after_the_import_is_skipped_by_undo_and_reported(
        tmp_path: Path, store: Store) -> None:
    ids = {"kim": str(store.create_influencer(name="김하늘", phone="010-1111-2222",
                                              notes="원래 메모").id)}
    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADER, ["김하늘", "010-1111-2222", "파일의 메모", "", "", ""],
        ["박새봄", "010-5555-6666", "", "", "", A + "saebom"]])
    batch = run_import(path, store).batch_id
    assert batch is not None
    store.update_influencer(ids["kim"], notes="나중에 고친 메모")
    saebom = store.find_account("A", "saebom")
    store.update_account(saebom.id, category="육아")

    result = undo_batch(store, batch)
    assert store.get_influencer(ids["kim"]).notes == "나중에 고친 메모"  # their change stays
    assert store.find_account("A", "saebom") is not None
    reasons = {(s.entity, s.field): s.reason for s in result.skipped}
    assert "나중에 고친 메모" in reasons[("influencer", "notes")]
    assert "Category" in reasons[("account", "")]
    assert ("influencer", "") in reasons  # the person keeps the account someone changed


def test_undo_keeps_each_created_record_someone_changed_and_says_which_field(
        tmp_path: Path, store: Store) -> None:
    """The import's batch is kept with the import (in its transaction) and undo checks the
    records it created against it: a change to any kept field keeps the record."""
    path = make_xlsx(tmp_path / "in.xlsx", [
        ["이름", "연락처", "메모", "태그", "이메일", "블로그 URL"],
        ["가나", "010-1000-0001", "", "여름, VIP", "", A + "gana"],
        ["다라", "010-1000-0002", "", "여름", "", A + "dara"],
        ["마바", "010-1000-0003", "메모", "", "", A + "maba"],
        ["사아", "010-1000-0004", "", "", "sa@example.com", A + "saa"],
        ["자차", "010-1000-0005", "", "", "", A + "jacha"],
    ])
    result = run_import(path, store)
    batch = store.get_batch(result.batch_id)
    assert batch is not None and batch.counts == {"influencers_created": 5,
                                                  "accounts_created": 5}
    with store.snapshot() as conn:  # every op the import queued says it came from it
        assert conn.exec_driver_sql("SELECT batch_id, count(*) FROM outbox GROUP BY 1"
                                    ).all() == [(batch.id, 10)]
    gana = store.find_influencer("가나", "010-1000-0001")
    created = {i.record_id: i.fields for i in store.batch_items(batch.id)}
    assert created[str(gana.id)] == {"name": [None, "가나"], "phone": [None, gana.phone],
                                     "notes": [None, ""], "tags": [None, ["여름", "VIP"]]}
    saa = store.find_account("A", "saa")
    assert created[str(saa.id)] == {
        "influencer_id": [None, str(saa.influencer_id)], "platform": [None, "A"],
        "handle": [None, "saa"], "email": [None, "sa@example.com"], "category": [None, ""],
        "status": [None, "active"], "notes": [None, ""]}

    store.update_influencer(gana.id, tags=["여름"])
    store.update_influencer(store.find_influencer("마바", "010-1000-0003").id, notes="")
    store.update_account(saa.id, email="new@example.com")
    store.delete_account(store.find_account("A", "jacha").id)  # deleted since: not listed

    undone = undo_batch(store, batch.id)
    reasons = {s.id: s.reason for s in undone.skipped}
    assert "Tags was changed" in reasons[str(gana.id)]
    assert "Email was changed to 'new@example.com'" in reasons[str(saa.id)]
    assert len([r for r in reasons.values() if "Notes was changed" in r]) == 1
    assert store.find_influencer("다라", "010-1000-0002") is None  # untouched: deleted
    assert store.find_account("A", "dara") is None
    assert store.find_influencer("가나", "010-1000-0001") is not None
    assert store.find_account("A", "gana") is None  # unchanged itself: deleted
    assert store.find_account("A", "saa") is not None
    assert "an account was added" in reasons[str(saa.influencer_id)]  # keeps its person
    assert store.find_influencer("자차", "010-1000-0005") is None
    assert undone.deleted == {"influencer": 2, "account": 3}
