"""`influencer-desk import` / `export` as a script or a person uses them."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.store import SearchQuery, Store
from tests.desktop.excel.conftest import HEADER, make_xlsx


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_json_has_the_documented_shape(tmp_path: Path, data_dir: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADER,
        ["김민지", "010-1234-5678", "m@naver.com", "뷰티", "https://a.example.com/minji_blog",
         "https://b.example.com/minji.daily"],
        ["이서준", "010-12", "", "", "", ""],
    ])
    code, out, _ = run(capsys, "import", str(path), "--json", "--data-dir", str(data_dir))
    assert code == 2  # some rows were invalid
    summary = json.loads(out)
    assert {k: summary[k] for k in ("rows", "created", "updated", "unchanged", "invalid")} == {
        "rows": 2, "created": {"influencers": 1, "accounts": 2}, "updated": 0,
        "unchanged": 0, "invalid": 1}
    assert summary["errors"] == [{"sheet": "명단", "row": 3, "column": "연락처",
                                  "value": "010-12",
                                  "message": "'010-12' is not a phone number."}]
    assert [c["field"] for c in summary["mapping"]["columns"]] == [
        "name", "phone", "email", "category", "a_url", "b_url"]
    with Store.open(data_dir) as store:
        assert store.search(SearchQuery()).total == 2


def test_dry_run_prints_the_mapping_and_the_preview(tmp_path: Path, data_dir: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADER, ["김민지", "010-1234-5678", "", "", "https://a.example.com/minji_blog", ""]])
    code, out, err = run(capsys, "import", str(path), "--dry-run", "--data-dir", str(data_dir))
    assert code == 0
    assert "블로그 URL" in err and "-> Platform A profile URL" in err
    assert "Would create 1 influencers and 1 accounts" in out
    assert "Dry run: nothing was written." in out
    with Store.open(data_dir) as store:
        assert store.search(SearchQuery()).total == 0


def test_the_import_summary_and_mapping_read_korean_in_a_korean_terminal(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFLUENCER_DESK_LANGUAGE", "ko")
    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADER, ["김민지", "010-1234-5678", "", "", "https://a.example.com/minji_blog", ""],
        ["이서준", "010-12", "", "", "", ""]])
    code, out, err = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert code == 2  # one invalid row
    assert "머리글 행 1:" in err and "-> 플랫폼 A" in err
    assert "in.xlsx(시트 명단)에서 2개 행을 읽었습니다." in out
    assert "인플루언서 1명과 계정 1개를 추가하고" in out
    assert "1개 행이 잘못되어 가져오지 않았습니다:" in out
    assert "3행 연락처 열: '010-12'은(는) 전화번호가 아닙니다." in out
    assert "`influencer-desk import undo`로 되돌릴 수 있습니다." in out
    assert "rows read from" not in out and "Created" not in out


def test_map_and_presets_remember_odd_headers(tmp_path: Path, data_dir: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = make_xlsx(tmp_path / "odd.xlsx", [
        ["닉", "폰", "블로그 URL"], ["김민지", "010-1234-5678", "https://a.example.com/minji_blog"]])
    code, _, err = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert code == 2 and "No column was recognised as the influencer's name" in err
    code, out, _ = run(capsys, "import", str(path), "--map", "닉=name", "--map", "B=phone",
                       "--save-preset", "supplier", "--dry-run", "--json",
                       "--data-dir", str(data_dir))
    assert code == 0 and json.loads(out)["created"]["influencers"] == 1
    code, out, _ = run(capsys, "import", str(path), "--preset", "supplier", "--json",
                       "--data-dir", str(data_dir))
    assert code == 0
    summary = json.loads(out)
    assert [(c["field"], c["source"]) for c in summary["mapping"]["columns"]] == [
        ("name", "preset"), ("phone", "preset"), ("a_url", "preset")]
    assert summary["created"] == {"influencers": 1, "accounts": 1}
    code, _, err = run(capsys, "import", str(path), "--preset", "nope",
                       "--data-dir", str(data_dir))
    assert code == 2 and "There is no mapping preset 'nope' (supplier)." in err


def test_all_or_nothing_and_a_refused_file_exit_with_a_sentence(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADER, ["김민지", "010-1234-5678", "", "", "https://a.example.com/minji_blog", ""],
        ["이서준", "010-12", "", "", "", ""]])
    code, out, _ = run(capsys, "import", str(path), "--all-or-nothing", "--json",
                       "--data-dir", str(data_dir))
    assert code == 2 and json.loads(out)["applied"] is False
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    code, out, err = run(capsys, "import", str(broken), "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    assert err.strip() == ("error: broken.xlsx is damaged (it is not a readable zip package); "
                           "open it in Excel and save it again.")
    with Store.open(data_dir) as store:
        assert store.search(SearchQuery()).total == 0


def test_export_writes_the_search_with_its_filters(tmp_path: Path, data_dir: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data_dir) as store:
        for name, handle, category in (("김민지", "minji_blog", "뷰티"),
                                       ("이서준", "seojun_log", "여행")):
            who = store.create_influencer(name=name)
            store.create_account(influencer_id=who.id, platform="A", handle=handle,
                                 category=category)
    out_path = tmp_path / "beauty.xlsx"
    code, out, _ = run(capsys, "export", str(out_path), "--category", "뷰티", "--platform",
                       "A", "--json", "--data-dir", str(data_dir))
    assert code == 0
    assert json.loads(out)["sheets"] == {"Platform A": 1}
    sheet = openpyxl.load_workbook(out_path)["Platform A"]
    assert [c.value for c in sheet["F"]] == ["Handle", "minji_blog"]
    code, _, err = run(capsys, "export", str(tmp_path / "x.csv"), "--data-dir", str(data_dir))
    assert code == 2 and "must end in .xlsx" in err


def test_an_import_that_cannot_get_the_store_says_so_and_writes_nothing(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Another program holds the store's write lock for longer than the busy timeout: the
    import's writer gives up, and the command ends with one sentence, not a traceback."""
    import sqlite3

    path = make_xlsx(tmp_path / "in.xlsx", [
        HEADER, ["김민지", "010-1234-5678", "", "", "https://a.example.com/minji_blog", ""]])
    Store.open(data_dir).close()
    blocker = sqlite3.connect(data_dir / "desk.sqlite3", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = run(capsys, "import", str(path), "--data-dir", str(data_dir))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert code == 1
    assert err.strip() == ("error: The import could not be written (database is locked); "
                           "nothing was written.")
    with Store.open(data_dir) as store:
        assert store.search(SearchQuery()).total == 0
        assert store.outbox_counts() == (0, 0)


def test_ctrl_c_during_a_large_import_stops_it_and_writes_nothing(tmp_path: Path,
                                                                   data_dir: Path) -> None:
    """A person presses Ctrl-C while a big file is being written (by a writer process): the
    command says that nothing was written, exits 130, and the store is as it was."""
    import signal
    import subprocess
    import sys
    import time

    path = tmp_path / "big.csv"
    lines = ["이름,연락처,블로그 URL,인스타 URL"] + [
        f"사람{i:05d},010-{6000 + i // 10000:04d}-{i % 10000:04d},"
        f"https://a.example.com/big_{i:05d},https://b.example.com/big.{i}" for i in range(40_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    Store.open(data_dir).close()
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "import", str(path), "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    seen = []
    for line in process.stderr:  # the progress line shows the import has started writing
        seen.append(line)
        if "checking and writing rows" in line:
            break
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, "".join(seen) + err
    assert "Import cancelled: nothing was written" in err
    with Store.open(data_dir) as store:
        start = time.monotonic()
        store.create_influencer(name="새사람", phone="010-9999-0000")  # the lock is free
        assert time.monotonic() - start < 5
        assert store.search(SearchQuery()).total == 0
        assert store.outbox_counts() == (1, 0)
