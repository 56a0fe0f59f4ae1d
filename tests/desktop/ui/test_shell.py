"""Actions objects built against a small fake `WindowShell` (not the main window), and the
main window stopping every actions object when it closes."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from desktop.collect import schedule
from desktop.jobs import JobContext
from desktop.reports.verify_result import VerifyResult
from desktop.store import AccountRow, SearchQuery, Store
from desktop.ui.account_actions import AccountActions
from desktop.ui.change_actions import ChangeActions
from desktop.ui.collect_actions import CollectActions
from desktop.ui.detail_pane import DetailPane
from desktop.ui.dialogs.export_dialog import ExportScope
from desktop.ui.excel_actions import ExcelActions
from desktop.ui.main_window import MainWindow
from desktop.ui.report_actions import ReportActions
from desktop.ui.runner import JobRunner
from desktop.ui.shell import Place, Shortcut, Stoppable, WindowShell
from desktop.ui.sync_actions import SyncActions
from shared_models.platforms import Platform
from tests.desktop.ui.conftest import seed
from tests.support import sample_forms


class FakeShell:
    """Just what the protocol asks for, recording what the user would see."""

    def __init__(self, store: Store, widget: QWidget) -> None:
        self.store = store
        self.runner = JobRunner(widget)
        self.widget = widget
        self.placed: dict[Place, list[str]] = {place: [] for place in Place}
        self.status_widgets: list[QWidget] = []
        self.statuses: list[str] = []
        self.problems: list[tuple[str, str]] = []
        self.notifications: list[str] = []
        self.refreshed: list[list[UUID] | None] = []
        self.rows: list[AccountRow] = []
        self.connect_asked = 0
        self.edits_elsewhere = 0
        self.platform = Platform.A
        self.searches = {p: SearchQuery(platform=p.value) for p in Platform}
        self._edit_watchers: list[Callable[[], None]] = []

    def dialog_parent(self) -> QWidget:
        return self.widget

    def add_action(self, text: str, slot: Callable[[], object],
                   shortcut: Shortcut = None, tip: str = "",
                   places: Sequence[Place] = ()) -> QAction:
        action = QAction(text, self.widget)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        for place in places:
            self.placed[place].append(text)
        return action

    def add_separator(self, place: Place) -> None:
        self.placed[place].append("---")

    def add_status_widget(self, widget: QWidget, permanent: bool = False) -> None:
        self.status_widgets.append(widget)

    def show_status(self, message: str, timeout_ms: int) -> None:
        self.statuses.append(message)

    def show_problem(self, title: str, message: str) -> object:
        self.problems.append((title, message))
        return None

    def notify(self, title: str, message: str) -> None:
        self.notifications.append(title)

    def selected_rows(self) -> list[AccountRow]:
        return self.rows

    def refresh_after_change(self, changed: list[UUID] | None = None) -> None:
        self.refreshed.append(changed)

    def watch_edits(self, callback: Callable[[], None]) -> None:
        self._edit_watchers.append(callback)

    def show_connect(self) -> None:
        self.connect_asked += 1

    def edited_elsewhere(self) -> None:
        self.edits_elsewhere += 1
        self.user_edited()

    def current_platform(self) -> Platform:
        return self.platform

    def shown_search(self, platform: Platform) -> tuple[SearchQuery, int]:
        query = self.searches[platform]
        return query, self.store.search(query).total

    def user_edited(self) -> None:
        for callback in self._edit_watchers:
            callback()


@pytest.fixture
def shell(qtbot, store: Store) -> Iterator[FakeShell]:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    fake = FakeShell(store, widget)
    yield fake
    fake.runner.cancel_all()
    fake.runner.wait(10_000)


def test_sync_status_in_a_fake_shell_counts_edits_and_asks_to_connect(shell: FakeShell) -> None:
    typed: WindowShell = shell  # the fake is a WindowShell (checked by the type checker)
    sync = SyncActions(typed)
    assert shell.placed[Place.TOOLBAR] == ["Sync now"]
    assert shell.placed[Place.FILE_MENU] == ["Sync now"]
    assert sync.state_label in shell.status_widgets
    assert sync.state_label.text() == "● Not connected"
    assert sync.pending_label.text() == "All changes sent"

    shell.store.create_influencer(name="김하늘", phone="010-1234-5678")
    shell.user_edited()
    assert sync.pending_label.text() == "1 change(s) to send"

    sync.act_sync.trigger()  # F5 on a desk that never connected: asks where the server is
    assert shell.connect_asked == 1

    sync.stop()
    assert not sync.timer.isActive() and not sync.soon.isActive()
    sync.act_sync.trigger()  # stopped: nothing more happens
    assert shell.connect_asked == 1


def test_collect_in_a_fake_shell_refuses_a_second_run_of_the_same_platform(
        qtbot, shell: FakeShell) -> None:
    collect = CollectActions(shell)
    assert shell.placed[Place.TOOLBAR] == ["Collect Platform B metrics",
                                           "Collect Platform A metrics now"]
    assert shell.placed[Place.TOOLS_MENU] == [*shell.placed[Place.TOOLBAR],
                                              "Collect selected accounts"]
    qtbot.waitUntil(lambda: collect.schedule_label.text().startswith("Platform A daily run"),
                    timeout=5_000)

    with qtbot.waitSignal(collect.finished, timeout=30_000) as done:
        assert collect.start(Platform.B) is not None
        assert collect.start(Platform.B) is None  # still running
    assert shell.statuses == ["Platform B is already being collected."]
    assert done.args[0].total == 0 and shell.refreshed == [[]]
    assert "<b>0</b> collected" in collect.summary_box.text()
    assert shell.notifications == ["Platform B collection finished"]

    collect.stop()
    assert not collect.timer.isActive() and not collect.first_check.isActive()
    assert collect.start(Platform.B) is None


def test_stopping_report_actions_cancels_the_running_report(
        qtbot, shell: FakeShell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[JobContext] = []

    def endless_verification(store: Store, source: Path, out: Path, ctx: JobContext,
                             language: str = "en") -> None:
        started.append(ctx)
        while not ctx.wait(0.05):
            pass
        ctx.check_cancelled()

    monkeypatch.setattr("desktop.reports.verify_posts", endless_verification)
    reports = ReportActions(shell)
    assert shell.placed[Place.TOOLS_MENU] == ["---", "Analyze comments …",
                                              "Verify sponsored posts …"]
    reports.verify(tmp_path / "posts.xlsx", tmp_path / "out.xlsx")
    qtbot.waitUntil(lambda: bool(started), timeout=5_000)
    [job] = reports.jobs.running

    reports.stop()
    qtbot.waitUntil(lambda: not shell.runner.active, timeout=5_000)
    assert job.context.cancelled and not reports.jobs.running
    assert shell.problems == []  # a cancelled report is not a failure
    reports.verify(tmp_path / "posts.xlsx", tmp_path / "out.xlsx")
    assert not shell.runner.active  # stopped: nothing new starts


def test_detail_pane_in_a_fake_shell_opens_a_consent_form_through_the_shells_runner(
        qtbot, shell: FakeShell, tmp_path: Path) -> None:
    ids = seed(shell.store)
    pane = DetailPane(shell)
    qtbot.addWidget(pane)
    pane.show_account(ids["minji_blog"])  # type: ignore[arg-type]
    assert pane.title.text() == "김민지"
    assert pane.phone.text() == "010-1234-5678"

    scan = tmp_path / "동의서.pdf"
    scan.write_bytes(sample_forms.pdf("signed"))
    pane.consent.add_files([scan])
    form = pane.consent.table.topLevelItem(0)
    assert form is not None and form.text(0) == "동의서.pdf"

    opened: list[Path] = []
    pane.consent.open_file = opened.append
    jobs: list[str] = []
    shell.runner.job_started.connect(lambda job: jobs.append(job.label))
    pane.consent.table.setCurrentItem(form)
    pane.consent.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
    assert jobs == ["Opening 동의서.pdf"]
    assert opened[0].read_bytes() == scan.read_bytes()


def test_closing_the_window_stops_every_actions_object_and_leaves_nothing_running(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    stopped: list[Stoppable] = []

    def recording(actions: Stoppable) -> Callable[[], None]:
        real = actions.stop

        def stop() -> None:
            stopped.append(actions)
            real()
        return stop

    for actions in window.stoppables:
        monkeypatch.setattr(actions, "stop", recording(actions))
    started: list[JobContext] = []

    def long_work(ctx: JobContext) -> None:
        started.append(ctx)
        while not ctx.wait(0.05):
            pass
        ctx.check_cancelled()

    job = window.runner.start("Something long", long_work)
    qtbot.waitUntil(lambda: bool(started), timeout=5_000)
    timers = [t for actions in window.stoppables for t in actions.findChildren(QTimer)]  # type: ignore[attr-defined]
    assert any(t.isActive() for t in timers)

    window.close()
    assert stopped == [window.collect_actions, window.sync_actions, window.report_actions,
                       window.excel_actions, window.change_actions, window.account_actions]
    assert job.context.cancelled and not job.running and window.runner.active == []
    assert [t for t in timers if t.isActive()] == []


def test_a_verification_from_the_korean_window_writes_a_korean_workbook(
        qtbot, shell: FakeShell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def verification(store: Store, source: Path, out: Path, ctx: JobContext,
                     language: str = "en") -> VerifyResult:
        asked.append(language)
        return VerifyResult(source, out, "명단", "B, C")

    monkeypatch.setattr("desktop.reports.verify_posts", verification)
    monkeypatch.setattr("desktop.ui.report_actions.current_language", lambda: "ko")
    reports = ReportActions(shell)
    reports.verify(tmp_path / "posts.xlsx", tmp_path / "out.xlsx")
    qtbot.waitUntil(lambda: bool(shell.notifications), timeout=5_000)
    assert asked == ["ko"] and shell.problems == []


def test_the_daily_run_label_says_when_a_run_is_overdue(qtbot, shell: FakeShell) -> None:
    now = datetime.now().astimezone()
    passed = (now - timedelta(hours=1)).strftime("%H:%M")
    shell.store.set_setting(schedule.DAILY_AT_KEY, passed)
    shell.store.set_setting(schedule.LAST_RUN_KEY, (now - timedelta(days=2)).isoformat())
    collect = CollectActions(shell)
    collect.update_schedule_label()
    assert collect.schedule_label.text().startswith("Platform A daily run: due now (since ")
    shell.store.set_setting(schedule.LAST_RUN_KEY, now.isoformat())  # today's run is done
    collect.update_schedule_label()
    assert collect.schedule_label.text().startswith("Platform A daily run: next ")
    collect.stop()


def endless(started: list[JobContext]) -> Callable[..., None]:
    """A service that runs until it is cancelled (records its context when it starts)."""
    def work(*_args: object, job: JobContext, **_kwargs: object) -> None:
        started.append(job)
        while not job.wait(0.05):
            pass
        job.check_cancelled()
    return work


def test_excel_actions_in_a_fake_shell_export_the_tab_shown_and_stop_with_the_window(
        qtbot, shell: FakeShell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed(shell.store)
    excel = ExcelActions(shell)
    assert shell.placed[Place.TOOLBAR] == ["Import from Excel …", "Export results to Excel …"]
    assert shell.placed[Place.FILE_MENU] == shell.placed[Place.TOOLBAR]
    shell.platform = Platform.B
    shell.searches[Platform.B] = SearchQuery(platform="B", text="minji", limit=50)
    query, platforms = excel.export_query()
    assert (query.platform, query.text, query.limit, platforms) == ("B", "minji", None, None)

    started: list[JobContext] = []
    monkeypatch.setattr("desktop.excel.exporting.export.export_search",
                        lambda store, path, query, platforms, job, language: endless(started)(
                            job=job))
    excel.export(path=tmp_path / "out.xlsx", scope=ExportScope.TAB)
    qtbot.waitUntil(lambda: bool(started), timeout=5_000)
    excel.stop()
    qtbot.waitUntil(lambda: not shell.runner.active, timeout=5_000)
    assert started[0].cancelled and shell.problems == []
    excel.export(path=tmp_path / "again.xlsx", scope=ExportScope.TAB)
    assert not shell.runner.active  # stopped: no new export starts


def test_change_actions_stop_the_history_export_and_tell_the_sync_after_an_undo(
        qtbot, shell: FakeShell, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[JobContext] = []
    monkeypatch.setattr("desktop.changes.history.export_history",
                        lambda store, path, query, job, language: endless(started)(job=job))
    changes = ChangeActions(shell, search=lambda: SearchQuery())
    changes.export_history(path=tmp_path / "history.xlsx")
    qtbot.waitUntil(lambda: bool(started), timeout=5_000)
    changes.stop()
    qtbot.waitUntil(lambda: not shell.runner.active, timeout=5_000)
    assert started[0].cancelled
    changes.export_history(path=tmp_path / "again.xlsx")
    assert not shell.runner.active

    changes.show_undo_import().undone.emit(None)  # an import taken back elsewhere
    assert shell.refreshed == [None] and shell.edits_elsewhere == 1


def test_account_actions_stop_closes_an_open_edit_without_saving_it(
        qtbot, shell: FakeShell) -> None:
    ids = seed(shell.store)
    [row] = [r for r in shell.store.search(SearchQuery(platform="A")).rows
             if r.id == ids["minji_blog"]]
    shell.rows = [row]
    stack = QUndoStack()
    accounts = AccountActions(shell, stack)
    dialog = accounts.edit_account()
    assert dialog is not None and dialog.isVisible()

    accounts.stop()
    assert not dialog.isVisible() and stack.count() == 0
    assert accounts.edit_account() is None  # stopped: no new dialog opens
