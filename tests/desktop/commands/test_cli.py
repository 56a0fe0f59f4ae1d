"""The record commands end to end (`influencer`, `account`, `search`): output shapes, exit
codes, errors as sentences."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID, uuid4

import pytest

from desktop.cli import main
from desktop.store import Store
from shared_models.platforms import PLATFORMS, Platform
from shared_models.records import Entity, MetricSnapshot
from shared_models.sync import Resolution
from shared_models.validation import normalize_fields
from tests.desktop.commands.conftest import run


def test_add_show_search_with_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, added, _ = run(capsys, "influencer", "add", "--name", "김민지", "--phone",
                         "010-1234-5678", "--tags", "뷰티,vlog", "--json")
    assert code == 0 and set(added) == {"id"}
    person = added["id"]
    code, acc, _ = run(capsys, "account", "add", "--influencer", person, "--platform", "A",
                       "--url", "https://a.example.com/minji_a", "--category", "beauty",
                       "--json")
    assert code == 0
    run(capsys, "account", "add", "--influencer", person, "--platform", "B", "--handle",
        "minji.b", "--email", "minji@example.com")
    code, rows, _ = run(capsys, "search", "010 1234", "--platform", "A", "--json")
    assert code == 0
    [row] = rows
    assert row["id"] == acc["id"] and row["influencer_id"] == person
    assert (row["name"], row["phone"], row["handle"], row["profile_url"]) == (
        "김민지", "+821012345678", "minji_a", "https://a.example.com/minji_a")
    assert row["other_platform_handles"] == ["minji.b"]
    assert row["tags"] == ["뷰티", "vlog"] and row["metrics"] == {}
    code, shown, _ = run(capsys, "influencer", "show", person, "--json")
    assert [a["platform"] for a in shown["accounts"]] == ["A", "B"]
    code, text, _ = run(capsys, "search", "민지")
    assert "minji_a" in text and "minji.b" in text and "1-2 of 2" in text
    # Korean initials and a half-typed last syllable, as on a phone.
    for typed in ("ㄱㅁㅈ", "ㅁㅈ", "김민ㅈ"):
        code, found, _ = run(capsys, "search", typed, "--json")
        assert code == 0 and {r["handle"] for r in found} == {"minji_a", "minji.b"}


def test_edit_delete_restore_move(capsys: pytest.CaptureFixture[str]) -> None:
    _, kim, _ = run(capsys, "--json", "influencer", "add", "--name", "Kim")
    _, lee, _ = run(capsys, "--json", "influencer", "add", "--name", "Lee")
    _, acc, _ = run(capsys, "--json", "account", "add", "--influencer", kim["id"],
                    "--platform", "B", "--handle", "kim.b")
    assert run(capsys, "account", "edit", acc["id"], "--category", "food")[0] == 0
    assert run(capsys, "account", "move", acc["id"], "--to", lee["id"])[0] == 0
    assert run(capsys, "account", "delete", acc["id"])[0] == 0
    assert run(capsys, "search", "kim.b", "--json")[1] == []
    assert run(capsys, "search", "kim.b", "--deleted", "--json")[1][0]["name"] == "Lee"
    assert run(capsys, "account", "restore", acc["id"])[0] == 0
    code, edited, _ = run(capsys, "influencer", "edit", lee["id"], "--notes", "vip", "--json")
    assert code == 0 and edited["notes"] == "vip"
    assert run(capsys, "influencer", "delete", lee["id"])[0] == 0
    assert run(capsys, "influencer", "restore", lee["id"])[0] == 0
    code, status, _ = run(capsys, "status", "--json")
    assert status["connected"] is False and status["pending_ops"] >= 3


def test_an_account_added_by_its_url_takes_the_platform_from_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    """README: `account add --influencer ID --url https://b.example.com/@kim.minji`."""
    _, kim, _ = run(capsys, "--json", "influencer", "add", "--name", "김민지")
    code, acc, _ = run(capsys, "--json", "account", "add", "--influencer", kim["id"],
                       "--url", "https://b.example.com/@kim.minji")
    assert code == 0
    [row] = run(capsys, "search", "kim.minji", "--json")[1]
    assert row["id"] == acc["id"]
    assert (row["platform"], row["handle"], row["profile_url"]) == (
        "B", "kim.minji", "https://b.example.com/kim.minji")
    code, _, err = run(capsys, "account", "add", "--influencer", kim["id"], "--handle",
                       "minji_a")
    assert code == 2 and "--platform" in err
    code, _, err = run(capsys, "account", "add", "--influencer", kim["id"], "--url",
                       "https://c.example.com/minji")
    assert code == 2 and "is not a Platform A or Platform B URL" in err


@pytest.mark.parametrize("argv", [
    ["influencer", "add", "--name", "x", "--phone", "010-12"],
    ["influencer", "edit", "not-an-id", "--notes", "x"],
    ["account", "add", "--influencer", "00000000-0000-0000-0000-000000000001",
     "--platform", "C", "--handle", "abc"],
    ["search", "--sort", "nonsense!"],
    ["conflicts", "resolve", "abc", "--keep", "mine"],
])
def test_bad_input_exits_2_with_a_sentence(capsys: pytest.CaptureFixture[str],
                                           argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith("error: ") and "Traceback" not in err


def test_missing_required_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["influencer", "add"])
    assert caught.value.code == 2
    assert "--name" in capsys.readouterr().err


def test_phone_error_says_which_value(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "influencer", "add", "--name", "x", "--phone", "010-12")
    assert "'010-12' is not a phone number" in err


@pytest.mark.parametrize("typed", ["#뷰티;#VIP", "뷰티, VIP, vip, ,", " #뷰티 ; VIP "])
def test_tags_typed_at_the_terminal_are_read_as_the_form_import_and_server_read_them(
        capsys: pytest.CaptureFixture[str], typed: str) -> None:
    expected = normalize_fields(Entity.INFLUENCER, {"tags": typed}, creating=False)["tags"]
    assert expected == ["뷰티", "VIP"]
    _, kim, _ = run(capsys, "--json", "influencer", "add", "--name", "Kim", "--tags", typed)
    assert run(capsys, "influencer", "show", kim["id"], "--json")[1]["tags"] == expected
    code, edited, _ = run(capsys, "influencer", "edit", kim["id"], "--tags", "", "--json")
    assert code == 0 and edited["tags"] == []
    code, edited, _ = run(capsys, "influencer", "edit", kim["id"], "--tags", typed, "--json")
    assert code == 0 and edited["tags"] == expected


def test_a_korean_terminal_takes_the_statuses_its_refusal_suggests(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFLUENCER_DESK_LANGUAGE", "ko")
    _, kim, _ = run(capsys, "--json", "influencer", "add", "--name", "김민지")
    _, acc, _ = run(capsys, "--json", "account", "add", "--influencer", kim["id"],
                    "--platform", "B", "--handle", "minji.b")
    code, _, err = run(capsys, "account", "edit", acc["id"], "--status", "gone")
    assert code == 2 and "(활성, 비활성, 찾을 수 없음 중 하나를 입력하세요)" in err
    for typed, status in (("찾을 수 없음", "not_found"), ("비활성", "inactive"),
                          ("활성", "active")):
        code, edited, err = run(capsys, "account", "edit", acc["id"], "--status", typed,
                                "--json")
        assert (code, edited["status"] if code == 0 else err) == (0, status)


def test_a_korean_terminal_reads_korean_results(capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFLUENCER_DESK_LANGUAGE", "ko")
    _, kim, _ = run(capsys, "--json", "influencer", "add", "--name", "김민지")
    _, acc, _ = run(capsys, "--json", "account", "add", "--influencer", kim["id"],
                    "--platform", "B", "--handle", "minji.b")
    code, out, _ = run(capsys, "account", "delete", acc["id"])
    assert code == 0
    assert out.strip() == (f"B/minji.b을(를) 삭제했습니다. `account restore {acc['id']}`로 "
                           "되살릴 수 있습니다.")
    code, out, _ = run(capsys, "status")
    assert code == 0 and "연결 안 됨 (influencer-desk connect)" in out
    assert "보낼 변경 " in out and "Pending" not in out
    code, _, err = run(capsys, "account", "add", "--influencer", kim["id"], "--platform",
                       "A", "--url", "ftp://a.example.com/minji")
    assert code == 2 and "웹 주소가 아닙니다" in err


def test_a_korean_terminal_reads_korean_listings(capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFLUENCER_DESK_LANGUAGE", "ko")
    _, kim, _ = run(capsys, "--json", "influencer", "add", "--name", "김민지", "--phone",
                    "010-1234-5678", "--notes", "봄 캠페인")
    run(capsys, "account", "add", "--influencer", kim["id"], "--platform", "B", "--handle",
        "minji.b")
    code, out, _ = run(capsys, "influencer", "show", kim["id"])
    assert code == 0
    assert "전화번호: 010-1234-5678" in out and "메모: 봄 캠페인" in out
    assert "플랫폼 B:" in out and "minji.b" in out
    assert not any(word in out for word in ("phone:", "notes:", "Platform"))
    code, out, _ = run(capsys, "search", "민지")
    assert code == 0 and "1개 중 1-1" in out and "of 1" not in out
    code, _, err = run(capsys, "search", "민지", "--limit", "-1")
    assert code == 2 and "음수일 수 없습니다" in err


def test_help_and_usage_errors_in_the_terminals_language(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFLUENCER_DESK_LANGUAGE", "ko")
    with pytest.raises(SystemExit) as shown:
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert shown.value.code == 0
    assert out.startswith("사용법: influencer-desk import")
    assert "옵션:" in out and "이 도움말을 보여 주고 종료" in out
    assert "잘못된 행이 하나라도 있으면 아무것도 가져오지 않기" in out  # --all-or-nothing
    assert "import nothing if any row is invalid" not in out
    with pytest.raises(SystemExit) as refused:
        main(["search", "--limit"])
    assert refused.value.code == 2
    assert "오류: 인수 --limit: 인수 하나가 필요합니다" in capsys.readouterr().err
    monkeypatch.setenv("INFLUENCER_DESK_LANGUAGE", "en")  # and back: nothing is left Korean
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    assert "import nothing if any row is invalid" in capsys.readouterr().out


def _measure(account: str, values: dict[str, float]) -> None:
    with Store.open(Path(os.environ["INFLUENCER_DESK_DATA_DIR"])) as store:
        store.add_snapshots(MetricSnapshot(id=uuid4(), account_id=UUID(account), metric=m,
                                           value=v, observed_at=datetime.now(UTC))
                            for m, v in values.items())


def test_search_shows_each_platforms_headline_metric(
        capsys: pytest.CaptureFixture[str]) -> None:
    person = run(capsys, "influencer", "add", "--name", "Kim", "--json")[1]["id"]
    for platform, handle in (("A", "kim_a"), ("B", "kim.b")):
        account = run(capsys, "account", "add", "--influencer", person, "--platform",
                      platform, "--handle", handle, "--json")[1]["id"]
        headline = PLATFORMS[Platform(platform)].headline_metric
        _measure(account, {"daily_visitors": 11_111, "followers": 22_222}
                 | {headline: 1_234_567 if platform == "A" else 7_654_321})
    code, text, _ = run(capsys, "search", "Kim")
    assert code == 0
    assert "1,234,567" in text and "7,654,321" in text
    assert "11,111" not in text and "22,222" not in text


def test_conflicts_resolve_offers_exactly_the_shared_resolutions(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert [r.value for r in Resolution] == ["mine", "theirs"]  # the CLI's accepted values
    with pytest.raises(SystemExit) as caught:
        main(["conflicts", "resolve", "abc", "--keep", "ours"])
    assert caught.value.code == 2
    assert "'mine', 'theirs'" in capsys.readouterr().err


def test_an_import_prints_each_finished_step_once(capsys: pytest.CaptureFixture[str]) -> None:
    """The progress on stderr (no terminal: one line per report) ends each step with one
    line, not one per time the step said it was done."""
    fixture = Path(__file__).parents[1] / "excel" / "fixtures" / "libreoffice" / "people.xlsx"
    code, _, err = run(capsys, "import", str(fixture))
    assert code == 0
    progress = [line for line in err.splitlines() if line.startswith("Importing ")]
    assert progress, err
    # a line without its rate (which moves between two reports of the same step)
    steps = [(line.split()[1], line.rsplit("left", 1)[-1]) for line in progress]
    assert len(steps) == len(set(steps)), progress
