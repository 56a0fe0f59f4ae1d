"""Tools → Analyze comments and Verify sponsored posts, run from the window against
platform_sim: the services run on the worker and the result is one click away."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings

from desktop.store import Store
from desktop.ui.dialogs.reports_dialogs import AnalyzeCommentsDialog
from desktop.ui.main_window import MainWindow
from tests.support.sim import sim_in_env


@pytest.fixture
def sim(monkeypatch):  # type: ignore[no-untyped-def]
    with sim_in_env(monkeypatch, api_only=True, seed=5, profiles=20, posts_per_profile=2,
                    comments_per_post=12) as handle:
        yield handle


@pytest.fixture
def window(qtbot, tmp_path: Path, sim):  # type: ignore[no-untyped-def]
    store = Store.open(tmp_path / "desk")
    win = MainWindow(store, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    store.close()


def live_posts(sim, platform: str):  # type: ignore[no-untyped-def]
    data = sim.dataset.a if platform == "A" else sim.dataset.b
    return [p for p in data.posts.values() if not p.deleted and p.visibility == "public"]


def test_analyze_comments_from_the_window_writes_the_workbook(window, sim, tmp_path,
                                                              qtbot) -> None:
    post = live_posts(sim, "A")[0]
    url = f"https://a.example.com/{post.handle}/{post.post_id}"
    out = tmp_path / "comments.xlsx"
    failures: list[str] = []
    window.report_actions.failed.connect(failures.append)
    with qtbot.waitSignal(window.report_actions.finished, timeout=30_000) as done:
        window.report_actions.analyze([url], out)
    assert failures == []
    analysis = done.args[0]
    assert analysis.counts()["comments"] == len(sim.dataset.comments(post.post_id))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Comments", "Commenters", "URLs", "Summary"]
    assert book["Comments"].max_row - 1 == len(sim.dataset.comments(post.post_id))
    assert "Open" in [b.text() for b in window.report_actions.result_box.buttons()]


def test_verify_posts_from_the_window_keeps_the_users_columns(window, sim, tmp_path,
                                                               qtbot) -> None:
    post = live_posts(sim, "A")[0]
    source = tmp_path / "sponsored.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["캠페인", "프로필", "게시물", "담당자"])
    book.active.append(["가을", f"https://a.example.com/{post.handle}",
                        f"https://a.example.com/{post.handle}/{post.post_id}", "지민"])
    book.save(source)
    out = tmp_path / "checked.xlsx"
    with qtbot.waitSignal(window.report_actions.finished, timeout=30_000) as done:
        window.report_actions.verify(source, out)
    assert done.args[0].counts().get("public") == 1
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:4] == ("캠페인", "프로필", "게시물", "담당자")
    assert rows[1][0] == "가을" and rows[1][3] == "지민"


def test_analyze_dialog_asks_for_input_before_running(qtbot) -> None:
    dialog = AnalyzeCommentsDialog()
    qtbot.addWidget(dialog)
    dialog._check()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.boxes["urls"].message.text() == ("Paste post URLs, or choose an Excel file "
                                                   "and its column.")
    dialog.urls.setPlainText("https://a.example.com/minji_blog/1\n\n")
    assert dialog.post_urls() == ["https://a.example.com/minji_blog/1"]
