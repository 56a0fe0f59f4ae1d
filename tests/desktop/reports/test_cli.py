"""`influencer-desk analyze-comments` and `verify-posts`: JSON, files, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import EXIT_BAD_INPUT, EXIT_OK, main
from desktop.collect.pace import pace_key
from desktop.collect.ratecontrol import RateState
from desktop.store import Store
from platform_sim.server import SimHandle
from shared_models.platforms import Platform
from tests.desktop.excel.conftest import make_xlsx
from tests.desktop.reports.conftest import a_post_url, a_profile, posts_where


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data dir whose stored pace is already quick (the CLI uses the default policy)."""
    path = tmp_path / "desk"
    with Store.open(path) as store:
        for platform in Platform:
            store.set_setting(pace_key(platform), RateState(rate=50.0, ceiling=50.0,
                                                            slow_start=False).to_dict())
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_analyze_comments_from_arguments_and_an_excel_column(
        sim: SimHandle, data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    posts = posts_where(sim, "A")[:3]
    sheet = make_xlsx(tmp_path / "posts.xlsx", [["번호", "게시물 주소"],
                                                [1, a_post_url(posts[1])],
                                                [2, a_post_url(posts[2])]])
    out = tmp_path / "out.xlsx"
    code, stdout, _ = run(capsys, "analyze-comments", a_post_url(posts[0]), "junk",
                          "--from-excel", str(sheet), "--column", "게시물 주소",
                          "--out", str(out), "--data-dir", str(data_dir), "--json")
    assert code == EXIT_OK
    result = json.loads(stdout)
    assert result["posts"] == 4 and result["posts_analysed"] == 3
    assert result["comments"] == sum(len(sim.dataset.comments(p.post_id)) for p in posts)
    assert result["failure_list"][0]["item"] == "junk"
    assert openpyxl.load_workbook(out).sheetnames == ["Comments", "Commenters", "URLs",
                                                      "Summary"]


@pytest.mark.parametrize("argv", [
    ["--out", "{tmp}/o.xlsx"],  # no URL at all
    ["https://b.example.com/minji", "--out", "{tmp}/o.xlsx"],  # no Platform A post
    ["--from-excel", "{tmp}/none.xlsx", "--column", "URL", "--out", "{tmp}/o.xlsx"],
    ["--from-excel", "{tmp}/posts.xlsx", "--out", "{tmp}/o.xlsx"],  # no --column
    ["--from-excel", "{tmp}/posts.xlsx", "--column", "주소", "--out", "{tmp}/o.xlsx"],
    ["https://a.example.com/minji/1", "--out", "{tmp}/o.csv"],
    ["https://a.example.com/minji/1", "--out", "{tmp}/missing/o.xlsx"],
])
def test_analyze_comments_bad_input_exits_2_with_a_sentence(
        sim: SimHandle, data_dir: Path, tmp_path: Path, argv: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    make_xlsx(tmp_path / "posts.xlsx", [["게시물 URL"], ["https://a.example.com/minji/1"]])
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, _, err = run(capsys, "analyze-comments", *args, "--data-dir", str(data_dir))
    assert code == EXIT_BAD_INPUT
    assert err.startswith("error: ") and err.strip().endswith(".")
    assert "Traceback" not in err
    assert not (tmp_path / "o.xlsx").exists() and sim.stats()["requests"] == 0


def test_verify_posts_writes_the_copy_and_prints_json(
        sim: SimHandle, data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    post = posts_where(sim, "A")[0]
    source = make_xlsx(tmp_path / "in.xlsx", [["프로필", "게시물", "비고"],
                                              [a_profile(post.handle), a_post_url(post), "x"],
                                              ["nope", a_post_url(post), "y"]])
    out = tmp_path / "out.xlsx"
    code, stdout, _ = run(capsys, "verify-posts", str(source), str(out), "--json",
                          "--data-dir", str(data_dir))
    assert code == EXIT_OK
    result = json.loads(stdout)
    assert result["counts"]["public"] == 1 and result["counts"]["invalid_url"] == 1
    assert result["finished"] and result["progress_file"] is None
    assert openpyxl.load_workbook(out).sheetnames == ["명단", "Summary"]


def test_verify_posts_refuses_what_it_cannot_read(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "fake.xlsx").write_bytes(b"not a workbook")
    no_urls = make_xlsx(tmp_path / "names.xlsx", [["이름"], ["김민지"]])
    for source in (tmp_path / "fake.xlsx", no_urls, tmp_path / "absent.xlsx"):
        code, _, err = run(capsys, "verify-posts", str(source), str(tmp_path / "o.xlsx"),
                           "--data-dir", str(data_dir))
        assert code == EXIT_BAD_INPUT and err.startswith("error: ")
    code, _, err = run(capsys, "verify-posts", str(no_urls), str(no_urls),
                       "--data-dir", str(data_dir))
    assert code == EXIT_BAD_INPUT


def test_a_korean_terminal_gets_a_korean_workbook_and_korean_sentences(
        sim: SimHandle, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INFLUENCER_DESK_LANGUAGE", "ko")
    post = posts_where(sim, "A")[0]
    source = make_xlsx(tmp_path / "in.xlsx", [["블로그", "게시물"],
                                              [a_profile(post.handle), a_post_url(post)]])
    out = tmp_path / "결과.xlsx"
    code, stdout, err = run(capsys, "verify-posts", str(source), str(out),
                            "--data-dir", str(data_dir))
    assert code == EXIT_OK
    assert stdout.startswith("1개 행 확인") or "공개 1건" in stdout, stdout
    assert "Written to" not in stdout
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[-1] == "요약"
    assert next(book.worksheets[0].iter_rows(values_only=True))[2:7] == (
        "확인한 플랫폼", "확인한 아이디", "일일 방문자", "팔로워", "게시물 상태")

    code, _, err = run(capsys, "verify-posts", str(source), str(tmp_path / "out.csv"),
                       "--data-dir", str(data_dir))
    assert code == EXIT_BAD_INPUT
    assert err.strip() == "error: 결과 파일은 'out.csv'이 아니라 .xlsx 파일이어야 합니다."
